/**
 * The events gold set: short news-style items written by the project, in a Markdown file a
 * person can read and edit (test/fixtures/events/sentences.md). One item per `## ID` section:
 *
 *   ## ev001
 *   published: 2025-03-05
 *   covers: meet, weekday, place                (optional: the hard cases the item holds)
 *   text: Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in Tallinn on Monday.
 *   events:
 *   - met | CONSULT | Alexander Stubb | Kristen Michal | occurred | 2025-03-03..2025-03-04 | Tallinn
 *
 * `text:` is one line. Each event line is `trigger | category | source | target | status |
 * time | place`: the trigger is words of the text, `word#2` for the second occurrence of a
 * string the text holds more than once (an occurrence is bounded by non-word characters); the
 * category is a PLOVER category; source and target are actor names separated by `;`, or `-`;
 * the status is one of EVENT_STATUSES; the time is `YYYY-MM-DD..YYYY-MM-DD` (end exclusive)
 * or `-`; the place is words of the text, or `-`. `events:` with no lines says the item holds
 * no event. Everything before the first `## ` heading is free prose (the annotation rules).
 */
import { readFileSync } from 'node:fs';

/** The PLOVER event categories (../shared/data/cameo/CAMEO2PLOVER-2021.txt). */
export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'ACCUSE',
  'REQUEST', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** Whether and how the event happens, as the text presents it. */
