/**
 * The quoted choice reader: a quote's speaker names the person it backs as its choice ("Park is
 * my choice", "My pick is Lisa Park").
 */
import type { Found, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { speakerOfQuoteAt } from './holders.js';

/** How many adjectives may stand between the owner and the choice noun ("my next choice", "our clear first pick"). */
const MAX_CHOICE_MODIFIERS = 2;

/**
 * A choice noun owned by the speaker, after a copula with a person as subject ("Park is my next
 * choice") or before one with a person after it ("My pick is Park"): the speaker supports the
 * person. A negated copula ("is not my choice") takes no side stated here.
 */
export function quotedChoice(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start } = context;
  if (!stanceGrammarWords().choiceNouns.has(words[at]!.lower)) return undefined;
  let owner = at - 1;
  for (let skipped = 0; owner > start && skipped < MAX_CHOICE_MODIFIERS && words[owner]!.pos === 'ADJ'; skipped++) owner--;
  if (!stanceGrammarWords().firstPersonOwners.has(words[owner]?.lower ?? '')) return undefined;
  const { copulas, negations } = stanceCues();
  const before = owner - 1;
  const after = at + 1;
  let person;
  if (copulas.has(words[before]?.lower ?? '')) person = actors.endingAt(before - 1);
  else if (copulas.has(words[after]?.lower ?? '') && !negations.has(words[after + 1]?.lower ?? '')) person = actors.startingAt(after + 1);
  if (person === undefined || person.kind !== 'name' || person.entity.type !== 'PERSON') return undefined;
  const speaker = speakerOfQuoteAt(context, at);
  if (speaker === undefined || speaker === person.entity.id) return undefined;
  return { holder: [speaker], issue: person.entity.name, polarity: 'support', rule: `quoted-choice:${words[at]!.lower}` };
}
