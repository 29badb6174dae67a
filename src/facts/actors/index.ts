/**
 * The actors stage: turns the tagger's names into entities, one per actor. It joins the
 * mentions of one actor (coreference by name, transliteration keys and pronouns), reads roles
 * from titles and appositions, links names to the knowledge base, and gives each entity a
 * country (ISO alpha-3), a sector and a stable key for cross-article identity.
 */
import type { Article, Entity, EntityType, Span, Value } from '../../document/contract.js';
import { span, type Annotator, type NameMention } from '../../document/doc.js';
import Type from 'typebox';
import { resource, StringRecord, Strings } from '../../resources.js';
import { NameClusterer, type Cluster } from './cluster.js';
import { givenNameGender, isListedGivenName, soleAuthor } from './gender.js';
import { withForNamedBodies, withMistypedPeopleByTheirSurname, withoutDates, withoutFragments, withoutPossessives, withOverrunOrganisationsMended, withRepeatedSurnames, withSpelledOutAcronyms, withTitledPeopleSplit, withUntaggedGroups, withUntaggedPlaces } from './name-repairs.js';
import { knowledgeBase, phraseKey, type KbCountry, type KbRegion, type KnowledgeBase } from './kb.js';
import { pronounGender, resolvePronouns, titleGender, type Antecedent } from './pronouns.js';
import type { Gender } from './gender.js';
import { describesPerson, nounGender, nounGenderOfName, NominalFinder, type Describable } from './nominals.js';
import { treeOf, type DependencyTree } from '../tree.js';
import { quotationSpeakers, quotedWords, resolveSpeakers } from './speakers.js';
import { RoleFinder, RoleRulesSchema } from './roles.js';
import { mentionOf, type Draft, type EntityMention } from './draft.js';
import { addHeldNames } from './held-names.js';
import { addPlaceAdverbs } from './place-adverbs.js';
import { movePronounsToDescribedSubjects } from './described-subjects.js';
import { isNamedGroup, personGroups, type PersonGroup } from './groups.js';
import { commonGroupWords } from './common-groups.js';
import { subjectGroups } from './subject-groups.js';
import { isCapitalised, type Word, wordAt, wordsOf } from '../words.js';

const ActorRulesSchema = Type.Object({
  ...RoleRulesSchema.properties,
  countryPrepositions: Strings,
  notTitleWords: Strings,
  nameSectors: StringRecord,
});

const rules = resource('actor rules', (data) => data.json('actors/roles.json', ActorRulesSchema));
/** `nameSectors` as a Map: looked up by any word of a name, some of which are named like Object members ("Constructor"). */
const nameSectors = resource('name sectors', () => new Map(Object.entries(rules().nameSectors)));
/** The group each form of a party, faith or ethnicity names ("Democratic" → Democrats), from data/actors/group-names.json. */
const groupNames = resource('group names', (data) => {
  const raw = data.json('actors/group-names.json', Type.Object({ groups: Type.Record(Type.String(), Strings) }));
  return new Map(Object.entries(raw.groups).flatMap(([group, forms]) => forms.map((form): [string, string] => [form, group])));
});
/** The last words before 'for' that make a capitalised run a body's name ('Americans for Prosperity'), from data/actors/for-names.json. */
const forNameHeads = resource('for-name heads', (data) => new Set(data.json('actors/for-names.json', Type.Object({ heads: Strings })).heads));
const gazetteerLists = resource('gazetteer lists', (data) => data.json('ner/gazetteers.json', Type.Object({ lists: Type.Record(Type.String(), Strings) })).lists);

/** Words titles are made of: one-word agent nouns, and the words of the gazetteer's titles. */
const titleWords = resource('title words', (data) => {
  const stop = new Set(rules().notTitleWords);
  const agents = data.json('actors/kb.json', Type.Object({ agents: StringRecord })).agents;
  const phrases = [...Object.keys(agents).filter((noun) => !noun.includes(' ')), ...(gazetteerLists().title ?? [])];
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const word of phrase.toLowerCase().split(/\s+/)) if (/^\p{L}[\p{L}.-]*$/u.test(word) && word.length > 1 && !stop.has(word)) words.add(word);
  }
  return words;
});

/** Words that may stand before a person's name without being part of it: courtesy titles and title words. */
const personTitles = resource('person titles', (data) => {
  const { maleTitles, femaleTitles } = data.json('actors/pronouns.json', Type.Object({ maleTitles: Strings, femaleTitles: Strings }));
  return new Set([...maleTitles, ...femaleTitles, ...titleWords()]);
});


/**
 * The tagger's type, corrected where a courtesy title or the knowledge base is sure: a country's name is a GPE
 * (a person of that name only without a preposition before it: "Jordan said" vs "in Jordan"),
 * "Macron" is a person, "Kremlin" and "the Élysée" institutions.
 */
