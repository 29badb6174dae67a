/**
 * The actor knowledge base (data/actors/kb.json, built by scripts/build-actor-kb.ts from the
 * CAMEO/Phoenix dictionaries and maintained country packages), with the indexes the actors
 * stage looks names up in. Dictionary roles end in 2015: evidence in the text wins over them.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { resource, ResourceError, StringRecord, Strings, type DataFolder } from '../../resources.js';
import { nameKey } from './normalize.js';

const OptionalString = Type.Union([Type.String(), Type.Null()]);

const KbCountrySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  names: Strings,
  demonyms: Strings,
  capitals: Strings,
  region: OptionalString,
});
export type KbCountry = Static<typeof KbCountrySchema>;

const KbRegionSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  names: Strings,
  demonyms: Strings,
  countries: Strings,
});
export type KbRegion = Static<typeof KbRegionSchema>;

const KbRoleSchema = Type.Object({ country: OptionalString, sector: OptionalString, from: OptionalString, to: OptionalString });
export type KbRole = Static<typeof KbRoleSchema>;

const KbActorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.Union([Type.Literal('PERSON'), Type.Literal('ORG')]),
  aliases: Strings,
  roles: Type.Array(KbRoleSchema),
  country: OptionalString,
  sector: OptionalString,
});
export type KbActor = Static<typeof KbActorSchema>;

const KbDataSchema = Type.Object({
  countries: Type.Array(KbCountrySchema),
  regions: Type.Array(KbRegionSchema),
  places: StringRecord,
  actors: Type.Array(KbActorSchema),
  agents: StringRecord,
});
export type KbData = Static<typeof KbDataSchema>;

/** What a phrase can stand for: a country, a region, or one or more dictionary actors. */
export interface KnowledgeBase {
  readonly countries: ReadonlyMap<string, KbCountry>;
  /** Lower-cased name or alias → country. */
  countryByName(phrase: string): KbCountry | undefined;
  /** Lower-cased demonym ("ukrainian", "ukrainians") → country. */
  countryByDemonym(word: string): KbCountry | undefined;
  regionByName(phrase: string): KbRegion | undefined;
  regionByDemonym(word: string): KbRegion | undefined;
  /** The country a city or region name lies in (unambiguous names, and capitals). */
  placeCountry(phrase: string): string | undefined;
  /** The country whose capital this is ("Kyiv", "Kiev" → UKR). */
  capitalOf(phrase: string): string | undefined;
  /** Dictionary actors a name or alias may refer to (several when ambiguous). */
  actorsByName(phrase: string): readonly KbActor[];
  /**
   * Whether some country name, demonym or actor name ends with this word: a test that spares
   * the lookups of every phrase ending with a word that ends none.
   */
  endsCountryOrActor(word: string): boolean;
  /** The sector an agent noun implies ("minister" → GOV), by its lower-cased form. */
  agentSector(noun: string): string | undefined;
  /** The sector an organisation's gazetteer list implies ("Reuters" → MED), by its name. */
  listSector(name: string): string | undefined;
}

function multiIndex<T>(entries: Iterable<[string, T]>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const list = index.get(key);
    if (list === undefined) index.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  }
  return index;
}

/** Keys of phrases seen, kept up to MAX_CACHED_PHRASES: the same names recur article after article. */
const phraseKeys = resource('phrase keys', () => new Map<string, string>());
const MAX_CACHED_PHRASES = 100_000;

/** Phrases are compared by their lower-cased, spelling-folded tokens (kept once computed, up to a bound). */
export function phraseKey(phrase: string): string {
  const keys = phraseKeys();
  let key = keys.get(phrase);
  if (key === undefined) {
    key = phrase.split(/\s+/).filter(Boolean).map(nameKey).join(' ');
    if (keys.size >= MAX_CACHED_PHRASES) keys.clear();
    keys.set(phrase, key);
  }
  return key;
}

/**
 * The name indexes of the knowledge base: phrase keys (see `phraseKey`) to what they name, and
 * which dictionary actors the curated lists replace. Computing the keys of some 60,000 names
 * takes longer than everything else at start-up, so `npm run actors:index` writes them to
 * data/actors/kb-index.json, with a hash of the files they were computed from.
 */
/**
 * A map as two parallel arrays, keys and values (a key may repeat, once per value): flat arrays
 * of strings and numbers parse several times faster than an object with tens of thousands of keys.
 */
const PairsSchema = <T extends TSchema>(value: T) => Type.Object({ keys: Strings, values: Type.Array(value) });
const StringPairs = PairsSchema(Type.String());

