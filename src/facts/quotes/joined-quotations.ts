/** Quotations that readers take as one quote: one interrupted by its attribution, or one that goes on with the reported clause before it. */
import { isPunctuation } from '../words.js';
import { MAX_ATTRIBUTION_WORDS } from './attributions.js';
import type { QuoteContext } from './context.js';
import { cueAt } from './cues.js';
import { REPORTED_CLAUSE, type Draft, type DraftList } from './drafts.js';
import { isQuoteMark } from './marks.js';

/**
 * Joins a quotation interrupted by its attribution (""Everything," the judge said, "has
 * overlapped."") into one quote, as readers take it, and a quotation with no cue of its own into
 * the reported clause it goes on.
 */
export function joinQuotations(c: QuoteContext, drafts: DraftList): void {
  const merged: Draft[] = [];
  for (const draft of drafts.items) {
    const previous = merged.at(-1);
    // ""A" of the plan, X said. "B."": a quotation taken into its reported clause goes on into the next as one too.
    const quotationLike = previous !== undefined && (previous.kind === 'direct' || previous.rule === REPORTED_CLAUSE);
    if (previous !== undefined && quotationLike && draft.kind === 'direct' && interrupts(c, previous, draft)) {
      previous.end = draft.end;
      previous.speaker ??= draft.speaker;
      previous.cue ??= draft.cue;
      continue;
    }
    // "X said that the levy is “a big problem” but “nobody dares to say so”":
    // a quotation with no cue of its own later in the sentence of a reported clause goes on with it.
    if (previous !== undefined && previous.kind === 'mixed' && draft.kind === 'direct' && draft.cue === null && continuesClause(c, previous, draft)) {
      previous.end = Math.max(previous.end, draft.end);
      continue;
    }
    merged.push(draft);
  }
  drafts.replaceWith(merged);
}

/** Whether quotation `next` lies inside reported clause `previous`, or later in its last sentence with no cue between. */
function continuesClause(c: QuoteContext, previous: Draft, next: Draft): boolean {
  const { words, at, wordsIn } = c;
  const last = words[Math.max(0, at(previous.end) - 1)]!;
  const first = words[at(next.start)];
  if (first === undefined || first.sentence !== last.sentence) return false;
  if (next.start < previous.end) return true;
  return !wordsIn(previous.end, next.start).some((word, k) => cueAt(words, at(previous.end) + k) !== undefined);
}

/** Whether only an attribution stands between two quotations by one speaker. */
function interrupts(c: QuoteContext, previous: Draft, next: Draft): boolean {
  const { words, at, wordsIn } = c;
  const between = wordsIn(previous.end, next.start).filter((word) => !isPunctuation(word) && !isQuoteMark(word));
  const sameSpeaker = next.speaker === null || previous.speaker === null || next.speaker.entity === previous.speaker.entity && next.speaker.name === previous.speaker.name;
  if (!sameSpeaker) return false;
  // ""B," she said." after ""A," Anna Berg said.": a quotation with its own cue after it is its own quote.
  if (next.cue !== null && words[next.cue]!.start >= next.end) return false;
  const liesBetween = (cue: number | null) => cue !== null && words[cue]!.start >= previous.end && words[cue]!.end <= next.start;
  // The next quotation's own cue between the two joins them only within one sentence: after a
  // finished quotation ("... each other.” Critics seized on his warning: “...”) it opens another.
  const oneSentence = words[Math.max(0, at(previous.end) - 1)]!.sentence === words[at(next.start)]!.sentence;
  const cueBetween = liesBetween(previous.cue) || (oneSentence && liesBetween(next.cue));
  // ""A," X, who ..., said. "B."": a quotation with no cue of its own, right after the attribution, goes on with the first.
  if (cueBetween && (between.length <= 6 || (next.cue === null && between.length <= MAX_ATTRIBUTION_WORDS))) return true;
  return continuesAfterAttribution(c, previous, next);
}

/**
 * ""A," X, a long description of X, said after the vote. "B."", "X said: "A." "B."": a
 * quotation with no cue of its own that opens the sentence right after the quote's own
 * sentence (its attribution's, in this paragraph or the next) goes on with the same words,
 * however long the attribution between.
 */
function continuesAfterAttribution(c: QuoteContext, previous: Draft, next: Draft): boolean {
  const { words, at } = c;
  if (next.cue !== null || previous.cue === null || previous.speaker === null) return false;
  const last = words[Math.max(0, at(previous.end) - 1)]!.sentence;
  const cueSentence = words[previous.cue]!.sentence;
  const first = at(next.start);
  const opener = words[first - 1];
  // The next quotation opens its sentence: only its quotation mark before it in that sentence.
  const opensSentence = words[first]!.sentence !== words[first - 1]?.sentence
    || (isQuoteMark(opener) && words[first - 2]?.sentence !== words[first]!.sentence);
  if (!opensSentence || words[first]!.sentence !== Math.max(last, cueSentence) + 1) return false;
  // The attribution between is shorter than the quoted words on either side together.
  return next.start - previous.end <= (previous.end - previous.start) + (next.end - next.start);
}
