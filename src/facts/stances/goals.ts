/**
 * The goal reader: a goal an owner states for itself ("the GOP's top goal was to ...").
 */
import type { Found, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { phraseAt } from './issue.js';
import { ownerBefore } from './noun-holders.js';

/**
 * A goal an owner states for itself: "the GOP's top goal was to make Obama a one-term
 * president", "his immediate goal is to sell his party on gun control": the owner (a name with
 * "'s" or a possessive pronoun, an actor) demands the act after the copula and "to". Not negated
 * ("her priority is not to ...").
 */
export function goalStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, end } = context;
  if (!stanceCues().goalNouns.has(words[at]!.lower) || !stanceCues().copulas.has(words[at + 1]?.lower ?? '')) return undefined;
  if (words[at + 2]?.lower !== 'to' || words[at + 3]?.pos !== 'VERB') return undefined;
  // A name, or a pronoun for persons: "its main goal" is as often a policy's as an organisation's.
  const owner = ownerBefore(context, at);
  if (owner === undefined || !actors.isActor(owner) || (owner.kind === 'pronoun' && !stanceGrammarWords().personalOwners.has(words[owner.first]!.lower))) return undefined;
  const issue = phraseAt(words, at + 3, end);
  return issue === null ? undefined : { holder: [owner.entity.id], issue, polarity: 'demand', rule: `goal:${words[at]!.lower}` };
}
