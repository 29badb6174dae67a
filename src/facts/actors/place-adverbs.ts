/** Place adverbs ("there") as mentions of the place they point back to. */
import type { EntityType } from '../../document/contract.js';
import { type Word, wordAt } from '../words.js';
import { mentionOf, type Draft } from './draft.js';
import { isPlaceAdverb } from './pronouns.js';

/** Types of the actors a place adverb ("there") may refer to. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Adds a place adverb ("there") to the place named last before it, in its sentence or the one
 * before ("She moved to Lisbon in 1952, and taught there for years"); not an existential
 * "there" ("there is"), not one inside quotation marks (a speaker's "sit there" points at what
 * the reader cannot see), and nothing when no place is that near.
 */
export function addPlaceAdverbs(words: readonly Word[], drafts: readonly Draft[], quoted: Uint8Array): void {
  const places: { position: number; draft: Draft }[] = [];
  for (const draft of drafts) {
    if (!PLACE_TYPES.has(draft.type)) continue;
    for (const mention of draft.mentions) if (mention.kind === 'name' || mention.kind === 'nominal') places.push({ position: wordAt(words, mention.start), draft });
  }
  if (places.length === 0) return;
  places.sort((a, b) => a.position - b.position);
  let next = 0;
  let latest: { position: number; draft: Draft } | undefined;
  words.forEach((word, index) => {
    while (next < places.length && places[next]!.position < index) latest = places[next++];
    if (latest === undefined || quoted[index] === 1 || !isPlaceAdverb(words, index)) return;
    if (words[latest.position]!.sentence < word.sentence - 1) return;
    latest.draft.mentions.push(mentionOf(word, 'pronoun'));
  });
}
