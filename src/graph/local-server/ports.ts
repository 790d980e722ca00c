/** Port checks made before launching, so a taken port is reported as such (PORT_IN_USE). */
import { createServer } from 'node:net';
import { ParleyError } from '../../errors.ts';

/** Resolves true when nothing listens on `host:port` (we could bind it). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** Throws PORT_IN_USE naming the setting to change when `port` is taken. */
export async function assertPortFree(port: number, what: string, setting: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new ParleyError('PORT_IN_USE', `port ${port} (${what}) on 127.0.0.1 is already in use`, {
      details: `Stop what listens there, or choose another port with ${setting}.`,
    });
  }
}

/** A port the operating system reports free right now (for throwaway servers in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
