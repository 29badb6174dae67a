/**
 * Groups the name finder types MISC that can still hold a stance: an acronym ("the GOP", "SEIU")
 * or a plural of people ("Hispanics", "African-Americans", "New Yorkers"); and the groups a
 * common noun names, typed MISC by the actors stage ("independents", "conservatives"). The events stage keeps
 * MISC out of its actors; the stances stage reads them as holders and issues.
 */
import type { Entity } from '../../document/contract.js';
import { isCommonGroupName } from '../actors/common-groups.js';
import { ActorIndex, type Mention } from '../arguments.js';
import type { Word } from '../words.js';
import { stanceCues } from './cues.js';

/** Whether an entity name of type MISC names a group: an acronym, or capitalized words ending in a plural of people. */
export function isGroupName(name: string): boolean {
  // "independents", "conservatives": a group a common noun names (actors/common-groups.ts).
  if (isCommonGroupName(name)) return true;
  if (/^[A-Z]{2,5}$/u.test(name) || stanceCues().partyAdjectives.has(name)) return true;
  const parts = name.split(/[\s-]+/u);
  if (!parts.every((part) => /^\p{Lu}/u.test(part))) return false;
  const last = parts.at(-1)!;
  return /\p{Ll}s$/u.test(last) && !stanceCues().groupNameExclusions.has(last.toLowerCase());
}

/**
 * The actors of an article for the stances stage: those of the events stage and the MISC groups,
 * without a description that ends in a stance verb the tagger took for a noun ("Washington Post
 * backs" as a mention of Hillary Clinton in "Washington Post backs Hillary Clinton"), which hides
 * the name in it.
 */
export class StanceActors extends ActorIndex {
  constructor(entities: readonly Entity[], words: readonly Word[]) {
    super(entities, words, (_entity, mention) => {
      const last = mention.text.split(/\s+/u).at(-1)!.toLowerCase();
      // "an effective advocate for": an agent noun is a description.
      return mention.kind !== 'nominal' || !stanceCues().verbs.has(last) || stanceCues().agentNouns.has(last);
    });
  }

  override isActor(mention: Mention): boolean {
    // "pushing for a minority report" after "anti-Trump delegates": a word with a stance prefix the
    // name finder took for a name states a stance (affixes.ts); it names nobody.
    if (hasStancePrefix(mention.entity.name)) return false;
    return super.isActor(mention) || (mention.entity.type === 'MISC' && isGroupName(mention.entity.name));
  }
}

/** Whether a name is one word with a stance prefix ("Anti-Trump", "pro-Israel"). */
export function hasStancePrefix(name: string): boolean {
  const lower = name.toLowerCase();
  return !/\s/u.test(lower) && [...stanceCues().affixes.keys()].some((prefix) => lower.startsWith(prefix) && lower.length > prefix.length);
}
