/**
 * Repairs to the names layer that need the whole article, made before names are clustered into
 * actors: the tagger reads one sentence at a time.
 */
import Type from 'typebox';
import type { Span } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';
import type { NameMention } from '../../document/doc.js';
import { titleGender } from './pronouns.js';
import { wordAt, type Word } from '../words.js';

/**
 * Without the pieces the tagger took for names that name nobody: a courtesy title alone ("Mrs."
 * of "Mrs. Clinton", whose gender the name after it still takes), half a bracket ("Y.)" of
 * "(D-N.Y.)"), a lawmaker's party and state ("R-Fla" of "Marco Rubio (R-Fla.)") or a word with
 * no capital letter ("the senator", "the prince"): a description, for the descriptions stage.
 */
export function withoutFragments(names: readonly NameMention[]): NameMention[] {
  const bareTitle = (text: string) => titleGender(text) !== undefined && (text.endsWith('.') || text.length <= 3);
  const halfBracketed = (text: string) => text.split('(').length !== text.split(')').length;
  const uncapitalised = (text: string) => !/\p{Lu}/u.test(text);
  return names.filter((name) => !bareTitle(name.text) && !halfBracketed(name.text) && !isPartyAndState(name.text) && !uncapitalised(name.text));
}

const partyTags = resource('party tags', (data) => {
  const tags = data.json('actors/party-tags.json', Type.Object({ parties: Strings, states: Strings }));
  return { parties: new Set(tags.parties), states: new Set(tags.states) };
});

/** "D-Mass", "R-Fla.", "(I-Vt.)", "R-N.H.": a party's letter and a state, as US news writes them after a lawmaker's name (data/actors/party-tags.json). */
function isPartyAndState(text: string): boolean {
  const [party, state, ...rest] = text.replace(/^\(|\)$/g, '').split('-');
  const { parties, states } = partyTags();
  return rest.length === 0 && state !== undefined && parties.has(party!) && states.has(state.replaceAll('.', ''));
}

/**
 * Without the dates the tagger ran into names ("MSNBC Monday", "City Hall Wednesday", a bare
 * "Monday" taken for a person): `dates` are the spans the values stage read as dates or times. A
 * name inside a date is none. A date at a name's end is cut off when what is left names someone
 * on its own: set apart from the date by words in lower case ("the Times on Saturday"), two words
 * or more, an acronym, or a name the article writes alone elsewhere ("John Podesta Tuesday",
 * "MSNBC Monday"). Else the name is the name of a day ("Super Tuesday", "Black Friday"): whole,
 * and an occasion (MISC), not an actor.
 */
export function withoutDates(names: readonly NameMention[], dates: readonly Span[]): NameMention[] {
  if (dates.length === 0) return [...names];
  const written = new Set(names.map((name) => name.text));
  // Names and dates in text order, read side by side: a long text has thousands of each.
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  let next = 0;
  const kept: NameMention[] = [];
  for (const name of [...names].sort((a, b) => a.start - b.start)) {
    while (next < sorted.length && sorted[next]!.end <= name.start) next++;
    const date = next < sorted.length && sorted[next]!.start < name.end ? sorted[next] : undefined;
    if (date === undefined) {
      kept.push(name);
      continue;
    }
    if (date.start <= name.start) {
      if (date.end < name.end) kept.push(name);
      continue;
    }
    // What comes before the date, without the words in lower case between ("Times on Saturday"),
    // which set the date apart from the name.
    const before = name.text.slice(0, date.start - name.start);
    const left = before.replace(/(\s+\p{Ll}+)*\s*$/u, '');
    const setApart = left.length < before.trimEnd().length;
    const standsAlone = left.length > 0 && (setApart || left.includes(' ') || /^\p{Lu}{2,}$/u.test(left) || written.has(left));
    kept.push(standsAlone ? { ...name, end: name.start + left.length, text: left } : { ...name, type: 'MISC' });
  }
  return kept;
}

