/**
 * Bolt sockets without Nagle's algorithm. The Neo4j JavaScript driver leaves Node's
 * default (Nagle on) and offers no option for it; with Nagle on, a query whose request
 * or answer spans more than one write waits for the peer's delayed ACK, some 40 ms on
 * Linux, while the server took a millisecond (measured on the bench:api graph: 47 ms a
 * query with Nagle, 2–6 ms without). The official Python driver sets TCP_NODELAY for the
 * same reason (neo4j/neo4j-python-driver#1122). Node has no process-wide default for it, so this wraps
 * `net.Socket.prototype.connect` (which `net.connect` and `tls.connect` both reach) to
 * set it on every outgoing socket; Node's own HTTP client already does so.
 */
import net from 'node:net';

let installed = false;

/** Sets TCP_NODELAY on every TCP socket this process opens from now on (idempotent). */
export function useTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}
