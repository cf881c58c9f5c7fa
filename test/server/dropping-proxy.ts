import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server on `targetPort` that passes every connection
 * through, except that it can lose one answer mid-flight: the server has answered, its first bytes
 * (`HTTP/1.1 2`) reach the client, and the connection is then cut, as a network failing on the
 * way back does. The server never learns it.
 */
export async function startDroppingProxy(targetPort: number) {
  let dropNext: (() => void) | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    const dropped = dropNext;
    dropNext = undefined;
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (!dropped) return void client.write(chunk);
      upstream.destroy();
      client.end(chunk.subarray(0, 10), () => {
        client.destroy();
        dropped();
      });
    });
    upstream.on('end', () => client.end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    /** Loses the answer on the next connection; resolves once it is cut. */
    dropNextAnswer: () => new Promise<void>((resolve) => (dropNext = resolve)),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
