import type { TimeRange, Value } from '../document/contract.js';
import { span } from '../document/doc.js';
import Type, { type Static } from 'typebox';
import { resource, Strings } from '../resources.js';
import { addMonths, DAY_MS, formatWindow, HOUR_MS, MINUTE_MS, type Reference, type Window } from './calendar.js';
import { adjacent, longestPhrase, matchNumber, mayStartNumber, phraseList, type PhraseList, type Token } from './numbers.js';

/**
 * DURATION values. `value` is an ISO 8601 duration ("P2W", "P10D", "PT48H"), null when the
 * amount is vague ("in the coming days", "just days after").
 *
 * A duration anchored to the publication ("within the next two weeks", "over the past
 * month") resolves to its window: forwards `[publication, publication + N)`, backwards
 * `[publication - N, publication)`, as dates (end exclusive) for units of a day or more.
 * Hour-sized ones use the publication time when it is known; without it they widen to whole
 * days, the publication day included. A range ("within the next week to 10 days") resolves to
 * its whole window, up to its longer end, and its value is that longer end ("P10D").
 * Unanchored durations ("for three years", "two days later") have `resolved: null`: what
 * they count from is an event, not the publication.
 *
 * The lexicon is the `durations` section of `data/values.json`.
 */

const DurationUnitSchema = Type.Object({
  designator: Type.String(),
  time: Type.Boolean(),
  factor: Type.Number(),
});
type DurationUnit = Static<typeof DurationUnitSchema>;

const DurationsSchema = Type.Object({
  units: Type.Record(Type.String(), DurationUnitSchema),
  anchorsFuture: Strings,
  anchorsPast: Strings,
  vagueAmounts: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()])),
  vagueBefore: Strings,
  vagueAfter: Strings,
  hedgesKeptInSpan: Strings,
  rangeLinks: Strings,
  notAfterArticle: Strings,
  dateFollowers: Strings,
  datePreceders: Strings,
  compoundNotBefore: Strings,
  calendarAnchors: Strings,
});

type Direction = 'future' | 'past';

interface DurationLexicon {
  readonly units: ReadonlyMap<string, DurationUnit>;
  readonly anchors: PhraseList<Direction>;
  readonly vagueAmounts: PhraseList<number | null>;
  readonly vagueBefore: ReadonlySet<string>;
  readonly vagueAfter: ReadonlySet<string>;
  readonly hedges: PhraseList<true>;
  readonly rangeLinks: ReadonlySet<string>;
  readonly notAfterArticle: ReadonlySet<string>;
  readonly dateFollowers: PhraseList<true>;
  readonly datePreceders: ReadonlySet<string>;
  readonly compoundNotBefore: ReadonlySet<string>;
  readonly calendarAnchors: ReadonlySet<string>;
}

const flags = (phrases: string[]) => phraseList(Object.fromEntries(phrases.map((phrase) => [phrase, true as const])));

const durationLexicon = resource('duration words', (data): DurationLexicon => {
  const file = data.json('values.json', Type.Object({ durations: DurationsSchema })).durations;
  return {
    units: new Map(Object.entries(file.units)),
    anchors: phraseList({
      ...Object.fromEntries(file.anchorsFuture.map((phrase) => [phrase, 'future' as const])),
      ...Object.fromEntries(file.anchorsPast.map((phrase) => [phrase, 'past' as const])),
    }),
    vagueAmounts: phraseList(file.vagueAmounts),
    vagueBefore: new Set(file.vagueBefore),
    vagueAfter: new Set(file.vagueAfter),
    hedges: flags(file.hedgesKeptInSpan),
    rangeLinks: new Set(file.rangeLinks),
    notAfterArticle: new Set(file.notAfterArticle),
    dateFollowers: flags(file.dateFollowers),
    datePreceders: new Set(file.datePreceders),
    compoundNotBefore: new Set(file.compoundNotBefore),
    calendarAnchors: new Set(file.calendarAnchors),
  };
});

/** Words a duration can start with besides number words: anchors, hedges, vague amounts, units. */
const durationStarts = resource('duration starts', (): ReadonlySet<string> => {
  const lexicon = durationLexicon();
  return new Set([...lexicon.anchors.keys(), ...lexicon.hedges.keys(), ...lexicon.vagueAmounts.keys(), ...lexicon.units.keys()]);
});

/** An amount of a unit ("two weeks", "a day", "30-day"); `value` null when vague ("a few days"). */
interface Amounted {
  readonly value: number | null;
  readonly unit: DurationUnit;
  readonly next: number;
}

