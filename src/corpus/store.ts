/**
 * The corpus store: analyzed documents and their facts in an embedded SQLite database (WAL mode,
 * FTS5 search) or in PostgreSQL (a `postgres://` URL; tsvector search), written and read through
 * Kysely, the same queries on both (src/corpus/dialect.ts holds where they differ). Each
 * document is stored in one transaction: a run killed at any moment leaves whole documents or
 * none, and the same article (same text, same id) is never stored twice.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type SqliteDatabase, type Transaction } from 'kysely';
import { dialectOf, larger, smaller } from './dialect.js';
import { chunks, inKeyOrder } from './batches.js';
import { isPostgresUrl, withoutPassword } from './location.js';
import type { AnalyzedDocument, SourceRef } from '../document/contract.js';
import { migrations } from './migrations.js';
import { assignClusters } from './events.js';
import { assignStory, DEFAULT_STORY_SETTINGS, type StorySettings, type StoryWords } from './stories.js';
import { documentDay } from './days.js';
import Type from 'typebox';
import { DataFolder, ResourceError, Strings } from '../resources.js';
import { readFunctionWords } from '../articles/language.js';
import { bands, hammingDistance, NEAR_DUPLICATE_BITS } from './simhash.js';
import { documentRows, type DocumentRows, type Promises, type RowData } from './rows.js';
import { Places } from './places.js';
import { gdeltRows } from './gdelt.js';
import { followUp } from './follow-up.js';
import { addActorSummaries, removeActorSummaries } from './actor-summaries.js';
import { addReportDays, removeReportDays } from './report-days.js';
import type { CorpusDatabase } from './schema.js';
import {
  actorProfile, commitmentRows, corpusStats, exportRecords, findActors, quoteRows, searchDocuments, timeline,
  type ActorProfile, type ActorSummary, type CommitmentQuery, type CommitmentRow, type CorpusStats, type Page, type Period, type QuoteRow,
  type SearchOptions, type SearchResults, type TimelineBucket,
} from './read.js';
import {
  actorPage, documentPage, eventPage, placeCounts, stancePage, storedDocument,
  type DocumentPage, type EventFilter, type EventRow, type PlaceCount, type StanceRow, type StoredDocument,
} from './read-lists.js';
import { storyPage, storyView, type StoryPage, type StoryView } from './read-stories.js';


export type AddResult = 'added' | 'duplicate';

export interface SeenUrl {
  readonly status: 'stored' | 'duplicate' | 'listing' | 'disallowed' | string;
  readonly documentId: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetchedAt: string;
}

export interface Store {
  /** Stores a document and its facts in one transaction; 'duplicate' when its id is already stored. */
  addDocument(doc: AnalyzedDocument): Promise<AddResult>;
  /** Records an input that failed (the latest failure per source). */
  addFailure(source: SourceRef, error: { code: string; message: string }): Promise<void>;
  hasDocument(id: string): Promise<boolean>;
  /** How many stored documents another analyzer (version or data) made. */
  countStale(analyzer: { version: string; data?: string | undefined }): Promise<number>;
  /** Stored documents another analyzer (version or data) made, `limit` at a time after `after` (an id). */
  staleDocuments(analyzer: { version: string; data?: string | undefined }, after: string | null, limit: number): Promise<AnalyzedDocument[]>;
  /** Replaces a stored document's facts with those of its new analysis (the same article, the same id). */
  replaceAnalysis(doc: AnalyzedDocument): Promise<void>;
  /** What the store knows of a (canonical) URL a crawl met before. */
  seenUrl(url: string): Promise<SeenUrl | undefined>;
  markSeen(url: string, seen: Omit<SeenUrl, 'fetchedAt'>): Promise<void>;
  /**
   * Takes the next turn to fetch from `host`, `intervalMs` after the turn before (whichever
   * process took it); returns how long to wait, in milliseconds, before the request.
   */
  takeHostTurn(host: string, intervalMs: number): Promise<number>;
  stats(): Promise<CorpusStats>;
  /** Changes whenever the stored data does, whoever wrote it (this store or another process's): what cached answers are checked against. */
  version(): Promise<string>;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** Actors by name or key, the most documented first (several when the name is ambiguous). */
  findActors(name: string): Promise<ActorSummary[]>;
  actorProfile(actor: ActorSummary): Promise<ActorProfile>;
  quotes(options?: Page & { speaker?: string }): Promise<QuoteRow[]>;
  commitments(options: CommitmentQuery): Promise<CommitmentRow[]>;
  timeline(options: EventFilter & { by?: Period }): Promise<TimelineBucket[]>;
  /** Stored documents, the latest published first. */
  documents(page?: Page): Promise<DocumentPage>;
  /** One stored document with its story and copies; undefined when no document has the id. */
  document(id: string): Promise<StoredDocument | undefined>;
  /** Actors, the most documented first, those whose name contains `q` when given. */
  actors(options: Page & { q?: string }): Promise<ActorSummary[]>;
  events(options: EventFilter & Page): Promise<EventRow[]>;
  /** Resolved places with their event counts (the map). */
  places(filter: EventFilter): Promise<PlaceCount[]>;
  stances(page?: Page): Promise<StanceRow[]>;
  stories(page?: Page): Promise<StoryPage>;
  story(id: string): Promise<StoryView | undefined>;
  exportRecords(): AsyncGenerator<AnalyzedDocument>;
  /** Each real-world event as a GDELT 2.0 event row (src/corpus/gdelt.ts). */
  gdeltRows(): AsyncGenerator<string[]>;
  close(): Promise<void>;
}

