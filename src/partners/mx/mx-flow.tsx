import { useEffect, useMemo } from 'react';
import { isExchangeSessionError } from '../../core/errors';
import { assertSafeMxUrl } from '../../core/session/mx-url';
import type { PartnerFlowProps } from '../types';
import { MxEmbed } from './MxEmbed';
import { MxRedirect } from './MxRedirect';

/**
 * Runs MX Connect: a redirect (default) or an embedded iframe. The launcher refuses an unsafe or
 * expired URL before it mounts this flow; the URL is checked again here, where it is used.
 */
export default function MxFlow({ session, config, presentation: { messages }, report }: PartnerFlowProps<'mx'>) {
  const { mode = 'redirect', allowedHosts } = config.mx ?? {};
  const checked = useMemo(() => {
    try {
      return { url: assertSafeMxUrl(session.url, allowedHosts) };
    } catch (error) {
      if (!isExchangeSessionError(error)) throw error;
      return { error };
    }
  }, [session, allowedHosts]);

  useEffect(() => {
    if (checked.error) report.fail(checked.error);
  }, [checked, report]);

  if (!checked.url) return null;
  switch (mode) {
    case 'redirect':
      return <MxRedirect sessionId={session.id} url={checked.url} report={report} messages={messages} />;
    case 'embed':
      return <MxEmbed sessionId={session.id} url={checked.url} report={report} title={messages.mxFrameTitle} />;
  }
}
