/**
 * What the read commands ask of the corpus: counts, search, an actor's profile, quotes,
 * commitments, a timeline and an export. Each is one function over the Kysely database, so the
 * same queries serve every dialect.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnalyzedDocument, CommitmentStatus } from '../document/contract.js';
import type { CorpusDatabase } from './schema.js';
import { normalizeDate } from '../articles/dates.js';
import { parseQuery, SearchSyntaxError, type QueryTerm, type SearchFilters } from './search.js';
import { fullText, nullsAsSqlite } from './dialect.js';
import { actorNames } from './names.js';
import { filteredEvents, namedEventRows, type EventFilter, type EventRow } from './read-lists.js';

type Db = Kysely<CorpusDatabase>;

export interface CorpusStats {
  documents: number;
  /** Actors across the corpus (entities with a cross-article key). */
  entities: number;
  quotes: number;
  /** Real-world events: reports of one event in several articles count once. */
  events: number;
  /** Events as reported: one per event per article. */
  eventReports: number;
  commitments: number;
  stances: number;
  /** Stories: articles about the same developing news (src/corpus/stories.ts). */
  stories: number;
  /** Inputs whose latest attempt failed. */
  failures: number;
  /** Stored documents that are near-duplicates (syndicated copies) of another. */
  copies: number;
}

export async function corpusStats(db: Db): Promise<CorpusStats> {
  const count = async (table: 'documents' | 'actors' | 'quotes' | 'events' | 'event_clusters' | 'commitments' | 'stances' | 'stories' | 'failures') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);
  return {
    documents: await count('documents'),
    entities: await count('actors'),
    quotes: await count('quotes'),
    // One row per real-world event (a cluster goes when its last report does): no distinct count over every report.
    events: await count('event_clusters'),
    eventReports: await count('events'),
    commitments: await count('commitments'),
    stances: await count('stances'),
    stories: await count('stories'),
    failures: await count('failures'),
    copies: Number((await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).where('copy_of', 'is not', null).executeTakeFirstOrThrow()).count),
  };
}

export interface SearchHit {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** A few words around the matches, the matches between [ and ]. */
  snippet: string;
  /** The document this one is a near-duplicate of (a syndicated copy), else null. */
  copyOf: string | null;
  /** When the document was stored. */
  ingestedAt: string;
}

/** How many articles of each value (outlet, event category, month) the ranked matches hold. */
export interface Facet {
  value: string;
  count: number;
}

