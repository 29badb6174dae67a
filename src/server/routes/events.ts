/** Events: the list, the map and the timeline, all under one filter. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../../corpus/store.js';
import type { EventFilter } from '../../corpus/read-lists.js';
import { EventsQuery, EventsReply, PlacesQuery, PlacesReply, TimelineQuery, TimelineReply } from '../schemas.js';
import { errorReplies } from './replies.js';
import { ApiError } from '../errors.js';
import { EventStatusSchema } from '../../document/contract.js';

const STATUSES = new Set<string>(EventStatusSchema.enum);

/** The filter the query names (comma-separated categories and statuses); an unknown status is an error, not an empty list. */
function eventFilter(query: { actor?: string; type?: string; status?: string; from?: string; to?: string }): EventFilter {
  const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  const statuses = list(query.status).map((status) => status.toLowerCase());
  const unknown = statuses.find((status) => !STATUSES.has(status));
  if (unknown !== undefined) throw new ApiError(400, 'NG_REQUEST_INVALID', `status must be one of ${[...STATUSES].join(', ')}; got "${unknown}"`);
  return {
    ...(query.actor === undefined ? {} : { actor: query.actor }),
    types: list(query.type),
    statuses,
    ...(query.from === undefined ? {} : { from: query.from }),
    ...(query.to === undefined ? {} : { to: query.to }),
  };
}

export async function eventRoutes(instance: FastifyInstance, store: Store): Promise<void> {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>();
  api.get('/events', { schema: { summary: 'Event reports, the latest first', querystring: EventsQuery, response: { 200: EventsReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.events({ ...eventFilter(query), limit: query.limit, offset: query.offset }) }));

  api.get('/events/places', { schema: { summary: 'Where events happened, with counts (the map)', querystring: PlacesQuery, response: { 200: PlacesReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.places(eventFilter(query)) }));

  api.get('/timeline', { schema: { summary: 'Reports and deduplicated events per day, week or month', querystring: TimelineQuery, response: { 200: TimelineReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.timeline({ ...eventFilter(query), by: query.by }) }));
}
