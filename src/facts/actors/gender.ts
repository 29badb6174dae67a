/** A person's gender as names and courtesy titles reveal it, for pronoun resolution. */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';

export type Gender = 'male' | 'female';

/** A given name news gives men and women alike ("Lindsey", "Kelly"): it says nothing of the gender. */
type NameGender = Gender | 'unisex';

const names = resource('name genders', (data) => {
  const { male, female, unisex } = data.json('actors/name-genders.json', Type.Object({ male: Strings, female: Strings, unisex: Strings }));
  const entries = (list: readonly string[], gender: NameGender) => list.map((name): [string, NameGender] => [name.toLowerCase(), gender]);
  return new Map<string, NameGender>([...entries(male, 'male'), ...entries(female, 'female'), ...entries(unisex, 'unisex')]);
});

/** A name without its accents: the lists spell names in plain letters ("Jérôme" → "jerome", "João" → "joao"). */
const unaccented = (lower: string) => lower.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The gender the lists give a given name: as written, else without its accents, else (a
 * hyphenated name) its first part ("Pierre-Simon", "Jean-Louis", "Anne-Sophie").
 */
function listedGender(lower: string): NameGender | undefined {
  const listed = names().get(lower);
  if (listed !== undefined) return listed;
  const plain = unaccented(lower);
  const hyphen = plain.indexOf('-');
  return names().get(plain) ?? (hyphen > 1 ? names().get(plain.slice(0, hyphen)) : undefined);
}

/**
 * The gender of a given name: from the name lists (none for a name both carry: "Lindsey",
 * "Dana"), else "a" at the end (Yulia, Priya, Amira), which marks a woman's name in most
 * languages the lists miss.
 */
export function givenNameGender(name: string): Gender | null {
  const lower = name.toLowerCase();
  const listed = listedGender(lower);
  if (listed !== undefined) return listed === 'unisex' ? null : listed;
  return lower.length > 2 && lower.endsWith('a') ? 'female' : null;
}

/** Whether the name lists give `word` as a first name (the "a" ending alone does not count). */
export function isListedGivenName(word: string): boolean {
  return listedGender(word.toLowerCase()) !== undefined;
}

/**
 * The one person a byline names ("Jim Rutenberg"), the writer whose "I" the article's own words
 * speak; none when it names several, or an agency or a desk ("AP", "Breitbart News").
 */
export function soleAuthor(byline: readonly string[]): string | undefined {
  if (byline.length !== 1) return undefined;
  const author = byline[0]!;
  return author.includes(' ') && givenNameGender(author.split(' ')[0]!) !== null ? author : undefined;
}
