/**
 * Pronouns whose sentence has a description of an actor for its main subject: "The city expanded
 * westward as its population grew", "The ministry said it would appeal". Pronouns are resolved
 * before descriptions are found, so the resolver saw no subject there and took an actor from
 * further back; once the descriptions are known, such a pronoun goes to the actor its
 * sentence's subject describes, when it fits the pronoun and the pronoun's actor is not named
 * in the sentence before it. An "it" or "they" that opens its sentence as its subject (or the
 * subject's possessor) goes likewise to the description that was the sentence before's subject.
 */
import type { DependencyTree } from '../tree.js';
import { wordAt, type Word } from '../words.js';
import type { Draft, EntityMention } from './draft.js';
import { pronounFits, pronounGender } from './pronouns.js';

/** Relations of a verb's arguments: a pronoun that is one is not that verb's subject (binding's principle B: "The city made it ..."). */
const VERB_ARGUMENTS = new Set(['obj', 'iobj', 'obl']);

/** The root of the sentence word `word` stands in. */
function rootOf(tree: DependencyTree, word: number): number {
  let root = word;
  for (let steps = 0, above = tree.head(root); above >= 0 && steps < 100; steps++, above = tree.head(root)) root = above;
  return root;
}

/** Moves each pronoun mention whose sentence's (or, opening it, the sentence before's) main subject is a fitting description to the described actor's draft. */
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
  // The first word of each mention, to tell whether a sentence names anyone before its pronoun.
  const mentionStarts = new Set<number>();
  for (const draft of drafts) for (const mention of draft.mentions) mentionStarts.add(wordAt(words, mention.start));

  /** The description that is the main subject of the pronoun's sentence, before it, when the pronoun may go to it. */
  const sameSentence = (draft: Draft, mention: EntityMention, pronoun: number, subject: number): Draft | undefined => {
    const described = describedAt.get(subject);
    if (described === undefined || described === draft || subject >= pronoun || words[subject]!.sentence !== words[pronoun]!.sentence) return undefined;
    if (VERB_ARGUMENTS.has(tree.baseRelation(pronoun)) && tree.dependent(tree.head(pronoun), 'nsubj', 'nsubj:pass') === subject) return undefined;
    // "His father was a geologist and his mother a nurse": possessed descriptions side by side share their possessor.
    if (tree.dependent(subject, 'nmod:poss') >= 0 && opensDescription.has(pronoun)) return undefined;
    // "The company bought Acme and its plants": the pronoun's own actor, named since the subject, keeps it.
    const namedBetween = draft.mentions.some((other) => other !== mention && wordAt(words, other.start) > subject && wordAt(words, other.start) < pronoun);
    return namedBetween ? undefined : described;
  };

  /**
   * "The company, which is based in Ohio, lost money. Its shares fell": an "it" or "they" that is
   * its sentence's main subject or that subject's possessor, with no one named before it there,
   * continues the sentence before's main subject when that is a description, rather than a name
   * in that sentence's other phrases. (Not "he" or "she": "His father ... . His ..." is the son's.)
   */
  const previousSentence = (draft: Draft, pronoun: number, subject: number): Draft | undefined => {
    if (pronounGender(words[pronoun]!.text) !== undefined) return undefined;
    if (pronoun !== subject && !(tree.head(pronoun) === subject && tree.baseRelation(pronoun) === 'nmod')) return undefined;
    let opening = pronoun;
    while (opening > 0 && words[opening - 1]!.sentence === words[pronoun]!.sentence) opening--;
    if (opening === 0) return undefined;
    for (let k = opening; k < pronoun; k++) if (mentionStarts.has(k)) return undefined;
    const previousSubject = tree.dependent(rootOf(tree, opening - 1), 'nsubj', 'nsubj:pass');
    const described = describedAt.get(previousSubject);
    return described === draft || words[previousSubject]?.sentence !== words[opening - 1]!.sentence ? undefined : described;
  };

  const moves: { from: Draft; to: Draft; mention: EntityMention }[] = [];
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      if (mention.kind !== 'pronoun') continue;
      const pronoun = wordAt(words, mention.start);
      const subject = tree.dependent(rootOf(tree, pronoun), 'nsubj', 'nsubj:pass');
      if (subject < 0) continue;
      const described = sameSentence(draft, mention, pronoun, subject) ?? previousSentence(draft, pronoun, subject);
      if (described !== undefined && pronounFits(words[pronoun]!.text, described.antecedent)) moves.push({ from: draft, to: described, mention });
    }
  }
  for (const { from, to, mention } of moves) {
    from.mentions.splice(from.mentions.indexOf(mention), 1);
    to.mentions.push(mention);
  }
}

