// The stylesheet in a real browser: its variables and themes on the page, resolved onto Checkout.com
// Flow's own design tokens (Flow runs in an iframe and cannot read the page's CSS), and the MX
// frame sized by CSS alone.
import '../../src/styles.css';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeSessionLauncherProps, type ExchangeSessionProviderProps } from '../../src';
import { exchangeSessionHandlers } from '../../src/testing/exchange-session-handlers';
import type { FakeCheckoutLog } from '../../src/testing/fake-checkout';
import { fakeMxConnectPath } from '../../src/testing/fake-mx-connect';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../src/testing/partner-script-handlers';
import { mount, startWorker } from './support';

const { worker } = startWorker();
const publicKey = 'pk_sbox_fake0000000000000000000000';
const flowOptions = () => (window as unknown as { __fakeCheckout?: FakeCheckoutLog }).__fakeCheckout?.lastOptions;

function launch(props: Partial<ExchangeSessionLauncherProps>, settings: Omit<ExchangeSessionProviderProps, 'children'> = {}) {
  worker.use(
    ...exchangeSessionHandlers({
      sessions: {
        [fixtureSessionIds.checkout]: exchangeSessionFixture('checkout'),
        [fixtureSessionIds.mx]: exchangeSessionFixture('mx', { mxUrl: `${location.origin}${fakeMxConnectPath}?token=FAKE-mx-token` }),
      },
    }),
    ...partnerScriptHandlers(),
  );
  return mount(
    <ExchangeSessionProvider checkout={{ publicKey }} {...settings}>
      <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.checkout }} {...props} />
    </ExchangeSessionProvider>,
  );
}

async function flowStarted() {
  await expect.element(page.getByRole('button', { name: 'Pay' })).toBeVisible();
  return flowOptions()!;
}

describe('one appearance for the page and Checkout.com Flow', () => {
  it('gives Flow the page’s look as concrete values: the variables, the forced theme, the locale', async () => {
    const { container } = launch({}, { locale: 'es', appearance: { theme: 'dark', variables: { colorPrimary: '#123456', borderRadius: '12px', fontFamily: 'Georgia, serif' } } });
    const options = await flowStarted();
    expect(options.locale).toBe('es');
    expect(options.appearance).toEqual({
      colorAction: 'rgb(18, 52, 86)',
      colorPrimary: 'rgb(229, 231, 235)', // the dark theme's text
      colorSecondary: expect.stringMatching(/^(rgb|color)\(/),
      colorBackground: 'rgb(17, 24, 39)', // the dark theme's background
      colorFormBackground: 'rgb(17, 24, 39)',
      colorBorder: expect.stringMatching(/^(rgb|color)\(/),
      colorFormBorder: expect.stringMatching(/^(rgb|color)\(/),
      colorError: 'rgb(252, 165, 165)',
      colorSuccess: 'rgb(134, 239, 172)',
      colorInverse: 'rgb(11, 18, 32)',
      colorOutline: 'rgb(18, 52, 86)',
      borderRadius: ['12px', '12px'],
      label: { fontFamily: 'Georgia, serif' },
      input: { fontFamily: 'Georgia, serif' },
      button: { fontFamily: 'Georgia, serif' },
      subheading: { fontFamily: 'Georgia, serif' },
      footnote: { fontFamily: 'Georgia, serif' },
    });
    // The page wears the same look.
    const root = container.querySelector<HTMLElement>('[data-part=root]')!;
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(17, 24, 39)');
    expect(getComputedStyle(root).borderTopLeftRadius).toBe('12px');
  });

  it('reads the light theme, and variables the app set in its own CSS', async () => {
    const style = document.createElement('style');
    style.textContent = '.brand { --dwx-color-primary: #7c3aed; }';
    document.head.append(style);
    try {
      launch({ className: 'brand', appearance: { theme: 'light' } });
      const { appearance, locale } = await flowStarted();
      expect(appearance).toMatchObject({ colorAction: 'rgb(124, 58, 237)', colorBackground: 'rgb(255, 255, 255)', colorPrimary: 'rgb(17, 24, 39)' });
      expect(locale).toBeUndefined();
    } finally {
      style.remove();
    }
  });

  it('lets checkout.appearance and checkout.locale win, token by token', async () => {
    launch({ locale: 'es', checkout: { appearance: { colorAction: '#ff0000' }, locale: 'en-GB' } }, { appearance: { theme: 'light' } });
    const { appearance, locale } = await flowStarted();
    expect(appearance).toMatchObject({ colorAction: '#ff0000', colorBackground: 'rgb(255, 255, 255)' });
    expect(locale).toBe('en-GB');
  });

  it('leaves Flow its own look without the stylesheet', async () => {
    const sheets = [...document.styleSheets].filter((sheet) => sheet.ownerNode instanceof HTMLStyleElement && sheet.ownerNode.textContent.includes('@layer dwx'));
    expect(sheets).toHaveLength(1);
    sheets[0]!.disabled = true;
    try {
      launch({});
      expect(await flowStarted()).not.toHaveProperty('appearance');
    } finally {
      sheets[0]!.disabled = false;
    }
  });
});

describe('the MX frame', () => {
  const frame = () => document.querySelector<HTMLIFrameElement>('[data-part=mx-frame]')!;

  it('sizes to its container, with no inline style, its height a variable the app sets', async () => {
    const { container } = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: { mode: 'embed', allowedHosts: [location.origin] }, style: { width: 720 } });
    await expect.element(page.getByTitle('MX Connect: link your bank account')).toBeVisible();
    expect(frame().getAttribute('style')).toBeNull();
    const root = container.querySelector<HTMLElement>('[data-part=root]')!;
    // Inside the card's border (1px) and padding (16px) on each side.
    expect(frame().getBoundingClientRect().width).toBe(720 - 2 * (1 + 16));
    expect(frame().getBoundingClientRect().height).toBeGreaterThanOrEqual(560);

    root.style.setProperty('--dwx-mx-frame-height', '700px');
    expect(frame().getBoundingClientRect().height).toBe(700);
  });

  it('runs full-bleed in a narrow launcher', async () => {
    const { container } = launch({ source: { sessionId: fixtureSessionIds.mx }, mx: { mode: 'embed', allowedHosts: [location.origin] }, style: { width: 360 } });
    await expect.element(page.getByTitle('MX Connect: link your bank account')).toBeVisible();
    const edges = ({ left, right }: DOMRect) => ({ left, right });
    expect(edges(frame().getBoundingClientRect())).toEqual(edges(container.querySelector('[data-part=root]')!.getBoundingClientRect()));
  });
});

describe('right-to-left', () => {
  it('mirrors the layout on a dir="rtl" page: the error’s stripe on the start side, the right', async () => {
    const { container } = launch({ source: { sessionId: 'fa4e0009-0000-4000-8000-000000000404' } });
    container.dir = 'rtl';
    await expect.element(page.getByRole('alert')).toBeVisible();
    const error = container.querySelector('[data-part=error]')!;
    const sides = () => {
      const [box, stripe] = [getComputedStyle(error), getComputedStyle(error, '::before')];
      const side = stripe.left === '0px' ? 'left' : stripe.right === '0px' ? 'right' : 'neither';
      return { stripe: [side, stripe.width], padding: [box.paddingLeft, box.paddingRight] };
    };
    expect(sides()).toEqual({ stripe: ['right', '4px'], padding: ['0px', '16px'] });
    container.dir = 'ltr';
    expect(sides()).toEqual({ stripe: ['left', '4px'], padding: ['16px', '0px'] });
  });
});
