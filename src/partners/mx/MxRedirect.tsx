import { useEffect, useRef } from 'react';
import type { LauncherMessages } from '../../core/messages/exchange-messages';
import type { PartnerReporter } from '../types';

interface MxRedirectProps {
  sessionId: string;
  url: URL;
  report: PartnerReporter;
  messages: LauncherMessages;
}

/** Sends the page to MX Connect once (StrictMode's second effect run included). */
export function MxRedirect({ sessionId, url, report, messages }: MxRedirectProps) {
  const redirected = useRef(false);
  useEffect(() => {
    if (redirected.current) return;
    redirected.current = true;
    report.event({ type: 'redirect', partner: 'mx', sessionId, url: url.href });
    report.redirect(url.href);
  }, [sessionId, url, report]);

  return (
    <div className="dwx-status dwx-mx-notice" data-part="mx-notice" role="status">
      <span className="dwx-spinner" data-part="spinner" aria-hidden="true" />
      <p>
        {messages.mxRedirecting}{' '}
        <a href={url.href} data-part="mx-link">
          {messages.mxRedirectLink}
        </a>
      </p>
    </div>
  );
}
