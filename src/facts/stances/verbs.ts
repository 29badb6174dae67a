/**
 * The stance verb reader: a stance verb or verb phrase ("backed", "calls for") or an abstract
 * object ("stressed the importance of"), with its subject as holder and its object as issue, its
 * negation, modality and passive read from the parse.
 */
import { actorsBefore, actsAsNoun, actsAsVerb, auxiliariesOf, entityIds, isOwnerBody, isPassive, subjectEnd } from '../arguments.js';
import { isPromiseVerb } from '../commitments/index.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, isOpeningQuote, type Word, wordAt } from '../words.js';
import { afterTime, governingVerb, inOpenClause, isAdverb, isInfinitive, isQuestion, timeGap } from './clauses.js';
import { type Found, negatedPolarity, type Polarity, type SentenceContext } from './context.js';
import { spells, stanceCues, stanceGrammarWords } from './cues.js';
import { holderOf } from './holders.js';
import { isPossessiveMark, issueAt, namedObject, phraseAt } from './issue.js';
import { passiveStance } from './passives.js';
import { actIssue, actUrgedAfter, asksTheAct, asksThePerson } from './person-acts.js';
import { isAmbition, isObjectIt, objectPhrase, ownsStanceAct, policyAntecedent, quotedObject, relativeClauseObject } from './verb-objects.js';

/** "not only will I stand up for ... , I will ...": a "not" before "only" adds, it does not negate. */
const opensNotOnly = (words: readonly Word[], word: Word) => word.lower === 'not' && words[wordAt(words, word.start) + 1]?.lower === 'only';

/** A stance verb at word `at` ("backed", "calls for"), with its subject as holder and its object as issue. */
export function verbStance(context: SentenceContext, at: number): Found | undefined {
  const { words } = context;
  const { firstWords, pairStarts, verbs, verbPhrases, abstractObjects } = stanceCues();
  const word = words[at]!;
  if (!firstWords.has(word.lower)) return undefined;
  // "We need to fix the bridge": a modal of duty, whose act the quoted reader takes (quotedDemand).
  if (stanceCues().quotedModals.at(words, at) !== undefined) return undefined;
  // "the Fight for 15 protesters": a capital after a lower-case word opens a name ("Trump Backs Cruz", a headline's, is none).
  if (isCapitalised(word) && /^\p{Ll}/u.test(words[at - 1]?.form ?? '') && at > context.start) return undefined;
  // The longest cue of several words ("worked hard for", "called for"), past a time between the
  // verb and its particle ("called Wednesday for"): `gap` words.
  const gap = timeGap(words, at + 1, context.end);
  // "called on Tuesday for": "on" opens the time, not the cue "call on".
  const contiguous = gap > 0 && words[at + 1]!.lower === 'on' ? undefined : verbPhrases.at(words, at);
  let phrase = contiguous ?? (gap > 0 ? verbPhrases.at([word, ...words.slice(at + 1 + gap, at + 1 + gap + MAX_PHRASE_TAIL)], 0) : undefined);
  // "came out strongly against", "voted overwhelmingly for": manner adverbs inside the cue.
  const acrossAdverbs = phrase === undefined ? cueAcrossAdverbs(words, at, context.end) : undefined;
  if (acrossAdverbs !== undefined) phrase = acrossAdverbs.phrase;
  // "his break with the party": a cue word the parse gives a determiner or an owner is a noun.
  if (phrase !== undefined && word.pos === 'VERB' && context.tree !== null && actsAsNoun(context.tree, words, at)) phrase = undefined;
  // "rejected calls for a levy", "amid calls for his resignation": a cue's first word that the parse makes the object of a word before it is a noun, whatever its tag (nominalStance reads it).
  if (phrase !== undefined && context.tree !== null && context.tree.relation(at) === 'obj' && context.tree.head(at) < at) phrase = undefined;
  // "taunted the Clinton campaign for ...": a body that speaks for a person (possessed-nouns.json), tagged a noun and given a name as a modifier by the parse, is that body, no verb.
  if (phrase !== undefined && word.pos === 'NOUN' && isOwnerBody(word) && context.tree !== null && isNamedBody(context.tree, words, at)) phrase = undefined;
  const spanned = phrase === undefined ? 1 : acrossAdverbs !== undefined ? acrossAdverbs.spanned : phrase.length + (spells(words, at, phrase) ? 0 : gap);
  const phrasePolarity = phrase === undefined ? undefined : verbs.get(phrase.join(' '));
  // "declined to back the levy": the tagger may take an infinitive for an adverb; the parse hangs the "to" on it.
  const isVerb = word.pos === 'VERB' || isMistaggedPresent(words, at, context.start) || (context.tree !== null && (actsAsVerb(context.tree, words, at) || isCoordinatedVerb(context.tree, words, at) || isAdverbWithObject(context.tree, words, at) || isParticiple(context.tree, words, at) || (words[at - 1]?.lower === 'to' && isInfinitive(words, context.tree, at - 1, at))));
  // "blasting out missives", "backed out of the deal": a particle of its own makes the verb another (unless the cue names it).
  const particled = phrase === undefined && context.tree !== null && context.tree.dependent(at, 'compound:prt') > at;
  const polarity = phrasePolarity ?? (isVerb && !particled ? (verbs.get(word.lower) ?? onActsOfPersons(context, at)) : undefined);
  if (polarity !== undefined) return verbCue(context, at, spanned, polarity, `verb:${phrase === undefined ? word.lower : phrase.join(' ')}`, phrase?.join(' '));
  const pair = pairStarts.has(word.lower) ? `${word.lower} ${words[at + 1]?.lower ?? ''}` : undefined;
  const abstract = pair === undefined ? undefined : abstractObjects.get(pair);
  if (abstract === undefined) return undefined;
  const verb = governingVerb(words, at, context.start);
  // "having rejected the need for one": a stance verb's own object is that verb's issue, not a second position.
  if (verb === undefined || stanceCues().verbs.has(words[verb]!.lower)) return undefined;
  return { holder: holderOf(context, verb), issue: issueAt(words, context.actors, at + 2, context.end), polarity: abstract, rule: `abstract-object:${pair!}` };
}