/** Prepared statements kept for reuse: storing an article runs the same few dozen statements. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The database as Kysely's SQLite dialect sees it (prepare and close), preparing each distinct
 * SQL text once: Kysely prepares every query anew, which was a sixth of the cost of storing.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      } else {
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

export interface StoreOptions {
  /** PostgreSQL: connections this process may hold (default 4). */
  readonly poolSize?: number;
  /** The data folder the store reads its word lists from: the shipped data/ by default. */
  readonly dataDir?: URL | string;
  /** How stories are formed (src/corpus/stories.ts has the defaults). */
  readonly stories?: Partial<StorySettings>;
}

/**
 * Opens (creating and migrating as needed) the store at `location`: an SQLite file, or a
 * PostgreSQL database named by a `postgres://` URL.
 */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  const data = new DataFolder(options.dataDir);
  const db = isPostgresUrl(location) ? await postgresDatabase(location, options.poolSize ?? 4) : sqliteDatabase(location);
  const { error } = await new Migrator({ db, provider: migrations }).migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw new Error(`the store at ${withoutPassword(location)} could not be migrated: ${(error as Error).message}`, { cause: error });
  }
  return new CorpusStore(db, () => loadWriteData(data), { ...DEFAULT_STORY_SETTINGS, ...options.stories });
}

/**
 * PostgreSQL's 64-bit integers (what count() returns) and numerics (sum(), avg()) as JavaScript
 * numbers, as SQLite gives them: node-postgres returns both as strings by default. Counts and
 * sums here stay far below 2^53.
 */
const NUMBER_TYPES = { INT8: 20, NUMERIC: 1700 } as const;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (oid === NUMBER_TYPES.INT8 || oid === NUMBER_TYPES.NUMERIC ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser,
};

/** A pool of connections to the database at `url`, checked by connecting once: an unreachable server fails here, by name. */
async function postgresDatabase(url: string, poolSize: number): Promise<Kysely<CorpusDatabase>> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes, application_name: 'newsgraph' });
  // A connection that fails while idle (the server restarted) is dropped by the pool; without a listener the event would end the process.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end();
    throw new ResourceError(`the PostgreSQL store at ${withoutPassword(url)} cannot be reached: ${(error as Error).message}`, { cause: error });
  }
  return new Kysely<CorpusDatabase>({ dialect: new PostgresDialect({ pool }) });
}

