import type { Value, ValueType } from '../document/contract.js';
import { span } from '../document/doc.js';
import Type from 'typebox';
import { resource, StringRecord, Strings } from '../resources.js';
import { adjacent, clean, longestPhrase, matchNumber, mayStartNumber, numberLexicon, phraseList, type NumberMatch, type PhraseList, type Token } from './numbers.js';

/**
 * MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL values: a number phrase with what stands
 * around it. Conventions:
 * - a hedge before the number ("over", "more than", "about") stays inside the span; the
 *   value is the number itself ("over a million" is 1000000);
 * - counts of things are CARDINAL with no unit ("1.2 million people" is CARDINAL 1200000):
 *   QUANTITY is kept for units of measure ("10 tonnes": unit "t");
 * - MONEY units are ISO 4217 codes, PERCENT units are "%", "pp" (percentage points) or "bp";
 * - "thousands of" is CARDINAL with value null.
 * The lexicons are the `money`, `percent`, `quantities` and `hedges` sections of `data/values.json`.
 */

const MeasuresSchema = Type.Object({
  hedges: Type.Object({ phrases: Strings }),
  money: Type.Object({ symbols: StringRecord, dollarPrefixes: StringRecord, codes: Strings, codeAliases: StringRecord, prefixWords: StringRecord, names: StringRecord, namesWithScaleOnly: StringRecord, subunits: Type.Record(Type.String(), Type.Object({ currency: Type.String(), factor: Type.Number() })) }),
  percent: Type.Object({ units: StringRecord }),
  quantities: Type.Object({ units: StringRecord, attachedOnly: Strings }),
});

interface MeasureLexicon {
  readonly hedges: PhraseList<true>;
  readonly symbols: ReadonlyMap<string, string>;
  readonly dollarPrefixes: ReadonlyMap<string, string>;
  readonly codes: ReadonlyMap<string, string>;
  readonly prefixWords: PhraseList<string>;
  readonly names: PhraseList<string>;
  readonly namesWithScaleOnly: PhraseList<string>;
  readonly subunits: PhraseList<{ currency: string; factor: number }>;
  readonly percent: PhraseList<string>;
  readonly units: PhraseList<string>;
  readonly unitsByWord: ReadonlyMap<string, string>;
  readonly attachedOnly: ReadonlySet<string>;
}

const measureLexicon = resource('measure words', (data): MeasureLexicon => {
  const file = data.json('values.json', MeasuresSchema);
  const { money, quantities } = file;
  return {
    hedges: phraseList(Object.fromEntries(file.hedges.phrases.map((phrase) => [phrase, true as const]))),
    symbols: new Map(Object.entries(money.symbols)),
    dollarPrefixes: new Map(Object.entries(money.dollarPrefixes)),
    codes: new Map(money.codes.map((code) => [code, money.codeAliases[code] ?? code])),
    prefixWords: phraseList(money.prefixWords),
    names: phraseList(money.names),
    namesWithScaleOnly: phraseList(money.namesWithScaleOnly),
    subunits: phraseList(money.subunits),
    percent: phraseList(file.percent.units),
    units: phraseList(quantities.units),
    unitsByWord: new Map(Object.entries(quantities.units)),
    attachedOnly: new Set(quantities.attachedOnly),
  };
});

/** Words and marks a measure can start with besides number words: hedges and currencies. */
const measureStarts = resource('measure starts', (): ReadonlySet<string> => {
  const lexicon = measureLexicon();
  return new Set([
    ...lexicon.hedges.keys(), ...lexicon.symbols.keys(), ...lexicon.dollarPrefixes.keys(), ...lexicon.prefixWords.keys(),
    ...[...lexicon.codes.keys()].map((code) => code.toLowerCase()),
  ]);
});

/** Scale words below this do not make "pounds" money ("300 pounds" is a weight, "3 billion pounds" is not). */
const SCALE_FOR_AMBIGUOUS_CURRENCY = 1_000_000;

