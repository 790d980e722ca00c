#!/usr/bin/env node
// The `parley` command: runs the TypeScript sources directly through tsx, so that the
// command works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