function sqliteDatabase(path: string): Kysely<CorpusDatabase> {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // Checkpoints (which sync the database file) every 40 MB of log rather than 4 MB: a tenth of
  // the syncs when ingesting, where they were half the cost of storing an article.
  database.pragma('wal_autocheckpoint = 10000');
  // A 128 MiB page cache (SQLite's default is 8 MiB) and reads through a memory map: the indexes
  // stay in memory as the store grows, where reading their pages back was much of storing's cost.
  database.pragma('cache_size = -131072');
  database.pragma('mmap_size = 1073741824');
  database.pragma('foreign_keys = ON');
  return new Kysely<CorpusDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Makes the rest of a write transaction the only one of its kind in its store until it commits.
 * SQLite has one writer at a time anyway. In PostgreSQL, workers matching a new article against
 * the stored ones at once would not see each other's uncommitted articles (two reports of one
 * event would found two clusters, two copies would both count as originals, a story would
 * split), so that part takes turns on a transaction-scoped advisory lock; what does not depend
 * on earlier articles is written before it, by all writers at once.
 */
async function takeWriteTurn(trx: Transaction<CorpusDatabase>): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  // The turn ends when the commit does, so the commit does not wait for its log to reach the
  // disk (the turn would be held through every flush). A server crash may then lose the last
  // few commits, but never out of order: a worker completes an article's job after storing it,
  // with an ordinary commit that flushes the log up to and with the article, so an article
  // whose commit is lost has its job run again.
  await sql`set local synchronous_commit = off`.execute(trx);
  await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
}

/** PostgreSQL's error code for a duplicate key. */
const UNIQUE_VIOLATION = '23505';

/** The advisory lock key of store writes (any constant; "ngraph" in ASCII). */
const WRITE_LOCK = 0x6e6772617068;

/** The full-text row just inserted: its number is search_fields' key. */
async function insertSearchRow(trx: Transaction<CorpusDatabase>, row: DocumentRows['search']): Promise<number> {
  if (dialectOf(trx) === 'postgres') {
    return (await trx.insertInto('document_search').values(row).returning(sql<number>`rowid`.as('row')).executeTakeFirstOrThrow()).row;
  }
  await trx.insertInto('document_search').values(row).execute();
  return (await sql<{ row: number }>`select last_insert_rowid() as row`.execute(trx)).rows[0]!.row;
}

/** What storing a document needs besides the document: word lists, promises, places. */
interface WriteData extends RowData {
  readonly words: StoryWords;
}

/** Read when the first document is stored: commands that only read the corpus never load it. */
function loadWriteData(data: DataFolder): WriteData {
  return {
    words: {
      functionWords: readFunctionWords(data).words,
      ranks: new Map(data.json('corpus/word-ranks.json', Type.Object({ words: Strings })).words.map((word, rank) => [word, rank])),
    },
    promises: data.json('corpus/promises.json', Type.Object({ keptBy: Type.Record(Type.String(), Strings), brokenBy: Strings })),
    places: Places.load(data),
  };
}

/** The first stored document other than `id` whose fingerprint is within NEAR_DUPLICATE_BITS of `fingerprint` (the original of a copy). */
async function firstCopy(db: Kysely<CorpusDatabase> | Transaction<CorpusDatabase>, id: string, fingerprint: string): Promise<string | null> {
  const candidates = await db.selectFrom('document_bands')
    .innerJoin('documents', 'documents.id', 'document_bands.document_id')
    .select(['documents.id', 'documents.simhash', 'documents.copy_of', 'documents.ingested_at'])
    .where((eb) => eb.or(bands(fingerprint).map((value, band) => eb.and([eb('document_bands.band', '=', band), eb('document_bands.value', '=', value)]))))
    .where('documents.id', '!=', id)
    .groupBy('documents.id')
    .orderBy('documents.ingested_at')
    .orderBy('documents.id')
    .execute();
  const near = candidates.find((candidate) => candidate.simhash !== null && hammingDistance(candidate.simhash, fingerprint) <= NEAR_DUPLICATE_BITS);
  return near === undefined ? null : near.copy_of ?? near.id;
}

/**
 * A document's own facts (its row stored) and what they add to counts across the corpus (actors,
 * their names and roles, reports per day): nothing here depends on which articles came before,
 * so concurrent writers do it at once (shared rows upserted in key order: src/corpus/batches.ts).
 */
