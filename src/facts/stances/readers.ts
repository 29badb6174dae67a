/**
 * The readers of the stances stage, one per kind of cue, each given one sentence and a word:
 * a stance verb, a stance noun, a predicate ("is opposed to") or a speaker's "we should" in a
 * quote. Each returns what it found (holder, issue, polarity, rule) or undefined.
 */
import type { Entity, Quote, Stance } from '../../document/contract.js';
import { actorsAfter, actorsBefore, actsAsNoun, actsAsVerb, auxiliariesOf, bracketStart, entityIds, isOwnerBody, isPassive, phraseActors, subjectActors, subjectEnd, type ActorIndex, type Mention } from '../arguments.js';
import { isPromiseVerb } from '../commitments/index.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, isClosingQuote, isOpeningQuote, wordAt, type Word } from '../words.js';
import { spells, stanceCues } from './cues.js';
import { holderOf, notModifiers, quoteAt, speakerOfQuoteAt } from './holders.js';
import { isPossessiveMark, issueAt, MAX_ISSUE_WORDS, namedObject, phraseAt, POSSESSIVE_PRONOUNS, readablePhrase } from './issue.js';

type Polarity = Stance['polarity'];

/** One sentence's words `[start, end)`, with the article's actors and quotes. */
export interface SentenceContext {
  readonly words: readonly Word[];
  readonly actors: ActorIndex;
  readonly start: number;
  readonly end: number;
  readonly quotes: readonly Quote[];
  /** The parse of the article, when the parse layer ran. */
  readonly tree: DependencyTree | null;
  /** The article's entities, for a surname the name finder left unmentioned ("a Trump delegate"). */
  readonly entities?: readonly Entity[];
}

export interface Found {
  readonly holder: string[];
  readonly issue: string | null;
  readonly polarity: Polarity;
  readonly rule: string;
}

/** Prepositions after a person criticised or praised that name the act it is for ("criticized Ford for opening a plant"). */
const ACT_PREPOSITIONS = new Set(['for', 'over']);
/** Words before a participle that make it a modifier of the noun after it ("Trump's disparaging remarks", "a highly criticized speech"). */
const ATTRIBUTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
/** How many modifiers may stand between a stance noun and its determiner or owner ("a vocal longtime critic of"). */
const MAX_NOUN_MODIFIERS = 4;
/** How far before an abstract object its verb may be ("reiterated the importance of"). */
const MAX_VERB_DISTANCE = 4;

const isAdverb = (word: Word | undefined) => word !== undefined && (word.pos === 'ADV' || /ly$/u.test(word.lower));

/** The negated form of a polarity: withholding support is a rejection; "does not oppose" takes no side. */
const negatedPolarity = (polarity: Polarity): Polarity | undefined => (polarity === 'support' ? 'reject' : undefined);

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
  // "his break with the party": a cue word the parse gives a determiner or an owner is a noun.
  if (phrase !== undefined && word.pos === 'VERB' && context.tree !== null && actsAsNoun(context.tree, words, at)) phrase = undefined;
  // "taunted the Clinton campaign for ...": a body that speaks for a person (possessed-nouns.json), tagged a noun and given a name as a modifier by the parse, is that body, no verb.
  if (phrase !== undefined && word.pos === 'NOUN' && isOwnerBody(word) && context.tree !== null && isNamedBody(context.tree, words, at)) phrase = undefined;
  const spanned = phrase === undefined ? 1 : phrase.length + (spells(words, at, phrase) ? 0 : gap);
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

/** How many words the subject before a mistagged present may have ("The former secretary of state"). */
const MAX_SUBJECT_WORDS = 8;

/**
 * "The former secretary of state backs the trade deal", "Le Pen Backs Trump": a present tense in -s
 * the tagger took for a noun after the subject's noun, with a determiner or a name after it and
 * no verb before it in the sentence.
 */
function isMistaggedPresent(words: readonly Word[], at: number, start: number): boolean {
  const word = words[at]!;
  if (at - start > MAX_SUBJECT_WORDS || word.pos !== 'NOUN' || !/[^s]s$/u.test(word.lower) || !['NOUN', 'PROPN'].includes(words[at - 1]?.pos ?? '')) return false;
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
  return named !== undefined && ACT_PREPOSITIONS.has(words[afterTime(words, named.last + 1, end)]?.lower ?? '') ? polarity : undefined;
}

/** The word at `at`, or the first after a time there ("grilled Smith on Tuesday for his role": "for"). */
const afterTime = (words: readonly Word[], at: number, end: number) => at + timeGap(words, at, end);

/** How many words a verb cue of several words may have after its first ("work hard for"). */
const MAX_PHRASE_TAIL = 3;

/** How many words a time between a verb and its particle may have ("on Tuesday", "Wednesday morning"). */
const MAX_TIME_GAP = 3;

/** How many words from `from` name a time ("Wednesday", "on Tuesday") before the end `end` of the sentence; 0 when none do. */
function timeGap(words: readonly Word[], from: number, end: number): number {
  const { timeWords } = stanceCues();
  const first = words[from]?.lower === 'on' ? from + 1 : from;
  let k = first;
  while (k < end && k - from < MAX_TIME_GAP && timeWords.has(words[k]!.lower)) k++;
  return k > first ? k - from : 0;
}

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
  const faultedFor = /ing$/u.test(words[verb]!.lower) && ACT_PREPOSITIONS.has(words[verb - 1]?.lower ?? '') && verb - 2 >= start;
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
  const cue = cueText ?? words.slice(verb, verb + length).map((word) => word.lower).join(' ');
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
  // "was pressed by the host about ...", "the strategy she pushed": a person is asked an act, a
  // passive or a relative clause names no act asked.
  const asking = verbsAskingAnAct.has(cue);
  if (length === 1 && isPassive(words, verb)) return asking ? undefined : passiveStance(context, verb, stated, rule);
  // The issue starts where the verb's object or complement starts in the parse, or right after
  // the verb where the parse gives it none. It runs to the end of the clause by the word rules,
  // not to the end of the parse's phrase: the parser splits long names and quoted names ("the
  // ''Medicare for all'' single-payer system", "the Justice for Victims of Trafficking Act")
  // into pieces, and the issue stopped at the first (dev: issue right on 0.898 of matches, not 0.920).
  const object = context.tree === null ? undefined : objectPhrase(context.tree, words, verb, length);
  // "the catch limits that Norway proposed": a relative clause's verb with no object of its own
  // takes a side on the noun the clause qualifies.
  const relativeObject = object === undefined || (object[1] - object[0] === 1 && RELATIVE_PRONOUNS.has(words[object[0]]!.lower));
  const qualified = relativeObject && context.tree !== null && !asking ? relativeClauseObject(context, context.tree, verb) : undefined;
  if (qualified !== undefined) return { holder: holderOf(context, verb), issue: qualified, polarity: stated, rule: `${rule}:relative` };
  let from = object?.[0] ?? verb + length;
  // "does not want to talk about it", "don't want you to feel bad": an act not wanted is no thing turned down.
  if (negated && rejectedWhenNegated.has(cue) && (words[from]?.lower === 'to' || (context.tree !== null && context.tree.dependent(verb, 'xcomp') >= 0))) return undefined;
  // "distanced herself from the policies": the issue follows the preposition.
  if (REFLEXIVES.has(words[from]?.lower ?? '') && words[from + 1]?.pos === 'ADP') from += 2;
  // "is going to defend himself": a side taken on oneself is none.
  else if (REFLEXIVES.has(words[from]?.lower ?? '')) return undefined;
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

