/**
 * The explore queries and the Browser style sheet, read without a database: each
 * query file is `:param` lines and one statement; the style gives every label a colour
 * and a caption. (That each query returns rows on the sample graph is checked by
 * test/integration/explore.int.test.ts; that Browser runs them, by test/e2e.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STYLE_FILE } from '../src/cli/browse.ts';
import { exploreFiles, parseExploreText } from './support/explore-file.ts';

const LABELS = ['Person', 'State', 'Organization', 'Place', 'Talks', 'Sanction', 'Agreement', 'Aid', 'Article', 'Event'];

describe('cypher/explore', () => {
  const files = exploreFiles();

  it('holds at least six questions, each with a comment, :param lines and one statement', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      expect(readFileSync(file.path, 'utf8'), file.name).toMatch(/^\/\/ /);
      expect(file.params.length, file.name).toBeGreaterThan(0);
      for (const { name } of file.params) expect(file.query, `${file.name} uses $${name}`).toContain(`$${name}`);
    }
  });

  it('gives a parameter name one meaning across files, since Browser keeps parameters between queries', () => {
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const { name, expression } of file.params) {
        const kind = /^'\d{4}-\d{2}-\d{2}'$/.test(expression) ? 'date' : name;
        if (seen.has(name)) expect(`${name}: ${kind}`, file.name).toBe(`${name}: ${seen.get(name)}`);
        seen.set(name, kind);
      }
    }
  });

  it('reads :param lines the way Browser does and rejects other commands', () => {
    expect(parseExploreText(":param a => 'x';\n:param n => 3\n\nRETURN $a, $n;")).toEqual({
      name: '<text>',
      params: [{ name: 'a', expression: "'x'" }, { name: 'n', expression: '3' }],
      query: 'RETURN $a, $n',
    });
    expect(() => parseExploreText(':style reset\nRETURN 1')).toThrow(/only :param/);
    expect(() => parseExploreText(':param a => 1;\nRETURN 1; RETURN 2')).toThrow(/more than one/);
  });
});

describe('cypher/browser/style.grass', () => {
  const grass = readFileSync(STYLE_FILE, 'utf8');
  const rule = (selector: string) => new RegExp(`^${selector.replace('.', '\\.')}\\s*\\{([\\s\\S]*?)^\\}`, 'm').exec(grass)?.[1];

  it('gives every label a colour and a caption', () => {
    for (const label of LABELS) {
      const body = rule(`node.${label}`);
      expect(body, `node.${label}`).toBeDefined();
      expect(body, `node.${label} colour`).toMatch(/(^|;)\s*color:\s*#[0-9A-F]{6};/i);
      expect(body, `node.${label} caption`).toMatch(/caption:\s*"[^"]+";/);
    }
    expect(rule('node.Sanction')).toContain('caption: "{name} ({status})"');
    expect(rule('node.Article')).toContain('caption: "{title}"');
  });

  it('captions relationships with their type', () => {
    expect(rule('relationship')).toContain('caption: "<type>"');
  });

  it('is plain grass Browser can parse: no comments, no colon or semicolon inside values', () => {
    expect(grass).not.toMatch(/\/\*|\/\//);
    for (const [, value] of grass.matchAll(/"([^"]*)"/g)) expect(value).not.toMatch(/[:;]/);
  });
});
