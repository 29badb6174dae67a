import Type from 'typebox';
import { resource, Strings } from '../resources.js';
import { DAY_MS, narrow, type Reference, type Window } from './calendar.js';
import type { Token } from './numbers.js';

/**
 * What the words around a date expression say about it: which occurrence of a bare month
 * or weekday the sentence means (its tense), whether a capitalised "May" is a month, and
 * the "early"/"late"/"the end of" that narrow a period. The lexicon is the `time` section of
 * `data/values.json`.
 */

const TimeSchema = Type.Object({
  months: Type.Record(Type.String(), Type.Number()),
  ambiguousMonths: Strings,
  monthCues: Strings,
  monthCuesNeedMonthBefore: Strings,
  weekdays: Type.Record(Type.String(), Type.Number()),
  relativeWords: Strings,
  rejectTexts: Strings,
  eventRelative: Strings,
  notAfterWords: Strings,
  notBeforeWords: Strings,
  timeEvidence: Type.String(),
  chronoTriggers: Type.String(),
  partsOfDay: Type.Record(Type.String(), Type.Tuple([Type.Number(), Type.Number()])),
  modifiers: Type.Record(Type.String(), Type.Tuple([Type.Number(), Type.Number()])),
  seasons: Type.Record(Type.String(), Type.Tuple([Type.Number(), Type.Number()])),
  seasonCues: Strings,
  seasonNeedsRelative: Strings,
  seasonPrepositions: Strings,
  monthRelative: Strings,
  periodUnits: Type.Record(Type.String(), Type.Enum(['year', 'month', 'week', 'decade'])),
  periodEnd: Type.String(),
  periodEndModifier: Type.String(),
  quarters: Type.Record(Type.String(), Type.Number()),
  years: Type.Object({ min: Type.Number(), max: Type.Number(), rangeLinks: Strings, cuesBefore: Strings, nounsAfter: Strings, notBeforeAdjacent: Strings }),
  tense: Type.Object({ future: Strings, past: Strings, notPast: Strings, passiveBefore: Strings, futureBeforeTo: Strings, pastBefore: Strings }),
  pastLeanDays: Type.Number(),
});

export type PeriodUnit = 'year' | 'month' | 'week' | 'decade';

export interface TimeLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly monthPattern: RegExp;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly monthCues: ReadonlySet<string>;
  readonly monthCuesNeedMonthBefore: ReadonlySet<string>;
  readonly weekdayPattern: RegExp;
  readonly relativePattern: RegExp;
  readonly rejectTexts: ReadonlySet<string>;
  readonly eventRelative: ReadonlySet<string>;
  readonly notAfterWords: ReadonlySet<string>;
  readonly notBeforeWords: ReadonlySet<string>;
  readonly timeEvidence: RegExp;
  readonly chronoTriggers: RegExp;
  /** `chronoTriggers` for finding every match (global). */
  readonly chronoTriggerMatches: RegExp;
  readonly partsOfDay: ReadonlyMap<string, [number, number]>;
  readonly partOfDayPattern: RegExp;
  readonly modifierPattern: RegExp;
  readonly modifiers: ReadonlyMap<string, [number, number]>;
  readonly seasons: ReadonlyMap<string, [number, number]>;
  readonly seasonCues: ReadonlySet<string>;
  readonly seasonNeedsRelative: ReadonlySet<string>;
  readonly seasonPrepositions: ReadonlySet<string>;
  /** "last "/"next "/"this " ending the text before a month name. */
  readonly monthRelativeBefore: RegExp;
  /** Calendar unit words ("year") read as the unit holding the publication when a part of it is named. */
  readonly periodUnits: ReadonlyMap<string, PeriodUnit>;
  /** What after a unit word names its end ("'s end", "-end"), anchored at the text's start. */
  readonly periodEnd: RegExp;
  /** The part of a unit its end names. */
  readonly periodEndPart: [number, number];
  readonly quarters: ReadonlyMap<string, number>;
  readonly years: { readonly min: number; readonly max: number; readonly rangeLinks: ReadonlySet<string>; readonly cuesBefore: ReadonlySet<string>; readonly nounsAfter: ReadonlySet<string>; readonly notBeforeAdjacent: ReadonlySet<string> };
  readonly future: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  readonly notPast: ReadonlySet<string>;
  readonly passiveBefore: ReadonlySet<string>;
  readonly futureBeforeTo: ReadonlySet<string>;
  readonly pastBefore: ReadonlySet<string>;
  readonly pastLeanMs: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

