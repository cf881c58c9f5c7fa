import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Node request, as `node:http` or Express hands it over (Express keeps the mounted path in `originalUrl`). */
export type NodeRequest = IncomingMessage & { originalUrl?: string };

/**
 * Adapts a Web-standard handler to `node:http` and Express: `app.use(toNodeHandler(handler))`.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>) {
  return async (incoming: NodeRequest, outgoing: ServerResponse): Promise<void> => {
    const url = new URL(incoming.originalUrl ?? incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = incoming.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
    const response = await handler(new Request(url, { method, headers, body: body && new Uint8Array(body) }));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  };
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
