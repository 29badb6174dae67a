/**
 * The corpus commands: `ingest` analyzes inputs into the store, `stats` and `search` read it.
 * Thin: the work is in src/corpus.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createAnalyzer } from '../analyze.js';
import { CommitmentStatusSchema, type CommitmentStatus } from '../document/contract.js';
import { SearchSyntaxError } from '../corpus/search.js';
import type { ActorProfile, CommitmentRow, Period, QuoteRow, SearchResults, TimelineBucket } from '../corpus/read.js';
import type { EventRow } from '../corpus/read-lists.js';
import type { Store } from '../corpus/store.js';
import { normalizeDate } from '../articles/dates.js';
import { countInputs } from '../sources/count.js';
import { DEFAULT_SOURCE_LIMITS } from '../sources/index.js';
import { DEFAULT_POLITENESS } from '../sources/web/politeness.js';
import type { PoliteFetcher } from '../sources/web/polite.js';
import type { IngestCounts } from '../corpus/ingest.js';
import { defaultWorkers } from '../corpus/threads.js';
import { isPostgresUrl } from '../corpus/location.js';
import { positiveInteger, problemLines, READ_OPTIONS, READ_OPTIONS_HELP, readOptions, THREAD_OPTIONS, threadOptions, UsageError, type Io } from './io.js';

/** The default store file, in the current directory. */
export const DEFAULT_DB = 'newsgraph.db';

export const CORPUS_USAGE = `Corpus (an SQLite file, ./${DEFAULT_DB} unless --db PATH; or --db postgres://user@host/database):
  newsgraph ingest <inputs...> [--db PATH] [options]   analyze inputs into the corpus
  newsgraph ingest --reanalyze [--db PATH]              analyze again what an older analyzer stored
  newsgraph watch <feeds...> [--every 15m] [--rounds N] [--db PATH] [options]   ingest what is new, until stopped
  newsgraph stats [--db PATH] [--format json|pretty]    what the corpus holds
  newsgraph search QUERY [--db PATH] [--limit N] [--offset N] [--format json|pretty]
  newsgraph entity NAME [--db PATH] [--format json|pretty]   an actor: names, roles, quotes, events, company
  newsgraph quotes [--speaker NAME] [--limit N] [--offset N] [--db PATH] [--format json|pretty]
  newsgraph commitments [--overdue] [--status STATUS] [--limit N] [--offset N] [--db PATH] [--format json|pretty]
                                                       commitments by due date; --status: only those whose article
                                                       says promised, conditional, withdrawn, kept or broken
                                                       (--overdue: past due with no later event keeping or breaking it)
  newsgraph timeline [--actor NAME] [--from DATE] [--to DATE] [--by day|week|month] [--db PATH] [--format json|pretty]
  newsgraph export [--db PATH] [--format jsonl|csv|gdelt]   every record as JSONL, the event reports as CSV,
                                                       or the events as GDELT 2.0 rows (one per real-world event)

ingest reads everything analyze reads, and listings: RSS, Atom and JSON feeds, OPML files,
sitemaps and files of URLs (one per line), local or by URL, and a site's home page URL (the
feeds its <link rel="alternate"> tags name). An article already stored (the
same text) is skipped, an input that fails is recorded (stats counts it) and the run goes on.
URLs are fetched politely (robots.txt and its Crawl-delay, one request at a time per host,
Retry-After on 429 and 503, conditional GET of listings) and remembered, so a second run
fetches only what is new.
Search: words (all must match), "exact phrases", OR, NOT, parentheses, and filters
actor:NAME type:PLOVER status:STATUS from:DATE to:DATE outlet:NAME lang:CODE (quote a
value with spaces: actor:"Donald Trump"; a query may be filters alone).

Ingest and watch options:
${READ_OPTIONS_HELP}
  --user-agent TEXT            the User-Agent to fetch with and to match robots.txt rules for
  --delay-ms N                 least time between two requests to one host (default ${DEFAULT_POLITENESS.minIntervalMs})
  --reanalyze                  ingest: first analyze again the stored articles another analyzer
                               version (or data folder) made, replacing their facts
  --workers N                  ingest: threads that analyze local inputs while the store writes
                               (default: the cores but one, here ${'${defaultWorkersText()}'}; 0: analyze in one thread)
  --deadline-ms N              ingest: the longest one article's analysis may take in a thread (default 30000;
                               past it the article fails with NG_DEADLINE)
  --every DURATION             watch: time between two rounds, e.g. 30s, 15m, 1h (default 15m)
  --rounds N                   watch: stop after N rounds (default: until Ctrl-C or SIGTERM)`;

