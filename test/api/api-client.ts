/** Test helpers: an API server on a random port over a given executor, and a GraphQL POST over real HTTP. */
import { loadConfig, type Config } from '../../src/config.ts';
import type { Executor } from '../../src/graph/executor.ts';
import { startApiServer, type RunningApi } from '../../src/api/server.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

export async function startTestApi(executor: Executor, api: Partial<Config['api']> = {}): Promise<RunningApi> {
  const base = loadConfig({}).api;
  return startApiServer({ executor, api: { ...base, host: '127.0.0.1', port: 0, ...api }, log: () => {} });
}

export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  return { ...body, status: res.status };
}

/** The codes of a response's errors. */
export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
export const reasons = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.reason);
