import * as chronoEnglish from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Value } from '../document/contract.js';
import { resource } from '../resources.js';
import { span } from '../document/doc.js';
import {
  DAY_MS, HOUR_MS, MINUTE_MS, dateOf, dayWindow, formatWindow, isoDate, isoDateTime, isoWeek, monthWindow,
  startOfDay, timeWindow, weekWindow, weekendWindow, yearOf, yearWindow, type Reference, type Window,
} from './calendar.js';
import {
  applyModifier, chooseOccurrence, modifierBefore, occurrences, relativeBefore, tenseAround, timeLexicon, tokenIndexAt,
  type SentenceContext, type Tense,
} from './time-context.js';

/**
 * DATE and TIME values read by chrono-node (its casual English parser), with the guards and
 * choices chrono does not make itself:
 * - a month name counts only capitalised, and "May"/"March" alone only after a cue word
 *   ("in May", "since March"): chrono reads "march" the verb and "May" the modal as months;
 * - a weekday counts only spelled in full ("Sun", "sat" are not days);
 * - a clock time needs a colon, am/pm or a time-of-day word ("12 to 14" is not 12:00-14:00);
 * - a bare weekday, month or day of the year is the occurrence the sentence's tense points
 *   at (see `chooseOccurrence`), where chrono takes the nearest ("in February" in an
 *   August article is the past February, not the next);
 * - "last"/"next" before a month name, which chrono drops, pick the year;
 * - "two days later", "the next day" count from an event, not the publication: kept
 *   unresolved here, and read as durations by durations.ts.
 * Resolved windows are whole periods, end exclusive (see calendar.ts). The value is the
 * period in ISO 8601 at its own precision ("2025", "2025-06", "2025-06-18", "2025-W34",
 * "2025-08-22T15:00"), or null for periods that are not one calendar unit.
 */

/** Chrono's run time grows faster than the text; longer sentences are read in pieces of about this size. */
const MAX_CHRONO_CHARS = 600;

/** Chrono needs a reference even without a publication date; expressions that depend on it stay unresolved then. */
const PLACEHOLDER_REFERENCE = Date.UTC(2000, 0, 1, 12);

interface Reading {
  window: Window;
  label: string | null;
  type: 'DATE' | 'TIME';
}

/**
 * How many characters on each side of a word that chrono can read a date from (a match of
 * `chronoTriggers`) it is given. Date expressions are shorter, and chrono's time grows with the
 * length of its text, so sentences are read in windows around those words rather than whole.
 */
const CHRONO_REACH = 60;

/** Windows of `[start, end)` around each match of `triggers` (global), widened to spaces and merged where they meet. */
function triggerWindows(text: string, start: number, end: number, triggers: RegExp): [number, number][] {
  const windows: [number, number][] = [];
  const sentence = text.slice(start, end);
  for (const match of sentence.matchAll(triggers)) {
    const from = match.index + start;
    const to = from + match[0].length;
    const space = text.lastIndexOf(' ', from - CHRONO_REACH);
    const windowStart = from - CHRONO_REACH <= start || space < start ? start : space;
    const after = text.indexOf(' ', to + CHRONO_REACH);
    const windowEnd = to + CHRONO_REACH >= end || after < 0 || after > end ? end : after;
    const last = windows.at(-1);
    if (last !== undefined && windowStart <= last[1]) last[1] = Math.max(last[1], windowEnd);
    else windows.push([windowStart, windowEnd]);
  }
  return windows;
}

/** Pieces of `[start, end)` no longer than MAX_CHRONO_CHARS, cut at spaces. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const result: [number, number][] = [];
  let from = start;
  while (end - from > MAX_CHRONO_CHARS) {
    const space = text.lastIndexOf(' ', from + MAX_CHRONO_CHARS);
    const cut = space > from + MAX_CHRONO_CHARS / 2 ? space : from + MAX_CHRONO_CHARS;
    result.push([from, cut]);
    from = cut;
  }
  result.push([from, end]);
  return result;
}

/**
 * chrono's casual English parser without its filter that drops "May" unless "in" comes
 * before it: that filter also drops "since May", "by May", "until May"; the guards here
 * (`monthsAreMonths`) decide instead.
 */
