#!/usr/bin/env -S node --max-semi-space-size=8
// The `parley` command: runs the TypeScript sources directly through tsx, so that the
// command works right after `npm install` with no build step.
//
// The command starts Node with a young generation capped at 8 MB semi-spaces (the line
// above, and the npm scripts): V8 otherwise doubles them during a long run, so reading a
// 1 GB dump would peak ~30 % above reading 100 MB for no gain. Extraction speed is the
// same either way (measured); `npm run bench:read` starts its readers with the same flag.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Whether this file is the program (`node bin/parley.mjs`, the `parley` link), not imported. */
function isMain() {
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
