import { describe, expect, it } from 'vitest';
import { buildMentionLayer } from '../../src/extract/entities.ts';
import { tokenize } from '../../src/extract/mentions/tokenize.ts';
import { article } from './helpers.ts';

const states = (body: string): string[] =>
  [...buildMentionLayer(article(body)).entities.values()].filter((e) => e.kind === 'State').map((e) => e.iso3!).sort();
const orgs = (body: string): string[] =>
  [...buildMentionLayer(article(body)).entities.values()].filter((e) => e.kind === 'Organization').map((e) => e.name).sort();
const persons = (body: string) => [...buildMentionLayer(article(body)).entities.values()].filter((e) => e.kind === 'Person');

describe('state mentions', () => {
  it('reads names, short names and alternatives', () => {
    expect(states('The Netherlands and the UK met South Korea, North Korea and America.')).toEqual(['GBR', 'KOR', 'NLD', 'PRK', 'USA']);
  });
  it('reads demonyms and adjectives', () => {
    expect(states('A Russian drone hit a Ukrainian port, Israeli and Palestinian officials said.')).toEqual(['ISR', 'PSE', 'RUS', 'UKR']);
  });
  it('reads capitals and seats of government as metonyms', () => {
    expect(states('The Kremlin said Kyiv must answer; the White House and Downing Street were silent.')).toEqual(['GBR', 'RUS', 'UKR', 'USA']);
  });
  it('counts a state organ as the state', () => {
    const layer = buildMentionLayer(article("Russia's Foreign Ministry said the Ukrainian delegation had left."));
    const m = layer.mentions.filter((x) => x.kind === 'State').map((x) => [x.text, x.entityId]);
    expect(m).toEqual([["Russia's Foreign Ministry", 'state:RUS'], ['Ukrainian delegation', 'state:UKR']]);
  });
  it('does not read a dateline as a mention', () => {
    expect(states('ISTANBUL, May 16 (Reuters) - Delegations from Russia met in the city.')).toEqual(['RUS']);
    expect(states('New Delhi: Talks with Pakistan resumed.')).toEqual(['PAK']);
  });
  it('does not count cities that are not capitals, nor Brussels', () => {
    expect(states('The talks in Istanbul and Geneva were praised in Brussels.')).toEqual([]);
  });
  it('drops ambiguous names inside longer names', () => {
    expect(states('Michael Jordan and Chad Smith studied at Georgia Tech.')).toEqual([]);
    expect(states('King Abdullah of Jordan spoke to the leaders of Chad and Georgia.')).toEqual(['GEO', 'JOR', 'TCD']);
  });
});

describe('organisation mentions', () => {
  it('reads names, acronyms and aliases to one entity', () => {
    expect(orgs('The European Union and NATO met. The EU and the International Atomic Energy Agency agreed. The IAEA left.'))
      .toEqual(['European Union', 'International Atomic Energy Agency', 'NATO']);
  });
  it('reads unlisted organisations by the head of their name and an acronym defined in brackets', () => {
    const layer = buildMentionLayer(article('The Coastal Fishermen Association (CFA) protested. The CFA said it would return.'));
    const org = [...layer.entities.values()].find((e) => e.kind === 'Organization')!;
    expect(org).toMatchObject({ name: 'Coastal Fishermen Association', aliases: ['CFA'] });
    expect(layer.mentions.filter((m) => m.entityId === org.id).map((m) => m.via)).toEqual(['name', 'acronym', 'acronym']);
  });
  it('does not take a state organ for an organisation', () => {
    expect(orgs('The National Security and Defence Council met in Kyiv.')).toEqual([]);
  });
});

describe('person mentions', () => {
  it('reads names after titles and honorifics, and not capitalised non-names', () => {
    const names = persons('Kremlin spokesperson Dmitry Peskov spoke. Mr. Haskins later met Foreign Minister Ana Lopes. The Oval Office and the Sanctions Package were discussed; sanctions may follow.')
      .map((p) => p.name).sort();
    expect(names).toEqual(['Ana Lopes', 'Dmitry Peskov', 'Haskins']);
  });
  it('ignores names in title-case headlines unless they are known', () => {
    expect(persons('Trump Says Deal Near As Talks Resume\nTrump said a deal was near.').map((p) => p.name)).toEqual(['Donald Trump']);
  });
});

describe('datelines below a headline', () => {
  it('skips a dateline that opens a later paragraph', () => {
    expect(states('Talks Resume In The Gulf | World News\n\nNew Delhi: Officials from Oman said talks resumed.')).toEqual(['OMN']);
  });
});

describe('tokenize', () => {
  it('reads a sentence in its field as it reads the sentence alone, reading nothing outside it', () => {
    // Boundaries next to what the scanner looks past a word for: "+", "'s", ". " after an initial, a spaced hyphen.
    const field = "OPEC+ Russia's aide J. Smith - said: “U.S. ties” Jones’ deal ’s\nA B.C. -x y'all Bank's";
    const cuts = [[0, 4], [0, 12], [6, 12], [6, 13], [13, 21], [19, 28], [22, 33], [29, 50], [38, 62], [50, 66], [64, 85], [67, 85], [0, 85]];
    for (const [start, end] of cuts) {
      const s = { index: 3, field: 'body' as const, start, end, text: field.slice(start, end), paragraph: 0 };
      const alone = tokenize(s);
      expect(tokenize(s, field), JSON.stringify(s.text)).toEqual(alone);
      expect(alone.every((t) => t.start >= start && t.end <= end && field.slice(t.start, t.end) === t.text)).toBe(true);
    }
  });
  it('flags possessives, initial tokens and acronyms', () => {
    const s = { index: 0, field: 'body' as const, start: 10, end: 44, text: "Russia's envoy: “U.S. aid” - J. Doe", paragraph: 0 };
    expect(tokenize(s).map((t) => [t.text, t.start, t.possessive, t.initial, t.cap])).toEqual([
      ['Russia', 10, true, true, true], ['envoy', 19, false, false, false], ['U.S.', 27, false, true, true], ['aid', 32, false, false, false],
      ['J.', 39, false, true, true], ['Doe', 42, false, false, true]]);
  });
});
