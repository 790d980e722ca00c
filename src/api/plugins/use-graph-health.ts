/**
 * `/health`: 200 `{"status":"ok"}` when Neo4j answers, 503 `{"status":"unavailable"}`
 * when it does not (within `timeoutMs`). Yoga's own liveness check moves to `/live`.
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';

export interface GraphHealthOptions {
  /** Resolves when the graph answers. */
  ping: () => Promise<unknown>;
  /** Default `/health`. */
  endpoint?: string;
  /** How long to wait for the graph, default 2000 ms. */
  timeoutMs?: number;
}

export function useGraphHealth({ ping, endpoint = '/health', timeoutMs = 2000 }: GraphHealthOptions): Plugin {
  return useReadinessCheck({
    endpoint,
    check: async ({ fetchAPI }) => {
      let timer: NodeJS.Timeout | undefined;
      const ok = await Promise.race([
        ping().then(() => true, () => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]).finally(() => clearTimeout(timer));
      return new fetchAPI.Response(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }), {
        status: ok ? 200 : 503,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}