export interface SearchResults {
  /** Matching articles, counted up to SEARCH_COUNT_CAP (then `totalExact` is false). */
  total: number;
  totalExact: boolean;
  results: SearchHit[];
  /** Over the ranked matches (the newest RANK_WINDOW, or more when paging past them). */
  facets: { outlets: Facet[]; types: Facet[]; months: Facet[] };
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchOptions extends Page {
  /** Only articles stored after this time (ISO): what is new since a saved search was last opened. */
  readonly since?: string;
}

/** Characters of an article's start shown for a hit of a query made only of filters. */
const LEAD_CHARS = 160;
/** Words of a snippet around the matches. */
const SNIPPET_WORDS = 12;
/**
 * Matches are ranked (BM25) among the newest this many, not all of them: a common word matches
 * most of a large corpus, and ranking every match cost a second at 100,000 articles. News
 * searches want the recent; a page past the window widens it.
 */
const RANK_WINDOW = 1_000;
/** Matches are counted up to this many: beyond it the count says "at least". */
export const SEARCH_COUNT_CAP = 10_000;
const FACET_VALUES = 10;

export async function searchDocuments(db: Db, query: string, { limit = 20, offset = 0, since }: SearchOptions = {}): Promise<SearchResults> {
  const { terms, filters } = parseQuery(query);
  const actorKeys = filters.actor.length === 0 ? [] : (await Promise.all(filters.actor.map((name) => findActors(db, name)))).flat().map((actor) => actor.key);
  if (filters.actor.length > 0 && actorKeys.length === 0) return { total: 0, totalExact: true, results: [], facets: { outlets: [], types: [], months: [] } };
  const date = (values: string[], field: string) => {
    const value = values.at(-1);
    if (value === undefined) return undefined;
    const normalized = normalizeDate(value);
    if (normalized === null) throw new SearchSyntaxError(`${field}: needs a date such as 2016-03-01, got "${value}"`);
    return normalized.slice(0, 10);
  };
  const from = date(filters.from, 'from');
  const to = date(filters.to, 'to');

  // One actor and no words: its articles are read newest first along its index, not gathered and sorted.
  const byActor = terms === null && actorKeys.length === 1 ? actorKeys[0]! : undefined;
  const filtered = fieldConditions(filters, { actorKeys: byActor === undefined ? actorKeys : [], from, to, since });
  const { base, ordered } = searchPlan(db, terms, byActor, filtered);
  // Along an actor's entities, distinct rows: an article that names the actor twice is one match.
  const counted = await db.selectFrom(base.select('search_fields.row').limit(SEARCH_COUNT_CAP + 1).as('matches'))
    .select((eb) => (byActor === undefined ? eb.fn.countAll<number>() : eb.fn.count<number>('matches.row').distinct()).as('count')).executeTakeFirstOrThrow();
  const rows = await ordered
    .select(['search_fields.row', 'search_fields.document_id', 'search_fields.publisher', 'search_fields.published_at', 'search_fields.types'])
    .limit(Math.max(RANK_WINDOW, offset + limit))
    .execute();
  // An article that names the actor twice (two entities with its key) is one hit.
  const window = byActor === undefined ? rows : [...new Map(rows.map((row) => [row.row, row])).values()];
  // Stable: equal ranks (and filter-only queries) keep the window's newest-first order.
  const ranked = terms === null ? window : [...window].sort((a, b) => a.rank - b.rank);
  const page = ranked.slice(offset, offset + limit);
  const snippets = await snippetsOf(db, terms, page.map((row) => row.row));
  const documents = page.length === 0 ? [] : await db.selectFrom('documents')
    .select(['id', 'title', 'publisher', 'published_at', 'url', 'copy_of', 'ingested_at']).where('id', 'in', page.map((row) => row.document_id)).execute();
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  return {
    total: Math.min(Number(counted.count), SEARCH_COUNT_CAP),
    totalExact: Number(counted.count) <= SEARCH_COUNT_CAP,
    results: page.map((row) => {
      const doc = byId.get(row.document_id)!;
      return {
        id: doc.id, title: doc.title, publisher: doc.publisher, publishedAt: doc.published_at, url: doc.url,
        snippet: snippets.get(row.row) ?? '', copyOf: doc.copy_of, ingestedAt: doc.ingested_at,
      };
    }),
    facets: facetsOf(window),
  };
}

/**
 * The filters as conditions on search_fields (compact, one row per full-text row), never on the
 * documents table, which only gives the page its titles and links. Sets of documents (actor,
 * status) are computed once (IN), not a subquery per candidate article.
 */
function fieldConditions(filters: SearchFilters, { actorKeys, from, to, since }: { actorKeys: string[]; from?: string; to?: string; since?: string }): RawBuilder<boolean> {
  const conditions: RawBuilder<boolean>[] = [];
  const anyOf = (parts: RawBuilder<boolean>[]) => sql<boolean>`(${sql.join(parts, sql` or `)})`;
  if (actorKeys.length > 0) conditions.push(sql`search_fields.document_id in (select document_id from entities where actor_key in (${sql.join(actorKeys)}))`);
  const types = filters.type.map((value) => value.toUpperCase());
  if (types.length > 0) conditions.push(anyOf(types.map((type) => sql<boolean>`search_fields.types like ${`%,${type},%`}`)));
  const statuses = filters.status.map((value) => value.toLowerCase());
  if (statuses.length > 0) conditions.push(sql`search_fields.document_id in (select document_id from events where status in (${sql.join(statuses)}))`);
  if (from !== undefined) conditions.push(sql`search_fields.published_at >= ${from}`);
  if (to !== undefined) conditions.push(sql`search_fields.published_at < ${to}`);
  if (filters.outlet.length > 0) conditions.push(anyOf(filters.outlet.map((outlet) => sql<boolean>`lower(search_fields.publisher) like ${`%${outlet.toLowerCase()}%`}`)));
  if (filters.lang.length > 0) conditions.push(sql`search_fields.language in (${sql.join(filters.lang.map((lang) => lang.toLowerCase()))})`);
  if (since !== undefined) conditions.push(sql`search_fields.ingested_at > ${since}`);
  return conditions.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(conditions, sql` and `)}`;
}

/**
 * Where a search starts and in what order it reads, so that the newest matches come first
 * without sorting them all: with words, the full-text index (its rows are numbered in storing
 * order, which FTS5 reads backwards), ranked afterwards (BM25 in SQLite, ts_rank_cd in
 * PostgreSQL); with one actor and no words, the
 * actor's index by day; with other filters alone, search_fields by publication date.
 */
function searchPlan(db: Db, terms: readonly QueryTerm[] | null, byActor: string | undefined, filtered: RawBuilder<boolean>) {
  if (byActor !== undefined) {
    const base = db.selectFrom('entities').innerJoin('search_fields', 'search_fields.document_id', 'entities.document_id').where('entities.actor_key', '=', byActor).where(filtered);
    return { base, ordered: base.select(sql<number>`0`.as('rank')).orderBy(sql`entities.day`, nullsAsSqlite(db, 'desc')).orderBy('search_fields.row', 'desc') };
  }
  if (terms === null) {
    const base = db.selectFrom('search_fields').where(filtered);
    return { base, ordered: base.select(sql<number>`0`.as('rank')).orderBy('search_fields.published_at', nullsAsSqlite(db, 'desc')).orderBy('search_fields.row', 'desc') };
  }
  const base = db.selectFrom('document_search').innerJoin('search_fields', (join) => join.on(sql<boolean>`search_fields.row = document_search.rowid`))
    .where(fullText(db).matches(terms)).where(filtered);
  return { base, ordered: base.select(fullText(db).rank(terms).as('rank')).orderBy(sql`document_search.rowid`, 'desc') };
}

/** The snippet of each hit (by full-text row): words around the matches, else the article's start. */
async function snippetsOf(db: Db, terms: readonly QueryTerm[] | null, rows: number[]): Promise<Map<number, string>> {
  if (rows.length === 0) return new Map();
  let query = db.selectFrom('document_search').where(sql<boolean>`document_search.rowid in (${sql.join(rows)})`);
  if (terms !== null) query = query.where(fullText(db).matches(terms));
  const snippet = terms === null
    ? sql<string>`substr(document_search.text, 1, ${LEAD_CHARS})`
    : fullText(db).snippet(terms, SNIPPET_WORDS);
  const found = await query.select([sql<number>`document_search.rowid`.as('row'), snippet.as('snippet')]).execute();
  return new Map(found.map((row) => [row.row, row.snippet]));
}

function facetsOf(window: readonly { publisher: string | null; published_at: string | null; types: string }[]): SearchResults['facets'] {
  const top = (values: (string | null)[]): Facet[] => {
    const counts = new Map<string, number>();
    for (const value of values) if (value !== null && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_VALUES);
  };
  return {
    outlets: top(window.map((row) => row.publisher)),
    types: top(window.flatMap((row) => row.types.split(','))),
    months: top(window.map((row) => row.published_at?.slice(0, 7) ?? null)).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

export interface ActorSummary {
  key: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorProfile {
  actor: ActorSummary;
  /** Every name the actor appears under, most frequent first. */
  names: string[];
  /** Titles the articles give the actor, each with the first date it was seen. */
  roles: { title: string; country: string | null; firstSeen: string | null; documents: number }[];
  quotes: QuoteRow[];
  /** Events with the actor as source and as target, newest first. */
  events: { asSource: EventRow[]; asTarget: EventRow[] };
  /** Actors named in the same articles, most shared articles first. */
  coOccurring: { key: string; name: string; documents: number }[];
}

export interface QuoteRow {
  documentId: string;
  quoteId: string;
  publishedAt: string | null;
  speaker: string | null;
  /** The speaker's actor key, when the speaker is a known actor. */
  speakerKey: string | null;
  kind: string;
  text: string;
}

const PROFILE_LIMIT = 20;
/** How many of an actor's latest articles its company (co-occurring actors) is counted in. */
const CO_OCCURRENCE_DOCUMENTS = 1_000;

/**
 * The actors `name` names: by key or canonical name, else by a name any article gave them (any
 * case), else by part of their name ("solberg"), the most documented first; several when the
 * name is ambiguous.
 */
export async function findActors(db: Db, name: string): Promise<ActorSummary[]> {
  const lower = name.trim().toLowerCase();
  // A key or the actors' own names first, then the names articles gave them (actor_names: a row
  // per actor and name), then part of a name.
  let rows = await db.selectFrom('actors').selectAll()
    .where((eb) => eb.or([eb('key', '=', name), eb(sql`lower(name)`, '=', lower)]))
    .orderBy('documents', 'desc').orderBy('key').execute();
  if (rows.length === 0) {
    rows = await db.selectFrom('actors').selectAll()
      .where('key', 'in', (eb) => eb.selectFrom('actor_names').select('actor_key').where(sql`lower(name)`, '=', lower))
      .orderBy('documents', 'desc').orderBy('key').execute();
  }
  if (rows.length === 0 && lower !== '') {
    const pattern = `%${lower.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    rows = await db.selectFrom('actors').selectAll().where(sql<boolean>`lower(name) like ${pattern} escape '\\'`).orderBy('documents', 'desc').orderBy('key').execute();
  }
  return rows.map((row) => ({ key: row.key, name: row.name, type: row.type, country: row.country, sector: row.sector, documents: row.documents, firstSeen: row.first_seen, lastSeen: row.last_seen }));
}

