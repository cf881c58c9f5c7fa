const placeholder = /\{id\}/g;

/**
 * The URL of one session under a string endpoint: `{id}` placeholders are replaced, otherwise the
 * encoded id is appended to the path (before any query string).
 */
export function sessionUrl(endpoint: string, sessionId: string): string {
  const encoded = encodeURIComponent(sessionId);
  if (placeholder.test(endpoint)) return endpoint.replace(placeholder, encoded);
  const queryStart = endpoint.search(/[?#]/);
  const path = queryStart === -1 ? endpoint : endpoint.slice(0, queryStart);
  const rest = queryStart === -1 ? '' : endpoint.slice(queryStart);
  return `${path.replace(/\/+$/, '')}/${encoded}${rest}`;
}

/**
 * Resolves a relative URL against the document, as a browser's fetch would; test environments
 * whose fetch is Node's (jsdom) need it, and it changes nothing in a browser.
 */
export function resolveAgainstDocument(url: string): string {
  return typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
}
