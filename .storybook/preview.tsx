import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { StrictMode, useEffect, type CSSProperties } from 'react';
import { configure } from 'storybook/test';
import { ExchangeSessionProvider, type ExchangeBackend } from '../src';
import '../src/styles.css';
import { pinnedFontFamily, pinnedFontsLoaded } from '../test/setup/fonts';
import { scopeMockBackend, startMockBackend, storyHeader } from './mock-backend';
import './preview.css';

// A play function waits for what a user would see. On a cold machine (modules loading for the
// first time, two cores, three test projects at once) that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

type StoryTheme = 'auto' | 'light' | 'dark';

/** The page behind a story in the story view, painted after `theme` (docs pages keep their own). */
function PagePaint({ theme }: { theme: StoryTheme }) {
  useEffect(() => {
    document.body.classList.add('dwx-story-page');
    document.body.dataset.storyTheme = theme;
    return () => {
      document.body.classList.remove('dwx-story-page');
      delete document.body.dataset.storyTheme;
    };
  }, [theme]);
  return null;
}

const backends = new Map<string, ExchangeBackend>();
/** The backend of a story: the default routes, with a header that names the story (one object per story, as an app's own is). */
function backendOf(id: string): ExchangeBackend {
  let backend = backends.get(id);
  if (!backend) backends.set(id, (backend = { headers: { [storyHeader]: id } }));
  return backend;
}

/**
 * The toolbar's theme and locale, as an app sets them: a provider with `locale` and
 * `appearance={{ theme }}` ("auto" leaves it to the system), Inter through `--dwx-font-family`,
 * and the page behind the story painted to match. Its `backend` names the story in a header of
 * every request, so that the mock backend answers each story of a docs page with its own handlers.
 */
const withLook: Decorator = (Story, { globals, viewMode, id }) => {
  const theme: StoryTheme = globals.theme === 'light' || globals.theme === 'dark' ? globals.theme : 'auto';
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
  return (
    <div className="dwx-story-stage" data-story-theme={theme} style={{ '--dwx-font-family': pinnedFontFamily } as CSSProperties}>
      {viewMode === 'story' && <PagePaint theme={theme} />}
      <ExchangeSessionProvider locale={locale} backend={backendOf(id)} {...(theme !== 'auto' && { appearance: { theme } })}>
        <Story />
      </ExchangeSessionProvider>
    </div>
  );
};

const preview: Preview = {
  // No story renders before the mock backend answers (the page's first open registers its worker),
  // and Inter is loaded first, so that its pictures and its tests see the same glyphs.
  loaders: [mswLoader(startMockBackend), () => pinnedFontsLoaded()],
  // Each story's `msw.use()` and the requests it answers are the story's own, on a docs page too.
  beforeEach: [scopeMockBackend],
  globalTypes: {
    theme: {
      description: 'The default UI’s theme (appearance.theme); auto follows the system',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The default UI’s language (locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en' },
  decorators: [
    withLook,
    // Every story runs under StrictMode, with a cache of its own that retries fast.
    (Story) => (
      <StrictMode>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retryDelay: 200 } } })}>
          <Story />
        </QueryClientProvider>
      </StrictMode>
    ),
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story's test; colour contrast (AA) is checked, named here so
    // that no later configuration turns it off unseen.
    a11y: { test: 'error', config: { rules: [{ id: 'color-contrast', enabled: true }] } },
  },
  tags: ['autodocs'],
};

export default preview;