/** Lines of progress when stderr is not a terminal. */
const LOG_EVERY = 100;

type Format = 'json' | 'pretty';

function formatOf(value: string | undefined, io: Io): Format {
  const format = (value ?? (io.stdout.isTTY ? 'pretty' : 'json')) as Format;
  if (format !== 'json' && format !== 'pretty') throw new UsageError(`--format must be json or pretty, got "${value}"`);
  return format;
}

/** The store's module, loaded by the corpus commands only: `analyze` never loads SQLite or PostgreSQL's client. */
export async function openStore(path: string, dataDir?: string): Promise<Store> {
  const { openStore: open } = await import('../corpus/store.js');
  return open(path, dataDir === undefined ? {} : { dataDir: resolve(dataDir) });
}

/** An existing store: reading commands never create an empty SQLite file by mistake (a PostgreSQL database is named, so it exists or fails to connect). */
export async function existingStore(path: string, dataDir?: string): Promise<Store> {
  if (!isPostgresUrl(path) && !existsSync(path)) throw new UsageError(`no corpus at ${path}; create one with "newsgraph ingest <inputs...> --db ${path}"`);
  return openStore(path, dataDir);
}

const CRAWL_OPTIONS = { db: { type: 'string' }, 'user-agent': { type: 'string' }, 'delay-ms': { type: 'string' }, ...READ_OPTIONS } as const;
const ENQUEUE_OPTIONS = { enqueue: { type: 'boolean' }, retries: { type: 'string' }, 'job-timeout': { type: 'string' } } as const;

