import { describe, expect, it } from 'vitest';
import { buildMentionLayer } from '../../src/extract/entities.ts';
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
