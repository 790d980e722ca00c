import { describe, expect, it } from 'vitest';
import { readAll, SHARED } from './helpers.ts';

describe('the seed article (plain text)', () => {
  it('reads with its headline as title, the dateline split off, no date, and the body ending before "Source link"', async () => {
    const { articles, diagnostics } = await readAll([`${SHARED}seed-article.txt`]);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a.title).toBe('Russia-Ukraine War: Putin Open To Negotiations, Lays Down Major Prerequisite');
    expect(a.dateline).toBe('New Delhi');
    expect(a.published).toBeNull();
    expect(a.url).toBeNull();
    expect(a.body.startsWith('Russian President Vladimir Putin is open to renewed peace talks with Ukraine')).toBe(true);
    expect(a.body.endsWith('whether meaningful progress toward peace is possible.')).toBe(true);
    expect(a.body).not.toContain('Source link');
    expect(a.body).not.toContain('World News');
    expect(a.body.split('\n\n')).toHaveLength(8);
    expect(a.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(a.origin).toMatch(/seed-article\.txt#1$/);
  });
});
