/**
 * The precision set: hand judgments of the events and quotes that `analyze` emits on PolNeAR
 * articles (test/fixtures/precision/judgments.md; rules and format in RULES.md beside it), and
 * the matching and tallies of scripts/eval-precision.ts.
 *
 *   ## nyt_2016-03-09_clinton-tries-to-reframe-revolut      (the PolNeAR text file, no .txt)
 *   split: dev                                               (dev or test)
 *   judged: events, quotes                                   (the layers judged in full)
 *   events:
 *   - 3663-3671 | attacked | 190 | yes | ACCUSE (111) | Donald Trump | Jeb Bush | occurred | verbal-attack
 *   - 119-123 | fail | 120 | no | - | - | - | - | sense: fail to inspire
 *   quotes:
 *   - 1511-1698 | said | yes | Marco Rubio | ok | -
 *   - 3986-4013 | said | yes | Hillary Clinton | ok | speaker-wrong: a name after the cue
 *
 * Event cells: `start-end | trigger | cameo | real | category | source | target | status |
 * class`; quote cells: `start-end | cue | real | speaker | content | class`. Offsets are UTF-16
 * offsets into the PolNeAR text file (not into the extracted article), half-open. A judgment is
 * keyed by its file, its offsets and, for an event, its CAMEO code (a re-coded trigger is a new
 * fact to judge), for a quote, its cue words (`-` for none). For a real fact the category, actors,
 * status and speaker cells hold the right values (`none`: no actor or speaker should be given), so
 * a later analyzer's output is scored by comparing values; content is `ok` or `bad` for the span
 * the judgment is keyed by.
 * Everything before the first `## ` heading is free prose.
 */
import { readFileSync } from 'node:fs';
import type { AnalyzedDocument, Event, Quote } from '../../src/document/contract.js';
import { EVENT_STATUSES, PLOVER_CATEGORIES, type EventStatus, type PloverCategory } from './event-gold.js';
import { alignedOffsetMapper } from './polnear.js';

export const DEFAULT_PRECISION_SET = 'test/fixtures/precision/judgments.md';

/** Why an emitted event is no event, or what it got wrong (RULES.md says each). */
export const EVENT_ERROR_CLASSES = [
  // no event at all
  'sense', 'metaphor', 'call-sense', 'cognition', 'statement', 'generic', 'state', 'election', 'campaign', 'domestic', 'not-interaction',
  'demand-complement', 'stance',
  // a real event coded wrong
  'category', 'verbal-attack', 'source-missing', 'source-wrong', 'target-missing', 'target-wrong', 'actors', 'status',
] as const;
export type EventErrorClass = (typeof EVENT_ERROR_CLASSES)[number];

/** Why an emitted quote is no quote, or what it got wrong. */
export const QUOTE_ERROR_CLASSES = [
  // no quote at all
  'non-speech-cue', 'noun-cue', 'not-content', 'not-quote', 'scare-quote', 'title',
  // a real quote with a wrong speaker, cue or content
  'speaker-missing', 'speaker-wrong', 'speaker-unresolved', 'speaker-apposition', 'speaker-apposition-org', 'speaker-addressee', 'speaker-inside-quote',
  'cue-wrong', 'content',
] as const;
export type QuoteErrorClass = (typeof QUOTE_ERROR_CLASSES)[number];

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];


export interface JudgedEvent {
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
  readonly cameo: string;
  readonly real: boolean;
  /** The right values; null when the event is not real (the fields are not judged). */
  readonly category: { plover: PloverCategory; cameo: string | null } | null;
  /** Right actors: names, empty for none. */
  readonly source: string[] | null;
  readonly target: string[] | null;
  readonly status: EventStatus | null;
  readonly classes: EventErrorClass[];
  readonly note: string | null;
  /** 1-based line in the set file. */
  readonly line: number;
}

