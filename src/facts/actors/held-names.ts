/**
 * Names inside other names ("Texas" in "the University of Texas"): mentions of their own actors,
 * which count for no actor's salience.
 */
import type { EntityType } from '../../document/contract.js';
import { span } from '../../document/doc.js';
import { isCapitalised, type Word, wordAt } from '../words.js';
import { mentionOf, type Draft, type EntityMention } from './draft.js';
import type { KnowledgeBase } from './kb.js';

/** Types of a name that may hold another actor's name ("University of Texas", "Boston Red Sox", "Casamance River"). */
const HOLDING_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'FAC', 'LOC', 'MISC', 'EVENT']);
/** Types of the actors whose names may stand inside another name. */
const HELD_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);
/** The most words of a name held inside another. */
const HELD_WORDS = 4;

/**
 * Adds the names that stand inside other names as mentions of their own actors: "Texas" in
 * "the University of Texas", "Boston" in "the Boston Red Sox", "Jack London" in "Jack London
 * Square": an actor the article names by the same words on their own (a country also by any
 * of its names), or a place the knowledge base knows (`place` gives its draft, made when the
 * article has none). Only an organisation's, a facility's, a region's or a work's name holds
 * others; a person's ("Hunter Biden") and a city's ("Kansas City") do not. Returns the mentions
 * added, which count for no actor's salience.
 */
export function addHeldNames(text: string, words: readonly Word[], drafts: readonly Draft[], kb: KnowledgeBase, countries: ReadonlyMap<string, Draft>, place: (name: string) => Draft | undefined): Set<EntityMention> {
  const added = new Set<EntityMention>();
  const byName = new Map<string, Draft>();
  for (const draft of drafts) {
    if (!HELD_TYPES.has(draft.type) || draft.cluster === null) continue;
    for (const mention of draft.mentions) if (mention.kind === 'name' && !byName.has(mention.text)) byName.set(mention.text, draft);
  }
  // A place the article names only inside other names: at the name's start ("the Pittsburgh
  // Pirates") or after "of" ("the University of Texas"), not at its end ("Wells Fargo"), and
  // no abbreviation but a country's ("IG Ltd.").
  const unnamedPlace = (name: string, from: number, first: number) => (from === first || words[from - 1]?.lower === 'of')
    && (!/^[\p{Lu}.&]+$/u.test(name) || kb.countryByName(name) !== undefined) ? place(name) : undefined;
  const held = (name: string, holder: Draft, from: number, first: number): Draft | undefined => {
    const draft = byName.get(name) ?? countries.get(`iso:${kb.countryByName(name)?.code ?? ''}`) ?? unnamedPlace(name, from, first);
    if (draft === undefined || draft === holder) return undefined;
    // One word alone is held only as a place's name: a surname may be a relative's or the
    // holder's own ("Trump Organization"), and a word like "Court" or "Square" names no one apart.
    if (!/\s/.test(name) && draft.type !== 'GPE' && kb.placeCountry(name) === undefined) return undefined;
    return draft;
  };
  for (const holder of drafts) {
    if (!HOLDING_TYPES.has(holder.type) || holder.cluster === null) continue;
    for (const mention of holder.mentions) {
      if (mention.kind !== 'name') continue;
      const first = wordAt(words, mention.start);
      const last = wordAt(words, mention.end) - 1;
      if (last <= first) continue;
      // Longest first, leftmost first; a word already taken is not taken again.
      const taken = new Set<number>();
      for (let size = Math.min(HELD_WORDS, last - first); size >= 1; size--) {
        for (let from = first; from + size - 1 <= last; from++) {
          const to = from + size - 1;
          let free = true;
          for (let i = from; i <= to; i++) if (taken.has(i)) free = false;
          if (!free || !isCapitalised(words[from]) || !isCapitalised(words[to])) continue;
          const draft = held(text.slice(words[from]!.start, words[to]!.end), holder, from, first);
          if (draft === undefined) continue;
          for (let i = from; i <= to; i++) taken.add(i);
          const mention = mentionOf(span(text, words[from]!.start, words[to]!.end), 'name');
          draft.mentions.push(mention);
          added.add(mention);
        }
      }
    }
  }
  return added;
}
