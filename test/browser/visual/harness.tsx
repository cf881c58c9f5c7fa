// The stage of the default UI's screenshots: the real provider and launcher, themed and translated
// as an app would (Inter through `--dwx-font-family`, `appearance`, `locale`), in a page whose
// background follows the same theme, at a phone's and a desktop's width.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import axe from 'axe-core';
import { StrictMode, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { commands, page, type Locator } from 'vitest/browser';
import { ExchangeSessionProvider, type ExchangeAppearance, type ExchangeSessionProviderProps } from '../../../src';
import '../../../src/styles.css';
import { pinnedFontFamily, pinnedFontsLoaded } from '../../setup/fonts';

export type Theme = 'light' | 'dark';
export type Locale = 'en' | 'es';
export const themes: readonly Theme[] = ['light', 'dark'];
export const locales: readonly Locale[] = ['en', 'es'];
export const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Viewport = keyof typeof viewports;

/** How the stage looks: `theme` undefined is the app that leaves it to the user's system. */
export interface Look {
  theme: Theme | undefined;
  locale: Locale;
}

/** A small tolerance for anti-aliasing; a changed colour, size or text is far above it. */
const comparison = { comparatorName: 'pixelmatch', comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.003 } } as const;

// Made once, so that a re-render with the same theme passes the same object.
const appearances: Record<Theme, ExchangeAppearance> = { light: { theme: 'light' }, dark: { theme: 'dark' } };

// The page around the launcher, as an app paints its own: light, dark, or after the system.
const pageStyle = `
  body { margin: 0; }
  .visual-stage { box-sizing: border-box; padding: 16px; background: #ffffff; color-scheme: light; }
  .visual-stage[data-page-theme='dark'] { background: #0b0d12; color-scheme: dark; }
  @media (prefers-color-scheme: dark) {
    .visual-stage[data-page-theme='auto'] { background: #0b0d12; color-scheme: dark; }
  }
`;

let screenshots = 0;
const axeRules = new Set<string>();
let axeRuns = 0;
let mounted: Array<{ root: Root; container: HTMLElement }> = [];

/**
 * The suite's setup: the page's style, Inter loaded, reduced motion (the spinner stands still for
 * its picture), and at the end the count of screenshots compared and the axe rules run.
 */
export function visualSuite(file: string) {
  beforeAll(async () => {
    const style = document.createElement('style');
    style.textContent = pageStyle;
    document.head.append(style);
    await pinnedFontsLoaded();
    await commands.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });
  afterEach(async () => {
    for (const { root, container } of mounted) {
      root.unmount();
      container.remove();
    }
    mounted = [];
    // A test that failed half-way must not leave the next one on a dark system.
    await commands.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });
  afterAll(async () => {
    await commands.emulateMedia({ reducedMotion: null, colorScheme: null });
    console.log(
      `${file}: ${String(screenshots)} screenshots compared; axe ran ${String(axeRuns)} times (light and dark, colour contrast on), ` +
        `rules checked: ${[...axeRules].sort().join(', ')}`,
    );
  });
}

/**
 * Mounts `launcher` on the stage, under a provider with `look` and `settings`, in StrictMode with
 * a fresh query client; `look` changes through {@link Stage.show}, as an app re-renders.
 * `rootSelector` finds the component's root, whose theme, language and accessibility are checked: the launcher's
 * by default.
 */
export function stage(launcher: ReactNode, look: Look, settings: Omit<ExchangeSessionProviderProps, 'children'> = {}, rootSelector = '[data-part="root"]') {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  const render = ({ theme, locale }: Look) => {
    const style = { '--dwx-font-family': pinnedFontFamily } as CSSProperties;
    flushSync(() =>
      root.render(
        <StrictMode>
          <QueryClientProvider client={client}>
            <div className="visual-stage" data-testid="stage" data-page-theme={theme ?? 'auto'} style={style}>
              <ExchangeSessionProvider {...settings} locale={locale} {...(theme && { appearance: appearances[theme] })}>
                {launcher}
              </ExchangeSessionProvider>
            </div>
          </QueryClientProvider>
        </StrictMode>,
      ),
    );
  };
  render(look);
  return { show: render, locale: look.locale, root: () => page.getByTestId('stage').element().querySelector<HTMLElement>(rootSelector) };
}
export type Stage = ReturnType<typeof stage>;

/** The launcher's root, found by its stable part. */
export const launcherRoot = () => page.getByTestId('stage').element().querySelector<HTMLElement>('[data-part="root"]');