async function insertOwnFacts(trx: Transaction<CorpusDatabase>, rows: DocumentRows, seen: string | null): Promise<void> {
  const tables = [['entities', rows.entities], ['quotes', rows.quotes], ['commitments', rows.commitments], ['commitment_actors', rows.commitmentActors], ['stances', rows.stances]] as const;
  for (const [table, list] of tables) {
    for (const part of chunks<unknown>(list)) await trx.insertInto(table).values(part as never).execute();
  }
  // One row per key (two entities of one article may share a key): the article counts once.
  const actors = inKeyOrder(new Map(rows.actors.map((entity) => [entity.key!, entity])).values(), (entity) => entity.key!);
  for (const part of chunks(actors)) {
    await trx.insertInto('actors')
      .values(part.map((entity) => ({ key: entity.key!, name: entity.name, type: entity.type, country: entity.country, sector: entity.sector, documents: 1, first_seen: seen, last_seen: seen })))
      .onConflict((conflict) => conflict.column('key').doUpdateSet({
        documents: sql`actors.documents + 1`,
        first_seen: sql`coalesce(${smaller(trx, sql.ref('actors.first_seen'), sql.ref('excluded.first_seen'))}, actors.first_seen, excluded.first_seen)`,
        last_seen: sql`coalesce(${larger(trx, sql.ref('actors.last_seen'), sql.ref('excluded.last_seen'))}, actors.last_seen, excluded.last_seen)`,
        country: sql`coalesce(actors.country, excluded.country)`,
        sector: sql`coalesce(actors.sector, excluded.sector)`,
      }))
      .execute();
  }
  await addActorSummaries(trx, rows.entities);
  await addReportDays(trx, { events: rows.events, eventActors: rows.eventActors });
}

/**
 * What a document's events mean across articles, which depends on the articles stored before it
 * (so it runs in the write turn, see takeWriteTurn): the real-world events they report (the
 * events are stored with theirs), and the earlier promises they keep or break.
 */
async function linkEvents(trx: Transaction<CorpusDatabase>, rows: DocumentRows, promises: Promises): Promise<void> {
  await assignClusters(trx, rows.events, rows.eventActors);
  for (const [table, list] of [['events', rows.events], ['event_actors', rows.eventActors]] as const) {
    for (const part of chunks<unknown>(list)) await trx.insertInto(table).values(part as never).execute();
  }
  await followUp(trx, rows.events, rows.eventActors, rows.commitments, rows.commitmentActors, promises);
}

/**
 * Takes back what insertOwnFacts and linkEvents added for a stored document: its fact rows, its count in the
 * actors and event clusters it was part of (emptied ones go), and the follow-ups its events made.
 */
async function removeFacts(trx: Transaction<CorpusDatabase>, documentId: string): Promise<void> {
  const clusters = await trx.selectFrom('events').select(['cluster', (eb) => eb.fn.countAll<number>().as('reports')]).where('document_id', '=', documentId).groupBy('cluster').execute();
  for (const { cluster, reports } of clusters) {
    await trx.updateTable('event_clusters').set({ reports: sql`reports - ${reports}` }).where('cluster', '=', cluster).execute();
  }
  await trx.deleteFrom('event_clusters').where('reports', '<=', 0).execute();
  const entities = await trx.selectFrom('entities').select(['actor_key', 'name', 'roles', 'day']).where('document_id', '=', documentId).execute();
  await removeActorSummaries(trx, entities);
  await removeReportDays(trx, {
    events: await trx.selectFrom('events').select('day').where('document_id', '=', documentId).execute(),
    eventActors: await trx.selectFrom('event_actors').select(['actor', 'event_id', 'day']).where('document_id', '=', documentId).execute(),
  });
  const keys = [...new Set(entities.flatMap((entity) => (entity.actor_key === null ? [] : [entity.actor_key])))].map((actor_key) => ({ actor_key }));
  for (const rows of chunks(keys)) {
    await trx.updateTable('actors').set({ documents: sql`documents - 1` }).where('key', 'in', rows.map((row) => row.actor_key!)).execute();
  }
  await trx.deleteFrom('actors').where('documents', '<=', 0).execute();
  await trx.updateTable('commitments').set({ outcome: null, outcome_document: null, outcome_event: null }).where('outcome_document', '=', documentId).execute();
  for (const table of ['event_actors', 'events', 'commitment_actors', 'commitments', 'entities', 'quotes', 'stances'] as const) {
    await trx.deleteFrom(table).where('document_id', '=', documentId).execute();
  }
}

