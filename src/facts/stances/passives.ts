/**
 * A passive stance verb ("a deal rejected by Congress"): its agent holds the stance on its subject.
 */
import { actorsAfter, entityIds, phraseActors, subjectEnd } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import type { Found, Polarity, SentenceContext } from './context.js';
import { stanceGrammarWords } from './cues.js';
import { readablePhrase } from './issue.js';

/** "a deal that was rejected by Congress": the agent holds the stance on the subject; with no agent named, nobody does. */
export function passiveStance(context: SentenceContext, verb: number, polarity: Polarity, rule: string): Found | undefined {
  const { words, actors, start, end, tree } = context;
  const parsed = tree === null ? undefined : treePassive(context, tree, verb);
  if (parsed !== undefined) return parsed.holder.length === 0 || parsed.issue === null ? undefined : { ...parsed, polarity, rule: `${rule}:passive` };
  let by = verb + 1;
  while (by < end && by - verb <= 3 && words[by]!.lower !== 'by') by++;
  // "rejected by Senator Jane Doe", "by the union and Governor Park": the actors after "by", past a title or a determiner.
  const agents = words[by]?.lower === 'by' ? actorsAfter(actors, words, by + 1, end).filter((mention) => actors.isActor(mention)) : [];
  if (agents.length === 0) return undefined;
  let subjectLast = subjectEnd(words, verb) - 1;
  if (['that', 'which'].includes(words[subjectLast]?.lower ?? '')) subjectLast--;
  const subject = actors.endingAt(subjectLast);
  const issue = subject !== undefined ? subject.entity.name : readablePhrase(words, nounPhraseStart(words, subjectLast, start), subjectLast + 1);
  return { holder: entityIds(agents), issue, polarity, rule: `${rule}:passive` };
}

/**
 * A passive stance verb in the parse: its `obl:agent` holds the stance, on its `nsubj:pass`, or
 * on the noun a passive relative clause or participle qualifies ("a deal that was rejected by
 * Congress", "a bill backed by the mayor"). Undefined when the parse names no agent.
 */
function treePassive(context: SentenceContext, tree: DependencyTree, verb: number): { holder: string[]; issue: string | null } | undefined {
  const { words, actors, start } = context;
  const agent = tree.dependent(verb, 'obl:agent');
  if (agent < 0) return undefined;
  // Not those of a relative clause on the agent ("by the Harbour Planning Committee, which includes supporters of Doe").
  const holder = entityIds(phraseActors(actors, words, tree, agent, start).filter((mention) => !inRelativeClauseUnder(tree, mention.first, agent)));
  // "a practice criticized by Doe and the union": with its agent named the participle is passive,
  // though the parser may give it a plain `nsubj`.
  let subject = tree.dependent(verb, 'nsubj:pass', 'nsubj');
  const qualifies = ['acl', 'acl:relcl'].includes(tree.relation(verb));
  const relative = subject >= 0 && stanceGrammarWords().relativePronouns.has(words[subject]!.lower);
  if (qualifies && (subject < 0 || relative)) subject = tree.head(verb);
  // "blocked the law, opposed by Democrats, because ...": the parser hangs a participle set off
  // by commas on the verb before it; it qualifies that verb's object, which ends at the comma.
  else if (subject < 0 && tree.relation(verb) === 'advcl') subject = objectEndingBefore(tree, words, verb);
  // The parser often takes a passive relative clause for a complement ("spoke against a deal that
  // was rejected by ...": ccomp): the word rules find the noun before "that".
  else if (relative) return undefined;
  if (subject < 0) return { holder, issue: null };
  const named = actors.endingAt(subject);
  if (named !== undefined) return { holder, issue: named.entity.name };
  const [phraseFirst, last] = tree.extent(subject);
  let first = phraseFirst;
  // "policies on Israel and the Iran deal embraced by Clinton": not the conjunction the parse hangs on the second of a pair.
  while (first < subject && ['cc', 'punct'].includes(tree.relation(first)) && tree.head(first) === subject) first++;
  return { holder, issue: readablePhrase(words, Math.max(first, start), subject === tree.head(verb) ? tree.extent(verb)[0] : last + 1) };
}

/** The object of the verb the participle at `verb` hangs on, when that object ends right before a comma opening the participle's phrase; else -1. */
function objectEndingBefore(tree: DependencyTree, words: readonly Word[], verb: number): number {
  // The parse may hang the comma on the participle itself.
  const first = tree.extent(verb)[0];
  const comma = words[first]!.text === ',' ? first : first - 1;
  const object = tree.dependent(tree.head(verb), 'obj');
  return words[comma]?.text === ',' && object >= 0 && tree.extent(object)[1] === comma - 1 ? object : -1;
}

/** Whether the word at `word` is inside a relative clause of the phrase headed by `top`, by the parse. */
function inRelativeClauseUnder(tree: DependencyTree, word: number, top: number): boolean {
  for (let node = word; node >= 0 && node !== top; node = tree.head(node)) if (tree.relation(node) === 'acl:relcl') return true;
  return false;
}

/** Where the noun phrase ending at word `last` starts ("the Iran deal"). */
function nounPhraseStart(words: readonly Word[], last: number, floor: number): number {
  let i = last;
  while (i > floor && ['ADJ', 'DET', 'NOUN', 'PROPN', 'NUM'].includes(words[i - 1]!.pos)) i--;
  return i;
}
