import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBodies, jsonResponse } from './json-response';
import { bodyTooLarge, declaredTooLarge, maxBodyBytes } from './request-body';

/** A Node request, as `node:http` or Express hands it over (Express keeps the mounted path in `originalUrl`). */
export type NodeRequest = IncomingMessage & { originalUrl?: string };

const hostHeader = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
// The methods a Web Request refuses to carry; Node's parser lets TRACE (and CONNECT, through its own event) in.
const refusedMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Adapts a Web-standard handler to `node:http` and Express: `app.use(toNodeHandler(handler))`.
 *
 * Answers what never reaches the handler itself, in Dwolla's error shape: a method a Web `Request`
 * cannot carry (`TRACE`, `CONNECT`) with `405` and `Allow: GET, POST`, a malformed `Host` or
 * request target with `400`, a body over the handler's limit with `413` before reading it whole;
 * a handler that throws with `500`. A client gone halfway ends its request quietly. The promise
 * it returns never rejects.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>) {
  return async (incoming: NodeRequest, outgoing: ServerResponse): Promise<void> => {
    try {
      await send(outgoing, await respond(handler, incoming));
    } catch {
      // The client went away (its socket is gone), or the handler failed: answer if still possible.
      if (outgoing.headersSent || incoming.socket.destroyed) outgoing.destroy();
      else await send(outgoing, jsonResponse(errorBodies.serverError, 500)).catch(() => outgoing.destroy());
    }
  };
}

async function respond(handler: (request: Request) => Promise<Response>, incoming: NodeRequest): Promise<Response> {
  const host = incoming.headers.host ?? 'localhost';
  if (!hostHeader.test(host)) return jsonResponse(errorBodies.badHost, 400);
  const method = incoming.method ?? 'GET';
  if (refusedMethods.has(method)) return jsonResponse(errorBodies.methodNotAllowed, 405, { Allow: 'GET, POST' });
  const url = requestUrl(host, incoming.originalUrl ?? incoming.url ?? '/');
  if (!url) return jsonResponse(errorBodies.badTarget, 400);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  if (method === 'GET' || method === 'HEAD') return handler(new Request(url, { method, headers }));
  if (declaredTooLarge(headers)) return bodyTooLarge();
  const body = await readBody(incoming);
  return body ? handler(new Request(url, { method, headers, body })) : bodyTooLarge();
}

function requestUrl(host: string, target: string): URL | undefined {
  try {
    // Origin-form only: a target such as `//other.example/…` stays a path of this host.
    return target.startsWith('/') ? new URL(`http://${host}${target}`) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The body, or `undefined` as soon as it passes the limit: the rest then flows on unread, as Node
 * discards a body nobody reads. Rejects when the client goes away before the body ends.
 */
function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const take = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBodyBytes) chunks.push(chunk);
      else {
        incoming.off('data', take);
        resolve(undefined);
      }
    };
    incoming.on('data', take);
    incoming.once('end', () => {
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    incoming.on('error', reject);
    incoming.once('close', () => {
      reject(new Error('The client went away before its body ended.'));
    });
  });
}

async function send(outgoing: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) if (name !== 'set-cookie') headers[name] = value;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}