class CorpusStore implements Store {
  private loaded: WriteData | undefined;
  /** Transactions this store has committed: part of `version()`. */
  private writes = 0;

  constructor(private readonly db: Kysely<CorpusDatabase>, private readonly load: () => WriteData, private readonly storySettings: StorySettings) {}

  private get writeData(): WriteData {
    return (this.loaded ??= this.load());
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  async addDocument(doc: AnalyzedDocument): Promise<AddResult> {
    const rows = documentRows(doc, new Date().toISOString(), this.writeData);
    return this.written(() => this.db.transaction().execute(async (trx) => {
      if ((await trx.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst()) !== undefined) return 'duplicate';
      // The document's own rows first, at the same time as other writers' ...
      await trx.insertInto('documents').values({ ...rows.document, copy_of: null }).execute();
      const fingerprint = rows.document.simhash ?? null;
      if (fingerprint !== null) await trx.insertInto('document_bands').values(bands(fingerprint).map((value, band) => ({ band, value, document_id: doc.id }))).execute();
      await insertOwnFacts(trx, rows, doc.article.publishedAt);
      const row = await insertSearchRow(trx, rows.search);
      await trx.insertInto('search_fields').values({ row, ...rows.searchFields }).execute();
      await trx.deleteFrom('failures').where('source_uri', '=', doc.source.uri).execute();
      // ... then, in turn, what it is to the articles before it: a copy, part of a story, reports of their events.
      await takeWriteTurn(trx);
      const copyOf = fingerprint === null ? null : await firstCopy(trx, doc.id, fingerprint);
      if (copyOf !== null) await trx.updateTable('documents').set({ copy_of: copyOf }).where('id', '=', doc.id).execute();
      const storyActors = new Map(rows.entities.flatMap((entity) => (entity.actor_key == null ? [] : [[entity.actor_key, { name: entity.name, mentions: entity.mentions ?? 1 }] as const])));
      await assignStory(trx, {
        id: doc.id, title: doc.article.title, text: doc.article.text, actors: storyActors, copyOf,
        day: documentDay(doc.article.publishedAt, rows.document.ingested_at),
      }, this.writeData.words, this.storySettings);
      await linkEvents(trx, rows, this.writeData.promises);
      return 'added' as const;
    }).catch((error: unknown) => {
      // PostgreSQL: another worker stored the same article first (the insert waited for its commit).
      if ((error as { code?: string; constraint?: string }).code === UNIQUE_VIOLATION && (error as { constraint?: string }).constraint === 'documents_pkey') return 'duplicate' as const;
      throw error;
    }));
  }

  /** Runs a write, then moves the version on (after the commit: a read during the write is of the old version). */
  private async written<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.writes++;
    }
  }

  private stale(analyzer: { version: string; data?: string | undefined }) {
    return this.db.selectFrom('documents')
      .where((eb) => eb.or([eb('analyzer_version', '!=', analyzer.version), eb('analyzer_data', 'is not', analyzer.data ?? null)]));
  }

  async countStale(analyzer: { version: string; data?: string | undefined }): Promise<number> {
    return Number((await this.stale(analyzer).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);
  }

  async staleDocuments(analyzer: { version: string; data?: string | undefined }, after: string | null, limit: number): Promise<AnalyzedDocument[]> {
    let query = this.stale(analyzer).select('record');
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((row) => JSON.parse(row.record) as AnalyzedDocument);
  }

  async replaceAnalysis(doc: AnalyzedDocument): Promise<void> {
    await this.written(() => this.db.transaction().execute(async (trx) => {
      await takeWriteTurn(trx);
      const stored = await trx.selectFrom('documents').select(['ingested_at']).where('id', '=', doc.id).executeTakeFirst();
      if (stored === undefined) throw new Error(`document ${doc.id} is not in the store`);
      const rows = documentRows(doc, stored.ingested_at, this.writeData);
      await removeFacts(trx, doc.id);
      await insertOwnFacts(trx, rows, doc.article.publishedAt);
      await linkEvents(trx, rows, this.writeData.promises);
      await trx.updateTable('documents')
        .set({ record: rows.document.record, analyzer_version: rows.document.analyzer_version, analyzer_data: rows.document.analyzer_data, schema_version: rows.document.schema_version })
        .where('id', '=', doc.id)
        .execute();
      await trx.updateTable('search_fields').set({ types: rows.searchFields.types }).where('document_id', '=', doc.id).execute();
    }));
  }

  async seenUrl(url: string): Promise<SeenUrl | undefined> {
    const row = await this.db.selectFrom('seen_urls').selectAll().where('url', '=', url).executeTakeFirst();
    return row === undefined ? undefined : { status: row.status, documentId: row.document_id, etag: row.etag, lastModified: row.last_modified, fetchedAt: row.fetched_at };
  }

  async markSeen(url: string, seen: Omit<SeenUrl, 'fetchedAt'>): Promise<void> {
    const row = { status: seen.status, document_id: seen.documentId, etag: seen.etag, last_modified: seen.lastModified, fetched_at: new Date().toISOString() };
    await this.written(() => this.db.insertInto('seen_urls').values({ url, ...row }).onConflict((conflict) => conflict.column('url').doUpdateSet(row)).execute());
  }

  async takeHostTurn(host: string, intervalMs: number): Promise<number> {
    const now = Date.now();
    const { next_at: nextAt } = await this.db.insertInto('host_turns').values({ host, next_at: now + intervalMs })
      .onConflict((conflict) => conflict.column('host').doUpdateSet({ next_at: sql`${larger(this.db, sql.ref('host_turns.next_at'), sql.lit(now))} + ${sql.lit(intervalMs)}` }))
      .returning('next_at')
      .executeTakeFirstOrThrow();
    return Math.max(0, Number(nextAt) - intervalMs - now);
  }

  async addFailure(source: SourceRef, error: { code: string; message: string }): Promise<void> {
    await this.written(() => this.db.insertInto('failures')
      .values({ source_uri: source.uri, code: error.code, message: error.message, failed_at: new Date().toISOString() })
      .onConflict((conflict) => conflict.column('source_uri').doUpdateSet({ code: error.code, message: error.message, failed_at: new Date().toISOString() }))
      .execute());
  }

  stats = () => corpusStats(this.db);

  async version(): Promise<string> {
    if (dialectOf(this.db) === 'postgres') {
      // The server's write-ahead log position: it moves with every commit of any connection (and
      // with some of the server's own housekeeping, which only costs a cache miss).
      const [row] = (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(this.db)).rows;
      return `${row!.lsn}.${this.writes}`;
    }
    // SQLite's data_version moves when another connection commits; this connection's own writes are counted here.
    const [row] = (await sql<{ data_version: number }>`pragma data_version`.execute(this.db)).rows;
    return `${row!.data_version}.${this.writes}`;
  }
  search = (query: string, options?: SearchOptions) => searchDocuments(this.db, query, options);
  findActors = (name: string) => findActors(this.db, name);
  actorProfile = (actor: ActorSummary) => actorProfile(this.db, actor);
  quotes = (options?: Page & { speaker?: string }) => quoteRows(this.db, options);
  commitments = (options: CommitmentQuery) => commitmentRows(this.db, options);
  timeline = (options: EventFilter & { by?: Period }) => timeline(this.db, options);
  documents = (page?: Page) => documentPage(this.db, page);
  document = (id: string) => storedDocument(this.db, id);
  actors = (options: Page & { q?: string }) => actorPage(this.db, options);
  events = (options: EventFilter & Page) => eventPage(this.db, options);
  places = (filter: EventFilter) => placeCounts(this.db, filter);
  stances = (page?: Page) => stancePage(this.db, page);
  stories = (page?: Page) => storyPage(this.db, page);
  story = (id: string) => storyView(this.db, id);
  exportRecords = () => exportRecords(this.db);
  gdeltRows = () => gdeltRows(this.db);

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