/** `ingest --enqueue`: the inputs queued for workers (local files read now, listings' articles by URL); returns once queued. */
async function enqueueCommand(inputs: string[], values: { db?: string; 'data-dir'?: string; retries?: string; 'job-timeout'?: string; 'user-agent'?: string; 'delay-ms'?: string; 'published-at'?: string; 'max-bytes'?: string; 'timeout-ms'?: string; 'allow-private'?: boolean }, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UsageError('ingest --enqueue needs at least one input (a file, directory, URL, feed or -)');
  const { openQueue, queueSettings, jobBatcher } = await import('./queue.js');
  const queue = await openQueue(values.db, 'ingest --enqueue', queueSettings(values));
  const store = await openStore(values.db!, values['data-dir']);
  try {
    const readOptionsGiven = readOptions(values, io);
    const { ingest } = await import('../corpus/ingest.js');
    const batch = jobBatcher(queue);
    const started = performance.now();
    const counts = await ingest(inputs, () => createAnalyzer({ dataDir: values['data-dir'] }), store, {
      ...readOptionsGiven,
      fetcher: await fetcherFor(values, readOptionsGiven),
      enqueue: batch.add,
      onResult: (_counts, result) => {
        for (const line of problemLines(result)) io.stderr.write(`${line}\n`);
      },
    });
    await batch.flush();
    io.stderr.write(`newsgraph: ${counts.queued} articles queued, ${counts.skipped} seen before, ${counts.failed} failed in ${((performance.now() - started) / 1000).toFixed(1)} s; run "newsgraph worker --db URL" to analyze them\n`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
    await queue.close();
  }
}

async function fetcherFor(values: { 'user-agent'?: string; 'delay-ms'?: string }, options: ReturnType<typeof readOptions>): Promise<PoliteFetcher> {
  const { PoliteFetcher } = await import('../sources/web/polite.js');
  const delay = values['delay-ms'] === undefined ? undefined : Number(values['delay-ms']);
  if (delay !== undefined && (!Number.isInteger(delay) || delay < 0)) throw new UsageError(`--delay-ms needs a whole number of milliseconds, got "${values['delay-ms']}"`);
  return new PoliteFetcher({
    ...(values['user-agent'] === undefined ? {} : { userAgent: values['user-agent'] }),
    ...(delay === undefined ? {} : { minIntervalMs: delay }),
    limits: { ...DEFAULT_SOURCE_LIMITS, ...options.limits },
  });
}

async function ingestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...CRAWL_OPTIONS, ...ENQUEUE_OPTIONS, ...THREAD_OPTIONS, reanalyze: { type: 'boolean' } } });
  if (values.enqueue === true) return enqueueCommand(positionals, values, io);
  if (values.reanalyze === true) {
    const status = await reanalyzeCommand(values.db ?? DEFAULT_DB, values['data-dir'], io);
    if (positionals.length === 0 || status !== 0) return status;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, directory, URL or -), or --reanalyze');
  const readOptionsGiven = readOptions(values, io);
  const options = { ...readOptionsGiven, fetcher: await fetcherFor(values, readOptionsGiven) };
  const { ingest } = await import('../corpus/ingest.js');
  const { workers, deadlineMs } = threadOptions(values, defaultWorkers());
  const path = values.db ?? DEFAULT_DB;
  const store = await openStore(path, values['data-dir']);
  const total = await countInputs(positionals);
  const bar = io.stderr.isTTY === true
    ? new cliProgress.SingleBar({
      stream: io.stderr,
      format: 'ingest {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {added} added, {duplicates} already stored, {skipped} seen before, {failed} failed',
      hideCursor: true,
    }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total ?? 0, 0, { rate: '0.0', added: 0, duplicates: 0, skipped: 0, failed: 0 });
  const started = performance.now();
  try {
    const counts = await ingest(positionals, () => createAnalyzer({ dataDir: values['data-dir'] }), store, {
      ...options,
      workers,
      deadlineMs,
      ...(values['data-dir'] === undefined ? {} : { dataDir: resolve(values['data-dir']) }),
      onResult: (counts, result) => {
        const rate = (counts.done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
        // On a terminal the line clears the bar, which the next update draws again below it.
        for (const line of problemLines(result)) io.stderr.write(`${bar === null ? '' : '\r\x1b[K'}${line}\n`);
        if (bar !== null) {
          if (counts.done > bar.getTotal()) bar.setTotal(counts.done);
          bar.update(counts.done, { rate, added: counts.added, duplicates: counts.duplicates, skipped: counts.skipped, failed: counts.failed });
        } else if (counts.done % LOG_EVERY === 0) {
          io.stderr.write(`newsgraph: ingested ${counts.done}${total === null ? '' : `/${total}`} (${rate}/s): ${summary(counts)}\n`);
        }
      },
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    io.stderr.write(`newsgraph: ${path}: ${summary(counts)}, ${counts.done} articles read in ${seconds.toFixed(1)} s\n`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await store.close();
  }
}

/** `ingest --reanalyze`: the stored articles another analyzer made, analyzed again by this one. */
async function reanalyzeCommand(path: string, dataDir: string | undefined, io: Io): Promise<number> {
  const { reanalyze } = await import('../corpus/ingest.js');
  const store = await existingStore(path, dataDir);
  try {
    const analyzer = createAnalyzer({ dataDir });
    const started = performance.now();
    const bar = io.stderr.isTTY === true
      ? new cliProgress.SingleBar({ stream: io.stderr, format: 'reanalyze {bar} {value}/{total} | ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    let barStarted = false;
    const counts = await reanalyze(analyzer, store, (progress) => {
      if (bar !== null && !barStarted) {
        bar.start(progress.total, 0);
        barStarted = true;
      }
      bar?.update(progress.done);
      if (bar === null && progress.done % LOG_EVERY === 0) io.stderr.write(`newsgraph: reanalyzed ${progress.done}/${progress.total}\n`);
    });
    bar?.stop();
    io.stderr.write(`newsgraph: ${path}: ${counts.done} stored articles analyzed again by newsgraph ${analyzer.info.version} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function summary(counts: Readonly<IngestCounts>): string {
  return `${counts.added} added, ${counts.duplicates} already stored, ${counts.skipped} seen before, ${counts.failed} failed`;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** A duration such as 30s, 15m or 1h (or 500ms), in milliseconds. */
export function durationMs(value: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(value.trim());
  if (match === null) throw new UsageError(`${flag} needs a duration such as 30s, 15m or 1h, got "${value}"`);
  return Number(match[1]) * DURATION_UNITS[match[2]!]!;
}

/** Ingests the listings round after round, until stopped (SIGINT, SIGTERM) or `--rounds` are done. */
async function watchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...CRAWL_OPTIONS, ...ENQUEUE_OPTIONS, every: { type: 'string' }, rounds: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('watch needs at least one feed, OPML file, sitemap or URL list');
  const everyMs = durationMs(values.every ?? '15m', '--every');
  const rounds = positiveInteger(values.rounds, '--rounds') ?? Infinity;
  const { ingest, isListingInput } = { ...(await import('../corpus/ingest.js')), ...(await import('../corpus/crawl.js')) };
  for (const input of positionals) {
    if (!(await isListingInput(input))) throw new UsageError(`watch follows feeds, OPML files, sitemaps and URL lists; ${input} is none of them`);
  }
  const readOptionsGiven = readOptions(values, io);
  const fetcher = await fetcherFor(values, readOptionsGiven);
  let loaded: ReturnType<typeof createAnalyzer> | undefined;
  const analyzer = () => (loaded ??= createAnalyzer({ dataDir: values['data-dir'] }));
  const path = values.db ?? DEFAULT_DB;
  // --enqueue: each round queues the new articles for workers instead of analyzing them here.
  const { openQueue, queueSettings, jobBatcher } = await import('./queue.js');
  const queue = values.enqueue === true ? await openQueue(values.db, 'watch --enqueue', queueSettings(values)) : undefined;
  const batch = queue === undefined ? undefined : jobBatcher(queue);
  const store = await openStore(path, values['data-dir']);
  let stopping = false;
  let wake = () => {};
  const stop = () => {
    stopping = true;
    wake();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    for (let round = 1; round <= rounds && !stopping; round++) {
      const started = performance.now();
      const counts = await ingest(positionals, analyzer, store, {
        ...readOptionsGiven,
        fetcher,
        ...(batch === undefined ? {} : { enqueue: batch.add }),
        onResult: (_counts, result) => {
          for (const line of problemLines(result)) io.stderr.write(`${line}\n`);
        },
      });
      await batch?.flush();
      io.stderr.write(`newsgraph: ${new Date().toISOString()} round ${round}: ${batch === undefined ? summary(counts) : `${counts.queued} queued, ${counts.skipped} seen before, ${counts.failed} failed`} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      if (round < rounds && !stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, everyMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
    await queue?.close();
  }
}

async function statsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: READ_COMMAND_OPTIONS });
  return readCommand(values, io, (store) => store.stats(), (stats) => `${Object.entries(stats).map(([name, count]) => `${name.padEnd(12)} ${count}`).join('\n')}\n`);
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
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...READ_COMMAND_OPTIONS, ...PAGE_OPTIONS } });
  if (positionals.length === 0) throw new UsageError('search needs a query, e.g. newsgraph search \'"security guarantees" Ukraine\'');
  const { limit, offset } = { ...page(values), limit: positiveInteger(values.limit, '--limit') ?? 20 };
  return readCommand(values, io, async (store) => {
    try {
      return await store.search(positionals.join(' '), { limit, offset });
    } catch (error) {
      throw error instanceof SearchSyntaxError ? new UsageError(error.message) : error;
    }
  }, (results) => formatHits(results, offset));
}

/** One actor of the store for a command's --actor/--speaker/NAME, or a usage error naming the candidates. */
async function oneActor(store: Store, name: string): Promise<string> {
  const found = await store.findActors(name);
  if (found.length === 0) throw new UsageError(`no actor named "${name}" in the corpus`);
  return found[0]!.key;
}

function eventLine(event: EventRow): string {
  const when = event.timeStart === null ? '' : ` (${event.timeStart}${event.timeEnd === null ? '' : ` to ${event.timeEnd}`})`;
  const where = event.place === null ? '' : ` in ${event.place}`;
  return `${event.publishedAt?.slice(0, 10) ?? 'undated'}  ${event.plover.padEnd(9)} ${event.source.join(', ') || '?'} → ${event.target.join(', ') || '?'}: ${event.trigger}, ${event.status}${where}${when}`;
}

function quoteLine(quote: QuoteRow): string {
  return `${quote.publishedAt?.slice(0, 10) ?? 'undated'}  ${quote.speaker ?? '?'} (${quote.kind}): ${quote.text.replace(/\s+/g, ' ')}`;
}

function formatProfile(profile: ActorProfile): string {
  const { actor } = profile;
  const lines = [
    `${actor.name}  [${actor.key}]`,
    `  ${[actor.type, actor.country, actor.sector].filter(Boolean).join(' · ')}; in ${actor.documents} ${actor.documents === 1 ? 'article' : 'articles'}${actor.firstSeen === null ? '' : `, ${actor.firstSeen.slice(0, 10)} to ${actor.lastSeen?.slice(0, 10)}`}`,
    `  names: ${profile.names.join(', ')}`,
  ];
  if (profile.roles.length > 0) lines.push('', 'roles', ...profile.roles.map((role) => `  ${role.title}${role.country === null ? '' : ` (${role.country})`}, from ${role.firstSeen?.slice(0, 10) ?? 'undated'}, ${role.documents}×`));
  if (profile.quotes.length > 0) lines.push('', 'quotes', ...profile.quotes.map((quote) => `  ${quoteLine(quote)}`));
  if (profile.events.asSource.length > 0) lines.push('', 'events as source', ...profile.events.asSource.map((event) => `  ${eventLine(event)}`));
  if (profile.events.asTarget.length > 0) lines.push('', 'events as target', ...profile.events.asTarget.map((event) => `  ${eventLine(event)}`));
  if (profile.coOccurring.length > 0) lines.push('', 'named with', ...profile.coOccurring.map((other) => `  ${other.name} (${other.documents})`));
  return `${lines.join('\n')}\n`;
}

/**
 * One commitment: what its article states (`status`, in brackets) apart from what a later article's
 * event made of it (`outcome`, in capitals after "later").
 */
function commitmentLine(commitment: CommitmentRow): string {
  const due = commitment.dueEnd === null ? 'no due date' : `due ${commitment.dueStart} to ${commitment.dueEnd}${commitment.overdue ? ', OVERDUE' : ''}`;
  const outcome = commitment.outcome === null ? '' : `, later ${commitment.outcome.toUpperCase()} (${commitment.outcomeEvent})`;
  const status = commitment.status ?? 'status not stored';
  return `${commitment.publishedAt?.slice(0, 10) ?? 'undated'}  ${commitment.actors.join(', ') || '?'} → ${commitment.beneficiaries.join(', ') || '?'}: ${commitment.what} [${status}] (${due}${outcome})`;
}

function timelineLines(buckets: TimelineBucket[]): string {
  const widest = Math.max(1, ...buckets.map((bucket) => bucket.reports));
  const rows = buckets.map((bucket) => `${bucket.period}  ${String(bucket.events).padStart(6)}  ${String(bucket.reports).padStart(7)}  ${'#'.repeat(Math.ceil((bucket.events / widest) * 40))}${'+'.repeat(Math.ceil(((bucket.reports - bucket.events) / widest) * 40))}`);
  return `period      events  reports  (# events, + further reports)\n${rows.join('\n')}\n`;
}

const PAGE_OPTIONS = { limit: { type: 'string' }, offset: { type: 'string' } } as const;
const READ_COMMAND_OPTIONS = { db: { type: 'string' }, format: { type: 'string' } } as const;

function page(values: { limit?: string; offset?: string }) {
  return { limit: positiveInteger(values.limit, '--limit') ?? 50, offset: values.offset === undefined ? 0 : positiveInteger(values.offset, '--offset')! };
}

/** The `--status` of `commitments`: a status the output contract names, as its article states it. */
function commitmentStatus(value: string | undefined): CommitmentStatus | undefined {
  if (value === undefined) return undefined;
  const statuses: readonly string[] = CommitmentStatusSchema.enum;
  if (!statuses.includes(value)) throw new UsageError(`--status must be ${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}, got "${value}"`);
  return value as CommitmentStatus;
}

function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const date = normalizeDate(value);
  if (date === null) throw new UsageError(`${flag} needs a date such as 2025-08-19, got "${value}"`);
  return date.slice(0, 10);
}