/** Whether the verb at `verb` is a bare past participle opened by one of `reducedClauseMarks`, with no subject nor auxiliary ("when asked for"). */
function isReducedPassive(tree: DependencyTree, words: readonly Word[], verb: number): boolean {
  if (!/(ed|en|wn)$/u.test(words[verb]!.lower)) return false;
  const dependents = [...tree.dependentsOf(verb)];
  // (The parser takes "when" for an adverb as often as for a mark.)
  const mark = dependents.find((dependent) => dependent === verb - 1 && ['mark', 'advmod'].includes(tree.baseRelation(dependent)));
  // "Pressed for specifics, the campaign could not ...": a participle opening the sentence, set off by the clause it hangs on, is one too.
  const opening = (verb === 0 || words[verb - 1]!.sentence !== words[verb]!.sentence) && tree.baseRelation(verb) === 'advcl';
  return (opening || (mark !== undefined && stanceGrammarWords().reducedClauseMarks.has(words[mark]!.lower)))
    && !dependents.some((dependent) => ['nsubj', 'aux', 'aux:pass', 'nsubj:pass', 'cop'].includes(tree.relation(dependent)));
}

/** Whether a word is a possessive pronoun only ("his", "their"; not "her", which is also an object pronoun). */
const isOwnerOnly = (lower: string) => stanceGrammarWords().possessivePronouns.has(lower) && !stanceGrammarWords().objectPronouns.has(lower);

/** Whether an issue names a policy or a message: one of its words is one of `antecedentNouns` (or its plural) or `messageNouns`. */
const namesPolicyOrMessage = (issue: string) => issue.toLowerCase().split(/\s+/u).some((part) => stanceCues().antecedentNouns.has(part.replace(/s$/u, '')) || stanceCues().antecedentNouns.has(part) || stanceCues().messageNouns.has(part));

