/**
 * In-document coreference of names: which name mentions are one actor. People are matched
 * by surname key and compatible given names ("Donald Trump", "Trump"; "J.D. Vance", "JD
 * Vance", "Vance"); a bare name goes to the most recently named person it fits (by surname,
 * else by any part of the name: "Xi", "Lula", "Shehbaz"), and a courtesy title's gender
 * decides between two people who share a surname. Organisations and places are matched by
 * their normalised name, acronyms by initials, capitals by their country, and everything by
 * the knowledge-base entry it names; an organisation also by the end of one other's name
 * ("Red Sox" after "Boston Red Sox"), and a place by the last word of one other's name after
 * "the" ("the Square" after "Jack London Square").
 */
import Type from 'typebox';
import type { EntityType } from '../../document/contract.js';
import type { NameMention } from '../../document/doc.js';
import { generationOf } from '../../nlp/names.js';
import { resource, Strings } from '../../resources.js';
import { givenNameGender, type Gender } from './gender.js';
import { phraseKey, type KbActor, type KbCountry, type KnowledgeBase } from './kb.js';
import { nameKey, nameParts, sameNameKey } from './normalize.js';
import { isDescriptorNoun } from './nominals.js';

/** One actor being formed: its name mentions and what is known of it. */
export interface Cluster {
  type: EntityType;
  readonly mentions: NameMention[];
  /** For people: the surname key, the given-name keys seen with it, and every name part's key. */
  surname: string | null;
  given: readonly string[];
  readonly parts: Set<string>;
  /** For a person named with a generational suffix: its key ("jr" of "Donald Trump Jr."), else null. */
  readonly generation: string | null;
  gender: Gender | null;
  /** For a person known so far by a bare name: the gender the pronouns continuing it say. */
  likely: Gender | null;
  country: KbCountry | null;
  /** For a capital city: its country's code, which joins "Kyiv" and "Kiev". */
  capitalOf: string | null;
  kb: KbActor | null;
  /** The index of the mention that introduced this cluster, then of its latest mention. */
  readonly first: number;
  last: number;
}

/** Honours, degrees and generations written after a full name ("FRS", "DBE", "Jr."). */
const nameSuffixes = resource('name suffixes', (data) => new Set(data.json('actors/pronouns.json', Type.Object({ nameSuffixes: Strings })).nameSuffixes));

const NO_WORDS: ReadonlySet<string> = new Set();

/** Words that say what kind of organisation or place a name is (data/actors/name-designators.json), as phrase keys. */
const designators = resource('name designators', (data) => {
  const lists = data.json('actors/name-designators.json', Type.Object({ organisation: Strings, organisationOpeners: Strings, place: Strings, placeOpeners: Strings }));
  const keys = (words: readonly string[]) => new Set(words.map((word) => phraseKey(word)));
  return { organisation: { last: keys(lists.organisation), openers: keys(lists.organisationOpeners) }, place: { last: keys(lists.place), openers: keys(lists.placeOpeners) } };
});

/**
 * The key an organisation's or place's name is compared by: without a leading "the", a hyphen
 * between two letters read as a space ("Basse-Terre" and "Basse Terre").
 */
const otherKey = (text: string) => phraseKey(text.replace(/^the\s+/i, '').replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, ' '));

const isPlaceType = (type: EntityType) => type === 'LOC' || type === 'GPE' || type === 'FAC';

/**
 * The key of a name without the word that says what kind of body or place it is ("harvard" of
 * "Harvard University", "socotra" of "Socotra Island", "georgia" of "University of Georgia"),
 * or null when it has none or nothing else.
 */
function designatedCore(key: string, type: EntityType): string | null {
  const lists = type === 'ORG' ? designators().organisation : isPlaceType(type) ? designators().place : null;
  if (lists === null) return null;
  const words = key.split(' ');
  if (words.length < 2) return null;
  if (lists.last.has(words.at(-1)!)) return words.slice(0, -1).join(' ');
  for (const opener of lists.openers) if (key.startsWith(`${opener} `) && key.length > opener.length + 1) return key.slice(opener.length + 1);
  return null;
}

