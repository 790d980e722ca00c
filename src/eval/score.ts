/**
 * Scores extracted ArticleGraphs against gold annotations (../shared/eval/GOLD-FORMAT.md)
 * with the same matching as ../shared/eval/score.mjs, and keeps each miss and each
 * spurious event so that `parley eval --explain` can show the sentence and the rule.
 */
import type { ArticleGraph, Entity, Event } from '../domain/graph.ts';
import {
  anyPair, namesOf, norm, predDescriptor, sameActor, sameName, sameOrg, stateOf, type Descriptor,
} from './matching.ts';

export interface GoldEvent { type: string; actor: string; actorState?: string; targets?: string[]; modality?: string; quote?: string }
export interface GoldArticle {
  id: string;
  persons?: { name: string; aliases?: string[]; state?: string }[];
  states?: string[];
  organizations?: { name: string; aliases?: string[] }[];
  events?: GoldEvent[];
}

export interface Tally { tp: number; fp: number; fn: number }
export interface Prf extends Tally { precision: number; recall: number; f1: number }

export interface Miss { article: string; type: string; actor: string; targets: string[]; modality?: string; quote?: string }
export interface Spurious { article: string; type: string; actor: string; targets: string[]; modality: string; evidence: string; rule: string }

export interface ScoreReport {
  articles: number;
  missingArticles: number;
  persons: Prf; states: Prf; organizations: Prf;
  eventsActor: Prf; eventsFull: Prf; eventsDyadic: Prf;
  modalityAccuracy: number | null;
  byType: Record<string, Prf>;
  missed: Miss[];
  spurious: Spurious[];
}

type PredEvent = Event & { actorD: Descriptor | null; targetsD: Descriptor[] };
type GoldEv = GoldEvent & { actorD: Descriptor; targetsD: Descriptor[] };

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

function goldDescriptor(key: string, gold: GoldArticle): Descriptor {
  if (/^[A-Z]{3}$/.test(key)) return { kind: 'State', iso3: key };
  const person = (gold.persons ?? []).find((p) => anyPair(namesOf(p), [key], sameName) || norm(p.name) === norm(key));
  if (person) return { kind: 'Person', names: namesOf(person), state: person.state };
  const org = (gold.organizations ?? []).find((o) => anyPair(namesOf(o), [key], sameOrg));
  if (org) return { kind: 'Organization', names: namesOf(org) };
  return { kind: 'Unknown', names: [key] };
}

function predTargets(ev: Event, byId: Map<string, Entity>): Descriptor[] {
  const ids = new Set(ev.targets ?? []);
  const obj = ev.object ? byId.get(ev.object) : undefined;
  for (const id of obj?.parties ?? []) if (id !== ev.actor) ids.add(id);
  return [...ids].map((id) => predDescriptor(id, byId)).filter((d): d is Descriptor => d !== null);
}

function setScore<P, G>(t: Tally, predicted: P[], golden: G[], same: (p: P, g: G) => boolean): void {
  const used = new Set<number>();
  for (const g of golden) {
    const i = predicted.findIndex((p, k) => !used.has(k) && same(p, g));
    if (i >= 0) { used.add(i); t.tp++; } else t.fn++;
  }
  t.fp += predicted.length - used.size;
}

/** Greedy one-to-one matching; a candidate of the same modality is taken first. Returns the unmatched on both sides. */
function matchEvents(t: Tally, preds: PredEvent[], golds: GoldEv[], same: (p: PredEvent, g: GoldEv) => boolean,
  onMatch?: (p: PredEvent, g: GoldEv) => void): { missed: GoldEv[]; extra: PredEvent[] } {
  const used = new Set<number>();
  const missed: GoldEv[] = [];
  for (const g of golds) {
    let i = preds.findIndex((p, k) => !used.has(k) && same(p, g) && p.modality === g.modality);
    if (i < 0) i = preds.findIndex((p, k) => !used.has(k) && same(p, g));
    if (i >= 0) { used.add(i); t.tp++; onMatch?.(preds[i], g); } else { t.fn++; missed.push(g); }
  }
  t.fp += preds.length - used.size;
  return { missed, extra: preds.filter((_, k) => !used.has(k)) };
}

const prf = ({ tp, fp, fn }: Tally): Prf => {
  const P = tp + fp ? tp / (tp + fp) : 0, R = tp + fn ? tp / (tp + fn) : 0;
  const r3 = (x: number) => +x.toFixed(3);
  return { precision: r3(P), recall: r3(R), f1: r3(P + R ? (2 * P * R) / (P + R) : 0), tp, fp, fn };
};

const label = (d: Descriptor | null | undefined): string => d?.iso3 ?? d?.names?.[0] ?? '?';

