/**
 * `parley seed` end to end against the real Neo4j, as a user runs it (a subprocess):
 * seeding twice changes nothing, and a seed killed halfway (kill -9) and run again
 * ends with exactly the graph of an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonl } from '../../bench/generate-articles.ts';
import type { Graph } from '../../src/graph/index.ts';
import { childEnv, countGraph, fingerprint } from './seed-helpers.ts';
import { openTestGraph, resetDatabase, testConnection } from './test-graph.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const q = (text: string) => ({ name: 'test/seed', text });

function parley(args: string[], home: string) {
  const env = { ...childEnv(testConnection()), PARLEY_HOME: home };
  const run = spawnSync(process.execPath, ['bin/parley.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const articleCount = async (graph: Graph): Promise<number> =>
  (await graph.executor.read<{ n: number }>(q('MATCH (a:Article) RETURN count(a) AS n')))[0].n;

describe('parley seed', () => {
  let graph: Graph;
  let home: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetDatabase(graph.executor);
    home = mkdtempSync(join(tmpdir(), 'parley-seed-test-'));
  });
  afterAll(async () => {
    await graph.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('seeds seed/, and seeding it a second time leaves node and relationship counts unchanged', async () => {
    const first = parley(['seed', 'seed/', '--progress', 'none'], home);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/articles written/);
    const counts = await countGraph(graph);
    const print = await fingerprint(graph);
    expect(counts.nodes.Article).toBeGreaterThan(0);
    expect(counts.nodes.Event).toBeGreaterThan(0);

    const second = parley(['seed', 'seed/', '--progress', 'none'], home);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^0 articles written in \d+ batch(es)?, \d+ already in the graph/m);
    expect(await countGraph(graph)).toEqual(counts);
    expect(await fingerprint(graph)).toBe(print);
  });

  it('leads from every Event to an Article and a sentence in one query', async () => {
    const [row] = await graph.executor.read<{ events: number; sourced: number }>(q(`
      MATCH (e:Event)
      RETURN count(e) AS events,
             sum(CASE WHEN EXISTS { (e)-[r:REPORTED_IN]->(:Article) WHERE r.sentence IS NOT NULL AND r.start IS NOT NULL } THEN 1 ELSE 0 END) AS sourced`));
    expect(row.events).toBeGreaterThan(0);
    expect(row.sourced).toBe(row.events);
  });

  it('completes a seed killed halfway (kill -9): the same graph as an uninterrupted run', async () => {
    const dump = join(home, 'generated.jsonl');
    await writeJsonl(dump, 120, 7);
    await resetDatabase(graph.executor);
    const clean = parley(['seed', dump, '--batch-size', '10', '--progress', 'none'], home);
    expect(clean.status, clean.stderr).toBe(0);
    const expected = { counts: await countGraph(graph), print: await fingerprint(graph) };
    const total = expected.counts.nodes.Article;

    await resetDatabase(graph.executor);
    const child = spawn(process.execPath, ['bin/parley.mjs', 'seed', dump, '--batch-size', '10', '--progress', 'none'], {
      cwd: ROOT, env: { ...childEnv(testConnection()), PARLEY_HOME: home }, stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let written = 0;
    for (let i = 0; i < 3000 && written < 30; i++) {
      await new Promise((r) => setTimeout(r, 100));
      written = await articleCount(graph);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // A COMMIT the client sent before it died still completes on the server (and a
    // transaction cut off mid-way is rolled back): count once the graph has settled.
    let partial = await articleCount(graph);
    for (let settled = -1; settled !== partial;) {
      settled = partial;
      await new Promise((r) => setTimeout(r, 1500));
      partial = await articleCount(graph);
    }
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(total);
    expect(partial % 10).toBe(0); // whole batches only: no half-written article

    const rerun = parley(['seed', dump, '--batch-size', '10', '--progress', 'none'], home);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`${total - partial} articles written .* ${partial} already in the graph`));
    expect({ counts: await countGraph(graph), print: await fingerprint(graph) }).toEqual(expected);
  }, 600_000);

  it('fails with a clear error and a non-zero exit when Neo4j cannot be reached', () => {
    const env = { ...childEnv(testConnection()), NEO4J_URI: 'bolt://127.0.0.1:1', PARLEY_HOME: home };
    const run = spawnSync(process.execPath, ['bin/parley.mjs', 'seed', 'seed/', '--progress', 'none'], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/^parley: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable.*\[NEO4J_UNAVAILABLE\]/m);
  });
});
