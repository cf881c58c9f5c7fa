import { QueryClient } from '@tanstack/react-query';

let browserClient: QueryClient | undefined;

/**
 * The client used when the app gives none: one per page in the browser, created on first use and
 * mounted so that TanStack's online and focus managers reach it.
 */
export function libraryQueryClient(): QueryClient {
  // A server-side singleton would share one cache between the requests of different users.
  if (typeof window === 'undefined') return new QueryClient();
  if (!browserClient) {
    browserClient = new QueryClient();
    browserClient.mount();
  }
  return browserClient;
}
