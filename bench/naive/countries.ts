/**
 * The naive baseline's country list: every name the `world-countries` package gives a
 * country (common, official, and the longer alternative spellings), matched
 * case-sensitively as whole words. No metonyms, no demonyms, no capitals: that is the point
 * of a baseline.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// The package is CommonJS whose typings declare an ES default export; require() is the form both agree on.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

export interface CountryMatch { iso3: string; name: string; start: number; end: number }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Name → ISO 3166-1 alpha-3, for every name of every country. */
const BY_NAME = new Map<string, string>();
/** ISO3 → the common name, used as the entity's name. */
export const COMMON_NAME = new Map<string, string>();
for (const c of countries) {
  COMMON_NAME.set(c.cca3, c.name.common);
  // Alternative spellings of four letters or fewer are codes ("RU", "USA"), except "UK" and "US".
  const alt = c.altSpellings.filter((s) => s.length > 4 || s === 'UK' || s === 'US');
  for (const name of [c.name.common, c.name.official, ...alt]) if (!BY_NAME.has(name)) BY_NAME.set(name, c.cca3);
}

// Longest names first, so "South Korea" wins over "Korea".
const PATTERN = new RegExp(
  `\\b(?:${[...BY_NAME.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`,
  'gu',
);

/** Every country name in `text`, with its offsets. */
export function findCountries(text: string): CountryMatch[] {
  const out: CountryMatch[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const iso3 = BY_NAME.get(m[0]);
    if (iso3) out.push({ iso3, name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The ISO3 code for an exact country name, or undefined. */
export const countryByName = (name: string): string | undefined => BY_NAME.get(name);