/** A measure being built: the value's parts, and how its unit was written. */
interface Measure {
  type: ValueType;
  first: number;
  next: number;
  value: number | null;
  unit: string | null;
  scale: number;
  /** The unit stands after the number ("10 percent"), so it may cover a number before it too. */
  unitAfter: boolean;
  /** A currency stands before the number ("$5"), so it may cover a bare number after it too. */
  currencyBefore: boolean;
}

/** A currency written before a number at `tokens[i]` ("$", "US$", "EUR", "Rs."), with the index after it. */
function currencyAt(tokens: readonly Token[], i: number): { currency: string; next: number } | null {
  const lexicon = measureLexicon();
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'sym') {
    const currency = lexicon.symbols.get(token.text);
    return currency ? { currency, next: i + 1 } : null;
  }
  if (token.kind !== 'word') return null;
  const dollar = tokens[i + 1];
  if (dollar?.text === '$' && adjacent(token, dollar)) {
    const currency = lexicon.dollarPrefixes.get(token.lower);
    if (currency) return { currency, next: i + 2 };
  }
  const code = lexicon.codes.get(token.text);
  if (code && tokens[i + 1]?.kind === 'num') return { currency: code, next: i + 1 };
  const word = longestPhrase(tokens, i, lexicon.prefixWords);
  if (word && tokens[i + word.length]?.kind === 'num' && token.text !== token.lower) return { currency: word.value, next: i + word.length };
  return null;
}

/** The unit of a suffix written straight after digits ("50km", "30C"); single letters must keep their case. */
function attachedUnit(suffix: string, original: string): string | null {
  const lexicon = measureLexicon();
  const unit = lexicon.unitsByWord.get(suffix);
  if (!unit) return null;
  if (lexicon.attachedOnly.has(suffix)) {
    const expectUpper = unit.startsWith('°');
    if ((original === original.toUpperCase()) !== expectUpper) return null;
  }
  return unit;
}

/** What stands after a number: a percent sign or word, a currency, a unit, or nothing (CARDINAL). */
function unitAfter(tokens: readonly Token[], number: NumberMatch): Pick<Measure, 'type' | 'unit' | 'next' | 'value'> {
  const lexicon = measureLexicon();
  const k = number.next;
  const base = { next: k, value: number.value };
  const percent = longestPhrase(tokens, k, lexicon.percent);
  if (percent) return { ...base, type: 'PERCENT', unit: percent.value, next: k + percent.length };
  const code = tokens[k] ? lexicon.codes.get(tokens[k].text) : undefined;
  if (code) return { ...base, type: 'MONEY', unit: code, next: k + 1 };
  const name = longestPhrase(tokens, k, lexicon.names)
    ?? (number.scale >= SCALE_FOR_AMBIGUOUS_CURRENCY ? longestPhrase(tokens, k, lexicon.namesWithScaleOnly) : null);
  if (name) return { ...base, type: 'MONEY', unit: name.value, next: k + name.length };
  const subunit = longestPhrase(tokens, k, lexicon.subunits);
  if (subunit) {
    const value = number.value === null ? null : clean(number.value * subunit.value.factor);
    return { ...base, type: 'MONEY', unit: subunit.value.currency, next: k + subunit.length, value };
  }
  const unit = longestPhrase(tokens, k, lexicon.units);
  if (unit && !(unit.length === 1 && lexicon.attachedOnly.has(tokens[k]!.lower))) {
    return { ...base, type: 'QUANTITY', unit: unit.value, next: k + unit.length };
  }
  return { ...base, type: 'CARDINAL', unit: null };
}

/**
 * "2.5m people", "40m euros", "3m tonnes": a short suffix that is a scale outside money
 * too, when a unit, a currency or a plural noun follows it ("a 50m pool" stays metres).
 */
