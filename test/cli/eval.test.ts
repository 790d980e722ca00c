import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['bin/parley.mjs', 'eval', ...args], { encoding: 'utf8' });

describe('parley eval', () => {
  it('scores a dump against gold and explains what it missed', () => {
    const r = run('--gold', 'test/fixtures/eval/gold.jsonl', 'test/fixtures/eval/dump.jsonl', '--explain');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^events full\s+P /m);
    expect(r.stdout).toMatch(/^ {2}PROPOSES\s+P /m);
    expect(r.stdout).toContain('missed   ACCUSES POL -> UKR');
    expect(r.stdout).toContain('"an event no rule should find"');
  });

  it('prints the report as JSON with every article predicted', () => {
    const out = execFileSync('node', ['bin/parley.mjs', 'eval', '--gold', 'test/fixtures/eval/gold.jsonl', 'test/fixtures/eval/dump.jsonl', '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.articles).toBe(1);
    expect(report.missingArticles).toBe(0);
    expect(report.states.tp).toBe(2);
    expect(report.eventsFull.fn).toBeGreaterThanOrEqual(1);
  });

  it('names the file and line of a bad gold record, without a stack trace', () => {
    const r = run('--gold', 'test/fixtures/eval/dump.jsonl.missing', 'test/fixtures/eval/dump.jsonl');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read the gold file .*dump\.jsonl\.missing.*\[INPUT\]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
