import { describe, expect, it } from 'vitest';
import { buildMentionLayer } from '../../../src/extract/entities.ts';
import { extractEvents } from '../../../src/extract/events/index.ts';
import { article, CHN, EU, GENEVA, IRN, ISTANBUL, layerOf, PUTIN, QAT, RUS, runEvents, TRUMP, UKR, USA, ZELENSKYY, type FixtureEntity } from './fixture-layer.ts';

const CHE: FixtureEntity = { id: 'state:CHE', kind: 'State', name: 'Switzerland', iso3: 'CHE', surfaces: ['Switzerland'] };
const ISR: FixtureEntity = { id: 'state:ISR', kind: 'State', name: 'Israel', iso3: 'ISR', surfaces: ['Israel', 'Israeli'] };
const HAMAS: FixtureEntity = { id: 'org:hamas', kind: 'Organization', name: 'Hamas', surfaces: ['Hamas'] };
const FRA: FixtureEntity = { id: 'state:FRA', kind: 'State', name: 'France', iso3: 'FRA', surfaces: ['France', 'French'] };
const DEU: FixtureEntity = { id: 'state:DEU', kind: 'State', name: 'Germany', iso3: 'DEU', surfaces: ['Germany', 'German'] };
const GBR: FixtureEntity = { id: 'state:GBR', kind: 'State', name: 'United Kingdom', iso3: 'GBR', surfaces: ['United Kingdom', 'Britain', 'British'] };
const E3: FixtureEntity = { id: 'org:e3', kind: 'Organization', name: 'E3', surfaces: ['E3'] };
const WH: FixtureEntity = { id: 'state:USA', kind: 'State', name: 'United States', iso3: 'USA', surfaces: ['White House'], via: 'metonym' };
const ALL: FixtureEntity[] = [RUS, UKR, USA, CHN, IRN, QAT, EU, CHE, ISR, HAMAS, FRA, DEU, GBR, E3, ISTANBUL, GENEVA, PUTIN, TRUMP, ZELENSKYY];

const run = (body: string, published: string | null = null) => runEvents(body, ALL, published);

describe('precision rules', () => {
  it('reads "a release of prisoners" as a noun naming a kind of act, not a release', () => {
    expect(run('Qatar is working on a plan that includes a gradual release of prisoners.').rows.filter((r) => r.startsWith('EASES'))).toEqual([]);
    expect(run('Israel released prisoners to Qatar on Monday.').rows[0]).toMatch(/^EASES ISR -> /);
  });

  it('does not take a state named after a city ("in Geneva, Switzerland") as an actor', () => {
    const { rows } = run('After two days of talks in Geneva, Switzerland, the US and China agreed to cut tariffs.');
    expect(rows.some((r) => r.startsWith('MEETS CHE') || r.startsWith('AGREED CHE'))).toBe(false);
    expect(rows.some((r) => r.startsWith('AGREED USA -> CHN'))).toBe(true);
  });

  it('does not borrow the last sentence\'s subject for a nominal act ("the release of")', () => {
    const { rows } = run('Qatar hosted the delegations in Doha. The deal led to the release of hostages last week.');
    expect(rows.filter((r) => r.startsWith('EASES'))).toEqual([]);
  });

  it('reads "a new round of sanctions" as sanctions, not a round of talks', () => {
    const { rows, entities } = run('The EU approved a new round of sanctions against Russia.');
    expect(rows.filter((r) => r.startsWith('MEETS'))).toEqual([]);
    expect(entities.some((e) => e.kind === 'Talks')).toBe(false);
  });

  it('needs a bare "tariffs" to have its imposer or its target named', () => {
    expect(run('Trump loves tariffs and deadlines.').rows.filter((r) => r.startsWith('IMPOSES'))).toEqual([]);
    expect(run('Trump said tariffs on China would take effect on Friday.').rows[0]).toMatch(/^IMPOSES Donald Trump -> CHN/);
  });
});

