/**
 * The composition of the pure extraction stages for one article:
 * sentences → mentions (entities) → events → ArticleGraph.
 */
import type { Article } from '../domain/article.ts';
import type { ArticleGraph, Entity, Event } from '../domain/graph.ts';
import { buildMentionLayer } from './entities.ts';
import { extractEvents } from './events/index.ts';
import type { MentionLayer } from './types.ts';

/** What the event stage returns; see `src/extract/events/index.ts`. */
export interface EventStageResult {
  events: Event[];
  /** Object entities (Talks, Sanction, Agreement, Aid) the events refer to. */
  entities: Entity[];
}

/** The event stage (`./events/index.ts`). */
const runEvents = (article: Article, layer: MentionLayer): EventStageResult => extractEvents(article, layer);

/**
 * Extracts the subgraph of one article (contract: ../shared/contracts/extraction.md).
 * Pure and deterministic: the same article always gives the same graph.
 * Entities are those mentioned in the article, followed by the event objects.
 */
export function extractArticle(article: Article): ArticleGraph {
  const layer = buildMentionLayer(article);
  const { events, entities: objects } = runEvents(article, layer);
  return {
    article: {
      id: article.id,
      sourceId: article.sourceId,
      url: article.url,
      title: article.title,
      published: article.published,
      dateline: article.dateline,
      origin: article.origin,
      source: article.source,
      language: article.language,
    },
    entities: [...layer.entities.values(), ...objects],
    events,
  };
}