function correctedType(kb: KnowledgeBase, mention: NameMention, before: Word | undefined): EntityType {
  if (mention.type === 'NORP') return mention.type;
  // "Miss Rosenthal" read as a work or an organisation: a courtesy title opens a person's name.
  if ((mention.type === 'MISC' || mention.type === 'ORG') && /\s/.test(mention.text) && titleGender(mention.text.split(/\s/, 1)[0]) !== undefined) return 'PERSON';
  if (kb.countryByName(mention.text) !== undefined && mention.type !== 'GPE') {
    const placeContext = before !== undefined && rules().countryPrepositions.includes(before.lower);
    return mention.type === 'PERSON' && !placeContext ? 'PERSON' : 'GPE';
  }
  if (kb.countryByName(mention.text) !== undefined || kb.placeCountry(mention.text) !== undefined) return mention.type;
  const actors = kb.actorsByName(mention.text);
  if (actors.length !== 1) return mention.type;
  // "The Élysée said": a name the tagger took for a person that is an institution in the knowledge base.
  if (mention.type === 'PERSON') return actors[0]!.type === 'ORG' && actors[0]!.country !== null ? 'ORG' : 'PERSON';
  if (actors[0]!.type === 'PERSON') return 'PERSON';
  if ((mention.type === 'LOC' || mention.type === 'GPE') && actors[0]!.country !== null) return 'ORG';
  return mention.type;
}

/**
 * The family part of a surname key: Slavic surnames take a feminine ending for women
 * (Navalny / Navalnaya, Zakharov / Zakharova, Kowalski / Kowalska), which the family shares without.
 */
function familyKey(surname: string): string {
  return surname.replace(/aya$/, 'y').replace(/(ov|ev|in)a$/, '$1').replace(/ska$/, 'sky');
}

/** Whether two people share a family name (Hunter and Joe Biden, Yulia Navalnaya and Alexei Navalny). */
function sharesFamilyName(a: Cluster, b: Cluster): boolean {
  return a.surname !== null && b.surname !== null && a.surname.length >= 3 && familyKey(a.surname) === familyKey(b.surname);
}

/**
 * A one-word name the tagger did not type as a person but listed with one ("Macron and Merz",
 * "Merz, Macron and Meloni") is a person too, unless it is a known place or actor.
 */
function peopleInCoordination(names: readonly NameMention[], words: readonly Word[], kb: KnowledgeBase): NameMention[] {
  const joins = (left: NameMention, right: NameMention) => {
    const between = words.slice(wordAt(words, left.end), wordAt(words, right.start));
    return between.length === 1 && (between[0]!.lower === 'and' || between[0]!.lower === 'or' || between[0]!.text === ',');
  };
  const unknownWord = (name: NameMention) => name.type !== 'PERSON' && name.type !== 'NORP' && !/\s/.test(name.text)
    && kb.countryByName(name.text) === undefined && kb.placeCountry(name.text) === undefined && kb.actorsByName(name.text).length === 0;
  return names.map((name, i) => {
    const previous = names[i - 1];
    const next = names[i + 1];
    const listedWithPerson = (previous?.type === 'PERSON' && joins(previous, name)) || (next?.type === 'PERSON' && joins(name, next));
    return listedWithPerson && unknownWord(name) ? { ...name, type: 'PERSON' } : name;
  });
}

/**
 * The country, else the region, a demonym names, as listed or as the plural of a listed one (the
 * knowledge base lists "Thai" but not "Thais", "Americans" but not every people's plural).
 */
function demonymOf(kb: KnowledgeBase, word: string): { country?: KbCountry; region?: KbRegion } | undefined {
  for (const form of /\p{Ll}s$/u.test(word) ? [word, word.slice(0, -1)] : [word]) {
    const country = kb.countryByDemonym(form);
    if (country !== undefined) return { country };
    const region = kb.regionByDemonym(form);
    if (region !== undefined) return { region };
  }
  return undefined;
}

/** Whether a one-word name is the plural of a demonym ("Americans", "Russians", "Thais"), whatever the tagger typed it. */
function isPeoplePlural(kb: KnowledgeBase, name: NameMention): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(name.text) && demonymOf(kb, name.text) !== undefined;
}

/** The spans the values stage read as dates or times. */
function dateSpans(values: readonly Value[]): Span[] {
  return values.filter((value) => value.type === 'DATE' || value.type === 'TIME').map((value) => value.span);
}

/** An organisation's name that in capitals is its acronym ("ISIS", "UNESCO"); longer, a name shouted ("SEATTLE"). */
const ACRONYM = /^[\p{Lu}\d&.-]{2,6}$/u;

/**
 * The name of most words among a cluster's mentions, then the longest; of names as long, one
 * not written in capitals ("Jake Tapper" over a transcript's "JAKE TAPPER:", "Pasadena" over a
 * dateline's "PASADENA"); but an organisation's acronym in capitals ("ISIS" over "Isis").
 */
