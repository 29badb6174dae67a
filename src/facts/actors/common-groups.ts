/**
 * Groups of people a common plural noun names: political leanings and faiths written in lower
 * case ("A 54% majority of independents endorse ...", "conservatives", "evangelicals"). The
 * name finder finds no name there, so no stance holder could be named; each such noun, where
 * it is a noun and no other mention holds it, becomes a name mention of its group, one entity
 * per group in an article. The entity is typed MISC, as are the groups of people the name
 * finder types so ("Hispanics"): the stances stage reads it as a holder (stances/groups.ts),
 * the events and quotes stages take it for no actor or speaker (the precision set's judgments
 * give "liberals dismissed him" no source; made NORP, it became one there, and two events
 * nobody judged came out). The stage adds them after pronouns are resolved, so no pronoun is
 * read as one of them.
 *
 * List: data/actors/group-names.json (`commonNouns`).
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import type { Word } from '../words.js';

const commonGroupNouns = resource('common group nouns', (data) => {
  const raw = data.json('actors/group-names.json', Type.Object({ groups: Type.Record(Type.String(), Strings), commonNouns: Type.Record(Type.String(), Strings) }));
  return new Map(Object.entries(raw.commonNouns).flatMap(([group, nouns]) => nouns.map((noun): [string, string] => [noun, group])));
});

/** The names of the groups. */
const groupsNamed = resource('common group names', () => new Set(commonGroupNouns().values()));

/** Whether an entity name is the name of a group a common noun names ("independents"). */
export function isCommonGroupName(name: string): boolean {
  return groupsNamed().has(name);
}

/** A word that names a group: its index and the group's name. */
export interface CommonGroupWord {
  readonly index: number;
  readonly group: string;
}

/**
 * The words of `words` that name a group by a listed common noun: tagged as a noun (a proper
 * noun at the start of a sentence or in a title-case headline: "Conservatives Rally"), and not
 * `taken` by another mention.
 */
export function commonGroupWords(words: readonly Word[], taken: (index: number) => boolean): CommonGroupWord[] {
  const nouns = commonGroupNouns();
  const found: CommonGroupWord[] = [];
  words.forEach((word, index) => {
    const group = nouns.get(word.lower);
    if (group === undefined || (word.pos !== 'NOUN' && word.pos !== 'PROPN') || taken(index)) return;
    found.push({ index, group });
  });
  return found;
}
