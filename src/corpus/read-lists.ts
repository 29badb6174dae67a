/**
 * The corpus as pages of lists, for browsing (the HTTP API and the web app): documents, actors,
 * events and where they happened, stances, stories. Every list is read a page at a time by an
 * index, so a page costs the same on a large corpus as on a small one.
 */
import { sql, type Kysely } from 'kysely';
import type { AnalyzedDocument } from '../document/contract.js';
import type { CorpusDatabase, EventTable } from './schema.js';
import { nullsAsSqlite } from './dialect.js';
import type { ActorSummary, Page } from './read.js';
import { actorNames } from './names.js';

type Db = Kysely<CorpusDatabase>;

export interface DocumentSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  story: string | null;
  copyOf: string | null;
  ingestedAt: string;
}

export interface DocumentPage {
  total: number;
  results: DocumentSummary[];
}

const summaryColumns = ['id', 'title', 'publisher', 'published_at', 'url', 'story', 'copy_of', 'ingested_at'] as const;
type SummaryRow = Pick<CorpusDatabase['documents'], (typeof summaryColumns)[number]>;
const toSummary = (row: SummaryRow): DocumentSummary => ({
  id: row.id, title: row.title, publisher: row.publisher, publishedAt: row.published_at, url: row.url, story: row.story, copyOf: row.copy_of, ingestedAt: row.ingested_at,
});

/** Stored documents, the latest published first. */
export async function documentPage(db: Db, { limit = 20, offset = 0 }: Page = {}): Promise<DocumentPage> {
  const total = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('documents').select(summaryColumns).orderBy('published_at', nullsAsSqlite(db, 'desc')).orderBy('id').limit(limit).offset(offset).execute();
  return { total: Number(total.count), results: rows.map(toSummary) };
}

export interface StoredDocument {
  document: AnalyzedDocument;
  story: string | null;
  copyOf: string | null;
  /** Stored documents that are near-duplicates of this one. */
  copies: string[];
}

export async function storedDocument(db: Db, id: string): Promise<StoredDocument | undefined> {
  const row = await db.selectFrom('documents').select(['record', 'story', 'copy_of']).where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const copies = await db.selectFrom('documents').select('id').where('copy_of', '=', id).orderBy('id').execute();
  return { document: JSON.parse(row.record) as AnalyzedDocument, story: row.story, copyOf: row.copy_of, copies: copies.map((copy) => copy.id) };
}

/** Actors, the most documented first; with `q`, those whose name contains it (any case). */
export async function actorPage(db: Db, { q, limit = 20, offset = 0 }: Page & { q?: string }): Promise<ActorSummary[]> {
  let query = db.selectFrom('actors').selectAll();
  if (q !== undefined && q.trim() !== '') {
    const pattern = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query = query.where(sql<boolean>`lower(name) like ${pattern} escape '\\'`);
  }
  const rows = await query.orderBy('documents', 'desc').orderBy('key').limit(limit).offset(offset).execute();
  return rows.map((row) => ({ key: row.key, name: row.name, type: row.type, country: row.country, sector: row.sector, documents: row.documents, firstSeen: row.first_seen, lastSeen: row.last_seen }));
}

export interface EventRow {
  documentId: string;
  eventId: string;
  publishedAt: string | null;
  plover: string;
  cameo: string;
  label: string;
  status: string;
  trigger: string;
  /** Actor names. */
  source: string[];
  target: string[];
  place: string | null;
  lat: number | null;
  lon: number | null;
  timeStart: string | null;
  timeEnd: string | null;
  /** The real-world event this report is of: reports of one event share it. */
  cluster: string;
}

/** Which events a list, a map or a timeline counts. */
export interface EventFilter {
  /** An actor key: events it took part in, on either side. */
  readonly actor?: string;
  /** PLOVER categories and statuses: any of them. */
  readonly types?: readonly string[];
  readonly statuses?: readonly string[];
  /** Days, from (inclusive) and to (exclusive), by when the event happened (else was reported). */
  readonly from?: string;
  readonly to?: string;
}

/** Event rows with their actors' names (one lookup for the whole page). */
export async function namedEventRows(db: Db, rows: readonly (EventTable & { published_at: string | null })[]): Promise<EventRow[]> {
  const refs = rows.flatMap((row) => [...JSON.parse(row.source_actors) as string[], ...JSON.parse(row.target_actors) as string[]]);
  const names = await actorNames(db, refs);
  const named = (list: string) => (JSON.parse(list) as string[]).map((ref) => names.get(ref) ?? ref);
  return rows.map((row) => ({
    documentId: row.document_id, eventId: row.event_id, publishedAt: row.published_at, plover: row.plover, cameo: row.cameo, label: row.label, status: row.status,
    trigger: row.trigger, source: named(row.source_actors), target: named(row.target_actors), place: row.place, lat: row.lat, lon: row.lon,
    timeStart: row.time_start, timeEnd: row.time_end, cluster: row.cluster,
  }));
}