function fullestName(cluster: Cluster): string {
  const words = (text: string) => text.split(/\s+/).length;
  /** How names as long rank: an organisation's acronym, then a name as written, then one in capitals. */
  const casing = (text: string) => (/\p{Ll}/u.test(text) ? 1 : cluster.type === 'ORG' && ACRONYM.test(text) ? 2 : 0);
  const fuller = (name: string, best: string) => words(name) !== words(best) ? words(name) > words(best)
    : name.length !== best.length ? name.length > best.length
      : casing(name) > casing(best);
  return cluster.mentions.map((mention) => mention.text.replace(/['’]s$/u, ''))
    .reduce((best, name) => (fuller(name, best) ? name : best));
}

/** Country of a name that is a country, lies in one, or contains a country's name or demonym ("Russian Foreign Ministry"). */
function countryInName(kb: KnowledgeBase, name: string): KbCountry | undefined {
  const direct = kb.countryByName(name);
  if (direct !== undefined) return direct;
  const place = kb.placeCountry(name);
  if (place !== undefined) return kb.countries.get(place);
  for (const word of name.split(/\s+/)) {
    const country = kb.countryByDemonym(word) ?? kb.countryByName(word);
    if (country !== undefined) return country;
  }
  return undefined;
}

/**
 * The sector an organisation's own name implies: its gazetteer list, else a word of it, last
 * word first ("State Department", "Harwick Partners", "Federal Police").
 */
function sectorInName(kb: KnowledgeBase, name: string): string | undefined {
  const listed = kb.listSector(name.replace(/^the\s+/i, ''));
  if (listed !== undefined) return listed;
  const words = name.toLowerCase().split(/\s+/).reverse();
  for (const word of words) {
    const sector = nameSectors().get(word) ?? kb.agentSector(word);
    if (sector !== undefined) return sector;
  }
  return undefined;
}

/**
 * A key that names the same actor in every article: the knowledge-base id when linked, else the
 * type and the spelling-folded full name (so "Alexei Navalny" and "Alexei Nawalny" meet, and
 * Boris and Ellen Johnson do not). A person known only by a surname gets none: it would join
 * different people who share it. The country is left out: articles infer it differently.
 */
function actorKey(type: EntityType, name: string, kb: string | null): string | null {
  if (kb !== null) return kb;
  const words = name.split(/\s+/).map(phraseKey).filter(Boolean);
  if (type === 'PERSON' && words.length < 2) return null;
  return `${type.toLowerCase()}:${words.join('-')}`;
}

function salience(mentions: readonly EntityMention[], most: number, textLength: number): number {
  const first = mentions[0]?.start ?? textLength;
  // Mostly how often it is mentioned, a little how early it first appears.
  const value = 0.8 * (mentions.length / most) + 0.2 * (1 - first / Math.max(textLength, 1));
  return Math.round(1000 * value) / 1000;
}

/**
 * Country codes each sentence names (countries, their demonyms, and cities and regions the
 * knowledge base places), in the order they appear.
 */
function countriesBySentence(drafts: readonly Draft[], words: readonly Word[], kb: KnowledgeBase): Map<number, string[]> {
  const found: { sentence: number; start: number; code: string }[] = [];
  for (const draft of drafts) {
    if (draft.type !== 'GPE') continue;
    const code = draft.kb === `iso:${draft.country}` ? draft.country : kb.placeCountry(draft.name) ?? null;
    if (code === null) continue;
    for (const mention of draft.mentions) {
      const sentence = words[wordAt(words, mention.start)]?.sentence;
      if (sentence !== undefined) found.push({ sentence, start: mention.start, code });
    }
  }
  const bySentence = new Map<number, string[]>();
  for (const { sentence, code } of found.sort((a, b) => a.start - b.start)) {
    const list = bySentence.get(sentence) ?? [];
    if (!list.includes(code)) list.push(code);
    bySentence.set(sentence, list);
  }
  return bySentence;
}

/**
 * Adds to each person the first-person pronouns they speak and the second-person ones put to
 * them, and to an interviewee's organisation the "we" they speak for it.
 */
function addSpeakers(article: Article, words: readonly Word[], drafts: readonly Draft[], personGroupsFound: readonly PersonGroup[]): void {
  const people = drafts.filter((draft) => draft.type === 'PERSON' && draft.cluster !== null);
  const organisations = drafts.filter((draft) => draft.type === 'ORG' && draft.cluster !== null);
  const personAt = new Map<number, Antecedent>();
  for (const draft of people) for (const mention of draft.mentions) personAt.set(wordAt(words, mention.start), draft.antecedent);
  const byAntecedent = new Map([...people, ...organisations, ...personGroupsFound.map((found) => found.draft)].map((draft) => [draft.antecedent, draft]));
  const speakerOf = (draft: Draft) => ({ antecedent: draft.antecedent, names: draft.cluster!.mentions.flatMap((mention) => mention.text.toLowerCase().split(/\s+/)), mentions: draft.mentions.length });
  const resolved = resolveSpeakers({
    title: article.title,
    text: article.text,
    paragraphs: article.paragraphs,
    words,
    people: people.map(speakerOf),
    organisations: organisations.map(speakerOf),
    groups: personGroupsFound.map((found) => ({ antecedent: found.draft.antecedent, members: found.members.map((member) => member.antecedent), speaker: found.speaker })),
    bareTitles: new Set(people.filter(isBareTitled).map((draft) => draft.antecedent)),
    personAt,
    bylined: soleAuthor(article.byline) !== undefined,
  });
  for (const [index, antecedent] of resolved) byAntecedent.get(antecedent)!.mentions.push(mentionOf(words[index]!, 'pronoun'));
}

/**
 * The nouns titles end in ("minister" of "Foreign Minister", "judge" of "Chief Court Judge"):
 * person nouns for descriptions. Not the agent dictionary's nouns, which mix people with
 * institutions, plurals and ships.
 */
const titleHeads = resource('title heads', () => new Set((gazetteerLists().title ?? [])
  .map((title) => title.toLowerCase().split(/\s+/).at(-1)!)
  .filter((word) => /^\p{L}+$/u.test(word))));

const nominalFinder = resource('nominal finder', () => new NominalFinder(titleHeads()));

/** Whether a draft is a person the tagger named by a title alone ("Dame", "Governor of Virginia" as tagged "Governor"). */
function isBareTitled(draft: Draft): boolean {
  return draft.type === 'PERSON' && draft.cluster !== null && draft.mentions.every((mention) => mention.kind !== 'name' || isBareTitle(mention.text));
}

/**
 * Adds to each draft the descriptions of it ("the company", "a lawyer", "the 45-year-old"). A
 * person named by a title alone that no one holds (`withBareTitlesJoined`) is a title the
 * descriptions may read ("she was made a Dame", "served as Governor"): where one does, the title
 * goes to the one described, with what was resolved to it. Returns the drafts left.
 */
function addNominals(text: string, words: readonly Word[], drafts: readonly Draft[], tree: DependencyTree | undefined): Draft[] {
  const bare = new Set(drafts.filter(isBareTitled));
  const titleAt = new Map<number, Draft>();
  for (const draft of bare) for (const mention of draft.mentions) if (mention.kind === 'name') titleAt.set(wordAt(words, mention.start), draft);
  drafts = drafts.filter((draft) => !bare.has(draft));
  const covered = new Set<number>();
  const mentionStart = new Map<number, Describable>();
  const mentionEnd = new Map<number, Describable>();
  const mentionFirst = new Map<number, number>();
  const describables = new Map<Describable, Draft>();
  const pronouns = new Set<number>();
  for (const draft of drafts) {
    // A group ("Smith and Jones", "Britain and Norway") is no one a singular description describes; its own
    // mentions (and the plural descriptions of it found with them) are no one else's.
    if (isNamedGroup(draft)) {
      for (const mention of draft.mentions) {
        if (mention.kind === 'pronoun') continue;
        for (let i = wordAt(words, mention.start); i < wordAt(words, mention.end); i++) covered.add(i);
      }
      continue;
    }
    const describable: Describable = { type: draft.type, country: draft.kb?.startsWith('iso:') === true || draft.kb?.startsWith('region:') === true, gender: draft.antecedent.gender, positions: [], words: new Set(), age: null };
    describables.set(describable, draft);
    for (const role of draft.roles) for (const word of role.title?.toLowerCase().split(/\s+/) ?? []) describable.words.add(word);
    for (const mention of draft.mentions) {
      const first = wordAt(words, mention.start);
      const last = wordAt(words, mention.end) - 1;
      describable.positions.push(first);
      mentionStart.set(first, describable);
      mentionEnd.set(last, describable);
      mentionFirst.set(last, first);
      if (mention.kind === 'pronoun') {
        pronouns.add(last);
        continue;
      }
      for (let i = first; i <= last; i++) {
        covered.add(i);
        if (mention.kind === 'name') describable.words.add(words[i]!.lower);
      }
    }
  }
  const absorbed = new Set<Draft>();
  for (const nominal of nominalFinder().find(words, [...describables.keys()], mentionStart, mentionEnd, mentionFirst, pronouns, (index) => covered.has(index), tree)) {
    const draft = describables.get(nominal.target)!;
    draft.mentions.push(mentionOf(span(text, words[nominal.first]!.start, words[nominal.last]!.end), 'nominal'));
    for (let i = nominal.first; i <= nominal.last; i++) {
      const title = titleAt.get(i);
      if (title === undefined || absorbed.has(title)) continue;
      const start = words[i]!.start;
      const at = title.mentions.findIndex((mention) => mention.start === start && mention.kind === 'name');
      if (at < 0) continue;
      title.mentions.splice(at, 1);
      if (title.mentions.some((mention) => mention.kind === 'name')) continue;
      draft.mentions.push(...title.mentions);
      absorbed.add(title);
    }
  }
  return [...drafts, ...[...bare].filter((draft) => !absorbed.has(draft))];
}

/** How many words after a one-word name the pronoun that continues it may stand. */
const CONTINUATION_WORDS = 25;
const QUOTATION_MARKS = new Set(['"', '“', '”', "''", '``']);

/**
 * The gender of the first "he" or "she" (in any form) after the one-word name at word `at`, when
 * nothing else could take it: no person named as its sentence's subject before it, no other person's name in between, no gendered person noun ("his
 * wife"), no quotation mark; within the name's sentence and the next, CONTINUATION_WORDS at most.
 * "Okafor put speed over safety ... why she left the agency's files exposed": that Okafor is a
 * woman, whichever Okafor the article named in full.
 */
function continuingPronounGender(words: readonly Word[], at: number, personStarts: ReadonlySet<number>): Gender | undefined {
  const sentence = words[at]!.sentence;
  // "Ginsburg apologizes for Trump comments ... with her opinions": the subject of its sentence,
  // named before it, is as likely to be the one the pronoun continues ("In Sherman's speech, she
  // cited Clinton's visit in which she ..." names no such subject).
  for (let i = at - 1; i >= 0 && words[i]!.sentence === sentence; i--) if (personStarts.has(i) && beforeVerb(words, i)) return undefined;
  for (let i = at + 1; i < words.length && i <= at + CONTINUATION_WORDS && words[i]!.sentence <= sentence + 1; i++) {
    const word = words[i]!;
    if (personStarts.has(i) || QUOTATION_MARKS.has(word.text) || nounGender(word.text) !== undefined) return undefined;
    const gender = pronounGender(word.text);
    if (gender !== undefined) return gender;
  }
  return undefined;
}

/** Whether the name starting at word `first` is followed by a verb, past the rest of the name: a clause's subject. */
function beforeVerb(words: readonly Word[], first: number): boolean {
  let next = first + 1;
  while (words[next]?.pos === 'PROPN') next++;
  return words[next]?.pos === 'VERB' || words[next]?.pos === 'AUX';
}

/**
 * Whether a person's name is only a title: title nouns ("Secretary", "the Secretary", "Chief
 * Justice"), after a courtesy title or an article at most ("Mr. President").
 */
function isBareTitle(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => !/^the$/i.test(word));
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word) && (titleGender(word) !== undefined || titleHeads().has(word.toLowerCase()) || describesPerson(word.toLowerCase())));
}