/** Scores predictions (keyed by `article.sourceId`, else `article.id`) against gold articles. */
export function score(gold: GoldArticle[], predictions: Iterable<ArticleGraph>): ScoreReport {
  const pred = new Map<string, ArticleGraph>();
  for (const p of predictions) {
    const key = p.article?.sourceId ?? p.article?.id;
    if (key != null) pred.set(String(key), p);
  }
  const T = { persons: tally(), states: tally(), organizations: tally(), actor: tally(), full: tally(), dyadic: tally() };
  const byType: Record<string, Tally> = {};
  let modalityHits = 0, modalityTotal = 0, missingArticles = 0;
  const missed: Miss[] = [];
  const spurious: Spurious[] = [];

  for (const g of gold) {
    const p = pred.get(String(g.id));
    if (!p) missingArticles++;
    const ents = p?.entities ?? [];
    const byId = new Map(ents.map((e) => [e.id, e]));

    setScore(T.persons, ents.filter((e) => e.kind === 'Person'), g.persons ?? [], (e, gp) => anyPair(namesOf(e), namesOf(gp), sameName));
    setScore(T.states, [...new Set(ents.filter((e) => e.kind === 'State').map((e) => e.iso3))], g.states ?? [], (a, b) => a === b);
    setScore(T.organizations, ents.filter((e) => e.kind === 'Organization'), g.organizations ?? [], (e, go) => anyPair(namesOf(e), namesOf(go), sameOrg));

    // One edge for a fact read twice in one article: repeats count once.
    const seen = new Set<string>();
    const preds: PredEvent[] = (p?.events ?? []).map((ev) => ({ ...ev, actorD: predDescriptor(ev.actor, byId), targetsD: predTargets(ev, byId) }))
      .filter((ev) => {
        const key = JSON.stringify([ev.type, ev.actorD, ev.targetsD.map((d) => d.iso3 ?? norm(d.names?.[0])).sort(), ev.modality]);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const golds: GoldEv[] = (g.events ?? []).map((ev) => ({ ...ev, actorD: goldDescriptor(ev.actor, g), targetsD: (ev.targets ?? []).map((k) => goldDescriptor(k, g)) }));

    const actorOk = (pe: PredEvent, ge: GoldEv) => pe.type === ge.type && sameActor(pe.actorD, ge.actorD);
    const targetsOk = (pe: PredEvent, ge: GoldEv) => !ge.targetsD.length || anyPair(pe.targetsD, ge.targetsD, sameActor)
      || anyPair(pe.targetsD.map(stateOf).filter(Boolean), ge.targetsD.map(stateOf).filter(Boolean), (a, b) => a === b);
    const dyadOk = (pe: PredEvent, ge: GoldEv) => pe.type === ge.type && !!stateOf(pe.actorD) && stateOf(pe.actorD) === (ge.actorState ?? stateOf(ge.actorD))
      && (!ge.targetsD.length || anyPair(pe.targetsD.map(stateOf).filter(Boolean), ge.targetsD.map(stateOf).filter(Boolean), (a, b) => a === b));

    matchEvents(T.actor, preds, golds, actorOk);
    const full = matchEvents(T.full, preds, golds, (pe, ge) => actorOk(pe, ge) && targetsOk(pe, ge), (pe, ge) => {
      if (ge.modality) { modalityTotal++; if (pe.modality === ge.modality) modalityHits++; }
    });
    matchEvents(T.dyadic, preds, golds, dyadOk);
    for (const type of new Set([...preds, ...golds].map((e) => e.type))) {
      byType[type] ??= tally();
      matchEvents(byType[type], preds.filter((e) => e.type === type), golds.filter((e) => e.type === type), (pe, ge) => actorOk(pe, ge) && targetsOk(pe, ge));
    }
    for (const m of full.missed) missed.push({ article: g.id, type: m.type, actor: m.actor, targets: m.targets ?? [], modality: m.modality, quote: m.quote });
    for (const x of full.extra) {
      spurious.push({ article: g.id, type: x.type, actor: label(x.actorD), targets: x.targetsD.map(label), modality: x.modality, evidence: x.evidence, rule: x.rule });
    }
  }

  return {
    articles: gold.length, missingArticles,
    persons: prf(T.persons), states: prf(T.states), organizations: prf(T.organizations),
    eventsActor: prf(T.actor), eventsFull: prf(T.full), eventsDyadic: prf(T.dyadic),
    modalityAccuracy: modalityTotal ? +(modalityHits / modalityTotal).toFixed(3) : null,
    byType: Object.fromEntries(Object.entries(byType).sort().map(([k, v]) => [k, prf(v)])),
    missed, spurious,
  };
}
