/** Events: the list, the map and the timeline, all under one filter. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../../corpus/store.js';
import type { EventFilter } from '../../corpus/read-lists.js';
import { EventsQuery, EventsReply, PlacesQuery, PlacesReply, TimelineQuery, TimelineReply } from '../schemas.js';
import { errorReplies } from './replies.js';

/** The filter the query names (comma-separated categories and statuses). */
function eventFilter(query: { actor?: string; type?: string; status?: string; from?: string; to?: string }): EventFilter {
  const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  return {
    ...(query.actor === undefined ? {} : { actor: query.actor }),
    types: list(query.type),
    statuses: list(query.status),
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
