/** What the fake Checkout.com Flow recorded, on `window.__fakeCheckout`. */
export interface FakeCheckoutLog {
  initialised: number;
  created: number;
  mounted: number;
  unmounted: number;
  /** The options of the latest `CheckoutWebComponents(options)` call, without callbacks. */
  lastOptions: Record<string, unknown> | null;
}

/** A card number the fake declines with a recoverable `payment_request_declined` error. */
export const fakeDeclinedCard = '4000 0000 0000 0002';

/** A payment session id the fake treats as expired: Flow reports `payment_session_invalid` once mounted. */
export const fakeExpiredPaymentSessionId = 'ps_FAKE_EXPIRED_000000000000';

/**
 * Defines a stand-in for Checkout.com's `checkout-web-components.checkout.com/index.js`:
 * `window.CheckoutWebComponents(options).create('flow').mount(element)` renders a labelled card
 * form with a Pay button, and answers through `onReady`, `onSubmit`, `onPaymentCompleted` and
 * `onError` like Flow. Mounting a component twice throws `component_already_mounted`, as Flow does.
 *
 * Self-contained on purpose: {@link fakeCheckoutScript} serves its source as the script.
 */
export function installFakeCheckout(win: Window = window): FakeCheckoutLog {
  type Callbacks = {
    onReady?: (component: object) => void;
    onChange?: (component: object) => void;
    onSubmit?: (component: object) => void;
    onPaymentCompleted?: (component: object, payment: { id: string; status: string; type: string }) => void;
    onError?: (component: object, error: { name: string; type: string; code: string; message: string }) => void;
  };
  const declinedCard = '4000000000000002';
  const log: FakeCheckoutLog = { initialised: 0, created: 0, mounted: 0, unmounted: 0, lastOptions: null };
  const doc = win.document;
  (win as unknown as { __fakeCheckout: FakeCheckoutLog }).__fakeCheckout = log;

  (win as unknown as { CheckoutWebComponents: unknown }).CheckoutWebComponents = (options: Callbacks & Record<string, unknown>) => {
    log.initialised += 1;
    log.lastOptions = Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value !== 'function'));
    return {
      update: async () => {},
      create(name: string) {
        log.created += 1;
        let form: HTMLFormElement | null = null;
        const component = {
          type: name,
          name,
          mount(element: Element) {
            if (form) {
              throw Object.assign(new Error('Component already mounted'), { name: 'CheckoutError', type: 'Integration', code: 'component_already_mounted' });
            }
            log.mounted += 1;
            const accent = (options.appearance as { colorAction?: string } | undefined)?.colorAction ?? '#186aff';
            form = doc.createElement('form');
            form.setAttribute('aria-label', 'Debit card (Checkout.com test double)');
            form.style.cssText =
              'max-width:360px;border:1px solid #d0d5dd;border-radius:8px;padding:16px;font:15px/1.5 system-ui,sans-serif;color:#111;background:#fff';
            const title = doc.createElement('p');
            title.textContent = 'Debit card';
            title.style.cssText = 'margin:0 0 8px;font-weight:600';
            const label = doc.createElement('label');
            label.textContent = 'Card number ';
            label.style.cssText = 'display:block;margin-bottom:12px';
            const input = doc.createElement('input');
            input.style.cssText = 'display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:8px;border:1px solid #888;border-radius:6px;font:inherit';
            input.name = 'card-number';
            input.inputMode = 'numeric';
            input.autocomplete = 'cc-number';
            input.oninput = () => options.onChange?.(component);
            label.append(input);
            const pay = doc.createElement('button');
            pay.type = 'submit';
            pay.textContent = 'Pay';
            pay.style.cssText = `background:${accent};color:#fff;border:0;border-radius:6px;padding:8px 16px;font:inherit;cursor:pointer`;
            const outcome = doc.createElement('p');
            outcome.setAttribute('role', 'status');
            outcome.style.cssText = 'margin:12px 0 0;min-height:1.5em';
            form.onsubmit = (event) => {
              event.preventDefault();
              options.onSubmit?.(component);
              setTimeout(() => {
                if (input.value.replace(/\s/g, '') === declinedCard) {
                  outcome.textContent = 'The card was declined. Try another card.';
                  options.onError?.(component, { name: 'CheckoutError', type: 'Request', code: 'payment_request_declined', message: 'The card was declined.' });
                  return;
                }
                outcome.textContent = 'Card approved.';
                options.onPaymentCompleted?.(component, { id: 'pay_fake0000000000000000000000', status: 'Approved', type: 'card' });
              }, 0);
            };
            form.append(title, label, pay, outcome);
            element.append(form);
            setTimeout(() => options.onReady?.(component), 0);
            if ((options.paymentSession as { id?: string } | undefined)?.id === 'ps_FAKE_EXPIRED_000000000000') {
              setTimeout(() => options.onError?.(component, { name: 'CheckoutError', type: 'Integration', code: 'payment_session_invalid', message: 'The payment session has expired.' }), 0);
            }
            return component;
          },
          unmount() {
            if (form) log.unmounted += 1;
            form?.remove();
            form = null;
            return component;
          },
        };
        return component;
      },
    };
  };
  return log;
}

/** The source of a script that installs {@link installFakeCheckout}, to serve at Checkout.com's CDN URL. */
export function fakeCheckoutScript(): string {
  return `(${installFakeCheckout.toString()})(window);`;
}