/** An actor's events on one side, the latest first (by the index on event_actors' actor, side and day). */
async function actorEventRows(db: Db, actor: string, side: 'source' | 'target', limit: number): Promise<EventRow[]> {
  const rows = await db.selectFrom('event_actors')
    .innerJoin('events', (join) => join.onRef('events.document_id', '=', 'event_actors.document_id').onRef('events.event_id', '=', 'event_actors.event_id'))
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .selectAll('events').select('documents.published_at')
    .where('event_actors.actor', '=', actor).where('event_actors.side', '=', side)
    .orderBy('event_actors.day', nullsAsSqlite(db, 'desc')).orderBy('events.document_id').orderBy('events.event_id')
    .limit(limit)
    .execute();
  return namedEventRows(db, rows);
}

export async function actorProfile(db: Db, actor: ActorSummary): Promise<ActorProfile> {
  // Counted as articles were stored (src/corpus/actor-summaries.ts): a few rows, however often the actor is named.
  const names = await db.selectFrom('actor_names').select('name').where('actor_key', '=', actor.key).orderBy('mentions', 'desc').orderBy('name').execute();
  const roles = await db.selectFrom('actor_roles').select(['title', 'country', 'first_seen as firstSeen', 'documents'])
    .where('actor_key', '=', actor.key).orderBy('documents', 'desc').orderBy('title').execute();
  const quotes = await quoteRows(db, { speaker: actor.key, limit: PROFILE_LIMIT });
  // Company kept in the actor's latest articles: the whole history of a much-reported actor would cost a scan of the corpus.
  const latest = db.selectFrom('entities').select('document_id').where('actor_key', '=', actor.key).orderBy('day', nullsAsSqlite(db, 'desc')).orderBy('document_id').limit(CO_OCCURRENCE_DOCUMENTS);
  const coOccurring = await db.selectFrom('entities as other')
    .innerJoin('actors', 'actors.key', 'other.actor_key')
    .select(['actors.key', 'actors.name']).select((eb) => eb.fn.count<number>('other.document_id').distinct().as('documents'))
    .where('other.document_id', 'in', latest).where('other.actor_key', '!=', actor.key)
    .groupBy(['actors.key', 'actors.name']).orderBy('documents', 'desc').orderBy('actors.name').orderBy('actors.key').limit(PROFILE_LIMIT).execute();
  return {
    actor,
    names: names.map((row) => row.name),
    roles: roles.map((role) => ({ title: role.title, country: role.country === '' ? null : role.country, firstSeen: role.firstSeen, documents: role.documents })),
    quotes,
    events: { asSource: await actorEventRows(db, actor.key, 'source', PROFILE_LIMIT), asTarget: await actorEventRows(db, actor.key, 'target', PROFILE_LIMIT) },
    coOccurring: coOccurring.map((row) => ({ key: row.key, name: row.name, documents: Number(row.documents) })),
  };
}

