/**
 * The ingest queue: articles waiting for a worker, kept in PostgreSQL by pg-boss (its own schema
 * beside the corpus tables). A job is an article read by whoever queued it (its bytes travel in
 * the job, so a worker on another machine needs no access to the enqueuer's files) or an article
 * URL a worker fetches. Jobs are retried with growing delays; one that keeps failing moves to a
 * dead-letter queue with its last error. Delivery is at least once (a worker killed mid-job
 * leaves the job active until it expires, then it runs again); storing is idempotent (an
 * article's id is a hash of its text), so the corpus holds each article once.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { ResourceError } from '../resources.js';
import type { RawDocument } from '../sources/types.js';
import { withoutPassword } from './location.js';

export const INGEST_QUEUE = 'newsgraph-ingest';
export const DEAD_LETTER_QUEUE = 'newsgraph-ingest-dead';
/** pg-boss's tables live in this schema of the corpus database. */
const QUEUE_SCHEMA = 'newsgraph_queue';

/** A RawDocument as JSON: bytes as base64. */
export type QueuedRaw = Omit<RawDocument, 'content'> & {
  readonly content: { readonly kind: 'bytes'; readonly base64: string; readonly charset: string | null } | { readonly kind: 'text'; readonly text: string };
};

export type IngestJob =
  | { readonly kind: 'article'; readonly raw: QueuedRaw }
  | { readonly kind: 'url'; readonly url: string; readonly publishedAt: string | null };

export interface QueuedJob {
  readonly id: string;
  readonly job: IngestJob;
  /** Runs before this one (0 the first time). */
  readonly retryCount: number;
  /** Whether a failure now is final (the job goes to the dead-letter queue). */
  readonly lastAttempt: boolean;
}

export interface QueueSettings {
  /** Attempts after the first (default 4). */
  readonly retryLimit: number;
  /** Seconds before the first retry, doubling with each (default 30). */
  readonly retryDelaySeconds: number;
  /** A job still active after this long is taken as lost (its worker died) and runs again (default 600). */
  readonly jobTimeoutSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 4, retryDelaySeconds: 30, jobTimeoutSeconds: 600 };

export interface QueueCounts {
  /** Waiting to run, retries included. */
  readonly queued: number;
  readonly active: number;
  /** Failed for good, kept in the dead-letter queue with their last error. */
  readonly dead: number;
}

/** Jobs inserted per statement. */
const INSERT_CHUNK = 500;

export function toQueuedRaw(raw: RawDocument): QueuedRaw {
  const content = raw.content.kind === 'bytes'
    ? { kind: 'bytes' as const, base64: Buffer.from(raw.content.bytes).toString('base64'), charset: raw.content.charset }
    : raw.content;
  return { ...raw, content };
}

export function fromQueuedRaw(raw: QueuedRaw): RawDocument {
  const content = raw.content.kind === 'bytes'
    ? { kind: 'bytes' as const, bytes: new Uint8Array(Buffer.from(raw.content.base64, 'base64')), charset: raw.content.charset }
    : raw.content;
  return { ...raw, content };
}

/**
 * A job's id, from what it carries: queueing the same article (or URL) again while its job
 * waits adds nothing (pg-boss skips an id it holds). A UUID in form, as pg-boss's ids are.
 */
function jobId(job: IngestJob): string {
  const hash = createHash('sha256').update(job.kind === 'url' ? `url ${job.url}` : `article ${job.raw.source.uri} ${JSON.stringify(job.raw.content)}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

export class IngestQueue {
  private constructor(private readonly boss: PgBoss, private readonly settings: QueueSettings) {}

  /**
   * Connects to the queue in the database at `url`, creating pg-boss's schema and the queues on
   * first use. `supervise`: this process takes its turn at expiring lost jobs (workers do).
   */
  static async open(url: string, { settings = DEFAULT_QUEUE_SETTINGS, supervise = false, maintenanceSeconds = 30 }: { settings?: QueueSettings; supervise?: boolean; maintenanceSeconds?: number } = {}): Promise<IngestQueue> {
    const boss = new PgBoss({
      connectionString: url,
      schema: QUEUE_SCHEMA,
      max: 2,
      application_name: 'newsgraph-queue',
      supervise,
      schedule: false,
      maintenanceIntervalSeconds: maintenanceSeconds,
    });
    // pg-boss reports failed maintenance and connection errors as events; the next call that needs the database fails by itself.
    boss.on('error', () => {});
    try {
      await boss.start();
    } catch (error) {
      throw new ResourceError(`the job queue in ${withoutPassword(url)} cannot be opened: ${(error as Error).message}`, { cause: error });
    }
    for (const name of [DEAD_LETTER_QUEUE, INGEST_QUEUE]) {
      if ((await boss.getQueue(name)) !== null) continue;
      await boss.createQueue(name, name === DEAD_LETTER_QUEUE ? { name } : {
        name,
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: settings.jobTimeoutSeconds,
        deadLetter: DEAD_LETTER_QUEUE,
      });
    }
    return new IngestQueue(boss, settings);
  }

  /** Queues jobs (a job whose id is already waiting is skipped); returns how many were given. */
  async enqueue(jobs: readonly IngestJob[]): Promise<number> {
    for (let i = 0; i < jobs.length; i += INSERT_CHUNK) {
      await this.boss.insert(jobs.slice(i, i + INSERT_CHUNK).map((job) => ({
        id: jobId(job),
        name: INGEST_QUEUE,
        data: job,
        retryLimit: this.settings.retryLimit,
        retryDelay: this.settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: this.settings.jobTimeoutSeconds,
        deadLetter: DEAD_LETTER_QUEUE,
      })));
    }
    return jobs.length;
  }

  /** Up to `count` jobs, now active and this caller's to complete or fail. */
  async take(count: number): Promise<QueuedJob[]> {
    const jobs = await this.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: count, includeMetadata: true });
    return jobs.map((job) => ({ id: job.id, job: job.data, retryCount: job.retryCount, lastAttempt: job.retryCount >= job.retryLimit }));
  }

  async complete(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.boss.complete(INGEST_QUEUE, [...ids]);
  }

  /** Fails a job with its error: it runs again later, or goes to the dead-letter queue after its last attempt. */
  async fail(id: string, error: { code: string; message: string }): Promise<void> {
    await this.boss.fail(INGEST_QUEUE, id, error);
  }

  async counts(): Promise<QueueCounts> {
    const waiting = await this.boss.getQueueSize(INGEST_QUEUE);
    const started = await this.boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
    const dead = await this.boss.getQueueSize(DEAD_LETTER_QUEUE, { before: 'completed' });
    return { queued: waiting, active: started - waiting, dead };
  }

  /** Expires lost jobs now (maintenance does it every few seconds in supervising processes). */
  async expireLost(): Promise<void> {
    await this.boss.expire();
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}