/** The words of a quotation opening at `from` and closed within MAX_ISSUE_WORDS before `end`, without the punctuation inside its closing mark; null when none opens there. */
function quotedObject(words: readonly Word[], from: number, end: number): string | null {
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
const isObjectIt = (words: readonly Word[], at: number) => words[at]?.lower === 'it' && !['VERB', 'AUX', 'PART'].includes(words[at + 1]?.pos ?? '');

/**
 * The noun phrase of the policy an object "it" at `it` stands for: the nearest of
 * `antecedentNouns` heading a phrase before it, in its sentence or the one before ("The House
 * passed a bill ... Democrats opposed it"); null when none is there.
 */
function policyAntecedent(words: readonly Word[], it: number): string | null {
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
function ownsStanceAct(words: readonly Word[], from: number, end: number): boolean {
  const { actNouns, actNounsWithAct, actNounPhrases } = stanceCues();
  if (!POSSESSIVE_PRONOUNS.has(words[from]?.lower ?? '')) return false;
  let k = from + 1;
  while (k < end && words[k]!.pos === 'ADJ') k++;
  const noun = words[k]?.lower ?? '';
  return actNouns.has(noun) || actNounsWithAct.has(noun) || actNounPhrases.has(`${noun} ${words[k + 1]?.lower ?? ''}`);
}

/** How far after its object's first word the act urged on the object may start. */
const MAX_URGED_OBJECT_WORDS = 10;

/** The act after "to" that follows the object starting at `from` of a verb asking an act: its first word and its phrase; undefined when none follows. */
function actUrgedAfter({ words, tree }: SentenceContext, from: number, end: number): { at: number; phrase: string } | undefined {
  for (let k = from + 1; k < end && k - from <= MAX_URGED_OBJECT_WORDS; k++) {
    if ([';', ':', '.'].includes(words[k]!.text)) return undefined;
    if (words[k]!.lower !== 'to') continue;
    const act = /^[“"‘']$/u.test(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const phrase = isInfinitive(words, tree, k, act) ? phraseAt(words, act, end) : null;
    return phrase === null ? undefined : { at: act, phrase };
  }
  return undefined;
}

/**
 * Whether the parse makes the act at `act` the one the verb at `verb` asks of its object: the
 * verb's complement, or a clause on the object ("asked voters to back him"), not a purpose
 * ("asked the question to build on ...") or a clause inside a question ("asking Rubio why he
 * decided to attack"). True without a parse.
 */
function asksTheAct({ tree }: SentenceContext, verb: number, act: number): boolean {
  if (tree === null) return true;
  const head = tree.head(act);
  const relation = tree.relation(act);
  if (head === verb) return relation === 'xcomp' || relation === 'ccomp';
  return tree.head(head) === verb && ['obj', 'iobj'].includes(tree.relation(head)) && (relation === 'acl' || relation === 'xcomp');
}

/**
 * "pressed Governor Park to resign", "told him to leave": an infinitive right after a person,
 * which the parse hangs on the verb as an adverbial clause, is the act asked of the person (a
 * purpose follows a thing: "asked the question to build on ...").
 */
function asksThePerson({ words, actors, tree }: SentenceContext, verb: number, act: number): boolean {
  if (tree === null || tree.head(act) !== verb || tree.relation(act) !== 'advcl' || words[act - 1]?.lower !== 'to') return false;
  const person = actors.endingAt(act - 2);
  return (person !== undefined && actors.isActor(person)) || isPersonalObject(words, act - 2);
}

/** Whether word `verb` after the "to" at `to` is an infinitive: tagged a verb, or the verb the parse hangs the "to" on ("to back Clinton", "back" tagged an adverb). */
function isInfinitive(words: readonly Word[], tree: DependencyTree | null, to: number, verb: number): boolean {
  if (words[verb]?.pos === 'VERB') return true;
  return tree !== null && verb < words.length && tree.head(to) === verb && tree.relation(to) === 'mark';
}

/** "is not ready to endorse Trump", "not willing to back": an infinitive under a negated adjective withholds the stance. */
function negatedReadiness(tree: DependencyTree, words: readonly Word[], verb: number): boolean {
  const head = tree.head(verb);
  if (words[verb - 1]?.lower !== 'to' || head < 0 || head > verb || words[head]!.pos !== 'ADJ') return false;
  return [...tree.dependentsOf(head)].some((dependent) => tree.baseRelation(dependent) === 'advmod' && stanceCues().negations.has(words[dependent]!.lower));
}

/** "refused to endorse the plan", "avoided criticizing it": a stance verb completing one of `withholdingVerbs` is withheld. */
const isWithheld = (tree: DependencyTree, words: readonly Word[], verb: number) =>
  tree.relation(verb) === 'xcomp' && stanceCues().withholdingVerbs.has(words[tree.head(verb)]?.lower ?? '');

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


/** "a deal that was rejected by Congress": the agent holds the stance on the subject; with no agent named, nobody does. */
function passiveStance(context: SentenceContext, verb: number, polarity: Polarity, rule: string): Found | undefined {
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
  // Not those of a relative clause on the agent ("by the Platform Drafting Committee, which includes supporters of Sanders").
  const holder = entityIds(phraseActors(actors, words, tree, agent, start).filter((mention) => !inRelativeClauseUnder(tree, mention.first, agent)));
  let subject = tree.dependent(verb, 'nsubj:pass');
  const qualifies = ['acl', 'acl:relcl'].includes(tree.relation(verb));
  const relative = subject >= 0 && RELATIVE_PRONOUNS.has(words[subject]!.lower);
  if (qualifies && (subject < 0 || relative)) subject = tree.head(verb);
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

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Whether the word at `word` is inside a relative clause of the phrase headed by `top`, by the parse. */
function inRelativeClauseUnder(tree: DependencyTree, word: number, top: number): boolean {
  for (let node = word; node >= 0 && node !== top; node = tree.head(node)) if (tree.relation(node) === 'acl:relcl') return true;
  return false;
}

/**
 * The noun phrase an object relative clause qualifies, read as its verb's issue (its object is
 * none or the relative pronoun): the clause of `verb` is "acl:relcl" in the parse, its subject is
 * not the relative pronoun ("limits that
 * Norway proposed", not "officials who proposed"), and the phrase runs from the noun's first word
 * to the clause. Undefined otherwise.
 */
function relativeClauseObject({ words, start }: SentenceContext, tree: DependencyTree, verb: number): string | undefined {
  if (tree.relation(verb) !== 'acl:relcl') return undefined;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || RELATIVE_PRONOUNS.has(words[subject]!.lower)) return undefined;
  const noun = tree.head(verb);
  // From the noun phrase's first word, past the preposition it may hang on ("agreed [to] the limits that ..."),
  // and past the comma, relative pronoun and copula of a noun the parse makes a clause (", which was the provision ...").
  let [first] = tree.extent(noun);
  const relativePredicate = RELATIVE_PRONOUNS.has(words[tree.dependent(noun, 'nsubj')]?.lower ?? '');
  while (first < noun && (tree.relation(first) === 'case' || (relativePredicate && ['punct', 'cop', 'nsubj'].includes(tree.relation(first))))) first++;
  const clauseStart = tree.extent(verb)[0];
  if (noun < start || clauseStart <= noun) return undefined;
  return readablePhrase(words, Math.max(first, start), clauseStart) ?? undefined;
}
/** Words after the head of an ambition that only set its circumstances ("the nomination from the state committee"). */
const AMBITION_CIRCUMSTANCES = new Set(['from', 'in', 'at', 'for', 'by', 'on', 'this', 'next']);

/** Whether an issue is an office or a contest the holder seeks for itself: headed by one of `ambitions`, not "the nomination of Garland". */
function isAmbition(issue: string, ambitions: ReadonlySet<string>): boolean {
  const parts = issue.toLowerCase().split(' ');
  // "wants Ginsburg to resign from her post": an act asked of another.
  if (parts.includes('to')) return false;
  const head = parts.findIndex((part) => ambitions.has(part));
  return head >= 0 && (head === parts.length - 1 || AMBITION_CIRCUMSTANCES.has(parts[head + 1]!));
}
export const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself']);

/**
 * The issue of a verb that takes a side on acts, not on persons as such ("criticized the plan",
 * "praised Clinton's record"): a plain person or group is no issue ("slammed Bush"), but the act
 * named after it is ("criticized Ford for opening a plant in Mexico").
 */
function actIssue(context: SentenceContext, from: number, end: number): string | null {
  const { words, actors } = context;
  const named = namedObject(words, actors, from, end) ?? describedPerson(context, from);
  if (named === undefined) return issueAt(words, actors, from, end);
  // "criticized Obama and Clinton for ...": past the other persons of a list.
  const names = [named.entity.name];
  let last = named.last;
  for (;;) {
    const joiner = words[last + 1]?.lower ?? '';
    const next = joiner === ',' || joiner === 'and' ? actors.startingAt(words[last + 2]?.lower === 'and' ? last + 3 : last + 2) : undefined;
    if (next === undefined || !actors.isActor(next) || next.entity.type !== 'PERSON') break;
    names.push(next.entity.name);
    last = next.last;
  }
  // "criticized Smith on Monday for ...": past a time between the person and the act.
  const after = afterTime(words, last + 1, end);
  if (!ACT_PREPOSITIONS.has(words[after]?.lower ?? '')) return null;
  // "criticized Clinton for “running around saying ...”": past a quotation mark that opens the act.
  const first = /^[“"‘']$/u.test(words[after + 1]?.text ?? '') ? after + 2 : after + 1;
  const act = phraseAt(words, first, end);
  // "slammed the Girl Scouts for promoting ...": the actor doing the act is part of the issue.
  return act !== null && /ing$/u.test(words[first]?.lower ?? '') ? `${names.join(' and ')} ${act}` : act;
}

/** A person the object starting at `from` describes, not named ("welcome the governor"), where the phrase is not an owner ("the governor's plan"). */
function describedPerson({ words, actors }: SentenceContext, from: number): { last: number; entity: { name: string } } | undefined {
  // "declined to assail him aggressively": a person as such, named by a pronoun.
  if (isPersonalObject(words, from)) return { last: from, entity: { name: words[from]!.text } };
  // "welcomed several hundred guests", "praised the voters": people as such, named by a common noun.
  const head = personNounAt(words, from);
  if (head !== undefined) return { last: head, entity: { name: words.slice(from, head + 1).map((word) => word.text).join(' ') } };
  const mention = actors.startingAt(from);
  return mention !== undefined && mention.kind === 'nominal' && mention.entity.type === 'PERSON' && !isPossessiveMark(words[mention.last + 1]) ? mention : undefined;
}

/** How many determiners, numbers and adjectives may come before a noun for people ("several hundred loyal guests"). */
const MAX_PERSON_NOUN_MODIFIERS = 4;

/** The word of one of `personNouns` heading the phrase at `from` ("the crowd", "several hundred guests", "his wife"), not an owner ("the voters' choice"); undefined otherwise. */
function personNounAt(words: readonly Word[], from: number): number | undefined {
  let k = from;
  while (k - from < MAX_PERSON_NOUN_MODIFIERS && (['DET', 'NUM', 'ADJ'].includes(words[k]?.pos ?? '') || POSSESSIVE_PRONOUNS.has(words[k]?.lower ?? ''))) k++;
  return stanceCues().personNouns.has(words[k]?.lower ?? '') && !isPossessiveMark(words[k + 1]) && words[k + 1]?.pos !== 'NOUN' ? k : undefined;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Whether word `at` is a personal pronoun as an object ("assail him"), not an owner ("criticized her plan"). */
// (A time after it is no noun it owns: "condemning him Saturday".)
const isPersonalObject = (words: readonly Word[], at: number) =>
  OBJECT_PRONOUNS.has(words[at]?.lower ?? '') && (words[at]!.lower !== 'her' || !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[at + 1]?.pos ?? '') || stanceCues().timeWords.has(words[at + 1]!.lower));

/**
 * A stance noun at word `at`: an agent ("a supporter of Sanders", "Albright, a Clinton
 * supporter", "Trump's staunch ally Chris Christie" is left to the names) or an act ("her
 * opposition to the wall", "Obama's endorsement of Clinton", "voiced support for the plan").
 */
export function nominalStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, end } = context;
  const { agentNouns, measureAgentNouns, actNouns, actNounsWithAct, nounPrepositions } = stanceCues();
  const word = words[at]!;
  const onMeasure = measureAgentNouns.get(word.lower);
  const agent = agentNouns.get(word.lower) ?? onMeasure;
  const withAct = words[at + 1]?.lower === 'to' && words[at + 2]?.pos === 'VERB' ? actNounsWithAct.get(word.lower) : undefined;
  // "his call for a ban", "her vote against the bill": an act noun with its own preposition.
  const phrasal = stanceCues().actNounPhrases.get(`${word.lower} ${words[at + 1]?.lower ?? ''}`);
  const polarity = agent ?? actNouns.get(word.lower) ?? withAct ?? phrasal;
  const overridden = overriddenStance(context, at);
  if (overridden !== undefined) return overridden;
  // The lexicon first: telling a noun from a verb the tagger mistook may parse the sentence.
  const feeling = stanceCues().receivedFeelings.has(word.lower);
  if ((polarity === undefined && !stanceCues().withholdingNouns.has(word.lower) && !feeling) || !actsAsNoun(context.tree, words, at)) return undefined;
  // "that Hispanics support Hillary Clinton": a noun the parse gives a subject and an object is a verb (verbStance reads it).
  if (context.tree !== null && word.pos === 'NOUN' && actsAsVerb(context.tree, words, at) && context.tree.dependent(at, 'obj') > at) return undefined;
  if (polarity === undefined) return feeling ? receivedStance(context, at, 'oppose') : withheld(context, at);
  // "won the endorsement of the union", "proud to have their support": the backer supports the
  // receiver; "drew criticism from Democrats": the critic opposes it.
  if (agent === undefined && (polarity === 'support' || polarity === 'oppose')) {
    const received = receivedStance(context, at, polarity) ?? (polarity === 'support' ? supportWith(context, at) ?? thankedStance(context, at) : undefined);
    if (received !== undefined) return received;
  }
  const modifier = actors.endingAt(at - 1);
  // "anti-Trump delegates": a prefixed word states its own side (affixes.ts), not the noun's.
  const prefixed = modifier !== undefined && [...stanceCues().affixes.keys()].some((prefix) => words[modifier.first]!.lower.startsWith(prefix));
  // A name the finder typed MISC may still be what a stance is on ("an Obamacare critic", "RJC backer"), though it holds none.
  const issueModifier = modifier !== undefined && modifier.kind === 'name' && (actors.isActor(modifier) || modifier.entity.type === 'MISC') && !prefixed ? modifier : (modifier === undefined && agent !== undefined ? unmentionedSurname(context, at - 1) : undefined);
  let issue: string | null;
  // A noun that is its clause's subject: its issue ends with its phrase, before the verb ("her
  // embrace of the pact surprised ...").
  // Where the parse ends the phrase at the noun itself it split the phrase ("Clinton's proposals
  // to increase taxes" with "increase" as the root): the word rules end the issue.
  // A noun coordinated with the subject ends there too ("Smith and other critics of the levy met ...").
  let subjectPhrase = at;
  while (context.tree !== null && context.tree.relation(subjectPhrase) === 'conj') subjectPhrase = context.tree.head(subjectPhrase);
  const phraseStop = context.tree !== null && context.tree.baseRelation(subjectPhrase) === 'nsubj' ? context.tree.extent(subjectPhrase)[1] + 1 : end;
  const stop = phraseStop > at + 2 ? Math.min(end, phraseStop) : end;
  // "encouraged his supporters to back Clinton": an agent's infinitive is an act, not what the agent stands for.
  const infinitive = agent !== undefined && words[at + 1]?.lower === 'to' && isInfinitive(words, context.tree, at + 1, at + 2);
  // "her harsh criticism of Putin": an attack on a person as such takes no side on an issue.
  // "her frustration with the ruling": an act noun phrase's own preposition opens its issue as the common ones do.
  if ((nounPrepositions.has(words[at + 1]?.lower ?? '') || phrasal !== undefined) && !infinitive) issue = stanceCues().actNounsOnActsNotPersons.has(word.lower) ? actIssue(context, at + 2, stop) : issueAt(words, actors, at + 2, stop);
  else if (issueModifier !== undefined) issue = issueModifier.entity.name;
  else return agent === undefined || onMeasure !== undefined ? undefined : namedAgent(context, at, agent);
  // "the cosponsor of the debate": a sponsor or author takes a side only on a measure.
  if (onMeasure !== undefined && !namesMeasure(issue)) return undefined;
  // "his Republican opponents", "Trump's critics": an agent noun's owner is whom it backs or opposes, never its holder.
  if (agent !== undefined && ownerBefore(context, issueModifier?.first ?? at) !== undefined) return undefined;
  const holder = nounHolder(context, at, issueModifier, agent === undefined);
  if (holder.length === 0 || (issueModifier !== undefined && holder.includes(issueModifier.entity.id))) return undefined;
  return { holder, issue, polarity, rule: `noun:${word.lower}` };
}

/** Whether an issue names a measure: one of its words heads a policy ("the bill", "a deal to cut tariffs"). */
const namesMeasure = (issue: string | null) => issue !== null && issue.toLowerCase().split(/\s+/u).some((word) => stanceCues().antecedentNouns.has(word));

/**
 * A side received: an act noun of support or opposition that is the object of one of
 * `receivingVerbs` ("won the endorsement of the union", "Smith has Jones's backing", "I'm proud to
 * have their support", "the plan drew criticism from Democrats", "faces hostility and opposition
 * from party leaders", "locked in support among Hispanics and African Americans"): its owner, or
 * the actors named after the preposition (for opposition "from" or "among": "criticism of the plan"
 * names what is opposed, though "of" names who feels one of `receivedFeelings`: "drew the ire of
 * Democrats", "caused consternation among party leaders"), take that side on the verb's subject.
 * Undefined where the backer is not named (the support of "41 percent of voters", of "more than
 * 150 leaders").
 */
function receivedStance(context: SentenceContext, noun: number, polarity: 'support' | 'oppose'): Found | undefined {
  const { words, start, tree } = context;
  if (tree === null) return undefined;
  // "hostility and opposition from ...": a noun coordinated with the object is received too.
  const object = tree.relation(noun) === 'conj' ? tree.head(noun) : noun;
  if (tree.relation(object) !== 'obj' && !afterParticle(context, tree, object)) return undefined;
  const verb = tree.head(object);
  if (verb < start || verb > noun || !stanceCues().receivingVerbs.has(words[verb]!.lower)) return undefined;
  // "receiving 20 percent support from Latino voters": a poll's share, not the group's side.
  if (stanceCues().shareWords.has(words[noun - 1]?.lower ?? '')) return undefined;
  // "would not accept Cruz's endorsement if it were offered": support refused or supposed is not received.
  const { negations, hypotheticalModals } = stanceCues();
  if (auxiliariesOf(tree, words, verb).some((word) => negations.has(word.lower) || hypotheticalModals.has(word.lower)) || inOpenClause(tree, words, verb)) return undefined;
  // "won the endorsement of the union", "support from the SEIU", "locked in support among Hispanics".
  // "drew the ire of lawmakers": a feeling's "of" names who feels it.
  const backer = namedBacker(context, noun, polarity === 'support' || stanceCues().receivedFeelings.has(words[noun]!.lower) ? ['of', 'from', 'among'] : ['from', 'among']);
  if (backer === undefined) return undefined;
  // The verb's own subject, or for a participle without one that of the clause it hangs on ("received
  // criticism, even earning rebukes from ..."); one the parse passes on from another clause is often another's.
  // A verb coordinated with another shares its subject ("holds a lead but faces opposition from ...").
  const ownSubject = tree.dependent(verb, 'nsubj');
  const shares = tree.relation(verb) === 'conj' || (/ing$/u.test(words[verb]!.lower) && ['advcl', 'xcomp'].includes(tree.relation(verb)));
  const subject = ownSubject >= 0 || !shares ? ownSubject : tree.dependent(tree.head(verb), 'nsubj');
  const receiver = subject < 0 ? undefined : otherActorIn(context, tree, subject, backer);
  const speaker = receiver === undefined && quotedFirstPersonSubject(context, tree, verb) ? speakerOfQuoteAt(context, verb) : undefined;
  // "The plan drew criticism from ...": a subject that names no actor is the issue as written.
  const written = receiver === undefined && speaker === undefined && subject >= start && subject < verb ? readablePhrase(words, Math.max(tree.extent(subject)[0], start), tree.extent(subject)[1] + 1) : null;
  const issue = receiver?.entity.name ?? (speaker === undefined ? (written ?? undefined) : actorName(context, speaker));
  if (issue === undefined || speaker === backer.entity.id) return undefined;
  return { holder: listedWith(context, backer), issue, polarity, rule: `noun:${words[noun]!.lower}:received` };
}

/**
 * Thanks for support: "Ortiz thanked Governor Park for her support" (the one thanked backs the
 * subject), "Ortiz is grateful for the union's endorsement", "I am grateful for the support of
 * the union" (the backer named as `namedBacker` reads it). The noun is in the "for" phrase of one
 * of `gratitudeWords`; the subject, or a quote's "I" or "we", is what the backer supports.
 */
function thankedStance(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors, start, tree } = context;
  if (tree === null || words[tree.dependent(noun, 'case')]?.lower !== 'for') return undefined;
  const thanking = tree.head(noun);
  if (thanking < start || thanking > noun || !stanceCues().gratitudeWords.has(words[thanking]!.lower)) return undefined;
  // "was not grateful for", "would thank them for their support if": no support received.
  const { negations, hypotheticalModals } = stanceCues();
  if (auxiliariesOf(tree, words, thanking).some((word) => negations.has(word.lower) || hypotheticalModals.has(word.lower)) || inOpenClause(tree, words, thanking)) return undefined;
  const thanked = tree.dependent(thanking, 'obj');
  const backer = thanked >= start && thanked < noun ? phraseActors(actors, words, tree, thanked, start).find((mention) => mention.kind === 'name' && actors.isActor(mention)) : namedBacker(context, noun, ['of', 'from']);
  if (backer === undefined) return undefined;
  const subject = tree.dependent(thanking, 'nsubj');
  const receiver = subject < start ? undefined : otherActorIn(context, tree, subject, backer);
  const speaker = receiver === undefined && quotedFirstPersonSubject(context, tree, thanking) ? speakerOfQuoteAt(context, thanking) : undefined;
  const issue = receiver?.entity.name ?? (speaker === undefined ? undefined : actorName(context, speaker));
  if (issue === undefined || speaker === backer.entity.id) return undefined;
  return { holder: [backer.entity.id], issue, polarity: 'support', rule: `noun:${words[noun]!.lower}:thanked` };
}

/** The entity of `first` and of the names listed after it with "and" or a comma ("support among Hispanics and African Americans"). */
function listedWith({ words, actors, end }: SentenceContext, first: Mention): string[] {
  const ids = [first.entity.id];
  for (let last = first.last; ;) {
    const joiner = words[last + 1]?.lower ?? '';
    // Past a title ("from Senator Jane Doe and Governor Lisa Park").
    const next = joiner === ',' || joiner === 'and' ? namedObject(words, actors, words[last + 2]?.lower === 'and' ? last + 3 : last + 2, end) : undefined;
    if (next === undefined || next.kind !== 'name' || ids.includes(next.entity.id)) return ids;
    ids.push(next.entity.id);
    last = next.last;
  }
}

/** Particles of a receiving verb that the parser takes for a preposition ("locked in support among Hispanics", "racked up endorsements from"). */
const RECEIVING_PARTICLES = new Set(['in', 'up']);

/** Whether the noun at `noun` is the object of its verb past a particle the parse took for its preposition ("locked [in] support"). */
function afterParticle({ words }: SentenceContext, tree: DependencyTree, noun: number): boolean {
  const mark = tree.dependent(noun, 'case');
  return tree.baseRelation(noun) === 'obl' && mark >= 0 && mark === tree.head(noun) + 1 && RECEIVING_PARTICLES.has(words[mark]!.lower);
}

/** Prepositions by which an act goes on against an opposition ("passed over the objections of", "approved despite opposition from"). */
const OVERRIDING_PREPOSITIONS = new Set(['over', 'despite']);

/**
 * Opposition overridden: "The legislation passed the House over veto threats from the White
 * House", "The bill passed over the objections of Democrats", "approved the levy despite
 * opposition from the mayor": the actors after "from" or "of" (or the noun's owner) oppose what
 * the verb's subject names. The noun is an act noun of opposition or rejection, or a threat of
 * one ("veto threats"); the parse hangs it on the verb or on the verb's object.
 */
function overriddenStance(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors, start, tree } = context;
  if (tree === null || !OVERRIDING_PREPOSITIONS.has(words[tree.dependent(noun, 'case')]?.lower ?? '')) return undefined;
  const { actNouns, threatNouns, passageVerbs, enactingVerbs } = stanceCues();
  const opposing = (at: number) => ['oppose', 'reject'].includes(actNouns.get(words[at]?.lower ?? '') ?? '');
  if (!opposing(noun) && !(threatNouns.has(words[noun]!.lower) && [...tree.dependentsOf(noun)].some((dependent) => tree.relation(dependent) === 'compound' && opposing(dependent)))) return undefined;
  const onObject = tree.baseRelation(noun) === 'nmod' && ['obj', 'obl'].includes(tree.baseRelation(tree.head(noun)));
  if (tree.baseRelation(noun) !== 'obl' && !onObject) return undefined;
  const verb = onObject ? tree.head(tree.head(noun)) : tree.head(noun);
  // Only a measure going ahead: "won the race despite criticism from ..." takes no side on the race.
  if (verb < start || words[verb]!.pos !== 'VERB' || !(passageVerbs.has(words[verb]!.lower) || enactingVerbs.has(words[verb]!.lower))) return undefined;
  const backer = namedBacker(context, noun, ['of', 'from']);
  const subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
  if (backer === undefined || subject < start || subject >= noun) return undefined;
  // What went ahead: the object of an enacting verb ("The council approved the levy"); of a verb of
  // passage, the one of subject and object that names a policy, or else the subject where the
  // object names a chamber ("The legislation passed the House"; "The Senate passed the bill").
  const object = tree.dependent(verb, 'obj');
  const { antecedentNouns } = stanceCues();
  const chamber = object >= 0 && (words[object]!.pos === 'PROPN' || actors.covering(object) !== undefined);
  const passedSubject = !antecedentNouns.has(words[object]?.lower ?? '') && (antecedentNouns.has(words[subject]!.lower) || chamber);
  const judged = object < 0 || object > noun || (passageVerbs.has(words[verb]!.lower) && passedSubject) ? subject : object;
  const [first, last] = tree.extent(judged);
  const receiver = otherActorIn(context, tree, judged, backer);
  // Not the phrase of the noun itself, where the parse hangs it on the object.
  const stop = judged === object && onObject ? tree.extent(noun)[0] : last + 1;
  const issue = receiver?.entity.name ?? readablePhrase(words, Math.max(first, start), stop);
  return issue === null ? undefined : { holder: listedWith(context, backer), issue, polarity: 'oppose', rule: `noun:${words[noun]!.lower}:overridden` };
}