export interface JudgedQuote {
  readonly start: number;
  readonly end: number;
  /** The emitted cue's words; null for a quote with no cue (`-`). */
  readonly cue: string | null;
  readonly real: boolean;
  /** Null when the quote is not real. Right speaker: names, empty for none. */
  readonly speaker: string[] | null;
  /** Whether the emitted span is acceptable content; null when the quote is not real. */
  readonly content: boolean | null;
  readonly classes: QuoteErrorClass[];
  readonly note: string | null;
  readonly line: number;
}

export interface JudgedArticle {
  /** The PolNeAR file name without `.txt`. */
  readonly id: string;
  readonly split: Split;
  /** Which draw of RULES.md's selection took the article (1, 2, ...); null where the file names none. */
  readonly draw: number | null;
  readonly judgedEvents: boolean;
  readonly judgedQuotes: boolean;
  readonly events: JudgedEvent[];
  readonly quotes: JudgedQuote[];
  readonly line: number;
}

export interface PrecisionSetError {
  readonly line: number;
  readonly article: string | null;
  readonly message: string;
}

const HEADING = /^##[ \t]+(.*?)\s*$/;
const FIELD = /^(split|draw|judged|events|quotes)\s*:\s*(.*)$/;
const ID = /^[A-Za-z0-9][\w.-]*$/;
const SPAN = /^(\d+)-(\d+)$/;
const CATEGORY = /^([A-Z]+)(?:\s*\((\d{3,4})\))?$/;
const CAMEO = /^\d{3,4}$/;

function parseSpan(cell: string, problems: string[]): [number, number] | null {
  const match = SPAN.exec(cell);
  if (!match) {
    problems.push(`bad offsets "${cell}" (expected START-END)`);
    return null;
  }
  const span: [number, number] = [Number(match[1]), Number(match[2])];
  if (span[1] <= span[0]) problems.push(`offsets "${cell}" end before they start`);
  return span;
}

/** Null (with a problem) for neither yes nor no. */
function parseReal(cell: string, problems: string[]): boolean | null {
  if (cell === 'yes' || cell === 'no') return cell === 'yes';
  problems.push(`real is "yes" or "no", not "${cell}"`);
  return null;
}

function parseNames(cell: string, what: string, problems: string[]): string[] {
  if (cell === 'none') return [];
  const names = cell.split(';').map((name) => name.trim());
  if (cell === '-' || names.some((name) => !name || name === '-' || name === 'ok' || name === 'none')) {
    problems.push(`${what} "${cell}" is not none or names separated by ";"`);
  }
  return names;
}

function parseClasses<T extends string>(cell: string, known: readonly T[], problems: string[]): { classes: T[]; note: string | null } {
  if (cell === '-') return { classes: [], note: null };
  const colon = cell.indexOf(':');
  const tags = (colon < 0 ? cell : cell.slice(0, colon)).split(',').map((tag) => tag.trim());
  const note = colon < 0 ? null : cell.slice(colon + 1).trim() || null;
  for (const tag of tags) if (!(known as readonly string[]).includes(tag)) problems.push(`unknown error class "${tag}" (expected ${known.join(', ')})`);
  return { classes: tags as T[], note };
}

/** The cells of an unjudged field of a not-real fact must be `-`. */
function requireDashes(cells: readonly string[], problems: string[]): void {
  if (cells.some((cell) => cell !== '-')) problems.push('a fact that is not real has "-" in every judged field');
}

