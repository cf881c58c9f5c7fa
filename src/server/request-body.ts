import { errorBodies, jsonResponse } from './json-response';

/** The most bytes a request body may have: the routes' largest valid body (a card's funding source) is well under 2 kB. */
export const maxBodyBytes = 8 * 1024;

/** Whether the request says, by its `Content-Length`, that its body is over `limit` bytes. */
export function declaredTooLarge(headers: Headers, limit = maxBodyBytes): boolean {
  return Number(headers.get('content-length') ?? 0) > limit;
}

/** `413` for a body over `limit` bytes, closing the connection: the rest of the body is not worth reading. */
export function bodyTooLarge(limit = maxBodyBytes): Response {
  return jsonResponse({ code: 'RequestEntityTooLarge', message: `The request body is larger than ${String(limit / 1024)} kB.` }, 413, { Connection: 'close' });
}

/**
 * The JSON body of a POST, or the answer refusing it: `415` unless it is `application/json` (a
 * form or a `text/plain` POST from another site is never read), `413` past {@link maxBodyBytes},
 * checked before the body is read whole, `400` when it is not UTF-8 JSON or cannot be read. With
 * `emptyAs`, an empty body is read as that value (a POST that needs no fields); still JSON only.
 */
export async function readJsonBody(request: Request, { emptyAs }: { emptyAs?: unknown } = {}): Promise<{ json: unknown } | { refused: Response }> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { refused: jsonResponse(errorBodies.unsupportedMediaType, 415) };
  if (declaredTooLarge(request.headers)) return { refused: bodyTooLarge() };
  const bytes = await readBoundedBody(request, maxBodyBytes).catch(() => undefined);
  if (bytes === 'tooLarge') return { refused: bodyTooLarge() };
  try {
    if (!bytes) throw new Error('unreadable');
    if (bytes.byteLength === 0 && emptyAs !== undefined) return { json: emptyAs };
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { refused: jsonResponse(errorBodies.badJson, 400) };
  }
}

/**
 * The request's body, read as a stream: `'tooLarge'` as soon as it passes `limit` bytes, with the
 * rest left unread. Rejects when the body cannot be read.
 */
export async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'tooLarge'> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    length += read.value.byteLength;
    if (length > limit) {
      await reader?.cancel();
      return 'tooLarge';
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(length);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return bytes;
}