/**
 * Support given in passing: "passed the Senate with Rubio's support", "was approved with the
 * backing of the union": the backer (the noun's owner, or the actor named after "of") supports
 * what the subject of the verb the "with" phrase hangs on names. Undefined where the backer is
 * not named.
 */
function supportWith(context: SentenceContext, noun: number): Found | undefined {
  const { words, start, tree } = context;
  if (tree === null || !stanceCues().givenWithNouns.has(words[noun]!.lower) || words[tree.dependent(noun, 'case')]?.lower !== 'with') return undefined;
  // The parser may hang the phrase on the verb's object ("passed the House with the support of").
  const onObject = tree.baseRelation(noun) === 'nmod' && ['obj', 'obl'].includes(tree.baseRelation(tree.head(noun)));
  if (tree.baseRelation(noun) !== 'obl' && !onObject) return undefined;
  const verb = onObject ? tree.head(tree.head(noun)) : tree.head(noun);
  const backer = namedBacker(context, noun, ['of']);
  const subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
  if (backer === undefined || subject < start || subject >= noun) return undefined;
  const [first, last] = tree.extent(subject);
  const receiver = otherActorIn(context, tree, subject, backer);
  // The subject's whole phrase, its qualifying clause too ("Legislation offering that amount").
  const issue = receiver?.entity.name ?? readablePhrase(words, Math.max(first, start), last + 1);
  return issue === null ? undefined : { holder: [backer.entity.id], issue, polarity: 'support', rule: `noun:${words[noun]!.lower}:with` };
}

