/**
 * Story clustering and event deduplication of the corpus, against the hand-built gold of
 * test/fixtures/corpus-gold (the rules are in its ANNOTATION.md). The PolNeAR texts are ingested
 * into a fresh store with the project's own analyzer and store, in publication order as a stream
 * would bring them (publisher, date and title from metadata.tsv); then the store's clusterings are read back and scored with B³
 * (scripts/lib/bcubed.ts):
 *
 * - stories: `documents.story` of each article (documents of one story share it), against the
 *   gold stories; two baselines for context: every article alone, and one story per publication day;
 * - events: each gold report is aligned with the analyzer event whose trigger lies in the report's
 *   sentence, nearest the report's anchored words (scripts/lib/corpus-scoring.ts), and takes that event's
 *   `events.cluster`; a report with no such event is missed (alone in the prediction). The share
 *   of reports with an event is the events stage's recall on them, reported apart; the clustering
 *   is scored over all reports and over the found ones, and the look-alike pairs of the gold that
 *   were merged are counted.
 *
 *   npm run eval:corpus -- [DIR] [--json] [--similarity X] [--window DAYS]   (story settings to try; the defaults otherwise)
 *   (DIR: a PolNeAR folder with text/ and metadata.tsv; by default ../shared/data/quotes/polnear
 *   or NEWSGRAPH_POLNEAR)
 *
 * Exit status 2 when the store has no `story` column (the events are still scored and printed).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import Database from 'better-sqlite3';
import { createAnalyzer } from '../src/analyze.js';
import { openStore } from '../src/corpus/store.js';
import type { Prf } from './lib/bcubed.js';
import { multiArticleEvents, readEventGold, readStoryGold, storyOfArticle } from './lib/corpus-gold.js';
import { alignReport, goldReportClusters, mergedDistinctPairs, reportKey, summarizeClustering, type AlignableRecord, type ClusteringSummary } from './lib/corpus-scoring.js';
import { DEFAULT_POLNEAR_DIR, readPolnearMetadata, type PolnearMetadata } from './lib/polnear.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { json: { type: 'boolean' }, similarity: { type: 'string' }, window: { type: 'string' } } });
const storySettings = {
  ...(values.similarity === undefined ? {} : { similarity: Number(values.similarity) }),
  ...(values.window === undefined ? {} : { windowDays: Number(values.window) }),
};
const dir = positionals[0] ?? DEFAULT_POLNEAR_DIR;
if (!existsSync(join(dir, 'metadata.tsv')) || !existsSync(join(dir, 'text'))) {
  console.error(`${dir} is not a PolNeAR folder (text/ and metadata.tsv)`);
  process.exit(2);
}

const storyGold = readStoryGold();
const eventGold = readEventGold();
const goldStories = storyOfArticle(storyGold);
const metadata = readPolnearMetadata(dir);
const unknown = [...goldStories.keys()].filter((id) => !metadata.has(id) || !existsSync(join(dir, 'text', `${id}.txt`)));
if (unknown.length > 0) {
  console.error(`the gold names ${unknown.length} article(s) that ${dir} lacks, e.g. ${unknown[0]}`);
  process.exit(2);
}

interface IngestSummary {
  readonly articles: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly seconds: number;
}

/** The gold's articles, oldest first, analyzed and stored one by one in a new store at `path`. */
async function ingestInStreamOrder(path: string): Promise<IngestSummary> {
  const ids = [...goldStories.keys()].sort((a, b) => metadata.get(a)!.publishedAt.localeCompare(metadata.get(b)!.publishedAt) || a.localeCompare(b));
  const analyzer = createAnalyzer();
  const store = await openStore(path, { stories: storySettings });
  const counts = { stored: 0, duplicates: 0, failed: 0 };
  const started = performance.now();
  for (const id of ids) {
    const file = join(dir, 'text', `${id}.txt`);
    const { publisher, publishedAt, title }: PolnearMetadata = metadata.get(id)!;
    const result = analyzer.analyzeRaw({
      source: { uri: pathToFileURL(file).href, kind: 'file' },
      content: { kind: 'text', text: readFileSync(file, 'utf8') },
      format: 'text',
      url: null,
      publishedAt,
      // What a feed's metadata would give: the texts name no publisher, and their first line is not read as a title.
      title,
      publisher,
    });
    if (result.status === 'failed') {
      counts.failed++;
      await store.addFailure(result.source, result.error);
      continue;
    }
    if ((await store.addDocument(result)) === 'added') counts.stored++;
    else counts.duplicates++;
  }
  await store.close();
  return { articles: ids.length, ...counts, seconds: (performance.now() - started) / 1000 };
}