function parseEventLine(body: string, line: number, problems: string[]): JudgedEvent | null {
  const cells = body.split('|').map((cell) => cell.trim());
  if (cells.length !== 9) {
    problems.push(`an event judgment needs 9 cells "start-end | trigger | cameo | real | category | source | target | status | class", got ${cells.length}`);
    return null;
  }
  const [spanCell, trigger, cameo, realCell, categoryCell, sourceCell, targetCell, statusCell, classCell] = cells as [string, string, string, string, string, string, string, string, string];
  const before = problems.length;
  const span = parseSpan(spanCell, problems);
  if (!trigger) problems.push('empty trigger');
  if (!CAMEO.test(cameo)) problems.push(`bad CAMEO code "${cameo}"`);
  const real = parseReal(realCell, problems);
  const { classes, note } = parseClasses(classCell, EVENT_ERROR_CLASSES, problems);
  let category: JudgedEvent['category'] = null;
  let source: JudgedEvent['source'] = null;
  let target: JudgedEvent['target'] = null;
  let status: JudgedEvent['status'] = null;
  if (real === false) {
    requireDashes([categoryCell, sourceCell, targetCell, statusCell], problems);
    if (classes.length === 0) problems.push('a fact that is not real needs an error class');
  } else if (real) {
    const match = CATEGORY.exec(categoryCell);
    if (!match || !(PLOVER_CATEGORIES as readonly string[]).includes(match[1]!)) problems.push(`category "${categoryCell}" is not a PLOVER category with an optional (CAMEO code)`);
    else category = { plover: match[1] as PloverCategory, cameo: match[2] ?? null };
    source = parseNames(sourceCell, 'source', problems);
    target = parseNames(targetCell, 'target', problems);
    if ((EVENT_STATUSES as readonly string[]).includes(statusCell)) status = statusCell as EventStatus;
    else problems.push(`status "${statusCell}" is not one of ${EVENT_STATUSES.join(', ')}`);
  }
  if (problems.length > before || span === null || real === null) return null;
  return { start: span[0], end: span[1], trigger, cameo, real, category, source, target, status, classes, note, line };
}

function parseQuoteLine(body: string, line: number, problems: string[]): JudgedQuote | null {
  const cells = body.split('|').map((cell) => cell.trim());
  if (cells.length !== 6) {
    problems.push(`a quote judgment needs 6 cells "start-end | cue | real | speaker | content | class", got ${cells.length}`);
    return null;
  }
  const [spanCell, cueCell, realCell, speakerCell, contentCell, classCell] = cells as [string, string, string, string, string, string];
  const before = problems.length;
  const span = parseSpan(spanCell, problems);
  if (!cueCell) problems.push('empty cue (write "-" for a quote with no cue)');
  const real = parseReal(realCell, problems);
  const { classes, note } = parseClasses(classCell, QUOTE_ERROR_CLASSES, problems);
  let speaker: JudgedQuote['speaker'] = null;
  let content: JudgedQuote['content'] = null;
  if (real === false) {
    requireDashes([speakerCell, contentCell], problems);
    if (classes.length === 0) problems.push('a fact that is not real needs an error class');
  } else if (real) {
    speaker = parseNames(speakerCell, 'speaker', problems);
    if (contentCell === 'ok' || contentCell === 'bad') content = contentCell === 'ok';
    else problems.push(`content "${contentCell}" is not ok or bad`);
  }
  if (problems.length > before || span === null || real === null) return null;
  return { start: span[0], end: span[1], cue: cueCell === '-' ? null : cueCell, real, speaker, content, classes, note, line };
}

interface Section {
  id: string;
  line: number;
  lines: { n: number; text: string }[];
}