/** How many manner adverbs a verb cue of several words may hold between its words ("came out strongly against"). */
const MAX_CUE_ADVERBS = 2;

/** A manner adverb in -ly ("strongly", "publicly", "overwhelmingly"). */
const isMannerAdverb = (word: Word | undefined) => word !== undefined && word.pos === 'ADV' && /\p{L}{2}ly$/u.test(word.lower);

/**
 * A verb cue of several words starting at `at` with manner adverbs between its words ("came out
 * strongly against the levy", "voted overwhelmingly for the bill", "argued forcefully for"): the
 * cue and how many words it spans, adverbs included; undefined where no adverb falls inside a cue.
 */
function cueAcrossAdverbs(words: readonly Word[], at: number, end: number): { phrase: readonly string[]; spanned: number } | undefined {
  const kept: Word[] = [words[at]!];
  const positions = [at];
  let skipped = 0;
  for (let k = at + 1; k < end && kept.length <= MAX_PHRASE_TAIL; k++) {
    if (skipped < MAX_CUE_ADVERBS && isMannerAdverb(words[k])) {
      skipped++;
      continue;
    }
    kept.push(words[k]!);
    positions.push(k);
  }
  if (skipped === 0) return undefined;
  const phrase = stanceCues().verbPhrases.at(kept, 0);
  if (phrase === undefined) return undefined;
  const spanned = positions[phrase.length - 1]! - at + 1;
  return spanned > phrase.length ? { phrase, spanned } : undefined;
}

/** How many words the subject before a mistagged present may have ("The former secretary of state"). */
const MAX_SUBJECT_WORDS = 8;

/**
 * "The former secretary of state backs the trade deal", "Le Pen Backs Trump": a present tense in -s
 * the tagger took for a noun after the subject's noun (or a bare present after a plural one, taken
 * for a noun or an adverb), with a determiner or a name after it and no verb before it in the sentence.
 */
function isMistaggedPresent(words: readonly Word[], at: number, start: number): boolean {
  const word = words[at]!;
  if (at - start > MAX_SUBJECT_WORDS || !['NOUN', 'PROPN'].includes(words[at - 1]?.pos ?? '')) return false;
  // "Many Republicans support Governor Park", "Democrats back the plan": a bare present after a plural subject (a noun before a noun is singular: "voter support").
  const afterPlural = /[^s]s$/u.test(words[at - 1]!.lower) && (word.pos === 'NOUN' || word.pos === 'ADV');
  if (!afterPlural && (word.pos !== 'NOUN' || !/[^s]s$/u.test(word.lower))) return false;
  if (!['DET', 'PROPN'].includes(words[at + 1]?.pos ?? '')) return false;
  return !words.slice(start, at).some((before) => before.pos === 'VERB' || before.pos === 'AUX');
}

/** Whether the parse gives the noun at `at` a name before it as a compound ("the Obama campaign"). */
const isNamedBody = (tree: DependencyTree, words: readonly Word[], at: number) => [...tree.dependentsOf(at)].some((dependent) => dependent < at && tree.relation(dependent) === 'compound' && words[dependent]!.pos === 'PROPN');

/** "among those supporting Ailes": a word in -ing tagged a noun that the parse makes a clause with an object is a participle. */
const isParticiple = (tree: DependencyTree, words: readonly Word[], at: number) =>
  words[at]!.pos === 'NOUN' && /ing$/u.test(words[at]!.lower) && ['acl', 'advcl'].includes(tree.relation(at)) && tree.dependent(at, 'obj') >= 0;

/** "Sanders will back Clinton", "who both back the ban": a word tagged an adverb that the parse gives an object is a verb ("brought him back" gives "back" none). */
const isAdverbWithObject = (tree: DependencyTree, words: readonly Word[], at: number) =>
  words[at]!.pos === 'ADV' && [...tree.dependentsOf(at)].some((dependent) => dependent > at && tree.relation(dependent) === 'obj');

