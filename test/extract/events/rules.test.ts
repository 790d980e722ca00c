import { describe, expect, it } from 'vitest';
import { CHN, EU, GENEVA, IRN, ISTANBUL, PESKOV, PUTIN, QAT, RUS, runEvents, TRUMP, UKR, USA, ZELENSKYY, type FixtureEntity } from './fixture-layer.ts';

const REUTERS: FixtureEntity = { id: 'org:reuters', kind: 'Organization', name: 'Reuters', surfaces: ['Reuters'] };
const ALL: FixtureEntity[] = [RUS, UKR, USA, CHN, IRN, REUTERS, QAT, EU, ISTANBUL, GENEVA, PUTIN, TRUMP, ZELENSKYY, PESKOV];

const run = (body: string, published: string | null = null) => runEvents(body, ALL, published);

describe('event rules', () => {
  it('reads a verb trigger with its subject and the party after it', () => {
    expect(run('Russia proposed talks with Ukraine.').rows).toEqual(['PROPOSES RUS -> UKR asserted']);
  });

  it('reads "failed to produce a ceasefire" as an AGREED that did not happen', () => {
    const { rows } = run('The talks between Moscow and Kyiv failed to produce a ceasefire.');
    expect(rows).toContain('AGREED RUS -> UKR negated');
    expect(rows).toContain('AGREED UKR -> RUS negated');
  });

  it('reads a threat with a condition and resolves its deadline from the day it was made', () => {
    const out = run('On Monday, Trump warned Russia of severe tariffs if Moscow fails to agree to a ceasefire within 50 days.', '2025-07-16');
    expect(out.rows).toEqual(['WARNS Donald Trump -> RUS conditional']);
    const ev = out.events[0];
    expect(ev.date).toBe('2025-07-14');
    const sanction = out.entities.find((e) => e.id === ev.object);
    expect(sanction).toMatchObject({ kind: 'Sanction', subtype: 'tariffs', status: 'THREATENED', deadline: '2025-09-02', by: TRUMP.id });
    expect(sanction?.condition).toMatch(/^if Moscow fails to agree/);
  });

  it('never invents a date when the publication date is unknown', () => {
    const out = run('On Monday, Trump warned Russia of severe tariffs if Moscow fails to agree within 50 days.', null);
    expect(out.events[0].date).toBeNull();
    expect(out.entities.find((e) => e.kind === 'Sanction')?.deadline).toBeNull();
  });

  it('gives a collective actor one event per party, the others as targets, with the venue', () => {
    const out = run('Russia and Ukraine held talks in Istanbul on Friday.', '2025-05-19');
    expect(out.rows).toEqual(['MEETS RUS -> UKR asserted', 'MEETS UKR -> RUS asserted']);
    const talks = out.entities.find((e) => e.kind === 'Talks');
    expect(talks).toMatchObject({ id: 'talks:rus-ukr:2025-05-16', status: 'HELD', place: ISTANBUL.id });
    expect(out.events[0].date).toBe('2025-05-16');
  });

  it('resolves "the two sides" to the two most salient parties of the article', () => {
    const { rows } = run('Russia attacked Ukraine again. Russia and Ukraine blame each other. The two sides agreed to a prisoner exchange.');
    expect(rows).toContain('AGREED RUS -> UKR asserted');
    expect(rows).toContain('AGREED UKR -> RUS asserted');
  });

  it('gives reported speech to the one whose stance it is, and keeps who said it', () => {
    const out = run('Peskov said Putin is open to talks with Kyiv.');
    expect(out.rows).toEqual(['PROPOSES Vladimir Putin -> UKR asserted']);
    expect(out.events[0].speaker).toBe(PESKOV.id);
  });

  it('gives a spokesperson\'s quoted stance to the state they speak for', () => {
    const out = run('Peskov spoke to reporters. “Our goals are non-negotiable,” he said.');
    expect(out.rows[0]).toMatch(/^DEMANDS RUS -> /);
    expect(out.events[0].speaker).toBe(PESKOV.id);
  });

  it('gives a meeting to both sides, and resolves "on Friday" to the last Friday before publication', () => {
    const out = run('Trump met Putin on Friday.', '2025-08-18');
    expect(out.rows).toEqual(['MEETS Donald Trump -> Vladimir Putin asserted', 'MEETS Vladimir Putin -> Donald Trump asserted']);
    expect(out.events[0].date).toBe('2025-08-15');
  });

  it('reads "could" as hypothetical', () => {
    expect(run('China could impose tariffs on the United States.').rows).toEqual(['IMPOSES CHN -> USA hypothetical']);
  });

  it('reads "will ... next week" as planned', () => {
    expect(run('Trump will meet Zelenskyy next week.').rows[0]).toBe('MEETS Donald Trump -> Volodymyr Zelenskyy planned');
  });

  it('takes the agent of a passive as the actor', () => {
    expect(run('The truce between Russia and Ukraine was brokered by Qatar.').rows).toContain('MEETS QAT -> RUS,UKR asserted');
  });

  it('takes the state before an event noun as its actor ("EU sanctions on Russia")', () => {
    const out = run('New EU sanctions on Russia took effect.');
    expect(out.rows).toEqual(['IMPOSES European Union -> RUS asserted']);
    expect(out.entities[0]).toMatchObject({ kind: 'Sanction', status: 'IMPOSED', by: EU.id, parties: [RUS.id] });
  });

  it('reads lifting sanctions as EASES and aid as AIDS', () => {
    expect(run('The United States lifted sanctions on Russia.').rows).toEqual(['EASES USA -> RUS asserted']);
    expect(run('Washington announced new military aid for Ukraine.').rows).toEqual(['AIDS USA -> UKR asserted']);
  });

  it('reads refusals, demands and accusations', () => {
    expect(run('Ukraine rejected the Russian proposal.').rows).toEqual(['REJECTS UKR -> RUS asserted']);
    expect(run('China demanded that the United States stop arms sales.').rows[0]).toBe('DEMANDS CHN -> USA asserted');
    expect(run('Kyiv accused Moscow of violating the truce.').rows[0]).toBe('ACCUSES UKR -> RUS asserted');
  });

  it('keeps one event for a fact told twice', () => {
    expect(run('Russia proposed talks with Ukraine. Later, Russia proposed talks with Ukraine again.').rows).toHaveLength(1);
  });

  it('gives the same fact the same id in two articles', () => {
    const a = run('Russia and Ukraine held talks in Istanbul on Friday.', '2025-05-19').events.map((e) => e.id);
    const b = run('Officials said Russia and Ukraine held talks in Istanbul on Friday, their first in years.', '2025-05-20').events.map((e) => e.id);
    expect(b).toEqual(a);
  });

  it('reads "Russia sanctions" as sanctions on Russia', () => {
    expect(run('The United States announced new Russia sanctions.').rows).toEqual(['IMPOSES USA -> RUS asserted']);
  });

  it('reads an offence as an accusation of the party named, by whoever cites it', () => {
    expect(run('The United States imposed sanctions on Tehran, citing Iran’s repeated violations of the deal.').rows)
      .toContain('ACCUSES USA -> IRN asserted');
  });

  it('reads "at the request of X" as X demanding', () => {
    expect(run('Trump lifted the sanctions at the request of China.').rows).toContain('DEMANDS CHN -> Donald Trump asserted');
  });

  it('lets the parties listed after "including" act', () => {
    const { rows } = run('Ten members of the council, including Russia and China, voted for the resolution.');
    expect(rows).toContain('AGREED RUS -> CHN asserted');
    expect(rows).toContain('AGREED CHN -> RUS asserted');
  });

  it('gives a visit to the visitor only', () => {
    expect(run('Trump visited Beijing on Friday.').rows).toEqual(['MEETS Donald Trump -> CHN asserted']);
  });

  it('never makes a news outlet an actor', () => {
    expect(run('Reuters reported that China proposed talks with Russia.').rows).toEqual(['PROPOSES CHN -> RUS asserted']);
  });

  it('does not read a ceasefire merely mentioned as one agreed', () => {
    expect(run('Residents of Kyiv fear the ceasefire may not hold.').rows).toEqual([]);
  });

  it('names the rule and CAMEO code of each event', () => {
    const [e] = run('Russia proposed talks with Ukraine.').events;
    expect(e).toMatchObject({ rule: 'proposes.propose', cameo: '03' });
    const ceasefire = run('Russia and Ukraine agreed to a ceasefire.').events[0];
    expect(ceasefire).toMatchObject({ type: 'AGREED', cameo: '08' });
  });
});
