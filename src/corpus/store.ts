/**
 * The corpus store: analyzed documents and their facts in an embedded SQLite database (WAL mode,
 * FTS5 search), written and read through Kysely so that the same code can later run on
 * PostgreSQL. Each document is stored in one transaction: a run killed at any moment leaves
 * whole documents or none, and the same article (same text, same id) is never stored twice.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { AnalyzedDocument, SourceRef } from '../document/contract.js';
import { migrations } from './migrations.js';
import { documentRows } from './rows.js';
import type { CorpusDatabase } from './schema.js';
import { toFtsQuery } from './search.js';

/** Rows per INSERT statement: far below SQLite's limit on bound parameters. */
const INSERT_CHUNK = 200;

export type AddResult = 'added' | 'duplicate';

export interface CorpusStats {
  documents: number;
  /** Actors across the corpus (entities with a cross-article key). */
  entities: number;
  quotes: number;
  events: number;
  commitments: number;
  stances: number;
  /** Inputs whose latest attempt failed. */
  failures: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** A few words around the matches, the matches between [ and ]. */
  snippet: string;
}

export interface SearchResults {
  total: number;
  results: SearchHit[];
}

export interface Store {
  /** Stores a document and its facts in one transaction; 'duplicate' when its id is already stored. */
  addDocument(doc: AnalyzedDocument): Promise<AddResult>;
  /** Records an input that failed (the latest failure per source). */
  addFailure(source: SourceRef, error: { code: string; message: string }): Promise<void>;
  hasDocument(id: string): Promise<boolean>;
  stats(): Promise<CorpusStats>;
  search(query: string, options?: { limit?: number; offset?: number }): Promise<SearchResults>;
  close(): Promise<void>;
}

/** Opens (creating and migrating as needed) the SQLite store at `path`. */
export async function openStore(path: string): Promise<Store> {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<CorpusDatabase>({ dialect: new SqliteDialect({ database }) });
  const { error } = await new Migrator({ db, provider: migrations }).migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw new Error(`the store at ${path} could not be migrated: ${(error as Error).message}`, { cause: error });
  }
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  constructor(private readonly db: Kysely<CorpusDatabase>) {}

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  async addDocument(doc: AnalyzedDocument): Promise<AddResult> {
    const rows = documentRows(doc, new Date().toISOString());
    return this.db.transaction().execute(async (trx) => {
      if ((await trx.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst()) !== undefined) return 'duplicate';
      await trx.insertInto('documents').values(rows.document).execute();
      for (const [table, list] of [['entities', rows.entities], ['quotes', rows.quotes], ['events', rows.events], ['commitments', rows.commitments], ['stances', rows.stances]] as const) {
        for (let i = 0; i < list.length; i += INSERT_CHUNK) await trx.insertInto(table).values(list.slice(i, i + INSERT_CHUNK) as never).execute();
      }
      await trx.insertInto('document_search').values(rows.search).execute();
      const seen = doc.article.publishedAt;
      for (const entity of rows.actors) {
        await trx.insertInto('actors')
          .values({ key: entity.key!, name: entity.name, type: entity.type, country: entity.country, sector: entity.sector, documents: 1, first_seen: seen, last_seen: seen })
          .onConflict((conflict) => conflict.column('key').doUpdateSet({
            documents: sql`actors.documents + 1`,
            first_seen: sql`coalesce(min(actors.first_seen, excluded.first_seen), actors.first_seen, excluded.first_seen)`,
            last_seen: sql`coalesce(max(actors.last_seen, excluded.last_seen), actors.last_seen, excluded.last_seen)`,
            country: sql`coalesce(actors.country, excluded.country)`,
            sector: sql`coalesce(actors.sector, excluded.sector)`,
          }))
          .execute();
      }
      await trx.deleteFrom('failures').where('source_uri', '=', doc.source.uri).execute();
      return 'added';
    });
  }

  async addFailure(source: SourceRef, error: { code: string; message: string }): Promise<void> {
    await this.db.insertInto('failures')
      .values({ source_uri: source.uri, code: error.code, message: error.message, failed_at: new Date().toISOString() })
      .onConflict((conflict) => conflict.column('source_uri').doUpdateSet({ code: error.code, message: error.message, failed_at: new Date().toISOString() }))
      .execute();
  }

  async stats(): Promise<CorpusStats> {
    const count = async (table: 'documents' | 'actors' | 'quotes' | 'events' | 'commitments' | 'stances' | 'failures') =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);
    return {
      documents: await count('documents'),
      entities: await count('actors'),
      quotes: await count('quotes'),
      events: await count('events'),
      commitments: await count('commitments'),
      stances: await count('stances'),
      failures: await count('failures'),
    };
  }

  async search(query: string, { limit = 20, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<SearchResults> {
    const match = toFtsQuery(query);
    const total = await this.db.selectFrom('document_search')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where(sql<boolean>`document_search match ${match}`)
      .executeTakeFirstOrThrow();
    const rows = await this.db.selectFrom('document_search')
      .innerJoin('documents', 'documents.id', 'document_search.document_id')
      .select(['documents.id', 'documents.title', 'documents.publisher', 'documents.published_at', 'documents.url'])
      .select(sql<string>`snippet(document_search, -1, '[', ']', ' … ', 12)`.as('snippet'))
      .where(sql<boolean>`document_search match ${match}`)
      .orderBy(sql`bm25(document_search)`)
      .orderBy('documents.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return {
      total: Number(total.count),
      results: rows.map((row) => ({ id: row.id, title: row.title, publisher: row.publisher, publishedAt: row.published_at, url: row.url, snippet: row.snippet })),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
