/**
 * The corpus commands: `ingest` analyzes inputs into the store, `stats` and `search` read it.
 * Thin: the work is in src/corpus.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createAnalyzer } from '../analyze.js';
import { ingest } from '../corpus/ingest.js';
import { SearchSyntaxError } from '../corpus/search.js';
import type { SearchResults, Store } from '../corpus/store.js';
import { countInputs } from '../sources/count.js';
import { positiveInteger, problemLines, READ_OPTIONS, READ_OPTIONS_HELP, readOptions, UsageError, type Io } from './io.js';

/** The default store file, in the current directory. */
const DEFAULT_DB = 'newsgraph.db';

export const CORPUS_USAGE = `Corpus (an SQLite file, ./${DEFAULT_DB} unless --db PATH):
  newsgraph ingest <inputs...> [--db PATH] [options]   analyze inputs into the corpus
  newsgraph stats [--db PATH] [--format json|pretty]    what the corpus holds
  newsgraph search QUERY [--db PATH] [--limit N] [--offset N] [--format json|pretty]

ingest reads everything analyze reads; an article already stored (the same text) is
skipped, an input that fails is recorded (stats counts it) and the run goes on.
Search: words (all must match), "exact phrases", OR, NOT, parentheses.

Ingest options:
${READ_OPTIONS_HELP}`;

/** Lines of progress when stderr is not a terminal. */
const LOG_EVERY = 100;

type Format = 'json' | 'pretty';

function formatOf(value: string | undefined, io: Io): Format {
  const format = (value ?? (io.stdout.isTTY ? 'pretty' : 'json')) as Format;
  if (format !== 'json' && format !== 'pretty') throw new UsageError(`--format must be json or pretty, got "${value}"`);
  return format;
}

/** The store's module, loaded by the corpus commands only: `analyze` never loads SQLite. */
async function openStore(path: string): Promise<Store> {
  const { openStore: open } = await import('../corpus/store.js');
  return open(path);
}

/** An existing store: reading commands never create an empty one by mistake. */
async function existingStore(path: string): Promise<Store> {
  if (!existsSync(path)) throw new UsageError(`no corpus at ${path}; create one with "newsgraph ingest <inputs...> --db ${path}"`);
  return openStore(path);
}

async function ingestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, ...READ_OPTIONS } });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, directory, URL or -)');
  const options = readOptions(values, io);
  const analyzer = createAnalyzer({ dataDir: values['data-dir'] });
  const path = values.db ?? DEFAULT_DB;
  const store = await openStore(path);
  const total = await countInputs(positionals);
  const bar = io.stderr.isTTY === true
    ? new cliProgress.SingleBar({
      stream: io.stderr,
      format: 'ingest {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {added} added, {duplicates} already stored, {failed} failed',
      hideCursor: true,
    }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total ?? 0, 0, { rate: '0.0', added: 0, duplicates: 0, failed: 0 });
  const started = performance.now();
  try {
    const counts = await ingest(positionals, analyzer, store, {
      ...options,
      onResult: (counts, result) => {
        const rate = (counts.done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
        // On a terminal the line clears the bar, which the next update draws again below it.
        for (const line of problemLines(result)) io.stderr.write(`${bar === null ? '' : '\r\x1b[K'}${line}\n`);
        if (bar !== null) {
          if (counts.done > bar.getTotal()) bar.setTotal(counts.done);
          bar.update(counts.done, { rate, added: counts.added, duplicates: counts.duplicates, failed: counts.failed });
        } else if (counts.done % LOG_EVERY === 0) {
          io.stderr.write(`newsgraph: ingested ${counts.done}${total === null ? '' : `/${total}`} (${rate}/s): ${counts.added} added, ${counts.duplicates} already stored, ${counts.failed} failed\n`);
        }
      },
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    io.stderr.write(`newsgraph: ${path}: ${counts.added} added, ${counts.duplicates} already stored, ${counts.failed} failed, ${counts.done} inputs in ${seconds.toFixed(1)} s\n`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await store.close();
  }
}

async function statsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, format: { type: 'string' } } });
  const format = formatOf(values.format, io);
  const store = await existingStore(values.db ?? DEFAULT_DB);
  try {
    const stats = await store.stats();
    if (format === 'json') io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    else io.stdout.write(`${Object.entries(stats).map(([name, count]) => `${name.padEnd(12)} ${count}`).join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function formatHits(results: SearchResults, offset: number): string {
  const lines = [`${results.total} ${results.total === 1 ? 'article' : 'articles'}`];
  results.results.forEach((hit, i) => {
    const when = hit.publishedAt?.slice(0, 10) ?? 'undated';
    lines.push('', `${offset + i + 1}. ${hit.title ?? '(no title)'}`, `   ${[hit.publisher, when, hit.url].filter(Boolean).join(' · ')}  [${hit.id}]`, `   ${hit.snippet.replace(/\s+/g, ' ')}`);
  });
  return `${lines.join('\n')}\n`;
}

async function searchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('search needs a query, e.g. newsgraph search \'"security guarantees" Ukraine\'');
  const format = formatOf(values.format, io);
  const limit = positiveInteger(values.limit, '--limit') ?? 20;
  const offset = values.offset === undefined ? 0 : positiveInteger(values.offset, '--offset')!;
  const store = await existingStore(values.db ?? DEFAULT_DB);
  try {
    const results = await store.search(positionals.join(' '), { limit, offset });
    io.stdout.write(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatHits(results, offset));
    return 0;
  } catch (error) {
    if (error instanceof SearchSyntaxError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

/** The corpus commands by name. */
export const corpusCommands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  ingest: ingestCommand,
  stats: statsCommand,
  search: searchCommand,
};
