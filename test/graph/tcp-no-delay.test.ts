/** Outgoing sockets are opened with TCP_NODELAY once a driver has been made (`useTcpNoDelay`). */
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTcpNoDelay } from '../../src/graph/tcp-no-delay.ts';

afterEach(() => vi.restoreAllMocks());

describe('useTcpNoDelay', () => {
  it('sets TCP_NODELAY on each socket it connects, and wraps connect once however often it is called', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    useTcpNoDelay();
    const wrapped = net.Socket.prototype.connect;
    useTcpNoDelay();
    expect(net.Socket.prototype.connect).toBe(wrapped);
    const setNoDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('error', reject));
    expect(setNoDelay).toHaveBeenCalledWith(true);
    expect(setNoDelay.mock.contexts).toContain(socket);
    socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
