/**
 * The fields particular to each kind of entity: roles and representatives, and the
 * parties, venue, targets, imposer, donor and recipients of talks, sanctions,
 * agreements and aid (from the entity's links, loaded in one batch per level).
 */
import type {
  AgreementResolvers, AidResolvers, OrganizationResolvers, PersonResolvers, SanctionResolvers, StateResolvers, TalksResolvers,
} from '../generated/resolvers-types.ts';
import type { EntityRow } from '../model.ts';
import type { ApiContext } from '../context.ts';
import { eventParams, eventsOf } from './event-pages.ts';
import { linked } from './entity.ts';

const many = (ctx: ApiContext) => (ids: string[]) => ctx.loaders.entity.loadMany(ids);
const one = async (row: EntityRow, type: Parameters<typeof linked>[1], ctx: ApiContext) => (await linked(row, type, many(ctx)))[0] ?? null;

/** A stored status, or null when the schema's enum does not know it. */
const status = (values: readonly string[]) => (row: EntityRow) => (row.status && values.includes(row.status) ? row.status : null) as never;

const aboutEvents = (row: EntityRow, args: { first?: number | null; after?: string | null }, ctx: ApiContext, info: Parameters<typeof eventsOf>[1]) =>
  eventsOf(ctx, info, 'object', row.id, eventParams(null), args);

export const Person: PersonResolvers = {
  roles: (row) => row.links.filter((l) => l.type === 'ACTS_FOR').map((l) => ({ person: row.id, title: l.title, of: l.id })),
};

export const State: StateResolvers = {
  iso3: (row) => row.iso3 ?? row.id.replace(/^state:/, ''),
  representatives: (row, _args, ctx) => ctx.loaders.representatives.load(row.id),
};

export const Organization: OrganizationResolvers = {
  representatives: (row, _args, ctx) => ctx.loaders.representatives.load(row.id),
};

export const Talks: TalksResolvers = {
  status: status(['PROPOSED', 'SCHEDULED', 'HELD', 'STALLED', 'FAILED', 'CONCLUDED']),
  parties: (row, _args, ctx) => linked(row, 'PARTY', many(ctx)),
  place: (row, _args, ctx) => one(row, 'HELD_IN', ctx),
  events: (row, args, ctx, info) => aboutEvents(row, args, ctx, info),
};

export const Sanction: SanctionResolvers = {
  status: status(['THREATENED', 'IMPOSED', 'EASED', 'LIFTED']),
  imposer: (row, _args, ctx) => one(row, 'IMPOSED_BY', ctx),
  targets: (row, _args, ctx) => linked(row, 'TARGETS', many(ctx)),
  events: (row, args, ctx, info) => aboutEvents(row, args, ctx, info),
};

export const Agreement: AgreementResolvers = {
  status: status(['PROPOSED', 'REACHED', 'NOT_REACHED', 'SIGNED']),
  parties: (row, _args, ctx) => linked(row, 'PARTY', many(ctx)),
  events: (row, args, ctx, info) => aboutEvents(row, args, ctx, info),
};

export const Aid: AidResolvers = {
  donor: (row, _args, ctx) => one(row, 'DONOR', ctx),
  recipients: (row, _args, ctx) => linked(row, 'RECIPIENT', many(ctx)),
};
