import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { toNodeHandler } from '../../src/server';

/** An HTTP answer as read off the socket; a repeated header's values joined with `, `. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `bytes` as they are on a new connection to 127.0.0.1:`port` and reads the answer until the
 * server closes it (the request should say `Connection: close`: the client never half-closes, which
 * Node's server takes for an aborted request); `undefined` when it closed
 * without answering.
 */
export function rawExchange(port: number, bytes: string | Buffer): Promise<RawAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve(parseAnswer(Buffer.concat(chunks)));
    });
  });
}

/** Opens a connection, sends `bytes`, and closes it at once: a client gone halfway through its request. */
export function abandonRequest(port: number, bytes: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes, () => {
        socket.destroy();
        resolve();
      });
    });
  });
}

function parseAnswer(raw: Buffer): RawAnswer | undefined {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return undefined;
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const name = line.slice(0, line.indexOf(':')).toLowerCase();
    const value = line.slice(line.indexOf(':') + 1).trim();
    headers[name] = name in headers ? `${headers[name]!}, ${value}` : value;
  }
  const rest = raw.subarray(split + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? dechunk(rest) : rest;
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const end = raw.indexOf('\r\n', at);
    const size = parseInt(raw.subarray(at, end).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(raw.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
}

/**
 * A `node:http` server on 127.0.0.1 serving `handler` through `toNodeHandler`, keeping the
 * adapter's promise of every request so that a test can wait for each to settle.
 */
export async function serveThroughAdapter(handler: (request: Request) => Promise<Response>) {
  const adapter = toNodeHandler(handler);
  const settled: Array<Promise<void>> = [];
  const server: Server = createServer((incoming, outgoing) => {
    settled.push(adapter(incoming, outgoing));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    /** The adapter's promises, one per request received so far. */
    settled,
    /** Resolves when the server receives its next request, with the adapter's promise for it. */
    nextRequest: async () => {
      await once(server, 'request');
      return { handled: settled[settled.length - 1]! };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
