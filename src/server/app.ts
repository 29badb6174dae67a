/**
 * The HTTP server: the corpus as a JSON API under /api (every route declared by schema, the
 * OpenAPI document generated from them at /api/openapi.json) and the web app's built files at /.
 * Built here and listened to elsewhere (the `serve` command, the tests through `inject()`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { Analyzer } from '../analyze.js';
import type { Store } from '../corpus/store.js';
import { VERSION } from '../version.js';
import { WEB_APP_DIR } from '../resources.js';
import { ErrorReply } from './schemas.js';
import { replyToError } from './errors.js';
import { AnswerCache, cacheAnswers } from './answer-cache.js';
import { corpusRoutes } from './routes/corpus.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { storyRoutes } from './routes/stories.js';

export interface ServerOptions {
  readonly store: Store;
  /** The folder of the web app's built files (default: the package's dist/web). */
  readonly webRoot?: string;
  /** With a token, `POST /api/documents` analyzes and stores articles sent with `Authorization: Bearer TOKEN`; without one it is off. */
  readonly token?: string;
  /**
   * The analyzer `POST /api/documents` uses in the server's own thread, created on the first such
   * request. Without one, articles are analyzed in a worker thread under `deadlineMs`.
   */
  readonly analyzer?: () => Analyzer;
  /**
   * How long `POST /api/documents` may analyze one article in its worker thread before it is
   * stopped and answered with NG_DEADLINE (default 30 s, as --deadline-ms).
   */
  readonly deadlineMs?: number;
  /** Requests one client may make per minute (default 1,200). */
  readonly rateLimit?: number;
  /** Log each request as JSON lines on stdout. */
  readonly logger?: boolean;
  /** Keep GET answers while the corpus is unchanged (src/server/answer-cache.ts); on unless false. */
  readonly cache?: boolean;
}

/** The largest request body: an article's HTML, at the analyzer's own input limit. */
const BODY_LIMIT = 10 * 1024 * 1024;
const DEFAULT_RATE_LIMIT = 1_200;

/** Only the app's own files: no inline script, nothing from elsewhere (article text is always text). */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Served over plain HTTP on this machine: no upgrade to an https that is not there.
  upgradeInsecureRequests: null,
};

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
  await app.register(helmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY }, strictTransportSecurity: false });
  await app.register(rateLimit, { max: options.rateLimit ?? DEFAULT_RATE_LIMIT, timeWindow: '1 minute' });
  await app.register(swagger, {
    openapi: {
      info: { title: 'newsgraph', version: VERSION, description: 'Who said what, who met whom, who promised what by when: the corpus as JSON.' },
    },
  });
  app.addSchema(ErrorReply);
  app.setErrorHandler(replyToError);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ statusCode: 404, code: 'NG_NOT_FOUND', error: 'Not Found', message: `no route ${request.method} ${request.url}` }));

  if (options.cache !== false) cacheAnswers(app, new AnswerCache(), () => options.store.version(), '/api/');
  await app.register(async (api) => {
    api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    await corpusRoutes(api, options.store);
    await documentRoutes(api, options);
    await eventRoutes(api, options.store);
    await storyRoutes(api, options.store);
  }, { prefix: '/api' });

  const webRoot = resolve(options.webRoot ?? fileURLToPath(WEB_APP_DIR));
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/plain').send(`The web app is not built (no ${webRoot}): run npm run build:web. The API is at /api.\n`));
  }
  await app.ready();
  return app;
}
