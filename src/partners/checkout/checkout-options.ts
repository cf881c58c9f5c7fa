import type { Options } from '@checkout.com/checkout-web-components';
import { ExchangeSessionError } from '../../core/errors';
import type { CheckoutConfig, CheckoutEnvironment } from '../../core/partner-config';
import type { CheckoutExchangeSession } from '../../core/session/session';
import { isSandboxSession } from '../../core/session/session-environment';

/** Flow's options without its callbacks. */
export type CheckoutSettings = Pick<
  Options,
  'publicKey' | 'environment' | 'paymentSession' | 'locale' | 'appearance' | 'translations' | 'componentOptions'
>;

/**
 * Flow's settings for a session, or a `configuration` error: Flow needs a public key, and the
 * environment must be given unless the session itself is a sandbox one (Checkout's loader would
 * otherwise assume production).
 */
export function checkoutSettings(session: CheckoutExchangeSession, config: CheckoutConfig = {}): CheckoutSettings | ExchangeSessionError {
  const { publicKey, locale, appearance, translations, componentOptions } = config;
  if (!publicKey) {
    return new ExchangeSessionError(
      'configuration',
      'Checkout.com Flow needs your public key: pass checkout={{ publicKey: "pk_…" }} to the launcher or its provider.',
      { sessionId: session.id },
    );
  }
  const environment: CheckoutEnvironment | undefined = config.environment ?? (isSandboxSession(session) ? 'sandbox' : undefined);
  if (!environment) {
    return new ExchangeSessionError(
      'configuration',
      'Checkout.com Flow needs checkout.environment ("sandbox" or "production") for a session that is not from Dwolla\'s sandbox.',
      { sessionId: session.id },
    );
  }
  return {
    publicKey,
    environment,
    paymentSession: { ...session.paymentSession },
    ...(locale && { locale }),
    ...(appearance && { appearance }),
    ...(translations && { translations }),
    ...(componentOptions && { componentOptions }),
  };
}