function scaledBySuffix(tokens: readonly Token[], number: NumberMatch): NumberMatch | null {
  const factor = numberLexicon().suffixMoney.get(number.suffix ?? '');
  if (factor === undefined || number.value === null) return null;
  const scaled: NumberMatch = { ...number, value: clean(number.value * factor), scale: number.scale * factor, suffix: null };
  const following = tokens[number.next];
  const plural = following?.kind === 'word' && following.text === following.lower
    && (following.lower.endsWith('s') || numberLexicon().pluralsWithoutS.has(following.lower));
  return plural || unitAfter(tokens, scaled).type !== 'CARDINAL' ? scaled : null;
}

/** The measure starting at `tokens[i]` (a hedge, a currency or a number), or null. */
function measureAt(tokens: readonly Token[], i: number): Measure | null {
  if (!mayStartNumber(tokens[i]) && !measureStarts().has(tokens[i]!.lower)) return null;
  const hedge = longestPhrase(tokens, i, measureLexicon().hedges);
  const afterHedge = hedge ? i + hedge.length : i;
  const currency = currencyAt(tokens, afterHedge);
  let number = matchNumber(tokens, currency ? currency.next : afterHedge, currency !== null);
  if (!number) return null;
  if (number.ordinal) {
    if (currency) return null;
    return { type: 'ORDINAL', first: number.first, next: number.next, value: number.value, unit: null, scale: 1, unitAfter: false, currencyBefore: false };
  }
  // The span starts at the hedge, else at the currency, else at the number.
  const common = { first: i, currencyBefore: currency !== null };
  if (number.suffix !== null && !currency) {
    const scaled = scaledBySuffix(tokens, number);
    if (scaled) {
      number = scaled;
    } else {
      // Letters glued to the digits: a unit ("50km"), or part of a name ("5G", "4x4"): no value.
      const unit = attachedUnit(number.suffix, tokens[number.next - 1]!.text);
      return unit ? { ...common, scale: number.scale, type: 'QUANTITY', next: number.next, value: number.value, unit, unitAfter: true } : null;
    }
  }
  if (currency) return { ...common, scale: number.scale, type: 'MONEY', next: number.next, value: number.value, unit: currency.currency, unitAfter: false };
  const after = unitAfter(tokens, number);
  if (after.type === 'CARDINAL' && number.needsUnit) return null;
  return { ...common, scale: number.scale, ...after, unitAfter: after.type !== 'CARDINAL' };
}

/** "5 to 10 percent", "$5 to 10 million": a range shares its unit and its scale. */
function shareRangeUnits(tokens: readonly Token[], measures: Measure[]): void {
  for (let n = 1; n < measures.length; n++) {
    const left = measures[n - 1]!;
    const right = measures[n]!;
    if (right.first !== left.next + 1 || !numberLexicon().rangeLinks.has(tokens[left.next]!.lower)) continue;
    if (left.type === 'CARDINAL' && right.unitAfter && right.type !== 'CARDINAL' && left.value !== null) {
      left.type = right.type;
      left.unit = right.unit;
    } else if (right.type === 'CARDINAL' && left.currencyBefore && left.type === 'MONEY') {
      right.type = 'MONEY';
      right.unit = left.unit;
    } else if (!(left.type === right.type && left.unit === right.unit)) {
      continue;
    }
    // "$5 to $10 million" is five million; "50 cents to $1 million" keeps its cents.
    if (!left.unitAfter && left.scale === 1 && right.scale > 1 && left.value !== null) {
      left.value = clean(left.value * right.scale);
      left.scale = right.scale;
    }
  }
}

/** MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL values among one sentence's tokens. */
export function findMeasures(text: string, tokens: readonly Token[]): Value[] {
  const measures: Measure[] = [];
  for (let i = 0; i < tokens.length;) {
    const measure = measureAt(tokens, i);
    if (!measure) {
      i++;
      continue;
    }
    measures.push(measure);
    i = measure.next;
  }
  shareRangeUnits(tokens, measures);
  return measures.map((measure) => ({
    type: measure.type,
    span: span(text, tokens[measure.first]!.start, tokens[measure.next - 1]!.end),
    value: measure.value,
    unit: measure.unit,
    resolved: null,
  }));
}