describe('actors and lexicon', () => {
  it('lets a grouping of states act through the members the article names', () => {
    const { rows } = run('France, Germany and Britain, known as the E3, met on Monday. The E3 accused Iran of violations of the deal.');
    const accuses = rows.filter((r) => r.startsWith('ACCUSES'));
    expect(accuses.some((r) => r.startsWith('ACCUSES FRA -> IRN'))).toBe(true);
    expect(accuses.some((r) => r.startsWith('ACCUSES GBR -> IRN'))).toBe(true);
    expect(accuses.some((r) => r.startsWith('ACCUSES E3'))).toBe(false);
  });

  it('does not read persuading as demanding', () => {
    expect(run('Qatar persuaded Iran to accept the plan.').rows.filter((r) => r.startsWith('DEMANDS'))).toEqual([]);
  });

  it('reads a participle between article and noun as describing the thing ("the adopted declaration")', () => {
    expect(run('Qatar praised the adopted declaration on Gaza.').rows.filter((r) => r.startsWith('AGREED'))).toEqual([]);
  });

  it('reads a place named before a ceasefire as where the war is, not a side', () => {
    const { rows } = run('Trump said no Ukraine ceasefire was reached.');
    expect(rows.some((r) => r.startsWith('AGREED UKR'))).toBe(false);
  });

  it('reads a seat of government before a meeting as its venue', () => {
    const a = article('Trump met reporters. His White House meeting with Putin lasted an hour.');
    const layer = layerOf(a, [...ALL.filter((e) => e.id !== USA.id), { ...USA, surfaces: USA.surfaces.filter((x) => x !== 'Washington') }, WH]);
    const rows = extractEvents(a, layer).events.map((e) => `${e.type} ${e.actor}`);
    expect(rows).not.toContain('MEETS state:USA');
  });

  it('reads a capital before a deal as where it was made ("the Washington agreement")', () => {
    const a = article('Putin said the Washington agreement means nothing.');
    const layer = layerOf(a, [...ALL.filter((e) => e.id !== USA.id), { ...USA, surfaces: ['United States'] }, { ...USA, surfaces: ['Washington'], via: 'capital' }]);
    const rows = extractEvents(a, layer).events.map((e) => `${e.type} ${e.actor}`);
    expect(rows).not.toContain('AGREED state:USA');
  });

  it('does not make the recipient of pledges their donor', () => {
    expect(run('Ukraine received pledges of $2 billion in military aid from the United States.').rows.filter((r) => r.startsWith('AIDS UKR'))).toEqual([]);
  });

  it('reads "spoke directly with" and "communicated with" as MEETS', () => {
    expect(run('Trump spoke directly with Putin on Sunday.').rows[0]).toMatch(/^MEETS Donald Trump -> Vladimir Putin/);
    expect(run('Trump communicated with Zelenskyy by letter.').rows[0]).toMatch(/^MEETS Donald Trump -> Volodymyr Zelenskyy/);
  });
});

describe('threatened sanctions', () => {
  it('gives the threatened tariffs to the threat, as THREATENED with a deadline from the publication date', () => {
    const out = run('Trump threatened to impose "very harsh" tariffs on Russia unless Moscow agrees to a truce within 50 days.', '2025-07-14');
    expect(out.rows.filter((r) => r.startsWith('IMPOSES'))).toEqual([]);
    const warn = out.events.find((e) => e.type === 'WARNS')!;
    expect(warn.modality).toBe('conditional');
    const s = out.entities.find((e) => e.id === warn.object);
    expect(s).toMatchObject({ kind: 'Sanction', status: 'THREATENED', deadline: '2025-09-02' });
  });

  it('leaves the deadline null when the publication date is unknown', () => {
    const out = run('Trump threatened to impose "very harsh" tariffs on Russia unless Moscow agrees to a truce within 50 days.', null);
    expect(out.entities.find((e) => e.kind === 'Sanction')?.deadline).toBeNull();
  });

  it('reads "warned X that Y would impose sanctions" as one warning about the sanctions', () => {
    const out = run('Trump warned Moscow that the United States would impose sanctions and secondary tariffs if no truce is agreed.');
    expect(out.rows.filter((r) => r.startsWith('IMPOSES'))).toEqual([]);
    const warn = out.events.find((e) => e.type === 'WARNS')!;
    expect(out.entities.find((e) => e.id === warn.object)).toMatchObject({ kind: 'Sanction', status: 'THREATENED' });
  });

  it('calls a sanction IMPOSED only when an asserted act imposes it', () => {
    const threatened = run('China could impose tariffs on the United States.');
    expect(threatened.entities.find((e) => e.kind === 'Sanction')?.status).toBe('THREATENED');
    const imposed = run('China imposed tariffs on the United States.');
    expect(imposed.entities.find((e) => e.kind === 'Sanction')?.status).toBe('IMPOSED');
  });

  it('returns only the things some event is about', () => {
    const out = run('Russia and Ukraine held talks in Istanbul. Russia and Ukraine held talks in Istanbul on Friday.', '2025-05-19');
    for (const o of out.entities) expect(out.events.some((e) => e.object === o.id)).toBe(true);
  });
});

describe('object names', () => {
  it('names talks by their parties and venue', () => {
    const out = run('Russia and Ukraine met in Istanbul on Friday.', '2025-05-19');
    expect(out.entities.find((e) => e.kind === 'Talks')?.name).toBe('talks between Russia and Ukraine in Istanbul');
  });

  it('names a sanction by its imposer, kind and target', () => {
    const out = run('The United States imposed sanctions on Russia.');
    expect(out.entities.find((e) => e.kind === 'Sanction')?.name).toBe('US sanctions on Russia');
  });

  it('names an agreement by its subject and parties', () => {
    const out = run('Israel and Hamas agreed a ceasefire on Wednesday.');
    expect(out.entities.find((e) => e.kind === 'Agreement')?.name).toBe('ceasefire between Israel and Hamas');
  });
});

describe('headline names', () => {
  const persons = (title: string, body: string) => {
    const a = { ...article(body, '2025-07-15'), title };
    return [...buildMentionLayer(a).entities.values()].filter((e) => e.kind === 'Person').map((e) => e.name).sort();
  };
  it('reads two known surnames side by side as two people', () => {
    expect(persons('Trump Putin Summit Ends Without Deal', 'President Donald Trump met President Vladimir Putin in Alaska.'))
      .toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(persons('EU ready to host a Kurti-Vučić meeting', 'Albin Kurti and Aleksandar Vučić may meet in Brussels.'))
      .toEqual(['Albin Kurti', 'Aleksandar Vučić']);
  });
});
