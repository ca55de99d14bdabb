import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay in front of a real server (PostgreSQL, Redis): `cut()` closes it and every
 * connection through it, a real connection loss for the client; `restore()` listens again on the same port.
 * @example const relay = await startTcpRelay(6379); const url = `redis://127.0.0.1:${relay.port}`; await relay.cut();
 */
export async function startTcpRelay(targetPort: number, targetHost = '127.0.0.1'): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const end of [client, upstream]) {
          sockets.add(end);
          end.on('error', () => end.destroy());
          end.on('close', () => {
            sockets.delete(end);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve((s.address() as { port: number }).port);
      });
    });
  const port = await listen(0);
  const cut = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
      for (const s of sockets) s.destroy();
    });
  return { port, cut, restore: async () => void (await listen(port)), close: cut };
}
