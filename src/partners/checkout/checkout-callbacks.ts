import type { Options } from '@checkout.com/checkout-web-components';
import { isJsonObject, ownString } from '../../core/backend/json';
import type { CheckoutCard } from '../../core/launch-result';
import type { PartnerReporter } from '../types';
import { fromCheckoutError } from './checkout-error';

/** Flow's callbacks, reporting through the launcher while `isActive()`. */
export function checkoutCallbacks(
  report: PartnerReporter,
  sessionId: string,
  isActive: () => boolean,
): Pick<Options, 'onReady' | 'onChange' | 'onSubmit' | 'onTokenized' | 'onPaymentCompleted' | 'onError'> {
  // What the tokenization said of the card, for the journey's last screen ("Visa debit ••4242").
  let card: CheckoutCard | undefined;
  const event = (name: 'ready' | 'change' | 'submit') => () => {
    if (isActive()) report.event({ type: 'partnerEvent', partner: 'checkout', sessionId, name });
  };
  return {
    onReady: event('ready'),
    onChange: event('change'),
    onSubmit: event('submit'),
    onTokenized: (_component, result) => {
      card = cardOf(result.data) ?? card;
      return Promise.resolve({ continue: true as const });
    },
    onPaymentCompleted: (_component, { id, status, type }) => {
      if (isActive()) report.success({ partner: 'checkout', sessionId, paymentId: id, payment: { id, status, type, ...(card && { card }) } });
    },
    onError: (_component, checkoutError) => {
      if (!isActive()) return;
      const { error, fatal, expired } = fromCheckoutError(checkoutError, sessionId);
      if (expired) report.expired(error);
      else if (fatal) report.fail(error);
      else report.error(error);
    },
  };
}

/** The scheme and last four digits of a card's tokenization answer, as far as it says them. */
function cardOf(data: unknown): CheckoutCard | undefined {
  if (!isJsonObject(data) || ownString(data, 'type') !== 'card') return undefined;
  const scheme = ownString(data, 'scheme');
  const last4 = ownString(data, 'last4');
  const digits = last4 && /^\d{4}$/.test(last4) ? last4 : undefined;
  return scheme || digits ? { ...(scheme && { scheme }), ...(digits && { last4: digits }) } : undefined;
}