const parser = resource('chrono English parser', () => {
  const casual = chronoEnglish.casual.clone();
  casual.refiners = casual.refiners.filter((refiner) => refiner.constructor.name !== 'ENUnlikelyFormatFilter');
  return casual;
});

function parse(text: string, ref: Reference | null): ParsedResult[] {
  try {
    return parser().parse(text, { instant: new Date(ref?.ms ?? PLACEHOLDER_REFERENCE), timezone: 0 });
  } catch {
    // A parser bug on odd input must not cost the article its other values.
    return [];
  }
}

const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();

/** Whether a capitalised month name stands in `text` ("between March and May": "and" counts as a cue). */
function namesMonth(text: string): boolean {
  return [...text.matchAll(timeLexicon().monthPattern)].some((match) => isCapitalised(match[0]));
}

/** Whether one month name read by chrono at `offset` is a month, when chrono read nothing but the month. */
function isBareMonth(context: SentenceContext, offset: number, name: string): boolean {
  const lexicon = timeLexicon();
  const index = tokenIndexAt(context.tokens, offset);
  const before = context.tokens[index - 1];
  const after = context.tokens[index + 1];
  const cue = before?.lower ?? '';
  if (lexicon.monthCues.has(cue)) {
    return !lexicon.monthCuesNeedMonthBefore.has(cue) || namesMonth(context.text.slice(Math.max(context.start, offset - 30), offset));
  }
  if (lexicon.ambiguousMonths.has(name.toLowerCase())) return false;
  // "June Smith", "Theresa May": a name, not a month.
  if (after?.kind === 'word' && isCapitalised(after.text)) return false;
  return !(before?.kind === 'word' && isCapitalised(before.text) && index > 0);
}

/** Whether every month name chrono read is one ("in May", "May 5", not "may agree" or "troops march"). */
function monthsAreMonths(context: SentenceContext, start: number, matched: string, components: ParsedComponents): boolean {
  const monthOnly = !components.isCertain('day') && !components.isCertain('year');
  for (const match of matched.matchAll(timeLexicon().monthPattern)) {
    if (!isCapitalised(match[0])) return false;
    if (monthOnly && !isBareMonth(context, start + match.index, match[0])) return false;
  }
  return true;
}

/** A weekday without a date counts only spelled in full and capitalised. */
function weekdayIsWeekday(matched: string, components: ParsedComponents): boolean {
  if (!components.isCertain('weekday') || components.isCertain('day')) return true;
  if (/weekend/i.test(matched)) return true;
  const weekday = timeLexicon().weekdayPattern.exec(matched);
  return weekday !== null && isCapitalised(weekday[0]);
}

/** Whether a chrono result is no date here: a word chrono misreads, or a reading the guards above refuse. */
function rejected(context: SentenceContext, result: ParsedResult, start: number, matched: string): boolean {
  const lexicon = timeLexicon();
  const lower = matched.toLowerCase();
  const words = lower.split(/\s+/);
  const components = result.start;
  if (lexicon.rejectTexts.has(lower)) return true;
  if (lexicon.notBeforeWords.has(words[0]!) || lexicon.notAfterWords.has(words[words.length - 1]!)) return true;
  if (components.isCertain('hour') && !lexicon.timeEvidence.test(matched)) return true;
  if (result.tags().has('parser/SlashDateFormatParser') && !components.isCertain('year')) return true;
  if (/\bseconds?\b/i.test(matched) && !/\d/.test(matched)) return true;
  // "the last week of August" is a part of August, not last week.
  const end = start + matched.length;
  if (/\b(week|month|year)$/i.test(matched) && /^\s+of\b/i.test(context.text.slice(end, end + 4))) return true;
  return !monthsAreMonths(context, start, matched, components) || !weekdayIsWeekday(matched, components);
}

