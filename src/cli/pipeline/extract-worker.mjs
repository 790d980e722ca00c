// Entry of an extraction worker thread: workers do not inherit the parent's TypeScript
// loader, so this registers tsx before loading the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
