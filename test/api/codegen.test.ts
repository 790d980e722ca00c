/** The committed resolver types are what graphql-codegen makes from schema.graphql now (`npm run codegen`). */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

describe('generated resolver types', () => {
  it('are not stale (run `npm run codegen` after changing schema.graphql)', async () => {
    const outputs = await generate({ ...config, cwd: new URL('../..', import.meta.url).pathname, silent: true }, false);
    expect(outputs).toHaveLength(1);
    const committed = readFileSync(new URL('../../src/api/generated/resolvers-types.ts', import.meta.url), 'utf8');
    expect(committed).toBe(outputs[0].content);
  }, 60_000);
});
