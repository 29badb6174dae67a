/** Counts, search, actors, quotes, commitments and stances. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../../corpus/store.js';
import {
  ActorProfileReply, ActorsQuery, ActorsReply, CommitmentsQuery, CommitmentsReply, KeyParams, PageOnlyQuery, QuotesQuery, QuotesReply,
  SearchQuery, SearchReply, StancesReply, Stats,
} from '../schemas.js';
import { notFound } from '../errors.js';
import { errorReplies } from './replies.js';

export async function corpusRoutes(instance: FastifyInstance, store: Store): Promise<void> {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>();
  api.get('/stats', { schema: { summary: 'What the corpus holds', response: { 200: Stats } } }, () => store.stats());

  api.get('/search', { schema: { summary: 'Search articles (the corpus search syntax)', querystring: SearchQuery, response: { 200: SearchReply, ...errorReplies(400) } } },
    ({ query }) => store.search(query.q, { limit: query.limit, offset: query.offset, ...(query.since === undefined ? {} : { since: query.since }) }));

  api.get('/entities', { schema: { summary: 'Actors across the corpus, the most documented first', querystring: ActorsQuery, response: { 200: ActorsReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.actors(query) }));

  api.get('/entities/:key', { schema: { summary: 'An actor\'s profile', params: KeyParams, response: { 200: ActorProfileReply, ...errorReplies(400, 404) } } },
    async ({ params }) => {
      const [actor] = (await store.findActors(params.key)).filter((found) => found.key === params.key);
      if (actor === undefined) throw notFound(`actor with the key "${params.key}"`);
      return store.actorProfile(actor);
    });

  api.get('/quotes', { schema: { summary: 'Quotes, the latest first', querystring: QuotesQuery, response: { 200: QuotesReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.quotes(query) }));

  api.get('/commitments', { schema: { summary: 'Commitments with the status their article states, by follow-up: open, overdue, kept or broken', querystring: CommitmentsQuery, response: { 200: CommitmentsReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.commitments({ ...query, today: new Date().toISOString().slice(0, 10) }) }));

  api.get('/stances', { schema: { summary: 'Stances, the latest stored first', querystring: PageOnlyQuery, response: { 200: StancesReply, ...errorReplies(400) } } },
    async ({ query }) => ({ results: await store.stances(query) }));
}
