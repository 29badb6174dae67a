/**
 * The verdict reader: a quote's speaker's verdict on an act or policy ("Taking these people is
 * insanity"), and a verdict a calling verb gives its object ("called the plan “a disaster”").
 */
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import { inOpenClause } from './clauses.js';
import type { Found, Polarity, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { holderOf, quoteAt } from './holders.js';
import { phraseAt, readablePhrase } from './issue.js';
import { relativeClauseObject } from './verb-objects.js';

/**
 * A verdict a quote's speaker gives on an act or a policy, the subject of a predicate among
 * `verdicts`: "Taking these people is absolute insanity" (oppose), "defeating the militants is a
 * higher priority than ..." (support), "Another look at the rules is warranted" (demand). After
 * one of `verdictInverters` the side is taken on what follows "than" ("ending the strike was less
 * important than reopening the port"). A person judged ("Smith is a disaster"), a pronoun subject
 * ("It is important to note") and a negated verdict are left out.
 */
export function verdictStance(context: SentenceContext, word: number): Found | undefined {
  const { words, actors, end, tree } = context;
  const { verdicts, verdictInverters, negations } = stanceCues();
  const polarity = verdicts.get(words[word]!.lower);
  if (polarity === undefined || tree === null) return undefined;
  // "The levy is a dangerous idea": a verdict adjective on the predicate noun judges as the noun would.
  const at = tree.relation(word) === 'amod' && tree.dependent(tree.head(word), 'cop') >= 0 ? tree.head(word) : word;
  const quote = quoteAt(context, at, (candidate) => candidate.speaker?.entity != null);
  const copula = tree.dependent(at, 'cop', 'aux:pass');
  if (copula < 0) return calledVerdict(context, tree, at, polarity);
  if (quote === undefined || copula > at) return undefined;
  const dependents = [...tree.dependentsOf(at)];
  if (dependents.some((dependent) => negations.has(words[dependent]!.lower)) || negations.has(words[copula + 1]?.lower ?? '')) return undefined;
  // "all computers can be rigged", "it could be a mistake": a possibility is no verdict; nor is
  // one asked about ("whether it should be illegal").
  if (dependents.some((dependent) => tree.relation(dependent) === 'aux' && stanceCues().possibilityModals.has(words[dependent]!.lower)) || inOpenClause(tree, words, at)) return undefined;
  let subject = tree.dependent(at, 'nsubj', 'nsubj:pass', 'csubj', 'csubj:pass');
  // "It would be a mistake to raise taxes", "It is important to protect the wetlands": the verdict is on the infinitive after it.
  const expletive = tree.dependent(at, 'expl', 'nsubj');
  if (expletive >= 0 && expletive < copula && words[expletive]!.lower === 'it') {
    const act = extraposedAct(tree, words, at);
    // "It is important to remember ...": telling, no side.
    return act === undefined || stanceCues().tellingActs.has(words[act]!.lower) ? undefined : { holder: [quote.speaker!.entity!], issue: phraseAt(words, act, end), polarity, rule: `verdict:${words[word]!.lower}:extraposed` };
  }
  // The parser often hangs the predicate on a gerund subject ("Taking these people is insanity": an adverbial clause of "Taking").
  if (subject < 0 && tree.relation(at) === 'advcl' && tree.head(at) < copula && /ing$/u.test(words[tree.head(at)]!.lower)) subject = tree.head(at);
  if (subject < 0) subject = objectBeforeCopula(tree, at, copula);
  // "the families of the victims were wrong", "other senators would be smart": a verdict on people is none on an issue.
  if (subject < 0 || subject > copula || words[subject]!.pos === 'PRON' || actors.covering(subject)?.entity.type === 'PERSON' || stanceCues().personNouns.has(words[subject]!.lower)) return undefined;
  let first = Math.max(tree.extent(subject)[0], context.start);
  // The parse may hang an opening quotation mark or a semicolon on the subject.
  while (first < subject && words[first]!.pos === 'PUNCT') first++;
  if (words[first]!.start < quote.start) return undefined;
  const inverted = dependents.some((dependent) => dependent < at && verdictInverters.has(words[dependent]!.lower));
  const than = inverted ? dependents.map((dependent) => tree.dependent(dependent, 'case', 'mark')).find((mark) => words[mark]?.lower === 'than') : undefined;
  if (inverted && than === undefined) return undefined;
  const issue = than === undefined ? readablePhrase(words, first, copula) : phraseAt(words, than + 1, end);
  return { holder: [quote.speaker!.entity!], issue, polarity, rule: `verdict:${words[word]!.lower}${inverted ? ':inverted' : ''}` };
}

/**
 * The subject of a reported clause without "that" that the parser read as the object of the
 * verb before it ("has conceded the tax code is ''unfair''": "the tax code" as the object of
 * "conceded", the verdict hung on "conceded"): that object, where it ends right before the
 * verdict's copula; -1 otherwise.
 */
function objectBeforeCopula(tree: DependencyTree, verdict: number, copula: number): number {
  const verb = tree.head(verdict);
  if (verb < 0 || verb > copula) return -1;
  const object = tree.dependent(verb, 'obj');
  return object >= 0 && object < copula && tree.extent(object)[1] === copula - 1 ? object : -1;
}

/** The first word of the infinitive a verdict with an expletive "it" judges ("a mistake to raise taxes": "raise"), or undefined when none with an object or oblique follows it. */
function extraposedAct(tree: DependencyTree, words: readonly Word[], verdict: number): number | undefined {
  for (const dependent of tree.dependentsOf(verdict)) {
    if (dependent < verdict || !['csubj', 'acl', 'advcl', 'xcomp', 'ccomp'].includes(tree.relation(dependent))) continue;
    const mark = tree.dependent(dependent, 'mark');
    // An act on something ("to raise taxes"), not one alone ("It is important to listen").
    if (words[mark]?.lower === 'to' && mark === tree.extent(dependent)[0] && words[dependent]!.pos === 'VERB' && tree.dependent(dependent, 'obj', 'obl') >= 0) return mark + 1;
  }
  return undefined;
}

/**
 * The calling verb whose object a verdict word completes: its head, as an `xcomp` ("called the
 * plan “a disaster”"), or, where the parser hung a quoted adjective after the object's last noun
 * as that noun's modifier ("called the handling of the strike “outrageous”"), the verb whose
 * object holds that noun.
 */
function callingVerbOf(tree: DependencyTree, words: readonly Word[], verdict: number): number | undefined {
  const { callingVerbs } = stanceCues();
  const head = tree.head(verdict);
  if (head < 0) return undefined;
  if (tree.relation(verdict) === 'xcomp') return callingVerbs.has(words[head]!.lower) ? head : undefined;
  // "which Mr. Trump called ''a disgrace''": the parser may make the verdict a second object, after the one judged.
  if (tree.relation(verdict) === 'obj' && [...tree.dependentsOf(head)].some((other) => other < verdict && ['obj', 'iobj'].includes(tree.relation(other)))) return callingVerbs.has(words[head]!.lower) ? head : undefined;
  // "described the levy as a disaster", "as a fair compromise": the "as" phrase of a calling verb, or a verdict qualifying it.
  const asPhrase = (node: number) => (tree.relation(node) === 'xcomp' || tree.baseRelation(node) === 'obl') && words[tree.dependent(node, 'case')]?.lower === 'as';
  if (asPhrase(verdict)) return callingVerbs.has(words[head]!.lower) ? head : undefined;
  if (tree.relation(verdict) === 'amod' && asPhrase(head)) return callingVerbs.has(words[tree.head(head)]?.lower ?? '') ? tree.head(head) : undefined;
  if (tree.relation(verdict) !== 'amod' || head > verdict || !/^[“"‘']$/u.test(words[verdict - 1]?.text ?? '')) return undefined;
  for (let node = head; node >= 0; node = tree.head(node)) {
    if (tree.relation(node) === 'obj') return callingVerbs.has(words[tree.head(node)]!.lower) ? tree.head(node) : undefined;
  }
  return undefined;
}

/**
 * A verdict one of `callingVerbs` gives its object: "Clinton called Wells Fargo's behavior
 * “outrageous”" (Clinton opposes the behavior), "a valuation which Mr. Trump called ''a
 * disgrace''" (the noun the relative clause qualifies). A person as such ("called Trump a
 * disgrace") is an attack, no stance, as is a pronoun object.
 */
function calledVerdict(context: SentenceContext, tree: DependencyTree, verdict: number, polarity: Polarity): Found | undefined {
  const { words, actors, end } = context;
  const verb = callingVerbOf(tree, words, verdict);
  if (verb === undefined) return undefined;
  if ([...tree.dependentsOf(verdict)].some((dependent) => stanceCues().negations.has(words[dependent]!.lower))) return undefined;
  const object = tree.dependent(verb, 'obj');
  if (object < 0 || stanceGrammarWords().relativePronouns.has(words[object]!.lower)) {
    const qualified = relativeClauseObject(context, tree, verb);
    return qualified === undefined ? undefined : { holder: holderOf(context, verb), issue: qualified, polarity, rule: `called-verdict:${words[verdict]!.lower}:relative` };
  }
  if (object > verdict || words[object]!.pos === 'PRON' || actors.covering(object)?.entity.type === 'PERSON') return undefined;
  // The object phrase up to the verdict, where the parse takes the verdict into it.
  let last = Math.min(tree.extent(object)[1], verdict - 1, end - 1);
  while (last > object && /^[“"‘'”’]$/u.test(words[last]!.text)) last--;
  const issue = readablePhrase(words, Math.max(tree.extent(object)[0], context.start), last + 1);
  return issue === null ? undefined : { holder: holderOf(context, verb), issue, polarity, rule: `called-verdict:${words[verdict]!.lower}` };
}