/**
 * Who gives the support act noun `noun` names: its owner, or the actor named after one of
 * `prepositions` right after it. A name only: a pronoun owner is often resolved to the wrong party.
 */
function namedBacker(context: SentenceContext, noun: number, prepositions: readonly string[]): Mention | undefined {
  const { words, actors, end } = context;
  const after = prepositions.includes(words[noun + 1]?.lower ?? '');
  const backer = ownerBefore(context, noun) ?? (after ? namedObject(words, actors, noun + 2, end) : undefined);
  if (backer !== undefined) return backer.kind === 'name' && actors.isActor(backer) ? backer : undefined;
  return after ? partyMembersAt(context, noun + 2) : undefined;
}

/** How many words of a count may stand before a party's members' noun ("more than 150"). */
const MAX_COUNT_WORDS = 3;

/**
 * "(from) many Republican leaders", "Democratic lawmakers", "(of) more than 150 Republican
 * leaders": a party or people word before one of its members' nouns, past a determiner, a
 * quantifier or a count, holds its side.
 */
function partyMembersAt({ words, actors }: SentenceContext, from: number): Mention | undefined {
  let at = from;
  while (at - from < MAX_COUNT_WORDS && actors.startingAt(at) === undefined && (['DET', 'ADJ', 'NUM'].includes(words[at]?.pos ?? '') || (at > from && words[at]!.lower === 'than'))) at++;
  const mention = actors.startingAt(at);
  if (mention === undefined || mention.kind === 'pronoun' || !actors.isActor(mention)) return undefined;
  const next = words[mention.last + 1];
  return next !== undefined && stanceCues().memberNouns.has(next.lower) && notModifiers(words, [mention]).length === 1 ? mention : undefined;
}

