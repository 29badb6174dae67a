/**
 * The group name reader: a group named for a person ("Sikh Americans for Trump") supports the person.
 */
import { isCapitalised } from '../words.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues } from './cues.js';
import { holderOf } from './holders.js';

/**
 * A group named for a person after one of `groupGovernors` ("the head of Sikh Americans for
 * Trump", "started Muslim Americans for Trump"): the subject of the clause supports the person.
 */
export function groupStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start } = context;
  if (words[at]!.lower !== 'for') return undefined;
  const person = actors.startingAt(at + 1);
  if (person === undefined || person.kind !== 'name' || person.entity.type !== 'PERSON') return undefined;
  // The person's name ends the group's ("Women for Trump", not "Students for Trump University").
  if (isCapitalised(words[person.last + 1])) return undefined;
  let first = at;
  while (first - 1 > start && words[first - 1]!.pos === 'PROPN' && isCapitalised(words[first - 1])) first--;
  if (first === at || !stanceCues().groupGovernors.has(words[first - 1]?.lower ?? '')) return undefined;
  let predicate = first - 1;
  // A copula, not the possessive "'s" ("a member of LeVell's coalition").
  while (predicate >= start && words[predicate]!.pos !== 'VERB' && !(words[predicate]!.pos === 'AUX' && stanceCues().copulas.has(words[predicate]!.lower))) predicate--;
  if (predicate < start) return undefined;
  const holder = holderOf(context, predicate).filter((id) => id !== person.entity.id);
  return { holder, issue: person.entity.name, polarity: 'support', rule: 'group-name' };
}
