/**
 * The reported wish reader: a wish told of a named holder outside a quote ("Doe wants to see the
 * levy repealed", "she would like to see more students get grants"): the holder demands what it
 * wishes to see. A quoted first person's wish is quoted-positions.ts's.
 */
import { auxiliariesOf } from '../arguments.js';
import { inOpenClause, isQuestion } from './clauses.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues } from './cues.js';
import { holderOf } from './holders.js';
import { phraseAt } from './issue.js';

/** The parts of speech a thing seen starts with: a noun phrase ("the levy repealed", "more students get ..."), not "for himself". */
const SEEN_STARTS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

export function reportedWish(context: SentenceContext, at: number): Found | undefined {
  const { words, start, end, tree } = context;
  const wish = stanceCues().reportedWishes.at(words, at);
  if (wish === undefined || tree === null) return undefined;
  // "want" or "like": the word before "to see".
  const verb = at + wish.indexOf('to') - 1;
  const seen = at + wish.length;
  if (!SEEN_STARTS.has(words[seen]?.pos ?? '') || isQuestion(words, start, end) || inOpenClause(tree, words, verb)) return undefined;
  // "does not want to see", "might want to see": no wish stated.
  const { negations, possibilityModals } = stanceCues();
  if (auxiliariesOf(tree, words, verb).some((word) => negations.has(word.lower) || possibilityModals.has(word.lower))) return undefined;
  const holder = holderOf(context, verb);
  const issue = phraseAt(words, seen, end);
  // "would like to see more": a comparative alone says nothing of what.
  return holder.length === 0 || issue === null || stanceCues().comparatives.has(issue.toLowerCase()) ? undefined : { holder, issue, polarity: 'demand', rule: `wish:${wish.join(' ')}` };
}