function parseSection(section: Section, errors: PrecisionSetError[]): JudgedArticle | null {
  const before = errors.length;
  const report = (line: number, message: string) => errors.push({ line, article: section.id, message });
  let split: Split | null = null;
  let draw: number | null = null;
  let judged: Set<string> | null = null;
  let list: 'events' | 'quotes' | null = null;
  const seen = new Set<string>();
  const events: JudgedEvent[] = [];
  const quotes: JudgedQuote[] = [];
  const eventKeys = new Map<string, number>();
  const quoteKeys = new Map<string, number>();
  for (const { n, text } of section.lines) {
    const line = text.trim();
    if (!line) continue;
    if (line.startsWith('-') && list !== null) {
      const problems: string[] = [];
      const body = line.slice(1).trim();
      if (list === 'events') {
        const event = parseEventLine(body, n, problems);
        if (event) {
          const key = `${event.start}-${event.end} ${event.cameo}`;
          const first = eventKeys.get(key);
          if (first !== undefined) problems.push(`event ${key} is already judged on line ${first}`);
          else eventKeys.set(key, n);
          events.push(event);
        }
      } else {
        const quote = parseQuoteLine(body, n, problems);
        if (quote) {
          const key = `${quote.start}-${quote.end} ${quote.cue ?? '-'}`;
          const first = quoteKeys.get(key);
          if (first !== undefined) problems.push(`quote ${key} is already judged on line ${first}`);
          else quoteKeys.set(key, n);
          quotes.push(quote);
        }
      }
      for (const problem of problems) report(n, problem);
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      report(n, `unexpected line "${line}" (expected split:, draw:, judged:, events:, quotes: or "- " judgment lines after events: or quotes:)`);
      continue;
    }
    const [, name = '', value = ''] = match;
    if (seen.has(name)) report(n, `a second "${name}:" line`);
    seen.add(name);
    if (name === 'split') {
      if ((SPLITS as readonly string[]).includes(value)) split = value as Split;
      else report(n, `split "${value}" is not ${SPLITS.join(' or ')}`);
    } else if (name === 'draw') {
      if (/^[1-9]\d*$/.test(value)) draw = Number(value);
      else report(n, `draw "${value}" is not a positive whole number`);
    } else if (name === 'judged') {
      const layers = value.split(',').map((layer) => layer.trim()).filter(Boolean);
      const unknown = layers.filter((layer) => layer !== 'events' && layer !== 'quotes');
      if (layers.length === 0 || unknown.length > 0) report(n, `judged "${value}" names neither events nor quotes (or something else)`);
      judged = new Set(layers);
    } else {
      if (value) report(n, `put each judgment on its own "- " line under "${name}:"`);
      list = name as 'events' | 'quotes';
    }
  }
  if (split === null && !seen.has('split')) report(section.line, 'no "split:" line');
  if (judged === null && !seen.has('judged')) report(section.line, 'no "judged:" line');
  const judgedEvents = judged?.has('events') ?? false;
  const judgedQuotes = judged?.has('quotes') ?? false;
  if (events.length > 0 && !judgedEvents) report(section.line, 'event judgments in an article whose "judged:" does not name events');
  if (quotes.length > 0 && !judgedQuotes) report(section.line, 'quote judgments in an article whose "judged:" does not name quotes');
  if (errors.length > before || split === null) return null;
  return { id: section.id, split, draw, judgedEvents, judgedQuotes, events, quotes, line: section.line };
}

/** Parses the set's text; never throws: problems come back as errors with their line. */
export function parsePrecisionSet(source: string): { articles: JudgedArticle[]; errors: PrecisionSetError[] } {
  const sections: Section[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const heading = HEADING.exec(text);
    if (heading) sections.push({ id: heading[1]!, line: index + 1, lines: [] });
    else sections.at(-1)?.lines.push({ n: index + 1, text });
  });
  const errors: PrecisionSetError[] = [];
  const articles: JudgedArticle[] = [];
  const seen = new Map<string, number>();
  for (const section of sections) {
    if (!ID.test(section.id)) {
      errors.push({ line: section.line, article: null, message: `"## ${section.id}" is not a PolNeAR file name` });
      continue;
    }
    const first = seen.get(section.id);
    if (first !== undefined) {
      errors.push({ line: section.line, article: section.id, message: `article ${section.id} already judged on line ${first}` });
      continue;
    }
    seen.set(section.id, section.line);
    const article = parseSection(section, errors);
    if (article) articles.push(article);
  }
  if (sections.length === 0) errors.push({ line: 1, article: null, message: 'no "## article" sections' });
  errors.sort((a, b) => a.line - b.line);
  return { articles, errors };
}

export function formatPrecisionSetError(file: string, error: PrecisionSetError): string {
  return `${file}:${error.line}: ${error.article === null ? '' : `[${error.article}] `}${error.message}`;
}