export const KbIndexSchema = Type.Object({
  inputs: Type.String({ description: 'hash of the files the index was built from (KB_INDEX_INPUTS)' }),
  droppedActors: Type.Array(Type.Integer(), { description: 'positions in kb.json of actors a curated entry replaces' }),
  countryByName: StringPairs,
  countryByDemonym: StringPairs,
  regionByName: StringPairs,
  regionByDemonym: StringPairs,
  places: StringPairs,
  capitals: StringPairs,
  actors: PairsSchema(Type.Integer({ description: 'a position in the merged actor list' })),
  lastWords: Strings,
  listSectors: StringPairs,
});
export type KbIndex = Static<typeof KbIndexSchema>;
type Pairs<T> = { keys: string[]; values: T[] };

function toPairs<T>(map: ReadonlyMap<string, T | T[]>): Pairs<T> {
  const pairs: Pairs<T> = { keys: [], values: [] };
  for (const [key, value] of map) {
    for (const one of Array.isArray(value) ? value : [value]) {
      pairs.keys.push(key);
      pairs.values.push(one);
    }
  }
  return pairs;
}

function fromPairs<T, V>(pairs: Pairs<T>, convert: (value: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (let i = 0; i < pairs.keys.length; i++) map.set(pairs.keys[i]!, convert(pairs.values[i]!));
  return map;
}

export const KB_INDEX_FILE = 'actors/kb-index.json';
/** The project's curated additions: current office holders, and institutions, media and companies with their country. */
export const CURATED_ACTOR_FILES = ['actors/leaders-curated.json', 'actors/institutions-curated.json'] as const;
/**
 * What the index is computed from: the dictionaries, the curated lists, the spelling rules of
 * the keys, and the gazetteer lists whose organisations imply a sector (roles.json listSectors).
 */
export const KB_INDEX_INPUTS = ['actors/kb.json', ...CURATED_ACTOR_FILES, 'actors/transliteration.json', 'actors/roles.json', 'ner/gazetteers.json'] as const;

/** The gazetteer lists of organisations, each with the sector it implies (companies BUS, ...). */
export interface SectorLists {
  readonly sectorOfList: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

/** Every name of a knowledge base keyed by `phraseKey`, first entry first as the lookups expect. */
export function indexKnowledgeBase(data: KbData, sectorLists: SectorLists, droppedActors: number[] = [], inputs = ''): KbIndex {
  const firstWins = (map: Map<string, string>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, value);
  };
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const country of data.countries) {
    for (const name of [country.name, ...country.names]) firstWins(byName, phraseKey(name), country.code);
    for (const demonym of country.demonyms) firstWins(byDemonym, phraseKey(demonym), country.code);
  }
  const regionByName = new Map<string, string>();
  const regionByDemonym = new Map<string, string>();
  for (const region of data.regions) {
    for (const name of [region.name, ...region.names]) regionByName.set(phraseKey(name), region.key);
    for (const demonym of region.demonyms) regionByDemonym.set(phraseKey(demonym), region.key);
  }
  const places = new Map(Object.entries(data.places).map(([name, code]) => [phraseKey(name), code]));
  const capitals = new Map<string, string>();
  for (const country of data.countries) for (const capital of country.capitals) capitals.set(phraseKey(capital), country.code);
  const actors = multiIndex(data.actors.flatMap((actor, position) => [actor.name, ...actor.aliases].map((name): [string, number] => [phraseKey(name), position])));
  const lastWords = new Set([...byName.keys(), ...byDemonym.keys(), ...actors.keys()].map((key) => key.slice(key.lastIndexOf(' ') + 1)));
  const listSectors = new Map<string, string>();
  for (const [list, sector] of Object.entries(sectorLists.sectorOfList)) {
    for (const phrase of sectorLists.lists[list] ?? []) firstWins(listSectors, phraseKey(phrase), sector);
  }
  return {
    inputs,
    droppedActors,
    countryByName: toPairs(byName),
    countryByDemonym: toPairs(byDemonym),
    regionByName: toPairs(regionByName),
    regionByDemonym: toPairs(regionByDemonym),
    places: toPairs(places),
    capitals: toPairs(capitals),
    actors: toPairs(actors),
    lastWords: [...lastWords],
    listSectors: toPairs(listSectors),
  };
}

