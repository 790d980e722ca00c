/**
 * The extraction worker as one plain JavaScript file, so that a worker thread starts
 * without tsx: no loader-hooks thread of its own, no TypeScript module resolved and
 * loaded through the hooks one by one. The bundle is made with esbuild (the transpiler
 * tsx itself uses, same options) the first time it is needed, and kept in
 * `node_modules/.cache/parley/`; it is used again only while every source file that
 * went into it has the same content (sha256 of each, checked at every start: ~60 files,
 * a few ms), so an edited source never runs stale. Anything going wrong here (esbuild
 * missing, a read-only install) returns null: the caller then starts the worker through
 * tsx as before. By `--cpu-prof` over 6,000 generated articles with 2 workers: a worker
 * reaches its first batch after ~0.3 s of CPU instead of ~0.55, and the two workers' tsx
 * hook threads (0.3–0.45 CPU-s each) are gone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Changes whenever the build options below change, so that an older bundle is not reused. */
const FORMAT = 1;

const PIPELINE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(PIPELINE, '../../..');
const ENTRY = join(PIPELINE, 'extract-worker.ts');

interface Manifest { key: string; bundle: string; inputs: Record<string, string> }

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** The hash of a file's content, or null when it cannot be read. */
function fileHash(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** True when every input of the manifest still has the content it was bundled from. */
function upToDate(manifest: Manifest, key: string): boolean {
  if (manifest.key !== key) return false;
  for (const [path, hash] of Object.entries(manifest.inputs)) if (fileHash(resolve(ROOT, path)) !== hash) return false;
  return true;
}

/** Drops bundles of older sources, once they are an hour old (a `parley` started just before may still be loading one). */
function removeOld(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || !name.startsWith('extract-worker-')) continue;
    const path = join(cacheDir, name);
    if (Date.now() - statSync(path).mtimeMs > 3600_000) rmSync(path, { force: true });
  }
}

/**
 * The path of an up-to-date bundle of `extract-worker.ts`, made now if need be; null
 * when none can be had (the caller falls back to the tsx entry). `cacheDir` is for tests.
 */
export function workerBundle(cacheDir = join(ROOT, 'node_modules/.cache/parley')): string | null {
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    const key = `${FORMAT} esbuild ${esbuild.version} node ${process.versions.node}`;
    const manifestPath = join(cacheDir, 'extract-worker.json');
    let manifest: Manifest | null = null;
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    } catch { /* no bundle yet */ }
    if (manifest && upToDate(manifest, key)) return join(cacheDir, manifest.bundle);

    const started = Date.now();
    const result = esbuild.buildSync({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node}`,
      packages: 'external', // npm packages load from node_modules, as they do through tsx
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    const inputs: Record<string, string> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const path = resolve(ROOT, input);
      const hash = fileHash(path);
      // A source saved while (or just before) esbuild read it: the bundle may not hold what was hashed. Not kept; tsx this time.
      if (hash === null || statSync(path).mtimeMs >= started - 1000) return null;
      inputs[relative(ROOT, path)] = hash;
    }
    const bundle = `extract-worker-${sha256(code).slice(0, 16)}.mjs`;
    mkdirSync(cacheDir, { recursive: true });
    // Written under temporary names, then renamed: another `parley` starting meanwhile sees a whole file or none.
    const tmp = `.${process.pid}-${Date.now()}`;
    writeFileSync(join(cacheDir, bundle + tmp), code);
    renameSync(join(cacheDir, bundle + tmp), join(cacheDir, bundle));
    writeFileSync(manifestPath + tmp, JSON.stringify({ key, bundle, inputs } satisfies Manifest));
    renameSync(manifestPath + tmp, manifestPath);
    removeOld(cacheDir, bundle);
    return join(cacheDir, bundle);
  } catch {
    return null;
  }
}