/** An actor named in the phrase of `head` other than `backer`: whom the backer supports. */
function otherActorIn({ words, actors, start }: SentenceContext, tree: DependencyTree, head: number, backer: Mention): Mention | undefined {
  return phraseActors(actors, words, tree, head, start).find((mention) => actors.isActor(mention) && mention.entity.id !== backer.entity.id);
}

/** The owner of the noun at `noun`, past its modifiers: a name with "'s" or a possessive pronoun ("the union's endorsement", "their support"). */
function ownerBefore({ words, actors, start }: SentenceContext, noun: number): Mention | undefined {
  let k = noun - 1;
  for (let skipped = 0; k >= start && skipped < MAX_NOUN_MODIFIERS && isNounModifier(words[k]!); skipped++) k--;
  if (isPossessiveMark(words[k])) return actors.endingAt(k - 1);
  const pronoun = actors.startingAt(k);
  return pronoun !== undefined && pronoun.kind === 'pronoun' && pronoun.last === k ? pronoun : undefined;
}

/** Whether the subject of `verb`, or of the verb it completes ("proud to have"), is a first person in a quote. */
function quotedFirstPersonSubject({ words }: SentenceContext, tree: DependencyTree, verb: number): boolean {
  for (let clause = verb, depth = 0; clause >= 0 && depth < 3; clause = tree.head(clause), depth++) {
    const subject = tree.dependent(clause, 'nsubj');
    if (subject >= 0) return ['i', 'we'].includes(words[subject]!.lower);
  }
  return false;
}