function modifierPart(modifiers: Record<string, [number, number]>, name: string): [number, number] {
  const part = modifiers[name];
  if (!part) throw new Error(`values.json: periodEndModifier "${name}" is none of the modifiers`);
  return part;
}

export const timeLexicon = resource('time words', (data): TimeLexicon => {
  const file = data.json('values.json', Type.Object({ time: TimeSchema })).time;
  return {
    months: new Map(Object.entries(file.months)),
    monthPattern: new RegExp(`(?<!\\p{L})(?:${alternation(Object.keys(file.months))})(?!\\p{L})`, 'giu'),
    ambiguousMonths: new Set(file.ambiguousMonths),
    monthCues: new Set(file.monthCues),
    monthCuesNeedMonthBefore: new Set(file.monthCuesNeedMonthBefore),
    weekdayPattern: new RegExp(`(?<!\\p{L})(?:${alternation(Object.keys(file.weekdays))})(?!\\p{L})`, 'iu'),
    relativePattern: new RegExp(`(?<!\\p{L})(?:${alternation(file.relativeWords)})(?!\\p{L})`, 'iu'),
    rejectTexts: new Set(file.rejectTexts),
    eventRelative: new Set(file.eventRelative),
    notAfterWords: new Set(file.notAfterWords),
    notBeforeWords: new Set(file.notBeforeWords),
    timeEvidence: new RegExp(file.timeEvidence, 'iu'),
    chronoTriggers: new RegExp(file.chronoTriggers, 'iu'),
    chronoTriggerMatches: new RegExp(file.chronoTriggers, 'giu'),
    partsOfDay: new Map(Object.entries(file.partsOfDay)),
    partOfDayPattern: new RegExp(`(?<!\\p{L})(?:${alternation(Object.keys(file.partsOfDay))})(?!\\p{L})`, 'iu'),
    modifierPattern: new RegExp(`(?<!\\p{L})(${alternation(Object.keys(file.modifiers))})(?:\\s+|\\s*-\\s*)$`, 'iu'),
    modifiers: new Map(Object.entries(file.modifiers)),
    seasons: new Map(Object.entries(file.seasons)),
    seasonCues: new Set(file.seasonCues),
    seasonNeedsRelative: new Set(file.seasonNeedsRelative),
    seasonPrepositions: new Set(file.seasonPrepositions),
    monthRelativeBefore: new RegExp(`(?<!\\p{L})(${alternation(file.monthRelative)})\\s+$`, 'iu'),
    periodUnits: new Map(Object.entries(file.periodUnits)),
    periodEnd: new RegExp(file.periodEnd, 'iu'),
    periodEndPart: modifierPart(file.modifiers, file.periodEndModifier),
    quarters: new Map(Object.entries(file.quarters)),
    years: {
      min: file.years.min,
      max: file.years.max,
      rangeLinks: new Set(file.years.rangeLinks),
      cuesBefore: new Set(file.years.cuesBefore),
      nounsAfter: new Set(file.years.nounsAfter),
      notBeforeAdjacent: new Set(file.years.notBeforeAdjacent),
    },
    future: new Set(file.tense.future),
    past: new Set(file.tense.past),
    notPast: new Set(file.tense.notPast),
    passiveBefore: new Set(file.tense.passiveBefore),
    futureBeforeTo: new Set(file.tense.futureBeforeTo),
    pastBefore: new Set(file.tense.pastBefore),
    pastLeanMs: file.pastLeanDays * DAY_MS,
  };
});

/** One sentence being read: the article text, the sentence's tokens, and the publication. */
export interface SentenceContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly ref: Reference | null;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export type Tense = 'past' | 'future' | null;

/** How far from an expression, in tokens, a tense cue may stand. */
const TENSE_REACH = 12;

/** "promised to" before a time: the act promised lies ahead, unless "had" puts the promise in the past. */
function pointsAhead(tokens: readonly Token[], index: number): boolean {
  const lexicon = timeLexicon();
  if (!lexicon.futureBeforeTo.has(tokens[index]!.lower) || tokens[index + 1]?.lower !== 'to') return false;
  // "had promised", "had long promised".
  return !lexicon.pastBefore.has(tokens[index - 1]?.lower ?? '') && !lexicon.pastBefore.has(tokens[index - 2]?.lower ?? '');
}

