import type { Value } from '../document/contract.js';
import { span } from '../document/doc.js';
import { DAY_MS, formatWindow, monthsWindow, narrow, weekWindow, yearOf, yearWindow, type Reference, type Window } from './calendar.js';
import { adjacent, type Token } from './numbers.js';
import {
  applyModifier, chooseOccurrence, modifierBefore, occurrences, relativeBefore, tenseAround, timeLexicon, type PeriodUnit, type SentenceContext,
} from './time-context.js';

/**
 * DATE values chrono does not read: years ("in 2022", "the 2022 invasion"), year ranges
 * ("2014-2016"), decades ("the 1990s"), seasons ("this summer", "winter 2024") and quarters
 * ("the third quarter", "Q3 2025"), each narrowed by "early"/"mid"/"late"/"the end of", and
 * the year, month, week or decade of the publication when a part of it is named ("by the end
 * of the year", "by year's end", "the first half of the month").
 * A four-digit number from 1800 to 2100 is a year unless its context says otherwise (see the
 * `time.years` section of `data/values.json`): "2,000 troops" and "2000 troops" are counts,
 * "Resolution 2231" a name, while "in 2022", "the 2022 invasion" and "2022 was" are years.
 * Seasons are northern-hemisphere meteorological seasons.
 */

interface Found {
  readonly first: number;
  readonly next: number;
  /** The period, or null when it depends on a publication date there is none of. */
  readonly window: Window | null;
  readonly label: string | null;
}

const YEAR_DIGITS = /^\d{4}$/;

function yearAt(tokens: readonly Token[], i: number): number | null {
  const token = tokens[i];
  if (token?.kind !== 'num' || !YEAR_DIGITS.test(token.text)) return null;
  const year = Number(token.text);
  const { min, max } = timeLexicon().years;
  return year >= min && year <= max ? year : null;
}

