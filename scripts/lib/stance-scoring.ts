/**
 * Scoring of stances and commitments against the gold set (scripts/lib/stance-gold.ts; the
 * rules a match follows are in test/fixtures/stances-gold/RULES.md):
 *
 * - A predicted record and a gold record of the same article can match when their evidence
 *   sentences overlap and the prediction names one of the gold holders (actors), or its issue
 *   (what) holds a word of the gold head. Matching is one to one, greedy, best pair first: the
 *   pair's score counts the holder (actor) set being right, a holder in common, the issue being
 *   right, a head word in common and, for stances, the polarity.
 * - On a match each field is right or not. Holder, actor, beneficiary: exactly the gold names,
 *   one to one (a gold name names an entity whose canonical name or a name mention is that
 *   name, or ends with it: "Trump" is "Donald Trump"; event-scoring's `namesEntity`). Issue,
 *   what: every word of the gold head is in it, and it is at most twice the gold phrase's length
 *   plus four words. Polarity, changed, status: equal. Due: both none, or the predicted due span overlaps the gold due text
 *   (found in the evidence sentence), or shares a word with it when that text is not found.
 * - Precision is matched / emitted, recall matched / gold, "fully right" the matches with every
 *   field right over the emitted records.
 *
 * Issue readability (an automatic check of emitted issues): not empty, not only pronouns, not
 * starting or ending with a word that leaves it dangling, brackets and quotes balanced; the word
 * lists are data/stances/readable-issue.json.
 */
import { readFileSync } from 'node:fs';
import type { Commitment, Entity, Stance } from '../../src/document/contract.js';
import { namesEntity, sameActors } from './event-scoring.js';
import type { GoldCommitment, GoldStance } from './stance-gold.js';
import { locateExcerpt } from './text-anchor.js';

/** Lower-case words (letters and digits) of a text, accents and punctuation dropped. */
export function textWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The alternatives of a gold head ("single-payer | Medicare for all"), each as its words. */
export function headAlternatives(head: string): string[][] {
  return head.split('|').map(textWords).filter((words) => words.length > 0);
}

/** Every word of `head` (of one of its `|` alternatives) is a word of `phrase`. */
export function holdsHead(phrase: string, head: string): boolean {
  const words = new Set(textWords(phrase));
  return headAlternatives(head).some((wanted) => wanted.every((word) => words.has(word)));
}

/** A word of `head` (of any alternative) longer than two letters, or a number, is a word of `phrase`. */
export function sharesHeadWord(phrase: string, head: string): boolean {
  const words = new Set(textWords(phrase));
  return headAlternatives(head).flat().some((word) => (word.length > 2 || /\d/.test(word)) && words.has(word));
}

/** A predicted phrase is right when it holds the gold head and is not much longer than the gold phrase. */
export function phraseRight(predicted: string, gold: string, head: string): boolean {
  return holdsHead(predicted, head) && textWords(predicted).length <= 2 * textWords(gold).length + 4;
}

/** Whether some gold name names some of the predicted entities. */
export function sharesName(gold: readonly string[], predicted: readonly string[], entities: ReadonlyMap<string, Entity>): boolean {
  return predicted.some((id) => {
    const entity = entities.get(id);
    return entity !== undefined && gold.some((name) => namesEntity(name, entity));
  });
}

type Span = readonly [number, number];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** A gold record with its evidence placed in the analyzer's article text. */
export type Placed<G> = G & { readonly placed: Span };

interface Candidate {
  readonly gold: number;
  readonly predicted: number;
  readonly score: number;
}

/** One-to-one pairs, best score first, then text order. */
export function greedyPairs(candidates: readonly Candidate[]): Map<number, number> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const pairs = new Map<number, number>();
  const usedPredicted = new Set<number>();
  for (const candidate of sorted) {
    if (pairs.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    pairs.set(candidate.gold, candidate.predicted);
    usedPredicted.add(candidate.predicted);
  }
  return pairs;
}

