/**
 * What a stance verb takes a side on, past its own words: its object or complement in the parse,
 * the noun a relative clause qualifies, a quotation, the policy an object "it" stands for, and
 * whether an object is an act noun that states a position itself or an ambition of the holder's own.
 */
import type { DependencyTree } from '../tree.js';
import { isClosingQuote, isOpeningQuote, type Word } from '../words.js';
import type { SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { isPossessiveMark, MAX_ISSUE_WORDS, readablePhrase } from './issue.js';

/** The words of a quotation opening at `from` and closed within MAX_ISSUE_WORDS before `end`, without the punctuation inside its closing mark; null when none opens there. */
export function quotedObject(words: readonly Word[], from: number, end: number): string | null {
  if (!isOpeningQuote(words[from]) || words[from + 1]?.start !== words[from]!.end) return null;
  for (let k = from + 2; k < end && k - from <= MAX_ISSUE_WORDS; k++) {
    if (!isClosingQuote(words[k]) || words[k - 1]!.end !== words[k]!.start) continue;
    let last = k;
    while (last > from + 1 && /^[,.;:]$/u.test(words[last - 1]!.text)) last--;
    return readablePhrase(words, from + 1, last);
  }
  return null;
}

/** Whether the word at `at` is an object "it" ("opposed it because ..."), not the subject of a clause ("said it would"). */
export const isObjectIt = (words: readonly Word[], at: number) => words[at]?.lower === 'it' && !['VERB', 'AUX', 'PART'].includes(words[at + 1]?.pos ?? '');

/**
 * The noun phrase of the policy an object "it" at `it` stands for: the nearest of
 * `antecedentNouns` heading a phrase before it, in its sentence or the one before ("The House
 * passed a bill ... Democrats opposed it"); null when none is there.
 */
export function policyAntecedent(words: readonly Word[], it: number): string | null {
  const sentence = words[it]!.sentence;
  for (let k = it - 1; k >= 0 && words[k]!.sentence >= sentence - 1; k--) {
    const word = words[k]!;
    if (word.pos !== 'NOUN' || !stanceCues().antecedentNouns.has(word.lower)) continue;
    // The head of its phrase, not a modifier ("the bill's language", "the bill sponsors").
    if (['NOUN', 'PROPN'].includes(words[k + 1]?.pos ?? '') || isPossessiveMark(words[k + 1])) continue;
    let first = k;
    while (first > 0 && words[first - 1]!.sentence === word.sentence && ['ADJ', 'DET', 'NOUN', 'PROPN', 'NUM'].includes(words[first - 1]!.pos)) first--;
    return readablePhrase(words, first, k + 1);
  }
  return null;
}

/**
 * Whether the phrase at `from` is an act noun with a possessive pronoun that states a position
 * itself ("her vote against", "his call for", "her proposal to", "his support"); a named owner's
 * ("supported Obama's call for") is another's position taken up.
 */
export function ownsStanceAct(words: readonly Word[], from: number, end: number): boolean {
  const { actNouns, actNounsWithAct, actNounPhrases } = stanceCues();
  if (!stanceGrammarWords().possessivePronouns.has(words[from]?.lower ?? '')) return false;
  let k = from + 1;
  while (k < end && words[k]!.pos === 'ADJ') k++;
  const noun = words[k]?.lower ?? '';
  return actNouns.has(noun) || actNounsWithAct.has(noun) || actNounPhrases.has(`${noun} ${words[k + 1]?.lower ?? ''}`);
}

/** Relations of a stance verb's dependent that name what it takes a side on, in order of preference. */
// The parser often takes the person urged for an indirect object ("urged Senator Jane Doe to run").
const OBJECT_RELATIONS = ['obj', 'iobj', 'ccomp', 'xcomp'];

/**
 * The words `[from, to)` of the phrase a stance verb at `verb` takes a side on in the parse: its
 * object or complement ("backed the plan", "urged Cruz to run": the object and the clause after
 * it), or for a verb with a particle the phrase of that preposition ("called for a ban", "ruled
 * out a draft"). Undefined when the parse gives the verb none.
 */
export function objectPhrase(tree: DependencyTree, words: readonly Word[], verb: number, length: number): [number, number] | undefined {
  const particle = length > 1 ? words[verb + length - 1]!.lower : undefined;
  for (const dependent of tree.dependentsOf(verb)) {
    if (dependent <= verb + length - 1) continue;
    const relation = tree.relation(dependent);
    const [first, last] = tree.extent(dependent);
    if (relation === 'obl' && particle !== undefined) {
      const mark = tree.dependent(dependent, 'case');
      if (mark === verb + length - 1) return [mark + 1, last + 1];
      continue;
    }
    if (!OBJECT_RELATIONS.includes(relation)) continue;
    // "broke with Senator Doe": the parser may make the particle's noun an object, the particle its case.
    // (Not a clause's "to": "agreed to meet" is an act, which the issue rules leave out.)
    if (particle !== undefined && first === verb + length - 1 && (relation === 'obj' || relation === 'iobj')) return [verb + length, last + 1];
    // "urged Ted Cruz to run for President": the act asked of the object goes with it.
    const clause = relation === 'obj' || relation === 'iobj' ? tree.dependent(verb, 'xcomp') : -1;
    // "taken aim at Kelly Ayotte", parsed with "aim at" inside the object: the phrase starts after the cue's words.
    return [first < verb + length - 1 ? verb + length : first, clause > dependent ? tree.extent(clause)[1] + 1 : last + 1];
  }
  return undefined;
}

/** Relations of the words before a noun that are part of its phrase ("the", "new", "Norway's", "catch"). */
const NOUN_PHRASE_RELATIONS = new Set(['det', 'amod', 'compound', 'nmod', 'nummod', 'flat', 'advmod']);

/**
 * The noun phrase an object relative clause qualifies, read as its verb's issue (its object is
 * none or the relative pronoun): the clause of `verb` is "acl:relcl" in the parse, its subject is
 * not the relative pronoun ("limits that
 * Norway proposed", not "officials who proposed"), and the phrase runs from the noun's first word
 * to the clause. Undefined otherwise.
 */
export function relativeClauseObject({ words, start }: SentenceContext, tree: DependencyTree, verb: number): string | undefined {
  if (tree.relation(verb) !== 'acl:relcl') return undefined;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || stanceGrammarWords().relativePronouns.has(words[subject]!.lower)) return undefined;
  const noun = tree.head(verb);
  // From the noun phrase's first word: its determiner and modifiers, not the preposition it may
  // hang on ("agreed [to] the limits that ..."), nor the subject and copula of a noun the parse
  // makes a predicate (", which was the provision ...", "he is with Clinton, who he is supporting").
  let first = noun;
  for (const dependent of tree.dependentsOf(noun)) if (dependent < noun && NOUN_PHRASE_RELATIONS.has(tree.baseRelation(dependent))) first = Math.min(first, tree.extent(dependent)[0]);
  const clauseStart = tree.extent(verb)[0];
  if (noun < start || clauseStart <= noun) return undefined;
  return readablePhrase(words, Math.max(first, start), clauseStart) ?? undefined;
}

/** Whether an issue is an office or a contest the holder seeks for itself: headed by one of `ambitions`, not "the nomination of Garland". */
export function isAmbition(issue: string, ambitions: ReadonlySet<string>): boolean {
  const parts = issue.toLowerCase().split(' ');
  // "wants Ginsburg to resign from her post": an act asked of another.
  if (parts.includes('to')) return false;
  const head = parts.findIndex((part) => ambitions.has(part));
  return head >= 0 && (head === parts.length - 1 || stanceGrammarWords().ambitionCircumstances.has(parts[head + 1]!));
}
