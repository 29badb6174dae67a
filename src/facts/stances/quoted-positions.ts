/**
 * The quoted position reader: a speaker's duty ("We should focus on ISIS", "You should resign"), a
 * duty put on a named thing ("Judges should avoid ..."), a wish ("I would like to see ...") and a
 * verdict phrase ("It would make sense to ...") in a quote; and the passive act a negated modal
 * refuses ("should not be allowed to drill"), which reported refusals share (index.ts).
 */
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import { inOpenClause, inRelativeClause, isAdverb, isQuestion } from './clauses.js';
import type { Found, Polarity, SentenceContext } from './context.js';
import { spells, stanceCues, stanceGrammarWords } from './cues.js';
import { quoteAt, speakerOfQuoteAt } from './holders.js';
import { phraseAt, readablePhrase } from './issue.js';

/**
 * A speaker's position as a duty in a direct quote: "We should focus on ISIS" (demand), "We
 * should not be focusing on Syria" (oppose), "What we should do is fix the harbour", and a duty
 * the speaker puts on the one spoken to: "You should resign" (demand).
 */
export function quotedDemand(context: SentenceContext, at: number): Found | undefined {
  const { words, end } = context;
  const { quotedModals, quotedDutySubjects, quotedAddresseeModals, quotedSubjects, quotedWishes, negations } = stanceCues();
  const wish = quotedWishes.at(words, at);
  if (wish !== undefined) {
    // "I would like to see the city change ...": the speaker's wish.
    const speaker = quotedSubjects.has(words[at - 1]?.lower ?? '') ? speakerOfQuoteAt(context, at) : undefined;
    return speaker === undefined ? undefined : { holder: [speaker], issue: phraseAt(words, at + wish.length, end), polarity: 'demand', rule: `quoted-wish:${wish.join(' ')}` };
  }
  const judged = stanceCues().quotedVerdictList.at(words, at);
  if (judged !== undefined) return quotedVerdictPhrase(context, at, judged);
  const modal = quotedModals.at(words, at);
  if (modal === undefined) return undefined;
  const act = at + modal.length;
  // "we should have seen it coming", "should have known": a past that did not happen, no demand;
  // "Do I think that dealer should be sued?": a question; "we need to understand", "we should never forget": telling.
  const telling = negations.has(words[act]?.lower ?? '') ? act + 1 : act;
  if (isPerfect(words, act) || isQuestion(words, context.start, end) || stanceCues().tellingActs.has(words[telling]?.lower ?? '')) return undefined;
  // "We also need to", "we all have to": past an adverb or a quantifier of the subject.
  const subjectAt = dutySubjectBefore(words, at);
  const subject = words[subjectAt]?.lower ?? '';
  // "one of the best chances that we have to talk", "the people we need to reach": a duty inside a relative clause on a noun qualifies the noun.
  if (['we', 'you'].includes(subject) && ((stanceGrammarWords().relativePronouns.has(words[subjectAt - 1]?.lower ?? '') && ['NOUN', 'PROPN'].includes(words[subjectAt - 2]?.pos ?? '')) || ['NOUN', 'PROPN'].includes(words[subjectAt - 1]?.pos ?? ''))) return undefined;
  // "Do we really have to ...?", "What we need to change is ...", "I don't think we need to ...": asked, clefted or denied, no duty stated.
  if (subject === 'we' && (words[subjectAt - 1]?.pos === 'AUX' || (words[subjectAt - 1]?.lower === 'what' && !spells(words, at + modal.length, ['do', 'is'])) || deniedThought(words, subjectAt, context.start))) return undefined;
  // "You should resign": a duty put on the one spoken to, demanded by the speaker.
  // ("The one thing you must have to win": a duty inside a relative clause qualifies a noun,
  // which the parser often misses when no pronoun opens the clause.)
  const addressed = subject === 'you' && quotedAddresseeModals.has(modal.join(' ')) && words[subjectAt - 1]?.pos !== 'NOUN' && !inRelativeClause(context.tree, at);
  if (!quotedDutySubjects.has(subject) && !addressed) return quotedDuty(context, at, modal);
  const speaker = speakerOfQuoteAt(context, at);
  if (speaker === undefined) return undefined;
  let k = at + modal.length;
  let polarity: Polarity = 'demand';
  if (negations.has(words[k]?.lower ?? '')) {
    polarity = 'oppose';
    k++;
  }
  // "should be focusing on": the act; "what we should do is focus on": the act after "is".
  if (words[k]?.lower === 'be' && words[k + 1]?.pos === 'VERB' && /ing$/u.test(words[k + 1]!.lower)) k++;
  // "We should be careful": a state of one's own, not a position on an issue; "you should be
  // criminally investigated": a passive act, the issue.
  else if (words[k]?.lower === 'be' && !isPassiveParticipleAfter(words, k + 1)) return undefined;
  else if (words[k]?.lower === 'do' && words[k + 1]?.lower === 'is') k += 2;
  return { holder: [speaker], issue: phraseAt(words, k, end), polarity, rule: `quoted-modal:${modal.join(' ')}` };
}