export async function quoteRows(db: Db, { speaker, limit = 50, offset = 0 }: Page & { speaker?: string } = {}): Promise<QuoteRow[]> {
  let query = db.selectFrom('quotes').innerJoin('documents', 'documents.id', 'quotes.document_id')
    .select(['quotes.document_id', 'quotes.quote_id', 'documents.published_at', 'quotes.speaker_name', 'quotes.speaker_actor', 'quotes.kind', 'quotes.text']);
  if (speaker !== undefined) query = query.where('quotes.speaker_actor', '=', speaker);
  // By the article's day (indexed with the speaker), not its publication time: no sort of every quote.
  const rows = await query.orderBy('quotes.day', nullsAsSqlite(db, 'desc')).orderBy('quotes.document_id').orderBy('quotes.start').limit(limit).offset(offset).execute();
  return rows.map((row) => ({
    documentId: row.document_id, quoteId: row.quote_id, publishedAt: row.published_at, speaker: row.speaker_name, speakerKey: row.speaker_actor, kind: row.kind, text: row.text,
  }));
}

export interface CommitmentRow {
  documentId: string;
  commitmentId: string;
  publishedAt: string | null;
  actors: string[];
  beneficiaries: string[];
  what: string;
  dueStart: string | null;
  dueEnd: string | null;
  /**
   * What its own article says became of it: promised, conditional, withdrawn, kept or broken (the
   * commitment's `status` in the output contract); null in rows stored before migration 0008
   * (`ingest --reanalyze` fills it). Not `outcome`, which a later article's event decides.
   */
  status: CommitmentStatus | null;
  /** A later event kept or broke it (src/corpus/follow-up.ts); null while none has. */
  outcome: 'kept' | 'broken' | null;
  /** The event that did, as "documentId#eventId". */
  outcomeEvent: string | null;
  /** Past its due window (`dueEnd` on or before `today`) with no follow-up. */
  overdue: boolean;
}

