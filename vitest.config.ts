import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - unit: everything but `*.int.test.ts` and `test/e2e/`; needs no database.
 * - integration: `*.int.test.ts` and `test/e2e/*.e2e.test.ts` (headless Chromium) against
 *   a real Neo4j that test/integration/global-setup.ts starts on free ports in a temporary
 *   folder (or PARLEY_TEST_NEO4J_URI). Files share that one server, so they run one at a
 *   time and each empties the database in beforeAll.
 */
export default defineConfig({
  // One copy of graphql for the code under test and the libraries (yoga, graphql-tools):
  // vite would pick graphql's ESM build, Node picks its CommonJS one, and GraphQLErrors
  // from one copy fail `instanceof` in the other (the API then masks them).
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }] },
  test: {
    teardownTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/e2e/**', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
