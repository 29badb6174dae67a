import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { GDELT_COLUMNS } from '../src/corpus/gdelt.js';
import { ingest } from '../src/corpus/ingest.js';
import { migrations } from '../src/corpus/migrations.js';
import { parseQuery, queryTerms, SearchSyntaxError } from '../src/corpus/search.js';
import { openStore } from '../src/corpus/store.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { fixtureRecords } from './fixture-corpus.js';
import { runCli, tempDir } from './helpers.js';

const analyzer = createAnalyzer();

/** A folder of the fixtures' plain-text articles, one file each. */
function articleFolder(count: number): string {
  const dir = join(tempDir(), 'articles');
  mkdirSync(dir);
  fixtureRecords().filter((record) => record.text !== undefined).slice(0, count).forEach((record, i) => {
    writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), record.text!);
  });
  return dir;
}

/** Every stored document's facts are all there, once: the rows match the stored record. */
function checkConsistent(path: string): number {
  const db = new Database(path, { readonly: true });
  const documents = db.prepare('select id, record from documents').all() as { id: string; record: string }[];
  for (const { id, record } of documents) {
    const doc = JSON.parse(record) as AnalyzedDocument;
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table} where document_id = ?`).get(id) as { n: number }).n;
    expect({ id, entities: count('entities'), quotes: count('quotes'), events: count('events'), search: count('document_search') })
      .toEqual({ id, entities: doc.entities.length, quotes: doc.quotes.length, events: doc.events.length, search: 1 });
  }
  // stats counts real-world events as event_clusters rows: one per cluster some report still has.
  const clusters = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  expect(clusters('select count(*) as n from event_clusters')).toBe(clusters('select count(distinct cluster) as n from events'));
  db.close();
  return documents.length;
}

describe('corpus store', () => {
  it('stores each article once: a second ingest of the same inputs adds nothing', async () => {
    const dir = articleFolder(12);
    const store = await openStore(join(tempDir(), 'corpus.db'));
    expect(await ingest([dir], analyzer, store)).toEqual({ done: 12, added: 12, duplicates: 0, failed: 0, skipped: 0, queued: 0 });
    const before = await store.stats();
    expect(await ingest([dir], analyzer, store)).toEqual({ done: 12, added: 0, duplicates: 12, failed: 0, skipped: 0, queued: 0 });
    expect(await store.stats()).toEqual(before);
    expect(Object.keys(before)).toEqual(['documents', 'entities', 'quotes', 'events', 'eventReports', 'commitments', 'stances', 'stories', 'failures', 'copies']);
    expect(before.documents).toBe(12);
    await store.close();
  });

  it('stores the same corpus when worker threads analyze, in the same order', async () => {
    const dir = articleFolder(8);
    const snapshot = async (workers: number) => {
      const path = join(tempDir(), 'corpus.db');
      const store = await openStore(path);
      const counts = await ingest([dir, join(dir, 'missing.txt')], analyzer, store, { workers });
      const stats = await store.stats();
      await store.close();
      const db = new Database(path, { readonly: true });
      const rows = db.prepare('select id, story, copy_of from documents order by rowid').all();
      db.close();
      return { counts, stats, rows };
    };
    const inThread = await snapshot(0);
    expect(inThread.counts).toMatchObject({ added: 8, failed: 1 });
    expect(await snapshot(1)).toEqual(inThread);
  });

  it('names a bad data folder before a worker analyzes anything', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    await expect(ingest([articleFolder(1)], analyzer, store, { workers: 1, dataDir: tempDir() })).rejects.toThrow(/english-function-words\.json|data/);
    expect(await store.stats()).toMatchObject({ documents: 0 });
    await store.close();
  });

  it('records a failed input and goes on', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    const counts = await ingest(['examples/harbour-talks.txt', join(tempDir(), 'missing.txt')], analyzer, store);
    expect(counts).toMatchObject({ added: 1, failed: 1 });
    expect(await store.stats()).toMatchObject({ documents: 1, failures: 1 });
    await store.close();
  });

  it('joins actors across articles by their key', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    const first = analyzer.analyze({ text: 'Norway and Iceland agreed on Tuesday to hold talks on fishing quotas in Oslo.', publishedAt: '2025-03-04' });
    const second = analyzer.analyze({ text: 'Norway said on Friday that the talks with Denmark had ended without a deal.', publishedAt: '2025-03-08' });
    for (const doc of [first, second]) await store.addDocument(doc as AnalyzedDocument);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("select documents, first_seen, last_seen from actors where name = 'Norway'").get()).toEqual({ documents: 2, first_seen: '2025-03-04', last_seen: '2025-03-08' });
    db.close();
  });

  it('counts one event reported by several articles once, and keeps apart what differs in day or target', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    const report = (text: string, publishedAt: string) => store.addDocument(analyzer.analyze({ text, publishedAt }) as AnalyzedDocument);
    await report('Norway and Iceland hold fishing talks\nNorway met Iceland in Oslo on Monday to discuss the catch limits, officials said.', '2025-03-04');
    await report('Fishing talks in Oslo\nNorwegian officials met Iceland on Monday in Oslo for talks on quotas, a ministry statement said.', '2025-03-04');
    await report('More talks\nNorway met Iceland in Oslo on Monday for a second round on quotas, the ministry said.', '2025-03-25');
    await report('Other talks\nNorway met Denmark in Oslo on Monday to discuss the ferry routes, officials said.', '2025-03-04');
    const stats = await store.stats();
    expect((await store.timeline({ by: 'month' })).reduce((sum, bucket) => sum + bucket.events, 0)).toBe(stats.events);
    await store.close();
    // Each article's "met": the first two are one meeting; the one three weeks later and the one with Denmark are others.
    const db = new Database(path, { readonly: true });
    const met = (db.prepare("select cluster from events join documents on documents.id = events.document_id where trigger = 'met' order by documents.published_at, documents.title").all() as { cluster: string }[]).map((row) => row.cluster);
    db.close();
    // In order: the two reports of 4 March on Iceland, the one with Denmark, the later one.
    const [fishing, holdTalks, denmark, later] = met;
    expect(fishing).toBe(holdTalks);
    expect(new Set([fishing, denmark, later]).size).toBe(3);
    expect(stats.events).toBeLessThan(stats.eventReports);
  });

  it('marks a syndicated copy (the same story under another outlet\'s dateline and credits) as a copy of the first', async () => {
    const original = readFileSync('examples/harbour-talks.txt', 'utf8');
    const body = original.split('\n').slice(1).join('\n');
    const copy = `Fishing patrols agreed\nBERGEN (Coastal Press) - ${body}\n\nReporting by the Coastal Press desk; editing by the night team.`;
    const store = await openStore(join(tempDir(), 'corpus.db'));
    const first = analyzer.analyze({ text: original }) as AnalyzedDocument;
    await store.addDocument(first);
    await store.addDocument(analyzer.analyze({ text: copy }) as AnalyzedDocument);
    await store.addDocument(analyzer.analyze({ text: 'Ferry strike ends\nFerry crews in Tromso returned to work on Friday after a two-day strike over pay, the union said, and the first boats sailed at noon.' }) as AnalyzedDocument);
    expect(await store.stats()).toMatchObject({ documents: 3, copies: 1 });
    const hits = (await store.search('patrols', { limit: 10 })).results;
    expect(hits.map((hit) => hit.copyOf).sort()).toEqual([first.id, null]);
    await store.close();
  });

  it('groups articles about the same developing news into one story, and keeps apart other news of the same days', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    const add = async (text: string, publishedAt: string) => {
      const doc = analyzer.analyze({ text, publishedAt }) as AnalyzedDocument;
      await store.addDocument(doc);
      return doc.id;
    };
    const strike = await add('Ferry strike halts crossings\nFerry crews in Tromso walked out on Monday over pay, stranding hundreds of passengers at the harbour. The union said the ferry strike would last until the operator improved its offer.', '2025-05-05');
    const talks = await add('Fishing quota talks open in Reykjavik\nIceland and Norway opened talks on herring quotas in Reykjavik on Monday, with scientists urging lower catches this season.', '2025-05-05');
    const strikeEnds = await add('Ferry strike ends in Tromso\nThe ferry strike in Tromso ended on Wednesday when the union accepted the operator\'s new pay offer, and crews returned to the harbour; passengers stranded by the strike began crossing again.', '2025-05-07');
    const strikeMonthsLater = await add('Ferry crews vote on pay\nFerry crews in Tromso will vote next week on a pay offer from the operator, the union said, with a strike possible at the harbour.', '2025-09-20');
    await store.close();
    const db = new Database(path, { readonly: true });
    const storyOf = (id: string) => (db.prepare('select story from documents where id = ?').get(id) as { story: string }).story;
    expect(storyOf(strikeEnds)).toBe(storyOf(strike));
    expect(storyOf(talks)).not.toBe(storyOf(strike));
    expect(storyOf(strikeMonthsLater)).not.toBe(storyOf(strike));
    expect(db.prepare('select documents, day_min, day_max from stories where story = ?').get(storyOf(strike))).toEqual({ documents: 2, day_min: '2025-05-05', day_max: '2025-05-07' });
    db.close();
  });

  it('opens a store the first release made, adding what later migrations add and keeping what it held', async () => {
    const path = join(tempDir(), 'corpus.db');
    const database = new Database(path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
    expect((await new Migrator({ db, provider: migrations }).migrateTo('0001-initial')).error).toBeUndefined();
    await db.destroy();
    const old = new Database(path);
    old.prepare("insert into documents (id, source_uri, analyzer_version, schema_version, ingested_at, record) values ('old', 'file:old.txt', '0.1.0', '2.0.0', '2025-01-01', '{}')").run();
    old.close();
    const store = await openStore(path);
    expect(await store.stats()).toMatchObject({ documents: 1, stories: 0 });
    await store.addDocument(analyzer.analyze({ text: readFileSync('examples/harbour-talks.txt', 'utf8') }) as AnalyzedDocument);
    expect(await store.stats()).toMatchObject({ documents: 2, stories: 1 });
    await store.close();
  });

  it('migrates a store of the second release: search fields and actor summaries filled from what it holds, so search and profiles read as after a fresh ingest', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    const doc = analyzer.analyze({ text: readFileSync('examples/harbour-talks.txt', 'utf8'), publisher: 'Harbour Herald', publishedAt: '2025-08-19' }) as AnalyzedDocument;
    await store.addDocument(doc);
    const before = await store.search('minister', { limit: 5 });
    const [solberg] = await store.findActors('Ingrid Solberg');
    const profile = await store.actorProfile(solberg!);
    expect(profile.roles.length).toBeGreaterThan(0);
    const timeline = await store.timeline({ by: 'day' });
    const solbergTimeline = await store.timeline({ actor: solberg!.key, by: 'day' });
    expect(solbergTimeline.reduce((sum, bucket) => sum + bucket.reports, 0)).toBeGreaterThan(0);
    await store.close();
    // The store as release two left it: no search_fields or actor summaries, its indexes of then, and migrations 0003 on not applied.
    const database = new Database(path);
    database.exec(`drop table search_fields; drop index event_actors_actor_day; create index event_actors_actor_side_day on event_actors (actor, side, day);
      drop index entities_actor_day_document; create index entities_actor_day on entities (actor_key, day); drop index documents_copy_of; drop index events_place; drop table actor_names; drop table actor_roles; create index entities_lower_name on entities (lower(name)); drop table report_days; drop table actor_report_days;
      drop index cluster_actors_actor_day; alter table cluster_actors drop column day_min; create index cluster_actors_actor on cluster_actors (actor, side); drop table host_turns;
      alter table commitments drop column status;
      delete from kysely_migration where name >= '0003'`);
    database.close();
    const reopened = await openStore(path);
    expect(await reopened.search('minister', { limit: 5 })).toEqual(before);
    // Names and roles counted from the stored entities, as ingest counts them.
    expect(await reopened.actorProfile(solberg!)).toEqual(profile);
    expect(await reopened.timeline({ by: 'day' })).toEqual(timeline);
    expect(await reopened.timeline({ actor: solberg!.key, by: 'day' })).toEqual(solbergTimeline);
    // Commitments stored before migration 0008 have no stated status: null, not a guessed 'promised'.
    const commitments = await reopened.commitments({ today: '2025-12-31' });
    expect(commitments).toHaveLength(doc.commitments.length);
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.every((row) => row.status === null)).toBe(true);
    const type = doc.events[0]!.plover;
    expect((await reopened.search(`type:${type} outlet:herald from:2025-08-01`)).results.map((hit) => hit.id)).toEqual([doc.id]);
    expect((await reopened.search(`type:NOSUCHTYPE minister`)).total).toBe(0);
    await reopened.close();
    // The actor's events per day, as the event_clusters table has them (the definition the kept rows serve).
    const check = new Database(path, { readonly: true });
    const byDay = check.prepare(`select event_clusters.day_min as period, count(distinct event_clusters.cluster) as events from event_clusters
      join cluster_actors on cluster_actors.cluster = event_clusters.cluster where cluster_actors.actor = ? group by event_clusters.day_min`).all(solberg!.key);
    check.close();
    expect(solbergTimeline.filter((bucket) => bucket.events > 0).map(({ period, events }) => ({ period, events }))).toEqual(byDay);
  });

  it('moves an actor\'s event to the day of an earlier report that arrives later', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    const later = { text: 'Norway met Iceland for talks on fishing quotas, officials said.', publishedAt: '2025-03-05' };
    const earlier = { text: 'Fishery officials from both countries confirmed that Norway met Iceland for talks on fishing quotas.', publishedAt: '2025-03-03' };
    await store.addDocument(analyzer.analyze(later) as AnalyzedDocument);
    const [norway] = await store.findActors('Norway');
    expect(await store.timeline({ actor: norway!.key, by: 'day' })).toEqual([{ period: '2025-03-05', reports: 1, events: 1 }]);
    await store.addDocument(analyzer.analyze(earlier) as AnalyzedDocument);
    // One real-world event, now first reported on the 3rd; two reports.
    expect(await store.timeline({ actor: norway!.key, by: 'day' })).toEqual([{ period: '2025-03-03', reports: 1, events: 1 }, { period: '2025-03-05', reports: 1, events: 0 }]);
    expect(await store.timeline({ by: 'day' })).toEqual([{ period: '2025-03-03', reports: 1, events: 1 }, { period: '2025-03-05', reports: 1, events: 0 }]);
    await store.close();
  });

  it('follows promises up: a later report of the promised action keeps one, a refusal breaks one, in whatever order articles arrive', async () => {
    const promise = { text: 'Norway promised on Monday to send fishing inspectors to Iceland by June, the ministry said.', publishedAt: '2025-03-03' };
    const kept = { text: 'Norway sent fishing inspectors to Iceland on Friday, the ministry said.', publishedAt: '2025-03-21' };
    const pledge = { text: 'Iceland pledged on Monday to hold talks with Norway on fishing quotas before the end of March.', publishedAt: '2025-03-03' };
    const refusal = { text: 'Iceland refused on Tuesday to hold talks with Norway on fishing quotas, officials said.', publishedAt: '2025-03-25' };
    const unrelated = { text: 'Denmark sent fishing inspectors to Greenland on Friday, the ministry said.', publishedAt: '2025-03-21' };
    for (const order of [[promise, pledge, unrelated, kept, refusal], [refusal, kept, unrelated, pledge, promise]]) {
      const store = await openStore(join(tempDir(), 'corpus.db'));
      const docs = order.map((input) => analyzer.analyze(input) as AnalyzedDocument);
      for (const doc of docs) await store.addDocument(doc);
      const rows = await store.commitments({ today: '2025-12-31' });
      const idOf = (input: typeof promise) => docs[order.indexOf(input)]!.id;
      expect(rows.map((row) => [row.actors, row.outcome, row.outcomeEvent?.split('#')[0], row.overdue]).sort()).toEqual([
        [['Iceland'], 'broken', idOf(refusal), false],
        [['Norway'], 'kept', idOf(kept), false],
      ].sort());
      expect(await store.commitments({ today: '2025-12-31', state: 'overdue' })).toEqual([]);
      expect((await store.commitments({ today: '2025-12-31', state: 'kept' })).map((row) => row.actors)).toEqual([['Norway']]);
      expect((await store.commitments({ today: '2025-12-31', state: 'broken' })).map((row) => row.actors)).toEqual([['Iceland']]);
      await store.close();
    }
  });

  it('reads back the status each commitment\'s own article states, apart from the follow-up a later article gives it', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    const texts = [
      'Governor Lisa Park promised to fix the bridge.',
      'Senator Jane Doe pledged to cut taxes if she is elected.',
      'Governor Lisa Park promised to build a school. In March, Park kept her promise.',
      'Mayor Tom Ortiz vowed to open a library, but he later walked back the pledge.',
    ];
    const docs = texts.map((text) => analyzer.analyze({ text, publishedAt: '2016-05-02' }) as AnalyzedDocument);
    for (const doc of docs) await store.addDocument(doc);
    const stated = docs.flatMap((doc) => doc.commitments.map((commitment) => [commitment.what, commitment.status]));
    expect(stated.sort()).toEqual([['build a school', 'kept'], ['cut taxes', 'conditional'], ['fix the bridge', 'promised'], ['open a library', 'withdrawn']]);
    const rows = await store.commitments({ today: '2016-12-31' });
    expect(rows.map((row) => [row.what, row.status]).sort()).toEqual(stated);
    // The article says it was kept; no later article has followed it up.
    expect(rows.find((row) => row.what === 'build a school')).toMatchObject({ status: 'kept', outcome: null, outcomeEvent: null });
    expect((await store.commitments({ today: '2016-12-31', status: 'withdrawn' })).map((row) => row.what)).toEqual(['open a library']);
    expect((await store.commitments({ today: '2016-12-31', status: 'kept' })).map((row) => row.what)).toEqual(['build a school']);
    expect(await store.commitments({ today: '2016-12-31', state: 'kept', status: 'kept' })).toEqual([]);
    expect(await store.commitments({ today: '2016-12-31', status: 'broken' })).toEqual([]);
    await store.close();
    const check = new Database(path, { readonly: true });
    expect((check.prepare('select what, status from commitments order by what').all() as { what: string; status: string }[]).map(({ what, status }) => [what, status])).toEqual(stated);
    check.close();
  });

  it('analyzes again, with --reanalyze, what another analyzer stored, ending as a fresh ingest would', async () => {
    const dir = articleFolder(6);
    const fresh = join(tempDir(), 'fresh.db');
    expect((await runCli(['ingest', dir, '--db', fresh, '--workers', '0'])).status).toBe(0);
    const stale = join(tempDir(), 'stale.db');
    expect((await runCli(['ingest', dir, '--db', stale, '--workers', '0'])).status).toBe(0);
    // As an older analyzer would have left it: another version, and facts it did not find.
    const db = new Database(stale);
    const older = db.prepare('select id from documents order by id limit 3').all() as { id: string }[];
    for (const { id } of older) {
      db.prepare("update documents set analyzer_version = '0.0.1' where id = ?").run(id);
      db.prepare('delete from quotes where document_id = ?').run(id);
    }
    db.close();
    const json = async <T>(args: string[]) => JSON.parse((await runCli([...args, '--format', 'json'])).out) as T;
    const before = await json<{ quotes: number }>(['stats', '--db', stale]);
    expect(before.quotes).toBeLessThan((await json<{ quotes: number }>(['stats', '--db', fresh])).quotes);
    const run = await runCli(['ingest', '--reanalyze', '--db', stale]);
    expect(run.err).toContain('3 stored articles analyzed again');
    expect(await json(['stats', '--db', stale])).toEqual(await json(['stats', '--db', fresh]));
    // An actor's names and roles, counted as articles are stored, are taken back and counted again.
    expect(await json(['entity', 'Ingrid Solberg', '--db', stale])).toEqual(await json(['entity', 'Ingrid Solberg', '--db', fresh]));
    expect(await json(['timeline', '--by', 'day', '--db', stale])).toEqual(await json(['timeline', '--by', 'day', '--db', fresh]));
    expect(await json(['timeline', '--actor', 'Ingrid Solberg', '--by', 'day', '--db', stale])).toEqual(await json(['timeline', '--actor', 'Ingrid Solberg', '--by', 'day', '--db', fresh]));
    expect((await runCli(['ingest', '--reanalyze', '--db', stale])).err).toContain('0 stored articles analyzed again');
  });

  it('searches words, phrases, OR and NOT, with curly quotes like straight ones', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    await ingest([articleFolder(40)], analyzer, store);
    const ids = async (query: string) => (await store.search(query, { limit: 100 })).results.map((hit) => hit.id).sort();
    const norway = await ids('Norway');
    expect(norway.length).toBeGreaterThan(0);
    expect(await ids('“joint patrols”')).toEqual(await ids('"joint patrols"'));
    const both = await ids('Norway OR Iceland');
    expect(both.length).toBeGreaterThanOrEqual(norway.length);
    const notIceland = await ids('Norway NOT Iceland');
    expect(notIceland.every((id) => norway.includes(id))).toBe(true);
    expect((await store.search('Norway', { limit: 1 })).total).toBe(norway.length);
    const hit = (await store.search('Norway', { limit: 1 })).results[0]!;
    expect(hit.snippet).toMatch(/\[Norway\]/);
    await store.close();
  });

  it('takes field filters out of a query, quoted or not, and leaves the words to full-text search', () => {
    expect(parseQuery('actor:“Donald Trump” type:ACCUSE wall from:2016-01-01')).toEqual({
      terms: [{ phrase: 'wall' }],
      filters: { actor: ['Donald Trump'], type: ['ACCUSE'], status: [], from: ['2016-01-01'], to: [], outlet: [], lang: [] },
    });
    expect(parseQuery('status:planned status:proposed').terms).toBeNull();
    expect(parseQuery('ratio:5').terms).toEqual([{ phrase: 'ratio:5' }]);
  });

  it('reads punctuation in a query as text, and refuses what it cannot search', () => {
    expect(queryTerms('U.S. al-Sharaa')).toEqual([{ phrase: 'U.S.' }, 'AND', { phrase: 'al-Sharaa' }]);
    expect(queryTerms('a AND NOT b')).toEqual([{ phrase: 'a' }, 'NOT', { phrase: 'b' }]);
    expect(queryTerms('(a OR b) "c d"')).toEqual(['(', { phrase: 'a' }, 'OR', { phrase: 'b' }, ')', 'AND', { phrase: 'c d' }]);
    expect(queryTerms('a (b OR c)')).toEqual([{ phrase: 'a' }, 'AND', '(', { phrase: 'b' }, 'OR', { phrase: 'c' }, ')']);
    for (const bad of ['"open', 'NOT a', 'a OR', '(a', 'AND']) expect(() => queryTerms(bad)).toThrow(SearchSyntaxError);
  });

  it('loses and duplicates nothing when an ingest is killed at any moment', async () => {
    const dir = articleFolder(150);
    const path = join(tempDir(), 'corpus.db');
    const stored = () => {
      try {
        const db = new Database(path, { readonly: true, fileMustExist: true });
        const { n } = db.prepare('select count(*) as n from documents').get() as { n: number };
        db.close();
        return n;
      } catch {
        return 0; // not created, or not migrated yet
      }
    };
    // Killed while writing, a little further each time.
    for (const killAt of [5, 40, 90]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', dir, '--db', path], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      while (stored() < killAt && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGKILL');
      await exited;
      checkConsistent(path);
    }
    const { status } = await runCli(['ingest', dir, '--db', path]);
    expect(status).toBe(0);
    expect(checkConsistent(path)).toBe(150);
  }, 120_000);
});

describe('corpus commands', () => {
  it('stats and search say what is wrong instead of creating an empty corpus', async () => {
    const missing = join(tempDir(), 'none.db');
    const { status, err } = await runCli(['stats', '--db', missing]);
    expect(status).toBe(2);
    expect(err).toMatch(/no corpus at .*none\.db; create one with "newsgraph ingest/);
  });

  it('ingests, counts and searches from the command line', async () => {
    const path = join(tempDir(), 'corpus.db');
    expect((await runCli(['ingest', 'examples', '--db', path])).status).toBe(0);
    const stats = JSON.parse((await runCli(['stats', '--db', path, '--format', 'json'])).out) as Record<string, number>;
    expect(stats).toMatchObject({ documents: 1, failures: 0 });
    const found = JSON.parse((await runCli(['search', 'fishery', 'patrols', '--db', path, '--format', 'json'])).out) as { total: number };
    expect(found.total).toBe(1);
    const bad = await runCli(['search', '"unclosed', '--db', path]);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/unbalanced quotation mark/);
  });
});

describe('corpus read commands', () => {
  const path = join(tempDir(), 'corpus.db');
  const read = async (args: string[]) => {
    const { status, out, err } = await runCli([...args, '--db', path]);
    expect(err).toBe('');
    expect(status).toBe(0);
    return out;
  };
  const json = async <T>(args: string[]) => JSON.parse(await read([...args, '--format', 'json'])) as T;

  it('profiles an actor: names, roles, quotes, events on both sides, actors named with it', async () => {
    const dir = join(tempDir(), 'news');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Talks in Oslo\nNorwegian Prime Minister Ingrid Solberg met Icelandic Foreign Minister Bjarni Jonsson in Oslo on Monday. "We will patrol the fishing grounds together," Solberg said.\n');
    writeFileSync(join(dir, 'b.txt'), 'Deal delayed\nIceland criticised Norway on Friday over the catch limits. Prime Minister Ingrid Solberg said the talks would resume next week.\n');
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ text: 'Pledge\nNorway pledged on Tuesday to send two patrol ships to Iceland, its neighbour, by the end of March, the defence ministry in Oslo said in a statement.', publishedAt: '2025-02-04' })}\n`);
    expect((await runCli(['ingest', dir, '--db', path, '--published-at', '2025-03-03'])).status).toBe(0);

    const profile = await json<{ actor: { name: string; documents: number }; names: string[]; roles: { title: string }[]; quotes: { text: string }[]; events: { asSource: { plover: string }[] }; coOccurring: { name: string }[] }>(['entity', 'Ingrid Solberg']);
    expect(profile.actor).toMatchObject({ name: 'Ingrid Solberg', documents: 2 });
    expect(profile.names).toContain('Ingrid Solberg');
    expect(profile.roles.map((role) => role.title.toLowerCase())).toContain('prime minister');
    expect(profile.quotes.map((quote) => quote.text)).toContain('We will patrol the fishing grounds together,');
    expect(profile.events.asSource.map((event) => event.plover)).toContain('CONSULT');
    expect(profile.coOccurring.map((other) => other.name)).toContain('Bjarni Jonsson');
    expect(await read(['entity', 'solberg', '--format', 'pretty'])).toMatch(/^Ingrid Solberg {2}\[/);
  });

  it('lists quotes by speaker, overdue commitments and a timeline by period', async () => {
    const quotes = await json<{ speaker: string }[]>(['quotes', '--speaker', 'Ingrid Solberg']);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((quote) => quote.speaker === 'Ingrid Solberg')).toBe(true);
    const overdue = await json<{ actors: string[]; what: string; overdue: boolean }[]>(['commitments', '--overdue']);
    expect(overdue).toEqual([expect.objectContaining({ actors: ['Norway'], status: 'promised', outcome: null, overdue: true })]);
    // --status filters on what the article states; the line shows it in brackets, apart from the follow-up.
    expect(await json(['commitments', '--status', 'promised'])).toEqual(overdue);
    expect(await json(['commitments', '--status', 'withdrawn'])).toEqual([]);
    expect(await read(['commitments', '--format', 'pretty'])).toMatch(/^2025-02-04 {2}Norway → Iceland: .+ \[promised\] \(due .+, OVERDUE\)\n$/);
    expect((await runCli(['commitments', '--status', 'open', '--db', path])).status).toBe(2);
    const months = await json<{ period: string; reports: number }[]>(['timeline', '--by', 'month']);
    expect(months.map((bucket) => bucket.period)).toEqual(['2025-02-01', '2025-03-01']);
    const norway = await json<{ reports: number }[]>(['timeline', '--actor', 'Norway', '--by', 'month']);
    expect(norway.reduce((sum, bucket) => sum + bucket.reports, 0)).toBeLessThanOrEqual(months.reduce((sum, bucket) => sum + bucket.reports, 0));
    const bad = await runCli(['timeline', '--by', 'year', '--db', path]);
    expect(bad.status).toBe(2);
  });

  it('filters a search by actor, event category and status, date, outlet and language, with or without words', async () => {
    const ids = async (query: string) => (await json<{ total: number; results: { id: string; publishedAt: string }[] }>(['search', query])).results;
    expect(await ids('actor:"Ingrid Solberg"')).toHaveLength(2);
    expect(await ids('actor:Solberg resume')).toHaveLength(1);
    expect(await ids('actor:Nobody')).toEqual([]);
    expect((await ids('type:consult')).length).toBeGreaterThan(0);
    expect((await ids('from:2025-03-01')).every((hit) => hit.publishedAt >= '2025-03-01')).toBe(true);
    expect(await ids('to:2025-03-01 patrol')).toHaveLength(1);
    expect(await ids('lang:en')).toHaveLength(3);
    expect(await ids('lang:de')).toEqual([]);
  });

  it('exports every record as JSONL, and the events as CSV with quoted fields', async () => {
    const lines = (await read(['export'])).trim().split('\n').map((line) => JSON.parse(line) as AnalyzedDocument);
    expect(lines).toHaveLength(3);
    const csv = (await read(['export', '--format', 'csv'])).trim().split('\n');
    expect(csv[0]).toBe('document_id,published_at,url,event_id,cameo,plover,quad_class,goldstein,status,trigger,source,target,place,time_start,time_end,confidence,evidence');
    expect(csv.length - 1).toBe(lines.reduce((sum, doc) => sum + doc.events.length, 0));
    expect(csv.some((row) => row.includes('"'))).toBe(true);
  });

  it('exports one GDELT 2.0 row of 61 columns per real-world event, counting its reports, outlets and articles', async () => {
    const rows = (await read(['export', '--format', 'gdelt'])).trim().split('\n').map((line) => line.split('\t'));
    const stats = await json<{ events: number; eventReports: number }>(['stats']);
    expect(rows).toHaveLength(stats.events);
    for (const row of rows) expect(row).toHaveLength(GDELT_COLUMNS.length);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const column = (row: string[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)]!;
    expect(rows.reduce((sum, row) => sum + Number(column(row, 'NumMentions')), 0)).toBe(stats.eventReports);
    for (const row of rows) {
      expect(column(row, 'SQLDATE')).toMatch(/^\d{8}$/);
      expect(column(row, 'EventCode').startsWith(column(row, 'EventRootCode'))).toBe(true);
      expect(Number(column(row, 'NumArticles'))).toBeLessThanOrEqual(Number(column(row, 'NumMentions')));
    }
    const located = rows.filter((row) => column(row, 'ActionGeo_Lat') !== '');
    expect(located.length).toBeGreaterThan(0);
    expect(located.every((row) => ['1', '2', '3', '4', '5'].includes(column(row, 'ActionGeo_Type')))).toBe(true);
    expect(new Set(rows.map((row) => column(row, 'GLOBALEVENTID'))).size).toBe(rows.length);
  });
});