/** Whether a negated verb of thinking stands just before the word at `subject`. */
function deniedThought(words: readonly Word[], subject: number, start: number): boolean {
  const thinking = words[subject - 1]?.lower === 'that' ? subject - 2 : subject - 1;
  return thinking - 1 >= start && stanceGrammarWords().thinkingVerbs.has(words[thinking]?.lower ?? '') && [1, 2].some((back) => stanceCues().negations.has(words[thinking - back]?.lower ?? ''));
}

/** How many such words may stand there ("we really just have to"). */
const MAX_WORDS_BEFORE_MODAL = 2;

/** The word before the modal at `at`, past up to two adverbs or quantifiers ("we also", "we all"). */
function dutySubjectBefore(words: readonly Word[], at: number): number {
  let k = at - 1;
  while (at - 1 - k < MAX_WORDS_BEFORE_MODAL && (words[k]?.pos === 'ADV' || stanceGrammarWords().quantifiersAfterDutySubject.has(words[k]?.lower ?? '')) && !stanceCues().negations.has(words[k]!.lower)) k--;
  return k;
}

/**
 * A duty the speaker of a quote, direct or reported, puts on a named thing or party: "Judges
 * should avoid commenting on ...", "The like-kind rule should be eliminated", "He said members of
 * the court shouldn't weigh in on elections": the speaker demands it, the issue the subject and
 * what it should (not) do. A pronoun subject ("he should", "I must") is left out.
 */
function quotedDuty(context: SentenceContext, at: number, modal: readonly string[]): Found | undefined {
  const { words, end, tree } = context;
  if (tree === null || tree.baseRelation(at) !== 'aux') return undefined;
  const negated = stanceCues().negations.has(words[at + modal.length]?.lower ?? '');
  // "why the other side must be wrong": "must be" and an adjective states what must be true, no duty
  // ("such talk should be illegal" is one).
  const act = at + modal.length + (negated ? 1 : 0);
  if (words[at]!.lower === 'must' && words[act]?.lower === 'be' && words[act + 1]?.pos === 'ADJ') return undefined;
  const verb = tree.head(at);
  // "The number one thing you must have is ...": a duty inside a relative clause qualifies a noun.
  if (inRelativeClause(tree, at)) return undefined;
  // "a debate about whether such talk should be illegal", "why Clinton should be president": a duty asked about or explained, not demanded.
  if ([...tree.dependentsOf(verb)].some((dependent) => tree.baseRelation(dependent) === 'mark' && stanceGrammarWords().askingMarks.has(words[dependent]!.lower)) || inOpenClause(tree, words, verb)) return undefined;
  // The subject nearest the modal: the parser may give a fronted noun one too ("The number one thing you must have").
  const subject = [...tree.dependentsOf(verb)].filter((dependent) => dependent < at && tree.baseRelation(dependent) === 'nsubj').at(-1);
  if (subject === undefined || words[subject]!.pos === 'PRON' || isQuantified(context, tree, subject)) return undefined;
  const quote = quoteAt(context, at);
  const speaker = quote?.speaker?.entity ?? undefined;
  let first = Math.max(tree.extent(subject)[0], context.start);
  // The parse may hang the opening quotation mark on the subject.
  while (first < subject && words[first]!.pos === 'PUNCT') first++;
  if (speaker === undefined || quote === undefined || words[first]!.start < quote.start || at - first > MAX_DUTY_SUBJECT_WORDS) return undefined;
  // "Gov. Snyder should resign", with the governor read as the speaker: a duty one puts on oneself is no demand (the speaker is often misread there).
  if (words.slice(first, at).some((_, k) => context.actors.startingAt(first + k)?.entity.id === speaker)) return undefined;
  // Kept whole, determiner included: "The like-kind rule be eliminated", "members of the court not weigh in".
  const who = readablePhrase(words, first, at, true);
  const passive = negated ? passiveWithAct(words, act, end) : undefined;
  if (passive !== undefined) return who === null ? undefined : { holder: [speaker], issue: `${who} ${passive}`, polarity: 'oppose', rule: `quoted-duty:${modal.join(' ')}:negated-passive` };
  const what = phraseAt(words, act, end, true);
  return who === null || what === null ? undefined : { holder: [speaker], issue: `${who} ${negated ? 'not ' : ''}${what}`, polarity: 'demand', rule: `quoted-duty:${modal.join(' ')}${negated ? ':negated' : ''}` };
}

