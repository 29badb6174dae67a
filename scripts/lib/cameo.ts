/**
 * Readers of the CAMEO / PETRARCH2 Phoenix dictionaries (../shared/data/cameo) and the casing of
 * their upper-case phrases, shared by the build scripts (build-gazetteers.ts, build-actor-kb.ts).
 *
 * The .actors format (petrarch2 PETRreader.read_actor_dictionary): a primary phrase, optionally
 * with a default `[CODE]` on its line, then `+synonym` lines, then tab-indented role lines
 * `[CODE date-date]`, `[CODE >date]`, `[CODE <date]` or `[CODE]` (the code outside the dated
 * periods). `#` starts a comment; `_` joins the words of a phrase. PETRARCH gives consecutive
 * primary phrases that carry no code the codes of the record that follows them: they form one
 * code group.
 */
import { readFileSync } from 'node:fs';

const REPO = new URL('../../', import.meta.url);

/** The dictionary files the scripts read. */
export const CAMEO_FILES = {
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  nonState: 'Phoenix.MilNonState.actors.txt',
  agents: 'Phoenix.agents.txt',
} as const;

export const CAMEO_LICENCE = 'MIT; Open Event Data Alliance / Parus Analytics (P. Schrodt)';

/** `--cameo DIR`, else $NEWSGRAPH_CAMEO, else ../shared/data/cameo. */
export function cameoDirectory(args: readonly string[]): string {
  const flag = args.indexOf('--cameo');
  if (flag >= 0) {
    const dir = args[flag + 1];
    if (!dir) throw new Error('--cameo needs a directory');
    return dir;
  }
  return process.env.NEWSGRAPH_CAMEO ?? '../shared/data/cameo';
}

/** "name@version" of an installed package, for provenance notes. */
export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, REPO), 'utf8')) as { version: string };
  return `${name}@${manifest.version}`;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ASCII_FOLDS: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' };

/** "São Paulo" -> "Sao Paulo": English news often drops the diacritics. */
export function foldToAscii(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØłŁđĐßæÆœŒı]/g, (char) => ASCII_FOLDS[char] ?? char)
    .normalize('NFC');
}