/** "challenge the agenda ..., support American servicemen": a word tagged a noun that the parse coordinates with a verb and gives an object is a verb. */
const isCoordinatedVerb = (tree: DependencyTree, words: readonly Word[], at: number) =>
  words[at]!.pos === 'NOUN' && tree.relation(at) === 'conj' && words[tree.head(at)]?.pos === 'VERB' && tree.dependent(at, 'obj') >= 0;

/**
 * The polarity of a verb that takes a side only on what a person did, named after the person
 * ("hit Clinton over her trade policies"); undefined without that act ("the storm hit Texas").
 */
function onActsOfPersons(context: SentenceContext, verb: number): Polarity | undefined {
  const { words, actors, end } = context;
  const polarity = stanceCues().verbsOnActsOfPersons.get(words[verb]!.lower);
  if (polarity === undefined) return undefined;
  const named = namedObject(words, actors, verb + 1, end);
  return named !== undefined && stanceGrammarWords().actPrepositions.has(words[afterTime(words, named.last + 1, end)]?.lower ?? '') ? polarity : undefined;
}

/** How many words a verb cue of several words may have after its first ("work hard for"). */
const MAX_PHRASE_TAIL = 3;

/** How many words a prepositional phrase between a person and the "for" of the act may hold ("on Twitter", "in a speech"). */
const MAX_ASIDE_WORDS = 3;

/**
 * The last word of the person before the "for" at `at` of an act ("faulted Clinton for"): the word
 * before it, or before a short prepositional phrase ("thanked Trump on Twitter for", "faulted
 * Clinton in a speech for"; not "of", which ties a name to the noun before it).
 */
function personBeforeAside({ words, actors, start }: SentenceContext, at: number): number {
  for (let k = at - 1; k > start && at - k <= MAX_ASIDE_WORDS; k--) {
    if (words[k]!.pos !== 'ADP') continue;
    return words[k]!.lower !== 'of' && actors.endingAt(k - 1) !== undefined ? k - 1 : at - 1;
  }
  return at - 1;
}

/**
 * The stance of the verb cue at word `verb` over `length` words (the cue `cueText`, which a time
 * may interrupt: "called Wednesday for"; the words themselves by default).
 */
