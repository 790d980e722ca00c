/**
 * All resolvers, one small file per type or question. The schema binds them with
 * `makeExecutableSchema`, which refuses to start when one is missing or names a field
 * the schema does not have.
 */
import type { Resolvers } from '../generated/resolvers-types.ts';
import { DateScalar, EntityRefScalar } from '../scalars.ts';
import { Article } from './article.ts';
import { Entity } from './entity.ts';
import { Agreement, Aid, Organization, Person, Sanction, State, Talks } from './entity-kinds.ts';
import { Event } from './event.ts';
import { ActorCount, DyadCount, Mention, Path, PathStep, Role } from './links.ts';
import { Overview } from './overview.ts';
import { article, articles } from './query-articles.ts';
import { connections } from './query-connections.ts';
import { entity } from './query-entity.ts';
import { events, timeline } from './query-events.ts';
import { overview } from './query-overview.ts';
import { search } from './query-search.ts';
import { agreements, sanctions, talks } from './query-things.ts';
import { Report } from './report.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  EntityRef: EntityRefScalar,
  Query: { search, entity, events, timeline, talks, sanctions, agreements, connections, articles, article, overview },
  Entity,
  Person,
  State,
  Organization,
  Talks,
  Sanction,
  Agreement,
  Aid,
  Event,
  Report,
  Article,
  Role,
  Mention,
  Path,
  PathStep,
  Overview,
  ActorCount,
  DyadCount,
};
