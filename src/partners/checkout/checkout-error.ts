import type { CheckoutError } from '@checkout.com/checkout-web-components';
import { ExchangeSessionError } from '../../core/errors';

/**
 * Flow's errors as ours. Integration errors (an invalid or expired payment session, a component
 * mounted twice) end the flow; the others (a declined card, a network blip) Flow recovers from.
 */
export function fromCheckoutError(error: CheckoutError, sessionId: string): { error: ExchangeSessionError; fatal: boolean } {
  return {
    error: new ExchangeSessionError('partnerError', `Checkout.com Flow reported ${error.type} error ${error.code}: ${error.message}`, {
      sessionId,
      cause: error,
    }),
    fatal: error.type === 'Integration',
  };
}
