import { describe, expect, it } from 'vitest';
import { splitField, splitSentences } from '../../src/extract/sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dotted acronyms inside a sentence', () => {
    const text = 'Mr. Putin met U.S. President Donald J. Trump on Jan. 5 in Anchorage. Gen. Smith was there.';
    expect(splitField(text, 'body').map((s) => s.text)).toEqual([
      'Mr. Putin met U.S. President Donald J. Trump on Jan. 5 in Anchorage.', 'Gen. Smith was there.']);
  });
  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    expect(splitField('Talks were held in the U.S. The delegates left.', 'body').map((s) => s.text))
      .toEqual(['Talks were held in the U.S.', 'The delegates left.']);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(splitField('He said: "We will not agree." Then he left.', 'body').map((s) => s.text))
      .toEqual(['He said: "We will not agree."', 'Then he left.']);
  });
  it('gives offsets exact into the field text, with paragraphs by line', () => {
    const body = 'First one. Second one!\nThird one?';
    const ss = splitSentences({ title: 'A title', body });
    expect(ss[0]).toMatchObject({ field: 'title', index: 0, text: 'A title' });
    for (const s of ss.filter((x) => x.field === 'body')) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });
  it('flags link teasers and embedded-post signatures as boilerplate', () => {
    const ss = splitField('Also Read | Who blinked first?\n— Jane Roe (@janeroe) May 2, 2025', 'body');
    expect(ss.every((s) => s.boilerplate)).toBe(true);
  });
});
