/**
 * The corpus store on PostgreSQL gives the answers it gives on SQLite: the fixture corpus stored
 * in both, in the same order, then every read the commands and the server make, compared.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { parseQuery } from '../src/corpus/search.js';
import { openStore, type Store } from '../src/corpus/store.js';
import { CommitmentStatusSchema, type AnalysisResult } from '../src/document/contract.js';
import { createTestDatabase, type TestDatabase } from './lib/postgres.js';
import { fixtureArticles } from './lib/web-corpus.js';
import { runCli, tempDir } from './helpers.js';
import { buildServer } from '../src/server/app.js';
import { join } from 'node:path';

let database: TestDatabase;
let sqlite: Store;
let postgres: Store;

/** Both stores are written at this (frozen) time, so that their ingest times agree. */
const INGESTED_AT = new Date('2026-01-15T12:00:00Z');

beforeAll(async () => {
  const dir = tempDir();
  const analyzer = createAnalyzer();
  const results: AnalysisResult[] = [];
  for await (const result of analyzer.analyzeInputs([fixtureArticles(dir)])) results.push(result);
  database = await createTestDatabase();
  sqlite = await openStore(join(dir, 'corpus.db'));
  postgres = await openStore(database.url);
  vi.useFakeTimers({ now: INGESTED_AT, toFake: ['Date'] });
  try {
    for (const store of [sqlite, postgres]) {
      for (const result of results) {
        if (result.status === 'ok') await store.addDocument(result);
        else await store.addFailure(result.source, result.error);
      }
    }
  } finally {
    vi.useRealTimers();
  }
}, 240_000);

afterAll(async () => {
  await sqlite?.close();
  await postgres?.close();
  await database?.drop();
});

/** The same read on both stores. */
async function both<T>(read: (store: Store) => Promise<T>): Promise<[T, T]> {
  return [await read(sqlite), await read(postgres)];
}

async function expectSame<T>(read: (store: Store) => Promise<T>): Promise<T> {
  const [fromSqlite, fromPostgres] = await both(read);
  expect(fromPostgres).toEqual(fromSqlite);
  return fromSqlite;
}

