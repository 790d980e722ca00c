/**
 * Per-request DataLoaders: every nested field that needs the graph asks a loader,
 * which gathers the ids asked for in the same tick into one query (`UNWIND $ids`).
 * A request therefore makes one round trip per kind of nested field and level,
 * however many rows its pages hold. Loaders for paged lists are keyed by their
 * arguments, so equal arguments share one batch.
 */
import DataLoader from 'dataloader';
import type { Params } from '../graph/executor.ts';
import type { ArticleRow, EntityRow, EventRow, Link, MentionRow, ReportRow, RoleRow } from './model.ts';
import type { ReadGraph } from './read-graph.ts';

export interface StatsRow {
  id: string;
  asActor: { type: string; n: number }[];
  asTarget: { type: string; n: number }[];
}

/** One page of a per-entity list, as the `*-by-*.cypher` paged statements return it. */
export interface PagedRows<R> {
  page: R[];
  total: number | null;
}

/** An entity as `entities-by-id` returns it; statements that list entities return the same row (`entity`, `entities`). */
export type RawEntity = { id: string; kind: EntityRow['kind']; props: Record<string, unknown>; links: Link[] };
type RawReport = { report: Record<string, unknown>; event?: EventRow; article?: ArticleRow };

/** Flattens an entity row: its properties, with the kind and links beside them. */
export function toEntity(raw: RawEntity): EntityRow {
  const { aliasText: _ignored, ...props } = raw.props;
  return { ...(props as Partial<EntityRow>), id: raw.id, kind: raw.kind, name: String(props.name ?? raw.id), aliases: (props.aliases as string[]) ?? [], links: raw.links };
}

/** Flattens a REPORTED_IN row with the event and article at its ends. */
export function toReport(raw: RawReport, eventId: string, articleId: string): ReportRow {
  const r = raw.report;
  return {
    eventId,
    articleId,
    event: raw.event,
    article: raw.article,
    sentence: String(r.sentence ?? ''),
    start: Number(r.start ?? 0),
    end: Number(r.end ?? 0),
    field: (r.field as string) ?? 'body',
    confidence: (r.confidence as number) ?? null,
    modality: (r.modality as string) ?? null,
    rule: (r.rule as string) ?? null,
    speaker: (r.speaker as string) ?? null,
  };
}

/** Articles `entity-seen` reads from the date index, in order, for an entity in many articles. */
const SEEN_SCAN = 500;

function byId<V>(ids: readonly string[], rows: V[], idOf: (row: V) => string): (V | null)[] {
  const map = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => map.get(id) ?? null);
}

export class Loaders {
  readonly #graph: ReadGraph;
  readonly #keyed = new Map<string, DataLoader<string, any>>();

  constructor(graph: ReadGraph) {
    this.#graph = graph;
  }

  /** Entities by id, with kind and structural links (`entities-by-id`). */
  readonly entity = new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = await this.#graph.read<RawEntity>('entities-by-id', { ids });
    return byId(ids, rows.map(toEntity), (e) => e.id);
  });

  readonly event = new DataLoader<string, EventRow | null>(async (ids) => {
    const rows = await this.#graph.read<{ event: EventRow }>('events-by-id', { ids });
    return byId(ids, rows.map((r) => r.event), (e) => e.id);
  });

  readonly article = new DataLoader<string, ArticleRow | null>(async (ids) => {
    const rows = await this.#graph.read<{ article: ArticleRow }>('articles-by-id', { ids });
    return byId(ids, rows.map((r) => r.article), (a) => a.id);
  });

  /**
   * Keeps entity rows that came with another statement's answer (in the
   * `entities-by-id` shape), so that the fields below them ask the graph no more.
   */
  primeEntities(rows: readonly (RawEntity | null | undefined)[] | null | undefined): void {
    for (const raw of rows ?? []) if (raw) this.entity.prime(raw.id, toEntity(raw));
  }

  /** Profile figures: events by type as actor and target. */
  readonly stats = new DataLoader<string, StatsRow | null>(async (ids) => {
    const rows = await this.#graph.read<StatsRow>('entity-stats', { ids });
    return byId(ids, rows, (r) => r.id);
  });

  /**
   * First and last seen: publication dates of the first and last articles that mention
   * an entity (`entity-seen`, apart from the event counts, which cost more).
   */
  readonly seen = new DataLoader<string, { id: string; firstSeen: string | null; lastSeen: string | null } | null>(async (ids) => {
    const rows = await this.#graph.read<{ id: string; firstSeen: string | null; lastSeen: string | null }>('entity-seen', { ids, scan: SEEN_SCAN });
    return byId(ids, rows, (r) => r.id);
  });

  /** People acting for a state or organisation. */
  readonly representatives = new DataLoader<string, RoleRow[]>(async (ids) => {
    const rows = await this.#graph.read<{ id: string; roles: { person: string; title: string | null }[] }>('representatives', { ids });
    const found = byId(ids, rows, (r) => r.id);
    return found.map((row, i) => (row?.roles ?? []).map((role) => ({ ...role, of: ids[i] })));
  });

  /** The events extracted from each article, with sentence and span, at most `limit`. */
  reportsByArticle(limit: number): DataLoader<string, ReportRow[]> {
    return this.#loader(`reports-by-article`, { limit }, async (ids) => {
      const rows = await this.#graph.read<{ id: string; reports: RawReport[] }>('reports-by-article', { ids, limit });
      return byId(ids, rows, (r) => r.id).map((row, i) =>
        (row?.reports ?? []).map((raw) => toReport(raw, raw.event!.id, ids[i])),
      );
    });
  }

  /** The entities each article mentions, at most `limit`; with `withEntities`, their rows come along (kept in the entity loader). */
  mentionsByArticle(limit: number, withEntities = false): DataLoader<string, MentionRow[]> {
    return this.#loader(`mentions-by-article`, { limit, withEntities }, async (ids) => {
      const rows = await this.#graph.read<{ id: string; mentions: (MentionRow & { row: RawEntity | null })[] }>('mentions-by-article', { ids, limit, withEntities });
      return byId(ids, rows, (r) => r.id).map((row) =>
        (row?.mentions ?? []).map(({ row: entity, ...mention }) => {
          this.primeEntities([entity]);
          return mention;
        }),
      );
    });
  }

  /**
   * A page per id from a paged statement (`events-by-actor`, `reports-by-event`,
   * `articles-mentioning`…) that returns `id, page, total` (and, when it has them,
   * the page's `entities`, kept in the entity loader); one loader per statement and
   * parameters.
   */
  paged<R>(statement: string, params: Params): DataLoader<string, PagedRows<R>> {
    return this.#loader(statement, params, async (ids) => {
      const rows = await this.#graph.read<{ id: string; page: R[]; total: number | null; entities?: RawEntity[] | null }>(statement, { ...params, ids });
      for (const row of rows) this.primeEntities(row.entities);
      return byId(ids, rows, (r) => r.id).map((row) => ({ page: row?.page ?? [], total: row?.total ?? 0 }));
    });
  }

  #loader<V>(statement: string, params: Params, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const key = `${statement} ${JSON.stringify(params)}`;
    let loader = this.#keyed.get(key);
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.#keyed.set(key, loader);
    }
    return loader;
  }
}