/**
 * Without the possessive the tagger took into a name ("Trump’s reported net worth", "Mr.
 * O'Reilly's show", "Donald J. Trump's plan": some of its training text keeps "'s" inside names).
 * What is left is the name when it is a person's full name, a name after a courtesy title, a name
 * the article writes alone elsewhere or the surname of a person it names in full; a one-word name
 * whose "'s" is its own ("McDonald's", "Macy's") stays whole.
 */
export function withoutPossessives(names: readonly NameMention[]): NameMention[] {
  const withoutMark = (text: string) => text.replace(POSSESSIVE_END, '').trimEnd();
  const written = new Set(names.map((name) => name.text));
  for (const name of names) {
    const words = withoutMark(name.text).split(/\s+/);
    if (name.type === 'PERSON' && words.length > 1) written.add(words.at(-1)!);
  }
  return names.map((name) => {
    if (!POSSESSIVE_END.test(name.text)) return name;
    const left = withoutMark(name.text);
    const fullName = /\s/.test(left) && (name.type === 'PERSON' || titleGender(left.split(/\s/, 1)[0]) !== undefined);
    return left !== '' && (fullName || written.has(left)) ? { ...name, end: name.start + left.length, text: left } : name;
  });
}

const POSSESSIVE_END = /['’]s$/u;

/**
 * The mentions of a person's surname the tagger missed ("While Trump previously supported ..."
 * beside "Donald Trump"): a capitalised proper noun outside every name, spelled as the last word
 * of a person's full name the article names, is that name, also where it comes before the full
 * name (a headline's or a lead's "Trump demands ..."). A tagger reads each sentence alone; the
 * article says once who the word is. So does a one-word name it tags as a person's where the
 * article never writes the full name ("Trump" alone throughout a column), when the word is a
 * known person's name (`isKnownPerson`): the tagger's one-word people are too often a place, a
 * show or a group's nickname to spread on their own. A word it also tags as another kind of
 * name is left as it is.
 */
export function withRepeatedSurnames(names: readonly NameMention[], words: readonly Word[], isKnownPerson: (name: string) => boolean): NameMention[] {
  const surnames = new Set<string>();
  const otherTypes = new Set(names.filter((name) => name.type !== 'PERSON').map((name) => name.text));
  for (const name of names) {
    const parts = name.text.split(/\s+/);
    if (name.type !== 'PERSON') continue;
    if (parts.length > 1 || (!otherTypes.has(name.text) && isKnownPerson(name.text))) surnames.add(parts.at(-1)!);
  }
  if (surnames.size === 0) return [...names];
  const covered = new Uint8Array(words.length);
  for (const name of names) covered.fill(1, wordAt(words, name.start), wordAt(words, name.end));
  const found: NameMention[] = [];
  words.forEach((word, index) => {
    if (covered[index] === 0 && word.pos === 'PROPN' && surnames.has(word.text)) found.push({ start: word.start, end: word.end, text: word.text, type: 'PERSON' });
  });
  return found.length === 0 ? [...names] : [...names, ...found].sort((a, b) => a.start - b.start);
}

/**
 * A full name the tagger typed as a place or an organisation ("Wendy Sherman" as a place) is a
 * person's when it opens with a listed given name and its last word stands alone as a person's
 * name elsewhere in the article ("Sherman said"): the article says who the surname is. Names the
 * knowledge base knows (`isKnown`) keep their type. So does a lone word typed an organisation
 * that is the surname of a person the article names in full.
 */
export function withMistypedPeopleByTheirSurname(names: readonly NameMention[], isGivenName: (word: string) => boolean, isKnown: (name: string) => boolean): NameMention[] {
  const surnames = new Set(names.filter((name) => name.type === 'PERSON' && !/\s/.test(name.text)).map((name) => name.text));
  // "Pence Endorses Ryan" in a headline, "Mike Pence" below: a lone word the tagger typed an
  // organisation is the surname of a person the article names in full.
  const fullNameSurnames = new Set(names.filter((name) => name.type === 'PERSON' && /\s/.test(name.text)).map((name) => name.text.split(/\s+/).at(-1)!));
  if (surnames.size === 0 && fullNameSurnames.size === 0) return [...names];
  return names.map((name) => {
    if (name.type !== 'LOC' && name.type !== 'GPE' && name.type !== 'ORG' && name.type !== 'FAC') return name;
    const parts = name.text.split(/\s+/);
    const looksPersonal = parts.length >= 2 && parts.length <= 3 && isGivenName(parts[0]!) && surnames.has(parts.at(-1)!);
    const isSurname = parts.length === 1 && name.type === 'ORG' && fullNameSurnames.has(name.text);
    return (looksPersonal || isSurname) && !isKnown(name.text) ? { ...name, type: 'PERSON' } : name;
  });
}

/**
 * The groups a party, faith or ethnicity names by its plural noun ("Muslims", "Republicans",
 * data/actors/group-names.json) where the tagger read no name: the tagger knows such words from
 * lists and coordination ("Jews and Muslims") but often leaves one standing alone. Only the
 * capitalised plural counts; the singular and the adjective ("a Muslim", "Democratic") qualify
 * other names as often as they name the group.
 */
export function withUntaggedGroups(names: readonly NameMention[], words: readonly Word[], isGroupName: (text: string) => boolean): NameMention[] {
  const covered = new Uint8Array(words.length);
  for (const name of names) covered.fill(1, wordAt(words, name.start), wordAt(words, name.end));
  const found = words.filter((word, index) => covered[index] === 0 && /^\p{Lu}/u.test(word.text) && isGroupName(word.text))
    .map((word): NameMention => ({ start: word.start, end: word.end, text: word.text, type: 'NORP' }));
  return found.length === 0 ? [...names] : [...names, ...found].sort((a, b) => a.start - b.start);
}

/** How often a known place's one-word name must stand outside the tagger's names to be taken for one. */
const UNTAGGED_PLACE_MENTIONS = 2;

/**
 * The mentions of a place the tagger never read as a name ("Łódź" throughout a guide to it): a
 * capitalised proper noun outside every name that the knowledge base knows as a place, standing
 * so at least UNTAGGED_PLACE_MENTIONS times or tagged elsewhere (once alone may be a word that is
 * also a place's name).
 */
export function withUntaggedPlaces(names: readonly NameMention[], words: readonly Word[], isPlace: (name: string) => boolean): NameMention[] {
  const covered = new Uint8Array(words.length);
  for (const name of names) covered.fill(1, wordAt(words, name.start), wordAt(words, name.end));
  const tagged = new Set(names.map((name) => name.text));
  const candidates = new Map<string, Word[]>();
  words.forEach((word, index) => {
    if (covered[index] !== 0 || word.pos !== 'PROPN' || !/^\p{Lu}/u.test(word.text)) return;
    const at = candidates.get(word.text);
    if (at === undefined) candidates.set(word.text, [word]);
    else at.push(word);
  });
  const found: NameMention[] = [];
  for (const [text, at] of candidates) {
    if ((at.length >= UNTAGGED_PLACE_MENTIONS || tagged.has(text)) && isPlace(text)) for (const word of at) found.push({ start: word.start, end: word.end, text, type: 'GPE' });
  }
  return found.length === 0 ? [...names] : [...names, ...found].sort((a, b) => a.start - b.start);
}

/**
 * A name the tagger ran over a title into the person's name ("Ministry spokeswoman Maria
 * Zakharova", "Wells Fargo CEO John Stumpf" tagged as one organisation, "Senate Minority Leader
 * Jane Roe" as one person) is the person: the capitalised words after a title noun written in
 * lower case or as an acronym, or after a capitalised one when a full name of two words or more
 * follows it (so "Martin Luther King Jr." keeps its "King").
 */
export function withTitledPeopleSplit(names: readonly NameMention[], words: readonly Word[], isTitleNoun: (lowerCased: string) => boolean): NameMention[] {
  return names.map((name) => {
    const first = wordAt(words, name.start);
    const last = wordAt(words, name.end) - 1;
    for (let i = last - 1; i > first; i--) {
      const word = words[i]!;
      if (!isTitleNoun(word.lower)) continue;
      const tail = words.slice(i + 1, last + 1);
      // A title written in lower case, or as an acronym ("Wells Fargo CEO John Stumpf").
      const lowerOrAcronym = word.text === word.lower || /^\p{Lu}{2,}$/u.test(word.text);
      const capitalisedBeforeFullName = (name.type === 'PERSON' || name.type === 'ORG') && tail.length >= 2 && !tail.some((part) => isTitleNoun(part.lower) || part.text.endsWith('.'));
      if (!lowerOrAcronym && !capitalisedBeforeFullName) continue;
      if (!tail.every((part) => /^\p{Lu}/u.test(part.text))) return name;
      const start = tail[0]!.start;
      return { start, end: name.end, text: name.text.slice(start - name.start), type: 'PERSON' };
    }
    return name;
  });
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Lower-case words that stand inside names ("Bank of England", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'bin', 'al', 'el', 'y', 'and', 'for', 'the']);

/**
 * An organisation's name the tagger ran past its end into the verb ("Association told") and so
 * cut short at its start ("the Norwegian Fishermen's Association"): the lower-case words at its
 * end go, and the capitalised words right before it, a name the tagger gave them included
 * ("Norwegian"), come in. Only a name that ran over is extended: a clean one is left as tagged.
 */
export function withOverrunOrganisationsMended(text: string, names: readonly NameMention[], words: readonly Word[]): NameMention[] {
  const mended: NameMention[] = [];
  for (const name of names) {
    let first = wordAt(words, name.start);
    let last = wordAt(words, name.end) - 1;
    // A particle stands inside a name, never at its end ("said the", "The Post and").
    if (name.type !== 'ORG' || last <= first || !/^\p{Ll}/u.test(words[last]!.text)) {
      mended.push(name);
      continue;
    }
    while (last > first && /^\p{Ll}/u.test(words[last]!.text)) last--;
    const sentence = words[first]!.sentence;
    // "Fishermen 's": a possessive belongs to the capitalised word before it.
    // (Not an article that opens the sentence: "The Norwegian ...".)
    const capitalisedBefore = (i: number) => words[i]?.sentence === sentence && !ARTICLES.has(words[i]!.lower)
      && (/^\p{Lu}/u.test(words[i]!.text) || (/^['’]s?$/u.test(words[i]!.text) && /^\p{Lu}/u.test(words[i - 1]?.text ?? '')));
    while (capitalisedBefore(first - 1)) first--;
    // A name the tagger found inside the mended one ("Norwegian") is part of it now.
    while (mended.length > 0 && mended.at(-1)!.start >= words[first]!.start) mended.pop();
    const start = words[first]!.start;
    const end = words[last]!.end;
    mended.push({ start, end, text: text.slice(start, end), type: 'ORG' });
  }
  return mended;
}

/** How many capitalised words may stand on each side of the "for" of a body's name ("Concerned Veterans for America", "Center for American Progress"). */
const MAX_FOR_NAME_SIDE = 3;
/** How many words starting in lower case (besides particles) a sentence needs to be prose, not a headline in title case ("Obama Campaigns for Clinton"). */
const MIN_LOWER_CASE_WORDS = 2;

/**
 * "Americans for Prosperity", "Coalition for Change", "Center for American Progress": a run of
 * capitalised words, then "for" and more capitalised words, whose last word before "for" is a kind
 * of body or the people a body speaks for (`heads`), is one organisation's name, replacing the
 * names the tagger found inside it ("Americans" as the United States, "American Progress"). An
 * article in lower case may follow "for" ("Committee for a Responsible Federal Budget", "Center
 * for the Study of Democracy"): in prose a capitalised word after it is still the name's.
 */
export function withForNamedBodies(text: string, names: readonly NameMention[], words: readonly Word[], heads: ReadonlySet<string>): NameMention[] {
  const capitalised = (i: number, sentence: number) => words[i]?.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(words[i]!.text);
  const bodies: NameMention[] = [];
  words.forEach((word, i) => {
    const sentence = word.sentence;
    if (word.lower !== 'for' || !capitalised(i - 1, sentence) || !heads.has(words[i - 1]!.lower)) return;
    const after = words[i + 1]?.sentence === sentence && ARTICLES.has(words[i + 1]!.text) ? i + 2 : i + 1;
    if (!capitalised(after, sentence) || !isProse(words, sentence, i)) return;
    let first = i - 1;
    while (first > i - MAX_FOR_NAME_SIDE && capitalised(first - 1, sentence) && !ARTICLES.has(words[first - 1]!.lower)) first--;
    let last = after;
    for (let next = last + 1; next <= after + MAX_FOR_NAME_SIDE; next++) {
      // "Center for Economic and Policy Research": a particle between capitalised words.
      if (NAME_PARTICLES.has(words[next]?.lower ?? '') && words[next]!.lower !== 'for' && capitalised(next + 1, sentence)) next++;
      if (!capitalised(next, sentence)) break;
      last = next;
    }
    // "Sikh Americans for Trump": a group named for a person, which the stances layer reads as the person's backers.
    if (names.some((name) => name.type === 'PERSON' && name.start === words[after]!.start)) return;
    const start = words[first]!.start;
    const end = words[last]!.end;
    bodies.push({ start, end, text: text.slice(start, end), type: 'ORG' });
  });
  if (bodies.length === 0) return [...names];
  const inside = (name: NameMention) => bodies.some((body) => name.start < body.end && body.start < name.end);
  return [...names.filter((name) => !inside(name)), ...bodies].sort((a, b) => a.start - b.start);
}

/** Whether sentence `sentence` (around word `at`) is prose: enough of its words start in lower case, other than particles. */
function isProse(words: readonly Word[], sentence: number, at: number): boolean {
  let lowerCase = 0;
  for (let i = at; i >= 0 && words[i]!.sentence === sentence; i--) if (/^\p{Ll}/u.test(words[i]!.text) && !NAME_PARTICLES.has(words[i]!.lower)) lowerCase++;
  for (let i = at + 1; i < words.length && words[i]!.sentence === sentence; i++) if (/^\p{Ll}/u.test(words[i]!.text) && !NAME_PARTICLES.has(words[i]!.lower)) lowerCase++;
  return lowerCase >= MIN_LOWER_CASE_WORDS;
}

/** Capital letters an acronym in brackets is written with ("(YAF)", "(NAACP)", "(AT&T)"). */
const BRACKETED_ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
/** How many words the name an acronym spells out may have, small words included. */
const MAX_SPELLED_WORDS = 10;

/**
 * The initials of a run of capitalised words and the name particles between them ("Workers of
 * America" spells WA), read from `from` by `step` (1 onwards, -1 back) up to `stopAt` (not
 * included), within `sentence` and `MAX_SPELLED_WORDS` words, until they are `length` letters
 * long: the initials in reading order and the last word read (`from - step` when none was).
 */
function initialsAlong(words: readonly Word[], from: number, step: 1 | -1, stopAt: number, sentence: number, length: number): { last: number; spelled: string } {
  let spelled = '';
  let last = from - step;
  for (let i = from; i !== stopAt && Math.abs(i - from) < MAX_SPELLED_WORDS && spelled.length < length && words[i]!.sentence === sentence; i += step) {
    const word = words[i]!;
    if (/^\p{Lu}/u.test(word.text)) spelled = step > 0 ? spelled + word.text[0]! : word.text[0]! + spelled;
    else if (!NAME_PARTICLES.has(word.lower)) break;
    last = i;
  }
  return { last, spelled };
}

/**
 * "Young Americans for Freedom (YAF)": the capitalised words before an acronym in brackets whose
 * initials it spells are one name, the acronym's (an organisation's, unless the tagger typed the
 * acronym otherwise); what the tagger found inside them ("Americans") is part of it. After the
 * abbreviation finders of biomedical text (Schwartz and Hearst 2003), which read the same pattern:
 * no tagger sees that the words in front of the bracket are what the letters stand for.
 */
export function withSpelledOutAcronyms(text: string, names: readonly NameMention[], words: readonly Word[]): NameMention[] {
  let result = [...names];
  for (let open = 1; open + 2 < words.length; open++) {
    if (words[open]!.text !== '(' || words[open + 2]!.text !== ')' || !BRACKETED_ACRONYM.test(words[open + 1]!.text)) continue;
    const letters = words[open + 1]!.text.replace(/&/g, '');
    // Back from the bracket over capitalised words and the small words between them, until their initials spell the acronym.
    const { last: first, spelled } = initialsAlong(words, open - 1, -1, -1, words[open]!.sentence, letters.length);
    if (spelled !== letters || !/^\p{Lu}/u.test(words[first]!.text)) continue;
    const start = words[first]!.start;
    const end = words[open - 1]!.end;
    const acronym = result.find((name) => name.start === words[open + 1]!.start);
    const spanned = result.find((name) => name.start === start && name.end === end);
    if (spanned !== undefined && acronym !== undefined) continue;
    const type = acronym?.type ?? spanned?.type ?? 'ORG';
    result = result.filter((name) => name.end <= start || name.start >= end);
    result.push({ start, end, text: text.slice(start, end), type });
    if (acronym === undefined) result.push({ start: words[open + 1]!.start, end: words[open + 1]!.end, text: words[open + 1]!.text, type });
    result.sort((a, b) => a.start - b.start);
  }
  return withEarlierSpellings(text, result, words);
}

/**
 * "according to the Communications Workers of America ... CWA President Chris Shelton": an
 * acronym the tagger found whose letters the capitalised words of an earlier run spell, where
 * the tagger left those words no name of their own, makes them one name of the acronym's type
 * (an organisation's where it typed the acronym MISC, and the acronym with it).
 */
function withEarlierSpellings(text: string, names: readonly NameMention[], words: readonly Word[]): NameMention[] {
  let result = [...names];
  // Each acronym once, from its first mention: the words before it are read once per acronym, not per mention.
  const seen = new Set<string>();
  for (const acronym of names) {
    if (!BRACKETED_ACRONYM.test(acronym.text) || acronym.text.length < 3 || seen.has(acronym.text)) continue;
    seen.add(acronym.text);
    const letters = acronym.text.replace(/&/g, '');
    const before = wordAt(words, acronym.start);
    for (let first = 0; first < before; first++) {
      if (!/^\p{Lu}\p{Ll}/u.test(words[first]!.text) || (first > 0 && /^\p{Lu}/u.test(words[first - 1]!.text) && words[first - 1]!.sentence === words[first]!.sentence)) continue;
      const { last, spelled } = initialsAlong(words, first, 1, before, words[first]!.sentence, letters.length);
      // The run ends on a capitalised word, spells the acronym and goes no further ("of America," not "of America Inc").
      if (spelled !== letters || !/^\p{Lu}/u.test(words[last]!.text) || /^\p{Lu}/u.test(words[last + 1]?.text ?? '')) continue;
      const start = words[first]!.start;
      const end = words[last]!.end;
      if (result.some((name) => name.start === start && name.end === end)) break;
      const type = acronym.type === 'MISC' ? 'ORG' : acronym.type;
      result = result.filter((name) => name.end <= start || name.start >= end).map((name) => (name.text === acronym.text ? { ...name, type } : name));
      result.push({ start, end, text: text.slice(start, end), type });
      result.sort((a, b) => a.start - b.start);
      break;
    }
  }
  return result;
}