/**
 * A person the tagger named by a title alone ("the Secretary", "General, is this a waiver?",
 * "Emperor") is the one person of the article named with that title before their name
 * ("Secretary Cardona", "General Prelogar", "Emperor Joshua Norton"), or given it as a role;
 * with none or several such people, it stays apart. Returns the drafts left.
 */
function withBareTitlesJoined(drafts: readonly Draft[], words: readonly Word[]): Draft[] {
  const people = drafts.filter((draft) => draft.type === 'PERSON' && draft.cluster !== null);
  const bare = new Set(people.filter((draft) => draft.mentions.every((mention) => mention.kind !== 'name' || isBareTitle(mention.text))));
  if (bare.size === 0) return [...drafts];
  const titled = (draft: Draft, title: string) => draft.mentions.some((mention) => mention.kind === 'name' && !isBareTitle(mention.text)
    && mention.text.split(/\s+/).filter((word) => !/^the$/i.test(word) && titleGender(word) === undefined)[0]?.toLowerCase().replace(/\.$/, '') === title)
    || draft.roles.some((role) => role.title?.toLowerCase().split(/\s+/).at(-1) === title);
  const joined = new Set<Draft>();
  for (const draft of bare) {
    const name = draft.mentions.find((mention) => mention.kind === 'name')!.text;
    const title = name.split(/\s+/).filter((word) => !/^the$/i.test(word)).at(-1)!.toLowerCase().replace(/\.$/, '');
    const holders = people.filter((other) => !bare.has(other) && titled(other, title));
    if (holders.length !== 1) continue;
    joinInto(holders[0]!, draft, words);
    joined.add(draft);
  }
  return drafts.filter((draft) => !joined.has(draft));
}

