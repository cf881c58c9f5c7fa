import { errorBodies, jsonResponse } from './json-response';

/** The most bytes a request body may have: the routes' largest valid body (a card's funding source) is well under 2 kB. */
export const maxBodyBytes = 8 * 1024;

/** Whether the request says, by its `Content-Length`, that its body is over {@link maxBodyBytes}. */
export function declaredTooLarge(headers: Headers): boolean {
  return Number(headers.get('content-length') ?? 0) > maxBodyBytes;
}

/** `413`, closing the connection: the rest of the body is not worth reading. */
export function bodyTooLarge(): Response {
  return jsonResponse(errorBodies.tooLarge, 413, { Connection: 'close' });
}

/**
 * The JSON body of a POST, or the answer refusing it: `415` unless it is `application/json` (a
 * form or a `text/plain` POST from another site is never read), `413` past {@link maxBodyBytes},
 * checked before the body is read whole, `400` when it is not UTF-8 JSON or cannot be read.
 */
export async function readJsonBody(request: Request): Promise<{ json: unknown } | { refused: Response }> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { refused: jsonResponse(errorBodies.unsupportedMediaType, 415) };
  if (declaredTooLarge(request.headers)) return { refused: bodyTooLarge() };
  const bytes = await readBounded(request).catch(() => undefined);
  if (bytes === 'tooLarge') return { refused: bodyTooLarge() };
  try {
    if (!bytes) throw new Error('unreadable');
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { refused: jsonResponse(errorBodies.badJson, 400) };
  }
}

async function readBounded(request: Request): Promise<Uint8Array | 'tooLarge'> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    length += read.value.byteLength;
    if (length > maxBodyBytes) {
      await reader?.cancel();
      return 'tooLarge';
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(length);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return bytes;
}
