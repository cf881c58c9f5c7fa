import type { Options } from '@checkout.com/checkout-web-components';
import type { PartnerReporter } from '../types';
import { fromCheckoutError } from './checkout-error';

/** Flow's callbacks, reporting through the launcher while `isActive()`. */
export function checkoutCallbacks(
  report: PartnerReporter,
  sessionId: string,
  isActive: () => boolean,
): Pick<Options, 'onReady' | 'onChange' | 'onSubmit' | 'onPaymentCompleted' | 'onError'> {
  const event = (name: 'ready' | 'change' | 'submit') => () => {
    if (isActive()) report.event({ type: 'partnerEvent', partner: 'checkout', sessionId, name });
  };
  return {
    onReady: event('ready'),
    onChange: event('change'),
    onSubmit: event('submit'),
    onPaymentCompleted: (_component, { id, status, type }) => {
      if (isActive()) report.success({ partner: 'checkout', sessionId, paymentId: id, payment: { id, status, type } });
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