/** Moves every mention of `draft` to `holder`, the actor it turned out to name. */
function joinInto(holder: Draft, draft: Draft, words: readonly Word[]): void {
  for (const mention of draft.mentions) {
    holder.mentions.push(mention);
    holder.antecedent.positions.push(wordAt(words, mention.start));
  }
}

/**
 * An organisation or place called "the Group" or "the Company" after it was described as "a
 * group" or "a company" ("Vava'u is a group of islands ... living in the Group"): a one-word name
 * written after "the" each time, whose word is the head of a description of exactly one other
 * organisation or place before it, is that one. Returns the drafts left.
 */
function withDescribedShortFormsJoined(drafts: readonly Draft[], words: readonly Word[]): Draft[] {
  const others = drafts.filter((draft) => draft.type !== 'PERSON' && !isNamedGroup(draft));
  const joined = new Set<Draft>();
  for (const draft of others) {
    const names = draft.mentions.filter((mention) => mention.kind === 'name');
    const word = names[0]?.text;
    if (word === undefined || /\s/.test(word) || !names.every((mention) => mention.text === word && words[wordAt(words, mention.start) - 1]?.lower === 'the')) continue;
    const first = Math.min(...names.map((mention) => mention.start));
    const describedAs = (other: Draft) => other !== draft && !joined.has(other) && other.mentions.some((mention) => mention.kind === 'nominal' && mention.start < first
      && words[wordAt(words, mention.end) - 1]?.lower === word.toLowerCase());
    const holders = others.filter(describedAs);
    if (holders.length !== 1) continue;
    joinInto(holders[0]!, draft, words);
    joined.add(draft);
  }
  return drafts.filter((draft) => !joined.has(draft));
}