/** Runs `work` on the existing store of `--db`, printing JSON or the pretty form. */
async function readCommand<T>(values: { db?: string; format?: string }, io: Io, work: (store: Store) => Promise<T>, pretty: (result: T) => string): Promise<number> {
  const format = formatOf(values.format, io);
  const store = await existingStore(values.db ?? DEFAULT_DB);
  try {
    const result = await work(store);
    io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : pretty(result));
    return 0;
  } finally {
    await store.close();
  }
}

async function entityCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: READ_COMMAND_OPTIONS });
  if (positionals.length === 0) throw new UsageError('entity needs a name, e.g. newsgraph entity "Jonas Gahr Store"');
  const name = positionals.join(' ');
  return readCommand(values, io, async (store) => {
    const found = await store.findActors(name);
    if (found.length === 0) throw new UsageError(`no actor named "${name}" in the corpus`);
    return store.actorProfile(found[0]!);
  }, formatProfile);
}

async function quotesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...READ_COMMAND_OPTIONS, ...PAGE_OPTIONS, speaker: { type: 'string' } } });
  return readCommand(values, io, async (store) => store.quotes({ ...page(values), ...(values.speaker === undefined ? {} : { speaker: await oneActor(store, values.speaker) }) }),
    (quotes) => `${quotes.map(quoteLine).join('\n')}\n`);
}

