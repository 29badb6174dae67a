/**
 * Precision of events and quotes on real news: runs the analyzer in-process on the PolNeAR
 * articles of the precision set (test/fixtures/precision/judgments.md; rules in RULES.md beside
 * it; parsing, matching and tallies in scripts/lib/precision-set.ts) and scores what it emits
 * against the hand judgments:
 *
 *   npm run eval:precision -- [SET] [--polnear DIR] [--list K] [--wrong K] [--unreal K] [--events likely|all]
 *                                [--quotes likely|all] [--listing-split dev|test] [--listing-draws 1,2,...]
 *   (DIR defaults to ../shared/data/quotes/polnear, or NEWSGRAPH_POLNEAR)
 *
 * An emitted event matches a judgment by file, trigger offsets (in the text file) and CAMEO code;
 * a quote by file, offsets and cue words. An emitted fact with no judgment is counted and listed
 * as unjudged (a re-coded one is named so), and a judgment that nothing emits any more as stale:
 * both are drift to judge, never silently ignored. Events: the share that are real events and
 * the share fully right (category, both actors and status), per-field accuracy on real events,
 * counts by error class. Quotes: the share real and the share real with the right speaker (and
 * content). Dev and test splits apart and together. `--list K` prints up to K unjudged (each with what
 * the analyzer emitted, for its judge) and K stale facts (all unjudged ones are listed by default up to 40). `--wrong K` lists up to K real facts
 * emitted with a wrong field (category, actor, status, speaker), emitted against right; `--unreal
 * K` up to K emitted facts judged not real, each with its split, error classes and note. `--events
 * all` scores every event coded, not only those the default output keeps; `--quotes all` every
 * quote found. `--listing-split dev`
 * keeps every listing (unjudged, stale, wrong, not real) to dev articles, so rules are tuned on them
 * without reading a held-out test article's facts; the tables still cover both splits.
 * `--listing-draws 1,2,3` keeps them to those draws', so a draw kept from a round's rules (RULES.md)
 * stays unread while its figures are still printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { analyze } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { articleFacts, DEFAULT_POLNEAR_DIR, readPolnearMetadata } from './lib/polnear.js';
import {
  addEventTally, addQuoteTally, articleToFileMapper, emittedFacts, checkAgainstText, DEFAULT_PRECISION_SET, emittedEventCells, emittedQuoteSpeaker, emptyEventTally, emptyQuoteTally, formatPrecisionSetError,
  matchEvents, matchQuotes, readPrecisionSet, share, SPLITS, tallyEvents, tallyQuotes, unrealLines, wrongFieldLines,
  type EventTally, type JudgedArticle, type QuoteTally, type Split,
} from './lib/precision-set.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { polnear: { type: 'string' }, list: { type: 'string' }, wrong: { type: 'string' }, unreal: { type: 'string' }, events: { type: 'string' }, quotes: { type: 'string' }, 'listing-split': { type: 'string' }, 'listing-draws': { type: 'string' } } });
function wholeNumber(option: string, value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${option} takes a whole number, not ${value}`);
    process.exit(2);
  }
  return parsed;
}
const listLimit = wholeNumber('list', values.list, 40);
const wrongLimit = wholeNumber('wrong', values.wrong, 0);
const unrealLimit = wholeNumber('unreal', values.unreal, 0);
const eventsShown = values.events ?? 'likely';
if (eventsShown !== 'likely' && eventsShown !== 'all') {
  console.error(`--events takes likely or all, not ${values.events}`);
  process.exit(2);
}
const quotesShown = values.quotes ?? 'likely';
if (quotesShown !== 'likely' && quotesShown !== 'all') {
  console.error(`--quotes takes likely or all, not ${values.quotes}`);
  process.exit(2);
}
const listingSplit = values['listing-split'];
if (listingSplit !== undefined && !(SPLITS as readonly string[]).includes(listingSplit)) {
  console.error(`--listing-split takes ${SPLITS.join(' or ')}, not ${listingSplit}`);
  process.exit(2);
}
const listingDraws = values['listing-draws']?.split(',').map((draw) => Number(draw.trim()));
if (listingDraws !== undefined && listingDraws.some((draw) => !Number.isInteger(draw) || draw < 1)) {
  console.error(`--listing-draws takes draw numbers separated by commas (1,2,3), not ${values['listing-draws']}`);
  process.exit(2);
}
const setFile = positionals[0] ?? DEFAULT_PRECISION_SET;
const dir = values.polnear ?? DEFAULT_POLNEAR_DIR;
const articles = readPrecisionSet(setFile);

const metadata = readPolnearMetadata(dir);

const events = new Map<Split, EventTally>(SPLITS.map((split) => [split, emptyEventTally()]));
const quotes = new Map<Split, QuoteTally>(SPLITS.map((split) => [split, emptyQuoteTally()]));
/** Rows of the by-draw table: "draw 1", "draw 1 dev", "draw 1 test", "draw 2", ... (in that order: the names sort so). */
const byDraw = new Map<string, { articles: number; events: EventTally; quotes: QuoteTally }>();
const drawTallies = (row: string) => {
  let tallies = byDraw.get(row);
  if (tallies === undefined) byDraw.set(row, (tallies = { articles: 0, events: emptyEventTally(), quotes: emptyQuoteTally() }));
  return tallies;
};
const drawRows = (article: JudgedArticle) => (article.draw === null ? [] : [`draw ${article.draw}`, `draw ${article.draw} ${article.split}`]);
const unjudgedLines: string[] = [];
const staleLines: string[] = [];
const wrongLines: string[] = [];
const notRealLines: string[] = [];
const problems: string[] = [];
let failed = 0;
let unmapped = 0;

