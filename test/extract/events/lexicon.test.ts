import { describe, expect, it } from 'vitest';
import { findForms } from '../../../src/extract/events/lexicon.ts';
import { isSpaceCode } from '../../../src/extract/white-space.ts';

const spans = (text: string) => findForms(text).map((h) => [h.start, h.end, h.text, h.entry.trigger?.rule ?? h.entry.object?.subtype]);

describe('findForms', () => {
  it('matches forms in any case, the longest form at a position winning', () => {
    expect(spans('Russia and Ukraine: TALKS BY PHONE; the talks failed.')).toEqual([
      [20, 34, 'TALKS BY PHONE', 'meets.talks'],
      [40, 45, 'talks', 'talks'],
    ]);
    // Left to right without overlaps: "held talks" is a form of its own, and takes "talks" first.
    expect(spans('They held talks by phone.').map((h) => h[2])).toEqual(['held talks']);
  });

  it('reads no form inside a form already matched, and needs whole words', () => {
    // "request" inside "at the request of" starts nothing; "talksx" and "xtalks" are no "talks".
    const hits = spans('It came at the request of Kyiv, not talksx or xtalks.');
    expect(hits).toEqual([[8, 25, 'at the request of', 'demands.request-of']]);
  });

  it('lets white space and quotation marks sit between the words of a form', () => {
    expect(spans('He called  for calm and would “like to talk” soon.').map((h) => h[2])).toEqual(['called  for', 'would “like to talk']);
  });

  it('finds the same forms whether or not the text has capitals outside ASCII', () => {
    // "É" lower-cases to "é": the text is read through its lower case as a whole rather than word by word.
    const text = 'Officials said the peace plan and the Talks by phone were AT THE REQUEST OF Ankara.';
    const ascii = findForms('E ' + text), other = findForms('É ' + text);
    expect(other.map((h) => [h.start, h.end, h.text, h.entry])).toEqual(ascii.map((h) => [h.start, h.end, h.text, h.entry]));
    expect(ascii.map((h) => h.text)).toEqual(['peace plan', 'Talks by phone', 'AT THE REQUEST OF']);
  });

  it('reads a long text (more words than its first buffer holds) to the end', () => {
    const text = 'and so on '.repeat(200) + 'the talks';
    expect(spans(text)).toEqual([[text.length - 5, text.length, 'talks', 'talks']]);
  });
});

describe('isSpaceCode', () => {
  it('is the regular-expression class \\s, code unit by code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