export const EVENT_STATUSES = ['occurred', 'ongoing', 'planned', 'proposed', 'hypothetical', 'refused', 'denied'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const DEFAULT_EVENT_GOLD = 'test/fixtures/events/sentences.md';

/** Whole days, ISO `YYYY-MM-DD`, `end` exclusive. */
export interface GoldTimeRange {
  readonly start: string;
  readonly end: string;
}

export interface GoldEvent {
  /** The trigger words as written (without `#n`). */
  readonly trigger: string;
  /** 1-based occurrence of `trigger` in the text. */
  readonly occurrence: number;
  /** UTF-16 offsets of the trigger in the item text, half-open. */
  readonly start: number;
  readonly end: number;
  readonly category: PloverCategory;
  /** Actor names; empty for `-`. */
  readonly sources: string[];
  readonly targets: string[];
  readonly status: EventStatus;
  /** Null for `-`: the text gives no time for the event. */
  readonly time: GoldTimeRange | null;
  readonly place: string | null;
  /** 1-based line of the event in the source file. */
  readonly line: number;
}

export interface GoldEventItem {
  readonly id: string;
  readonly publishedAt: string;
  readonly covers: string[];
  readonly text: string;
  /** In file order. */
  readonly events: GoldEvent[];
  /** 1-based line of the `## id` heading. */
  readonly line: number;
}

export interface EventGoldError {
  readonly line: number;
  readonly item: string | null;
  readonly message: string;
}

export interface ParsedEventGold {
  readonly items: GoldEventItem[];
  readonly errors: EventGoldError[];
}

const HEADING = /^##[ \t]+(.*?)\s*$/;
const FIELD = /^(published|covers|text|events)\s*:\s*(.*)$/;
const ID = /^[A-Za-z][\w-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const OCCURRENCE = /^(.*?)#(\d+)$/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const EVENT_CELLS = ['trigger', 'category', 'source', 'target', 'status', 'time', 'place'] as const;

interface Section {
  id: string;
  line: number;
  lines: { n: number; text: string }[];
}

function splitSections(source: string): Section[] {
  const sections: Section[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const heading = HEADING.exec(text);
    if (heading) sections.push({ id: heading[1]!, line: index + 1, lines: [] });
    else sections.at(-1)?.lines.push({ n: index + 1, text });
  });
  return sections;
}

/** A real calendar day: `2025-02-30` is not. */
function isDay(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Start offset of the `occurrence`-th match of `words` that no word character touches, or -1. */
export function findOccurrence(text: string, words: string, occurrence: number): number {
  if (!words) return -1;
  let seen = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    if ((before !== undefined && WORD_CHAR.test(before)) || (after !== undefined && WORD_CHAR.test(after))) continue;
    seen += 1;
    if (seen === occurrence) return at;
  }
  return -1;
}

function parseActors(cell: string, role: string, problems: string[]): string[] {
  if (cell === '-') return [];
  const names = cell.split(';').map((name) => name.trim());
  if (names.some((name) => !name || name === '-')) problems.push(`${role} "${cell}" has an empty name (use "-" alone for none)`);
  return names;
}

function parseTime(cell: string, problems: string[]): GoldTimeRange | null {
  if (cell === '-') return null;
  const match = TIME_RANGE.exec(cell);
  if (!match || !isDay(match[1]!) || !isDay(match[2]!)) {
    problems.push(`bad time "${cell}" (expected YYYY-MM-DD..YYYY-MM-DD or "-")`);
    return null;
  }
  const range = { start: match[1]!, end: match[2]! };
  if (range.end <= range.start) problems.push(`time "${cell}" ends before it starts (the end is exclusive)`);
  return range;
}

/** One `- ` line of `events:` (without the dash); problems go to `problems`. */
function parseEvent(body: string, text: string, line: number, problems: string[]): GoldEvent | null {
  const cells = body.split('|').map((cell) => cell.trim());
  if (cells.length !== EVENT_CELLS.length) {
    problems.push(`an event needs ${EVENT_CELLS.length} cells "${EVENT_CELLS.join(' | ')}", got ${cells.length}`);
    return null;
  }
  const [triggerCell, category, source, target, status, time, place] = cells as [string, string, string, string, string, string, string];
  const before = problems.length;
  const numbered = OCCURRENCE.exec(triggerCell);
  const trigger = numbered ? numbered[1]!.trim() : triggerCell;
  const occurrence = numbered ? Number(numbered[2]) : 1;
  const start = trigger && occurrence > 0 ? findOccurrence(text, trigger, occurrence) : -1;
  if (!trigger) problems.push('empty trigger');
  else if (start < 0) problems.push(`trigger "${triggerCell}" not found in the text`);
  if (!(PLOVER_CATEGORIES as readonly string[]).includes(category)) {
    problems.push(`unknown category "${category}" (expected ${PLOVER_CATEGORIES.join(', ')})`);
  }
  if (!(EVENT_STATUSES as readonly string[]).includes(status)) {
    problems.push(`unknown status "${status}" (expected ${EVENT_STATUSES.join(', ')})`);
  }
  const sources = parseActors(source, 'source', problems);
  const targets = parseActors(target, 'target', problems);
  const range = parseTime(time, problems);
  if (place !== '-' && findOccurrence(text, place, 1) < 0) problems.push(`place "${place}" not found in the text`);
  if (problems.length > before) return null;
  return {
    trigger,
    occurrence,
    start,
    end: start + trigger.length,
    category: category as PloverCategory,
    sources,
    targets,
    status: status as EventStatus,
    time: range,
    place: place === '-' ? null : place,
    line,
  };
}

function parseSection(section: Section, errors: EventGoldError[]): GoldEventItem | null {
  const before = errors.length;
  const report = (line: number, message: string) => errors.push({ line, item: section.id, message });
  const fields = new Set<string>();
  let publishedAt: string | null = null;
  let covers: string[] = [];
  let text: string | null = null;
  const eventLines: { n: number; body: string }[] = [];

  for (const { n, text: raw } of section.lines) {
    const line = raw.trim();
    if (!line) continue;
    if (fields.has('events') && line.startsWith('-')) {
      eventLines.push({ n, body: line.slice(1).trim() });
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      report(n, `unexpected line "${line}" (expected published:, covers:, text:, events: or "- " event lines after events:)`);
      continue;
    }
    const [, name = '', value = ''] = match;
    fields.add(name);
    if (name === 'published') {
      if (isDay(value)) publishedAt = value;
      else report(n, `published "${value}" is not a YYYY-MM-DD date`);
    } else if (name === 'covers') {
      covers = value.split(',').map((tag) => tag.trim()).filter(Boolean);
    } else if (name === 'text') {
      if (value) text = value;
      else report(n, 'empty text (the text is one line after "text:")');
    } else if (value) {
      report(n, 'put each event on its own "- " line under "events:"');
    }
  }
  for (const name of ['published', 'text', 'events']) {
    if (!fields.has(name)) report(section.line, `no "${name}:" line${name === 'events' ? ' (write "events:" alone for an item without events)' : ''}`);
  }
  if (text === null) return null;

  const events: GoldEvent[] = [];
  const annotated = new Map<number, number>();
  for (const { n, body } of eventLines) {
    const problems: string[] = [];
    const event = parseEvent(body, text, n, problems);
    for (const problem of problems) report(n, problem);
    if (!event) continue;
    const first = annotated.get(event.start);
    if (first !== undefined) report(n, `trigger "${event.trigger}" #${event.occurrence} is already annotated on line ${first} (one event per trigger)`);
    else annotated.set(event.start, n);
    events.push(event);
  }

  if (errors.length > before || publishedAt === null) return null;
  return { id: section.id, publishedAt, covers, text, events, line: section.line };
}

/** Parses the gold file's text; never throws: problems come back as errors with their line. */
export function parseEventGold(source: string): ParsedEventGold {
  const errors: EventGoldError[] = [];
  const items: GoldEventItem[] = [];
  const seen = new Map<string, number>();
  const sections = splitSections(source);
  for (const section of sections) {
    if (!ID.test(section.id)) {
      errors.push({ line: section.line, item: null, message: `"## ${section.id}" is not an item id (letters, digits, _ and -, starting with a letter)` });
      continue;
    }
    const first = seen.get(section.id);
    if (first !== undefined) {
      errors.push({ line: section.line, item: section.id, message: `item ${section.id} already defined on line ${first}` });
      continue;
    }
    seen.set(section.id, section.line);
    const item = parseSection(section, errors);
    if (item) items.push(item);
  }
  if (sections.length === 0) errors.push({ line: 1, item: null, message: 'no "## id" item sections' });
  errors.sort((a, b) => a.line - b.line);
  return { items, errors };
}

export function formatEventGoldError(file: string, error: EventGoldError): string {
  return `${file}:${error.line}: ${error.item === null ? '' : `[${error.item}] `}${error.message}`;
}

/** Reads and validates a gold file; throws one Error listing every problem, each with its line. */
export function readEventGold(path: string = DEFAULT_EVENT_GOLD): GoldEventItem[] {
  const { items, errors } = parseEventGold(readFileSync(path, 'utf8'));
  if (errors.length > 0) {
    throw new Error(`${errors.length} problem(s) in ${path}:\n${errors.map((e) => formatEventGoldError(path, e)).join('\n')}`);
  }
  return items;
}