/** The calendar day chrono's components name, in floating time. */
function dayOf(components: ParsedComponents): number {
  return dateOf(components.get('year') ?? 2000, components.get('month') ?? 1, components.get('day') ?? 1);
}

/** The window of one end of a chrono result at the precision its text gives. */
function readComponents(components: ParsedComponents, matched: string, day: number): Reading {
  const lexicon = timeLexicon();
  const part = lexicon.partOfDayPattern.exec(matched);
  if (/weekend/i.test(matched)) return { window: weekendWindow(day), label: null, type: 'DATE' };
  if (/\bweek\b/i.test(matched) && !/\d/.test(matched)) return { window: weekWindow(day), label: isoWeek(day), type: 'DATE' };
  if (components.isCertain('hour')) {
    const ms = day + (components.get('hour') ?? 0) * HOUR_MS + (components.get('minute') ?? 0) * MINUTE_MS;
    const offset = components.isCertain('timezoneOffset') ? components.get('timezoneOffset') : null;
    return { window: timeWindow(ms, MINUTE_MS, offset), label: isoDateTime(ms).slice(0, 16), type: 'TIME' };
  }
  if (part) {
    const [from, to] = lexicon.partsOfDay.get(part[0].toLowerCase())!;
    return { window: timeWindow(day + from * HOUR_MS, (to - from) * HOUR_MS), label: null, type: 'TIME' };
  }
  if (components.isCertain('day') || components.isCertain('weekday')) return { window: dayWindow(day), label: isoDate(day), type: 'DATE' };
  const year = yearOf(day);
  if (components.isCertain('month')) {
    const month = components.get('month') ?? 1;
    return { window: monthWindow(year, month), label: `${year}-${String(month).padStart(2, '0')}`, type: 'DATE' };
  }
  if (components.isCertain('year')) return { window: yearWindow(year), label: String(year), type: 'DATE' };
  return { window: dayWindow(day), label: isoDate(day), type: 'DATE' };
}

/**
 * "Monday" alone: the Monday the sentence's tense points at (the latest on or before
 * publication by default, the first on or after it in the future: a Monday article's
 * "will meet Monday" is that day; a week ahead is "next Monday").
 */
function weekdayDay(weekday: number, ref: Reference, tense: Tense): number {
  const published = new Date(ref.day).getUTCDay();
  if (tense === 'future') return ref.day + ((weekday - published + 7) % 7) * DAY_MS;
  return ref.day - ((published - weekday + 7) % 7) * DAY_MS;
}

type MonthChoice = 'last' | 'next' | 'this' | null;

/** The occurrence of a month or day named without a year. */
function pickYear(candidates: Window[], ref: Reference, choice: MonthChoice, tense: Tense): Window {
  const published = yearOf(ref.ms);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const monthStart = dateOf(published, new Date(ref.ms).getUTCMonth() + 1);
  if (choice === 'this') return sorted.find((window) => yearOf(window.start) === published) ?? sorted[1]!;
  if (choice === 'last') return [...sorted].reverse().find((window) => window.end <= monthStart) ?? sorted[0]!;
  if (choice === 'next') return sorted.find((window) => window.start > ref.ms) ?? sorted[sorted.length - 1]!;
  return chooseOccurrence(sorted, ref, tense);
}

/** Where a chrono reading lands once the sentence picks the occurrence; `start` grows over a "last"/"next" chrono left out. */
interface Placement {
  readonly day: number;
  readonly yearShift: number;
  readonly start: number;
}

/**
 * The day a weekday or a yearless month or date stands for: chrono takes the nearest one,
 * this takes the one the tense or a "last"/"next" before it points at.
 */
