import { useEffect, useRef } from 'react';
import type { PartnerReporter } from '../types';

interface MxRedirectProps {
  sessionId: string;
  url: URL;
  report: PartnerReporter;
}

/** Sends the page to MX Connect once (StrictMode's second effect run included). */
export function MxRedirect({ sessionId, url, report }: MxRedirectProps) {
  const redirected = useRef(false);
  useEffect(() => {
    if (redirected.current) return;
    redirected.current = true;
    report.event({ type: 'redirect', partner: 'mx', sessionId, url: url.href });
    report.redirect(url.href);
  }, [sessionId, url, report]);

  return (
    <p role="status">
      Continuing to MX to link your bank account… If nothing happens, <a href={url.href}>open MX Connect</a>.
    </p>
  );
}
