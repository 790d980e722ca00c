/**
 * The one place where text from any dump is normalised. Every later offset refers to
 * text that went through here: NFC, HTML entities decoded, `\n` line endings, plain
 * spaces for the many Unicode space characters, no control characters, no zero-width
 * characters, no runs of spaces, no spaces at the ends of a line.
 */
import { decodeHTML } from 'entities/decode'; // the decoder alone loads in a fifth of the package's time

// No-break, en/em/thin/hair/figure spaces, ideographic space, narrow no-break: one plain space.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
// Zero-width space/joiners, word joiner, soft hyphen, BOM.
const INVISIBLE = /[\u200b\u200c\u200d\u2060\u00ad\ufeff]/g;
// C0/C1 controls other than \n (\r and \t are handled before this runs).
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i;

const CLEAN = 0;
const NEEDS_CLEANING = 1;
const NEEDS_NFC = 2;

/**
 * What a text needs, in one pass over its characters (most text needs nothing, and one
 * pass is much cheaper than six regexes and ICU): NEEDS_CLEANING for a control
 * character, an odd or invisible space, two spaces in a row or a space next to a line
 * break; NEEDS_NFC unless every character is below U+0300 or ordinary punctuation
 * (U+2002–U+205E without U+2028/2029), none of which NFC can change or compose.
 */
function scan(s: string): number {
  let flags = CLEAN;
  let prev = 10;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32) {
      if (c !== 10 || prev === 32) return NEEDS_CLEANING | NEEDS_NFC;
    } else if (c === 32) {
      if (prev === 32 || prev === 10) return NEEDS_CLEANING | NEEDS_NFC;
    } else if (c >= 0x7f) {
      if (c <= 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff) {
        return NEEDS_CLEANING | NEEDS_NFC;
      }
      if (c >= 0x300 && !(c >= 0x2002 && c <= 0x205e)) flags = NEEDS_NFC;
    }
    prev = c;
  }
  return prev === 32 ? NEEDS_CLEANING | NEEDS_NFC : flags;
}

/** Normalises a multi-line text (a body); keeps line breaks, trims every line. */
export function normaliseText(text: string): string {
  let s = text;
  if (s.includes('&') && ENTITY.test(s)) s = decodeHTML(s);
  const needs = scan(s);
  if (needs & NEEDS_CLEANING) {
    s = s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(ODD_SPACES, ' ')
      .replace(INVISIBLE, '')
      .replace(CONTROLS, '')
      .replace(/ {2,}/g, ' ')
      .replace(/^ +| +$/gm, '');
  }
  if (needs & NEEDS_NFC) s = s.normalize('NFC');
  return s.trim();
}

/** Normalises a one-line value (title, source, author): all whitespace becomes one space. */
export function normaliseLine(text: string): string {
  const s = normaliseText(text);
  return s.includes('\n') ? s.replace(/\s+/g, ' ') : s;
}
