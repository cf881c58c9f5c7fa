import { useEffect, useMemo, useRef, useState } from 'react';
// A namespace import: bundlers turn a missing optional peer into a module without named exports,
// and this chunk must then fail when it loads (partnerUnavailable), not when the app is built.
import * as ReactPlaidLink from 'react-plaid-link';
import type { PlaidLinkOptions } from 'react-plaid-link';
import { ExchangeSessionError } from '../../core/errors';
import type { LauncherMessages } from '../../core/messages/exchange-messages';
import type { PlaidConfig } from '../../core/partner-config';
import type { PlaidExchangeSession } from '../../core/session/session';
import { LoadingStatus } from '../../ui/loading-status';
import type { PartnerReporter } from '../types';

interface PlaidLinkRunnerProps {
  session: PlaidExchangeSession;
  config: PlaidConfig;
  messages: LauncherMessages;
  report: PartnerReporter;
}

/** One Plaid Link handler through react-plaid-link, opened once. */
export function PlaidLinkRunner({ session, config, messages, report }: PlaidLinkRunnerProps) {
  const { open: openMode = 'auto', receivedRedirectUri } = config;
  const sessionId = session.id;
  const mounted = useRef(false);
  const opened = useRef(false);
  const [exited, setExited] = useState(false);

  // Declared before usePlaidLink so that its cleanup runs first: the forced exit react-plaid-link
  // performs on unmount is the app's doing, not the user's, and must not reach onExit.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const handlers = useMemo<Pick<PlaidLinkOptions, 'onSuccess' | 'onExit' | 'onEvent'>>(
    () => ({
      onSuccess: (publicToken, metadata) => {
        if (!mounted.current) return;
        if (!publicToken) {
          report.fail(new ExchangeSessionError('partnerError', 'Plaid Link succeeded without a public token.', { sessionId }));
          return;
        }
        report.success({ partner: 'plaid', sessionId, publicToken, metadata });
      },
      onExit: (error, metadata) => {
        if (!mounted.current) return;
        if (error?.error_code === 'INVALID_LINK_TOKEN') {
          report.expired(new ExchangeSessionError('partnerError', `Plaid Link's token is spent or expired: ${error.error_message}`, { sessionId, cause: error }));
          return;
        }
        setExited(true);
        report.exit({ partner: 'plaid', sessionId, error, metadata });
        if (error) {
          const detail = error.display_message ?? error.error_message;
          report.error(
            new ExchangeSessionError('partnerError', `Plaid Link closed on ${error.error_code}: ${detail}`, { sessionId, cause: error }),
          );
        }
      },
      onEvent: (name, metadata) => {
        if (!mounted.current) return;
        report.event({ type: 'partnerEvent', partner: 'plaid', sessionId, name, metadata: { ...metadata } });
      },
    }),
    [report, sessionId],
  );

  const { open, ready } = ReactPlaidLink.usePlaidLink({ token: session.linkToken, receivedRedirectUri, ...handlers });

  const openOnce = () => {
    opened.current = true;
    setExited(false);
    report.event({ type: 'opened', partner: 'plaid', sessionId });
    open();
  };

  useEffect(() => {
    if (ready && openMode === 'auto' && !opened.current) openOnce();
  });

  if (openMode === 'button' || exited) {
    return (
      <button type="button" className="dwx-button" data-part="plaid-button" disabled={!ready} aria-busy={!ready} onClick={openOnce}>
        {exited ? messages.plaidContinue : messages.plaidButton}
      </button>
    );
  }
  if (ready) {
    return (
      <p className="dwx-status" data-part="status" role="status">
        {messages.plaidOpen}
      </p>
    );
  }
  return <LoadingStatus text={messages.plaidOpening} />;
}