function verbCue(context: SentenceContext, verb: number, length: number, polarity: Polarity, rule: string, cueText?: string): Found | undefined {
  const { words, actors, start, end } = context;
  if (isAttributive(words, verb, start)) return undefined;
  // "Did they love every single thing?": a question asks about a position, it states none.
  if (isQuestion(words, context.start, end)) return undefined;
  // "faulted Clinton for supporting the war": the act a person is faulted for is that person's
  // (all of a list's: "faulted Ayotte and Burr for standing by"), or, unnamed, nobody's.
  // "thanked Trump on Twitter for backing": past a short prepositional phrase after the person.
  const faultedFor = /ing$/u.test(words[verb]!.lower) && stanceGrammarWords().actPrepositions.has(words[verb - 1]?.lower ?? '') && verb - 2 >= start;
  const last = faultedFor ? actors.endingAt(personBeforeAside(context, verb - 1)) : undefined;
  if (faultedFor && (last === undefined || !actors.isActor(last))) return undefined;
  const faulted = last === undefined ? undefined : entityIds(actorsBefore(actors, words, last.last + 1, start));
  const companions = words.slice(subjectEnd(words, verb), verb);
  // "lots of Democrats supporting Trump", "signs pointed to Obama endorsing Clinton": a participle
  // describing a noun in a phrase, not a position its subject states.
  const subject = actors.endingAt(verb - 1);
  if (/ing$/u.test(words[verb]!.lower) && companions.length === 0 && subject !== undefined && (words[subject.first - 1]?.pos === 'ADP' || words[subject.first - 1]?.lower === 'to')) return undefined;
  const { negations, hypotheticalModals, conditions, verbsOnActsNotPersons, verbsOnActsOfPersons, verbsAskingAnAct, ambitions } = stanceCues();
  // The verb's own auxiliaries and negation: its aux and advmod dependents in the parse ("would
  // not support"), else the words between its subject and it.
  const own = context.tree === null ? companions : auxiliariesOf(context.tree, words, verb);
  // "would support any of them if they won": a hypothetical position, not one held.
  if (own.some((word) => hypotheticalModals.has(word.lower)) && words.slice(start, end).some((word) => conditions.has(word.lower))) return undefined;
  // "would have never proposed banning ...", "could have backed the bill": a past that did not happen holds no position.
  if (own.some((word) => hypotheticalModals.has(word.lower)) && own.some((word) => stanceGrammarWords().haveForms.has(word.lower))) return undefined;
  // "When asked for his position, Ortiz said ...": a bare participle after a subordinator is a passive, its doer unnamed.
  if (context.tree !== null && isReducedPassive(context.tree, words, verb)) return undefined;
  // "whether to endorse Smith", "if they want a wall": a position asked about or supposed, not stated.
  if (context.tree !== null && inOpenClause(context.tree, words, verb)) return undefined;
  // "has pledged to support Clinton", "promised to veto it": the act of a commitment (its stage's), not a position held now.
  if (context.tree !== null && context.tree.relation(verb) === 'xcomp' && isPromiseVerb(words[context.tree.head(verb)]!)) return undefined;
  // "has yet to endorse Clinton": a support not given yet is withheld.
  const notYet = words[verb - 1]?.lower === 'to' && words[verb - 2]?.lower === 'yet';
  // "much less likely to vote for Republicans", "reluctant to endorse": withheld as by a negation.
  const reluctant = words[verb - 1]?.lower === 'to' && [1, 2].some((length) => verb - 1 - length >= start && stanceCues().reluctance.at(words, verb - 1 - length)?.length === length);
  // "is expected to endorse Clinton", "voters more likely to support her": a stance foretold states none.
  if (!reluctant && words[verb - 1]?.lower === 'to' && verb - 2 >= start && stanceCues().speculation.has(words[verb - 2]!.lower)) return undefined;
  // "no longer backs the plan": a support given up is withheld (and `changed`); "no longer opposes" takes no side.
  const givenUp = context.tree !== null && [...context.tree.dependentsOf(verb)].some((dependent) => dependent < verb && words[dependent]!.lower === 'longer' && words[dependent - 1]?.lower === 'no');
  const negated = notYet || reluctant || givenUp || own.some((word) => negations.has(word.lower) && !opensNotOnly(words, word)) || (context.tree !== null && (negatedReadiness(context.tree, words, verb) || isWithheld(context.tree, words, verb)));
  // "may well endorse Clinton", "can now embrace the plan": a stance possible, not stated ("cannot
  // support" refuses one; a quoted "I can support either of them" states the speaker's).
  if (!negated && isPossible(words, verb, start) && !stanceCues().quotedSubjects.has(subjectWord(context, verb)?.lower ?? '')) return undefined;
  const cue = cueText ?? words.slice(verb, verb + length).map((word) => word.lower).join(' ');
  // "voted to repeal the tax" states a side; "voted in the primary", "voted to adjourn" state none.
  if (stanceCues().verbsOnlyWithPolicyAct.has(cue) && !(words[verb + 1]?.lower === 'to' && stanceCues().policyActs.at(words, verb + 2) !== undefined)) return undefined;
  // "he needs 61 percent of the delegates": a need states a position only as "we need".
  if (stanceCues().collectiveVerbs.has(cue) && subjectWord(context, verb)?.lower !== 'we') return undefined;
  // "will not vote for Trump": a vote withheld is opposition, where "not ready to endorse" only withholds support.
  // "wouldn't object to raising the levy": an objection withheld is support.
  // "did not want their money": a thing wanted withheld is turned down.
  const { opposedWhenNegated, supportedWhenNegated, rejectedWhenNegated } = stanceCues();
  const stated = negated ? (opposedWhenNegated.has(cue) ? 'oppose' : supportedWhenNegated.has(cue) ? 'support' : rejectedWhenNegated.has(cue) ? 'reject' : negatedPolarity(polarity)) : polarity;
  if (stated === undefined) return undefined;
  // "funded the search" states no side; "will not fund the convention" withholds one.
  if (stanceCues().onlyWhenNegated.has(cue)) {
    if (!negated) return undefined;
    // "HP's decision not to fund it": the withholding noun states it (nominalStance), with its owner.
    if (words[verb - 1]?.lower === 'to' && words[verb - 2]?.lower === 'not' && stanceCues().withholdingNouns.has(words[verb - 3]?.lower ?? '')) return undefined;
  }
  // "won't consider an Obama nominee" refuses one; "never considered running" states no side.
  if (stanceCues().onlyWhenRefused.has(cue) && !afterRefusingModal(words, verb)) return undefined;
  // "was pressed by the host about ...", "the strategy she pushed": a person is asked an act, a
  // passive or a relative clause names no act asked.
  const asking = verbsAskingAnAct.has(cue);
  // "the law, opposed by Democrats, ...": a participle set off by a comma, with its agent in the parse, is passive too.
  const passive = isPassive(words, verb) || (words[verb - 1]?.text === ',' && context.tree !== null && context.tree.dependent(verb, 'obl:agent') >= 0);
  if (length === 1 && passive) return asking ? undefined : passiveStance(context, verb, stated, rule);
  // "when he was asked for details": the subject of a passive cue of several words is the one acted on, no holder.
  if (passive && isPassive(words, verb)) return undefined;
  // The issue starts where the verb's object or complement starts in the parse, or right after
  // the verb where the parse gives it none. It runs to the end of the clause by the word rules,
  // not to the end of the parse's phrase: the parser splits long names and quoted names ("the
  // ''Medicare for all'' single-payer system", "the Justice for Victims of Trafficking Act")
  // into pieces, and the issue stopped at the first (dev: issue right on 0.898 of matches, not 0.920).
  const object = context.tree === null ? undefined : objectPhrase(context.tree, words, verb, length);
  // "the catch limits that Norway proposed": a relative clause's verb with no object of its own
  // takes a side on the noun the clause qualifies.
  const relativeObject = object === undefined || (object[1] - object[0] === 1 && stanceGrammarWords().relativePronouns.has(words[object[0]]!.lower));
  const qualified = relativeObject && context.tree !== null && !asking ? relativeClauseObject(context, context.tree, verb) : undefined;
  if (qualified !== undefined) return { holder: holderOf(context, verb), issue: qualified, polarity: stated, rule: `${rule}:relative` };
  let from = object?.[0] ?? verb + length;
  // "does not want to talk about it", "don't want you to feel bad": an act not wanted is no thing turned down.
  if (negated && rejectedWhenNegated.has(cue) && (words[from]?.lower === 'to' || (context.tree !== null && context.tree.dependent(verb, 'xcomp') >= 0))) return undefined;
  // "distanced herself from the policies": the issue follows the preposition.
  if (stanceGrammarWords().reflexives.has(words[from]?.lower ?? '') && words[from + 1]?.pos === 'ADP') from += 2;
  // "is going to defend himself": a side taken on oneself is none.
  else if (stanceGrammarWords().reflexives.has(words[from]?.lower ?? '')) return undefined;
  // "defended her vote against the levy", "her proposal to close the landfill": the act noun states the position (nominalStance).
  if (polarity === 'support' && ownsStanceAct(words, from, end)) return undefined;
  // "demanded that the governor resign", "urged that the tax be repealed": the act the clause asks for.
  if (stated === 'demand' && words[from]?.lower === 'that' && stanceCues().verbsWithDemandClause.has(cue)) {
    const clause = phraseAt(words, from + 1, end);
    return clause === null ? undefined : { holder: holderOf(context, verb), issue: clause, polarity: stated, rule: `${rule}:that` };
  }
  // "demanded Tom Ortiz resign": a named object and a bare infinitive after it are the act demanded.
  if (stated === 'demand' && stanceCues().verbsWithDemandClause.has(cue)) {
    const named = namedObject(words, actors, from, end);
    const act = named === undefined ? undefined : words[named.last + 1];
    if (act !== undefined && act.pos === 'VERB' && !/(s|ed|ing)$/u.test(act.lower)) {
      const clause = phraseAt(words, from, end);
      if (clause !== null) return { holder: holderOf(context, verb), issue: clause, polarity: stated, rule: `${rule}:bare-infinitive` };
    }
  }
  const onActs = verbsOnActsNotPersons.has(cue) || verbsOnActsOfPersons.has(cue);
  let issue = onActs ? actIssue(context, from, end) : issueAt(words, actors, from, end);
  // "slammed his proposed ban": a criticism of a person's policy or message is of the thing ("his",
  // "their" own what follows; "attacked his wife", "challenge his thinking" take no side on one).
  if (issue === null && stated === 'oppose' && isOwnerOnly(words[from]?.lower ?? '')) {
    const owned = actIssue(context, from + 1, end);
    if (owned !== null && namesPolicyOrMessage(owned)) issue = owned;
  }
  // "supports “appropriate pay raises,”", "opposes “accounting gimmicks like chained CPI”": an object quoted whole is the quotation.
  if (issue === null) issue = quotedObject(words, from, end);
  // "Rubio, a co-sponsor of the bill, later opposed it": "it" stands for the policy named last
  // ("challenged it in the elections": past the words after it, which alone make no issue).
  const bareIt = issue === null || ['ADV', 'ADP', 'SCONJ'].includes(words[from + 1]?.pos ?? '');
  if (bareIt && stated !== 'demand' && isObjectIt(words, from)) issue = policyAntecedent(words, from);
  // "I've urged him since ...": urging a person is a stance only on the act urged; "urged Park last
  // year not to close the prison": the act urged past a time, which ends the object phrase.
  if (verbsAskingAnAct.has(cue) && issue !== null && issue === namedObject(words, actors, from, end)?.entity.name) {
    const act = actUrgedAfter(context, from, end);
    // (The parser takes an infinitive past the time for an adverbial clause of the verb.)
    const asked = act !== undefined && (asksTheAct(context, verb, act.at) || (context.tree !== null && context.tree.head(act.at) === verb && context.tree.relation(act.at) === 'advcl'));
    if (act === undefined || !asked) issue = null;
    else return { holder: holderOf(context, verb), issue: `${words[act.at - 2]?.lower === 'not' ? 'not ' : ''}${act.phrase}`, polarity: stated, rule: `${rule}:act-after` };
  }
  // "urging those calling for his withdrawal to give him time": the act urged, where the object phrase stops before it.
  else if (verbsAskingAnAct.has(cue)) {
    const act = actUrgedAfter(context, from, end);
    // "asked the senator a question", "asked the question to build on ...", "asking Rubio why he
    // decided to ...": no act asked of the object, no side taken.
    if (stanceCues().verbsNeedingAnAct.has(cue) && (act === undefined || !(asksTheAct(context, verb, act.at) || asksThePerson(context, verb, act.at)))) return undefined;
    // "asked the crowd to welcome the governor": an act that takes no side itself (a welcome of a person) is asked for no side.
    if (act !== undefined && verbsOnActsNotPersons.has(words[act.at]!.lower) && actIssue(context, act.at + 1, end) === null) return undefined;
    if (act !== undefined && !(issue ?? '').includes(act.phrase)) issue = act.phrase;
  }
  // "wants to repeal the tax", "proposed to cut the levy": an infinitive that changes a policy is the position; "wants to win" is none.
  const policyAct = issue === null && words[from]?.lower === 'to' && stanceCues().verbsWithPolicyAct.has(cue) ? stanceCues().policyActs.at(words, from + 1) : undefined;
  // With its object: "abolish — essentially abolish ...", "close or change" name nothing.
  if (policyAct !== undefined && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[from + 1 + policyAct.length]?.pos ?? '')) issue = phraseAt(words, from + 1, end);
  // "I want you to know that ...": telling someone takes no side.
  const asked = stated === 'demand' ? actUrgedAfter(context, from - 1, end) : undefined;
  if (asked !== undefined && stanceCues().tellingActs.has(words[asked.at]!.lower)) return undefined;
  // "voting for anyone but Hillary": opposition to the one left out.
  const excluded = stated === 'support' && stanceCues().exclusions.has(words[from]?.lower ?? '') && words[from + 1]?.lower === 'but' ? actors.startingAt(from + 2) : undefined;
  if (excluded !== undefined && actors.isActor(excluded)) return { holder: holderOf(context, verb), issue: excluded.entity.name, polarity: 'oppose', rule: `${rule}:excluding` };
  // "seek her party's nomination": an ambition of the holder's own, not a position on an issue.
  if (stated === 'demand' && issue !== null && !verbsAskingAnAct.has(cue) && isAmbition(issue, ambitions)) return undefined;
  // "ruled out making a bid": a refusal of an ambition of the holder's own is an event, no stance.
  if (stated === 'reject' && issue !== null && /^\p{L}+ing\b/u.test(issue) && isAmbition(issue, ambitions)) return undefined;
  return { holder: faulted ?? holderOf(context, verb), issue, polarity: stated, rule };
}

