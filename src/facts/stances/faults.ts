/**
 * The shown-fault reader: a fault a quote's speaker says a remark shows ("the comments showed “a lack of respect”").
 */
import { auxiliariesOf } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues } from './cues.js';
import { quoteAt } from './holders.js';
import { readablePhrase } from './issue.js';

/**
 * A fault a quote's speaker says a remark or act shows: "the mayor's comments showed “a lack of
 * respect”", "the judge's remarks “show bias”": the speaker opposes the subject. A person's own
 * faults ("Smith shows contempt") judge the person, no issue.
 */
export function shownFault(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, tree } = context;
  if (tree === null || !stanceCues().faultNouns.has(words[at]!.lower)) return undefined;
  const misparsed = quotedVerbAsSubject(tree, words, at);
  if (misparsed === undefined && tree.relation(at) !== 'obj') return undefined;
  const verb = misparsed ?? tree.head(at);
  if (verb < context.start || !stanceCues().showingVerbs.has(words[verb]!.lower) || auxiliariesOf(tree, words, verb).some((word) => stanceCues().negations.has(word.lower))) return undefined;
  const quote = quoteAt(context, at, (candidate) => candidate.speaker?.entity != null);
  const subject = misparsed === undefined ? tree.dependent(verb, 'nsubj') : [...tree.dependentsOf(at)].find((dependent) => dependent < verb && tree.relation(dependent) === 'nsubj') ?? -1;
  if (quote === undefined || subject < context.start || subject > verb || words[subject]!.pos === 'PRON' || actors.covering(subject)?.entity.type === 'PERSON' || stanceCues().personNouns.has(words[subject]!.lower)) return undefined;
  const issue = readablePhrase(words, Math.max(tree.extent(subject)[0], context.start), subject + 1);
  return issue === null ? undefined : { holder: [quote.speaker!.entity!], issue, polarity: 'oppose', rule: `shown-fault:${words[at]!.lower}` };
}

/**
 * The verb right before noun `at` that the parser made the noun's subject where a quotation mark
 * opens before the verb (the comments “shows bias”: "shows" as a subject of "bias", beside
 * "comments"); undefined otherwise.
 */
function quotedVerbAsSubject(tree: DependencyTree, words: readonly Word[], at: number): number | undefined {
  const verb = at - 1;
  return words[verb]?.pos === 'VERB' && tree.head(verb) === at && tree.relation(verb) === 'nsubj' && /^[“"‘']$/u.test(words[verb - 1]?.text ?? '') ? verb : undefined;
}