async function collect<T>(rows: AsyncGenerator<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe('the corpus on PostgreSQL', () => {
  it('holds what SQLite holds', async () => {
    const stats = await expectSame((store) => store.stats());
    expect(stats.documents).toBeGreaterThan(100);
    expect(stats.events).toBeGreaterThan(100);
    const records = await expectSame((store) => collect(store.exportRecords()));
    expect(records.length).toBe(stats.documents);
    await expectSame((store) => collect(store.gdeltRows()));
  });

  it('finds the same articles for words, phrases, operators and filters', async () => {
    for (const query of ['talks', '"fishery patrols"', 'Solberg OR Jonsson', 'minister NOT Solberg', '(talks OR meeting) minister',
      'type:CONSULT', 'status:planned', 'actor:Solberg', 'outlet:"World Wire" from:2025-01-01', 'lang:en to:2025-06-05']) {
      const [fromSqlite, fromPostgres] = await both((store) => store.search(query, { limit: 500 }));
      expect({ query, total: fromPostgres.total, exact: fromPostgres.totalExact }).toEqual({ query, total: fromSqlite.total, exact: fromSqlite.totalExact });
      expect(fromSqlite.total).toBeGreaterThan(0);
      const ids = (results: typeof fromSqlite) => results.results.map((result) => result.id).sort();
      expect(ids(fromPostgres)).toEqual(ids(fromSqlite));
      // Filters alone read newest first in both: the same order and the same snippets (the article's start).
      if (parseQuery(query).terms === null) expect(fromPostgres).toEqual(fromSqlite);
    }
    const [ranked] = await both((store) => store.search('Solberg'));
    expect(ranked.results[0]!.snippet).toMatch(/\[Solberg\]/);
    const fromPostgres = await postgres.search('Solberg');
    expect(fromPostgres.results.every((result) => result.snippet.includes('[Solberg]'))).toBe(true);
  });

  it('reads actors, quotes, commitments, events, places, stances, stories and timelines the same', async () => {
    const actors = await expectSame((store) => store.actors({ limit: 1000 }));
    await expectSame((store) => store.actors({ q: 'sol', limit: 50 }));
    const [solberg] = await expectSame((store) => store.findActors('Ingrid Solberg'));
    expect(solberg).toBeDefined();
    await expectSame((store) => store.actorProfile(solberg!));
    await expectSame((store) => store.actorProfile(actors[5]!));
    await expectSame((store) => store.quotes({ limit: 1000 }));
    await expectSame((store) => store.quotes({ speaker: solberg!.key }));
    for (const state of ['all', 'open', 'overdue', 'kept', 'broken'] as const) await expectSame((store) => store.commitments({ state, today: '2026-01-01', limit: 1000 }));
    // Each commitment's stated status, read back and filtered on the same in both; every one freshly stored has one.
    const commitments = await expectSame((store) => store.commitments({ today: '2026-01-01', limit: 1000 }));
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.every((row) => row.status !== null)).toBe(true);
    let byStatus = 0;
    for (const status of CommitmentStatusSchema.enum) byStatus += (await expectSame((store) => store.commitments({ status, today: '2026-01-01', limit: 1000 }))).length;
    expect(byStatus).toBe(commitments.length);
    await expectSame((store) => store.events({ limit: 1000 }));
    await expectSame((store) => store.events({ actor: solberg!.key, types: ['CONSULT'], statuses: ['occurred', 'planned'], from: '2020-01-01', to: '2030-01-01', limit: 100 }));
    await expectSame((store) => store.places({}));
    await expectSame((store) => store.stances({ limit: 1000 }));
    for (const by of ['day', 'week', 'month'] as const) await expectSame((store) => store.timeline({ by }));
    await expectSame((store) => store.timeline({ actor: solberg!.key, by: 'day' }));
    const documents = await expectSame((store) => store.documents({ limit: 1000 }));
    for (const { id } of documents.results.slice(0, 20)) await expectSame((store) => store.document(id));
    const stories = await expectSame((store) => store.stories({ limit: 1000 }));
    for (const { story } of stories.results.slice(0, 20)) await expectSame((store) => store.story(story));
  });

  it('serves the same answers over HTTP, and the read commands read it', async () => {
    const servers = await Promise.all([sqlite, postgres].map((store) => buildServer({ store, webRoot: join(tempDir(), 'no-web-app') })));
    try {
      for (const url of ['/api/stats', '/api/events?limit=50', '/api/quotes?limit=50', '/api/stories?limit=20', '/api/search?q=type%3ACONSULT', '/api/timeline?by=month']) {
        const [fromSqlite, fromPostgres] = await Promise.all(servers.map((app) => app.inject({ method: 'GET', url })));
        expect({ url, status: fromPostgres!.statusCode }).toEqual({ url, status: 200 });
        expect(fromPostgres!.json()).toEqual(fromSqlite!.json());
      }
    } finally {
      await Promise.all(servers.map((app) => app.close()));
    }
    const stats = await runCli(['stats', '--db', database.url, '--format', 'json']);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.out)).toEqual(await sqlite.stats());
    const search = await runCli(['search', 'Solberg', '--db', database.url, '--format', 'json']);
    expect(JSON.parse(search.out).total).toBe((await sqlite.search('Solberg')).total);
  });

  it('stores an article once however often it arrives, and moves its version with each write', async () => {
    const [record] = await collect(postgres.exportRecords());
    const before = await postgres.version();
    expect(await postgres.addDocument(record!)).toBe('duplicate');
    await postgres.addFailure({ uri: 'file:///nowhere.txt', kind: 'file' }, { code: 'NG_INPUT_EMPTY', message: 'empty' });
    expect(await postgres.version()).not.toBe(before);
  });
});
