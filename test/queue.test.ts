/**
 * Scale-out on the real PostgreSQL: worker processes taking articles from the pg-boss queue.
 * Each test has a database of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { IngestQueue, toQueuedRaw, type IngestJob, type QueueSettings } from '../src/corpus/queue.js';
import { openStore, type Store } from '../src/corpus/store.js';
import { runWorker } from '../src/corpus/worker.js';
import { PoliteFetcher } from '../src/sources/web/polite.js';
import { DEFAULT_SOURCE_LIMITS } from '../src/sources/types.js';
import { createTestDatabase, type TestDatabase } from './lib/postgres.js';
import { fixtureRecords } from './fixture-corpus.js';
import { rawText, runCli, tempDir } from './helpers.js';
import { join } from 'node:path';

const analyzer = createAnalyzer();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => {});
});

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase();
  cleanups.push(() => created.drop());
  return created;
}

async function opened<T extends { close(): Promise<void> }>(resource: Promise<T>): Promise<T> {
  const value = await resource;
  cleanups.push(() => value.close());
  return value;
}

/** Fast retries and a short job timeout, so that a lost job comes back within the test. */
const FAST: QueueSettings = { retryLimit: 3, retryDelaySeconds: 1, jobTimeoutSeconds: 2 };

/** The fixture corpus's plain-text articles as queue jobs. */
function articleJobs(count: number): IngestJob[] {
  return fixtureRecords().filter((record) => record.text !== undefined).slice(0, count)
    .map((record) => ({ kind: 'article', raw: toQueuedRaw({ ...rawText(record.text!), source: { uri: `fixture:${record.name}`, kind: 'file' } }) }));
}

function workerProcess(url: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--db', url, '--poll-ms', '200', '--allow-private', ...args], { stdio: 'ignore' });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
  else child.on('exit', (code) => resolve(code));
});

async function count(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(query)).rows[0]!.n);
  } catch {
    return 0; // the tables are not there yet
  } finally {
    await client.end();
  }
}

/** Every stored document's facts are there once, and nothing else is. */
async function checkConsistent(store: Store, url: string): Promise<number> {
  let documents = 0;
  for await (const doc of store.exportRecords()) {
    documents++;
    const rows = (table: string) => count(url, `select count(*) as n from ${table} where document_id = '${doc.id}'`);
    expect({ id: doc.id, entities: await rows('entities'), events: await rows('events'), quotes: await rows('quotes'), search: await rows('document_search') })
      .toEqual({ id: doc.id, entities: doc.entities.length, events: doc.events.length, quotes: doc.quotes.length, search: 1 });
  }
  return documents;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs workers in this process until every queued job is done (retries and expired jobs included), or fails after `timeoutMs`. */
async function drain(queue: IngestQueue, store: Store, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await queue.expireLost();
    await runWorker(queue, store, analyzer, { fetcher: new PoliteFetcher(), signal: new AbortController().signal, untilEmpty: true });
    const counts = await queue.counts();
    if (counts.queued === 0 && counts.active === 0) return;
    if (Date.now() > deadline) throw new Error(`the queue did not drain: ${JSON.stringify(counts)}`);
    await sleep(300);
  }
}