interface StoredCorpus {
  /** Each stored article's story, by file id; null when the store has no `story` column. */
  readonly stories: Map<string, string> | null;
  readonly records: Map<string, { readonly documentId: string; readonly record: AlignableRecord }>;
  /** `events.cluster` by document id and event id. */
  readonly eventClusters: Map<string, string>;
}

/** The file id of a stored document's source (a file URL or a path). */
function fileId(sourceUri: string): string {
  return basename(sourceUri.startsWith('file:') ? fileURLToPath(sourceUri) : sourceUri).replace(/\.txt$/, '');
}

/** Read straight from the database: these columns are the store's contract with this score, not part of its query API. */
function readStore(path: string): StoredCorpus {
  const db = new Database(path, { readonly: true });
  try {
    const hasStory = (db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).some((column) => column.name === 'story');
    const rows = db.prepare(`SELECT id, source_uri, record${hasStory ? ', story' : ''} FROM documents`).all() as { id: string; source_uri: string; record: string; story?: string | null }[];
    const stories = hasStory ? new Map<string, string>() : null;
    const records = new Map<string, { documentId: string; record: AlignableRecord }>();
    for (const row of rows) {
      const id = fileId(row.source_uri);
      records.set(id, { documentId: row.id, record: JSON.parse(row.record) as AlignableRecord });
      if (stories !== null && row.story !== null && row.story !== undefined) stories.set(id, row.story);
    }
    const eventClusters = new Map<string, string>();
    for (const row of db.prepare('SELECT document_id, event_id, cluster FROM events').all() as { document_id: string; event_id: string; cluster: string }[]) {
      eventClusters.set(`${row.document_id} ${row.event_id}`, row.cluster);
    }
    return { stories, records, eventClusters };
  } finally {
    db.close();
  }
}

interface EventScores {
  readonly reports: number;
  readonly withEvent: number;
  readonly notLocated: number;
  readonly notStored: number;
  readonly all: ClusteringSummary;
  readonly found: ClusteringSummary;
  readonly everyReportAlone: ClusteringSummary;
  readonly distinctPairs: number;
  readonly distinctPairsFound: number;
  readonly distinctPairsMerged: (readonly [string, string])[];
}

function scoreEvents(stored: StoredCorpus): EventScores {
  const gold = goldReportClusters(eventGold);
  const predicted = new Map<string, string>();
  let notLocated = 0;
  let notStored = 0;
  for (const event of eventGold.events) {
    event.reports.forEach(({ article, anchor }, i) => {
      const entry = stored.records.get(article);
      if (entry === undefined) return void notStored++;
      const alignment = alignReport(entry.record, anchor);
      if (alignment.kind === 'not-located') notLocated++;
      const cluster = alignment.kind === 'event' ? stored.eventClusters.get(`${entry.documentId} ${alignment.eventId}`) : undefined;
      if (cluster !== undefined) predicted.set(reportKey(event.id, i), cluster);
    });
  }
  const foundGold = new Map([...gold].filter(([key]) => predicted.has(key)));
  const bothFound = eventGold.distinct.filter(({ events }) => events.every((id) => [...predicted.keys()].some((key) => key.startsWith(`${id}#`))));
  return {
    reports: gold.size,
    withEvent: predicted.size,
    notLocated,
    notStored,
    all: summarizeClustering(gold, predicted),
    found: summarizeClustering(foundGold, predicted),
    everyReportAlone: summarizeClustering(gold, new Map()),
    distinctPairs: eventGold.distinct.length,
    distinctPairsFound: bothFound.length,
    distinctPairsMerged: mergedDistinctPairs(eventGold, predicted),
  };
}