/** The knowledge base over its data and its name index (maps, so that names like "constructor" are plain keys). */
export function knowledgeBaseFrom(data: KbData, index: KbIndex): KnowledgeBase {
  const countries = new Map(data.countries.map((country) => [country.code, country]));
  const regions = new Map(data.regions.map((region) => [region.key, region]));
  const same = (value: string) => value;
  const byName = fromPairs(index.countryByName, (code) => countries.get(code)!);
  const byDemonym = fromPairs(index.countryByDemonym, (code) => countries.get(code)!);
  const regionByName = fromPairs(index.regionByName, (key) => regions.get(key)!);
  const regionByDemonym = fromPairs(index.regionByDemonym, (key) => regions.get(key)!);
  const places = fromPairs(index.places, same);
  const capitals = fromPairs(index.capitals, same);
  const actors = new Map<string, KbActor[]>();
  index.actors.keys.forEach((key, i) => {
    const actor = data.actors[index.actors.values[i]!]!;
    const list = actors.get(key);
    if (list === undefined) actors.set(key, [actor]);
    else list.push(actor);
  });
  const lastWords = new Set(index.lastWords);
  const agents = new Map(Object.entries(data.agents).map(([noun, sector]) => [noun.toLowerCase(), sector]));
  const listSectors = fromPairs(index.listSectors, same);
  return {
    countries,
    countryByName: (phrase) => (isMiscasedAbbreviation(phrase) ? undefined : byName.get(phraseKey(phrase))),
    countryByDemonym: (word) => byDemonym.get(phraseKey(word)),
    regionByName: (phrase) => (isMiscasedAbbreviation(phrase) ? undefined : regionByName.get(phraseKey(phrase))),
    regionByDemonym: (word) => regionByDemonym.get(phraseKey(word)),
    placeCountry: (phrase) => (isMiscasedAbbreviation(phrase) ? undefined : places.get(phraseKey(phrase)) ?? capitals.get(phraseKey(phrase))),
    capitalOf: (phrase) => capitals.get(phraseKey(phrase)),
    actorsByName: (phrase) => (isMiscasedAbbreviation(phrase) ? [] : actors.get(phraseKey(phrase)) ?? []),
    endsCountryOrActor: (word) => lastWords.has(phraseKey(word)),
    agentSector: (noun) => agents.get(noun.toLowerCase()),
    listSector: (name) => listSectors.get(phraseKey(name)),
  };
}

/** The longest word that may be an abbreviation ("US", "UN", "NRA"). */
const MAX_ABBREVIATION_LETTERS = 3;

/**
 * Whether a phrase is one short word not in capitals: "Us" in "By Us for Us" is no "US", "Nra" no
 * "NRA". The keys fold case, and every name of three letters or fewer in the knowledge base is an
 * abbreviation written in capitals.
 */
function isMiscasedAbbreviation(phrase: string): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return !/\s/u.test(phrase.trim()) && letters.length > 0 && letters.length <= MAX_ABBREVIATION_LETTERS && letters !== letters.toUpperCase();
}

/** A knowledge base indexed on the spot (tests). */
export function buildKnowledgeBase(data: KbData, sectorLists: SectorLists = { sectorOfList: {}, lists: {} }): KnowledgeBase {
  return knowledgeBaseFrom(data, indexKnowledgeBase(data, sectorLists));
}

/** The sector lists as the index script reads them: roles.json's listSectors over the gazetteer lists. */
export function readSectorLists(data: DataFolder): SectorLists {
  return {
    sectorOfList: data.json('actors/roles.json', Type.Object({ listSectors: StringRecord })).listSectors,
    lists: data.json('ner/gazetteers.json', Type.Object({ lists: Type.Record(Type.String(), Strings) })).lists,
  };
}

/** The dictionary and curated files, read and checked. */
export function readKnowledgeBaseFiles(data: DataFolder): { built: KbData; curated: KbActor[] } {
  const built = data.json('actors/kb.json', KbDataSchema);
  const curated = CURATED_ACTOR_FILES.flatMap((file) => data.json(file, Type.Object({ actors: Type.Array(KbActorSchema) })).actors);
  return { built, curated };
}

/** Positions of the dictionary actors that a curated entry of the same name replaces. */
export function replacedActors(built: KbData, curated: readonly KbActor[]): number[] {
  const replaced = new Set(curated.flatMap((actor) => [actor.name, ...actor.aliases].map(phraseKey)));
  return built.actors.flatMap((actor, position) => (replaced.has(phraseKey(actor.name)) ? [position] : []));
}

/** The dictionary's actors less the replaced ones, then the curated ones. */
export function mergedActors(built: KbData, curated: readonly KbActor[], dropped: readonly number[]): KbActor[] {
  const droppedSet = new Set(dropped);
  return [...built.actors.filter((_, position) => !droppedSet.has(position)), ...curated];
}

/**
 * The built dictionaries, brought up to date by the project's curated lists, whose entries
 * replace dictionary entries of the same name; its names are looked up in the shipped index,
 * which must have been built from these very files.
 */
export const knowledgeBase = resource('knowledge base', (data) => {
  const { built, curated } = readKnowledgeBaseFiles(data);
  const index = data.json(KB_INDEX_FILE, KbIndexSchema);
  if (index.inputs !== data.hashOf(KB_INDEX_INPUTS)) {
    throw new ResourceError(`${KB_INDEX_FILE} was built from other versions of ${KB_INDEX_INPUTS.join(', ')}; rebuild it with "npm run actors:index"`);
  }
  return knowledgeBaseFrom({ ...built, actors: mergedActors(built, curated, index.droppedActors) }, index);
});