for (const article of articles) {
  const text = readFileSync(join(dir, 'text', `${article.id}.txt`), 'utf8');
  for (const error of checkAgainstText(article, text)) problems.push(formatPrecisionSetError(setFile, error));
  for (const row of drawRows(article)) drawTallies(row).articles++;
  const known = metadata.get(article.id);
  const result = analyze({ text, ...articleFacts({ publishedAt: known?.publishedAt ?? null, byline: known?.author ?? null }) }, { events: eventsShown, quotes: quotesShown });
  if (isFailed(result)) {
    failed++;
    continue;
  }
  const facts = emittedFacts(result, articleToFileMapper(text, result.article.text));
  unmapped += facts.unmapped;
  const emittedEvents = [...facts.events.keys()];
  const emittedQuotes = [...facts.quotes.keys()];
  const eventMatching = article.judgedEvents ? matchEvents(article.events, emittedEvents) : null;
  const quoteMatching = article.judgedQuotes ? matchQuotes(article.quotes, emittedQuotes) : null;
  const listed = (listingSplit === undefined || article.split === listingSplit)
    && (listingDraws === undefined || (article.draw !== null && listingDraws.includes(article.draw)));
  if (listed) for (const line of wrongFieldLines(eventMatching, quoteMatching)) wrongLines.push(`- [${article.id}] ${line}`);
  if (listed) for (const line of unrealLines(eventMatching, quoteMatching)) notRealLines.push(`- [${article.split}] [${article.id}] ${line}`);
  if (eventMatching !== null) {
    const matching = eventMatching;
    const tally = tallyEvents(matching, emittedEvents.length);
    addEventTally(events.get(article.split)!, tally);
    for (const row of drawRows(article)) addEventTally(drawTallies(row).events, tally);
    const recoded = new Set(matching.recoded);
    for (const fact of listed ? matching.unjudged : []) {
      unjudgedLines.push(`- [${article.id}] event ${fact.start}-${fact.end} | ${fact.trigger} | ${fact.cameo}${recoded.has(fact) ? ' (re-coded: judged under another code)' : ''} — emitted: ${emittedEventCells(fact)}`);
    }
    for (const judgment of listed ? matching.stale : []) staleLines.push(`- [${article.id}] event ${judgment.start}-${judgment.end} | ${judgment.trigger} | ${judgment.cameo} (line ${judgment.line})`);
  }
  if (quoteMatching !== null) {
    const matching = quoteMatching;
    const tally = tallyQuotes(matching, emittedQuotes.length);
    addQuoteTally(quotes.get(article.split)!, tally);
    for (const row of drawRows(article)) addQuoteTally(drawTallies(row).quotes, tally);
    const recoded = new Set(matching.recoded);
    for (const fact of listed ? matching.unjudged : []) {
      unjudgedLines.push(`- [${article.id}] quote ${fact.start}-${fact.end} | ${fact.cue ?? '-'}${recoded.has(fact) ? ' (another cue: judged under another cue)' : ''} — emitted speaker: ${emittedQuoteSpeaker(fact)}`);
    }
    for (const judgment of listed ? matching.stale : []) staleLines.push(`- [${article.id}] quote ${judgment.start}-${judgment.end} | ${judgment.cue ?? '-'} (line ${judgment.line})`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} judgment(s) do not fit their text:\n${problems.join('\n')}`);
  process.exit(1);
}

const allEvents = emptyEventTally();
const allQuotes = emptyQuoteTally();
for (const split of SPLITS) {
  addEventTally(allEvents, events.get(split)!);
  addQuoteTally(allQuotes, quotes.get(split)!);
}
const columns: [string, EventTally, QuoteTally][] = [
  ['dev', events.get('dev')!, quotes.get('dev')!],
  ['test', events.get('test')!, quotes.get('test')!],
  ['all', allEvents, allQuotes],
];
const count = (split: Split) => articles.filter((article) => article.split === split).length;
const f = (part: number, whole: number) => `${(100 * share(part, whole)).toFixed(1)}% (${part}/${whole})`;

console.log(`Precision set ${setFile}: ${articles.length} PolNeAR articles (dev ${count('dev')}, test ${count('test')})`
  + `${failed > 0 ? `, ${failed} failed to analyze` : ''}${unmapped > 0 ? `, ${unmapped} emitted facts outside the text file left out` : ''}\n`);

const row = (name: string, cell: (events: EventTally, quotes: QuoteTally) => string) => console.log(`| ${name} | ${columns.map(([, e, q]) => cell(e, q)).join(' | ')} |`);
console.log(`| events | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---|').join('')}`);
row('emitted / judged / unjudged (re-coded) / stale', (e) => `${e.emitted} / ${e.judged} / ${e.unjudged} (${e.recoded}) / ${e.stale}`);
row('**real events** (target 80%)', (e) => `**${f(e.real, e.judged)}**`);
row('**fully right**: category, both actors, status (target 60%)', (e) => `**${f(e.fullyRight, e.judged)}**`);
row('category right, of real', (e) => f(e.categoryRight, e.real));
row('source right, of real', (e) => f(e.sourceRight, e.real));
row('target right, of real', (e) => f(e.targetRight, e.real));
row('both actors right, of real', (e) => f(e.actorsRight, e.real));
row('status right, of real', (e) => f(e.statusRight, e.real));

console.log(`\n| quotes | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---|').join('')}`);
row('emitted / judged / unjudged (other cue) / stale', (_e, q) => `${q.emitted} / ${q.judged} / ${q.unjudged} (${q.recoded}) / ${q.stale}`);
row('**real quotes**', (_e, q) => `**${f(q.real, q.judged)}**`);
row('**real with the right speaker** (target 90%)', (_e, q) => `**${f(q.speakerRight, q.judged)}**`);
row('real, right speaker and content', (_e, q) => f(q.fullyRight, q.judged));
row('right speaker, of real', (_e, q) => f(q.speakerRight, q.real));
row('content acceptable, of real', (_e, q) => f(q.contentRight, q.real));

if (byDraw.size > 0) {
  console.log(`\nBy draw (RULES.md says when each draw was drawn and judged, and what the rules were tuned on):\n`);
  console.log('| draw | articles | events judged | real events | events fully right | quotes judged | quotes real with the right speaker |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [row, { articles: n, events: e, quotes: q }] of [...byDraw].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    console.log(`| ${row} | ${n} | ${e.judged} | ${f(e.real, e.judged)} | ${f(e.fullyRight, e.judged)} | ${q.judged} | ${f(q.speakerRight, q.judged)} |`);
  }
}

const classTable = (title: string, pick: (column: [string, EventTally, QuoteTally]) => Map<string, number>) => {
  const names = new Set(columns.flatMap((column) => [...pick(column).keys()]));
  if (names.size === 0) return;
  const all = pick(columns[2]!);
  console.log(`\n${title}\n\n| class | ${columns.map(([name]) => name).join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`);
  for (const name of [...names].sort((a, b) => (all.get(b) ?? 0) - (all.get(a) ?? 0) || a.localeCompare(b))) {
    console.log(`| ${name} | ${columns.map((column) => pick(column).get(name) ?? 0).join(' | ')} |`);
  }
};
classTable('Events by error class (judged events; one may have several):', ([, e]) => e.byClass);
classTable('Quotes by error class (judged quotes; one may have several):', ([, , q]) => q.byClass);

if (unrealLimit > 0) {
  console.log(`\nNot real: ${notRealLines.length} emitted facts judged not real (${Math.min(unrealLimit, notRealLines.length)} listed):\n`);
  for (const line of notRealLines.slice(0, unrealLimit)) console.log(line);
}
if (wrongLimit > 0) {
  console.log(`\nWrong fields: ${wrongLines.length} real facts emitted with a wrong field (${Math.min(wrongLimit, wrongLines.length)} listed):\n`);
  for (const line of wrongLines.slice(0, wrongLimit)) console.log(line);
}

if (unjudgedLines.length > 0 || staleLines.length > 0) {
  console.log(`\nUnjudged: ${unjudgedLines.length} emitted facts no judgment matches (${Math.min(listLimit, unjudgedLines.length)} listed); judge them in ${setFile}:\n`);
  for (const line of unjudgedLines.slice(0, listLimit)) console.log(line);
  console.log(`\nStale: ${staleLines.length} judgments that nothing emitted matches (${Math.min(listLimit, staleLines.length)} listed):\n`);
  for (const line of staleLines.slice(0, listLimit)) console.log(line);
}