/**
 * Which commitments to list by their follow-up across articles: all, still open (no follow-up,
 * due or not), overdue, kept, broken.
 */
export type CommitmentState = 'all' | 'open' | 'overdue' | 'kept' | 'broken';

export interface CommitmentQuery extends Page {
  state?: CommitmentState;
  /** Only those whose own article states this status (the rows' `status`; rows without one never match). */
  status?: CommitmentStatus;
  today: string;
}

export async function commitmentRows(db: Db, { state = 'all', status, today, limit = 50, offset = 0 }: CommitmentQuery): Promise<CommitmentRow[]> {
  let query = db.selectFrom('commitments').innerJoin('documents', 'documents.id', 'commitments.document_id')
    .select(['commitments.document_id', 'commitments.commitment_id', 'documents.published_at', 'commitments.actors', 'commitments.beneficiaries', 'commitments.what', 'commitments.due_start', 'commitments.due_end', 'commitments.status', 'commitments.outcome', 'commitments.outcome_document', 'commitments.outcome_event']);
  if (state === 'open' || state === 'overdue') query = query.where('commitments.outcome', 'is', null);
  if (state === 'overdue') query = query.where('commitments.due_end', '<=', today);
  if (state === 'kept' || state === 'broken') query = query.where('commitments.outcome', '=', state);
  if (status !== undefined) query = query.where('commitments.status', '=', status);
  const rows = await query.orderBy('commitments.due_end', nullsAsSqlite(db, 'asc')).orderBy('commitments.document_id').orderBy('commitments.commitment_id').limit(limit).offset(offset).execute();
  const names = await actorNames(db, rows.flatMap((row) => [...JSON.parse(row.actors) as string[], ...JSON.parse(row.beneficiaries) as string[]]));
  const named = (list: string) => (JSON.parse(list) as string[]).map((ref) => names.get(ref) ?? ref);
  return rows.map((row) => ({
    documentId: row.document_id, commitmentId: row.commitment_id, publishedAt: row.published_at, actors: named(row.actors), beneficiaries: named(row.beneficiaries), what: row.what,
    dueStart: row.due_start, dueEnd: row.due_end, status: row.status, outcome: row.outcome,
    outcomeEvent: row.outcome_document === null ? null : `${row.outcome_document}#${row.outcome_event}`,
    overdue: row.outcome === null && row.due_end !== null && row.due_end <= today,
  }));
}