/** "is not ready to endorse Trump", "not willing to back": an infinitive under a negated adjective withholds the stance. */
function negatedReadiness(tree: DependencyTree, words: readonly Word[], verb: number): boolean {
  const head = tree.head(verb);
  if (words[verb - 1]?.lower !== 'to' || head < 0 || head > verb || words[head]!.pos !== 'ADJ') return false;
  return [...tree.dependentsOf(head)].some((dependent) => tree.baseRelation(dependent) === 'advmod' && stanceCues().negations.has(words[dependent]!.lower));
}

/** Whether one of `refusingModals` ends right before the verb at `verb` ("would not consider", "won't consider"). */
const afterRefusingModal = (words: readonly Word[], verb: number) =>
  stanceCues().refusingModals.some((phrase) => verb - phrase.length >= 0 && spells(words, verb - phrase.length, phrase));

/** "refused to endorse the plan", "avoided criticizing it": a stance verb completing one of `withholdingVerbs` is withheld. */
const isWithheld = (tree: DependencyTree, words: readonly Word[], verb: number) =>
  tree.relation(verb) === 'xcomp' && stanceCues().withholdingVerbs.has(words[tree.head(verb)]?.lower ?? '');

/** The subject word of the verb at `verb`: its `nsubj` in the parse, else the word before it past its auxiliaries. */
/**
 * Whether one of `possibilityModals` stands right before the verb at `verb`, past adverbs only ("may well endorse", not "may be to rally behind")
 * and a quotation mark that opens at the verb ('may "prefer the plan"').
 */
