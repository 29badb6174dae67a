/**
 * Pronouns whose sentence has a description of an actor for its main subject: "The city expanded
 * westward as its population grew", "The ministry said it would appeal". Pronouns are resolved
 * before descriptions are found, so the resolver saw no subject there and took an actor from
 * further back; once the descriptions are known, such a pronoun goes to the actor its
 * sentence's subject describes, when it fits the pronoun and the pronoun's actor is not named
 * in the sentence before it.
 */
import type { DependencyTree } from '../tree.js';
import { wordAt, type Word } from '../words.js';
import type { Draft, EntityMention } from './draft.js';
import { pronounFits } from './pronouns.js';

/** Relations of a verb's arguments: a pronoun that is one is not that verb's subject (binding's principle B: "The city made it ..."). */
const VERB_ARGUMENTS = new Set(['obj', 'iobj', 'obl']);

/** The root of the sentence word `word` stands in. */
function rootOf(tree: DependencyTree, word: number): number {
  let root = word;
  for (let steps = 0, above = tree.head(root); above >= 0 && steps < 100; steps++, above = tree.head(root)) root = above;
  return root;
}

/** Moves each pronoun mention whose sentence's main subject is a fitting description to the described actor's draft. */
export function movePronounsToDescribedSubjects(words: readonly Word[], drafts: readonly Draft[], tree: DependencyTree | undefined): void {
  if (tree === undefined) return;
  // Each description's head word (its last: descriptions end at their noun), with its draft.
  const describedAt = new Map<number, Draft>();
  const opensDescription = new Set<number>();
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      if (mention.kind !== 'nominal') continue;
      describedAt.set(wordAt(words, mention.end) - 1, draft);
      opensDescription.add(wordAt(words, mention.start));
    }
  }
  if (describedAt.size === 0) return;
  const moves: { from: Draft; to: Draft; mention: EntityMention }[] = [];
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      if (mention.kind !== 'pronoun') continue;
      const pronoun = wordAt(words, mention.start);
      const subject = tree.dependent(rootOf(tree, pronoun), 'nsubj', 'nsubj:pass');
      const described = describedAt.get(subject);
      if (described === undefined || described === draft || subject >= pronoun || words[subject]!.sentence !== words[pronoun]!.sentence) continue;
      if (!pronounFits(words[pronoun]!.text, described.antecedent)) continue;
      if (VERB_ARGUMENTS.has(tree.baseRelation(pronoun)) && tree.dependent(tree.head(pronoun), 'nsubj', 'nsubj:pass') === subject) continue;
      // "His father was a geologist and his mother a nurse": possessed descriptions side by side share their possessor.
      if (tree.dependent(subject, 'nmod:poss') >= 0 && opensDescription.has(pronoun)) continue;
      // "The company bought Acme and its plants": the pronoun's own actor, named since the subject, keeps it.
      const namedBetween = draft.mentions.some((other) => other !== mention && wordAt(words, other.start) > subject && wordAt(words, other.start) < pronoun);
      if (!namedBetween) moves.push({ from: draft, to: described, mention });
    }
  }
  for (const { from, to, mention } of moves) {
    from.mentions.splice(from.mentions.indexOf(mention), 1);
    to.mentions.push(mention);
  }
}