/** The name of the entity `id`: a quote's speaker may be named only in a sentence before the one that receives the support ("... ," Smith said. "I'm proud to have their support."). */
const actorName = ({ entities }: SentenceContext, id: string): string | undefined => entities?.find((entity) => entity.id === id)?.name;

/** "HP's decision not to fund the convention": its owner rejects the act. */
function withheld(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors, end } = context;
  if (!stanceCues().withholdingNouns.has(words[noun]!.lower) || words[noun + 1]?.lower !== 'not' || words[noun + 2]?.lower !== 'to' || words[noun + 3]?.pos !== 'VERB') return undefined;
  const holder = nounHolder(context, noun, undefined, true);
  return holder.length === 0 ? undefined : { holder, issue: issueAt(words, actors, noun + 3, end), polarity: 'reject', rule: `noun:${words[noun]!.lower}:not-to` };
}

/** "Mr. Trump's staunch ally Chris Christie": the person named after an owner's agent noun holds the stance, on the owner. */
/**
 * The article's one person whose name a lone capitalized word at `at` ends, where the name finder
 * made no mention of it ("signs up to be a Trump delegate" in an article about Donald Trump); undefined otherwise.
 */
function unmentionedSurname({ words, start, entities }: SentenceContext, at: number): Mention | undefined {
  const word = words[at];
  if (entities === undefined || at < start || word === undefined || word.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(word.form) || words[at - 1]?.pos === 'PROPN') return undefined;
  const people = entities.filter((entity) => entity.type === 'PERSON' && (entity.name === word.text || entity.name.endsWith(` ${word.text}`)));
  return people.length === 1 ? { entity: people[0]!, kind: 'name', start: word.start, end: word.end, first: at, last: at } : undefined;
}

function namedAgent(context: SentenceContext, noun: number, polarity: Polarity): Found | undefined {
  const { words, actors, start } = context;
  const named = actors.startingAt(noun + 1);
  if (named === undefined || named.kind !== 'name' || named.entity.type !== 'PERSON') return undefined;
  let k = noun - 1;
  for (let skipped = 0; k >= start && skipped < MAX_NOUN_MODIFIERS && isNounModifier(words[k]!); skipped++) k--;
  const owner = isPossessiveMark(words[k]) ? actors.endingAt(k - 1) : undefined;
  if (owner === undefined || !actors.isActor(owner) || owner.entity.id === named.entity.id) return undefined;
  return { holder: [named.entity.id], issue: owner.entity.name, polarity, rule: `noun:${words[noun]!.lower}:named` };
}

/**
 * Who holds a stance a noun states: the entity the noun phrase is a mention of ("a Clinton
 * supporter" said of Albright), its owner ("her opposition", "Obama's endorsement"), the name
 * it stands in apposition to ("Albright, a Clinton supporter"), the subject of a copula ("Scott
 * is a backer of", "is one of the supporters of"), and for an act the subject of its verb
 * ("voiced support for").
 */
