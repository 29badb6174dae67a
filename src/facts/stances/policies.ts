/**
 * The policy reader: a policy a holder says it will carry out ("would end the special treatment of ...").
 */
import { auxiliariesOf } from '../arguments.js';
import { inOpenClause, isQuestion } from './clauses.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { holderOf } from './holders.js';
import { issueAt, phraseAt } from './issue.js';

/**
 * A policy a holder says it will carry out: "Mayor Doe said he would end the special treatment of
 * farm land" opposes the treatment; "Mrs. Roe would raise the minimum wage" supports
 * raising it. Not negated, not in a condition or question, and only with an object.
 */
export function policyStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start, end, tree } = context;
  const act = stanceCues().modalPolicyActs.at(words, at);
  if (act === undefined || tree === null || words[at]!.pos !== 'VERB') return undefined;
  const own = auxiliariesOf(tree, words, at);
  if (!own.some((word) => stanceGrammarWords().policyModals.has(word.lower)) || own.some((word) => stanceCues().negations.has(word.lower))) return undefined;
  if (isQuestion(words, start, end) || inOpenClause(tree, words, at) || words.slice(start, end).some((word) => stanceCues().conditions.has(word.lower))) return undefined;
  // "say how they would rewrite the levy": a policy asked about, not stated.
  if ([...tree.dependentsOf(at)].some((dependent) => ['mark', 'advmod'].includes(tree.baseRelation(dependent)) && stanceGrammarWords().askingMarks.has(words[dependent]!.lower))) return undefined;
  // "it would in effect end all the kinds of ferry service": a thing's effect, not a holder's policy.
  if (words[tree.dependent(at, 'nsubj')]?.lower === 'it') return undefined;
  // "would raise up a candidate", "would lift me out of": another verb with its particle or a person.
  if (tree.dependent(at, 'compound:prt') > at) return undefined;
  const object = tree.dependent(at, 'obj');
  if (object < 0 || words[object]!.pos === 'PRON' || stanceCues().timeWords.has(words[object]!.lower)) return undefined;
  // "will raise no money": nothing done.
  if ([...tree.dependentsOf(object)].some((dependent) => stanceCues().negations.has(words[dependent]!.lower) || words[dependent]!.lower === 'no')) return undefined;
  const from = tree.extent(object)[0];
  // "would raise $1.1 trillion": a sum the policy yields, no act of its own.
  if (/^[$€£\d]/u.test(words[from]!.text) || words[from]!.lower === 'only') return undefined;
  const removal = stanceCues().removalActs.has(act.join(' '));
  const issue = removal ? issueAt(words, actors, from, end) : phraseAt(words, at, end);
  return issue === null ? undefined : { holder: holderOf(context, at), issue, polarity: removal ? 'oppose' : 'support', rule: `policy:${act.join(' ')}` };
}
