/**
 * The schema's two custom scalars. Both check their input while the request is
 * validated, so a bad value fails before any query runs, with a BAD_USER_INPUT code.
 * - `Date`: `YYYY-MM-DD`, a real calendar day.
 * - `EntityRef`: an entity id (`person:…`, `state:UKR`) or a state's ISO 3166-1
 *   alpha-3 code, parsed to the entity id (`UKR` → `state:UKR`).
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import countries from 'i18n-iso-countries';
import { badInput } from './bad-input.ts';

/** ISO 3166-1 alpha-3 codes, plus XKX (Kosovo, user-assigned but used by the EU and the IMF). */
const ISO3 = new Set([...Object.keys(countries.getAlpha3Codes()), 'XKX']);

/** Checks `YYYY-MM-DD` and that the day exists. */
export function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw badInput('INVALID_DATE', `Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badInput('INVALID_DATE', `${value} is not a calendar date`);
  }
  return value;
}

/** Turns an entity id or a state's ISO3 code into the entity id. */
export function parseEntityRef(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw badInput('INVALID_ENTITY_REF', `EntityRef must be an entity id or an ISO 3166-1 alpha-3 code, got ${JSON.stringify(value)}`);
  }
  const ref = value.trim();
  if (ref.includes(':')) return ref;
  if (/^[A-Za-z]{3}$/.test(ref)) {
    const iso3 = ref.toUpperCase();
    if (!ISO3.has(iso3)) throw badInput('UNKNOWN_ISO_CODE', `"${ref}" is not an ISO 3166-1 alpha-3 country code (e.g. UKR, RUS, USA)`);
    return `state:${iso3}`;
  }
  throw badInput('INVALID_ENTITY_REF', `"${ref}" is neither an entity id (kind:name, e.g. person:vladimir-putin) nor an ISO 3166-1 alpha-3 code`);
}

const literal = (parse: (value: unknown) => string) => (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined);

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});

export const EntityRefScalar = new GraphQLScalarType<string, string>({
  name: 'EntityRef',
  description: "An entity id or a state's ISO 3166-1 alpha-3 code.",
  serialize: (value) => String(value),
  parseValue: parseEntityRef,
  parseLiteral: literal(parseEntityRef),
});
