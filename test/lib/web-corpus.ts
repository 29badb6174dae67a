/**
 * The corpus the web app's browser tests and screenshots run on: every fixture article of the
 * project, ingested into a fresh SQLite store, and one more article, a second outlet's report of
 * the example harbour talks (so a story has one event reported by two outlets), which in the
 * tests carries markup in its title and text that must show as text and never run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../src/analyze.js';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore, type Store } from '../../src/corpus/store.js';
import { fixtureRecords } from '../fixture-corpus.js';

/** Outlets the fixture articles are spread over (they name none), for facets and stories' sources. */
const FIXTURE_OUTLETS = ['Harbour Times', 'Daily Ledger', 'World Wire'] as const;

/** The publication day given to fixture articles that have none, so their events have a day to be matched on. */
const UNDATED_DAY = '2025-06-04';

const VISIT = 'Norwegian Prime Minister Ingrid Solberg hosted Icelandic Foreign Minister Bjarni Jonsson in Bergen for two days of talks on joint fishery patrols in the North Atlantic.';
const PATROLS = 'Solberg said the first patrols would sail within weeks.';

const SECOND_REPORT = {
  title: 'Solberg hosts Jonsson for harbour talks',
  publisher: 'World Wire',
  publishedAt: '2025-06-05',
  text: `${VISIT}\n${PATROLS}`,
};

/** The second report with markup in its title and text, as the browser tests store it. */
export const INJECTED = {
  ...SECOND_REPORT,
  title: `<script>window.__pwned=1</script> ${SECOND_REPORT.title}`,
  text: `${VISIT}\n<img src=x onerror="window.__pwned=1"> ${PATROLS} <script>window.__pwned=1</script>`,
};

/** The first sentence of a text's first line, standing in for the headline most fixture texts lack. */
function headline(text: string): string {
  const firstLine = text.trim().split('\n', 1)[0] ?? '';
  const sentence = firstLine.split(/(?<=[.!?])\s/, 1)[0] ?? '';
  return sentence.length <= 90 ? sentence : `${sentence.slice(0, 89)}…`;
}

/**
 * Ingests the fixture corpus into `dir/corpus.db` (one thread, input order) and returns the open
 * store; `markup: false` stores the second report without its markup (for the README's pictures).
 */
export async function buildFixtureStore(dir: string, analyzer: Analyzer, { markup = true } = {}): Promise<Store> {
  const store = await openStore(join(dir, 'corpus.db'));
  await ingest([fixtureArticles(dir, { markup })], analyzer, store, { workers: 0 });
  return store;
}

/** The fixture corpus as one JSONL file of article records in `dir`, with titles, outlets and days; returns its path. */
export function fixtureArticles(dir: string, { markup = true } = {}): string {
  const records = fixtureRecords().map((record, index) => ({
    ...record,
    publishedAt: record.publishedAt ?? UNDATED_DAY,
    title: record.text === undefined ? undefined : headline(record.text),
    publisher: FIXTURE_OUTLETS[index % FIXTURE_OUTLETS.length],
  }));
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, [...records, markup ? INJECTED : SECOND_REPORT].map((record) => JSON.stringify(record)).join('\n') + '\n');
  return input;
}
