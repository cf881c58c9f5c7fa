import type { CheckoutError } from '@checkout.com/checkout-web-components';
import { ExchangeSessionError } from '../../core/errors';

const expiryCodes: readonly string[] = ['payment_session_invalid', 'payment_expired'];

/**
 * Flow's errors as ours. An invalid or expired payment session means the exchange session is
 * spent; other integration errors (a component mounted twice) end the flow; the rest (a declined
 * card, a network blip) Flow recovers from.
 */
export function fromCheckoutError(error: CheckoutError, sessionId: string): { error: ExchangeSessionError; fatal: boolean; expired: boolean } {
  const reason = (error as { details?: { reason?: string } }).details?.reason;
  return {
    error: new ExchangeSessionError('partnerError', `Checkout.com Flow reported ${error.type} error ${error.code}: ${error.message}`, {
      sessionId,
      cause: error,
    }),
    fatal: error.type === 'Integration',
    expired: expiryCodes.includes(error.code) || (reason !== undefined && expiryCodes.includes(reason)),
  };
}
