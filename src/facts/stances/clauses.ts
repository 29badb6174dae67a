/**
 * Tests on the clause around a cue that the stance readers share: adverbs, infinitives, questions,
 * clauses asked about or supposed, relative clauses, times between a verb and its particle.
 */
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import { stanceCues } from './cues.js';

/** How far before an abstract object its verb may be ("reiterated the importance of"). */
const MAX_VERB_DISTANCE = 4;

/** Whether a word is an adverb: tagged one, or ending in -ly. */
export const isAdverb = (word: Word | undefined) => word !== undefined && (word.pos === 'ADV' || /ly$/u.test(word.lower));

/** The word at `at`, or the first after a time there ("grilled Smith on Tuesday for his role": "for"). */
export const afterTime = (words: readonly Word[], at: number, end: number) => at + timeGap(words, at, end);

/** How many words a time between a verb and its particle may have ("on Tuesday", "Wednesday morning"). */
const MAX_TIME_GAP = 3;

/** How many words from `from` name a time ("Wednesday", "on Tuesday") before the end `end` of the sentence; 0 when none do. */
export function timeGap(words: readonly Word[], from: number, end: number): number {
  const { timeWords } = stanceCues();
  const first = words[from]?.lower === 'on' ? from + 1 : from;
  let k = first;
  while (k < end && k - from < MAX_TIME_GAP && timeWords.has(words[k]!.lower)) k++;
  return k > first ? k - from : 0;
}

/** Whether word `verb` after the "to" at `to` is an infinitive: tagged a verb, or the verb the parse hangs the "to" on ("to back Clinton", "back" tagged an adverb). */
export function isInfinitive(words: readonly Word[], tree: DependencyTree | null, to: number, verb: number): boolean {
  if (words[verb]?.pos === 'VERB') return true;
  return tree !== null && verb < words.length && tree.head(to) === verb && tree.relation(to) === 'mark';
}

/**
 * Whether the parse puts the verb at `verb` in a clause opened by one of `openClauseMarks` or `conditions`
 * ("a vote on whether to endorse Smith", "If they want our money, ..."): its own `mark`, or that
 * of the verb it completes ("whether to continue to back") or of the predicate its infinitive is
 * the subject or complement of ("whether it is right for a judge to criticize a candidate"), also
 * where the parse hangs that infinitive on the verb above the predicate, right after it.
 */
export function inOpenClause(tree: DependencyTree, words: readonly Word[], verb: number): boolean {
  let clause = verb;
  for (let depth = 0; depth < 3 && clause >= 0; depth++) {
    if (isOpened(tree, words, clause)) return true;
    // The parser may hang the clause on "whether" itself ("decide whether to endorse").
    if (stanceCues().openClauseMarks.has(words[tree.head(clause)]?.lower ?? '')) return true;
    if (tree.relation(clause) !== 'xcomp' && !isInfinitiveArgument(tree, words, clause)) return false;
    if (hasToMark(tree, words, clause) && opensRightBefore(tree, words, clause)) return true;
    clause = tree.head(clause);
  }
  return false;
}

/** Whether the word at `clause` has a `mark` among `openClauseMarks` or `conditions`. */
function isOpened(tree: DependencyTree, words: readonly Word[], clause: number): boolean {
  const { openClauseMarks, conditions } = stanceCues();
  return [...tree.dependentsOf(clause)].some((dependent) => tree.baseRelation(dependent) === 'mark' && (openClauseMarks.has(words[dependent]!.lower) || conditions.has(words[dependent]!.lower)));
}

/**
 * Whether the infinitive at `clause` follows straight on an opened clause that the parse hangs on
 * the same head ("would not say [whether it is right for a judge] to criticize ...").
 */
function opensRightBefore(tree: DependencyTree, words: readonly Word[], clause: number): boolean {
  const first = tree.extent(clause)[0];
  return [...tree.dependentsOf(tree.head(clause))].some((sibling) => sibling < clause && tree.extent(sibling)[1] === first - 1 && isOpened(tree, words, sibling));
}

/** Relations by which an infinitive hangs on the predicate it is the subject or complement of ("it is right to criticize"). */
const INFINITIVE_ARGUMENTS = new Set(['csubj', 'ccomp', 'advcl']);

/** Whether the verb at `clause` is an infinitive ("to" its mark) that the parse hangs on a predicate as its subject or complement. */
function isInfinitiveArgument(tree: DependencyTree, words: readonly Word[], clause: number): boolean {
  return INFINITIVE_ARGUMENTS.has(tree.baseRelation(clause)) && hasToMark(tree, words, clause);
}

/** Whether the verb at `clause` has "to" as its mark: an infinitive. */
const hasToMark = (tree: DependencyTree, words: readonly Word[], clause: number) => [...tree.dependentsOf(clause)].some((dependent) => tree.baseRelation(dependent) === 'mark' && words[dependent]!.lower === 'to');

/** Whether the parse puts the auxiliary at `at` in a relative clause ("the thing you must have"). */
export const inRelativeClause = (tree: DependencyTree | null, at: number) => tree !== null && ['acl', 'acl:relcl'].includes(tree.relation(tree.head(at)));

/** Whether the sentence `[start, end)` asks a question: its last word, before closing quotation marks, is "?". */
export function isQuestion(words: readonly Word[], start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && /^[”"’']$/u.test(words[last]!.text)) last--;
  return words[last]?.text === '?';
}

/** The verb an abstract object or act noun belongs to ("reiterated the importance of"), within a few words before it. */
export function governingVerb(words: readonly Word[], at: number, floor: number): number | undefined {
  for (let i = at - 1; i >= floor && at - i <= MAX_VERB_DISTANCE; i--) if (words[i]!.pos === 'VERB') return i;
  return undefined;
}