function nounHolder(context: SentenceContext, noun: number, issueModifier: Mention | undefined, isAct: boolean): string[] {
  const { words, actors, start } = context;
  const described = actors.endingAt(noun);
  if (described !== undefined && described.kind === 'nominal' && actors.isActor(described)) return [described.entity.id];
  let k = (issueModifier?.first ?? noun) - 1;
  // "the organization's “support of ...”": a quotation opened at the noun.
  if (/^[“"‘]$/u.test(words[k]?.text ?? '')) k--;
  for (let skipped = 0; k >= start && skipped < MAX_NOUN_MODIFIERS && isNounModifier(words[k]!); skipped++) k--;
  if (isPossessiveMark(words[k])) {
    const owner = actors.endingAt(k - 1);
    return owner !== undefined && actors.isActor(owner) ? [owner.entity.id] : [];
  }
  // "Adelson, the casino mogul and RJC backer": a noun coordinated with a description of an actor
  // describes that actor; "Jews and other Israel supporters": the name before "and other" is one.
  const coordinated = words[k]?.lower === 'and' ? actors.endingAt(k - 1) : undefined;
  const others = words[k + 1]?.lower === 'other' && coordinated?.kind === 'name';
  if (coordinated !== undefined && (coordinated.kind === 'nominal' || others) && actors.isActor(coordinated)) return [coordinated.entity.id];
  const ownerPronoun = actors.startingAt(k);
  if (ownerPronoun !== undefined && ownerPronoun.kind === 'pronoun' && ownerPronoun.last === k) return actors.isActor(ownerPronoun) ? [ownerPronoun.entity.id] : [];
  // "“You ignored my call for an apology,” Smith said": a first-person owner in a quote is its speaker.
  if (FIRST_PERSON_OWNERS.has(words[k]?.lower ?? '')) {
    const speaker = speakerOfQuoteAt(context, k);
    return speaker === undefined ? [] : [speaker];
  }
  if (ATTRIBUTIVE_DETERMINERS.has(words[k]?.lower ?? '') || words[k]?.pos === 'DET') k--;
  // "one of the supporters of", "among the critics of".
  if (words[k]?.lower === 'of' && words[k - 1]?.lower === 'one') k -= 2;
  else if (words[k]?.lower === 'among') k--;
  if (words[k]?.text === ',') {
    // "Sen. Claire McCaskill (D-Mo.), a critic of": past a bracketed party and state.
    const appositive = actors.endingAt(bracketStart(words, k - 1, start) - 1);
    return appositive !== undefined && actors.isActor(appositive) ? [appositive.entity.id] : [];
  }
  // "signed up to serve as a delegate for": the subject of the verb the role is taken with.
  if (words[k]?.lower === 'as' && words[k - 1]?.pos === 'VERB') return holderOf(context, k - 1);
  // "signed up as a Trump delegate": past the verb's particle.
  if (words[k]?.lower === 'as' && words[k - 1]?.pos === 'ADP' && words[k - 2]?.pos === 'VERB') return holderOf(context, k - 2);
  if (stanceCues().copulas.has(words[k]?.lower ?? '')) {
    const subject = entityIds(actorsBefore(actors, words, subjectEnd(words, k), start));
    if (subject.length > 0 || isAct) return subject;
  }
  if (!isAct) return context.tree === null ? [] : predicateHolder(context, context.tree, noun);
  const verb = governingVerb(words, noun, start);
  return verb === undefined || !stanceCues().expressingVerbs.has(words[verb]!.lower) ? [] : holderOf(context, verb);
}

/**
 * The holder of an agent noun the parse makes a predicate or the subject of a list: the subject
 * of its copula, across coordination and relative clauses ("Smith, who was an investor and a
 * backer of Doe"), the subject of the verb a "to be" predicate completes ("are slated to be Doe
 * delegates"), or the list after one of `listingVerbs` ("Doe's backers include Smith and Jones").
 */
function predicateHolder(context: SentenceContext, tree: DependencyTree, noun: number): string[] {
  const { words, actors, start } = context;
  let predicate = noun;
  while (tree.relation(predicate) === 'conj') predicate = tree.head(predicate);
  if (tree.baseRelation(predicate) === 'nsubj') {
    const verb = tree.head(predicate);
    const list = stanceCues().listingVerbs.has(words[verb]!.lower) ? tree.dependent(verb, 'obj') : -1;
    return list < 0 ? [] : entityIds(notModifiers(words, phraseActors(actors, words, tree, list, start)));
  }
  if (tree.dependent(predicate, 'cop') < 0) return [];
  const subject = subjectActors(actors, words, tree, predicate, start) ?? [];
  if (subject.length > 0) return entityIds(notModifiers(words, subject));
  // "Trump has a long history of being a strong supporter of Israel": a gerund predicate without
  // a subject of its own is of the subject of the clause it hangs on.
  if (words[tree.dependent(predicate, 'cop')]?.lower === 'being') return gerundController(context, tree, predicate);
  // "are slated to be Doe delegates", "signs up to be a Doe delegate": the subject of the verb the
  // predicate completes, or its object where it has one ("wants Smith to be a delegate").
  const controller = tree.relation(predicate) === 'xcomp' ? (CONTROLLERS.map((relation) => tree.dependent(tree.head(predicate), relation)).find((dependent) => dependent >= 0) ?? -1) : -1;
  return controller < 0 ? [] : entityIds(notModifiers(words, phraseActors(actors, words, tree, controller, start)));
}

/** How many heads up from a gerund predicate the clause with its subject may be ("has a history of being"). */
const MAX_GERUND_STEPS = 3;

/** The actors of the subject of the nearest clause above the gerund predicate at `predicate`, within a few heads; none past a clause without one. */
function gerundController(context: SentenceContext, tree: DependencyTree, predicate: number): string[] {
  const { words, actors, start } = context;
  for (let node = tree.head(predicate), steps = 0; node >= start && steps < MAX_GERUND_STEPS; node = tree.head(node), steps++) {
    if (tree.dependent(node, 'nsubj') >= 0) return entityIds(notModifiers(words, subjectActors(actors, words, tree, node, start) ?? []));
    if (words[node]!.pos === 'VERB' || words[node]!.pos === 'AUX') return [];
  }
  return [];
}

/** The relations of the word a "to be" predicate completes that say who the predicate is of, in order. */
const CONTROLLERS = ['obj', 'nsubj:pass', 'nsubj'];

/** Owners that, in a direct quote, are its speaker ("my call for", "our opposition to"). */
const FIRST_PERSON_OWNERS = new Set(['my', 'our']);

const isNounModifier = (word: Word) => ['ADJ', 'ADV', 'NOUN', 'NUM'].includes(word.pos) || word.text === '-' || stanceCues().nounModifiers.has(word.lower);

/**
 * A predicate at word `at` ("is opposed to", "has been critical of", "was pro John Kasich", "voted
 * in favour of"): the subject of the copula, or of the verb before a manner phrase, holds it.
 * Returns the word after the predicate, so that its words are not read again as a verb.
 */
export function predicateStance(context: SentenceContext, at: number): { found: Found | undefined; next: number } | undefined {
  const { words, actors, start, end } = context;
  const { predicatePhrases, predicates, copulas, negations } = stanceCues();
  const phrase = predicatePhrases.at(words, at);
  if (phrase === undefined) return undefined;
  const cue = phrase.join(' ');
  const next = at + phrase.length;
  const { polarity, afterAnyVerb } = predicates.get(cue)!;
  let k = at - 1;
  let negated = false;
  for (; k >= start && (isAdverb(words[k]) || negations.has(words[k]!.lower) || words[k]!.lower === 'so'); k--) negated ||= negations.has(words[k]!.lower);
  let holder: string[] = [];
  if (words[k]?.text === ',' && !afterAnyVerb) {
    // "Sen. Claire McCaskill (D-Mo.), a critic of": past a bracketed party and state.
    const appositive = actors.endingAt(bracketStart(words, k - 1, start) - 1);
    if (appositive !== undefined && actors.isActor(appositive)) holder = [appositive.entity.id];
  } else if (copulas.has(words[k]?.lower ?? '') || (afterAnyVerb && words[k]?.pos === 'VERB')) {
    holder = holderOf(context, k);
    negated ||= words.slice(subjectEnd(words, k), k).some((word) => negations.has(word.lower));
  }
  const stated = negated ? negatedPolarity(polarity) : polarity;
  if (stated === undefined || holder.length === 0) return { found: undefined, next };
  return { found: { holder, issue: issueAt(words, actors, next, end), polarity: stated, rule: `predicate:${cue}` }, next };
}

/**
 * A group named for a person after one of `groupGovernors` ("the head of Sikh Americans for
 * Trump", "started Muslim Americans for Trump"): the subject of the clause supports the person.
 */
/** Modals by which a holder states a policy it would carry out ("would end", "will repeal"). */
const POLICY_MODALS = new Set(['will', 'would', "'ll", '’ll', "'d", '’d']);

/**
 * A policy a holder says it will carry out: "Mr. Trump said he would end the favored treatment of
 * carried interest" opposes the treatment; "Mrs. Clinton would raise the minimum wage" supports
 * raising it. Not negated, not in a condition or question, and only with an object.
 */
export function policyStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start, end, tree } = context;
  const act = stanceCues().modalPolicyActs.at(words, at);
  if (act === undefined || tree === null || words[at]!.pos !== 'VERB') return undefined;
  const own = auxiliariesOf(tree, words, at);
  if (!own.some((word) => POLICY_MODALS.has(word.lower)) || own.some((word) => stanceCues().negations.has(word.lower))) return undefined;
  if (isQuestion(words, start, end) || inOpenClause(tree, words, at) || words.slice(start, end).some((word) => stanceCues().conditions.has(word.lower))) return undefined;
  // "explain how they would overhaul the tax code": a policy asked about, not stated.
  if ([...tree.dependentsOf(at)].some((dependent) => ['mark', 'advmod'].includes(tree.baseRelation(dependent)) && QUESTION_MARKS.has(words[dependent]!.lower))) return undefined;
  // "it would basically end all the kinds of health care": a thing's effect, not a holder's policy.
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

/** Possessive pronouns of persons, which the actors stage resolves more often rightly than "its". */
const PERSONAL_OWNERS = new Set(['his', 'her', 'their']);

/**
 * A goal an owner states for itself: "the GOP's top goal was to make Obama a one-term
 * president", "his immediate goal is to sell his party on gun control": the owner (a name with
 * "'s" or a possessive pronoun, an actor) demands the act after the copula and "to". Not negated
 * ("her priority is not to ...").
 */
export function goalStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, end } = context;
  if (!stanceCues().goalNouns.has(words[at]!.lower) || !stanceCues().copulas.has(words[at + 1]?.lower ?? '')) return undefined;
  if (words[at + 2]?.lower !== 'to' || words[at + 3]?.pos !== 'VERB') return undefined;
  // A name, or a pronoun for persons: "its main goal" is as often a policy's as an organisation's.
  const owner = ownerBefore(context, at);
  if (owner === undefined || !actors.isActor(owner) || (owner.kind === 'pronoun' && !PERSONAL_OWNERS.has(words[owner.first]!.lower))) return undefined;
  const issue = phraseAt(words, at + 3, end);
  return issue === null ? undefined : { holder: [owner.entity.id], issue, polarity: 'demand', rule: `goal:${words[at]!.lower}` };
}

