import { useEffect, useMemo } from 'react';
import { ExchangeSessionError, isExchangeSessionError } from '../../core/errors';
import { assertSafeMxUrl } from '../../core/mx-url';
import type { MxExchangeSession } from '../../core/session';
import type { PartnerFlowProps } from '../types';
import { MxEmbed } from './MxEmbed';
import { MxRedirect } from './MxRedirect';

const mxUrlLifetimeMs = 10 * 60 * 1000;

/** Runs MX Connect: a redirect (default) or an embedded iframe, never to an unsafe or expired URL. */
export default function MxFlow({ session, config, report }: PartnerFlowProps<'mx'>) {
  const { mode = 'redirect', allowedHosts, sessionLifetimeMs = mxUrlLifetimeMs } = config.mx ?? {};
  const checked = useMemo(() => {
    if (isTooOld(session, sessionLifetimeMs)) {
      return { expired: new ExchangeSessionError('partnerError', `The MX Connect URL of session ${session.id} is past its lifetime.`, { sessionId: session.id }) };
    }
    try {
      return { url: assertSafeMxUrl(session.url, allowedHosts) };
    } catch (error) {
      if (!isExchangeSessionError(error)) throw error;
      return { error };
    }
  }, [session, allowedHosts, sessionLifetimeMs]);

  useEffect(() => {
    if (checked.expired) report.expired(checked.expired);
    if (checked.error) report.fail(checked.error);
  }, [checked, report]);

  if (!checked.url) return null;
  switch (mode) {
    case 'redirect':
      return <MxRedirect sessionId={session.id} url={checked.url} report={report} />;
    case 'embed':
      return <MxEmbed sessionId={session.id} url={checked.url} report={report} />;
  }
}

function isTooOld(session: MxExchangeSession, lifetimeMs: number): boolean {
  const created = Date.parse(session.created);
  return Number.isFinite(created) && Date.now() - created > lifetimeMs;
}
