/**
 * The actor knowledge base (data/actors/kb.json, built by scripts/build-actor-kb.ts from the
 * CAMEO/Phoenix dictionaries and maintained country packages), with the indexes the actors
 * stage looks names up in. Dictionary roles end in 2015: evidence in the text wins over them.
 */
import { lazy, loadDataJson } from '../../resources.js';
import { nameKey } from './normalize.js';

export interface KbCountry {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly region: string | null;
}

export interface KbRegion {
  readonly key: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly countries: readonly string[];
}

export interface KbRole {
  readonly country: string | null;
  readonly sector: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export interface KbActor {
  readonly id: string;
  readonly name: string;
  readonly type: 'PERSON' | 'ORG';
  readonly aliases: readonly string[];
  readonly roles: readonly KbRole[];
  readonly country: string | null;
  readonly sector: string | null;
}

interface KbData {
  readonly countries: readonly KbCountry[];
  readonly regions: readonly KbRegion[];
  readonly places: Readonly<Record<string, string>>;
  readonly actors: readonly KbActor[];
  readonly agents: Readonly<Record<string, string>>;
}

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

const phraseKeys = new Map<string, string>();
const MAX_CACHED_PHRASES = 100_000;

/** Phrases are compared by their lower-cased, spelling-folded tokens (kept once computed, up to a bound). */
export function phraseKey(phrase: string): string {
  let key = phraseKeys.get(phrase);
  if (key === undefined) {
    key = phrase.split(/\s+/).filter(Boolean).map(nameKey).join(' ');
    if (phraseKeys.size >= MAX_CACHED_PHRASES) phraseKeys.clear();
    phraseKeys.set(phrase, key);
  }
  return key;
}

export function buildKnowledgeBase(data: KbData): KnowledgeBase {
  const countries = new Map(data.countries.map((country) => [country.code, country]));
  const byName = new Map<string, KbCountry>();
  const byDemonym = new Map<string, KbCountry>();
  for (const country of data.countries) {
    for (const name of [country.name, ...country.names]) if (!byName.has(phraseKey(name))) byName.set(phraseKey(name), country);
    for (const demonym of country.demonyms) if (!byDemonym.has(phraseKey(demonym))) byDemonym.set(phraseKey(demonym), country);
  }
  const regionByName = new Map<string, KbRegion>();
  const regionByDemonym = new Map<string, KbRegion>();
  for (const region of data.regions) {
    for (const name of [region.name, ...region.names]) regionByName.set(phraseKey(name), region);
    for (const demonym of region.demonyms) regionByDemonym.set(phraseKey(demonym), region);
  }
  const places = new Map(Object.entries(data.places).map(([name, code]) => [phraseKey(name), code]));
  const capitals = new Map<string, string>();
  for (const country of data.countries) for (const capital of country.capitals) capitals.set(phraseKey(capital), country.code);
  const actors = multiIndex(data.actors.flatMap((actor) => [actor.name, ...actor.aliases].map((name): [string, KbActor] => [phraseKey(name), actor])));
  const lastWords = new Set([...byName.keys(), ...byDemonym.keys(), ...actors.keys()].map((key) => key.slice(key.lastIndexOf(' ') + 1)));
  const agents = new Map(Object.entries(data.agents).map(([noun, sector]) => [noun.toLowerCase(), sector]));
  return {
    countries,
    countryByName: (phrase) => byName.get(phraseKey(phrase)),
    countryByDemonym: (word) => byDemonym.get(phraseKey(word)),
    regionByName: (phrase) => regionByName.get(phraseKey(phrase)),
    regionByDemonym: (word) => regionByDemonym.get(phraseKey(word)),
    placeCountry: (phrase) => places.get(phraseKey(phrase)) ?? capitals.get(phraseKey(phrase)),
    capitalOf: (phrase) => capitals.get(phraseKey(phrase)),
    actorsByName: (phrase) => actors.get(phraseKey(phrase)) ?? [],
    endsCountryOrActor: (word) => lastWords.has(phraseKey(word)),
    agentSector: (noun) => agents.get(noun.toLowerCase()),
  };
}

/** The project's curated additions: current office holders, and institutions, media and companies with their country. */
export const CURATED_ACTOR_FILES = ['actors/leaders-curated.json', 'actors/institutions-curated.json'] as const;

/**
 * The built dictionaries, brought up to date by the project's curated lists, whose entries
 * replace dictionary entries of the same name.
 */
export const knowledgeBase = lazy(() => {
  const built = loadDataJson<KbData>('actors/kb.json');
  const curated = CURATED_ACTOR_FILES.flatMap((file) => loadDataJson<{ actors: KbActor[] }>(file).actors);
  const replaced = new Set(curated.flatMap((actor) => [actor.name, ...actor.aliases].map(phraseKey)));
  const kept = built.actors.filter((actor) => !replaced.has(phraseKey(actor.name)));
  return buildKnowledgeBase({ ...built, actors: [...kept, ...curated] });
});
