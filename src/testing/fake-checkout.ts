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
            form = doc.createElement('form');
            form.setAttribute('aria-label', 'Debit card (Checkout.com test double)');
            const label = doc.createElement('label');
            label.textContent = 'Card number ';
            const input = doc.createElement('input');
            input.name = 'card-number';
            input.inputMode = 'numeric';
            input.autocomplete = 'cc-number';
            input.oninput = () => options.onChange?.(component);
            label.append(input);
            const pay = doc.createElement('button');
            pay.type = 'submit';
            pay.textContent = 'Pay';
            form.onsubmit = (event) => {
              event.preventDefault();
              options.onSubmit?.(component);
              setTimeout(() => {
                if (input.value.replace(/\s/g, '') === declinedCard) {
                  options.onError?.(component, { name: 'CheckoutError', type: 'Request', code: 'payment_request_declined', message: 'The card was declined.' });
                  return;
                }
                options.onPaymentCompleted?.(component, { id: 'pay_fake0000000000000000000000', status: 'Approved', type: 'card' });
              }, 0);
            };
            form.append(label, pay);
            element.append(form);
            setTimeout(() => options.onReady?.(component), 0);
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
