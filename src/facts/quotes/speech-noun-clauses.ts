/**
 * Reported speech that a noun for something said introduces, with its speaker as the noun's
 * possessor: "her claim that the quay was safe", "the mayor's assertion in an interview that
 * the port would reopen". PolNeAR annotates these as attributions, and the clause is what the
 * possessor said.
 */
import { isPossessiveMark, POSSESSIVES } from '../arguments.js';
import { isPunctuation } from '../words.js';
import { withoutWritersAsides } from './asides.js';
import { clauseEnd } from './clause-end.js';
import type { QuoteContext } from './context.js';
import { isSpeechNoun } from './cues.js';
import type { DraftList } from './drafts.js';
import { isDash, isQuoteMark } from './marks.js';
import { speakerOf, type Speaker } from './speaker.js';

/** The most words between the noun and its "that" ("claim in a recent interview that"). */
const MAX_WORDS_BEFORE_THAT = 6;
const DASHES = new Set(['—', '–', '--']);
/** The fewest words of a clause that counts as something said. */
const MIN_CLAUSE_WORDS = 3;

/** Adds the "that" clause of every noun for something said that a named possessor owns, where no quote covers it yet. */
export function addSpeechNounClauses(c: QuoteContext, drafts: DraftList): void {
  const { words, tree, inQuote } = c;
  words.forEach((word, noun) => {
    if (word.pos !== 'NOUN' || !isSpeechNoun(word) || inQuote(word.start)) return;
    const that = clauseMarkAfter(c, noun);
    if (that < 0) return;
    const speaker = possessorOf(c, noun);
    if (speaker === null) return;
    const from = that + 1;
    const limit = clauseEnd(c, from, word.sentence);
    let to = tree.extent(tree.head(that))[1];
    while (to > from && words[to]!.end > limit) to--;
    // "by her claim that ... — a claim others dispute": a dash closes the noun's phrase and its clause.
    const dash = words.slice(from, to + 1).findIndex((inside) => DASHES.has(inside.text));
    if (dash >= 0) to = from + dash - 1;
    while (to >= from && (isPunctuation(words[to]) || isDash(words[to]))) to--;
    to = withoutWritersAsides(words, tree, from, to, MIN_CLAUSE_WORDS);
    if (isQuoteMark(words[to]) && !words.slice(from, to).some(isQuoteMark)) to--;
    if (words.slice(from, to + 1).filter((inside) => !isPunctuation(inside)).length < MIN_CLAUSE_WORDS) return;
    const start = words[from]!.start;
    const end = words[to]!.end;
    if (drafts.overlaps(start, end)) return;
    drafts.addReported(start, end, noun, speaker, 'reported:speech-noun');
  });
}

/**
 * The "that" opening the clause after noun `noun`, a few words on past a phrase with no verb,
 * conjunction or other such noun ("claim in an interview that"); -1 when none: the parse must read it as a clause's mark, not a
 * relative pronoun ("the claim that he made").
 */
function clauseMarkAfter(c: QuoteContext, noun: number): number {
  const { words, tree } = c;
  for (let k = noun + 1; k <= noun + 1 + MAX_WORDS_BEFORE_THAT && words[k]?.sentence === words[noun]!.sentence; k++) {
    const word = words[k]!;
    if (word.lower === 'that') return tree.relation(k) === 'mark' && tree.head(k) > k ? k : -1;
    if (isPunctuation(word) || isQuoteMark(word) || word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'CCONJ' || isSpeechNoun(word)) return -1;
  }
  return -1;
}

/** The named owner of noun `noun`: "the mayor's (disputed) claim", "his claim"; null when none. */
function possessorOf(c: QuoteContext, noun: number): Speaker | null {
  const { text, words, possessors } = c;
  let possessor = noun - 1;
  if (words[possessor]?.pos === 'ADJ') possessor--;
  if (words[possessor]?.pos === 'ADV') possessor--;
  const word = words[possessor];
  if (word === undefined || word.sentence !== words[noun]!.sentence) return null;
  const found = isPossessiveMark(word) ? possessors().endingAt(possessor - 1) : POSSESSIVES.has(word.lower) ? possessors().endingAt(possessor) : undefined;
  return found === undefined ? null : speakerOf(text, found);
}
