/**
 * A validation rule: a literal `first` larger than the maximum page size fails the
 * request before it runs, with BAD_USER_INPUT / PAGE_TOO_LARGE (the resolvers check
 * `first` given through variables the same way).
 */
import { Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import { badInput } from '../bad-input.ts';

export function maxPageSizeRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return;
      const n = Number(node.value.value);
      if (n > max) {
        const error = badInput('PAGE_TOO_LARGE', `first must be at most ${max} (the maximum page size), got ${n}`, 'first');
        context.reportError(Object.assign(error, { nodes: [node] }));
      }
    },
  });
}