/** The events a filter keeps; an actor's through the index on event_actors, not a look at every event. */
export function filteredEvents(db: Db, filter: EventFilter) {
  let query = db.selectFrom('events');
  if (filter.actor !== undefined) {
    query = query.where(sql<boolean>`(events.document_id, events.event_id) in (select document_id, event_id from event_actors where actor = ${filter.actor})`);
  }
  if (filter.types !== undefined && filter.types.length > 0) query = query.where('events.plover', 'in', filter.types.map((type) => type.toUpperCase()));
  if (filter.statuses !== undefined && filter.statuses.length > 0) query = query.where('events.status', 'in', filter.statuses.map((status) => status.toLowerCase()));
  if (filter.from !== undefined) query = query.where('events.day', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('events.day', '<', filter.to);
  return query;
}

/** Event reports, the latest first (by the day they tell of). */
export async function eventPage(db: Db, filter: EventFilter & Page): Promise<EventRow[]> {
  const limit = filter.limit ?? 20;
  const offset = filter.offset ?? 0;
  if (filter.actor !== undefined) return namedEventRows(db, await actorEventPage(db, filter.actor, filter, limit, offset));
  const rows = await filteredEvents(db, filter).innerJoin('documents', 'documents.id', 'events.document_id')
    .selectAll('events').select('documents.published_at')
    .orderBy('events.day', nullsAsSqlite(db, 'desc')).orderBy('events.document_id').orderBy('events.event_id')
    .limit(limit).offset(offset)
    .execute();
  return namedEventRows(db, rows);
}

/**
 * An actor's events, the latest first: read along the actor's own rows (event_actors, by the index
 * on actor and day), which stop at the page, instead of gathering all its events and sorting them.
 */
async function actorEventPage(db: Db, actor: string, filter: EventFilter, limit: number, offset: number) {
  let sides = db.selectFrom('event_actors')
    .innerJoin('events', (join) => join.onRef('events.document_id', '=', 'event_actors.document_id').onRef('events.event_id', '=', 'event_actors.event_id'))
    .where('event_actors.actor', '=', actor);
  if (filter.types !== undefined && filter.types.length > 0) sides = sides.where('events.plover', 'in', filter.types.map((type) => type.toUpperCase()));
  if (filter.statuses !== undefined && filter.statuses.length > 0) sides = sides.where('events.status', 'in', filter.statuses.map((status) => status.toLowerCase()));
  if (filter.from !== undefined) sides = sides.where('event_actors.day', '>=', filter.from);
  if (filter.to !== undefined) sides = sides.where('event_actors.day', '<', filter.to);
  // An actor on both sides of one event is one event.
  const page = await sides.select(['event_actors.document_id', 'event_actors.event_id', 'event_actors.day']).distinct()
    .orderBy('event_actors.day', nullsAsSqlite(db, 'desc')).orderBy('event_actors.document_id').orderBy('event_actors.event_id')
    .limit(limit).offset(offset).execute();
  if (page.length === 0) return [];
  const rows = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id')
    .selectAll('events').select('documents.published_at')
    .where((eb) => eb.or(page.map((row) => eb.and([eb('events.document_id', '=', row.document_id), eb('events.event_id', '=', row.event_id)]))))
    .execute();
  const order = new Map(page.map((row, i) => [`${row.document_id}#${row.event_id}`, i]));
  return rows.sort((a, b) => order.get(`${a.document_id}#${a.event_id}`)! - order.get(`${b.document_id}#${b.event_id}`)!);
}

export interface PlaceCount {
  place: string;
  lat: number;
  lon: number;
  kind: string | null;
  country: string | null;
  /** Event reports placed there. */
  reports: number;
  /** Real-world events placed there (reports of one event count once). */
  events: number;
}

/** The most places a map is given: the rest are the smallest. */
const MAP_PLACES = 500;

/** Events on the map: every resolved place with its counts, the busiest first. */
export async function placeCounts(db: Db, filter: EventFilter): Promise<PlaceCount[]> {
  const rows = await filteredEvents(db, filter).where('events.lat', 'is not', null)
    .select(['events.lat', 'events.lon', (eb) => eb.fn.min('events.place').as('place'), (eb) => eb.fn.min('events.place_kind').as('kind'), (eb) => eb.fn.min('events.place_country').as('country'),
      (eb) => eb.fn.countAll<number>().as('reports'), (eb) => eb.fn.count<number>('events.cluster').distinct().as('events')])
    .groupBy(['events.lat', 'events.lon'])
    .orderBy('events', 'desc').orderBy('place', nullsAsSqlite(db, 'asc'))
    .limit(MAP_PLACES)
    .execute();
  return rows.map((row) => ({ place: row.place ?? '', lat: row.lat!, lon: row.lon!, kind: row.kind, country: row.country, reports: Number(row.reports), events: Number(row.events) }));
}

export interface StanceRow {
  documentId: string;
  stanceId: string;
  publishedAt: string | null;
  /** Actor names. */
  holders: string[];
  issue: string;
  polarity: string;
  changed: boolean;
}

/** Stances, the latest stored first (their own row order read backwards: no sort of every stance). */
export async function stancePage(db: Db, { limit = 20, offset = 0 }: Page = {}): Promise<StanceRow[]> {
  const rows = await db.selectFrom('stances').innerJoin('documents', 'documents.id', 'stances.document_id')
    .selectAll('stances').select('documents.published_at')
    .orderBy(sql`stances.rowid`, 'desc')
    .limit(limit).offset(offset).execute();
  const names = await actorNames(db, rows.flatMap((row) => JSON.parse(row.holders) as string[]));
  return rows.map((row) => ({
    documentId: row.document_id, stanceId: row.stance_id, publishedAt: row.published_at,
    holders: (JSON.parse(row.holders) as string[]).map((ref) => names.get(ref) ?? ref), issue: row.issue, polarity: row.polarity, changed: row.changed === 1,
  }));
}
