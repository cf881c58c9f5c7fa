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
 * `window.CheckoutWebComponents(options).create('flow').mount(element)` renders a card form shaped
 * like Flow's (card number, expiry date and security code, a Pay button, in the `appearance`
 * tokens' colours, radii and font; inline styles only), and answers through `onReady`, `onSubmit`,
 * `onTokenized` (the card's scheme and last four digits, as Checkout.com's tokenization answers:
 * a number starting with 4 is a Visa, with 5 a Mastercard), `onPaymentCompleted` and `onError` like Flow. Mounting a component twice throws `component_already_mounted`, as Flow does.
 *
 * Self-contained on purpose: {@link fakeCheckoutScript} serves its source as the script.
 */
export function installFakeCheckout(win: Window = window): FakeCheckoutLog {
  type Callbacks = {
    onReady?: (component: object) => void;
    onChange?: (component: object) => void;
    onSubmit?: (component: object) => void;
    onTokenized?: (component: object, result: { type: string; data: Record<string, string> }) => Promise<unknown>;
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
            // Flow's design tokens, as the app passed them (the launcher passes its own look), else Flow-like defaults.
            const appearance = (options.appearance ?? {}) as Record<string, unknown>;
            const token = (name: string, fallback: string) => {
              const value = appearance[name];
              return typeof value === 'string' && value ? value : fallback;
            };
            const radii = Array.isArray(appearance.borderRadius) ? (appearance.borderRadius as string[]) : [];
            const fieldRadius = radii[0] ?? '8px';
            const buttonRadius = radii[1] ?? fieldRadius;
            const font = (appearance.label as { fontFamily?: string } | undefined)?.fontFamily ?? 'Inter,"Helvetica Neue",Helvetica,Arial,sans-serif';
            const colors = {
              action: token('colorAction', '#186aff'),
              inverse: token('colorInverse', '#ffffff'),
              primary: token('colorPrimary', '#1a1c1f'),
              secondary: token('colorSecondary', '#5a606b'),
              background: token('colorBackground', '#ffffff'),
              border: token('colorBorder', '#d6dae0'),
              formBackground: token('colorFormBackground', '#ffffff'),
              formBorder: token('colorFormBorder', '#878d96'),
              error: token('colorError', '#c4232f'),
            };
            // Inline styles only: the page's styles neither reach it nor are reached (Flow itself is in an iframe).
            const make = <K extends keyof HTMLElementTagNameMap>(tag: K, css: string, text?: string): HTMLElementTagNameMap[K] => {
              const node = doc.createElement(tag);
              node.style.cssText = css;
              if (text !== undefined) node.textContent = text;
              return node;
            };
            form = make(
              'form',
              `display:grid;gap:14px;box-sizing:border-box;width:100%;max-width:440px;margin:0;padding:20px;border:1px solid ${colors.border};` +
                `border-radius:${fieldRadius};background:${colors.background};color:${colors.primary};font:400 15px/1.45 ${font};text-align:left`,
            );
            form.setAttribute('aria-label', 'Debit card (Checkout.com test double)');
            form.noValidate = true;
            const heading = make('div', 'display:flex;align-items:center;gap:10px;margin:0');
            const card = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
            card.setAttribute('viewBox', '0 0 28 20');
            card.setAttribute('aria-hidden', 'true');
            card.setAttribute('fill', 'none');
            card.setAttribute('stroke', colors.primary);
            card.setAttribute('stroke-width', '1.6');
            card.style.cssText = 'flex:none;width:28px;height:20px';
            for (const [tag, attributes] of [
              ['rect', { x: '1', y: '1', width: '26', height: '18', rx: '3' }],
              ['path', { d: 'M1 6.5h26M5 14h6' }],
            ] as const) {
              const part = doc.createElementNS('http://www.w3.org/2000/svg', tag);
              for (const [attribute, value] of Object.entries(attributes)) part.setAttribute(attribute, value);
              card.append(part);
            }
            heading.append(card, make('p', 'margin:0;font-weight:600', 'Debit card'));
            const field = (labelText: string, name: string, autocomplete: AutoFill, placeholder: string) => {
              const label = make('label', 'display:grid;gap:6px;margin:0;min-width:0;font-size:14px;font-weight:600');
              const input = make(
                'input',
                `display:block;box-sizing:border-box;width:100%;height:44px;margin:0;padding:0 12px;border:1px solid ${colors.formBorder};` +
                  `border-radius:${fieldRadius};background:${colors.formBackground};color:${colors.primary};font:400 16px/1.2 ${font};letter-spacing:.02em`,
              );
              input.name = name;
              input.inputMode = 'numeric';
              input.autocomplete = autocomplete;
              input.placeholder = placeholder;
              input.oninput = () => options.onChange?.(component);
              // The label's text alone names the field ("Card number"), as Flow's fields are named.
              label.append(labelText, input);
              return { label, input };
            };
            const number = field('Card number', 'card-number', 'cc-number', '1234 1234 1234 1234');
            const expiry = field('Expiry date', 'card-expiry', 'cc-exp', 'MM / YY');
            const cvc = field('Security code', 'card-cvc', 'cc-csc', 'CVC');
            const row = make('div', 'display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px');
            row.append(expiry.label, cvc.label);
            const pay = make(
              'button',
              `display:block;box-sizing:border-box;width:100%;height:48px;margin:4px 0 0;padding:0 16px;border:0;border-radius:${buttonRadius};` +
                `background:${colors.action};color:${colors.inverse};font:600 16px/1 ${font};cursor:pointer`,
              'Pay',
            );
            pay.type = 'submit';
            // The outcome and the footnote share one cell of the grid: an empty outcome takes no room.
            const end = make('div', 'margin:0');
            const outcome = make('p', `margin:0;font-size:14px;color:${colors.primary}`);
            outcome.setAttribute('role', 'status');
            const footnote = make('p', `margin:6px 0 0;font-size:12px;text-align:center;color:${colors.secondary}`, 'Test kit stand-in — not Checkout.com');
            end.append(outcome, footnote);
            form.onsubmit = (event) => {
              event.preventDefault();
              options.onSubmit?.(component);
              const digits = number.input.value.replace(/\D/g, '');
              const scheme = digits.startsWith('4') ? 'Visa' : digits.startsWith('5') ? 'Mastercard' : undefined;
              const data: Record<string, string> = { type: 'card', token: 'tok_fake0000000000000000000000', bin: digits.slice(0, 6), last4: digits.slice(-4), card_type: 'DEBIT' };
              if (scheme) data.scheme = scheme;
              const tokenized = { type: 'card', data };
              void Promise.resolve(options.onTokenized?.(component, tokenized)).then(() => {
                if (digits === declinedCard) {
                  outcome.style.color = colors.error;
                  outcome.textContent = 'The card was declined. Try another card.';
                  options.onError?.(component, { name: 'CheckoutError', type: 'Request', code: 'payment_request_declined', message: 'The card was declined.' });
                  return;
                }
                outcome.style.color = colors.primary;
                outcome.textContent = 'Card approved.';
                options.onPaymentCompleted?.(component, { id: 'pay_fake0000000000000000000000', status: 'Approved', type: 'card' });
              });
            };
            form.append(heading, number.label, row, pay, end);
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