export type Period = 'day' | 'week' | 'month';

export interface TimelineBucket {
  /** The first day of the period (weeks start on Monday). */
  period: string;
  /** Event reports in the period: every event of every article, by when it happened (else when it was published). */
  reports: number;
  /** Events in the period: reports of one event count once (in the period of its first report). */
  events: number;
}

const PERIOD_START: Record<Period, (day: string) => string> = {
  day: (day) => day,
  month: (day) => `${day.slice(0, 7)}-01`,
  week: (day) => {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    return date.toISOString().slice(0, 10);
  },
};

/**
 * Reports and events per period, counted by SQLite per day (reports by the day they tell of, an
 * event on the day of its first report) and summed into periods here: a few hundred rows back
 * whatever the size of the corpus. The filter picks the reports (an actor's: those it took part
 * in); an event counts when any of its reports is picked.
 */
export async function timeline(db: Db, { by = 'month', ...filter }: EventFilter & { by?: Period }): Promise<TimelineBucket[]> {
  const { from, to, ...picks } = filter;
  const actorOnly = picks.actor !== undefined && (picks.types?.length ?? 0) === 0 && (picks.statuses?.length ?? 0) === 0;
  const within = <Q extends { where: (column: never, op: string, value: string) => Q }>(query: Q, column: string): Q => {
    let bounded = query;
    if (from !== undefined) bounded = bounded.where(column as never, '>=', from);
    if (to !== undefined) bounded = bounded.where(column as never, '<', to);
    return bounded;
  };
  const unfiltered = picks.actor === undefined && (picks.types?.length ?? 0) === 0 && (picks.statuses?.length ?? 0) === 0;
  // Reports in all, or of an actor alone, are read from the counts kept per day as articles are
  // stored (src/corpus/report-days.ts); by category or status, counted from the events.
  const reports = unfiltered
    ? await within(db.selectFrom('report_days').select(['day', 'reports as count']), 'day').execute()
    : actorOnly
      ? await within(db.selectFrom('actor_report_days').select(['day', 'reports as count']).where('actor', '=', picks.actor!), 'day').execute()
      : await filteredEvents(db, filter).select(['events.day', (eb) => eb.fn.countAll<number>().as('count')]).where('events.day', 'is not', null).groupBy('events.day').execute();
  // A cluster is one row of event_clusters; joined to its actors, one per side the actor is on, hence distinct there.
  let events: { day: string | null; count: number }[];
  if (actorOnly) {
    // The actor's own rows, by the index on actor and first day; on both sides of one event, it is one event.
    events = await within(db.selectFrom('cluster_actors').select(['day_min as day', sql<number>`count(distinct cluster)`.as('count')]).where('actor', '=', picks.actor!), 'day_min')
      .groupBy('day_min').execute();
  } else {
    let clusters = within(db.selectFrom('event_clusters').select(['day_min as day', (eb) => eb.fn.countAll<number>().as('count')]), 'day_min');
    if (!unfiltered) clusters = clusters.where('cluster', 'in', filteredEvents(db, picks).select('events.cluster'));
    events = await clusters.groupBy('day_min').execute();
  }
  const buckets = new Map<string, { reports: number; events: number }>();
  const add = (day: string | null, field: 'reports' | 'events', count: number) => {
    if (day === null || day === '') return;
    const period = PERIOD_START[by](day);
    const bucket = buckets.get(period) ?? { reports: 0, events: 0 };
    bucket[field] += Number(count);
    buckets.set(period, bucket);
  };
  for (const row of reports) add(row.day, 'reports', row.count);
  for (const row of events) add(row.day, 'events', row.count);
  return [...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([period, bucket]) => ({ period, ...bucket }));
}

/** Every stored record, in the order they were ingested. */
export async function* exportRecords(db: Db, batch = 500): AsyncGenerator<AnalyzedDocument> {
  for (let offset = 0; ; offset += batch) {
    const rows = await db.selectFrom('documents').select('record').orderBy('ingested_at').orderBy('id').limit(batch).offset(offset).execute();
    for (const row of rows) yield JSON.parse(row.record) as AnalyzedDocument;
    if (rows.length < batch) return;
  }
}
