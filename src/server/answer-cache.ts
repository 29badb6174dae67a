/**
 * Answers of GET /api requests kept while the corpus does not change: the same search, timeline
 * or map asked again (by the same analyst, a colleague, a saved search) is sent from memory
 * instead of read again. Every answer is tied to the store's version (it changes with every write,
 * this process's or another's, e.g. an ingest running beside the server), so nothing stale is
 * ever sent. Least recently used answers go first, bounded in count and in bytes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface AnswerCacheLimits {
  /** Answers kept at most. */
  readonly entries: number;
  /** Bytes of answers kept at most. */
  readonly bytes: number;
  /** Answers larger than this are not kept (a whole article's record, say). */
  readonly largestAnswer: number;
}

export const DEFAULT_CACHE_LIMITS: AnswerCacheLimits = { entries: 2_000, bytes: 64 * 1024 * 1024, largestAnswer: 1024 * 1024 };

interface Answer {
  readonly version: string;
  readonly body: string;
}

export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private bytes = 0;

  constructor(private readonly limits: AnswerCacheLimits = DEFAULT_CACHE_LIMITS) {}

  /** The answer kept for `key` when it was made at `version`. */
  get(key: string, version: string): string | undefined {
    const answer = this.answers.get(key);
    if (answer === undefined) return undefined;
    this.delete(key);
    if (answer.version !== version) return undefined;
    this.answers.set(key, answer); // now the most recently used
    this.bytes += answer.body.length;
    return answer.body;
  }

  set(key: string, version: string, body: string): void {
    if (body.length > this.limits.largestAnswer) return;
    this.delete(key);
    this.answers.set(key, { version, body });
    this.bytes += body.length;
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.answers.size;
  }

  private delete(key: string): void {
    const answer = this.answers.get(key);
    if (answer === undefined) return;
    this.answers.delete(key);
    this.bytes -= answer.body.length;
  }
}

/**
 * Serves GET requests under `prefix` from `cache` while `version()` is unchanged, and keeps each
 * 200 JSON answer it sends; `x-cache: hit` or `miss` says which.
 */
export function cacheAnswers(app: FastifyInstance, cache: AnswerCache, version: () => Promise<string>, prefix: string): void {
  const versions = new WeakMap<FastifyRequest, string>();
  // preHandler: after the rate limit (a route's own onRequest hook) and validation, so a kept answer is never a way around either.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.url.startsWith(prefix)) return undefined;
    const current = await version();
    const kept = cache.get(request.url, current);
    if (kept !== undefined) return reply.header('x-cache', 'hit').type('application/json; charset=utf-8').send(kept);
    versions.set(request, current);
    return undefined;
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const made = versions.get(request);
    if (made === undefined) return payload;
    void reply.header('x-cache', 'miss');
    if (reply.statusCode === 200 && typeof payload === 'string') cache.set(request.url, made, payload);
    return payload;
  });
}