export const actorAnnotator: Annotator<'entities'> = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'names', 'values'],
  assigns: 'entities',
  englishOnly: true,
  annotate({ article, layers }) {
    const text = article.text;
    const kb = knowledgeBase();
    const words = wordsOf(layers.tokens!, layers.sentences!);
    const roles = new RoleFinder(kb, titleWords(), rules());
    const clusterer = new NameClusterer(kb, personTitles());
    const drafts = new Map<Cluster, Draft>();
    const groups = new Map<string, Draft>();
    const ordered: Draft[] = [];

    const newDraft = (cluster: Cluster | null, type: EntityType, name: string, kbId: string | null, country: string | null): Draft => {
      const draft: Draft = { cluster, type, name, mentions: [], roles: [], country, sector: null, kb: kbId, antecedent: { type, gender: null, positions: [] } };
      ordered.push(draft);
      return draft;
    };
    const mentionAt = (draft: Draft, mention: EntityMention) => {
      draft.mentions.push(mention);
      draft.antecedent.positions.push(wordAt(words, mention.start));
    };
    /** Countries and regions are one entity however they are named: "Russia", "Russian", "Russia's". */
    const group = (key: string, make: () => Draft) => {
      let draft = groups.get(key);
      if (draft === undefined) groups.set(key, (draft = make()));
      return draft;
    };

    const isTitleNoun = (word: string) => titleHeads().has(word) || nounGender(word) !== undefined;
    const repaired = withForNamedBodies(text, withSpelledOutAcronyms(text, withOverrunOrganisationsMended(text, withTitledPeopleSplit(withoutFragments(withoutPossessives(withoutDates(layers.names ?? [], dateSpans(layers.values ?? [])))), words, isTitleNoun), words), words), words, forNameHeads());
    const isKnown = (name: string) => kb.placeCountry(name) !== undefined || kb.countryByName(name) !== undefined || kb.actorsByName(name).length > 0;
    const retyped = withMistypedPeopleByTheirSurname(repaired, isListedGivenName, isKnown);
    const isKnownPerson = (name: string) => kb.actorsByName(name).some((actor) => actor.type === 'PERSON');
    const untaggedPlaces = withUntaggedPlaces(withRepeatedSurnames(retyped, words, isKnownPerson), words, (name) => kb.placeCountry(name) !== undefined);
    const names = peopleInCoordination(withUntaggedGroups(untaggedPlaces, words, (name) => groupNames().get(name) === name), words, kb);
    const personStarts = new Set(names.filter((name) => name.type === 'PERSON').map((name) => wordAt(words, name.start)));
    for (const name of names) {
      const mention = mentionOf(name, 'name');
      const before = words[wordAt(words, name.start) - 1];
      // Nationality words stand for their country or region: "Russian forces", "European
      // leaders", "pro-Russian party"; so do a people's plural the tagger took for a name
      // ("puts Americans at risk").
      if (name.type === 'NORP' || name.type === 'MISC' || isPeoplePlural(kb, name)) {
        const demonym = name.text.replace(/^(pro|anti|non)-/i, '');
        const found = demonymOf(kb, demonym);
        const country = found?.country;
        const region = found?.region;
        if (country !== undefined || region !== undefined) {
          const key = country !== undefined ? `iso:${country.code}` : `region:${region!.key}`;
          const draft = group(key, () => newDraft(null, country !== undefined ? 'GPE' : 'LOC', country?.name ?? region!.name, key, country?.code ?? null));
          mentionAt(draft, mentionOf(name, 'demonym'));
          continue;
        }
        // "Democratic voters", "a Democrat", "Democrats": one group, named by its plural.
        const people = groupNames().get(name.text);
        if (people !== undefined) {
          mentionAt(group(`people:${people}`, () => newDraft(null, 'NORP', people, null, null)), mention);
          continue;
        }
      }
      // "Mrs. Clinton", "actress Susan Sarandon", "her husband Lindsey Smith": a title or a
      // person noun before a name says its gender over the given name's (nominals.ts `nounGenderOfName`).
      const first = name.text.split(/\s+/)[0]!;
      const givenName = /\s/.test(name.text) && isListedGivenName(first) ? givenNameGender(first) : null;
      // A bare name's likely gender: what the "he" or "she" that continues it says.
      const continued = name.type === 'PERSON' && !/\s/.test(name.text) ? continuingPronounGender(words, wordAt(words, name.start), personStarts) : undefined;
      const gender = titleGender(before?.text) ?? (before?.pos === 'NOUN' ? nounGenderOfName(before.text, givenName) : undefined) ?? null;
      const cluster = clusterer.add({ ...name, type: correctedType(kb, name, before) }, gender, continued ?? null, before?.lower === 'the');
      let draft = drafts.get(cluster);
      if (draft === undefined) {
        const country = cluster.country;
        const region = cluster.type === 'LOC' || cluster.type === 'GPE' ? kb.regionByName(name.text) : undefined;
        const key = country !== null && cluster.type === 'GPE' ? `iso:${country.code}` : region !== undefined ? `region:${region.key}` : null;
        const make = () => newDraft(cluster, cluster.type, country !== null && key?.startsWith('iso:') ? country.name : name.text, cluster.kb?.id ?? key, country?.code ?? null);
        draft = key !== null ? group(key, make) : make();
        drafts.set(cluster, draft);
      }
      mentionAt(draft, mention);
      if (cluster.type === 'PERSON' || cluster.type === 'ORG') {
        const role = roles.find(text, words, name.start, name.end);
        if (role !== null && !draft.roles.some((known) => known.title === role.title && known.country === role.country)) draft.roles.push(role);
      }
    }

    const joined = withBareTitlesJoined(ordered, words);
    ordered.splice(0, ordered.length, ...joined);
    for (const draft of ordered) if (draft.cluster !== null) draft.antecedent.gender ??= draft.cluster.gender;
    const personGroupsFound = personGroups(text, words, ordered, (word) => isCapitalised(word) && personTitles().has(word.lower));
    ordered.push(...personGroupsFound.map((found) => found.draft));
    const tree = layers.parse === undefined ? undefined : treeOf(layers.parse);
    // Actors of other kinds named together as a subject ("Britain and Norway said ... they"): a
    // plural antecedent as a group of people is, acting for no one country.
    const actorGroups = tree === undefined ? [] : subjectGroups(text, words, ordered, tree);
    ordered.push(...actorGroups);
    const byAntecedent = new Map(ordered.map((draft) => [draft.antecedent, draft]));
    const quoted = quotedWords(words, text, article.paragraphs);
    const personAt = new Map<number, Antecedent>();
    for (const draft of ordered) if (draft.type === 'PERSON' && draft.cluster !== null) for (const mention of draft.mentions) personAt.set(wordAt(words, mention.start), draft.antecedent);
    const speakerOf = quotationSpeakers(words, text, article.paragraphs, personAt);
    for (const [index, antecedent] of resolvePronouns(words, ordered.map((draft) => draft.antecedent), quoted, tree, speakerOf)) {
      byAntecedent.get(antecedent)!.mentions.push(mentionOf(words[index]!, 'pronoun'));
    }
    addSpeakers(article, words, ordered, personGroupsFound);
    const described = addNominals(text, words, ordered, tree);
    movePronounsToDescribedSubjects(words, ordered, tree);
    ordered.splice(0, ordered.length, ...withDescribedShortFormsJoined(ordered.filter((draft) => described.includes(draft)), words));
    addPlaceAdverbs(words, ordered, quoted);
    // "A 54% majority of independents endorse ...": a group a common noun names, where no mention is.
    const taken = new Set(ordered.flatMap((draft) => draft.mentions.flatMap((mention) => Array.from({ length: wordAt(words, mention.end) - wordAt(words, mention.start) }, (_, k) => wordAt(words, mention.start) + k))));
    for (const { index, group: people } of commonGroupWords(words, (i) => taken.has(i))) {
      mentionAt(group(`common:${people}`, () => newDraft(null, 'MISC', people, null, null)), mentionOf(words[index]!, 'name'));
    }

    const sentenceCountries = countriesBySentence(ordered, words, kb);
    // A place the knowledge base knows, named only inside other names ("the Pittsburgh Pirates"): one draft per name.
    const heldPlaces = new Map<string, Draft>();
    const heldPlace = (name: string): Draft | undefined => {
      const country = kb.countryByName(name);
      const placeCountry = country === undefined ? kb.placeCountry(name) : undefined;
      if (country === undefined && placeCountry === undefined) return undefined;
      let draft = heldPlaces.get(name);
      if (draft === undefined) {
        draft = country !== undefined ? group(`iso:${country.code}`, () => newDraft(null, 'GPE', country.name, `iso:${country.code}`, country.code)) : newDraft(null, 'GPE', name, null, placeCountry!);
        heldPlaces.set(name, draft);
      }
      return draft;
    };
    const heldNames = addHeldNames(text, words, ordered, kb, groups, heldPlace);
    // How much each country is the article's: its mentions, and one more if the first sentence names it.
    const countryMentions = new Map<string, number>();
    for (const [sentence, codes] of sentenceCountries) {
      for (const code of codes) countryMentions.set(code, (countryMentions.get(code) ?? 0) + (sentence === 0 ? 2 : 1));
    }
    /**
     * The most mentioned country: among `among` (a sentence's countries, in order; ties go to
     * the one named first), or in the whole article when no other is mentioned as often.
     */
    const mainCountry = (among: string[] | null): string | null => {
      if (among !== null) return among.reduce((best, code) => ((countryMentions.get(code) ?? 0) > (countryMentions.get(best) ?? 0) ? code : best));
      const ranked = [...countryMentions].sort((a, b) => b[1] - a[1]);
      return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
    };
    // What each actor's own evidence says: its role, the knowledge base, its name.
    const resolved = ordered.map((draft) => {
      draft.mentions.sort((a, b) => a.start - b.start);
      if (actorGroups.includes(draft)) return { draft, name: draft.name, sector: null, country: null };
      const cluster = draft.cluster;
      const name = cluster !== null && draft.kb?.startsWith('iso:') !== true ? fullestName(cluster) : draft.name;
      const kbActor = cluster?.kb ?? null;
      const sector = draft.roles.find((role) => role.sector !== null)?.sector
        ?? kbActor?.sector
        ?? (draft.type === 'ORG' ? sectorInName(kb, name) : undefined)
        ?? null;
      const country = draft.roles.find((role) => role.country !== null)?.country ?? draft.country ?? kbActor?.country
        ?? (draft.type !== 'PERSON' ? countryInName(kb, name)?.code : undefined) ?? null;
      return { draft, name, sector, country };
    });
    // "Ministry spokeswoman Maria Zakharova" after "Russia's Foreign Ministry": a title naming an
    // organisation of the article by its last word places the person with it.
    const lastWords = new Map(resolved.map((actor) => [actor, actor.name.toLowerCase().split(/\s+/).at(-1)]));
    const placedByInstitution = (draft: Draft) => {
      const first = draft.mentions.find((mention) => mention.kind === 'name');
      if (first === undefined) return undefined;
      const index = wordAt(words, first.start);
      const before = words.slice(Math.max(0, index - 3), index).filter((word) => word.sentence === words[index]?.sentence && isCapitalised(word));
      return resolved.find((other) => other.draft.type === 'ORG' && other.country !== null
        && before.some((word) => lastWords.get(other) === word.lower));
    };
    for (const actor of resolved) {
      const { draft, sector } = actor;
      if (actor.country !== null || actorGroups.includes(draft)) continue;
      const institution = draft.type === 'PERSON' ? placedByInstitution(draft) : undefined;
      if (institution !== undefined) {
        actor.country = institution.country;
        actor.sector ??= institution.sector;
        continue;
      }
      // A person placed nowhere else who shares a surname with one placed acts for the same
      // country (Hunter and Joe Biden).
      if (draft.type === 'PERSON' && draft.cluster !== null) {
        const relative = resolved.find((other) => other.country !== null && other.draft.type === 'PERSON' && other.draft.cluster !== null
          && sharesFamilyName(draft.cluster!, other.draft.cluster));
        if (relative !== undefined) {
          actor.country = relative.country;
          continue;
        }
      }
      // Else it acts for the country named in its first sentence (the article's main country if
      // that sentence names several or none); international bodies and regions stay without one.
      if (sector !== 'IGO' && draft.kb?.startsWith('region:') !== true && draft.type !== 'NORP' && draft.type !== 'MISC') {
        const sentence = words[wordAt(words, draft.mentions.find((mention) => mention.kind !== 'pronoun')?.start ?? 0)]?.sentence;
        const named = sentence === undefined ? [] : sentenceCountries.get(sentence) ?? [];
        actor.country = named.length === 1 ? named[0]! : mainCountry(named.length > 0 ? named : null);
      }
    }

    // A name held inside another is no sign of how much the article is about its actor ("the Washington Post").
    const counted = (draft: Draft) => draft.mentions.filter((mention) => !heldNames.has(mention));
    const most = Math.max(1, ...ordered.map((draft) => counted(draft).length));
    return resolved.map(({ draft, name, sector, country }, index): Entity => ({
      id: `e${index + 1}`,
      name,
      type: draft.type,
      country,
      sector,
      roles: draft.roles.filter((role) => role.title !== null).map((role) => ({ title: role.title!, country: role.country, span: role.span })),
      kb: draft.kb,
      // A group named together is no actor of its own across articles.
      key: isNamedGroup(draft) ? null : actorKey(draft.type, name, draft.kb),
      salience: salience(counted(draft), most, text.length),
      mentions: draft.mentions,
    })).sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
  },
};