/** Name tokens without courtesy titles, suffixes after a full name, or possessive endings. */
function nameTokens(text: string, titles: ReadonlySet<string>, suffixes: ReadonlySet<string> = NO_WORDS): string[] {
  const tokens = text.replace(/['’]s$/u, '').split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && titles.has(tokens[0]!.toLowerCase())) tokens.shift();
  // "Trump Jr.": a generation comes off a surname alone too (the cluster keeps it apart).
  if (suffixes !== NO_WORDS && tokens.length > 1 && generationOf(tokens.at(-1)!) !== null) tokens.pop();
  // "Daniel Bernoulli FRS": a given name and a surname stay.
  while (tokens.length > 2 && suffixes.has(tokens.at(-1)!.toLowerCase().replace(/[.,]+$/, ''))) tokens.pop();
  return tokens;
}

/** Given-name keys, with initials spelt out as letters ("J.D." and "JD" → ["j", "d"]). */
function givenKeys(parts: readonly string[]): string[] {
  return parts.flatMap((part) => {
    const letters = part.replace(/\./g, '');
    if (/^\p{Lu}{1,3}$/u.test(letters)) return [...letters.toLowerCase()];
    return [nameKey(part)];
  });
}

/**
 * Whether two given-name lists can belong to one person: initials match names, nothing
 * contradicts; or one given name is a middle name of the other's, the one a person goes by
 * ("Otto Jespersen" of "Jens Otto Harry Jespersen").
 */
function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  if (sameNameKey(x, y)) return true;
  const [single, full] = a.length === 1 ? [x, b] : b.length === 1 ? [y, a] : [null, []];
  return single !== null && full.slice(1).some((middle) => middle.length > 1 && sameNameKey(middle, single));
}

/** Initials of a name, with and without its lower-case words: "Bank of Japan" → ["BJ", "BOJ"]. */
function initials(phrase: string): string[] {
  const words = phrase.split(/[\s\u2010-]+/).filter(Boolean);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  const all = words.map((word) => word[0]!.toUpperCase()).join('');
  return capitalised === all ? [all] : [capitalised, all];
}

/** Name mentions since the latest person of a surname was named within which a bare surname is theirs. */
const RECENT_NAMES = 3;
/** How many more mentions the most named person of a surname needs to take a bare surname from the latest. */
const DOMINANT_FACTOR = 3;
/** Name mentions that make a person the one a bare surname means even right after a namesake named once. */
const TOPIC_NAMES = 3;

/** How many words a country's name may run to at the start of an organisation's ("United Arab Emirates"). */
const COUNTRY_WORDS = 3;

const isAcronym = (text: string) => /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(text);

/** How a cluster's mentions are spelt, as `findOther` compares them: kept as mentions are added, not recomputed for each new mention. */
interface Spellings {
  /** Each mention's phrase key, without a leading "the". */
  readonly keys: Set<string>;
  /** The initials of each mention. */
  readonly initials: Set<string>;
  /** The mentions that are acronyms. */
  readonly acronyms: string[];
  /** The keys of mentions named with a designator, without it ("harvard" of "Harvard University"). */
  readonly cores: Set<string>;
}

/** A person's name as clusters compare it. */
interface PersonName {
  readonly surname: string;
  readonly given: readonly string[];
  readonly parts: readonly string[];
}

export class NameClusterer {
  readonly clusters: Cluster[] = [];
  private index = 0;
  /** A document names the same people again and again: their names are read once. */
  private readonly personNames = new Map<string, PersonName>();
  private readonly spellings = new Map<Cluster, Spellings>();
  /** The organisations whose names end in a phrase key's words ("red sox" of "Boston Red Sox"). */
  private readonly organisationTails = new Map<string, Set<Cluster>>();
  /** The places whose names of several words end in a word's key ("square" of "Jack London Square"). */
  private readonly placeTails = new Map<string, Set<Cluster>>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly titles: ReadonlySet<string>,
  ) {}

  /**
   * Adds one name mention (in text order) to its cluster; `gender` is what a courtesy title before
   * it says, `likely` what the pronoun that continues a bare name says (weaker: it picks between
   * namesakes, and keeps a full name of the other gender from a person known so far only by that
   * bare name, but never keeps a name from the only person it fits). `definite`: the name is
   * written after "the".
   */
  add(mention: NameMention, gender: Gender | null = null, likely: Gender | null = null, definite = false): Cluster {
    const index = this.index++;
    // A one-word name the tagger typed otherwise but that is the surname of a person already
    // named is that person ("Zelenskyy" tagged ORG after "Volodymyr Zelenskiy"); a place's name
    // only when spelled exactly so ("Washington" after "Denzel Washington", not "Virginia" after
    // a "Virginian" the tagger took for a person).
    const asPerson = mention.type !== 'PERSON' && !/\s/.test(mention.text) && this.kb.countryByName(mention.text) === undefined
      ? this.findPerson({ ...mention, type: 'PERSON' }, gender, true, this.kb.placeCountry(mention.text) !== undefined)
      : undefined;
    const found = asPerson ?? (mention.type === 'PERSON' ? this.findPerson(mention, gender, false, false, likely) ?? this.spelledAsOther(mention) : this.findOther(mention, definite));
    if (found !== undefined) {
      found.mentions.push(mention);
      this.remember(found, mention);
      found.last = index;
      found.gender ??= gender;
      found.likely ??= likely;
      return found;
    }
    const cluster = this.newCluster(mention, index, gender);
    cluster.likely = likely;
    this.clusters.push(cluster);
    this.remember(cluster, mention);
    return cluster;
  }

  /**
   * An organisation's key with the country its name opens with written as the country's code:
   * "U.S. Congress" and "United States Congress" are one body, as are "UK Parliament" and
   * "United Kingdom Parliament". Null when the name opens with no country or is one.
   */
  private countryOpenedKey(text: string): string | null {
    const words = text.replace(/^the\s+/i, '').replace(/['’]s$/u, '').split(/\s+/);
    for (let n = Math.min(words.length - 1, COUNTRY_WORDS); n >= 1; n--) {
      const country = this.kb.countryByName(words.slice(0, n).join(' '));
      if (country !== undefined) return `${country.code} ${phraseKey(words.slice(n).join(' '))}`;
    }
    return null;
  }

  private remember(cluster: Cluster, mention: NameMention): void {
    let spellings = this.spellings.get(cluster);
    if (spellings === undefined) this.spellings.set(cluster, (spellings = { keys: new Set(), initials: new Set(), acronyms: [], cores: new Set() }));
    const key = otherKey(mention.text);
    spellings.keys.add(key);
    const core = designatedCore(key, cluster.type);
    if (core !== null) spellings.cores.add(core);
    if (cluster.type === 'ORG') {
      const countryKey = this.countryOpenedKey(mention.text);
      if (countryKey !== null) spellings.keys.add(countryKey);
    }
    if (cluster.type === 'ORG') {
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        const tail = key.slice(space + 1);
        const owners = this.organisationTails.get(tail);
        if (owners === undefined) this.organisationTails.set(tail, new Set([cluster]));
        else owners.add(cluster);
      }
    }
    if (isPlaceType(cluster.type) && key.includes(' ')) {
      const tail = key.slice(key.lastIndexOf(' ') + 1);
      this.placeTails.set(tail, (this.placeTails.get(tail) ?? new Set()).add(cluster));
    }
    for (const letters of initials(mention.text)) spellings.initials.add(letters);
    if (isAcronym(mention.text)) spellings.acronyms.push(mention.text);
  }

  private personName(mention: NameMention): PersonName {
    let name = this.personNames.get(mention.text);
    if (name === undefined) {
      const tokens = nameTokens(mention.text, this.titles, nameSuffixes());
      const parts = nameParts(tokens);
      const usable = parts.length > 0 ? parts : [mention.text];
      // "Mark-Viverito", "Ocasio-Cortez": a double-barrelled surname (each part capitalised; not a
      // given name such as "Jong-un") is one surname, with the given name or alone.
      const lastParts = tokens.length > 0 ? nameParts(tokens.slice(-1)) : [];
      const barrels = lastParts.every((part) => /^\p{Lu}/u.test(part)) ? lastParts.length : 0;
      if (barrels > 1 && usable.length >= barrels) {
        const surname = nameKey(usable.slice(-barrels).join(''));
        name = { surname, given: givenKeys(usable.slice(0, -barrels)), parts: [...usable.map(nameKey), surname] };
      } else {
        name = { surname: nameKey(usable.at(-1)!), given: givenKeys(usable.slice(0, -1)), parts: usable.map(nameKey) };
      }
      this.personNames.set(mention.text, name);
    }
    return name;
  }

  private newCluster(mention: NameMention, index: number, gender: Gender | null): Cluster {
    const person = mention.type === 'PERSON';
    // Titles come off a person's name ("Crown Prince Mohammed bin Salman"), never off an
    // organisation's ("General Motors").
    const tokens = person ? nameTokens(mention.text, this.titles, nameSuffixes()) : nameTokens(mention.text, NO_WORDS);
    const name = person ? this.personName(mention) : null;
    // Only an entry of the same kind: a person's name is not an armed group's alias.
    const kbMatches = this.kb.actorsByName(tokens.join(' ')).filter((actor) => (actor.type === 'PERSON') === person);
    return {
      type: mention.type,
      mentions: [mention],
      surname: name?.surname ?? null,
      given: name?.given ?? [],
      parts: new Set(name?.parts ?? []),
      generation: person ? generationOf(mention.text) : null,
      gender: gender ?? (person && tokens.length > 1 ? givenNameGender(tokens[0]!) : null),
      likely: null,
      country: person ? null : (this.kb.countryByName(mention.text) ?? null),
      capitalOf: person ? null : (this.kb.capitalOf(mention.text) ?? null),
      // A name several dictionary entries share is left unlinked rather than linked wrongly.
      kb: kbMatches.length === 1 ? kbMatches[0]! : null,
      first: index,
      last: index,
    };
  }

  private findPerson(mention: NameMention, gender: Gender | null, surnameOnly = false, exactSurname = false, likely: Gender | null = null): Cluster | undefined {
    const { surname, given, parts } = this.personName(mention);
    // A given name's gender keeps a full name from a namesake known to be of the other.
    const known = gender ?? (given.length > 0 ? givenNameGender(nameTokens(mention.text, this.titles)[0]!) : null);
    // So does what the pronouns continuing a namesake known only by surname say ("Bill Clinton"
    // after a "Clinton" that "she" continued).
    const people = this.clusters.filter((cluster) => cluster.type === 'PERSON' && cluster.surname !== null
      && (known === null || cluster.gender === null || cluster.gender === known)
      && (known === null || given.length === 0 || cluster.given.length > 0 || cluster.likely === null || cluster.likely === known));
    // "Donald Trump Jr." and "Trump Jr." are the son; a full name without the suffix is not: a
    // suffix, or a full name, must agree with the person's (a bare "Trump" may be either).
    const generation = generationOf(mention.text);
    const sameGeneration = (cluster: Cluster) => (generation === null && given.length === 0) || cluster.generation === generation;
    let candidates = people.filter((cluster) => (exactSurname ? cluster.surname === surname : sameNameKey(cluster.surname!, surname)) && compatibleGiven(cluster.given, given) && sameGeneration(cluster));
    // A single name that is not a known surname may be another part of a full name: "Xi", "Lula".
    if (candidates.length === 0 && parts.length === 1 && !surnameOnly) candidates = people.filter((cluster) => cluster.parts.has(parts[0]!));
    // "Frank Messina" after a bare "Frank": the person known by a first name so far, who now gets a surname.
    if (candidates.length === 0 && given.length === 1 && parts.length === 2 && !surnameOnly) {
      const firstNamed = people.filter((cluster) => cluster.given.length === 0 && cluster.parts.size === 1 && cluster.surname === given[0]);
      if (firstNamed.length === 1) {
        firstNamed[0]!.surname = surname;
        candidates = firstNamed;
      }
    }
    if (candidates.length === 0) return undefined;
    // A bare "Trump" beside "Donald Trump" and "Donald Trump Jr." is the one named without a generation.
    if (generation === null && candidates.some((cluster) => cluster.generation === null) && candidates.some((cluster) => cluster.generation !== null)) candidates = candidates.filter((cluster) => cluster.generation === null);
    // "Clinton ... she": of namesakes, those the continuing pronoun fits, when some do and some do not.
    const fitting = likely === null ? candidates : candidates.filter((cluster) => cluster.gender === null || cluster.gender === likely);
    if (fitting.length > 0) candidates = fitting;
    // A full name picks the person with that full name; a bare surname the latest one named.
    const exact = given.length > 0 ? candidates.filter((cluster) => cluster.given.length > 0) : [];
    const pool = exact.length > 0 ? exact : candidates;
    const latest = pool.reduce((a, b) => (b.last > a.last ? b : a));
    // A bare surname long after the latest person of that name goes to the one named most
    // (Zaha Hadid, not her father named in one paragraph).
    const mostNamed = pool.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    // Or soon after one named only once, by the person named many times ("Goode" after "a son,
    // Ralph Goode" in Matthew Goode's biography).
    const dominant = mostNamed.mentions.length >= DOMINANT_FACTOR * latest.mentions.length
      && (this.index - latest.last > RECENT_NAMES || (latest.mentions.length === 1 && mostNamed.mentions.length >= TOPIC_NAMES));
    // Among namesakes told apart only by their generations ("Brent Bozell III" and his father
    // "Brent Bozell, Jr."), a bare surname cannot say which: it goes to the one named more so far
    // (the article's subject, not a relative named in passing).
    const generationsOnly = given.length === 0 && pool.length > 1 && pool.every((cluster) => cluster.generation !== null)
      && mostNamed.mentions.length > latest.mentions.length;
    const chosen = given.length === 0 && (dominant || generationsOnly) ? mostNamed : latest;
    if (given.length > 0 && chosen.given.length === 0) {
      chosen.given = given;
      chosen.gender ??= givenNameGender(nameTokens(mention.text, this.titles)[0]!);
    }
    for (const part of parts) chosen.parts.add(part);
    return chosen;
  }

  /**
   * A name the tagger typed as a person that fits no person but is spelt exactly as an
   * organisation or place already named ("Wikinews" tagged ORG, then PERSON): that actor.
   */
  private spelledAsOther(mention: NameMention): Cluster | undefined {
    const key = otherKey(mention.text);
    return this.clusters.find((cluster) => cluster.type !== 'PERSON' && this.spellings.get(cluster)!.keys.has(key));
  }

  private findOther(mention: NameMention, definite: boolean): Cluster | undefined {
    const key = otherKey(mention.text);
    const countryKey = mention.type === 'ORG' ? this.countryOpenedKey(mention.text) : null;
    const country = this.kb.countryByName(mention.text);
    const capitalOf = this.kb.capitalOf(mention.text);
    const kbMatches = this.kb.actorsByName(mention.text);
    const kb = kbMatches.length === 1 ? kbMatches[0]! : null;
    const acronym = isAcronym(mention.text) ? mention.text : null;
    const ownInitials = initials(mention.text);
    const found = this.clusters.find((cluster) => {
      if (cluster.type === 'PERSON') return false;
      if (country !== undefined) return cluster.country?.code === country.code;
      if (capitalOf !== undefined && cluster.capitalOf === capitalOf) return true;
      if (kb !== null && cluster.kb?.id === kb.id) return true;
      const spellings = this.spellings.get(cluster)!;
      // "NATO" after "North Atlantic Treaty Organization", or the other way round; but a name
      // spelt out differently with the same initials is another body ("Democratic National
      // Convention" after "Democratic National Committee" and "DNC").
      return spellings.keys.has(key) || (countryKey !== null && cluster.type === 'ORG' && spellings.keys.has(countryKey)) || (acronym !== null && spellings.initials.has(acronym))
        || (spellings.acronyms.some((other) => ownInitials.includes(other)) && !ownInitials.some((letters) => spellings.initials.has(letters)));
    });
    if (found !== undefined) return found;
    // "Harvard" and "Harvard University", "Socotra Island" and "Socotra": a name with a word that
    // says what kind of organisation or place it is, and the rest alone, of one actor only of the
    // same kind (not a country: "Mexico" is not "Mexico City"). Not two names that both have one
    // ("Harvard College" and "Harvard University").
    const core = country === undefined ? designatedCore(key, mention.type) : null;
    const designated = this.clusters.filter((cluster) => cluster.country === null && (cluster.type === 'ORG' ? mention.type === 'ORG' : isPlaceType(cluster.type) && isPlaceType(mention.type))
      && (core !== null ? this.spellings.get(cluster)!.keys.has(core) : this.spellings.get(cluster)!.cores.has(key)));
    if (designated.length === 1 && !isDescriptorNoun(core ?? key)) return designated[0];
    // "the Square" after "Jack London Square": a one-word name after "the" that ends the name of
    // one place only (not a country: "Korea" after "South Korea").
    if (definite && mention.type !== 'ORG' && !/\s/.test(mention.text) && country === undefined) {
      const places = this.placeTails.get(key);
      if (places?.size === 1) return [...places][0];
    }
    if (mention.type !== 'ORG') return found;
    // "the Red Sox" after "the Boston Red Sox": the end of one organisation's name, unless it is
    // a noun any organisation may be called by ("the Court" of several courts).
    const owners = this.organisationTails.get(key);
    return owners?.size === 1 && !isDescriptorNoun(mention.text.split(/\s+/).at(-1)!.toLowerCase()) ? [...owners][0] : undefined;
  }
}
