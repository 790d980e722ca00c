// Entry of an extraction worker thread when no bundle of it can be had (see
// worker-bundle.ts): workers do not inherit the parent's TypeScript loader, so this
// registers tsx before loading the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
