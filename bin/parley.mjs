#!/usr/bin/env node
// The `parley` command: runs the TypeScript sources directly through tsx, so that the
// command works right after `npm install` with no build step.
//
// V8 is told to favour memory over speed before anything else runs: it then keeps its
// young generation small and collects the old one before it doubles, instead of letting
// the heap grow with the length of the run (16 MB semi-spaces, garbage waiting for a major
// GC). Reading a 1 GB dump then peaks within a few percent of reading 100 MB (`npm run
// bench:read`, which starts its readers through this file for that reason). The flag is
// one V8 reads at each collection, so setting it here, as the process starts, takes effect.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

v8.setFlagsFromString('--optimize-for-size');

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
