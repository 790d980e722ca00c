/**
 * Bounds the time a request may execute: after `ms` the client gets an error with
 * code TIMEOUT instead of waiting on (the queries of an abandoned request finish or
 * fail on their own and are ignored).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useRequestTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () => resolve({ errors: [new GraphQLError(`The request took longer than ${ms} ms and was stopped.`, { extensions: { code: 'TIMEOUT' } })] }),
            ms,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timeout]).finally(() => clearTimeout(timer)) as ReturnType<typeof executeFn>;
      });
    },
  };
}