function isPossible(words: readonly Word[], verb: number, floor: number): boolean {
  let k = verb - 1;
  while (k >= floor && (isAdverb(words[k]) || (k === verb - 1 && isOpeningQuote(words[k])))) k--;
  return k >= floor && stanceCues().possibilityModals.has(words[k]!.lower);
}

function subjectWord({ words, tree }: SentenceContext, verb: number): Word | undefined {
  const subject = tree === null ? -1 : tree.dependent(verb, 'nsubj');
  return subject >= 0 ? words[subject] : words[subjectEnd(words, verb) - 1];
}

/** Whether a participle at `verb` modifies the noun after it ("Trump's disparaging remarks", "a highly criticized speech"). */
function isAttributive(words: readonly Word[], verb: number, floor: number): boolean {
  let k = verb - 1;
  while (k >= floor && isAdverb(words[k])) k--;
  // A noun read as the first word of a verb cue ("Trump's campaign for president") is no verb either.
  // "his Irish and Polish sides with equal pride": a noun the tagger read as one, after an adjective.
  if (k >= floor && words[k]!.pos === 'ADJ' && words[verb]!.pos === 'NOUN') return true;
  return k >= floor && (stanceGrammarWords().attributiveDeterminers.has(words[k]!.lower) || isPossessiveMark(words[k])) && (/(ing|ed)$/u.test(words[verb]!.lower) || words[verb]!.pos === 'NOUN');
}