/** How far before a verdict phrase a negation may be ("doesn't make sense to", "would not make sense to"). */
const MAX_VERDICT_NEGATION_DISTANCE = 3;

/**
 * A speaker's judgement of an act by a phrase in a direct quote: "It would make sense to treat
 * farms like other businesses" (support), "There is no reason to treat farms differently" (oppose);
 * negated, a support turns to opposition ("It doesn't make sense to ...").
 */
function quotedVerdictPhrase(context: SentenceContext, at: number, phrase: readonly string[]): Found | undefined {
  const { words, start, end } = context;
  const speaker = speakerOfQuoteAt(context, at);
  if (speaker === undefined || isQuestion(words, start, end)) return undefined;
  const polarity = stanceCues().quotedVerdictPhrases.get(phrase.join(' '))!;
  const negated = words.slice(Math.max(start, at - MAX_VERDICT_NEGATION_DISTANCE), at).some((word) => stanceCues().negations.has(word.lower));
  const stated: Polarity | undefined = negated ? (polarity === 'support' ? 'oppose' : undefined) : polarity;
  const issue = phraseAt(words, at + phrase.length, end);
  return stated === undefined || issue === null ? undefined : { holder: [speaker], issue, polarity: stated, rule: `quoted-verdict:${phrase.join(' ')}` };
}

/** "No one should ...", "Everybody must ...": a duty put on a quantified subject names nobody. */
function isQuantified({ words }: SentenceContext, tree: DependencyTree, subject: number): boolean {
  const { dutyQuantifiers } = stanceCues();
  return dutyQuantifiers.has(words[subject]!.lower) || [...tree.dependentsOf(subject)].some((dependent) => dependent < subject && tree.baseRelation(dependent) === 'det' && dutyQuantifiers.has(words[dependent]!.lower));
}

/**
 * "be allowed to have abortions", "be forced to pay" at `at`, after a negated modal, as the act
 * the speaker opposes: "being allowed to have abortions". Its subject is who would act, not a
 * thing rejected ("companies should not be allowed to drill": the speaker opposes companies being
 * allowed to drill).
 */
export function passiveWithAct(words: readonly Word[], at: number, end: number): string | undefined {
  let participle = at + 1;
  while (isAdverb(words[participle])) participle++;
  if (words[at]?.lower !== 'be' || !isPassiveParticipleAfter(words, participle) || words[participle + 1]?.lower !== 'to') return undefined;
  // "would not be deployed to secure a deal": a purpose, not a permission or a duty; the thing is refused.
  if (!stanceCues().permissionParticiples.has(words[participle]!.lower)) return undefined;
  const act = phraseAt(words, at + 1, end, true);
  return act === null ? undefined : `being ${act}`;
}

/** Whether a past participle, after any adverbs, starts at `at` ("be criminally investigated", "be broken up"). */
function isPassiveParticipleAfter(words: readonly Word[], at: number): boolean {
  let k = at;
  while (isAdverb(words[k])) k++;
  return words[k]?.pos === 'VERB' && /(ed|en|wn)$/u.test(words[k]!.lower);
}

/** Whether the words at `at` make a modal perfect ("should have seen", "must have been"). */
const isPerfect = (words: readonly Word[], at: number) => stanceGrammarWords().haveForms.has(words[at]?.lower ?? '') && /(ed|en|wn|been|seen|known|done|made)$/u.test(words[at + 1]?.lower ?? '');

/** How long a duty's subject may be: a longer one is a misparse across a list ("Among those principles are ...; government must be"). */
const MAX_DUTY_SUBJECT_WORDS = 6;
