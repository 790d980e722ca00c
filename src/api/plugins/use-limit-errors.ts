/**
 * Gives the query limits clear errors: the page-size rule runs with validation, and
 * graphql-armor's rejections ("Syntax Error: Query depth limit of 12 exceeded…")
 * become `GRAPHQL_VALIDATION_FAILED` errors with a `reason` (MAX_DEPTH, MAX_COST,
 * MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS). A page too large is reported alone, not
 * also as the cost it would have had.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxPageSizeRule } from './max-page-size-rule.ts';

const REASONS: [RegExp, string][] = [
  [/depth limit/i, 'MAX_DEPTH'],
  [/cost limit/i, 'MAX_COST'],
  [/aliases limit/i, 'MAX_ALIASES'],
  [/directives limit/i, 'MAX_DIRECTIVES'],
  [/token limit/i, 'MAX_TOKENS'],
];

function withReason(error: GraphQLError): GraphQLError {
  if (!error.message.startsWith('Syntax Error: ')) return error;
  const reason = REASONS.find(([pattern]) => pattern.test(error.message))?.[1];
  if (!reason) return error;
  return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    nodes: error.nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason },
  });
}

export function useLimitErrors(maxPageSize: number): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withReason(result));
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxPageSizeRule(maxPageSize));
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        let errors = (result as GraphQLError[]).map(withReason);
        if (errors.some((e) => e.extensions.reason === 'PAGE_TOO_LARGE')) errors = errors.filter((e) => e.extensions.reason !== 'MAX_COST');
        setResult(errors);
      };
    },
  };
}