export function foldKey(phrase: string): string {
  return foldToAscii(phrase).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Capitalisation of upper-case (CAMEO) and lower-case (compromise) sources

export type CaseStyle = 'name' | 'org' | 'place';
/** CAMEO writes everything in capitals, so an acronym may stand anywhere; compromise writes in lower case. */
export type SourceCase = 'upper' | 'lower';

export class Casing {
  constructor(
    private readonly commonWords: ReadonlySet<string>,
    private readonly knownNames: ReadonlySet<string>,
    /** Lower-case name particles ("al", "bin", "van"), lower case inside any name. */
    private readonly particles: ReadonlySet<string>,
    /** Lower-case function words ("of", "for"), lower case inside names of bodies and places. */
    private readonly minorWords: ReadonlySet<string>,
    /** Lower case -> the spelling to use ("inc" -> "Inc", "llc" -> "LLC"). */
    private readonly canonical: ReadonlyMap<string, string>,
  ) {}

  /** Words of a phrase in any case -> the phrase as news writes it, e.g. BASHAR_AL_ASSAD -> "Bashar al Assad". */
  phrase(words: readonly string[], style: CaseStyle, source: SourceCase = 'upper'): string {
    return words.map((word, index) => this.word(word, index, words.length, style, source)).join(' ');
  }

  private word(word: string, index: number, count: number, style: CaseStyle, source: SourceCase): string {
    const lower = word.toLowerCase();
    if (index > 0 && (this.particles.has(lower) || (style !== 'name' && this.minorWords.has(lower)))) return lower;
    if (index > 0 && /^(?:al|el)-\p{L}/u.test(lower)) return `${lower.slice(0, 3)}${capitalize(lower.slice(3))}`; // "al-Assad"
    if (index > 0 && /^d'\p{L}/u.test(lower)) return `d'${capitalize(lower.slice(2))}`; // "Cote d'Ivoire"
    const canonical = this.canonical.get(lower.replace(/\.$/, ''));
    if (canonical) return canonical;
    if (/^(?:[a-z]\.)+[a-z]?$/i.test(word)) return word.toUpperCase(); // initials and "U.S."
    if (index > 0 && /^(?:ii|iii|iv|vi|vii|viii)$/.test(lower)) return lower.toUpperCase();
    if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return lower;
    if (/\d/.test(word) && word.length <= 3) return word.toUpperCase(); // "U2", "G8"
    if (/[&/]/.test(word) && word.length <= 5) return word.toUpperCase(); // "AT&T", "AC/DC"
    const shortAcronymsAllowed = style === 'org' ? source === 'upper' || index === 0 : style === 'place' && count === 1;
    if (this.isAcronym(lower, style, shortAcronymsAllowed)) return lower.toUpperCase();
    return lower.split(/(?=[-/])|(?<=[-/])/).map(capitalize).join('');
  }

  /**
   * "bbc", "jfk", "imf": no vowel, or a short letter string that is no word and no name. Not in
   * personal names ("Hu", "Xi", "Lynn"), nor inside place names ("San Marino"), nor past the first
   * word of a lower-case source ("Chicago White Sox").
   */
  private isAcronym(lower: string, style: CaseStyle, shortAcronymsAllowed: boolean): boolean {
    if (!/^[a-z]+$/.test(lower)) return false;
    if (lower.length === 1) return true;
    if (!(style === 'name' ? /[aeiouy]/ : /[aeiou]/).test(lower) && lower.length <= 5) return true;
    return shortAcronymsAllowed && lower.length <= 3 && !this.commonWords.has(lower) && !this.knownNames.has(lower);
  }
}

/** "mccain" -> "McCain", "o'brien" -> "O'Brien", "d'ivoire" -> "D'Ivoire". */
export function capitalize(part: string): string {
  if (part === '') return part;
  const mc = /^mc([a-z]{2,})$/.exec(part);
  if (mc) return `Mc${upperFirst(mc[1]!)}`;
  const elided = /^([a-z])'([a-z]{2,})$/.exec(part);
  if (elided) return `${elided[1]!.toUpperCase()}'${upperFirst(elided[2]!)}`;
  return upperFirst(part);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Bashar al Assad" -> also "Bashar al-Assad"; "Al Qaeda" -> also "Al-Qaeda": both spellings occur in news. */
export function articleHyphenVariant(phrase: string): string | null {
  const variant = phrase.replace(/(^|\s)(al|el|Al|El) (?=\p{Lu})/gu, '$1$2-');
  return variant === phrase ? null : variant;
}

// ---------------------------------------------------------------------------------------------
// .actors files

/** A bracketed code as written: `[RUSGOV 991231-080507]` -> code RUSGOV, restriction ["991231-080507"]. */
export interface CameoCode {
  /** The first word inside the brackets; not always a well-formed code ("---", ""). */
  readonly code: string;
  /** The words after it: a date restriction when non-empty. */
  readonly restriction: readonly string[];
}

/** One primary phrase of a .actors file with its synonyms and codes. */
export interface CameoRecord {
  /** The primary phrase, words joined by "_" as in the file. */
  readonly name: string;
  readonly synonyms: string[];
  /** Codes from the primary line, the synonym lines and the role lines, in file order. */
  readonly codes: CameoCode[];
  /** The comment on the primary line (after its first "#"). */
  readonly comment: string;
  /** 1-based line number of the primary phrase. */
  readonly line: number;
  /**
   * The PETRARCH code group: records without codes of their own share the codes of the record
   * that follows them ("LEONID_ILYICH_BREZHNEV", "SECRETARY_BREZHNEV", ... then one that has roles).
   */
  readonly group: number;
}

/** Reads a PETRARCH .actors file: primary lines, "+synonym" lines, tab-indented "[CODE date]" role lines. */
export function parseActorRecords(text: string): CameoRecord[] {
  const records: CameoRecord[] = [];
  let current: CameoRecord | null = null;
  let group = 0;
  // The Countries file holds two stray SUB (0x1A) bytes.
  const lines = text.replaceAll('\u001a', '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const hash = line.indexOf('#');
    const content = (hash >= 0 ? line.slice(0, hash) : line).trim();
    const comment = hash >= 0 ? line.slice(hash + 1) : '';
    if (content === '') return;
    if (content.startsWith('[')) {
      if (current) current.codes.push(...bracketedCodes(content));
    } else if (content.startsWith('+')) {
      if (!current) return;
      // One line in the International file holds two synonyms ("..._AL_ISLAMI+_ISLAMIC_ADEN_ARMY_").
      for (const part of content.slice(1).split('+')) {
        const name = actorPhrase(part);
        if (name) current.synonyms.push(name);
        current.codes.push(...bracketedCodes(part));
      }
    } else {
      // A new code group unless the previous one has no codes yet.
      if (current && current.codes.length > 0) group++;
      current = { name: actorPhrase(content), synonyms: [], codes: bracketedCodes(content), comment, line: index + 1, group };
      records.push(current);
    }
  });
  return records.filter((record) => record.name !== '');
}

function actorPhrase(content: string): string {
  const bracket = content.indexOf('[');
  return (bracket >= 0 ? content.slice(0, bracket) : content).trim().replace(/\s+/g, '_');
}

function bracketedCodes(content: string): CameoCode[] {
  return [...content.matchAll(/\[([^\]]*)\]/g)].map((match) => {
    const [code = '', ...restriction] = match[1]!.trim().split(/\s+/);
    return { code, restriction };
  });
}

/** A well-formed actor code: three or more capitals ("USA", "RUSGOVMIL", "IGOUNO"). */
export function isActorCode(code: string): boolean {
  return /^[A-Z]{3,}$/.test(code);
}

/** The gazetteer's view of a record: its well-formed codes, and whether any is restricted to a period. */
export interface ActorEntry {
  /** The primary phrase, words joined by "_" as in the file. */
  readonly name: string;
  readonly synonyms: string[];
  /** Actor codes from the entry line and its role lines, date restrictions dropped. */
  readonly codes: string[];
  /** Some code is restricted to a period: a role someone held. */
  dated: boolean;
  readonly comment: string;
}

/** Reads a PETRARCH .actors file into entries with their codes (no code groups, no dates). */
export function parseActorFile(text: string): ActorEntry[] {
  return parseActorRecords(text).map((record) => ({
    name: record.name,
    synonyms: record.synonyms,
    codes: record.codes.filter((code) => isActorCode(code.code)).map((code) => code.code),
    dated: record.codes.some((code) => code.restriction.length > 0),
    comment: record.comment,
  }));
}

/**
 * A CAMEO phrase split into words, with what it says in parentheses taken out:
 * "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> words ADEN ABYAN ISLAMIC ARMY, acronym AAIA.
 */
export function cameoWords(phrase: string): { words: string[]; acronyms: string[] } {
  const acronyms: string[] = [];
  const bare = phrase.replace(/\(([^)]*)\)/g, (_match, inner: string) => {
    const acronym = inner.replace(/_/g, '');
    if (/^[A-Z][A-Z0-9-]{1,9}$/.test(acronym)) acronyms.push(acronym);
    return '_';
  });
  // Unbalanced parentheses, or a comma: a description ("ANTHONY_CROSLAND,_THEN_DAVID_OWEN_"), not a name.
  if (/[(),]/.test(bare)) return { words: [], acronyms };
  const words = bare.split('_').filter(Boolean);
  if (words[0] === 'THE' && words.length > 1) words.shift();
  return { words, acronyms };
}

// ---------------------------------------------------------------------------------------------
// Date restrictions

/** A code's period: ISO dates, null for an open end; `dated` false for a code without restriction. */
export interface CodePeriod {
  readonly dated: boolean;
  readonly from: string | null;
  readonly to: string | null;
  /** A date could not be read (e.g. "2004017"): that end is left open. */
  readonly malformed: boolean;
}

/**
 * YYMMDD or YYYYMMDD -> "YYYY-MM-DD", or null when malformed. Two-digit years up to 30 are 20xx,
 * the others 19xx: PETRARCH's own rule (dstr_to_ordate), which reads IGO rulers' "490101" as 1949.
 */
export function cameoDate(token: string): string | null {
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(token);
  if (!match) return null;
  let year = Number(match[1]);
  if (match[1]!.length === 2) year += year <= 30 ? 2000 : 1900;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${match[2]}-${match[3]}`;
}

/** The period of a code: "991231-080507", ">080508", "< 080508", and a lone date (read as "from"). */
export function codePeriod(code: CameoCode): CodePeriod {
  const text = code.restriction.join('');
  if (text === '') return { dated: false, from: null, to: null, malformed: false };
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const from = cameoDate(range[1]!);
    const to = cameoDate(range[2]!);
    return { dated: true, from, to, malformed: from === null || to === null };
  }
  const bound = /^([<>]?)(\d+)$/.exec(text);
  if (bound) {
    const date = cameoDate(bound[2]!);
    return bound[1] === '<' ? { dated: true, from: null, to: date, malformed: date === null } : { dated: true, from: date, to: null, malformed: date === null };
  }
  return { dated: true, from: null, to: null, malformed: true };
}

// ---------------------------------------------------------------------------------------------
// Agents file

/**
 * Agent nouns ("DEFENSE_MINIST [~GOVMIL]") with the "!MINIST! = ..." sets expanded and the
 * stems the file keeps ("MINIST") completed, as upper-case phrases.
 */
export function parseAgentPhrases(text: string): string[] {
  const sets = new Map<string, string[]>();
  const phrases: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*/, '').trim();
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(content);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((word) => word.trim()).filter(Boolean));
      continue;
    }
    const phrase = content.replace(/[{[].*$/, '').trim();
    if (phrase === '') continue;
    for (const expanded of expandAgentSets(phrase, sets)) {
      phrases.push(expanded.replace(/\bMINIST\b/g, 'MINISTER'));
    }
  }
  return phrases;
}

function expandAgentSets(phrase: string, sets: ReadonlyMap<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(phrase);
  if (!match) return [phrase.replace(/\s+/g, '_').replace(/_+/g, '_')];
  const alternatives = sets.get(match[0]) ?? [];
  return alternatives.flatMap((word) => expandAgentSets(phrase.replace(match[0], `_${word}_`), sets));
}

/** One agent noun as PETRARCH reads it (read_agent_dictionary). */
export interface AgentRecord {
  /** Upper-case words ("FOREIGN", "MINISTER"); a substitution set is spliced in as written, "BUSINESS!PERSON!" -> BUSINESSMAN. */
  readonly words: string[];
  /** The plural given in braces: words, [] for "{}" (none), null when the file gives none (a regular plural). */
  readonly plural: string[] | null;
  /** The code without brackets: "~GOV", "~GOVMIL", "IGO~". */
  readonly code: string;
  /** The phrase came out of a substitution set (its plural, if any, is among the set's words). */
  readonly fromSet: boolean;
}

/** Reads the agents file: `NOUN_PHRASE {plural} [~CODE]`, `!SET! = A, B` substitution sets; lines without a code are skipped. */
export function parseAgentRecords(text: string): AgentRecord[] {
  const sets = new Map<string, string[]>();
  const records: AgentRecord[] = [];
  const words = (phrase: string): string[] => phrase.split(/[_\s]+/).filter(Boolean);
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*/, '').trim();
    const set = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(content);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((word) => word.trim()).filter(Boolean));
      continue;
    }
    const coded = /^([^[]*)\[([^\]]*)\]/.exec(content);
    if (!coded) continue;
    const code = coded[2]!.trim();
    let phrase = coded[1]!.trim();
    let plural: string[] | null = null;
    const braces = /\{([^}]*)\}/.exec(phrase);
    if (braces) {
      plural = words(braces[1]!);
      phrase = phrase.slice(0, braces.index).trim();
    }
    const marker = /!([A-Z]+)!/.exec(phrase);
    if (marker) {
      for (const word of sets.get(marker[1]!) ?? []) {
        records.push({ words: words(phrase.replace(marker[0], word)), plural: [], code, fromSet: true });
      }
    } else if (phrase !== '') {
      records.push({ words: words(phrase), plural, code, fromSet: false });
    }
  }
  return records;
}
