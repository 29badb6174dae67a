/**
 * Roles from the words around a name: titles before it ("German Chancellor Friedrich Merz",
 * "Kremlin aide Yuri Ushakov", "Russia's Foreign Ministry") and appositions after it
 * ("Zelenskiy, Ukraine's president,") or before it ("Norway's prime minister, Jonas Gahr
 * Store"). A role gives a title, a country and a sector, with the
 * span that says so.
 */
import Type, { type Static } from 'typebox';
import type { Span } from '../../document/contract.js';
import { StringRecord, Strings } from '../../resources.js';
import { span } from '../../document/doc.js';
import type { KnowledgeBase } from './kb.js';
import { wordAt, type Word } from '../words.js';

export interface FoundRole {
  readonly title: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly span: Span;
}

/** The longest phrase a backwards scan tries as one country or institution name ("White House"). */
const MAX_PHRASE_WORDS = 3;
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE = /^['’]s$/u;
/** Words that end the title in an apposition: "Hugh Hill, a doctor at ...", "X, the minister of ...". */
const APPOSITION_ENDS = new Set([',', '.', ';', 'at', 'of', 'for', 'in', 'with', 'from', 'who', 'and']);

/** Title rules kept as data (data/actors/roles.json). */
export const RoleRulesSchema = Type.Object({ genericTitles: Strings, titleSectors: StringRecord });
export type RoleRules = Static<typeof RoleRulesSchema>;

interface Modifiers {
  titleWords: Word[];
  country: string | null;
  sector: string | null;
  first: number;
}

export class RoleFinder {
  constructor(
    private readonly kb: KnowledgeBase,
    /** Lower-cased words that make up titles ("foreign", "minister", "aide", "chancellor"). */
    private readonly titleWords: ReadonlySet<string>,
    private readonly rules: RoleRules = { genericTitles: [], titleSectors: {} },
  ) {}

  /** A country or institution named by the words `from..to` (inclusive). */
  private place(words: readonly Word[], from: number, to: number): { country: string | null; sector: string | null } | undefined {
    const phrase = words.slice(from, to + 1).map((word) => word.text).join(' ');
    const country = this.kb.countryByName(phrase) ?? (from === to ? this.kb.countryByDemonym(phrase) : undefined);
    if (country !== undefined) return { country: country.code, sector: null };
    const actors = this.kb.actorsByName(phrase).filter((actor) => actor.type === 'ORG' && (actor.country !== null || actor.sector !== null));
    if (actors.length === 1) return { country: actors[0]!.country, sector: actors[0]!.sector };
    return undefined;
  }

  /** Title words, countries and institutions directly before word `end` (exclusive), scanning back. */
  private modifiersBefore(words: readonly Word[], end: number): Modifiers {
    const found: Modifiers = { titleWords: [], country: null, sector: null, first: end };
    let i = end - 1;
    const sentence = words[end]?.sentence ?? words[end - 1]?.sentence;
    while (i >= 0 && words[i]!.sentence === sentence) {
      const word = words[i]!;
      if (this.titleWords.has(word.lower) && /^\p{L}/u.test(word.text)) {
        found.titleWords.unshift(word);
        found.first = i--;
        continue;
      }
      // "Ukraine's president": a possessive after a country.
      const possessive = POSSESSIVE.test(word.text) ? 1 : 0;
      const last = words[i - possessive];
      if (last === undefined || !this.kb.endsCountryOrActor(last.text)) break;
      let matched = false;
      for (let length = Math.min(MAX_PHRASE_WORDS, i + 1 - possessive); length >= 1 && !matched; length--) {
        const from = i - possessive - length + 1;
        const place = this.place(words, from, i - possessive);
        if (place === undefined) continue;
        found.country ??= place.country;
        found.sector ??= place.sector;
        found.first = from;
        i = from - 1;
        matched = true;
      }
      if (!matched) break;
    }
    return found;
  }

  private role(text: string, words: readonly Word[], modifiers: Modifiers, spanStart: number, spanEnd: number): FoundRole | null {
    if (modifiers.titleWords.length === 0 && modifiers.country === null) return null;
    const title = modifiers.titleWords.length > 0
      ? text.slice(modifiers.titleWords[0]!.start, modifiers.titleWords.at(-1)!.end)
      : null;
    const head = modifiers.titleWords.at(-1)?.lower;
    const lowerTitle = title?.toLowerCase();
    // A spokesman or aide works for the institution named with them: "Kremlin aide" is GOV.
    const generic = head !== undefined && (this.rules.genericTitles.includes(head) || this.rules.genericTitles.includes(lowerTitle!));
    const titleSector = lowerTitle === undefined ? undefined
      : this.rules.titleSectors[lowerTitle] ?? this.kb.agentSector(lowerTitle) ?? this.rules.titleSectors[head!] ?? this.kb.agentSector(head!);
    const sector = generic ? modifiers.sector ?? titleSector : titleSector ?? modifiers.sector;
    return { title, country: modifiers.country, sector: sector ?? null, span: span(text, spanStart, spanEnd) };
  }

  /** The role stated around the name at `[start, end)`, or null. */
  find(text: string, words: readonly Word[], start: number, end: number): FoundRole | null {
    const first = wordAt(words, start);
    const before = this.modifiersBefore(words, first);
    const prefixed = this.role(text, words, before, words[before.first]?.start ?? start, end);
    if (prefixed?.title) return prefixed;

    // Apposition before the name: "Norway's prime minister, Jonas Gahr Store".
    if (words[first - 1]?.text === ',') {
      const appositive = this.modifiersBefore(words, first - 1);
      if (appositive.titleWords.length > 0) return this.role(text, words, appositive, words[appositive.first]!.start, end);
    }

    // Apposition after the name: ", (the|a) (Ukraine's|Ukrainian)? president (of ...|at ...)? (,|.)".
    let next = wordAt(words, end);
    if (words[next]?.text === ',') {
      next++;
      if (words[next] !== undefined && ARTICLES.has(words[next]!.lower)) next++;
      let last = next;
      while (words[last] !== undefined && last - next < 8 && !APPOSITION_ENDS.has(words[last]!.lower)) last++;
      if (last > next && words[last] !== undefined) {
        const appositive = this.modifiersBefore(words, last);
        if (appositive.first === next && appositive.titleWords.length > 0) {
          return this.role(text, words, appositive, start, words[last - 1]!.end);
        }
      }
    }
    return prefixed;
  }
}