/** Reads and validates the set; throws one Error listing every problem with its line. */
export function readPrecisionSet(path: string = DEFAULT_PRECISION_SET): JudgedArticle[] {
  const { articles, errors } = parsePrecisionSet(readFileSync(path, 'utf8'));
  if (errors.length > 0) throw new Error(`${errors.length} problem(s) in ${path}:\n${errors.map((e) => formatPrecisionSetError(path, e)).join('\n')}`);
  return articles;
}

/** Problems of an article's judgments against its text: offsets past the end, a trigger that is not the text at its offsets. */
export function checkAgainstText(article: JudgedArticle, text: string): PrecisionSetError[] {
  const errors: PrecisionSetError[] = [];
  for (const event of article.events) {
    if (event.end > text.length) errors.push({ line: event.line, article: article.id, message: `offsets ${event.start}-${event.end} run past the text (${text.length})` });
    else if (text.slice(event.start, event.end) !== event.trigger) {
      errors.push({ line: event.line, article: article.id, message: `the text at ${event.start}-${event.end} is "${text.slice(event.start, event.end)}", not the trigger "${event.trigger}"` });
    }
  }
  for (const quote of article.quotes) {
    if (quote.end > text.length) errors.push({ line: quote.line, article: article.id, message: `offsets ${quote.start}-${quote.end} run past the text (${text.length})` });
  }
  return errors;
}

/**
 * Maps a span of the extracted article text back to the original file's offsets (the inverse of
 * `alignedOffsetMapper`): the file offset of its first and of its last character; null when
 * either has no place in the file (text the article stage made up).
 */
export function articleToFileMapper(original: string, articleText: string): (start: number, end: number) => [number, number] | null {
  const toArticle = alignedOffsetMapper(original, articleText);
  const inverse = new Int32Array(articleText.length).fill(-1);
  for (let offset = original.length - 1; offset >= 0; offset--) {
    const mapped = toArticle(offset);
    if (mapped !== null) inverse[mapped] = offset;
  }
  return (start, end) => {
    if (start < 0 || end <= start || end > articleText.length) return null;
    const first = inverse[start]!;
    const last = inverse[end - 1]!;
    return first < 0 || last < 0 ? null : [first, last + 1];
  };
}