export const STANCE_FIELDS = ['holder', 'issue', 'polarity', 'changed'] as const;
export const COMMITMENT_FIELDS = ['actor', 'beneficiary', 'what', 'due', 'status'] as const;
export type StanceField = (typeof STANCE_FIELDS)[number];
export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];

export interface Tally<F extends string> {
  gold: number;
  emitted: number;
  matched: number;
  /** Matches with every field right. */
  fullyRight: number;
  /** Matches with the field right. */
  right: Record<F, number>;
}

export const emptyTally = <F extends string>(fields: readonly F[]): Tally<F> => ({
  gold: 0, emitted: 0, matched: 0, fullyRight: 0, right: Object.fromEntries(fields.map((field) => [field, 0])) as Record<F, number>,
});

export function addTally<F extends string>(total: Tally<F>, part: Tally<F>): void {
  total.gold += part.gold;
  total.emitted += part.emitted;
  total.matched += part.matched;
  total.fullyRight += part.fullyRight;
  for (const field of Object.keys(part.right) as F[]) total.right[field] += part.right[field];
}

export interface Figures<F extends string> {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Fully right matches over the emitted records. */
  readonly fullyRight: number;
  /** Field accuracy over the matches. */
  readonly accuracy: Record<F, number>;
}

export function figures<F extends string>(tally: Tally<F>): Figures<F> {
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const precision = share(tally.matched, tally.emitted);
  const recall = share(tally.matched, tally.gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    fullyRight: share(tally.fullyRight, tally.emitted),
    accuracy: Object.fromEntries(Object.entries<number>(tally.right).map(([field, right]) => [field, share(right, tally.matched)])) as Record<F, number>,
  };
}

/** A gold record's outcome: the prediction it matched, if any, and which fields it got right. */
export interface Outcome<G, P, F extends string> {
  readonly gold: G;
  readonly predicted: P | null;
  readonly right: Record<F, boolean> | null;
}

export interface Scored<G, P, F extends string> {
  readonly tally: Tally<F>;
  readonly outcomes: Outcome<G, P, F>[];
  /** Predictions that matched no gold record. */
  readonly unmatched: P[];
}

function score<G, P, F extends string>(
  fields: readonly F[],
  gold: readonly G[],
  predicted: readonly P[],
  pairScore: (gold: G, predicted: P) => number | null,
  judge: (gold: G, predicted: P) => Record<F, boolean>,
): Scored<G, P, F> {
  const candidates: Candidate[] = [];
  gold.forEach((record, g) => predicted.forEach((prediction, p) => {
    const value = pairScore(record, prediction);
    if (value !== null) candidates.push({ gold: g, predicted: p, score: value });
  }));
  const pairs = greedyPairs(candidates);
  const tally = emptyTally(fields);
  tally.gold = gold.length;
  tally.emitted = predicted.length;
  const outcomes = gold.map((record, g): Outcome<G, P, F> => {
    const p = pairs.get(g);
    if (p === undefined) return { gold: record, predicted: null, right: null };
    const right = judge(record, predicted[p]!);
    tally.matched++;
    for (const field of fields) if (right[field]) tally.right[field]++;
    if (fields.every((field) => right[field])) tally.fullyRight++;
    return { gold: record, predicted: predicted[p]!, right };
  });
  const used = new Set(pairs.values());
  return { tally, outcomes, unmatched: predicted.filter((_, p) => !used.has(p)) };
}

/** Scores one article's emitted stances against its gold stances. */
export function scoreStances(gold: readonly Placed<GoldStance>[], predicted: readonly Stance[], entities: readonly Entity[]): Scored<Placed<GoldStance>, Stance, StanceField> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const holderRight = (g: GoldStance, p: Stance) => sameActors(g.holder, p.holder, byId);
  return score(STANCE_FIELDS, gold, predicted,
    (g, p) => {
      if (!overlaps(g.placed, [p.evidence.start, p.evidence.end])) return null;
      const holderShared = sharesName(g.holder, p.holder, byId);
      const headShared = sharesHeadWord(p.issue, g.head);
      if (!holderShared && !headShared) return null;
      return (holderRight(g, p) ? 8 : 0) + (holderShared ? 4 : 0) + (phraseRight(p.issue, g.issue, g.head) ? 2 : 0) + (headShared ? 1 : 0) + (p.polarity === g.polarity ? 1 : 0);
    },
    (g, p) => ({ holder: holderRight(g, p), issue: phraseRight(p.issue, g.issue, g.head), polarity: p.polarity === g.polarity, changed: p.changed === g.changed }));
}

