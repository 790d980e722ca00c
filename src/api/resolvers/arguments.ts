/**
 * Checks on arguments that the schema's types cannot express (a date range that
 * runs backwards, a list of two parties, a bounded number), and the mapping of
 * schema enums onto what the graph stores.
 */
import { badInput } from '../bad-input.ts';
import type { EntityLabel } from '../model.ts';

/** Fails with INVERTED_DATE_RANGE when `from` is after `to`. */
export function dateRange(from: string | null | undefined, to: string | null | undefined, names = ['from', 'to']): { from: string | null; to: string | null } {
  if (from && to && from > to) {
    throw badInput('INVERTED_DATE_RANGE', `${names[0]} (${from}) is after ${names[1]} (${to})`, names[0]);
  }
  return { from: from ?? null, to: to ?? null };
}

/** Fails with OUT_OF_RANGE unless min ≤ value ≤ max. */
export function within(value: number, min: number, max: number, name: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput('OUT_OF_RANGE', `${name} must be from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}

const LABELS: Record<string, EntityLabel> = {
  PERSON: 'Person', STATE: 'State', ORGANIZATION: 'Organization', PLACE: 'Place',
  TALKS: 'Talks', SANCTION: 'Sanction', AGREEMENT: 'Agreement', AID: 'Aid',
};

/** `PERSON` → `Person`: the schema's EntityKind as the graph's label. */
export const labelOf = (kind: string): EntityLabel => LABELS[kind];

/** `Person` → `PERSON`. */
export const kindOf = (label: string): string => label.toUpperCase();

/** `ASSERTED` → `asserted`: the schema's Modality as the graph stores it. */
export const storedModality = (modality: string): string => modality.toLowerCase();

/** `asserted` → `ASSERTED`, null for anything the schema does not know. */
export function modalityOf(stored: string | null | undefined): string | null {
  const value = stored?.toUpperCase();
  return value && ['ASSERTED', 'PLANNED', 'CONDITIONAL', 'NEGATED', 'HYPOTHETICAL'].includes(value) ? value : null;
}

/** A list argument that is absent or empty means "no filter" (null in Cypher). */
export const listOrNull = <T>(list: readonly T[] | null | undefined): T[] | null => (list && list.length ? [...list] : null);
