/**
 * How far two judges of the precision set agree: a second judge judges, blind, some articles the
 * first judge judged (test/fixtures/precision/second-judgments.md), and each fact both judged is
 * compared cell by cell. A precision figure is only as exact as its judges agree; this says how
 * exact. Facts are paired by article, offsets and CAMEO code (events) or cue (quotes), as the eval
 * pairs emitted facts with judgments.
 */
import { sameNames, type JudgedArticle, type JudgedEvent, type JudgedQuote } from './precision-set.js';

/** Agreement on one yes/no question over the facts both judges answered. */
export interface BinaryAgreement {
  readonly compared: number;
  readonly agreed: number;
  /** Cohen's kappa: agreement beyond what the judges' own rates of "yes" give by chance; null when chance agreement is total. */
  readonly kappa: number | null;
}

/** Agreement on one field of the facts both judges called real. */
export interface FieldAgreement {
  readonly compared: number;
  readonly agreed: number;
}

export interface EventAgreement {
  readonly paired: number;
  readonly real: BinaryAgreement;
  readonly category: FieldAgreement;
  readonly source: FieldAgreement;
  readonly target: FieldAgreement;
  readonly status: FieldAgreement;
  /** Category, both actors and status all the same. */
  readonly allFields: FieldAgreement;
}

export interface QuoteAgreement {
  readonly paired: number;
  readonly real: BinaryAgreement;
  readonly speaker: FieldAgreement;
  readonly content: FieldAgreement;
}

export interface Agreement {
  /** Articles both files judge. */
  readonly articles: number;
  readonly events: EventAgreement;
  readonly quotes: QuoteAgreement;
  /** Facts only one judge judged (the analyzer's output differed, or a judge missed one). */
  readonly unpaired: number;
}

/** Cohen's kappa for two raters' yes/no answers given as pairs. */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): number | null {
  if (pairs.length === 0) return null;
  const n = pairs.length;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const firstYes = pairs.filter(([a]) => a).length / n;
  const secondYes = pairs.filter(([, b]) => b).length / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return chance === 1 ? null : (observed - chance) / (1 - chance);
}

function binary(pairs: readonly (readonly [boolean, boolean])[]): BinaryAgreement {
  return { compared: pairs.length, agreed: pairs.filter(([a, b]) => a === b).length, kappa: cohensKappa(pairs) };
}

function field<T>(pairs: readonly (readonly [T, T])[], same: (a: T, b: T) => boolean): FieldAgreement {
  return { compared: pairs.length, agreed: pairs.filter(([a, b]) => same(a, b)).length };
}

function pairUp<J extends { start: number; end: number }>(first: readonly J[], second: readonly J[], key: (judgment: J) => string): { pairs: [J, J][]; unpaired: number } {
  const byKey = new Map(second.map((judgment) => [key(judgment), judgment]));
  const pairs: [J, J][] = [];
  for (const judgment of first) {
    const other = byKey.get(key(judgment));
    if (other === undefined) continue;
    pairs.push([judgment, other]);
    byKey.delete(key(judgment));
  }
  return { pairs, unpaired: first.length - pairs.length + byKey.size };
}

const eventKey = (event: JudgedEvent) => `${event.start}-${event.end}|${event.cameo}`;
const quoteKey = (quote: JudgedQuote) => `${quote.start}-${quote.end}|${quote.cue ?? '-'}`;
const sameActors = (a: readonly string[] | null, b: readonly string[] | null) => sameNames(a ?? [], b ?? []);

/** Compares the judgments of the articles both sets judge (each layer only where both judged it in full). */
export function judgeAgreement(first: readonly JudgedArticle[], second: readonly JudgedArticle[]): Agreement {
  const secondById = new Map(second.map((article) => [article.id, article]));
  const eventPairs: [JudgedEvent, JudgedEvent][] = [];
  const quotePairs: [JudgedQuote, JudgedQuote][] = [];
  let articles = 0;
  let unpaired = 0;
  for (const article of first) {
    const other = secondById.get(article.id);
    if (other === undefined) continue;
    articles++;
    if (article.judgedEvents && other.judgedEvents) {
      const events = pairUp(article.events, other.events, eventKey);
      eventPairs.push(...events.pairs);
      unpaired += events.unpaired;
    }
    if (article.judgedQuotes && other.judgedQuotes) {
      const quotes = pairUp(article.quotes, other.quotes, quoteKey);
      quotePairs.push(...quotes.pairs);
      unpaired += quotes.unpaired;
    }
  }
  const realEvents = eventPairs.filter(([a, b]) => a.real && b.real);
  const sameCategory = (a: JudgedEvent, b: JudgedEvent) => a.category?.plover === b.category?.plover;
  const sameEventFields = (a: JudgedEvent, b: JudgedEvent) => sameCategory(a, b) && sameActors(a.source, b.source) && sameActors(a.target, b.target) && a.status === b.status;
  const realQuotes = quotePairs.filter(([a, b]) => a.real && b.real);
  return {
    articles,
    unpaired,
    events: {
      paired: eventPairs.length,
      real: binary(eventPairs.map(([a, b]) => [a.real, b.real] as const)),
      category: field(realEvents, sameCategory),
      source: field(realEvents.map(([a, b]) => [a.source, b.source] as const), sameActors),
      target: field(realEvents.map(([a, b]) => [a.target, b.target] as const), sameActors),
      status: field(realEvents.map(([a, b]) => [a.status, b.status] as const), (a, b) => a === b),
      allFields: field(realEvents, sameEventFields),
    },
    quotes: {
      paired: quotePairs.length,
      real: binary(quotePairs.map(([a, b]) => [a.real, b.real] as const)),
      speaker: field(realQuotes.map(([a, b]) => [a.speaker, b.speaker] as const), sameActors),
      content: field(realQuotes.map(([a, b]) => [a.content, b.content] as const), (a, b) => a === b),
    },
  };
}
