/**
 * Stories as a reader sees them: the list, and one story's articles and real-world events, each
 * event with its reports from every outlet side by side.
 */
import type { Kysely } from 'kysely';
import type { CorpusDatabase } from './schema.js';
import { nullsAsSqlite } from './dialect.js';
import type { Page } from './read.js';

type Db = Kysely<CorpusDatabase>;

export interface StorySummary {
  story: string;
  title: string | null;
  dayMin: string;
  dayMax: string;
  documents: number;
  /** Distinct outlets (publishers) among its articles. */
  sources: number;
}

export interface StoryEvent {
  cluster: string;
  plover: string;
  label: string;
  dayMin: string;
  dayMax: string;
  places: string[];
  /** Reports of the event in the story's articles, and the outlets they come from. */
  reports: number;
  sources: number;
  outlets: { publisher: string; documents: string[] }[];
}

export interface StoryView {
  story: StorySummary;
  articles: { id: string; title: string | null; publisher: string | null; publishedAt: string | null; url: string | null; copyOf: string | null }[];
  events: StoryEvent[];
}

export interface StoryPage {
  total: number;
  results: StorySummary[];
}

/** The outlet of an article without a publisher. */
const UNKNOWN_OUTLET = '(unknown outlet)';

async function sourcesOf(db: Db, stories: readonly string[]): Promise<Map<string, number>> {
  if (stories.length === 0) return new Map();
  const rows = await db.selectFrom('documents').select(['story', (eb) => eb.fn.count<number>('publisher').distinct().as('sources')])
    .where('story', 'in', stories).groupBy('story').execute();
  return new Map(rows.map((row) => [row.story ?? '', Number(row.sources)]));
}

/** Stories, the latest (by their last article's day) first. */
export async function storyPage(db: Db, { limit = 20, offset = 0 }: Page = {}): Promise<StoryPage> {
  const total = await db.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('stories').selectAll().orderBy('day_max', 'desc').orderBy('story').limit(limit).offset(offset).execute();
  const sources = await sourcesOf(db, rows.map((row) => row.story));
  return {
    total: Number(total.count),
    results: rows.map((row) => ({ story: row.story, title: row.title, dayMin: row.day_min, dayMax: row.day_max, documents: row.documents, sources: sources.get(row.story) ?? 0 })),
  };
}

export async function storyView(db: Db, story: string): Promise<StoryView | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('story', '=', story).executeTakeFirst();
  if (row === undefined) return undefined;
  const articles = await db.selectFrom('documents').select(['id', 'title', 'publisher', 'published_at', 'url', 'copy_of'])
    .where('story', '=', story).orderBy('published_at', nullsAsSqlite(db, 'asc')).orderBy('id').execute();
  const reports = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id')
    .innerJoin('event_clusters', 'event_clusters.cluster', 'events.cluster')
    .select(['events.cluster', 'events.label', 'events.document_id', 'documents.publisher', 'event_clusters.plover', 'event_clusters.day_min', 'event_clusters.day_max', 'event_clusters.places'])
    .where('documents.story', '=', story).orderBy('event_clusters.day_min').orderBy('events.cluster').orderBy('events.document_id').execute();
  const events = new Map<string, StoryEvent>();
  for (const report of reports) {
    let event = events.get(report.cluster);
    if (event === undefined) {
      event = { cluster: report.cluster, plover: report.plover, label: report.label, dayMin: report.day_min, dayMax: report.day_max, places: JSON.parse(report.places) as string[], reports: 0, sources: 0, outlets: [] };
      events.set(report.cluster, event);
    }
    event.reports++;
    const publisher = report.publisher ?? UNKNOWN_OUTLET;
    const outlet = event.outlets.find((candidate) => candidate.publisher === publisher);
    if (outlet === undefined) event.outlets.push({ publisher, documents: [report.document_id] });
    else if (!outlet.documents.includes(report.document_id)) outlet.documents.push(report.document_id);
    event.sources = event.outlets.length;
  }
  const sources = await sourcesOf(db, [story]);
  return {
    story: { story: row.story, title: row.title, dayMin: row.day_min, dayMax: row.day_max, documents: row.documents, sources: sources.get(story) ?? 0 },
    articles: articles.map((article) => ({ id: article.id, title: article.title, publisher: article.publisher, publishedAt: article.published_at, url: article.url, copyOf: article.copy_of })),
    // The events most reported first: the story's main events lead.
    events: [...events.values()].sort((a, b) => b.reports - a.reports || a.dayMin.localeCompare(b.dayMin) || a.cluster.localeCompare(b.cluster)),
  };
}
