import type { StoryContext } from '@storybook/react-vite';
import { getResponse, http, isCommonAssetRequest, RequestHandler, type AnyHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';

// The stories' mock backend: one MSW worker for the preview page, and a list of handlers for each
// story rendered on it. A docs page renders several stories at once; with the worker's one list,
// the last story's `msw.use()` answered them all (every story of the picker's page said "No
// connected accounts"), and a story starting reset the handlers of the others.

/** The request header that names the story a request to the app's backend comes from (the preview's provider sends it). */
export const storyHeader = 'x-storybook-story';

/** A story's handlers, newest first: one record per render, so that a render's cleanup never drops the next one's. */
interface StoryHandlers {
  handlers: AnyHandler[];
}

/** The handlers of the stories on the page, in the order they started (the last one last). */
const stories = new Map<string, StoryHandlers>();

/** Requests Storybook and Vite make for themselves, which no story answers. */
const isStorybookRequest = ({ url }: Request) =>
  /\.mdx$|sb-common-assets|iframe\.html|sb-vite|@vite|@react-refresh|\/virtual:|\.stories\.|__vitest|node_modules|\/@fs\/|\/@id\//.test(url);

/**
 * Answers a request with the handlers of the story that sent it. A request that names no story
 * (a partner's script at its CDN URL, a chunk) is answered by the stories on the page, the latest
 * first, as one list would.
 */
const byStory = http.all('*', async ({ request }) => {
  const story = request.headers.get(storyHeader);
  const candidates = story !== null ? [stories.get(story)] : [...stories.values()].reverse();
  for (const candidate of candidates) {
    const handlers = (candidate?.handlers ?? []).filter((handler) => handler instanceof RequestHandler);
    const response = await getResponse(handlers, request);
    if (response) return response;
  }
  if (!isCommonAssetRequest(request) && !isStorybookRequest(request)) {
    console.warn(`[mock backend] No handler of ${story ?? 'any story'} answers ${request.method} ${request.url}.`);
  }
  return undefined;
});

/**
 * Starts the page's worker (`mswLoader`'s setup: every story waits for it before it renders).
 * In Storybook's preview the worker's scope is the preview's document alone: the default, the
 * folder of `mockServiceWorker.js`, is also the Storybook manager's, which the worker then
 * controlled as a client of its own. The URL is relative, so a Storybook served from a sub-path
 * finds its worker.
 */
export async function startMockBackend(): Promise<SetupWorker> {
  const { setupWorker } = await import('msw/browser');
  const preview = location.pathname.endsWith('/iframe.html');
  if (preview) await forgetWiderRegistrations();
  const worker = setupWorker(byStory);
  await worker.start({
    quiet: true,
    // Every request reaches `byStory`, which warns about those no story answers.
    onUnhandledRequest: 'bypass',
    ...(preview && { serviceWorker: { url: './mockServiceWorker.js', options: { scope: './iframe.html' } } }),
  });
  return worker;
}

/** Unregisters a mock worker registered over the whole folder (by an earlier Storybook), which would keep the manager its client. */
async function forgetWiderRegistrations() {
  const scope = new URL('./iframe.html', location.href).href;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const wider = registrations.filter((registration) => registration.scope !== scope && registration.active?.scriptURL.endsWith('/mockServiceWorker.js'));
  await Promise.all(wider.map((registration) => registration.unregister()));
}

/**
 * The story's own view of the worker, as `context.msw` (a project `beforeEach`, before the
 * stories' own): `use` and `resetHandlers` change this story's handlers alone. Returns the cleanup
 * that forgets them when the story is torn down.
 */
export function scopeMockBackend(context: StoryContext): () => void {
  const worker = context.msw;
  const own: StoryHandlers = { handlers: [] };
  stories.delete(context.id);
  stories.set(context.id, own);
  context.msw = {
    start: (options) => worker.start(options),
    stop: () => worker.stop(),
    events: worker.events,
    use: (...handlers) => {
      own.handlers = [...handlers, ...own.handlers];
    },
    resetHandlers: (...handlers) => {
      own.handlers = handlers;
    },
    restoreHandlers: () => {
      for (const handler of own.handlers) if (handler instanceof RequestHandler) handler.isUsed = false;
    },
    listHandlers: () => own.handlers,
  };
  return () => {
    if (stories.get(context.id) === own) stories.delete(context.id);
  };
}