const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-corpus-'));
if (!values.json) console.error(`ingesting ${goldStories.size} articles of ${dir} into a fresh store...`);
const ingested = await ingestInStreamOrder(join(workDir, 'corpus.db'));
const stored = readStore(join(workDir, 'corpus.db'));
rmSync(workDir, { recursive: true, force: true });

const storyResults = {
  gold: { stories: storyGold.stories.length + storyGold.singletons.length, multiArticle: storyGold.stories.length, singletonShare: storyGold.singletons.length / goldStories.size },
  newsgraph: stored.stories === null ? null : summarizeClustering(goldStories, stored.stories),
  baselines: {
    everyArticleAlone: summarizeClustering(goldStories, new Map()),
    samePublicationDay: summarizeClustering(goldStories, new Map([...goldStories.keys()].map((id): [string, string] => [id, metadata.get(id)!.publishedAt]))),
  },
};
const events = scoreEvents(stored);
const NO_STORY_COLUMN = 'the store has no story column';

if (values.json) {
  console.log(JSON.stringify({
    ingest: ingested,
    stories: { ...storyResults, ...(storyResults.newsgraph === null ? { note: NO_STORY_COLUMN } : {}) },
    events: { gold: { events: eventGold.events.length, multiArticle: multiArticleEvents(eventGold).length }, ...events },
  }, null, 2));
} else {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const row = (name: string, { score, clusters, singletonShare }: ClusteringSummary) => {
    const { precision, recall, f1 }: Prf = score;
    return `| ${name} | ${clusters} | ${pct(singletonShare)} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`;
  };
  const header = '| clustering | clusters | alone | B³ precision | B³ recall | B³ F1 |\n|---|---|---|---|---|---|';
  console.log(`${ingested.articles} PolNeAR articles of ${dir} ingested oldest first into a fresh store in ${ingested.seconds.toFixed(0)} s: ${ingested.stored} stored, ${ingested.duplicates} duplicates, ${ingested.failed} failed\n`);
  console.log(`Stories: the gold has ${storyResults.gold.stories} stories, ${storyResults.gold.multiArticle} of two or more articles; ${pct(storyResults.gold.singletonShare)} of articles alone\n`);
  console.log(header);
  console.log(storyResults.newsgraph === null ? `| newsgraph: ${NO_STORY_COLUMN} | | | | | |` : row('newsgraph (documents.story)', storyResults.newsgraph));
  console.log(row('baseline: every article alone', storyResults.baselines.everyArticleAlone));
  console.log(row('baseline: one story per publication day', storyResults.baselines.samePublicationDay));
  console.log(`\nEvents: the gold has ${events.reports} reports of ${eventGold.events.length} events, ${multiArticleEvents(eventGold).length} of them in two or more articles\n`);
  console.log(`reports whose sentence holds an analyzer event (events-stage recall): ${events.withEvent} of ${events.reports} (${pct(events.withEvent / events.reports)}); anchored words not in the stored text: ${events.notLocated}; article not stored: ${events.notStored}\n`);
  console.log(header);
  console.log(row('newsgraph (events.cluster), all reports, missed ones alone', events.all));
  console.log(row('newsgraph (events.cluster), reports with an event only', events.found));
  console.log(row('baseline: every report alone', events.everyReportAlone));
  console.log(`\nlook-alike events merged: ${events.distinctPairsMerged.length} of ${events.distinctPairs} pairs (${events.distinctPairsFound} with both events found)`);
  for (const [a, b] of events.distinctPairsMerged) console.log(`  ${a} + ${b}`);
}
if (storyResults.newsgraph === null) {
  console.error(NO_STORY_COLUMN);
  process.exit(2);
}