/** An amount, or a range of two ("a week to 10 days"): `longer` is the end the window reaches. */
interface Measured {
  readonly longer: Amounted;
  readonly next: number;
}

function amountAt(tokens: readonly Token[], j: number): { value: number | null; next: number; article: boolean } | null {
  const lexicon = durationLexicon();
  const vague = longestPhrase(tokens, j, lexicon.vagueAmounts);
  if (vague) return { value: vague.value, next: j + vague.length, article: false };
  const word = tokens[j]?.lower;
  if (word === 'a' || word === 'an') return { value: 1, next: j + 1, article: true };
  const number = matchNumber(tokens, j);
  if (!number || number.ordinal || number.suffix !== null || number.value === null) return null;
  return { value: number.value, next: number.next, article: false };
}

/** "two weeks", "a day", "30-day", or (when `bare`) a lone singular unit ("week" in "within the next week"). */
function amountedAt(tokens: readonly Token[], j: number, bare: boolean): Amounted | null {
  const lexicon = durationLexicon();
  const lone = tokens[j];
  if (bare && lone && !lone.lower.endsWith('s')) {
    const unit = lexicon.units.get(lone.lower);
    if (unit) return { value: 1, unit, next: j + 1 };
  }
  const amount = amountAt(tokens, j);
  if (!amount) return null;
  let k = amount.next;
  const hyphen = tokens[k];
  const compound = hyphen?.text === '-' && adjacent(tokens[k - 1], hyphen) && adjacent(hyphen, tokens[k + 1]);
  if (compound) k++;
  const unitToken = tokens[k];
  const unit = unitToken ? lexicon.units.get(unitToken.lower) : undefined;
  if (!unit || !unitToken) return null;
  if (amount.article && lexicon.notAfterArticle.has(unitToken.lower)) return null;
  // "a 45-year-old man" is an age, not a duration.
  if (compound && tokens[k + 1]?.text === '-' && lexicon.compoundNotBefore.has(tokens[k + 2]?.lower ?? '')) return null;
  return { value: amount.value, unit, next: k + 1 };
}

/** Rough length in days, only to pick the longer end of a range. */
function approxDays(amounted: Amounted): number {
  const { designator, time, factor } = amounted.unit;
  const days = time ? { H: 1 / 24, M: 1 / 1440, S: 1 / 86400 }[designator] ?? 0 : { D: 1, W: 7, M: 30.44, Y: 365.25 }[designator] ?? 0;
  return (amounted.value ?? 0) * factor * days;
}

/** A duration or a range of two at `tokens[j]`: "two weeks", "two to three weeks", "a week to 10 days". */
function measuredAt(tokens: readonly Token[], j: number, bare: boolean): Measured | null {
  const lexicon = durationLexicon();
  const amount = amountAt(tokens, j);
  if (amount && !amount.article && lexicon.rangeLinks.has(tokens[amount.next]?.lower ?? '')) {
    const upper = amountedAt(tokens, amount.next + 1, false);
    if (upper) return { longer: upper, next: upper.next };
  }
  const first = amountedAt(tokens, j, bare);
  if (!first) return null;
  if (lexicon.rangeLinks.has(tokens[first.next]?.lower ?? '')) {
    const second = amountedAt(tokens, first.next + 1, false);
    if (second) return { longer: approxDays(second) >= approxDays(first) ? second : first, next: second.next };
  }
  return { longer: first, next: first.next };
}

/** ISO 8601 duration of an amount: "P2W", "PT48H", "P10Y" (a decade). */
function isoDuration(amounted: Amounted): string | null {
  if (amounted.value === null) return null;
  const amount = Number((amounted.value * amounted.unit.factor).toPrecision(12));
  return `P${amounted.unit.time ? 'T' : ''}${amount}${amounted.unit.designator}`;
}

/** Moves a floating moment by a duration, forwards (sign 1) or backwards (-1). */
function move(ms: number, amounted: Amounted, sign: 1 | -1): number {
  const amount = (amounted.value ?? 0) * amounted.unit.factor;
  const { designator, time } = amounted.unit;
  if (time) return ms + sign * amount * ({ H: HOUR_MS, M: MINUTE_MS, S: 1000 }[designator] ?? 0);
  if (designator === 'D' || designator === 'W') return ms + sign * Math.round(amount * (designator === 'W' ? 7 : 1)) * DAY_MS;
  const months = amount * (designator === 'Y' ? 12 : 1);
  return Number.isInteger(months) ? addMonths(ms, sign * months) : ms + sign * Math.round(months * 30.44) * DAY_MS;
}

