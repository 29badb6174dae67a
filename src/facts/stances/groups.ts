/**
 * Groups the name finder types MISC that can still hold a stance: an acronym ("the GOP", "SEIU")
 * or a plural of people ("Hispanics", "African-Americans", "New Yorkers"). The events stage keeps
 * MISC out of its actors; the stances stage reads them as holders and issues.
 */
import { ActorIndex, type Mention } from '../arguments.js';
import { stanceCues } from './cues.js';

/** Whether an entity name of type MISC names a group: an acronym, or capitalized words ending in a plural of people. */
export function isGroupName(name: string): boolean {
  if (/^[A-Z]{2,5}$/u.test(name)) return true;
  const parts = name.split(/[\s-]+/u);
  if (!parts.every((part) => /^\p{Lu}/u.test(part))) return false;
  const last = parts.at(-1)!;
  return /\p{Ll}s$/u.test(last) && !stanceCues().groupNameExclusions.has(last.toLowerCase());
}

/** The actors of an article for the stances stage: those of the events stage and the MISC groups. */
export class StanceActors extends ActorIndex {
  override isActor(mention: Mention): boolean {
    return super.isActor(mention) || (mention.entity.type === 'MISC' && isGroupName(mention.entity.name));
  }
}