function place(context: SentenceContext, components: ParsedComponents, start: number, end: number, relative: boolean): Placement {
  const day = startOfDay(dayOf(components));
  const { ref, text, tokens } = context;
  if (!ref || relative) return { day, yearShift: 0, start };
  const tense = tenseAround(tokens, tokenIndexAt(tokens, start), tokenIndexAt(tokens, end));
  if (components.isCertain('weekday') && !components.isCertain('day')) {
    return { day: weekdayDay(components.get('weekday') ?? 0, ref, tense), yearShift: 0, start };
  }
  if (!components.isCertain('month') || components.isCertain('year')) return { day, yearShift: 0, start };
  const month = components.get('month') ?? 1;
  const dayOfMonth = components.isCertain('day') ? components.get('day') ?? 1 : null;
  const before = dayOfMonth === null ? relativeBefore(text, context.start, start) : null;
  const choice = before ? (before[1]!.toLowerCase() as MonthChoice) : null;
  const build = (year: number) => (dayOfMonth === null ? monthWindow(year, month) : dayWindow(dateOf(year, month, dayOfMonth)));
  const year = yearOf(pickYear(occurrences(build, ref), ref, choice, tense).start);
  return { day: dateOf(year, month, dayOfMonth ?? 1), yearShift: year - yearOf(day), start: before ? start - before[0].length : start };
}

/** The reading of a whole chrono result: its start, and its end when it is a range ("June 1-5"). */
function read(result: ParsedResult, matched: string, placement: Placement): Reading {
  const reading = readComponents(result.start, matched, placement.day);
  if (!result.end) return reading;
  const endDay = dateOf((result.end.get('year') ?? 2000) + placement.yearShift, result.end.get('month') ?? 1, result.end.get('day') ?? 1);
  const last = readComponents(result.end, matched, endDay).window;
  const end = last.withTime ? last.start : last.end;
  return end > reading.window.start ? { ...reading, window: { ...reading.window, end }, label: null } : reading;
}

/** The value of one chrono result, or null when the guards reject it. */
function chronoValue(context: SentenceContext, result: ParsedResult, offset: number): Value | null {
  const { text, ref } = context;
  const lexicon = timeLexicon();
  let start = offset + result.index;
  let matched = result.text;
  const preposition = /^(?:on|at)\s+/i.exec(matched);
  if (preposition) {
    start += preposition[0].length;
    matched = matched.slice(preposition[0].length);
  }
  matched = matched.replace(/[\s,;:]+$/u, '');
  const end = start + matched.length;
  const lower = matched.toLowerCase();
  if (lexicon.eventRelative.has(lower) || lexicon.eventRelative.has(`the ${lower}`)) {
    return { type: 'DATE', span: span(text, start, end), value: null, unit: null, resolved: null };
  }
  if (rejected(context, result, start, matched)) return null;
  const relative = lexicon.relativePattern.test(matched);
  const placement = place(context, result.start, start, end, relative);
  start = placement.start;
  let reading = read(result, matched, placement);
  const coarse = !reading.window.withTime && reading.label !== null && /^\d{4}(-\d\d)?$/.test(reading.label);
  const modifier = coarse ? modifierBefore(text, context.start, start) : null;
  if (modifier) {
    start = modifier.start;
    reading = { ...reading, window: applyModifier(reading.window, modifier.part), label: null };
  }
  // Without a publication date only a date that names its year resolves.
  const known = ref !== null || (!relative && result.start.isCertain('year') && /\d{4}/.test(matched));
  return {
    type: reading.type,
    span: span(text, start, end),
    value: known ? reading.label : null,
    unit: null,
    resolved: known ? formatWindow(reading.window) : null,
  };
}

/** DATE and TIME values chrono finds in one sentence. */
export function chronoValues(context: SentenceContext): Value[] {
  const lexicon = timeLexicon();
  const values: Value[] = [];
  const windows = triggerWindows(context.text, context.start, context.end, lexicon.chronoTriggerMatches);
  for (const [from, to] of windows.flatMap(([start, end]) => pieces(context.text, start, end))) {
    const piece = context.text.slice(from, to);
    if (!lexicon.chronoTriggers.test(piece)) continue;
    for (const result of parse(piece, context.ref)) {
      const value = chronoValue(context, result, from);
      if (value && value.span.end > value.span.start) values.push(value);
    }
  }
  return values;
}