async function commitmentsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...READ_COMMAND_OPTIONS, ...PAGE_OPTIONS, overdue: { type: 'boolean' }, status: { type: 'string' } } });
  const today = new Date().toISOString().slice(0, 10);
  const status = commitmentStatus(values.status);
  return readCommand(values, io, (store) => store.commitments({ ...page(values), state: values.overdue === true ? 'overdue' : 'all', ...(status === undefined ? {} : { status }), today }),
    (commitments) => `${commitments.map(commitmentLine).join('\n')}\n`);
}

async function timelineCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...READ_COMMAND_OPTIONS, actor: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } } });
  const by = (values.by ?? 'month') as Period;
  if (!['day', 'week', 'month'].includes(by)) throw new UsageError(`--by must be day, week or month, got "${values.by}"`);
  const from = dateOption(values.from, '--from');
  const to = dateOption(values.to, '--to');
  return readCommand(values, io, async (store) => store.timeline({ by, from, to, ...(values.actor === undefined ? {} : { actor: await oneActor(store, values.actor) }) }), timelineLines);
}

/** CSV columns of `export --format csv`: one row per event, with its article. */
const CSV_COLUMNS = ['document_id', 'published_at', 'url', 'event_id', 'cameo', 'plover', 'quad_class', 'goldstein', 'status', 'trigger', 'source', 'target', 'place', 'time_start', 'time_end', 'confidence', 'evidence'] as const;

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, format: { type: 'string' } } });
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv' && format !== 'gdelt') throw new UsageError(`--format must be jsonl, csv or gdelt, got "${format}"`);
  const store = await existingStore(values.db ?? DEFAULT_DB);
  try {
    if (format === 'gdelt') {
      // GDELT's files are tab-separated, one event a line, without a header.
      for await (const row of store.gdeltRows()) io.stdout.write(`${row.map((field) => field.replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`);
      return 0;
    }
    if (format === 'csv') io.stdout.write(`${CSV_COLUMNS.join(',')}\n`);
    for await (const doc of store.exportRecords()) {
      if (format === 'jsonl') {
        io.stdout.write(`${JSON.stringify(doc)}\n`);
        continue;
      }
      const names = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
      for (const event of doc.events) {
        const row = [doc.id, doc.article.publishedAt, doc.article.url, event.id, event.cameo, event.plover, event.quadClass, event.goldstein, event.status, event.trigger.text,
          event.source.map((id) => names.get(id)).join('; '), event.target.map((id) => names.get(id)).join('; '), event.place?.name, event.time?.start, event.time?.end, event.confidence, event.evidence.text];
        io.stdout.write(`${row.map(csvField).join(',')}\n`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** The corpus commands by name. */
export const corpusCommands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  ingest: ingestCommand,
  watch: watchCommand,
  stats: statsCommand,
  search: searchCommand,
  entity: entityCommand,
  quotes: quotesCommand,
  commitments: commitmentsCommand,
  timeline: timelineCommand,
  export: exportCommand,
  worker: async (args, io) => (await import('./queue.js')).workerCommand(args, io),
  queue: async (args, io) => (await import('./queue.js')).queueCommand(args, io),
};