/** The tense cue word `tokens[index]` gives a time after it (`before`: the word comes before the time) or before it. */
function tenseOf(tokens: readonly Token[], index: number, before: boolean): Tense {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const lexicon = timeLexicon();
  const word = token.lower;
  // "May" the month is no modal.
  if (token.text !== word && lexicon.months.has(word)) return null;
  if (before && pointsAhead(tokens, index)) return 'future';
  if (lexicon.future.has(word)) return 'future';
  if (lexicon.past.has(word)) return 'past';
  // A verb in -ed, not a name that ends so ("United States", "Ahmed").
  if (token.text === word && word.length > 4 && word.endsWith('ed') && !lexicon.notPast.has(word) && !lexicon.passiveBefore.has(tokens[index - 1]?.lower ?? '')) return 'past';
  return null;
}

/**
 * The tense of the nearest cue word to the expression at tokens `[first, next)`: "will",
 * "would", "next", and "promised to" before it read as future; "was", "said", "since" and
 * verbs in -ed as past. Ties go to the word before.
 */
export function tenseAround(tokens: readonly Token[], first: number, next: number): Tense {
  // What follows a comma is another clause ("will meet on May 26, the minister said"): its tense is not the date's.
  let afterOpen = true;
  for (let distance = 1; distance <= TENSE_REACH; distance++) {
    const before = tenseOf(tokens, first - distance, true);
    if (before) return before;
    const following = tokens[next - 1 + distance];
    if (following?.text === ',' || following?.text === ';') afterOpen = false;
    const after = afterOpen ? tenseOf(tokens, next - 1 + distance, false) : null;
    if (after) return after;
  }
  return null;
}

/**
 * Which occurrence of a yearly period (a month, a day of the year, a season) is meant, from
 * its occurrences in the years around the publication: past tense takes the latest one that
 * has started, future the first that has not ended; with no cue the nearer of the last and
 * the next, the past one winning by up to `pastLeanDays` ("in February" in an August
 * article is this February).
 */
export function chooseOccurrence(candidates: readonly Window[], ref: Reference, tense: Tense): Window {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const containing = sorted.find((window) => window.start <= ref.ms && ref.ms < window.end);
  const past = [...sorted].reverse().find((window) => window.start <= ref.ms);
  const future = sorted.find((window) => window.start > ref.ms);
  if (tense === 'past') return past ?? sorted[0]!;
  if (tense === 'future') return containing ?? future ?? sorted[sorted.length - 1]!;
  if (containing) return containing;
  if (!past) return future ?? sorted[0]!;
  if (!future) return past;
  return ref.ms - past.end <= future.start - ref.ms + timeLexicon().pastLeanMs ? past : future;
}

/** Occurrences of a yearly window in the year before, of and after the publication. */
export function occurrences(build: (year: number) => Window, ref: Reference): Window[] {
  const year = new Date(ref.ms).getUTCFullYear();
  return [build(year - 1), build(year), build(year + 1)];
}

/** How far back from a month or unit word a "last"/"next"/"this" before it is looked for. */
const RELATIVE_REACH = 8;

/** "last "/"next "/"this " right before `start` (not before `lowest`, the sentence's start): its match, the word in group 1. */
export function relativeBefore(text: string, lowest: number, start: number): RegExpExecArray | null {
  return timeLexicon().monthRelativeBefore.exec(text.slice(Math.max(lowest, start - RELATIVE_REACH), start));
}

/** A modifier before `start` ("early ", "mid-", "by the end of "): the offset where it starts and the part it keeps. */
export function modifierBefore(text: string, lowest: number, start: number): { start: number; part: [number, number] } | null {
  const lexicon = timeLexicon();
  const before = text.slice(Math.max(lowest, start - 24), start);
  const match = lexicon.modifierPattern.exec(before);
  if (!match) return null;
  const part = lexicon.modifiers.get(match[1]!.toLowerCase());
  return part ? { start: start - before.length + match.index, part } : null;
}

/** Narrows a window by a modifier ("early June": June 1 to 11). */
export function applyModifier(window: Window, part: [number, number]): Window {
  return narrow(window, part[0], part[1]);
}
