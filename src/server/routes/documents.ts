/** Documents: the list, one stored document, and adding one (only with the server's token). */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { rawFromInput, type Analyzer } from '../../analyze.js';
import { AnalyzerPool } from '../../corpus/analyzer-pool.js';
import { isFailed } from '../../document/contract.js';
import type { ErrorCode } from '../../errors.js';
import type { ServerOptions } from '../app.js';
import { DocumentAdded, DocumentInput, DocumentReply, DocumentsReply, IdParams, PageOnlyQuery } from '../schemas.js';
import { ApiError, notFound } from '../errors.js';
import { errorReplies } from './replies.js';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkToken(request: FastifyRequest, token: string | undefined): void {
  if (token === undefined) throw new ApiError(403, 'NG_INGEST_DISABLED', 'adding documents is off: start the server with --token or NEWSGRAPH_TOKEN');
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (given === undefined || !sameToken(given, token)) throw new ApiError(401, 'NG_UNAUTHORIZED', 'adding documents needs Authorization: Bearer TOKEN with the server\'s token');
}

export async function documentRoutes(instance: FastifyInstance, options: ServerOptions): Promise<void> {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { store } = options;
  let analyzer: Analyzer | undefined;
  /**
   * The worker thread that analyzes POSTed articles, started with the first. Analysis in the
   * server's own thread held every other request up while it ran, with no deadline: a 7 MB
   * article took the server 50 s and 2 GB.
   */
  let pool: Promise<AnalyzerPool> | undefined;
  const analyzeInWorker = async (input: Parameters<Analyzer['analyze']>[0]) => {
    pool ??= AnalyzerPool.start(1, undefined, options.deadlineMs).catch((error: unknown) => {
      pool = undefined;
      throw error;
    });
    return (await pool).analyzeRaw(rawFromInput(input));
  };
  instance.addHook('onClose', async () => {
    await (await pool?.catch(() => undefined))?.close();
  });

  api.get('/documents', { schema: { summary: 'Stored articles, the latest published first', querystring: PageOnlyQuery, response: { 200: DocumentsReply, ...errorReplies(400) } } },
    ({ query }) => store.documents(query));

  api.get('/documents/:id', { schema: { summary: 'One stored article with all its facts (the AnalyzedDocument)', params: IdParams, response: { 200: DocumentReply, ...errorReplies(404) } } },
    async ({ params }) => {
      const stored = await store.document(params.id);
      if (stored === undefined) throw notFound(`document "${params.id}"`);
      return stored;
    });

  api.post('/documents', {
    schema: { summary: 'Analyze an article and store it (needs the server\'s token)', body: DocumentInput, response: { 201: DocumentAdded, ...errorReplies(400, 401, 403) } },
  }, async (request, reply) => {
    checkToken(request, options.token);
    const input = request.body;
    if (input.text === undefined && input.html === undefined) throw new ApiError(400, 'NG_REQUEST_INVALID', 'the body needs the article as "text" or "html" ("url" only says where it came from)');
    const result = options.analyzer === undefined ? await analyzeInWorker(input) : (analyzer ??= options.analyzer()).analyze(input);
    if (isFailed(result)) throw new ApiError(400, result.error.code as ErrorCode, result.error.message);
    const added = await store.addDocument(result);
    return reply.code(201).send({ id: result.id, result: added });
  });
}
