/**
 * Where SQLite and PostgreSQL differ, in one place: column types, the scalar smaller/larger of two
 * values, and full-text search (FTS5 in SQLite, a tsvector column with a GIN index in
 * PostgreSQL). Everything else the store writes and reads is the same Kysely query on both; the
 * dialect is read from the Kysely instance (or transaction) a query runs on.
 */
import { PostgresAdapter, sql, type Expression, type Kysely, type OrderByModifiers, type RawBuilder } from 'kysely';
import type { QueryTerm } from './search.js';

export type DialectName = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: migrations run on Kysely<unknown>
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Column types. Text compares byte by byte in both (PostgreSQL's "C" collation): ids, keys and
 * ISO dates sort the same as in SQLite, and `lower()` changes only ASCII letters in both.
 * Floating-point columns are 8-byte in both (PostgreSQL's `real` is 4-byte).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function columnTypes(db: Kysely<any>) {
  return dialectOf(db) === 'postgres'
    ? { text: sql`text collate "C"`, real: sql`double precision` }
    : { text: sql`text`, real: sql`real` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
type AnyDb = Kysely<any>;

/** The smaller of two values (NULL when either is, as SQLite's two-argument min()). */
export function smaller<T>(db: AnyDb, a: Expression<T> | RawBuilder<T>, b: Expression<T> | RawBuilder<T>): RawBuilder<T> {
  return dialectOf(db) === 'postgres' ? sql<T>`(case when ${a} is null or ${b} is null then null else least(${a}, ${b}) end)` : sql<T>`min(${a}, ${b})`;
}

/** The larger of two values (NULL when either is, as SQLite's two-argument max()). */
export function larger<T>(db: AnyDb, a: Expression<T> | RawBuilder<T>, b: Expression<T> | RawBuilder<T>): RawBuilder<T> {
  return dialectOf(db) === 'postgres' ? sql<T>`(case when ${a} is null or ${b} is null then null else greatest(${a}, ${b}) end)` : sql<T>`max(${a}, ${b})`;
}

/**
 * An order on a column that may be NULL, with NULLs where SQLite puts them (first going up, last
 * going down; PostgreSQL does the opposite unless told). SQLite gets the plain direction, which
 * its indexes serve.
 */
export function nullsAsSqlite(db: AnyDb, direction: 'asc' | 'desc'): OrderByModifiers {
  if (dialectOf(db) === 'sqlite') return direction;
  return direction === 'asc' ? (order) => order.asc().nullsFirst() : (order) => order.desc().nullsLast();
}

/** The text search configuration: words as written, lower-cased, no stemming and no stop words (as FTS5's unicode61). */
const TS_CONFIG = sql`'simple'::regconfig`;

/**
 * Full-text search over `document_search` (rowid, document_id, title, text): the condition that
 * a row matches the query's terms, its rank (lower is better) and a snippet with the matches
 * between [ and ].
 */
export interface FullText {
  matches(terms: readonly QueryTerm[]): RawBuilder<boolean>;
  rank(terms: readonly QueryTerm[]): RawBuilder<number>;
  snippet(terms: readonly QueryTerm[], words: number): RawBuilder<string>;
}

export function fullText(db: AnyDb): FullText {
  return dialectOf(db) === 'postgres' ? postgresFullText : sqliteFullText;
}

const sqliteFullText: FullText = {
  matches: (terms) => sql<boolean>`document_search match ${toFts5(terms)}`,
  rank: () => sql<number>`bm25(document_search)`,
  snippet: (_terms, words) => sql<string>`snippet(document_search, -1, '[', ']', ' … ', ${words})`,
};

const postgresFullText: FullText = {
  matches: (terms) => sql<boolean>`document_search.search @@ ${toTsQuery(terms)}`,
  // ts_rank_cd is higher for better matches; negated so that both dialects sort ascending.
  rank: (terms) => sql<number>`-ts_rank_cd(document_search.search, ${toTsQuery(terms)})`,
  snippet: (terms, words) => sql<string>`ts_headline(${TS_CONFIG}, document_search.text, ${toTsQuery(terms)},
    ${`StartSel=[, StopSel=], MaxWords=${words}, MinWords=${Math.max(1, words >> 1)}, MaxFragments=2, FragmentDelimiter=" … "`})`,
};

/** The terms as an FTS5 expression: every phrase quoted, so punctuation is text, never syntax. */
function toFts5(terms: readonly QueryTerm[]): string {
  return terms.map((term) => (typeof term === 'string' ? term : `"${term.phrase.replace(/"/g, '""')}"`)).join(' ');
}

/**
 * The terms as a tsquery built from phraseto_tsquery() values (each phrase a bound parameter,
 * so no text is ever parsed as tsquery syntax), joined with the tsquery operators: && for AND,
 * || for OR, && !! for NOT (FTS5's binary "a NOT b").
 */
function toTsQuery(terms: readonly QueryTerm[]): RawBuilder<unknown> {
  const operators = { AND: sql` && `, OR: sql` || `, NOT: sql` && !! `, '(': sql`(`, ')': sql`)` };
  return sql`(${sql.join(terms.map((term) => (typeof term === 'string' ? operators[term] : sql`phraseto_tsquery(${TS_CONFIG}, ${term.phrase})`)), sql``)})`;
}