/** Waits until the stage's root carries `look`: the theme's attribute and the locale's `lang`. */
async function lookApplied({ theme, locale }: Look, view: Stage) {
  await expect.poll(() => view.root()?.getAttribute('data-theme') ?? undefined).toBe(theme);
  await expect.poll(() => view.root()?.getAttribute('lang')).toBe(locale);
}

/**
 * The viewport's size, grown in height when the state is taller: a screenshot shows only what is
 * inside the test's frame, and a long form (the billing step with its errors) would be cut off.
 */
async function fitViewport(viewport: Viewport) {
  const { width, height } = viewports[viewport];
  await page.viewport(width, height);
  const needed = Math.ceil(page.getByTestId('stage').element().getBoundingClientRect().bottom);
  if (needed > height) await page.viewport(width, needed);
}

/** Nothing sticks out sideways: no horizontal scroll at this width. */
function expectNoOverflow(viewport: Viewport) {
  const { scrollWidth, clientWidth } = document.documentElement;
  expect(scrollWidth, `horizontal overflow at the ${viewport} width`).toBeLessThanOrEqual(clientWidth);
}

async function snap(name: string, mask: readonly Locator[]) {
  screenshots += 1;
  await commands.restPointer();
  await expect.element(page.getByTestId('stage')).toMatchScreenshot(name, { ...comparison, screenshotOptions: { mask, maskColor: '#7f7f7f' } });
}

/** Axe on the stage's root (the launcher's by default), colour contrast (AA) included; no violation may be left. */
export async function expectAccessible(context: string, root = launcherRoot()) {
  if (!root) throw new Error(`${context}: no root`);
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A component is not a page: landmarks and the page's heading are the app's.
    rules: { 'color-contrast': { enabled: true }, region: { enabled: false } },
    iframes: false,
    resultTypes: ['violations', 'incomplete'],
  });
  axeRuns += 1;
  for (const rule of [...results.passes, ...results.violations, ...results.incomplete]) axeRules.add(rule.id);
  const found = results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => `${node.failureSummary ?? ''} at ${node.target.join(' ')}`).join('; ')}`);
  expect(found, `${context}: axe violations`).toEqual([]);
  // Contrast axe could not decide is contrast nobody checked.
  const undecided = results.incomplete.filter(({ id }) => id === 'color-contrast').flatMap(({ nodes }) => nodes.map((node) => node.target.join(' ')));
  expect(undecided, `${context}: colour contrast axe could not decide`).toEqual([]);
}

/** Options of {@link expectLooks}. */
export interface LooksOptions {
  /** Parts painted over in the pictures: the partner's own page in MX's frame. */
  mask?: () => readonly Locator[];
}

/**
 * The state on the stage, pictured in every look of its locale: light and dark at a phone's and
 * a desktop's width, each compared with its baseline in `__screenshots__/`; then (in English) the
 * same state left to the system, dark then light, and a light theme on a dark system, which must
 * match the same baselines; then axe in light and dark.
 */
export async function expectLooks(name: string, view: Stage, { mask = () => [] }: LooksOptions = {}) {
  const { locale } = view;
  const shot = (theme: Theme, viewport: Viewport) => `${name}-${theme}-${locale}-${viewport}`;
  for (const viewport of ['phone', 'desktop'] as const) {
    await fitViewport(viewport);
    for (const theme of themes) {
      view.show({ theme, locale });
      await lookApplied({ theme, locale }, view);
      expectNoOverflow(viewport);
      await snap(shot(theme, viewport), mask());
    }
  }
  // The theme left to the system, and a theme that overrides it (in English: the colours are the
  // same in every language).
  const systemLooks = [
    ['dark', undefined, 'dark'],
    ['light', undefined, 'light'],
    ['dark', 'light', 'light'],
  ] as const;
  for (const [system, theme, looksLike] of locale === 'en' ? systemLooks : []) {
    await commands.emulateMedia({ colorScheme: system });
    view.show({ theme, locale });
    await lookApplied({ theme, locale }, view);
    await snap(shot(looksLike, 'desktop'), mask());
  }
  await commands.emulateMedia({ colorScheme: 'light' });
  for (const theme of themes) {
    view.show({ theme, locale });
    await lookApplied({ theme, locale }, view);
    await expectAccessible(`${name} (${theme}, ${locale})`, view.root());
  }
}
