/** Stories: the list, and one story with its events reported by each outlet. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../../corpus/store.js';
import { PageOnlyQuery, StoriesReply, StoryParams, StoryReply } from '../schemas.js';
import { notFound } from '../errors.js';
import { errorReplies } from './replies.js';

export async function storyRoutes(instance: FastifyInstance, store: Store): Promise<void> {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>();
  api.get('/stories', { schema: { summary: 'Stories, the latest first', querystring: PageOnlyQuery, response: { 200: StoriesReply, ...errorReplies(400) } } },
    ({ query }) => store.stories(query));

  api.get('/stories/:story', { schema: { summary: 'One story: its articles, and its events with the outlets that reported each', params: StoryParams, response: { 200: StoryReply, ...errorReplies(404) } } },
    async ({ params }) => {
      const story = await store.story(params.story);
      if (story === undefined) throw notFound(`story "${params.story}"`);
      return story;
    });
}