export function groupStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start } = context;
  if (words[at]!.lower !== 'for') return undefined;
  const person = actors.startingAt(at + 1);
  if (person === undefined || person.kind !== 'name' || person.entity.type !== 'PERSON') return undefined;
  // The person's name ends the group's ("Women for Trump", not "Students for Trump University").
  if (isCapitalised(words[person.last + 1])) return undefined;
  let first = at;
  while (first - 1 > start && words[first - 1]!.pos === 'PROPN' && isCapitalised(words[first - 1])) first--;
  if (first === at || !stanceCues().groupGovernors.has(words[first - 1]?.lower ?? '')) return undefined;
  let predicate = first - 1;
  // A copula, not the possessive "'s" ("a member of LeVell's coalition").
  while (predicate >= start && words[predicate]!.pos !== 'VERB' && !(words[predicate]!.pos === 'AUX' && stanceCues().copulas.has(words[predicate]!.lower))) predicate--;
  if (predicate < start) return undefined;
  const holder = holderOf(context, predicate).filter((id) => id !== person.entity.id);
  return { holder, issue: person.entity.name, polarity: 'support', rule: 'group-name' };
}

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
  if (object < 0 || RELATIVE_PRONOUNS.has(words[object]!.lower)) {
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

/**
 * A speaker's position as a duty in a direct quote: "We should focus on ISIS" (demand), "We
 * should not be focusing on Syria" (oppose), "What we should do is focus on ISIS", and a duty
 * the speaker puts on the one spoken to: "You should resign" (demand).
 */
export function quotedDemand(context: SentenceContext, at: number): Found | undefined {
  const { words, end } = context;
  const { quotedModals, quotedDutySubjects, quotedAddresseeModals, quotedSubjects, quotedWishes, negations } = stanceCues();
  const wish = quotedWishes.at(words, at);
  if (wish !== undefined) {
    // "I would like to see the country turn ...": the speaker's wish.
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
  if (['we', 'you'].includes(subject) && ((RELATIVE_PRONOUNS.has(words[subjectAt - 1]?.lower ?? '') && ['NOUN', 'PROPN'].includes(words[subjectAt - 2]?.pos ?? '')) || ['NOUN', 'PROPN'].includes(words[subjectAt - 1]?.pos ?? ''))) return undefined;
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

/** Verbs of thinking whose negation before a duty denies it ("I don't think we need to ..."). */
const THINKING_VERBS = new Set(['think', 'believe']);

/** Whether a negated verb of thinking stands just before the word at `subject`. */
function deniedThought(words: readonly Word[], subject: number, start: number): boolean {
  const thinking = words[subject - 1]?.lower === 'that' ? subject - 2 : subject - 1;
  return thinking - 1 >= start && THINKING_VERBS.has(words[thinking]?.lower ?? '') && [1, 2].some((back) => stanceCues().negations.has(words[thinking - back]?.lower ?? ''));
}

/** Words that may stand between a quoted duty's subject and its modal ("we also need to", "we all have to"). */
const DUTY_SUBJECT_QUANTIFIERS = new Set(['all', 'both']);
/** How many such words may stand there ("we really just have to"). */
const MAX_WORDS_BEFORE_MODAL = 2;

/** The word before the modal at `at`, past up to two adverbs or quantifiers ("we also", "we all"). */
function dutySubjectBefore(words: readonly Word[], at: number): number {
  let k = at - 1;
  while (at - 1 - k < MAX_WORDS_BEFORE_MODAL && (words[k]?.pos === 'ADV' || DUTY_SUBJECT_QUANTIFIERS.has(words[k]?.lower ?? '')) && !stanceCues().negations.has(words[k]!.lower)) k--;
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
  if ([...tree.dependentsOf(verb)].some((dependent) => tree.baseRelation(dependent) === 'mark' && QUESTION_MARKS.has(words[dependent]!.lower)) || inOpenClause(tree, words, verb)) return undefined;
  // The subject nearest the modal: the parser may give a fronted noun one too ("The number one thing you must have").
  const subject = [...tree.dependentsOf(verb)].filter((dependent) => dependent < at && tree.baseRelation(dependent) === 'nsubj').at(-1);
  if (subject === undefined || words[subject]!.pos === 'PRON' || isQuantified(context, tree, subject)) return undefined;
  const quote = quoteAt(context, at);
  const speaker = quote?.speaker?.entity ?? undefined;
  let first = Math.max(tree.extent(subject)[0], context.start);
  // The parse may hang the opening quotation mark on the subject.
  while (first < subject && words[first]!.pos === 'PUNCT') first++;
  if (speaker === undefined || quote === undefined || words[first]!.start < quote.start || at - first > MAX_DUTY_SUBJECT_WORDS) return undefined;
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

/** Words that open a clause asking or explaining rather than stating ("whether", "why"). */
const QUESTION_MARKS = new Set(['whether', 'if', 'why', 'how']);

/**
 * Whether the parse puts the verb at `verb` in a clause opened by one of `openClauseMarks` or `conditions`
 * ("a vote on whether to endorse Smith", "If they want our money, ..."): its own `mark`, or that
 * of the verb it completes ("whether to continue to back").
 */
function inOpenClause(tree: DependencyTree, words: readonly Word[], verb: number): boolean {
  let clause = verb;
  for (let depth = 0; depth < 3 && clause >= 0; depth++) {
    const opens = [...tree.dependentsOf(clause)].some((dependent) => tree.baseRelation(dependent) === 'mark' && (stanceCues().openClauseMarks.has(words[dependent]!.lower) || stanceCues().conditions.has(words[dependent]!.lower)));
    // The parser may hang the clause on "whether" itself ("decide whether to endorse").
    if (opens || stanceCues().openClauseMarks.has(words[tree.head(clause)]?.lower ?? '')) return true;
    if (tree.relation(clause) !== 'xcomp') return false;
    clause = tree.head(clause);
  }
  return false;
}

/** Whether the parse puts the auxiliary at `at` in a relative clause ("the thing you must have"). */
const inRelativeClause = (tree: DependencyTree | null, at: number) => tree !== null && ['acl', 'acl:relcl'].includes(tree.relation(tree.head(at)));

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
const isPerfect = (words: readonly Word[], at: number) => ['have', "'ve", '’ve'].includes(words[at]?.lower ?? '') && /(ed|en|wn|been|seen|known|done|made)$/u.test(words[at + 1]?.lower ?? '');

/** How long a duty's subject may be: a longer one is a misparse across a list ("Among those principles are ...; government must be"). */
const MAX_DUTY_SUBJECT_WORDS = 6;

/** Whether the sentence `[start, end)` asks a question: its last word, before closing quotation marks, is "?". */
function isQuestion(words: readonly Word[], start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && /^[”"’']$/u.test(words[last]!.text)) last--;
  return words[last]?.text === '?';
}

/** The subject word of the verb at `verb`: its `nsubj` in the parse, else the word before it past its auxiliaries. */
function subjectWord({ words, tree }: SentenceContext, verb: number): Word | undefined {
  const subject = tree === null ? -1 : tree.dependent(verb, 'nsubj');
  return subject >= 0 ? words[subject] : words[subjectEnd(words, verb) - 1];
}

/** Whether a participle at `verb` modifies the noun after it ("Trump's disparaging remarks", "a highly criticized speech"). */
function isAttributive(words: readonly Word[], verb: number, floor: number): boolean {
  let k = verb - 1;
  while (k >= floor && isAdverb(words[k])) k--;
  // A noun read as the first word of a verb cue ("Trump's campaign for president") is no verb either.
  // "his American and Cuban sides with equal gusto": a noun the tagger read as one, after an adjective.
  if (k >= floor && words[k]!.pos === 'ADJ' && words[verb]!.pos === 'NOUN') return true;
  return k >= floor && (ATTRIBUTIVE_DETERMINERS.has(words[k]!.lower) || isPossessiveMark(words[k])) && (/(ing|ed)$/u.test(words[verb]!.lower) || words[verb]!.pos === 'NOUN');
}

/** The verb an abstract object or act noun belongs to ("reiterated the importance of"), within a few words before it. */
function governingVerb(words: readonly Word[], at: number, floor: number): number | undefined {
  for (let i = at - 1; i >= floor && at - i <= MAX_VERB_DISTANCE; i--) if (words[i]!.pos === 'VERB') return i;
  return undefined;
}

/** Where the noun phrase ending at word `last` starts ("the Iran deal"). */
function nounPhraseStart(words: readonly Word[], last: number, floor: number): number {
  let i = last;
  while (i > floor && ['ADJ', 'DET', 'NOUN', 'PROPN', 'NUM'].includes(words[i - 1]!.pos)) i--;
  return i;
}