/** An emitted event: its key (file offsets of its trigger, the trigger's words, its CAMEO code) and the values judged. */
export interface EmittedEvent {
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
  readonly cameo: string;
  readonly plover: string;
  /** The actors' canonical names. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly status: string;
}

/**
 * An emitted quote: its key (file offsets of its span, its cue's words, null for none) and its
 * speaker's names: none, one, or the members of a group of people who speak together.
 */
export interface EmittedQuote {
  readonly start: number;
  readonly end: number;
  readonly cue: string | null;
  readonly speaker: readonly string[];
}

export interface Matching<J, E> {
  readonly matched: { judgment: J; emitted: E }[];
  /** Emitted and judged by no line: drift to judge. */
  readonly unjudged: E[];
  /** Of `unjudged`, those whose offsets a judgment has under another code or cue (re-coded facts). */
  readonly recoded: E[];
  /** Judgments that nothing emitted matches any more. */
  readonly stale: J[];
}

function match<J extends { start: number; end: number }, E extends { start: number; end: number }>(judgments: readonly J[], emitted: readonly E[], same: (judgment: J, fact: E) => boolean): Matching<J, E> {
  const used = new Set<J>();
  const matched: { judgment: J; emitted: E }[] = [];
  const unjudged: E[] = [];
  const recoded: E[] = [];
  for (const fact of emitted) {
    const judgment = judgments.find((candidate) => !used.has(candidate) && candidate.start === fact.start && candidate.end === fact.end && same(candidate, fact));
    if (judgment === undefined) {
      unjudged.push(fact);
      if (judgments.some((candidate) => candidate.start === fact.start && candidate.end === fact.end)) recoded.push(fact);
      continue;
    }
    used.add(judgment);
    matched.push({ judgment, emitted: fact });
  }
  return { matched, unjudged, recoded, stale: judgments.filter((judgment) => !used.has(judgment)) };
}

/** Emitted events to judgments: same offsets and CAMEO code (and trigger words), one to one. */
export function matchEvents(judgments: readonly JudgedEvent[], emitted: readonly EmittedEvent[]): Matching<JudgedEvent, EmittedEvent> {
  return match(judgments, emitted, (judgment, fact) => judgment.cameo === fact.cameo && judgment.trigger === fact.trigger);
}

const cueKey = (cue: string | null) => (cue === null ? '' : cue.replace(/\s+/g, ' ').trim().toLowerCase());

/** Emitted quotes to judgments: same offsets and cue words (case and spacing aside), one to one. */
export function matchQuotes(judgments: readonly JudgedQuote[], emitted: readonly EmittedQuote[]): Matching<JudgedQuote, EmittedQuote> {
  return match(judgments, emitted, (judgment, fact) => cueKey(judgment.cue) === cueKey(fact.cue));
}

export interface EventTally {
  emitted: number;
  judged: number;
  unjudged: number;
  recoded: number;
  stale: number;
  real: number;
  /** Real, with the category, both actors and the status right. */
  fullyRight: number;
  categoryRight: number;
  sourceRight: number;
  targetRight: number;
  actorsRight: number;
  statusRight: number;
  /** Judged events by error class (a judgment may name several). */
  byClass: Map<string, number>;
}

export interface QuoteTally {
  emitted: number;
  judged: number;
  unjudged: number;
  recoded: number;
  stale: number;
  real: number;
  /** Real, with the right speaker. */
  speakerRight: number;
  /** Real, with the right speaker and an acceptable content span. */
  fullyRight: number;
  contentRight: number;
  byClass: Map<string, number>;
}

export const emptyEventTally = (): EventTally => ({
  emitted: 0, judged: 0, unjudged: 0, recoded: 0, stale: 0, real: 0, fullyRight: 0, categoryRight: 0, sourceRight: 0, targetRight: 0, actorsRight: 0, statusRight: 0, byClass: new Map(),
});

export const emptyQuoteTally = (): QuoteTally => ({
  emitted: 0, judged: 0, unjudged: 0, recoded: 0, stale: 0, real: 0, speakerRight: 0, fullyRight: 0, contentRight: 0, byClass: new Map(),
});

/**
 * What a document emits, as the set keys and judges it: its events and quotes with file offsets
 * (through `toFile`), each beside the fact it stands for; facts outside the file are counted.
 */
export function emittedFacts(doc: AnalyzedDocument, toFile: (start: number, end: number) => [number, number] | null): {
  events: Map<EmittedEvent, Event>; quotes: Map<EmittedQuote, Quote>; unmapped: number;
} {
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
  const events = new Map<EmittedEvent, Event>();
  const quotes = new Map<EmittedQuote, Quote>();
  let unmapped = 0;
  for (const event of doc.events) {
    const span = toFile(event.trigger.start, event.trigger.end);
    if (span === null) unmapped++;
    else events.set({ start: span[0], end: span[1], trigger: event.trigger.text, cameo: event.cameo, plover: event.plover, source: named(event.source), target: named(event.target), status: event.status }, event);
  }
  for (const quote of doc.quotes) {
    const span = toFile(quote.start, quote.end);
    if (span === null) unmapped++;
    else quotes.set({ start: span[0], end: span[1], cue: quote.cue?.text ?? null, speaker: speakerNames(doc, quote) }, quote);
  }
  return { events, quotes, unmapped };
}

/**
 * A quote's speaker as names: a group named together ("Smith and Jones said", "Britain and Norway
 * said", an entity of its own with no key) stands for the actors whose names its mention holds,
 * as the judgments list coordinated speakers one by one.
 */
function speakerNames(doc: AnalyzedDocument, quote: Quote): string[] {
  if (quote.speaker === null) return [];
  const entity = doc.entities.find((candidate) => candidate.id === quote.speaker!.entity);
  const group = entity?.key === null ? entity.mentions.find((mention) => mention.kind === 'nominal') : undefined;
  if (group !== undefined) {
    // A group of people's members are people ("Maryland" of "former Maryland governor Martin O'Malley" is none).
    const members = doc.entities.filter((other) => other !== entity && (entity!.type !== 'PERSON' || other.type === 'PERSON')
      && other.mentions.some((mention) => mention.kind === 'name' && mention.start >= group.start && mention.end <= group.end));
    if (members.length >= 2) return members.map((member) => member.name);
  }
  return [quote.speaker.name];
}

const nameWords = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((word) => word && word !== 'the');

/**
 * Whether two names name the same one: the same words, or all of one's words in the other
 * ("Donald Trump", "Donald J. Trump"). A judged name may list forms of one actor the words do
 * not relate, separated by " / " ("Washington Post / WaPo"): any of them matches.
 */
export function sameName(a: string, b: string): boolean {
  return a.split(FORM_SEPARATOR).some((left) => b.split(FORM_SEPARATOR).some((right) => sameFormOfName(left, right)));
}

const FORM_SEPARATOR = ' / ';

function sameFormOfName(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = new Set(nameWords(b));
  if (left.length === 0 || right.size === 0) return false;
  const [shorter, longer] = left.length <= right.size ? [new Set(left), right] : [right, new Set(left)];
  return [...shorter].every((word) => longer.has(word));
}

/** Whether emitted names are the right ones: each right name emitted and nothing else. */
export function sameNames(right: readonly string[], emitted: readonly string[]): boolean {
  return right.length === emitted.length && right.every((name) => emitted.some((other) => sameName(name, other)))
    && emitted.every((name) => right.some((other) => sameName(name, other)));
}

/** What both tallies count alike: emitted, judged, unjudged, recoded and stale facts, error classes, real ones; returns the judgments of the real ones. */
function countMatching<J extends { classes: readonly string[]; real: boolean }, E>(
  tally: { emitted: number; judged: number; unjudged: number; recoded: number; stale: number; real: number; byClass: Map<string, number> },
  matching: { matched: readonly { judgment: J; emitted: E }[]; unjudged: readonly unknown[]; recoded: readonly unknown[]; stale: readonly unknown[] },
  emitted: number,
): { judgment: J; emitted: E }[] {
  tally.emitted = emitted;
  tally.judged = matching.matched.length;
  tally.unjudged = matching.unjudged.length;
  tally.recoded = matching.recoded.length;
  tally.stale = matching.stale.length;
  const real: { judgment: J; emitted: E }[] = [];
  for (const pair of matching.matched) {
    for (const name of pair.judgment.classes) tally.byClass.set(name, (tally.byClass.get(name) ?? 0) + 1);
    if (pair.judgment.real) real.push(pair);
  }
  tally.real = real.length;
  return real;
}

export function tallyEvents(matching: Matching<JudgedEvent, EmittedEvent>, emitted: number): EventTally {
  const tally = emptyEventTally();
  for (const { judgment, emitted: fact } of countMatching(tally, matching, emitted)) {
    const category = judgment.category?.plover === fact.plover;
    const source = sameNames(judgment.source ?? [], fact.source);
    const target = sameNames(judgment.target ?? [], fact.target);
    const status = judgment.status === fact.status;
    if (category) tally.categoryRight++;
    if (source) tally.sourceRight++;
    if (target) tally.targetRight++;
    if (source && target) tally.actorsRight++;
    if (status) tally.statusRight++;
    if (category && source && target && status) tally.fullyRight++;
  }
  return tally;
}

export function tallyQuotes(matching: Matching<JudgedQuote, EmittedQuote>, emitted: number): QuoteTally {
  const tally = emptyQuoteTally();
  for (const { judgment, emitted: fact } of countMatching(tally, matching, emitted)) {
    const speaker = sameNames(judgment.speaker ?? [], fact.speaker);
    const content = judgment.content === true;
    if (speaker) tally.speakerRight++;
    if (content) tally.contentRight++;
    if (speaker && content) tally.fullyRight++;
  }
  return tally;
}

function addCounts<T extends { byClass: Map<string, number> }>(total: T, part: T): void {
  for (const key of Object.keys(total) as (keyof T)[]) {
    if (key === 'byClass') continue;
    (total[key] as number) += part[key] as number;
  }
  for (const [name, count] of part.byClass) total.byClass.set(name, (total.byClass.get(name) ?? 0) + count);
}

const names = (list: readonly string[]) => (list.length === 0 ? 'none' : list.join('; '));

/** What an emitted event says, in the cells of a judgment line, for a judge to compare with the text. */
export function emittedEventCells(event: EmittedEvent): string {
  return `${event.plover} (${event.cameo}) | ${names(event.source)} | ${names(event.target)} | ${event.status}`;
}

/** What an emitted quote says of its speaker, as a judgment line's speaker cell. */
export function emittedQuoteSpeaker(quote: EmittedQuote): string {
  return names(quote.speaker);
}

/** Real facts emitted with a wrong field, one line each: what was emitted against what is right (`eval:precision --wrong`). */
export function wrongFieldLines(events: Matching<JudgedEvent, EmittedEvent> | null, quotes: Matching<JudgedQuote, EmittedQuote> | null): string[] {
  const lines: string[] = [];
  for (const { judgment, emitted } of events?.matched ?? []) {
    if (!judgment.real) continue;
    const wrong: string[] = [];
    if (judgment.category?.plover !== emitted.plover) wrong.push(`category ${emitted.plover} (right: ${judgment.category?.plover})`);
    if (!sameNames(judgment.source ?? [], emitted.source)) wrong.push(`source ${names(emitted.source)} (right: ${names(judgment.source ?? [])})`);
    if (!sameNames(judgment.target ?? [], emitted.target)) wrong.push(`target ${names(emitted.target)} (right: ${names(judgment.target ?? [])})`);
    if (judgment.status !== emitted.status) wrong.push(`status ${emitted.status} (right: ${judgment.status})`);
    if (wrong.length > 0) lines.push(`event ${emitted.start}-${emitted.end} | ${emitted.trigger} | ${wrong.join(', ')} (line ${judgment.line})`);
  }
  for (const { judgment, emitted } of quotes?.matched ?? []) {
    if (!judgment.real || sameNames(judgment.speaker ?? [], emitted.speaker)) continue;
    lines.push(`quote ${emitted.start}-${emitted.end} | ${emitted.cue ?? '-'} | speaker ${names(emitted.speaker)} (right: ${names(judgment.speaker ?? [])}) (line ${judgment.line})`);
  }
  return lines;
}

/** Emitted facts judged not real, one line each with the judgment's classes and note (`eval:precision --unreal`). */
export function unrealLines(events: Matching<JudgedEvent, EmittedEvent> | null, quotes: Matching<JudgedQuote, EmittedQuote> | null): string[] {
  const why = (judgment: { classes: readonly string[]; note: string | null; line: number }) => `${judgment.classes.join(', ') || '-'}${judgment.note ? `: ${judgment.note}` : ''} (line ${judgment.line})`;
  return [
    ...(events?.matched ?? []).filter(({ judgment }) => !judgment.real).map(({ judgment, emitted }) => `event ${emitted.start}-${emitted.end} | ${emitted.trigger} | ${emitted.cameo} | ${why(judgment)}`),
    ...(quotes?.matched ?? []).filter(({ judgment }) => !judgment.real).map(({ judgment, emitted }) => `quote ${emitted.start}-${emitted.end} | ${emitted.cue ?? '-'} | ${why(judgment)}`),
  ];
}

export const addEventTally: (total: EventTally, part: EventTally) => void = addCounts;
export const addQuoteTally: (total: QuoteTally, part: QuoteTally) => void = addCounts;

/** A share, 0 when there is nothing to share. */
export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
