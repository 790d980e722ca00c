import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/sources/article-id.ts';
import { normaliseLine, normaliseText } from '../../src/sources/normalise-text.ts';
import { stripBoilerplate } from '../../src/sources/boilerplate.ts';

describe('normaliseText', () => {
  it('decodes entities, unifies line endings and spaces, drops invisible characters, composes to NFC', () => {
    expect(normaliseText('Caf\u0065\u0301 &amp; bar\u00a0talks\r\nnext\u200b line\r\n\r\n  third  ')).toBe('Caf\u00e9 & bar talks\nnext line\n\nthird');
  });

  it('leaves clean text as it is', () => {
    const clean = 'Ministers met in Geneva on Monday.\n\n“We agreed,” one said — briefly.';
    expect(normaliseText(clean)).toBe(clean);
  });

  it('makes one line of a title', () => {
    expect(normaliseLine(' Talks\n resume &quot;soon&quot; ')).toBe('Talks resume "soon"');
  });
});

describe('stripBoilerplate', () => {
  it('removes trailing boilerplate lines and ad markers, but not sentences that mention the words', () => {
    expect(stripBoilerplate('First paragraph.\nAdvertisement\nRead more about the source link in our guide.\nSource link\nShare on Facebook')).toBe(
      'First paragraph.\nRead more about the source link in our guide.',
    );
  });

  it('removes ad markers in any case on any line, the first one included, and keeps lines that only begin like one', () => {
    const text = 'ADVERTISEMENT\nTalks resumed.\nScroll to continue with content\nsponsored content\nSponsored content appeared beside the story.\nThe end.';
    expect(stripBoilerplate(text)).toBe('Talks resumed.\nSponsored content appeared beside the story.\nThe end.');
    expect(stripBoilerplate('Talks resumed.\nThe advertisement ran.')).toBe('Talks resumed.\nThe advertisement ran.');
  });
});

describe('canonicalUrl', () => {
  it('ignores scheme, www, host case, fragment, tracking parameters and a trailing slash', () => {
    const a = canonicalUrl('https://www.Example.com/world/story/?utm_source=x&b=2&a=1#comments');
    expect(a).toBe('example.com/world/story?a=1&b=2');
    expect(canonicalUrl('http://example.com/world/story?a=1&b=2&fbclid=zz')).toBe(a);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