describe('queue workers on PostgreSQL', () => {
  it('retries the job of a worker killed with SIGKILL mid-job: nothing lost, nothing twice', async () => {
    const { url } = await database();
    const jobs = articleJobs(30);
    const queue = await opened(IngestQueue.open(url, { settings: FAST }));
    await queue.enqueue(jobs);
    const child = workerProcess(url);
    cleanups.push(async () => child.kill('SIGKILL'));
    while ((await count(url, 'select count(*) as n from documents')) < 5 && child.exitCode === null) await sleep(20);
    child.kill('SIGKILL');
    await exited(child);
    // It died holding jobs (its batch), stored or not: they stay active until they expire.
    expect((await queue.counts()).active).toBeGreaterThan(0);
    const store = await opened(openStore(url));
    await drain(queue, store);
    expect(await checkConsistent(store, url)).toBe(jobs.length);
    expect((await store.stats()).failures).toBe(0);
    expect(await queue.counts()).toEqual({ queued: 0, active: 0, dead: 0 });
  }, 120_000);

  it('stops on SIGTERM after the articles in hand, leaving no job active', async () => {
    const { url } = await database();
    const jobs = articleJobs(30);
    const queue = await opened(IngestQueue.open(url, { settings: FAST }));
    await queue.enqueue(jobs);
    const child = workerProcess(url, '--concurrency', '2', '--batch', '4');
    cleanups.push(async () => child.kill('SIGKILL'));
    while ((await count(url, 'select count(*) as n from documents')) < 3 && child.exitCode === null) await sleep(20);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    const counts = await queue.counts();
    const stored = await count(url, 'select count(*) as n from documents');
    expect(counts.active).toBe(0);
    expect(counts.queued + stored).toBe(jobs.length);
    expect(stored).toBeLessThan(jobs.length);
  }, 120_000);

  it('stores the same corpus with two worker processes as with one', async () => {
    const jobs = articleJobs(40);
    const one = await database();
    const two = await database();
    for (const { url } of [one, two]) await (await opened(IngestQueue.open(url))).enqueue(jobs);
    const single = await opened(openStore(one.url));
    await runWorker(await opened(IngestQueue.open(one.url)), single, analyzer, { fetcher: new PoliteFetcher(), signal: new AbortController().signal, untilEmpty: true });
    const workers = [workerProcess(two.url, '--until-empty'), workerProcess(two.url, '--until-empty')];
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);
    const pair = await opened(openStore(two.url));
    const records = async (store: Store) => {
      const all = [];
      for await (const doc of store.exportRecords()) all.push(doc);
      return all.sort((a, b) => a.id.localeCompare(b.id));
    };
    expect((await records(pair)).map((doc) => doc.id)).toEqual((await records(single)).map((doc) => doc.id));
    expect(await records(pair)).toEqual(await records(single));
    // Which report founds an event cluster or a story, and which article first gives an actor its name, type and country, depend on
    // the order articles arrive, for one worker as for two (docs/scaling.md); the rest does not.
    const orderFree = ({ documents, entities, quotes, eventReports, commitments, stances, failures, copies }: Awaited<ReturnType<Store['stats']>>) =>
      ({ documents, entities, quotes, eventReports, commitments, stances, failures, copies });
    expect(orderFree(await pair.stats())).toEqual(orderFree(await single.stats()));
    const actorCounts = async (store: Store) => (await store.actors({ limit: 1000 })).map(({ key, documents, firstSeen, lastSeen }) => ({ key, documents, firstSeen, lastSeen }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(await actorCounts(pair)).toEqual(await actorCounts(single));
    expect(await pair.quotes({ limit: 1000 })).toEqual(await single.quotes({ limit: 1000 }));
    expect(await checkConsistent(pair, two.url)).toBe(jobs.length);
  }, 120_000);

  it('sends a job that keeps failing to the dead-letter queue with its error, and records the article as failed', async () => {
    const { url } = await database();
    const queue = await opened(IngestQueue.open(url, { settings: { ...FAST, retryLimit: 1 } }));
    // Nothing listens on port 9 of this machine: not even robots.txt can be read, an error that can pass.
    await queue.enqueue([{ kind: 'url', url: 'http://127.0.0.1:9/article.html', publishedAt: null }]);
    const store = await opened(openStore(url));
    const deadline = Date.now() + 30_000;
    while ((await queue.counts()).dead === 0 && Date.now() < deadline) {
      await runWorker(queue, store, analyzer, { fetcher: new PoliteFetcher({ minIntervalMs: 0, maxRetries: 0, limits: { ...DEFAULT_SOURCE_LIMITS, allowPrivateNetworks: true } }), signal: new AbortController().signal, untilEmpty: true });
      await sleep(300);
    }
    expect(await queue.counts()).toEqual({ queued: 0, active: 0, dead: 1 });
    expect((await store.stats()).failures).toBe(1);
    // The dead job keeps the job and its last error (read from pg-boss's table: its API only hands dead jobs out to be run).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    cleanups.push(() => client.end());
    const { rows } = await client.query<{ data: IngestJob; output: { code: string } }>("select data, output from newsgraph_queue.job where name = 'newsgraph-ingest-dead'");
    expect(rows).toMatchObject([{ data: { kind: 'url', url: 'http://127.0.0.1:9/article.html' }, output: { code: 'NG_ROBOTS_UNAVAILABLE' } }]);
  }, 60_000);

  it('queues a folder and a feed from the command line, and workers started from it empty the queue', async () => {
    const { url } = await database();
    const site = await articleSite(3);
    cleanups.push(() => new Promise((resolve) => site.server.close(resolve)));
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'a.txt'), fixtureRecords().find((record) => record.text !== undefined)!.text!);
    const queued = await runCli(['ingest', dir, `${site.origin}/feed.xml`, '--db', url, '--enqueue', '--delay-ms', '0', '--allow-private']);
    expect(queued.err).toMatch(/4 articles queued/);
    expect(queued.status).toBe(0);
    const status = await runCli(['queue', '--db', url, '--format', 'json']);
    expect(JSON.parse(status.out)).toEqual({ queued: 4, active: 0, dead: 0, documents: 0, failures: 0 });
    const worked = await runCli(['worker', '--db', url, '--until-empty', '--delay-ms', '0', '--allow-private']);
    expect(worked.status).toBe(0);
    expect(JSON.parse((await runCli(['queue', '--db', url, '--format', 'json'])).out)).toEqual({ queued: 0, active: 0, dead: 0, documents: 4, failures: 0 });
    // A second round queues nothing new: the feed's articles are known; watch --enqueue says the same.
    expect((await runCli(['ingest', `${site.origin}/feed.xml`, '--db', url, '--enqueue', '--allow-private'])).err).toMatch(/0 articles queued, 3 seen before/);
    const watched = await runCli(['watch', `${site.origin}/feed.xml`, '--db', url, '--enqueue', '--rounds', '1', '--allow-private']);
    expect(watched.status).toBe(0);
    expect(watched.err).toMatch(/round 1: 0 queued, 3 seen before, 0 failed/);
  }, 120_000);

  it('refuses --enqueue and worker without a PostgreSQL database, saying why', async () => {
    const path = join(tempDir(), 'corpus.db');
    for (const args of [['ingest', 'examples', '--enqueue', '--db', path], ['worker', '--db', path], ['queue']]) {
      const { status, err } = await runCli(args);
      expect(status).toBe(2);
      expect(err).toMatch(/needs --db postgres:\/\/.*the job queue lives in PostgreSQL/);
    }
  });

  it('takes turns per host across stores (processes): one request per interval', async () => {
    const { url } = await database();
    const stores = [await opened(openStore(url)), await opened(openStore(url))];
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await stores[i % 2]!.takeHostTurn('news.example', 500));
    // Taken at once, the turns fall 500 ms apart whichever process takes them.
    waits.forEach((wait, i) => expect(wait).toBeGreaterThanOrEqual(i * 500 - 100));
    waits.forEach((wait, i) => expect(wait).toBeLessThanOrEqual(i * 500));
    expect(await stores[0]!.takeHostTurn('other.example', 500)).toBe(0);
  });

  it('keeps the interval per host when two worker processes fetch from one site', async () => {
    const { url } = await database();
    const site = await articleSite(6);
    cleanups.push(() => new Promise((resolve) => site.server.close(resolve)));
    const queue = await opened(IngestQueue.open(url));
    await queue.enqueue(site.articles.map((article) => ({ kind: 'url', url: article, publishedAt: null })));
    const workers = [workerProcess(url, '--until-empty', '--delay-ms', '400'), workerProcess(url, '--until-empty', '--delay-ms', '400')];
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);
    const times = site.requests.filter((request) => request.path.startsWith('/articles/')).map((request) => request.at).sort((a, b) => a - b);
    expect(times).toHaveLength(6);
    const gaps = times.slice(1).map((time, i) => time - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(380);
  }, 120_000);
});

/** A local news site: robots.txt, a feed of `count` articles, the articles; it records each request's path and time. */
async function articleSite(count: number): Promise<{ server: Server; origin: string; articles: string[]; requests: { path: string; at: number }[] }> {
  const texts = fixtureRecords().filter((record) => record.text !== undefined).slice(10, 10 + count).map((record) => record.text!);
  const requests: { path: string; at: number }[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, at: Date.now() });
    const article = /^\/articles\/(\d+)\.html$/.exec(path);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    } else if (path === '/feed.xml') {
      const items = texts.map((_, i) => `<item><title>Article ${i}</title><link>${origin}/articles/${i}.html</link></item>`).join('');
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title><link>${origin}/</link>${items}</channel></rss>`);
    } else if (article !== null && texts[Number(article[1])] !== undefined) {
      const body = texts[Number(article[1])]!.split('\n').filter((line) => line.trim() !== '').map((line) => `<p>${line}</p>`).join('');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Article ${article[1]}</title></head><body><article>${body}</article></body></html>`);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, articles: texts.map((_, i) => `${origin}/articles/${i}.html`), requests };
}
