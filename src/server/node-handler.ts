import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBodies, jsonResponse } from './json-response';
import { nodeRequestUrl } from './node-request-url';
import { adapterRulesOf, type AdapterRules } from './adapter-rules';
import { bodyTooLarge, declaredTooLarge } from './request-body';

/** A Node request, as `node:http` or Express hands it over (Express keeps the mounted path in `originalUrl`). */
export type NodeRequest = IncomingMessage & { originalUrl?: string };

// The methods a Web Request refuses to carry; Node's parser lets TRACE (and CONNECT, through its own event) in.
const refusedMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Adapts a Web-standard handler to `node:http` and Express: `app.use(toNodeHandler(handler))`.
 *
 * Answers what never reaches the handler itself, in Dwolla's error shape: a method a Web `Request`
 * cannot carry (`TRACE`, `CONNECT`) with `405` and the handler's `Allow` (`GET, POST`; `POST` for
 * the webhook handler, which has the adapter refuse every other method too), a malformed `Host` or
 * request target with `400`, a body over the handler's limit (8 kB; 64 kB for the webhook handler)
 * with `413` before reading it whole;
 * a handler that throws with `500`. Any `Host` of RFC 3986 is taken (`app_backend:3000`), and an
 * absolute-form target (`GET http://host/path`) is served as its origin form. A request from an
 * origin the handler's `allowedOrigins` refuses is `403` before any of these. A client gone
 * halfway ends its request quietly. The promise it returns never rejects.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>) {
  const rules = adapterRulesOf(handler);
  return async (incoming: NodeRequest, outgoing: ServerResponse): Promise<void> => {
    try {
      await send(outgoing, await respond(handler, rules, incoming));
    } catch {
      // The client went away (its socket is gone), or the handler failed: answer if still possible.
      if (outgoing.headersSent || incoming.socket.destroyed) outgoing.destroy();
      else await send(outgoing, jsonResponse(errorBodies.serverError, 500)).catch(() => outgoing.destroy());
    }
  };
}

async function respond(handler: (request: Request) => Promise<Response>, rules: AdapterRules, incoming: NodeRequest): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const target = nodeRequestUrl(incoming.headers.host ?? 'localhost', incoming.originalUrl ?? incoming.url ?? '/');
  // A foreign origin is refused first, as the handler would, before anything is read or refused here.
  const asked = new Request('url' in target ? target.url : 'http://localhost/', { method: refusedMethods.has(method) ? 'GET' : method, headers });
  if (!rules.fromAllowedOrigin(asked)) return jsonResponse(errorBodies.forbiddenOrigin, 403);
  if ('refused' in target) return jsonResponse(target.refused, 400);
  if (refusedMethods.has(method) || (rules.refusesOtherMethods && !rules.allow.includes(method))) {
    return jsonResponse(errorBodies.methodNotAllowed, 405, { Allow: rules.allow.join(', ') });
  }
  if (method === 'GET' || method === 'HEAD') return handler(new Request(target.url, { method, headers }));
  if (declaredTooLarge(headers, rules.maxBodyBytes)) return bodyTooLarge(rules.maxBodyBytes);
  const body = await readBody(incoming, rules.maxBodyBytes);
  return body ? handler(new Request(target.url, { method, headers, body })) : bodyTooLarge(rules.maxBodyBytes);
}

/**
 * The body, or `undefined` as soon as it passes the limit: the rest then flows on unread, as Node
 * discards a body nobody reads. Rejects when the client goes away before the body ends.
 */
function readBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const take = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) chunks.push(chunk);
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
