import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now, for a server process a test or script starts. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer().once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
