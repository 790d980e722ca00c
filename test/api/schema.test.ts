/** The schema binds at start-up only when every resolver is there; the scalars and search terms check their input. */
import { readFileSync } from 'node:fs';
import { GraphQLError, Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, SCHEMA_PATH } from '../../src/api/schema.ts';
import { parseDate, parseEntityRef } from '../../src/api/scalars.ts';
import { luceneQuery } from '../../src/api/resolvers/query-search.ts';
import { keysetAfter, offsetAfter, pageSize, keysetPage, selectsBelow } from '../../src/api/pagination.ts';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions?.reason;
  }
  return undefined;
};

describe('schema', () => {
  it('binds every field of schema.graphql', () => {
    expect(() => buildSchema()).not.toThrow();
  });

  it('refuses to start when a field with arguments has no resolver', () => {
    const sdl = readFileSync(SCHEMA_PATH, 'utf8').replace('type Query {', 'type Query {\n  unresolved(x: Int): Int');
    expect(() => buildSchema(sdl)).toThrow(/Query\.unresolved/);
  });
});

describe('scalars', () => {
  it('takes entity ids and ISO3 codes, and refuses unknown codes', () => {
    expect(parseEntityRef('UKR')).toBe('state:UKR');
    expect(parseEntityRef('ukr')).toBe('state:UKR');
    expect(parseEntityRef('XKX')).toBe('state:XKX');
    expect(parseEntityRef('person:putin-v')).toBe('person:putin-v');
    expect(reason(() => parseEntityRef('ZZZ'))).toBe('UNKNOWN_ISO_CODE');
    expect(reason(() => parseEntityRef('Russia'))).toBe('INVALID_ENTITY_REF');
  });

  it('takes calendar dates only', () => {
    expect(parseDate('2025-07-14')).toBe('2025-07-14');
    expect(reason(() => parseDate('2025-02-30'))).toBe('INVALID_DATE');
    expect(reason(() => parseDate('14/07/2025'))).toBe('INVALID_DATE');
  });
});

describe('search terms', () => {
  it('escape Lucene syntax and tolerate spelling variants of longer words', () => {
    expect(luceneQuery('Zelensky')).toBe('(zelensky^4 OR zelensky*^2 OR zelensky~2)');
    expect(luceneQuery('EU')).toBe('(eu^4 OR eu*^2)');
    expect(luceneQuery('name:(x) OR "y"')).toBe('(name^4 OR name*^2 OR name~1) AND (x^4 OR x*^2) AND (or^4 OR or*^2) AND (y^4 OR y*^2)');
    expect(luceneQuery(' ~*? ')).toBeNull();
  });
});

describe('pagination', () => {
  it('checks first against the maximum page size', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(0, 100)).toBe(0);
    expect(reason(() => pageSize(101, 100))).toBe('PAGE_TOO_LARGE');
    expect(reason(() => pageSize(-1, 100))).toBe('OUT_OF_RANGE');
  });

  it('round-trips keyset and offset cursors and refuses others', () => {
    const page = keysetPage([{ key: '2025-07-14', id: 'a' }, { key: '2025-07-15', id: 'b' }], 1, 2, (r) => r.id);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(keysetAfter(page.pageInfo.endCursor)).toEqual({ afterKey: '2025-07-14', afterId: 'a' });
    expect(reason(() => keysetAfter('garbage'))).toBe('INVALID_CURSOR');
    expect(reason(() => offsetAfter(page.pageInfo.endCursor))).toBe('INVALID_CURSOR');
  });

  it('sees whether a field below asks for the parties, through fragments, at any depth', () => {
    const infoFor = (query: string): GraphQLResolveInfo => {
      const doc = parse(query);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
    };
    const parties = ['actor', 'object', 'targets'];
    expect(selectsBelow(infoFor('{ events { nodes { id date } } }'), parties)).toBe(false);
    expect(selectsBelow(infoFor('{ events { nodes { id targets { name } } } }'), parties)).toBe(true);
    expect(selectsBelow(infoFor('{ events { edges { node { ... on Event { actor { name } } } } } }'), parties)).toBe(true);
    expect(selectsBelow(infoFor('{ events { nodes { ...E } } } fragment E on Event { reports { sentence } }'), parties)).toBe(false);
    expect(selectsBelow(infoFor('{ events { nodes { ...E } } } fragment E on Event { object { id } }'), parties)).toBe(true);
  });
});
