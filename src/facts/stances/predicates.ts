/**
 * The predicate reader: "is opposed to", "has been critical of", "voted in favour of".
 */
import { bracketStart, subjectEnd } from '../arguments.js';
import { isAdverb } from './clauses.js';
import { type Found, negatedPolarity, type SentenceContext } from './context.js';
import { stanceCues } from './cues.js';
import { holderOf } from './holders.js';
import { issueAt } from './issue.js';

/**
 * A predicate at word `at` ("is opposed to", "has been critical of", "was pro John Kasich", "voted
 * in favour of"): the subject of the copula, or of the verb before a manner phrase, holds it.
 * Returns the word after the predicate, so that its words are not read again as a verb.
 */
export function predicateStance(context: SentenceContext, at: number): { found: Found | undefined; next: number } | undefined {
  const { words, actors, start, end } = context;
  const { predicatePhrases, predicates, copulas, negations } = stanceCues();
  const phrase = predicatePhrases.at(words, at);
  if (phrase === undefined) return undefined;
  const cue = phrase.join(' ');
  const next = at + phrase.length;
  const { polarity, afterAnyVerb } = predicates.get(cue)!;
  let k = at - 1;
  let negated = false;
  for (; k >= start && (isAdverb(words[k]) || negations.has(words[k]!.lower) || words[k]!.lower === 'so'); k--) negated ||= negations.has(words[k]!.lower);
  let holder: string[] = [];
  if (words[k]?.text === ',' && !afterAnyVerb) {
    // "Sen. Claire McCaskill (D-Mo.), a critic of": past a bracketed party and state.
    const appositive = actors.endingAt(bracketStart(words, k - 1, start) - 1);
    if (appositive !== undefined && actors.isActor(appositive)) holder = [appositive.entity.id];
  } else if (copulas.has(words[k]?.lower ?? '') || (afterAnyVerb && words[k]?.pos === 'VERB')) {
    holder = holderOf(context, k);
    negated ||= words.slice(subjectEnd(words, k), k).some((word) => negations.has(word.lower));
  }
  const stated = negated ? negatedPolarity(polarity) : polarity;
  if (stated === undefined || holder.length === 0) return { found: undefined, next };
  return { found: { holder, issue: issueAt(words, actors, next, end), polarity: stated, rule: `predicate:${cue}` }, next };
}