/** Whether a predicted due window is the gold one (see the module comment). */
export function dueRight(gold: Placed<GoldCommitment>, predicted: Commitment, text: string): boolean {
  if (gold.due === null) return predicted.due === null;
  const span = predicted.due?.span ?? null;
  if (span === null) return false;
  const [start, end] = gold.placed;
  const found = locateExcerpt(text.slice(start, end), gold.due).map(([s, e]): Span => [s + start, e + start]);
  if (found.length > 0) return found.some((where) => overlaps(where, [span.start, span.end]));
  return sharesHeadWord(span.text, gold.due);
}

/** Scores one article's emitted commitments against its gold commitments; `text` is the analyzer's article text. */
export function scoreCommitments(gold: readonly Placed<GoldCommitment>[], predicted: readonly Commitment[], entities: readonly Entity[], text: string): Scored<Placed<GoldCommitment>, Commitment, CommitmentField> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const actorRight = (g: GoldCommitment, p: Commitment) => sameActors(g.actor, p.actor, byId);
  return score(COMMITMENT_FIELDS, gold, predicted,
    (g, p) => {
      if (!overlaps(g.placed, [p.evidence.start, p.evidence.end])) return null;
      const actorShared = sharesName(g.actor, p.actor, byId);
      const headShared = sharesHeadWord(p.what, g.head);
      if (!actorShared && !headShared) return null;
      return (actorRight(g, p) ? 8 : 0) + (actorShared ? 4 : 0) + (phraseRight(p.what, g.what, g.head) ? 2 : 0) + (headShared ? 1 : 0);
    },
    (g, p) => ({
      actor: actorRight(g, p),
      beneficiary: sameActors(g.beneficiary, p.beneficiary, byId),
      what: phraseRight(p.what, g.what, g.head),
      due: dueRight(g, p, text),
      status: p.status === g.status,
    }));
}

/** The word lists of the readability check (data/stances/readable-issue.json). */
export interface ReadabilityLists {
  readonly danglingStarts: ReadonlySet<string>;
  readonly danglingEnds: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
}

export const READABILITY_FILE = 'data/stances/readable-issue.json';

export function readReadabilityLists(path = READABILITY_FILE): ReadabilityLists {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { danglingStarts: string[]; danglingEnds: string[]; pronouns: string[] };
  return { danglingStarts: new Set(raw.danglingStarts), danglingEnds: new Set(raw.danglingEnds), pronouns: new Set(raw.pronouns) };
}

const PAIRS: readonly [string, string][] = [['(', ')'], ['[', ']'], ['“', '”'], ['‘', '’']];

/** Why an issue does not read as a phrase on its own; null when it does. */
export function unreadableReason(issue: string, lists: ReadabilityLists): string | null {
  // Apostrophes inside words ("Trump’s") are not quotes.
  const marks = issue.replace(/(?<=\p{L})[’'](?=\p{L})|(?<=s)[’'](?=\s|$)/gu, '');
  const words = textWords(issue);
  if (words.length === 0) return 'empty';
  if (words.every((word) => lists.pronouns.has(word))) return `only a pronoun: "${issue}"`;
  const first = issue.trim().split(/\s+/)[0]!.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const last = issue.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (lists.danglingStarts.has(first)) return `starts with "${first}"`;
  if (lists.danglingEnds.has(last)) return `ends with "${last}"`;
  for (const [open, close] of PAIRS) {
    if (marks.split(open).length !== marks.split(close).length) return `unbalanced ${open}${close}`;
  }
  if ((marks.match(/"/g) ?? []).length % 2 !== 0) return 'unbalanced "';
  return null;
}