/** Whether the context makes the year-like number at `tokens[i]` a year. */
function readsAsYear(tokens: readonly Token[], i: number): boolean {
  const lexicon = timeLexicon().years;
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (adjacent(before, token)) {
    // "mid-2024" is a year; "F-2024", "$2024", "#2024" are not.
    const word = tokens[i - 2];
    if (before!.text !== '-' || !adjacent(word, before) || !lexicon.notBeforeAdjacent.has(word?.lower ?? '')) return false;
  }
  if (adjacent(token, after) && after!.kind !== 'sym') return false;
  if (after?.text === '%') return false;
  if (after?.kind === 'word' && after.text === after.lower && after.lower.endsWith('s') && !lexicon.nounsAfter.has(after.lower)) return false;
  if (before && lexicon.cuesBefore.has(before.lower)) return true;
  if (before?.kind === 'word' && before.text !== before.lower && i > 1) return false;
  return !(before?.kind === 'sym' && /[\p{Sc}#№]/u.test(before.text));
}

/** "2014-2016", "2014 to 2016", "2014-16". */
function yearRangeAt(tokens: readonly Token[], i: number, from: number): Found | null {
  const link = tokens[i + 1]?.lower ?? '';
  if (!timeLexicon().years.rangeLinks.has(link)) return null;
  const endToken = tokens[i + 2];
  if (endToken?.kind !== 'num') return null;
  let to = yearAt(tokens, i + 2);
  if (to === null && /^\d{2}$/.test(endToken.text) && (link === '-' || link === '–')) to = Math.floor(from / 100) * 100 + Number(endToken.text);
  if (to === null || to <= from || (tokens[i + 3]?.kind !== 'sym' && adjacent(endToken, tokens[i + 3]))) return null;
  if (link === 'and' && tokens[i - 1]?.lower !== 'between') return null;
  return { first: i, next: i + 3, window: yearWindow(from, to - from + 1), label: null };
}

/** "the 1990s", "the '90s". */
function decadeAt(tokens: readonly Token[], i: number): Found | null {
  const token = tokens[i]!;
  const suffix = tokens[i + 1];
  if (token.kind !== 'num' || suffix?.lower !== 's' || !adjacent(token, suffix)) return null;
  let start: number | null = null;
  let first = i;
  if (/^(1[89]|20)\d0$/.test(token.text)) start = Number(token.text);
  else if (/^\d0$/.test(token.text) && /^['’]$/.test(tokens[i - 1]?.text ?? '') && adjacent(tokens[i - 1], token)) {
    const short = Number(token.text);
    start = (short >= 30 ? 1900 : 2000) + short;
    first = i - 1;
  }
  if (start === null || (tokens[i + 2]?.kind !== 'sym' && adjacent(suffix, tokens[i + 2]))) return null;
  return { first, next: i + 2, window: yearWindow(start, 10), label: null };
}

/** "this summer", "last winter", "in the spring", "summer 2024", "the summer of 2024". */
function seasonAt(context: SentenceContext, i: number): Found | null {
  const season = timeLexicon().seasons.get(context.tokens[i]!.lower);
  return season === undefined ? null : seasonFound(context, i, season);
}

/**
 * The season named at token `i`, if the words around make it one. Apart from `seasonAt`,
 * which runs for every token: the closure here would cost each call an allocation.
 */
function seasonFound(context: SentenceContext, i: number, [firstMonth, months]: [number, number]): Found | null {
  const lexicon = timeLexicon();
  const { tokens, ref } = context;
  const token = tokens[i]!;
  const build = (year: number) => monthsWindow(year, firstMonth, months);
  const before = tokens[i - 1]?.lower ?? '';
  const ofYear = tokens[i + 1]?.lower === 'of' ? 2 : 1;
  const year = yearAt(tokens, i + ofYear);
  if (year !== null && !adjacent(tokens[i + ofYear], tokens[i + ofYear + 1])) {
    return { first: i, next: i + ofYear + 1, window: build(year), label: null };
  }
  if (before === 'this' || before === 'last' || before === 'next') {
    if (!ref) return { first: i - 1, next: i + 1, window: null, label: null };
    const [previous, current, following] = occurrences(build, ref);
    const containing = [previous!, current!, following!].find((window) => window.start <= ref.ms && ref.ms < window.end);
    const thisOne = containing ?? [previous!, current!, following!].find((window) => yearOf(window.start) === yearOf(ref.ms))!;
    const shift = before === 'last' ? -1 : before === 'next' ? 1 : 0;
    return { first: i - 1, next: i + 1, window: build(yearOf(thisOne.start) + shift), label: null };
  }
  if (!lexicon.seasonCues.has(before) || tokens[i + 1]?.lower === 'of') return null;
  // "the fall of the city" is no season; "in the fall" is.
  if (lexicon.seasonNeedsRelative.has(token.lower) && !(before === 'the' && lexicon.seasonPrepositions.has(tokens[i - 2]?.lower ?? ''))) return null;
  if (!ref) return { first: i, next: i + 1, window: null, label: null };
  const tense = tenseAround(tokens, i, i + 1);
  return { first: i, next: i + 1, window: chooseOccurrence(occurrences(build, ref), ref, tense), label: null };
}

/** "the third quarter", "Q3", "the first quarter of 2025", "Q4 2024". */
function quarterAt(context: SentenceContext, i: number): Found | null {
  const lexicon = timeLexicon();
  const { tokens, ref } = context;
  const token = tokens[i]!;
  let quarter: number | undefined;
  let next: number;
  if (/^Q[1-4]$/.test(token.text) || (token.text === 'Q' && tokens[i + 1]?.kind === 'num' && adjacent(token, tokens[i + 1]))) {
    quarter = lexicon.quarters.get(token.text === 'Q' ? `q${tokens[i + 1]!.text}` : token.lower);
    next = token.text === 'Q' ? i + 2 : i + 1;
  } else if (tokens[i + 1]?.lower === 'quarter' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'quarter')) {
    quarter = lexicon.quarters.get(token.lower);
    next = tokens[i + 1]?.lower === 'quarter' ? i + 2 : i + 3;
  } else {
    return null;
  }
  if (quarter === undefined) return null;
  const ofYear = tokens[next]?.lower === 'of' ? next + 1 : next;
  let year = yearAt(tokens, ofYear);
  if (year !== null) next = ofYear + 1;
  else if (ref) year = yearOf(ref.ms);
  if (year === null) return { first: i, next, window: null, label: null };
  return { first: i, next, window: monthsWindow(year, (quarter - 1) * 3 + 1, 3), label: `${year}-Q${quarter}` };
}

/** The unit holding the publication, moved by `shift` units ("next year's end": 1). */
function unitWindow(unit: PeriodUnit, ref: Reference, shift: number): Window {
  const year = yearOf(ref.ms);
  switch (unit) {
    case 'year': return yearWindow(year + shift);
    case 'decade': return yearWindow(Math.floor(year / 10) * 10 + shift * 10, 10);
    case 'week': return weekWindow(ref.ms + shift * 7 * DAY_MS);
    case 'month': return monthsWindow(year, new Date(ref.ms).getUTCMonth() + 1 + shift, 1);
  }
}

/**
 * "the end of the year", "the first half of the month" (the unit after a modifier ending in
 * "of", which `toValue` applies), "year's end", "next year-end": the unit of the publication.
 */
function unitPeriodAt(context: SentenceContext, i: number): Found | null {
  const lexicon = timeLexicon();
  const { text, tokens, ref } = context;
  const unit = lexicon.periodUnits.get(tokens[i]!.lower);
  if (unit === undefined) return null;
  const before = tokens[i - 1];
  if (before?.lower === 'the' && tokens[i - 2]?.lower === 'of' && modifierBefore(text, context.start, before.start)) {
    // "the end of the year of the dragon", "the end of the year 2016": another period.
    const after = tokens[i + 1];
    if (after?.lower === 'of' || (after?.kind === 'num' && yearAt(tokens, i + 1) !== null)) return null;
    return { first: i - 1, next: i + 1, window: ref ? unitWindow(unit, ref, 0) : null, label: null };
  }
  const end = lexicon.periodEnd.exec(text.slice(tokens[i]!.end, context.end));
  // "a five-year-end": the unit is part of another word.
  if (!end || (before !== undefined && adjacent(before, tokens[i]))) return null;
  const endAt = tokens[i]!.end + end[0].length;
  let next = i + 1;
  while (tokens[next] && tokens[next]!.end <= endAt) next++;
  const relative = relativeBefore(text, context.start, tokens[i]!.start);
  const first = relative || before?.lower === 'the' ? i - 1 : i;
  const shift = relative?.[1]?.toLowerCase() === 'next' ? 1 : relative?.[1]?.toLowerCase() === 'last' ? -1 : 0;
  return { first, next, window: ref ? narrow(unitWindow(unit, ref, shift), ...lexicon.periodEndPart) : null, label: null };
}

function yearFoundAt(tokens: readonly Token[], i: number): Found | null {
  const year = yearAt(tokens, i);
  if (year === null) return null;
  const range = yearRangeAt(tokens, i, year);
  if (range) return range;
  return readsAsYear(tokens, i) ? { first: i, next: i + 1, window: yearWindow(year), label: String(year) } : null;
}

function toValue(context: SentenceContext, found: Found): Value {
  const { text, tokens } = context;
  let start = tokens[found.first]!.start;
  let window = found.window;
  let label = found.label;
  // The modifier belongs to the span even unresolved ("the end of the year" with no publication date).
  const modifier = modifierBefore(text, context.start, start);
  if (modifier) {
    start = modifier.start;
    window = window && applyModifier(window, modifier.part);
    label = null;
  }
  return { type: 'DATE', span: span(text, start, tokens[found.next - 1]!.end), value: window ? label : null, unit: null, resolved: window ? formatWindow(window) : null };
}

/** Years, decades, seasons and quarters in one sentence. */
export function periodValues(context: SentenceContext): Value[] {
  const values: Value[] = [];
  const { tokens } = context;
  for (let i = 0; i < tokens.length;) {
    const found = decadeAt(tokens, i) ?? quarterAt(context, i) ?? yearFoundAt(tokens, i) ?? seasonAt(context, i) ?? unitPeriodAt(context, i);
    if (found) {
      values.push(toValue(context, found));
      i = found.next;
    } else {
      i++;
    }
  }
  return values;
}
