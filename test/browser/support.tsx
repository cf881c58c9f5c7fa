import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, onTestFinished, vi } from 'vitest';

/** The app backend and the partners' CDNs at the network edge, through MSW's service worker. */
export function startWorker() {
  const worker = setupWorker();
  const backendRequests: string[] = [];
  beforeAll(async () => {
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.startsWith('/api/')) backendRequests.push(request.url);
    });
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  afterEach(() => {
    worker.resetHandlers();
    backendRequests.length = 0;
  });
  afterAll(() => worker.stop());
  return { worker, backendRequests };
}

let roots: Root[] = [];
afterEach(() => {
  for (const root of roots) root.unmount();
  roots = [];
  for (const child of Array.from(document.body.children)) if (child.tagName !== 'SCRIPT') child.remove();
});

/**
 * Renders under StrictMode with a fresh client, into a container of its own; with `committed`,
 * the first render and its commit (the launcher's first commands) are done when it returns.
 */
export function mount(ui: ReactNode, { committed = false } = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  // Rendered as an app renders, without act(): the assertions wait for what a user would see.
  const tree = (
    <StrictMode>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </StrictMode>
  );
  if (committed) flushSync(() => root.render(tree));
  else root.render(tree);
  return {
    container,
    client,
    unmount: () => {
      root.unmount();
      roots = roots.filter((other) => other !== root);
    },
  };
}

/** Counts the window's `message` listeners added and not removed during the current test. */
export function trackMessageListeners() {
  const live = new Set<unknown>();
  const add = vi.spyOn(window, 'addEventListener').mockImplementation(function (this: Window, type, listener, options) {
    if (type === 'message') live.add(listener);
    return EventTarget.prototype.addEventListener.call(this, type, listener, options);
  });
  const remove = vi.spyOn(window, 'removeEventListener').mockImplementation(function (this: Window, type, listener, options) {
    if (type === 'message') live.delete(listener);
    return EventTarget.prototype.removeEventListener.call(this, type, listener, options);
  });
  onTestFinished(() => {
    add.mockRestore();
    remove.mockRestore();
  });
  return { count: () => live.size };
}

/** Script tags whose src starts with `prefix`. */
export function scriptsFrom(prefix: string): HTMLScriptElement[] {
  return Array.from(document.scripts).filter((script) => script.src.startsWith(prefix));
}