/** The window of a duration anchored at the publication. */
function anchoredWindow(amounted: Amounted, direction: Direction, ref: Reference): TimeRange | null {
  if (amounted.value === null) return null;
  const sign = direction === 'future' ? 1 : -1;
  let window: Window;
  if (amounted.unit.time && ref.hasTime) {
    const moved = move(ref.ms, amounted, sign);
    window = { start: Math.min(ref.ms, moved), end: Math.max(ref.ms, moved), withTime: true, offset: null };
  } else if (amounted.unit.time) {
    const days = Math.ceil(move(0, amounted, 1) / DAY_MS);
    window = direction === 'future'
      ? { start: ref.day, end: ref.day + (days + 1) * DAY_MS, withTime: false, offset: null }
      : { start: ref.day - days * DAY_MS, end: ref.day + DAY_MS, withTime: false, offset: null };
  } else {
    const moved = move(ref.day, amounted, sign);
    window = { start: Math.min(ref.day, moved), end: Math.max(ref.day, moved), withTime: false, offset: null };
  }
  return formatWindow(window);
}

function isPluralUnit(token: Token | undefined): boolean {
  return token !== undefined && token.lower.endsWith('s') && durationLexicon().units.has(token.lower);
}

function duration(text: string, tokens: readonly Token[], first: number, next: number, value: string | null, resolved: TimeRange | null): Value {
  return { type: 'DURATION', span: span(text, tokens[first]!.start, tokens[next - 1]!.end), value, unit: null, resolved };
}

/** "within the next two weeks", "in the coming days", "over the past month": anchored at `tokens[i]`. */
function anchoredAt(text: string, tokens: readonly Token[], i: number, ref: Reference | null): { value: Value; next: number } | null {
  const anchor = longestPhrase(tokens, i, durationLexicon().anchors);
  if (!anchor) return null;
  const k = i + anchor.length;
  // A lone unit ("within the next week", "the past year") is one of it, but "the next week"
  // and "the last week" alone are calendar weeks, left to the date reader.
  const bare = !(tokens[i]!.lower === 'the' && durationLexicon().calendarAnchors.has(tokens[i + 1]?.lower ?? ''));
  const measured = measuredAt(tokens, k, bare);
  if (measured) {
    const resolved = ref ? anchoredWindow(measured.longer, anchor.value, ref) : null;
    return { value: duration(text, tokens, i, measured.next, isoDuration(measured.longer), resolved), next: measured.next };
  }
  if (isPluralUnit(tokens[k])) return { value: duration(text, tokens, i, k + 1, null, null), next: k + 1 };
  return null;
}

/** "for three years", "two days later", "a 30-day truce", "just days after": not anchored. */
function plainAt(text: string, tokens: readonly Token[], i: number): { value: Value; next: number } | null {
  const lexicon = durationLexicon();
  const hedge = longestPhrase(tokens, i, lexicon.hedges);
  const k = hedge ? i + hedge.length : i;
  const measured = measuredAt(tokens, k, false);
  if (measured) {
    // "in two weeks", "two years ago": dates, left to the date reader.
    if (!hedge && lexicon.datePreceders.has(tokens[i - 1]?.lower ?? '')) return null;
    if (longestPhrase(tokens, measured.next, lexicon.dateFollowers)) return null;
    return { value: duration(text, tokens, i, measured.next, isoDuration(measured.longer), null), next: measured.next };
  }
  if (isPluralUnit(tokens[k])) {
    const before = hedge ? tokens[k - 1]?.lower : tokens[i - 1]?.lower;
    if (hedge || lexicon.vagueBefore.has(before ?? '') || lexicon.vagueAfter.has(tokens[k + 1]?.lower ?? '')) {
      if (longestPhrase(tokens, k + 1, lexicon.dateFollowers)) return null;
      return { value: duration(text, tokens, i, k + 1, null, null), next: k + 1 };
    }
  }
  return null;
}

export interface FoundDurations {
  /** Anchored at the publication: these outrank dates over the same words. */
  readonly anchored: Value[];
  /** Counted from an event or not at all: dates over the same words outrank these. */
  readonly plain: Value[];
}

/** DURATION values among one sentence's tokens. */
export function findDurations(text: string, tokens: readonly Token[], ref: Reference | null): FoundDurations {
  const anchored: Value[] = [];
  const plain: Value[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!mayStartNumber(tokens[i]) && !durationStarts().has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    const found = anchoredAt(text, tokens, i, ref);
    if (found) {
      anchored.push(found.value);
      i = found.next;
      continue;
    }
    const other = plainAt(text, tokens, i);
    if (other) {
      plain.push(other.value);
      i = other.next;
      continue;
    }
    i++;
  }
  return { anchored, plain };
}
