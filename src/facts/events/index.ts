/**
 * The events stage: CAMEO-coded events from the verbs of the CAMEO dictionary and from event
 * nouns ("summit", "talks", "phone call"), each with its PLOVER category, QuadClass, Goldstein
 * score, source and target actors, place, time (from the values layer) and status, and the
 * dictionary pattern or rule that coded it.
 */
import type { Event, Value } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, isClosingQuote, isPluralForm, type Word, wordAt } from '../words.js';
import { describesPerson } from '../actors/nominals.js';
import { ActorIndex, bodyOwnerSubject, isSpacedDash, factInputs, isPossessiveMark, objectClauseDoer, ordinalInfinitiveDoer, onlyOwnsRelational, nameQualifiedRelationalSubject, ownerOnlySubject, phraseActors, seriesVerb, treeSubjectActors, datedValues, actorsAfter, actorsBefore, between, isPassive, PAST_PARTICIPLE, passiveAgent, placeOf, PLACE_TYPES, POSSESSIVES, prepositionalTarget, SEQUENCE_PREPOSITIONS, subjectEnd, withIncluded, withPluralAntecedents, type Mention } from '../arguments.js';
import { codeInfo, codeVerb, verbsAt, type CodeInfo } from './cameo.js';
import { complementFamily, refusesStatement, isMediaOutlet, isPlacePeopleNoun, type ComplementFamily, curatedVerb, isGovernor, isIgnoredVerb, isLightVerb, isMeasureNoun, isNounModifier, isUndergoingVerb, nominalAt, possessorUndergoes, takesAgentOf, triggerForms } from './lexicon.js';
import { eventConfidence, inOwnWords, namedWithin } from './confidence.js';
import { actsOnItself, codeBeforeInfinitive, codeByPreposition, isApology, isInterview, lacksCounterpart, isNamingRebuke, isAsylumGiven, isAttackByPersonForm, isAttackForm, isCompoundModifier, isForceful, isVerbalAttack, isVerbalDefence, senseMisfit } from './sense.js';
import { statusOf } from './status.js';
import { withQuotedFirstPerson } from './quoted-speakers.js';

const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);
/** Words that end the clause an event's object and patterns are looked for in. */
const CLAUSE_ENDS = new Set([',', ';', ':', 'that', 'which', 'who', 'while', 'whereas', 'but', 'because', 'although', '“', '”', '"']);
/** Events whose complement is part of them: "urged X to hold talks" is one request, "declined to meet" one refusal. */
const GOVERNING_CATEGORIES = new Set(['REQUEST', 'REJECT', 'THREATEN', 'AGREE']);
const MAX_COMPLEMENT_DISTANCE = 12;
/** CAMEO 111, "Criticize or denounce": what a verbal attack is. */
const VERBAL_ATTACK_CODE = '111';
/** CAMEO 052 'Defend verbally', for defending someone or something in words. */
const VERBAL_DEFENCE_CODE = '052';
/** CAMEO 055 'Apologize', for regretting one's own act. */
const APOLOGY_CODE = '055';
/** CAMEO 075, grant asylum: letting refugees or a people in ("admit 10,000 Syrians"), where the dictionary codes admitting as support (050). */
const ASYLUM_CODE = '075';
/** Categories whose events two sides do together, told with both as the subject ("A and B met"). */
const RECIPROCAL_CATEGORIES = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'RETREAT', 'ASSAULT']);
/**
 * Of SUPPORT, the codes two sides do together: diplomatic cooperation (050) and signing an
 * agreement (057); praise, verbal defence or an apology several do side by side, not to each
 * other ("was welcomed by Democratic and Republican lawmakers").
 */
const RECIPROCAL_SUPPORT_CODES = ['050', '057'];
const isReciprocal = (info: CodeInfo) => RECIPROCAL_CATEGORIES.has(info.plover) || (info.plover === 'SUPPORT' && RECIPROCAL_SUPPORT_CODES.some((code) => info.cameo.startsWith(code)));
/** Events of cooperation (QuadClass 1 and 2: meetings, visits, calls, aid), which the subject of the clause after a fronted phrase naming one took part in. */
const isCooperation = (info: CodeInfo) => info.quadClass <= 2;
/** Categories whose events are often told with no actor named ("riots broke out", "two aid workers were abducted"). */
const ACTORLESS_CATEGORIES = new Set(['PROTEST', 'ASSAULT']);

/** The sentence's event before the one whose actors are sought, for the rules that link the two. */
interface PreviousEvent {
  plover: string;
  source: Mention[];
  target: Mention[];
  last: number;
  nominal: boolean;
}

interface Draft {
  info: CodeInfo;
  first: number;
  last: number;
  rule: string;
  nominal: boolean;
  patterned: boolean;
  /** A refusal to say something ("declined to comment"), kept only to hold its complement. */
  statement?: boolean;
}

export const eventAnnotator: Annotator<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'values', 'parse', 'quotes'],
  assigns: 'events',
  englishOnly: true,
  annotate(doc) {
    const { article, layers } = doc;
    const { text, sentences, words, actors: sharedActors, tree } = factInputs(doc);
    const quotes = layers.quotes ?? [];
    // "“I met him twice,” she said": the events in a speaker's words have the speaker as "I".
    // The fact stages' shared index serves unless such a pronoun was added.
    const entities = layers.entities ?? [];
    const withSpeakers = withQuotedFirstPerson(entities, quotes, words);
    const actors = withSpeakers === entities ? sharedActors : new ActorIndex(withSpeakers, words);
    const dates = (layers.values ?? []).filter((value) => value.type === 'DATE' || value.type === 'TIME');
    const published = article.publishedAt?.slice(0, 10) ?? null;
    // With no publication date only dates that name their year resolve: an event still gets the
    // words that date it ("on Tuesday"), undated, rather than no time at all.
    const times = published === null ? (layers.values ?? []).filter((value) => value.type === 'DATE' || (value.type === 'DURATION' && value.resolved !== null)) : datedValues(layers.values ?? []);
    const events: Event[] = [];
    const entityById = new Map(entities.map((entity) => [entity.id, entity]));

    const headlines = headlineLines(text, sentences, words);
    sentences.forEach(([sentenceStartOffset, sentenceEndOffset], sentenceIndex) => {
      const start = wordAt(words, sentenceStartOffset);
      const end = wordAt(words, sentenceEndOffset);
      const drafts = withComplements(words, findTriggers(words, start, end, actors, tree), start, end);
      const kept = drafts.filter((draft) => !isComplement(words, draft, drafts));
      let previousSource: Mention[] = [];
      let previous: PreviousEvent | null = null;
      /** Whether the previous event's subject is a relational noun named only through its possessor ("his rivals"). */
      let previousOwnerOnly = false;
      for (const draft of kept) {
        if (draft.statement === true) continue;
        const clauseEnd = clauseEndAfter(words, draft.last + 1, end);
        const clauseStart = clauseStartBefore(words, draft.first, start);
        const misfit = senseMisfit({ words, first: draft.first, last: draft.last, nominal: draft.nominal, plover: draft.info.plover, clauseStart, clauseEnd, sentenceStart: start, sentenceEnd: end, actors, patterned: draft.patterned, tree });
        if (misfit !== null) continue;
        // "the March 15 primary", "In a March 2016 meeting": a word of a date is no event.
        if (draft.nominal && dates.some((value) => value.span.start <= words[draft.first]!.start && words[draft.last]!.end <= value.span.end)) continue;
        // "his rivals attacked him", "his mother refused ..., insisting": a doer named only as someone's relation is nobody named.
        const ownerOnly: boolean = !draft.nominal && (ownerOnlySubject(actors, words, tree, draft.first) || (previousOwnerOnly && sharesSubject(words, draft.first)));
        const [source, target, actorRule] = eventActors(words, draft, start, clauseEnd, actors, tree, previousSource, previous, ownerOnly);
        // A verb with no actor at all is mostly a word the dictionary codes out of its sense
        // ("escalate", "pressure"); one done by a group a name qualifies ("Sanders supporters
        // threaten to ...") has its doers, unnamed.
        const namedGroup = ownerOnly && nameQualifiedRelationalSubject(actors, words, tree, draft.first);
        if (!draft.nominal && source.length === 0 && target.length === 0 && !namedGroup && !ACTORLESS_CATEGORIES.has(draft.info.plover)) continue;
        if (!draft.nominal && lacksCounterpart(words, draft.first, clauseEnd, draft.info.plover, target.length > 0 || placeReached(actors, words, draft.last))) continue;
        if (!draft.nominal && actsOnItself(words, draft.last, target.length > 0)) continue;
        if (!draft.nominal && draft.info.plover === 'CONSULT' && isInterview(words, draft.first, draft.last, clauseEnd, [...source, ...target])) continue;
        // "accused them of beating several traders": the act an accusation names is a particular one.
        const accusedAct = previous !== null && previous.plover === 'ACCUSE' && ACCUSATION_LINKS.has(words[draft.first - 1]?.lower ?? '');
        if (source.length > 0) previousSource = source;
        previous = { plover: draft.info.plover, source, target, last: draft.last, nominal: draft.nominal };
        previousOwnerOnly = ownerOnly;
        const sourceIds = actors.entityIds(source);
        const targetIds = actors.entityIds(target).filter((id) => !sourceIds.includes(id));
        const scope = eventScope(words, draft, start, end);
        const time = timeOf(times, words, draft, start, scope);
        const future = time?.resolved != null && published !== null && time.resolved.start.slice(0, 10) > published;
        const status = statusOf({ words, trigger: draft.first, last: draft.last, sentenceStart: start, sentenceEnd: end, plover: draft.info.plover, future, nominal: draft.nominal, tree, headline: sentenceIndex < headlines });
        const place = placeOf(text, actors, words, draft.first, draft.nominal, placeRanges(words, draft, scope, start), placesReached(draft, target), draft.info.plover === 'MOBILIZE');
        // "a daily rate of attacks", "fines have risen", "sanctions are one option": an event noun
        // with no one, no place and no time of its own tells of no particular happening.
        if (draft.nominal && sourceIds.length === 0 && targetIds.length === 0 && place === null && time === null && !accusedAct) continue;
        const trigger = span(text, words[draft.first]!.start, words[draft.last]!.end);
        const confidence = eventConfidence({
          rule: draft.rule,
          trigger: trigger.text,
          plover: draft.info.plover,
          quadClass: draft.info.quadClass,
          status,
          sourceTypes: source.map((mention) => mention.entity.type),
          hasTarget: targetIds.length > 0,
          targetTypes: targetIds.map((id) => entityById.get(id)?.type ?? ''),
          sourceNamed: namedWithin(sourceIds.map((id) => entityById.get(id)), sentenceStartOffset, sentenceEndOffset),
          targetNamed: namedWithin(targetIds.map((id) => entityById.get(id)), sentenceStartOffset, sentenceEndOffset),
          quoted: inOwnWords(quotes, words[draft.first]!.start),
          dated: time !== null,
          placed: place !== null,
        });
        events.push({
          id: `ev${events.length + 1}`,
          cameo: draft.info.cameo,
          plover: draft.info.plover,
          label: draft.info.label,
          quadClass: draft.info.quadClass,
          goldstein: draft.info.goldstein,
          trigger,
          source: sourceIds,
          target: targetIds,
          place,
          time: time === null ? null : { span: time.span, start: time.resolved?.start ?? null, end: time.resolved?.end ?? null },
          status,
          evidence: span(text, sentenceStartOffset, sentenceEndOffset),
          rule: actorRule === undefined ? draft.rule : `${draft.rule}+${actorRule}`,
          confidence,
        });
      }
    });
    return events;
  },
};

/** An event's source and target actors (see src/facts/arguments.ts for the rules each call applies). */
function eventActors(
  words: readonly Word[], draft: Draft, start: number, clauseEnd: number, actors: ActorIndex, tree: DependencyTree | null,
  previousSource: Mention[], previous: PreviousEvent | null, ownerOnly: boolean,
): [Mention[], Mention[], string?] {
  const before = words[draft.first - 1]?.lower ?? '';
  // "accused Sudan's army of killing civilians": the accused is who did it.
  if (previous !== null && previous.plover === 'ACCUSE' && ACCUSATION_LINKS.has(before) && previous.target.length > 0) {
    return [previous.target, actorsAfter(actors, words, draft.last + 1, clauseEnd, NOUN_OBJECT_REACH)];
  }
  let source: Mention[];
  let target: Mention[];
  /** The argument rule that decided an actor, where one outside the usual paths did. */
  let actorRule: string | undefined;
  /** Not a town or state that only qualifies a common noun ("New Hampshire ads"); "Chicago residents" are its people. */
  const actsItself = (mention: Mention) => !(namesPlaceOnly(mention) && qualifiesCommonNoun(words, mention) && !isPlacePeopleNoun(words, mention.last + 1));
  if (draft.nominal) {
    [source, target] = nominalArguments(words, draft, start, clauseEnd, actors, tree);
    const places = source.filter((mention) => isPlaceModifier(words, mention, draft.first));
    source = source.filter((mention) => !places.includes(mention));
    // "the New York trip", "his visit to Trump Tower": the place visited is the visit's other side.
    if (VISIT_CODES.has(draft.info.cameo) && target.length === 0) target = places.length > 0 ? places : placeVisited(actors, words, draft.last);
    // "the criticism of his approach", "attacks on Clinton's record": whose deed is criticised is the target.
    const owner = draft.info.plover === 'ACCUSE' ? ownerCriticised(actors, words, draft.last) : undefined;
    if (owner !== undefined) target = [owner];
    const circumstance = circumstancePreposition(words, draft.first, start);
    // "imposed a curfew after two nights of riots": an earlier or later act is another's, but
    // "declared a ceasefire after three days of clashes" speaks of the same two sides.
    const sameSides = circumstance !== undefined && (!SEQUENCE_PREPOSITIONS.has(words[circumstance]!.lower) || isReciprocal(draft.info));
    if (sameSides && previous !== null) {
      // "praised Norway during a phone call", "killed civilians in air strikes on the city": an
      // event noun in the circumstances of an event shares the sides it does not name; "signed a
      // pact after mediation by the United States": a third party's act is between them.
      if (source.length === 0) [source, target] = [previous.source, target.length > 0 ? target : previous.target];
      else if (target.length === 0) target = [...previous.source, ...previous.target];
    } else if (((circumstance ?? circumstancePreposition(words, draft.first, start, true)) === start || afterFrontedGerund(words, draft.first, start)) && source.length === 0 && words[clauseEnd]?.text === ',' && isCooperation(draft.info)) {
      // "On a visit to Oslo, Finnish President Alexander Stubb signed ...": the subject of the main
      // clause; but an attack or an investigation named before the clause is another's doing ("After
      // the Paris attacks, Trump released an ad", "During the investigation, Manafort acknowledged").
      source = actorsAfter(actors, words, clauseEnd + 1, words.length, FRONTED_SUBJECT_REACH);
      if (source.length > 0 && afterFrontedGerund(words, draft.first, start)) actorRule = 'source:fronted-gerund-object';
    }
  } else if (isPassive(words, draft.first) || (tree !== null && (tree.dependent(draft.first, 'aux:pass') >= 0 || participleWithAgent(words, tree, draft.first) || passiveConjoinedTo(words, tree, draft.first) >= 0))) {
    // The parse marks passives the word rules miss ("was sharply criticised") and agents past a
    // long title ("by the leader of the opposition and former defence minister Lars Berg").
    const agent = tree === null ? -1 : tree.dependent(draft.first, 'obl:agent');
    const qualifiedNoun = tree === null ? -1 : reducedRelativeHead(words, tree, draft.first);
    source = agent >= 0 ? phraseActors(actors, words, tree!, agent, start) : passiveAgent(actors, words, draft.last, clauseEnd);
    // "was arrested by the police and charged with fraud": a participle conjoined to a passive
    // shares its subject, who is acted on, and not the first verb's agent, which stands between.
    const firstPassive = tree === null ? -1 : passiveConjoinedTo(words, tree, draft.first);
    const sharedSubject = firstPassive < 0 ? -1 : tree!.dependent(firstPassive, 'nsubj:pass');
    if (sharedSubject >= 0) {
      target = phraseActors(actors, words, tree!, sharedSubject, start).filter(actsItself);
      if (agent < 0) source = [];
      actorRule = 'target:conjoined-passive';
    } else if (tree !== null && participleWithAgent(words, tree, draft.first) && FRONTED_CLAUSE_RELATIONS.has(tree.relation(draft.first)) && tree.head(draft.first) > draft.first) {
      // "Pressed by the moderators, Okafor apologized": a fronted participle is done to the main clause's subject.
      target = treeSubjectActors(actors, words, tree, tree.head(draft.first), start) ?? [];
      actorRule = 'target:fronted-participle';
    } else if (qualifiedNoun >= 0) {
      // "a rally in Denver attended by Okafor", "the summit, requested by Berg,": the participle
      // qualifies its noun, which is acted on; the names before it in the noun's phrase are not.
      const noun = actors.covering(qualifiedNoun);
      target = noun !== undefined && actors.isActor(noun) ? [noun] : [];
      actorRule = 'target:reduced-relative';
    } else {
      // "the home of a Berlin man was raided": a town that only qualifies the subject is no party to it.
      target = actorsBefore(actors, words, subjectEnd(words, draft.first), start).filter(actsItself);
    }
    if (target.length === 0) target = relativeAntecedent(actors, words, draft.first, start);
    // "Dutch frigates will not be deployed": forces moved with no agent named are their country's doing.
    if (source.length === 0 && draft.info.plover === 'MOBILIZE') [source, target] = [target, []];
  } else {
    // An infinitive, a second verb or a participle ("to support", "and urged Trump", "after
    // meeting Putin") shares the subject of the sentence's earlier verb.
    // "will not fund the convention and will not provide any support": a verb the parse conjoins to the event before shares its subject.
    const conjoined = tree !== null && previous !== null && !previous.nominal && tree.relation(draft.first) === 'conj' && tree.head(draft.first) === previous.last
      && tree.dependent(draft.first, 'cc') >= 0 && tree.dependent(draft.first, 'nsubj', 'nsubj:pass') < 0;
    const shared = previousSource.length > 0 && (sharesSubject(words, draft.first) || conjoined);
    // "a suicide bombing that killed 11 worshippers": a relative clause on an event noun tells what its doers did.
    const relative = subjectEnd(words, draft.first) - 1;
    // "the Mosul attacks killed dozens": an event noun as the subject, or the noun the parse hangs the verb on, likewise.
    const ofEventNoun = previous !== null && previous.nominal && ((previous.last === relative - 1 && RELATIVE_PRONOUNS.has(words[relative]?.lower ?? '')) || (tree !== null && saysOfNoun(tree, draft.first, previous.last)));
    const series = tree === null ? undefined : seriesVerb(words, tree, draft.first);
    const parsed = tree === null ? undefined : treeSubjectActors(actors, words, tree, series ?? draft.first, start);
    // "thrills audiences by exhorting them", "while still agitating for changes", "laid out an
    // agenda right after meeting with the caucus": a gerund of manner or time is done by the
    // subject of the verb its phrase hangs on, which need not be the sentence's earlier event.
    const mannerGerund = !ownerOnly && tree !== null && (parsed === undefined || parsed.length === 0) && isGerundOfManner(words, draft.first, start);
    let manner = mannerGerund ? governingVerbSubject(actors, words, tree, draft.first, start) : [];
    // "In Ohio, after attacking Marsh, Okafor pivoted": a fronted gerund phrase the parser hangs
    // elsewhere is done by the subject right after its comma.
    if (mannerGerund && manner.length === 0) {
      manner = frontedPhraseSubject(actors, words, draft.first, start, clauseEnd);
      if (manner.length > 0) actorRule = 'source:fronted-gerund';
    }
    // "the first senator to endorse Trump", "Hunter, who was one of the earliest members to endorse": the noun, or whom it is said of.
    const ordinal = !ownerOnly && !ofEventNoun && tree !== null && (parsed === undefined || parsed.length === 0) ? ordinalInfinitiveDoer(actors, words, tree, draft.first, start) : [];
    if (ordinal.length > 0) actorRule = 'source:ordinal-infinitive';
    // "expect the administration to move to punish": an infinitive the parse hangs on the object is the object's doing.
    const objectClause = ordinal.length === 0 && !ownerOnly && !ofEventNoun && tree !== null && parsed === undefined ? objectClauseDoer(actors, words, tree, draft.first, start) : [];
    if (objectClause.length > 0) actorRule = 'source:object-clause';
    // "the ads praised Anna Berg and attacked Lars Holm": a verb the parse coordinates with a verb
    // before it, right after a conjunction and with no subject of its own, is not done by that
    // verb's object. (A verb the parse hangs on a noun is most often misread: "Lars Holm shot and
    // killed" left to the word rules.)
    const afterConjunction = tree !== null && words[subjectEnd(words, draft.first) - 1]?.pos === 'CCONJ' && tree.relation(draft.first) === 'conj'
      && words[tree.head(draft.first)]?.pos === 'VERB' && tree.dependent(draft.first, 'nsubj', 'nsubj:pass') < 0;
    const wordRuleSource = (): Mention[] => {
      const found = actorsBefore(actors, words, subjectEnd(words, draft.first), start);
      if (!afterConjunction || found.length === 0) return found;
      actorRule = 'source:none-after-conjunction';
      return [];
    };
    source = ownerOnly ? [] : ofEventNoun ? previous.source : parsed !== undefined && parsed.length > 0 ? parsed : ordinal.length > 0 ? ordinal : objectClause.length > 0 ? objectClause : manner.length > 0 ? manner : shared ? previousSource : wordRuleSource();
    source = withIncluded(actors, words, source, subjectEnd(words, draft.first));
    // "The administration also blamed Moscow" after "the Obama administration": the body acts for its owner.
    const owner = source.length === 0 && !ownerOnly ? bodyOwnerSubject(actors, words, tree, draft.first) : undefined;
    if (owner !== undefined) source = [owner];
    // The object stays with the word rules: the parser splits a title from the name after it
    // ("met Estonian Prime Minister Kristen Michal"), which cost 1 point of target accuracy on the gold set.
    // "to settle terms of a Baltic fishing accord": a region or town naming what the object is about is no party to it.
    // "urged women to vote for Clinton", "called on councillors to close the Dover loophole": a
    // demand is addressed to whom it names before its infinitive, not to the demanded act's object.
    const objectEnd = draft.rule.startsWith(DEMAND_RULE) ? demandInfinitive(words, draft.last + 1, clauseEnd) : clauseEnd;
    const callFor = asksForThing(words, draft);
    target = callFor ? askedForActor(actors, words, draft) : actorsAfter(actors, words, draft.last + 1, objectEnd).filter(actsItself);
    // "meet with Okafor and other senior provincial Liberals": the later conjunct past its adjectives.
    const conjuncts = target.length > 0 ? actorsAfter(actors, words, draft.last + 1, objectEnd, undefined, true).filter(actsItself) : [];
    if (conjuncts.length > target.length) {
      target = conjuncts;
      actorRule = 'target:conjunct-adjectives';
    }
    const prepositional = target.length === 0 && !callFor;
    if (prepositional) target = prepositionalTarget(actors, words, draft.last + 1, objectEnd);
    // "has gone after Trump", "agitating for changes within the party": the preposition that gives
    // the verb its sense opens its object.
    if (target.length === 0 && codeByPreposition(words, draft.last) !== undefined) {
      // "going to go after it": what "it" stands for is mostly a record or an issue, whatever the pronoun resolves to.
      target = actorsAfter(actors, words, draft.last + 2, objectEnd).filter((mention) => actsItself(mention) && words[mention.first]!.lower !== 'it');
      if (target.length > 0) actorRule = 'target:sense-preposition';
    }
    // "met Lars Berg, Anna Holm and Per Lind", "a complaint against the ministry, Berg and Holm":
    // a list of names goes on past the comma the clause was cut at.
    const listEnd = objectEnd === clauseEnd && words[clauseEnd]?.text === ',' && target.at(-1)?.last === clauseEnd - 1 ? coordinatedListEnd(actors, words, clauseEnd) : clauseEnd;
    const listed = listEnd <= clauseEnd ? [] : (prepositional ? [...target, ...actorsAfter(actors, words, clauseEnd + 1, listEnd)] : actorsAfter(actors, words, draft.last + 1, listEnd)).filter(actsItself);
    // Only where the list keeps every actor read before the comma and adds to them.
    if (listed.length > target.length && target.every((mention) => listed.includes(mention))) {
      target = listed;
      actorRule = 'target:coordinated-list';
    }
    // "mocked three Republican hopefuls: Bush, Carson and Trump", "called out its foes: China, Iran
    // and Russia": a list after a colon names the object the words before it describe.
    const colonListEnd = words[clauseEnd]?.text === ':' && clauseEnd > draft.last + 1 && target.every((mention) => qualifiesCommonNoun(words, mention)) ? coordinatedListEnd(actors, words, clauseEnd) : clauseEnd;
    if (colonListEnd > clauseEnd) {
      target = actorsAfter(actors, words, clauseEnd + 1, colonListEnd).filter(actsItself);
      actorRule = 'target:colon-list';
    }
    // "arrested a former minister, Arif Santoso, ...": the object named in an apposition.
    const apposition = words[clauseEnd]?.text === ',' ? actors.startingAt(clauseEnd + 1) : undefined;
    if (target.length === 0 && apposition !== undefined && apposition.entity.type === 'PERSON') target = [apposition];
    // "attacked her rivals, including Okafor": the members an inclusion aside names are the object.
    if (target.length === 0) {
      target = includedAfter(actors, words, clauseEnd).filter(actsItself);
      if (target.length > 0) actorRule = 'target:included';
    }
    // "vetoed a resolution drafted by France and Malta": a refusal is aimed at the author of what it refuses.
    const author = draft.info.plover === 'REJECT' ? participleAgent(actors, words, draft.last + 1, clauseEnd) : [];
    if (author.length > 0) target = author;
    if (target.length === 0 && tree !== null) target = relativeClauseObject(actors, words, tree, draft.first, start);
    if (target.length === 0) target = objectOwner(actors, words, draft.last + 1, source);
    if (target.length === 0 && !callFor) target = addresseeInClause(actors, words, draft, clauseEnd);
    if (target.length === 0 && VISIT_CODES.has(draft.info.cameo)) target = placeVisited(actors, words, draft.last);
    // "alleging that President Obama wanted to ...": an accusation's clause names whom it accuses.
    if (target.length === 0 && draft.info.plover === 'ACCUSE' && tree !== null) target = clauseSubject(actors, words, tree, draft.last);
    // "“Silly boys,” scoffed Arianna Gil": after a quotation the one named right after the verb is who did it.
    const inverted = afterQuotation(words, draft.first) ? actors.startingAt(draft.last + 1) : undefined;
    if (inverted !== undefined && actors.isActor(inverted) && target[0] === inverted) [source, target] = [[inverted], target.slice(1)];
  }
  // "The Louisville crowd cheered", "New Hampshire ads attacking Cruz": a town or state that only qualifies the doer is not the doer.
  source = withPluralAntecedents(actors, words, withoutPartyQualifiers(actors, words, source.filter((mention) => mention.last + 1 === draft.first || actsItself(mention))));
  target = withPluralAntecedents(actors, words, withoutPartyQualifiers(actors, words, target));
  // "attacks against his rivals", "praised Trump's supporters": the rivals are acted on, not their owner.
  // Only where a doer is named: an event left with no actor at all would be dropped.
  const owners = source.length > 0 ? target.filter((mention) => onlyOwnsRelational(words, mention) && !source.some((doer) => doer.entity === mention.entity)) : [];
  if (owners.length > 0) {
    target = target.filter((mention) => !owners.includes(mention));
    actorRule = actorRule ?? 'target:not-relational-owner';
  }
  // "deploy troops to Rzeszow": where forces are sent is the place; whom they face is the target ("to its border with Finland").
  if (draft.info.plover === 'MOBILIZE') target = target.filter((mention) => words[mention.first - 1]?.lower !== 'to');
  // "blamed local officials on Twitter", "in an interview on MSNBC": the outlet is where it was said.
  target = target.filter((mention) => !(words[mention.first - 1]?.lower === 'on' && isMediaOutlet(words, mention.first, mention.last)));
  // An actor is not its own target ("Denmark and Finland will share ... under a pact signed by Danish ...").
  target = target.filter((mention) => !source.some((doer) => doer.entity === mention.entity));
  // "India and Pakistan agreed", "Algeria and Morocco met": the first named is the source, the others the target.
  if (target.length === 0 && source.length > 1 && isReciprocal(draft.info)) return [source.slice(0, 1), source.slice(1), actorRule];
  return [source, target, actorRule];
}

/** Relations the parser gives a participle phrase that opens its sentence ("Pressed by the host, Berg said": `advcl`, or `ccomp` of a verb of saying). */
const FRONTED_CLAUSE_RELATIONS = new Set(['advcl', 'ccomp']);

/**
 * Whether the parse gives verb `verb` an agent after "by" and no object ("a rally attended by
 * Okafor", "Pressed by the host, Berg said"): a passive participle, where "has denounced
 * suggestions by the mayor" is active whatever the parse makes of its "by".
 */
function participleWithAgent(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const agent = tree.dependent(verb, 'obl:agent');
  return agent >= 0 && words[tree.dependent(agent, 'case')]?.lower === 'by' && tree.dependent(verb, 'obj') < 0;
}

/**
 * The noun a participle with an agent qualifies ("a rally attended by Okafor", "the summit,
 * requested by Berg,"), or -1: a participle the parse hangs on a noun before it, with no
 * auxiliary of its own.
 */
function reducedRelativeHead(words: readonly Word[], tree: DependencyTree, verb: number): number {
  if (tree.relation(verb) !== 'acl' || !participleWithAgent(words, tree, verb) || tree.dependent(verb, 'aux', 'aux:pass') >= 0) return -1;
  const noun = tree.head(verb);
  return noun >= 0 && noun < verb && ['NOUN', 'PROPN', 'PRON'].includes(words[noun]!.pos) ? noun : -1;
}

/**
 * The passive verb that the participle at `verb` is conjoined to and shares its auxiliary with
 * ("was fined and sentenced", "were detained and questioned"), or -1: a participle with no
 * subject or auxiliary of its own after a verb with a passive auxiliary.
 */
function passiveConjoinedTo(words: readonly Word[], tree: DependencyTree, verb: number): number {
  if (tree.relation(verb) !== 'conj' || words[verb]!.pos !== 'VERB' || !PAST_PARTICIPLE.test(words[verb]!.lower)) return -1;
  // An object or a clause of its own makes it active ("was invited to the talks and agreed to host them").
  if (tree.dependent(verb, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'xcomp', 'ccomp') >= 0) return -1;
  // Right after its conjunction ("indicted and convicted"), past adverbs: not "and Allergan then
  // agreed", a subject the parser missed.
  let before = verb - 1;
  while (before > 0 && words[before]!.pos === 'ADV') before--;
  if (words[before]?.pos !== 'CCONJ') return -1;
  let first = tree.head(verb);
  // "was fined $1,000 and sentenced": the parser may join the participle to the first verb's object.
  if (first >= 0 && words[first]!.pos !== 'VERB' && tree.relation(first) === 'obj') first = tree.head(first);
  return first >= 0 && first < verb && tree.dependent(first, 'aux:pass') >= 0 ? first : -1;
}

/** How many lines of title and standfirst may open an article. */
const MAX_HEADLINE_LINES = 3;
/** How many words a line of title or standfirst may have. */
const MAX_HEADLINE_WORDS = 16;

/**
 * How many of the article's first sentences are lines of its title and standfirst: short
 * sentences, each a line of its own ("Ruiz apologizes for her remarks" / "Mayor regrets her jibe
 * at the council"), which tell past events in the present tense.
 */
function headlineLines(text: string, sentences: readonly [number, number][], words: readonly Word[]): number {
  let count = 0;
  while (count < MAX_HEADLINE_LINES && count < sentences.length) {
    const [start, end] = sentences[count]!;
    const lineEnd = text.indexOf('\n', end);
    const ownLine = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim() === '' && text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
    const first = wordAt(words, start);
    const last = wordAt(words, end);
    let length = 0;
    for (let i = first; i < last; i++) if (words[i]!.pos !== 'PUNCT') length++;
    if (!ownLine || length > MAX_HEADLINE_WORDS) break;
    count++;
  }
  return count;
}

/** Words that join the last name of a list ("A, B and C", "A, B, or C"). */
const LIST_JOINERS = new Set(['and', 'or']);
/** Words after a list's closing "and" that end it with others left unnamed ("Berlin, Paris and other capitals"). */
const UNNAMED_REST = new Set(['other', 'others']);

/**
 * Where a list of actors that goes on after the comma at `comma` ends ("Lars Berg, Anna Holm and
 * Per Lind"): past its last name, when only names, commas and one closing "and" or "or" follow
 * (or "and other ..." after a second name: "Berlin, Paris and other capitals");
 * `comma` when the words after it are no such list (an apposition, another clause).
 */
function coordinatedListEnd(actors: ActorIndex, words: readonly Word[], comma: number): number {
  const sentence = words[comma]!.sentence;
  let i = comma;
  while (words[i]?.sentence === sentence) {
    let next = i + 1;
    const joined = LIST_JOINERS.has(words[next]?.lower ?? '');
    if (joined) next++;
    if (words[next]?.lower === 'the') next++;
    if (joined && i > comma && UNNAMED_REST.has(words[next]?.lower ?? '')) return i + 1;
    const mention = actors.startingAt(next);
    if (mention === undefined || !actors.isActor(mention) || mention.kind === 'pronoun') return comma;
    // "met Berg, and Holm left": a list closes on its second name at the earliest, and with no verb after it.
    if (joined) return i > comma && !['VERB', 'AUX'].includes(words[mention.last + 1]?.pos ?? '') ? mention.last + 1 : comma;
    if (LIST_JOINERS.has(words[mention.last + 1]?.lower ?? '')) {
      i = mention.last;
      continue;
    }
    if (words[mention.last + 1]?.text !== ',') return comma;
    i = mention.last + 1;
  }
  return comma;
}

/** The rule of a demand coded with its infinitive complement ('urged X to hold talks'). */
const DEMAND_RULE = 'complement:demand:';

/**
 * Whether the event is a call for something ("a call for a ban on ...", "calls for new
 * spending"): what follows names the policy asked for, and the people that policy would reach
 * ("on Velmarians", "of the Jewish state") are not whom the call is addressed to.
 */
const asksForThing = (words: readonly Word[], draft: Draft) => draft.info.plover === 'REQUEST' && !draft.rule.startsWith(DEMAND_RULE) && forOf(words, draft) >= 0;

/** The "for" that ends a call's trigger ("call for") or follows it ("calls for"), or -1. */
function forOf(words: readonly Word[], draft: Draft): number {
  if (draft.last > draft.first && words[draft.last]!.lower === 'for') return draft.last;
  return words[draft.last + 1]?.lower === 'for' ? draft.last + 1 : -1;
}

/** The actor a call for something names right after its "for" ("calls for Okafor's ouster", "a call for the mayor's resignation"), if any. */
function askedForActor(actors: ActorIndex, words: readonly Word[], draft: Draft): Mention[] {
  const named = actors.startingAt(forOf(words, draft) + 1);
  return named !== undefined && actors.isActor(named) ? [named] : [];
}

/** Where the infinitive of a demand opens in `[from, to)`: its "to" before a verb, maybe past an adverb ("to also consider"); `to` when none does. */
function demandInfinitive(words: readonly Word[], from: number, to: number): number {
  for (let i = from; i < to - 1; i++) if (words[i]!.lower === 'to' && (words[i + 1]!.pos === 'VERB' || (words[i + 1]!.pos === 'ADV' && words[i + 2]?.pos === 'VERB'))) return i;
  return to;
}

const OWNER_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
const RELATIVE_PRONOUNS = new Set(['that', 'which']);

/**
 * "struck their checkpoint", "fired on her car", "endorsed his plan": the owner named by a
 * possessive pronoun in the object is the one acted on, unless it is the doer's own ("recalled
 * its ambassador").
 */
function objectOwner(actors: ActorIndex, words: readonly Word[], from: number, source: readonly Mention[]): Mention[] {
  const at = ['on', 'at', 'against'].includes(words[from]?.lower ?? '') ? from + 1 : from;
  const owner = actors.startingAt(at);
  if (owner === undefined || owner.kind !== 'pronoun' || !OWNER_PRONOUNS.has(words[at]!.lower)) return [];
  return source.some((doer) => doer.entity === owner.entity) ? [] : [owner];
}

/** How many words after "including" the first actor included may start ("including former Sen. Lena Berg"). */
const MAX_INCLUDED_REACH = 3;

/** The actors an inclusion aside after the comma at word `at` names (", including Okafor and Berg"). */
function includedAfter(actors: ActorIndex, words: readonly Word[], at: number): Mention[] {
  if (words[at]?.text !== ',' || words[at + 1]?.lower !== 'including') return [];
  // Not a phrase of its own ("including in Arizona", "including an attack on McCain").
  const found = actorsAfter(actors, words, at + 2, words.length, MAX_INCLUDED_REACH);
  return found.length > 0 && !words.slice(at + 2, found[0]!.first).some((word) => word.pos === 'ADP') ? found.filter((mention) => mention.kind !== 'pronoun') : [];
}

/** The agent of a participle in an object ("a resolution drafted by France"). */
function participleAgent(actors: ActorIndex, words: readonly Word[], from: number, clauseEnd: number): Mention[] {
  for (let i = from; i < clauseEnd - 1; i++) {
    if (words[i]!.pos === 'VERB' && /(ed|en|wn)$/.test(words[i]!.lower) && words[i + 1]!.lower === 'by') return actorsAfter(actors, words, i + 2, clauseEnd);
  }
  return [];
}

/** Words a relative clause about a person or a body opens with. */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'which']);
/** How far before its verb a relative clause may open ("who it said had been beaten"). */
const MAX_RELATIVE_DISTANCE = 5;

/** "the lawyer Nasrin Sotoudeh, who it said had been beaten": the actor a relative clause is about. */
function relativeAntecedent(actors: ActorIndex, words: readonly Word[], verb: number, start: number): Mention[] {
  for (let i = verb - 1; i > start && verb - i <= MAX_RELATIVE_DISTANCE; i--) {
    if (!RELATIVE_OPENERS.has(words[i]!.lower)) continue;
    const antecedent = actors.endingAt(words[i - 1]!.text === ',' ? i - 2 : i - 1);
    return antecedent !== undefined && actors.isActor(antecedent) ? [antecedent] : [];
  }
  return [];
}

/** How far into a clause its subject starts ("that the government", "if the United States"). */
const CLAUSE_SUBJECT_REACH = 2;

/**
 * The party a demand or a threat is addressed to when it has no object: the subject of the
 * demanded clause ("demanded that Belarus stop ..."), or of the condition a threat sets ("threatened
 * to close the strait if the United States bombed ...").
 */
function addresseeInClause(actors: ActorIndex, words: readonly Word[], draft: Draft, clauseEnd: number): Mention[] {
  let opener = -1;
  if (draft.info.plover === 'REQUEST' && words[clauseEnd]?.lower === 'that') opener = clauseEnd;
  if (draft.info.plover === 'THREATEN') {
    for (let i = draft.last + 1; i < words.length && words[i]!.sentence === words[draft.first]!.sentence; i++) {
      if (words[i]!.lower === 'if') {
        opener = i;
        break;
      }
    }
  }
  return opener < 0 ? [] : actorsAfter(actors, words, opener + 1, words.length, CLAUSE_SUBJECT_REACH);
}

/** Whether a word is a verb here: tagged so, not a name, not after a determiner or possessive, not part of a compound. */
function looksLikeVerb(words: readonly Word[], index: number, sentenceStart: number, actors: ActorIndex): boolean {
  const word = words[index]!;
  if (index > sentenceStart && isCapitalised(word)) return false;
  // The tagger reads some past tenses as nouns ("gunmen abducted 20 passengers", "had shot down"):
  // a word in -ed right after its subject or an auxiliary is the verb.
  const pastAfterSubject = /ed$/.test(word.lower) && ['NOUN', 'PROPN', 'PRON', 'AUX'].includes(words[index - 1]?.pos ?? '');
  if (word.pos !== 'VERB' && !pastAfterSubject && !afterSubject(words, index, actors)) return false;
  const previous = words[index - 1];
  const next = words[index + 1];
  // A verb tagged so may follow "that" ("a bombing that killed"); after an article or a possessive it is a noun.
  if (previous !== undefined && ARTICLES_AND_POSSESSIVES.has(previous.lower)) return false;
  if ((previous?.text === '-' && previous.end === word.start) || (next?.text === '-' && next.start === word.end)) return false;
  return true;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * "He calls for ...", "Sanders calls for ...": after a subject pronoun, or after a name with no
 * article before it, a word in -s the tagger read as a noun is the verb ("the Trump visits" stay nouns).
 */
function afterSubject(words: readonly Word[], index: number, actors: ActorIndex): boolean {
  const previous = words[index - 1];
  if (previous === undefined || previous.sentence !== words[index]!.sentence) return false;
  if (SUBJECT_PRONOUNS.has(previous.lower)) return true;
  const name = actors.endingAt(index - 1);
  return name !== undefined && name.kind === 'name' && /[^s]s$/.test(words[index]!.lower) && !ARTICLES_AND_POSSESSIVES.has(words[name.first - 1]?.lower ?? '');
}

/** Prepositions after which an event noun is what something is about ("the importance of a ceasefire"). */
const TOPIC_PREPOSITIONS = new Set(['of', 'for', 'about']);

/** Whether an event noun is the topic of a noun ("the idea of a ceasefire", "the need for talks"), with only determiners and adjectives between. */
function isTopic(words: readonly Word[], noun: number, start: number): boolean {
  let i = noun - 1;
  while (i > start && ['DET', 'ADJ'].includes(words[i]!.pos)) i--;
  return i > start && i < noun && TOPIC_PREPOSITIONS.has(words[i]!.lower) && words[i - 1]!.pos === 'NOUN' && !isMeasureNoun(words[i - 1]!);
}

/**
 * Whether the attack noun at `first..last` is an attack in words: aimed at a person ("attacks
 * on Machado"), or in a sentence of speech and politics where no place or date names it as a
 * strike ("his attacks in the debate", not "the Paris attacks", "the Dec. 2 attack"); never in a
 * sentence of force or terror.
 */
function isVerbalAttackNoun(words: readonly Word[], first: number, last: number, start: number, end: number, actors: ActorIndex, tree: DependencyTree | null): boolean {
  if (!isAttackForm(words[first]!) || isForceful(words, start, end)) return false;
  if (attacksPerson(words, last, end, actors) || attacksPersonDescribed(words, tree, last) || (isAttackByPersonForm(words[first]!) && isPerson(nounAttacker(words, first, last, end, actors)))) return true;
  const before = words[first - 1];
  const namedStrike = before !== undefined && (before.pos === 'NUM' || actors.endingAt(first - 1)?.entity.type === 'GPE' || actors.endingAt(first - 1)?.entity.type === 'LOC');
  return !namedStrike && isVerbalAttack(words, first, start, end);
}

/** Whether the attack noun at `last` is aimed at a person: "attacks on Machado", "an attack against Sen. John McCain". */
function attacksPerson(words: readonly Word[], last: number, end: number, actors: ActorIndex, verb = false): boolean {
  const preposition = words[last + 1]?.lower;
  // "attacks on Clinton", or a verb's own object: "a super PAC that only attacks Clinton".
  if (preposition !== 'on' && preposition !== 'against' && !verb) return false;
  const from = preposition === 'on' || preposition === 'against' ? last + 2 : last + 1;
  for (let i = from; i < end && i - last <= ATTACKED_REACH; i++) {
    const actor = actors.startingAt(i);
    if (actor !== undefined) return actor.entity.type === 'PERSON';
  }
  return false;
}

/** Whether the attack verb at `first`..`last` is one in words: in a sentence about speech, or aimed at or made by a person, with no force about it. */
function isVerbalAttackVerb(words: readonly Word[], first: number, last: number, start: number, end: number, actors: ActorIndex, tree: DependencyTree | null): boolean {
  if (isVerbalAttack(words, first, start, end)) return true;
  if (!isAttackForm(words[first]!) || isForceful(words, start, end)) return false;
  return attacksPerson(words, last, end, actors, true) || (isAttackByPersonForm(words[first]!) && isPerson(verbAttacker(words, first, start, actors, tree)));
}

/** Prepositions that after an attack noun introduce the one attacked ("an attack on a judge"). */
const ATTACKED_PREPOSITIONS = new Set(['on', 'against', 'upon']);

/**
 * Whether the parse gives the attack noun ending at `last` a person no name picks out as the one
 * attacked: its "on" or "against" phrase is a noun for a person, or its possessor is one ("attacks
 * on Republican congressional candidates", "his attack on a federal judge's heritage").
 */
function attacksPersonDescribed(words: readonly Word[], tree: DependencyTree | null, last: number): boolean {
  if (tree === null) return false;
  const attacked = [...tree.dependentsOf(last)].find((dependent) => dependent > last && tree.baseRelation(dependent) === 'nmod'
    && ATTACKED_PREPOSITIONS.has(words[tree.dependent(dependent, 'case')]?.lower ?? ''));
  if (attacked === undefined) return false;
  const isPersonNoun = (i: number) => words[i]!.pos === 'NOUN' && describesPerson(words[i]!.lower);
  const possessor = tree.dependent(attacked, 'nmod:poss');
  return isPersonNoun(attacked) || (possessor >= 0 && isPersonNoun(possessor));
}

/**
 * Who the attack noun at `first`..`last` is by, if the words say: its owner ("Trump's continual
 * attacks", "his attacks") or a name after "from" ("attacks from the leading Republican candidate").
 */
function nounAttacker(words: readonly Word[], first: number, last: number, end: number, actors: ActorIndex): Mention | undefined {
  let before = first - 1;
  while (before >= 0 && words[before]!.pos === 'ADJ') before--;
  const owner = isPossessiveMark(words[before]) ? actors.endingAt(before - 1) : actors.endingAt(before);
  if (owner !== undefined) return owner;
  if (words[last + 1]?.lower !== 'from') return undefined;
  for (let i = last + 2; i < end && i - last <= ATTACKED_REACH; i++) {
    const actor = actors.startingAt(i);
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/** The subject the parse gives the attack verb at `first`, else the actor right before it ("Mr. Trump has blasted"). */
function verbAttacker(words: readonly Word[], first: number, start: number, actors: ActorIndex, tree: DependencyTree | null): Mention | undefined {
  const subject = tree === null ? undefined : treeSubjectActors(actors, words, tree, first, start);
  if (subject !== undefined && subject.length > 0) return subject[0];
  return actors.endingAt(subjectEnd(words, first) - 1);
}

/** Whether a mention names a person: an attack by a person, with no force or terror about it, is one in words. */
function isPerson(mention: Mention | undefined): boolean {
  return mention?.entity.type === 'PERSON';
}

/** How far after an attack word the one attacked may start ("attacks on Arizona Sen. John McCain", "attacked Gov. Jeb Bush"). */
const ATTACKED_REACH = 4;

/** "after meeting Russian President Vladimir Putin": an -ing word with an actor as its object is a verb. */
function isGerundWithObject(words: readonly Word[], index: number, actors: ActorIndex): boolean {
  if (!words[index]!.lower.endsWith('ing') || isNounModifier(words[index - 1])) return false;
  for (let i = index + 1; i < words.length && i - index <= 4; i++) {
    if (actors.startingAt(i) !== undefined) return true;
    if (!isCapitalised(words[i])) return false;
  }
  return false;
}

/** Prepositions that, right before an -ing form, make it a verb sharing the clause's subject ("right after meeting with the caucus"). */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'upon']);

/**
 * "spoke to reporters after meeting with Senate Democrats": an -ing word right after one of those
 * prepositions is a verb, not an event noun, unless a noun follows it as its head ("after
 * overwhelming majorities") or a verb as its predicate ("before bidding was to begin").
 */
function isGerundAfterPreposition(words: readonly Word[], index: number, start: number): boolean {
  const next = words[index + 1]?.pos;
  return index > start && words[index]!.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(words[index - 1]!.lower) && next !== 'NOUN' && next !== 'ADJ' && next !== 'AUX';
}

/** Prepositions that open a gerund phrase of manner or time, done by the subject of the verb it hangs on ("by mocking", "while agitating"). */
const MANNER_PREPOSITIONS = new Set([...GERUND_PREPOSITIONS, 'by']);

/** Whether the -ing verb at `index` opens a phrase of manner or time: right after one of those prepositions, maybe past an adverb ("while still agitating"). */
function isGerundOfManner(words: readonly Word[], index: number, start: number): boolean {
  let before = index - 1;
  if (words[before]?.pos === 'ADV') before--;
  return before >= start && words[index]!.lower.endsWith('ing') && MANNER_PREPOSITIONS.has(words[before]!.lower);
}

/**
 * The subject of the main clause after a fronted gerund phrase ("After meeting Marsh, Okafor
 * signed"): the gerund's preposition opens the sentence or follows a comma, the phrase ends at a
 * comma, and the actors a few words after it are followed by their verb. Empty when the phrase is
 * no such one.
 */
function frontedPhraseSubject(actors: ActorIndex, words: readonly Word[], gerund: number, start: number, clauseEnd: number): Mention[] {
  let preposition = gerund - 1;
  if (words[preposition]?.pos === 'ADV') preposition--;
  if (preposition > start && words[preposition - 1]!.text !== ',') return [];
  if (words[clauseEnd]?.text !== ',') return [];
  const subject = actorsAfter(actors, words, clauseEnd + 1, words.length, FRONTED_SUBJECT_REACH);
  const verb = words[subjectEnd(words, (subject.at(-1)?.last ?? clauseEnd) + 1)];
  return subject.length > 0 && (verb?.pos === 'VERB' || verb?.pos === 'AUX') ? subject : [];
}

/** How many heads up the verb a gerund's clause hangs on is looked for. */
const MAX_GERUND_STEPS = 6;

/** The subject actors of the nearest verb above `word` in the parse, past the nouns the parser may hang a gerund on. */
function governingVerbSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, word: number, start: number): Mention[] {
  for (let k = tree.head(word), steps = 0; k >= start && steps < MAX_GERUND_STEPS; k = tree.head(k), steps++) {
    if (words[k]!.pos === 'VERB') return treeSubjectActors(actors, words, tree, k, start) ?? [];
  }
  return [];
}

/** Relations only a noun phrase's head holds, and the dependents only a noun has. */
const NOMINAL_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);
const NOUN_DEPENDENTS = new Set(['det', 'amod', 'compound', 'nmod:poss', 'nummod']);

/** Whether the parse makes word `i` (not an -ing form) a subject or object with a determiner, modifier or owner of its own. */
function isParsedNoun(words: readonly Word[], tree: DependencyTree, i: number): boolean {
  if (words[i]!.lower.endsWith('ing') || !NOMINAL_RELATIONS.has(tree.relation(i))) return false;
  return [...tree.dependentsOf(i)].some((dependent) => dependent < i && NOUN_DEPENDENTS.has(tree.relation(dependent)));
}

/** The event triggers of one sentence, verbs coded by the CAMEO dictionary and event nouns. */
function findTriggers(words: readonly Word[], start: number, end: number, actors: ActorIndex, tree: DependencyTree | null): Draft[] {
  const drafts: Draft[] = [];
  const forms = triggerForms();
  for (let i = start; i < end; i++) {
    if (!forms.has(words[i]!.lower)) continue;
    const nominal = nominalAt(words, i);
    // "U.S. forces bombed", "the 2012 Benghazi attacks": a word the tagger took for a verb that the
    // parse makes a noun phrase's head is a noun, an event noun or none (a capitalised one inside
    // its sentence is a name's: "Secretary-General Ban"). Asked only when the words leave it open:
    // the parse of a sentence costs more than they do.
    let parsedNoun: boolean | undefined;
    const isParsedAsNoun = () => (parsedNoun ??= tree !== null && !(i > start && isCapitalised(words[i])) && isParsedNoun(words, tree, i));
    const gerund = isGerundWithObject(words, i, actors) || isGerundAfterPreposition(words, i, start);
    const isNoun = nominal !== undefined && ((!gerund && !afterSubject(words, i, actors)
      && (nominal.nounOnly || words[i]!.pos === 'NOUN' || isNounModifier(words[i - 1]) || actors.endingAt(i - 1) !== undefined)) || isParsedAsNoun());
    // "the Federal Bureau of Investigation", "the National Religious Liberties Conference": a word of a name.
    if (nominal !== undefined && isNoun && isCapitalised(words[i]) && actors.covering(i)?.kind === 'name') {
      i = nominal.last;
      continue;
    }
    if (nominal !== undefined && isNoun) {
      // "the idea of a ceasefire", "a prerequisite for direct talks": a topic, not an event.
      if (isTopic(words, i, start)) {
        i = nominal.last;
        continue;
      }
      // "an attack ad", "the meeting room": a noun before another noun qualifies it; it names no event.
      if (isCompoundModifier(words, nominal.last, end)) {
        i = nominal.last;
        continue;
      }
      const coded = codeInfo(nominal.code);
      // "his attacks on Clinton", "sharp attacks in the debate": attacks in words are criticism.
      const verbal = coded?.plover === 'ASSAULT' && isVerbalAttackNoun(words, i, nominal.last, start, end, actors, tree);
      const info = verbal ? codeInfo(VERBAL_ATTACK_CODE) : coded;
      if (info !== undefined) drafts.push({ info, first: i, last: nominal.last, rule: `nominal:${nominal.phrase}${verbal ? ':verbal' : ''}`, nominal: true, patterned: false });
      i = nominal.last;
      continue;
    }
    // Dictionary lookups first: most words are in neither list, and the verb tests cost more.
    const curated = curatedVerb(words[i]!);
    const verbs = verbsAt(words, i);
    if (curated === undefined && verbs.length === 0) continue;
    if (isParsedAsNoun()) continue;
    if (!(looksLikeVerb(words, i, start, actors) || gerund) || isIgnoredVerb(words, i) || isGovernor(words[i]!)) continue;
    const verb = verbs.find((candidate) => candidate.first >= start && candidate.last < end);
    const coding = verb === undefined || curated?.override === true ? undefined : codeVerb(words, verb, clauseStartBefore(words, verb.first, start), clauseEndAfter(words, verb.last + 1, end));
    if (coding?.code === null) continue;
    // The dictionary's coding first; the project's list for verbs it leaves uncoded or codes as another act.
    const code = coding?.code ?? curated?.code;
    const coded = code === undefined ? undefined : codeInfo(code);
    if (coded === undefined) continue;
    const first = coding === undefined ? i : verb!.first;
    const last = coding === undefined ? i : verb!.last;
    const rule = coding?.rule ?? `curated:${words[i]!.lower}`;
    // "blasted the governor over ...": an attack in words is criticism, not force; so is the noun
    // the tagger read as a verb ("from celebrations to attacks on Mrs. Clinton").
    const verbal = coded.plover === 'ASSAULT' && isVerbalAttackVerb(words, first, last, start, end, actors, tree);
    const apology = !verbal && isApology(words, first);
    // "Christie defended the nominee": protection in words is support (052), not military protection.
    const defence = coded.plover === 'AID' && isVerbalDefence(words, first, start, end);
    // "called them a hoax": naming someone in blame accuses them, whatever the dictionary codes.
    const rebuke = isNamingRebuke(words, first, end);
    const byPreposition = rebuke ? VERBAL_ATTACK_CODE : codeByPreposition(words, last) ?? codeBeforeInfinitive(words, first, tree);
    const asylum = isAsylumGiven({ words, first, last, clauseEnd: clauseEndAfter(words, last + 1, end), actors });
    const info = verbal ? codeInfo(VERBAL_ATTACK_CODE)! : apology ? codeInfo(APOLOGY_CODE)! : defence ? codeInfo(VERBAL_DEFENCE_CODE)! : asylum ? codeInfo(ASYLUM_CODE)! : (byPreposition === undefined ? undefined : codeInfo(byPreposition)) ?? coded;
    // A code the preposition after the verb gives is a pattern's too ("breaking up the bank").
    drafts.push({ info, first, last, rule: verbal ? `${rule}:verbal` : apology ? `${rule}:apology` : defence ? `${rule}:in-words` : asylum ? `${rule}:asylum` : rebuke ? `${rule}:rebuke` : rule, nominal: false, patterned: byPreposition !== undefined || (coding?.rule.includes(':line ') ?? false) });
    i = last;
  }
  return withEventNouns(words, drafts);
}

/** How far after an event noun's preposition its other party starts ("talks with the Serbian government"). */
const NOUN_OBJECT_REACH = 2;
/** How close an event noun must follow a verb to be its object ("declined Zelenskiy's invitation"). */
const MAX_OBJECT_DISTANCE = 3;

/**
 * A verb and the event noun it takes are one event: "held talks" and "imposed sanctions" are
 * the talks and the sanctions (the light verb is dropped); "declined the invitation" and
 * "lifted sanctions" are the declining and the lifting (the noun is dropped).
 */
function withEventNouns(words: readonly Word[], drafts: Draft[]): Draft[] {
  const objectOf = (noun: Draft) => drafts.find((verb) => !verb.nominal && verb.last < noun.first && noun.first - verb.last <= MAX_OBJECT_DISTANCE
    && words.slice(verb.last + 1, noun.first).every((word) => ['DET', 'ADJ', 'PRON', 'PROPN', 'NUM', 'PART', 'NOUN'].includes(word.pos) || /^['’]s$/u.test(word.text)));
  const dropped = new Set<Draft>();
  for (const noun of drafts) {
    if (!noun.nominal) continue;
    const verb = objectOf(noun);
    if (verb === undefined) continue;
    dropped.add(isLightVerb(words[verb.first]!) ? verb : noun);
  }
  return drafts.filter((draft) => !dropped.has(draft));
}

/** How far a demand's "to" may stand from it, past its object: "urged the Israeli prime minister on Monday to ...". */
const MAX_DEMAND_REACH = 10;
/** How far another governing verb's "to" may stand: "agreed in a phone call to meet". */
const MAX_INFINITIVE_REACH = 6;

/**
 * Codes a governing verb by its infinitive complement: "agreed to meet" is one event, 036, and
 * "urged Trump to insist" a demand, 100. The complement's own event is dropped.
 */
function withComplements(words: readonly Word[], drafts: Draft[], start: number, end: number): Draft[] {
  const result = [...drafts];
  for (let i = start; i < end; i++) {
    const family = complementFamily(words[i]!);
    if (family !== undefined && words[i]!.pos === 'VERB') governComplement(words, result, i, family, end);
  }
  return result.sort((a, b) => a.first - b.first);
}

/** The complement family of verbs of refusing (data/events/complements.json). */
const REFUSAL_FAMILY = 'refusal';

/** Words that open an indirect question after a verb of asking. */
const QUESTION_OPENERS = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);

/**
 * Makes the verb at `i` and its infinitive complement one event in `drafts`, if it has one
 * ("agreed to meet"). Apart from the loop over every word in `withComplements`: a variable
 * its closures capture would cost each word an allocation there.
 */
function governComplement(words: readonly Word[], drafts: Draft[], i: number, family: ComplementFamily, end: number): void {
  // "called the claim a hoax meant to hurt him": the infinitive is the blame's, not a demand's.
  if (isNamingRebuke(words, i, end)) return;
  const reach = family.name === 'demand' ? MAX_DEMAND_REACH : MAX_INFINITIVE_REACH;
  let to = -1;
  for (let j = i + 1; j < end && j - i <= reach; j++) {
    // "asked if tenants would be ready to strike": a question's own infinitive is no demand.
    if (words[j]!.text === ',' || words[j]!.text === ';' || QUESTION_OPENERS.has(words[j]!.lower)) break;
    if (words[j]!.lower === 'to') {
      to = j;
      break;
    }
  }
  if (to < 0 || words[to + 1]?.pos !== 'VERB' && words[to + 2]?.pos !== 'VERB') return;
  const complement = drafts.find((draft) => !draft.nominal && draft.first > to && draft.first <= to + 2);
  const info = codeInfo(family.code(complement?.info.plover));
  if (info === undefined) return;
  // "declined to comment", "refused to confirm the emails": refusing to say something is a
  // statement, no event; it still holds what its clause says ("refused to admit that his strategy to fight ...").
  const statement = family.name === REFUSAL_FAMILY && refusesStatement(words, to + 1);
  const governing: Draft = { info, first: i, last: i, rule: `complement:${family.name}:${words[i]!.lower} to ${complement === undefined ? 'verb' : words[complement.first]!.lower}`, nominal: false, patterned: true, statement };
  const existing = drafts.findIndex((draft) => draft.first === i);
  if (existing >= 0) drafts.splice(existing, 1, governing);
  else drafts.push(governing);
  if (complement !== undefined) drafts.splice(drafts.indexOf(complement), 1);
}

/** Whether an event is the complement of an earlier request, refusal, threat or agreement in its clause. */
function isComplement(words: readonly Word[], draft: Draft, drafts: readonly Draft[]): boolean {
  return drafts.some((other) => {
    if (other === draft || !GOVERNING_CATEGORIES.has(other.info.plover) || other.nominal || other.last >= draft.first || draft.first - other.last > MAX_COMPLEMENT_DISTANCE) return false;
    const between = words.slice(other.last + 1, draft.first);
    if (between.some((word) => word.text === ',' || word.text === ';')) return false;
    // What the request, refusal or promise is about comes as its object or its infinitive, not
    // in a phrase of time or place ("promised Kellogg during talks in Minsk").
    return between.some((word) => word.lower === 'to') || between.every((word) => !CIRCUMSTANCE_PREPOSITIONS.has(word.lower));
  });
}

function clauseEndAfter(words: readonly Word[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (CLAUSE_ENDS.has(words[i]!.lower)) return i;
  return end;
}

function clauseStartBefore(words: readonly Word[], from: number, start: number): number {
  for (let i = from - 1; i >= start; i--) if (CLAUSE_ENDS.has(words[i]!.lower)) return i + 1;
  return start;
}

/** Whether a verb takes its subject from an earlier verb: "to support", "and urged", ", saying", "after meeting". */
function sharesSubject(words: readonly Word[], verb: number): boolean {
  const previous = words[verb - 1]?.lower;
  if (previous === 'to' || previous === 'and' || previous === 'then') return true;
  return words[verb]!.lower.endsWith('ing') && (previous === ',' || words[verb - 1]?.pos === 'ADP');
}

/** Whether a verb comes right after a closing quotation mark, maybe past a comma ("...,” scoffed", "...” , said"). */
function afterQuotation(words: readonly Word[], verb: number): boolean {
  const before = words[verb - 1]?.text === ',' ? verb - 2 : verb - 1;
  return isClosingQuote(words[before]);
}

/** Whether the parse makes `noun` the subject of `verb`, or hangs `verb` on it as its participle. */
function saysOfNoun(tree: DependencyTree, verb: number, noun: number): boolean {
  return tree.dependent(verb, 'nsubj') === noun || (tree.head(verb) === noun && tree.relation(verb) === 'acl');
}

/** Tags of the words a place's name may stand before an event noun with ("the Paris terror attacks", "the Orlando nightclub shooting"). */
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ']);

/**
 * Whether a mention is the place an event noun happened at, named as its modifier: a city or
 * region, without a possessive ("the Paris attacks", "the Benghazi attack"), which says where,
 * not who. A country stays a possible doer ("U.S. airstrikes"), and so does "Moscow's attacks".
 */
function isPlaceModifier(words: readonly Word[], mention: Mention, noun: number): boolean {
  if (!namesPlaceOnly(mention) || mention.last >= noun) return false;
  for (let i = mention.last + 1; i < noun; i++) if (!MODIFIER_TAGS.has(words[i]!.pos)) return false;
  return true;
}

/** Whether a mention is the name of a town or region, which may only say where: any place but a country. */
function namesPlaceOnly(mention: Mention): boolean {
  return mention.kind === 'name' && PLACE_TYPES.has(mention.entity.type) && mention.entity.kb?.startsWith('iso:') !== true;
}

/** Prepositions after a criticism or an inquiry that open what it is aimed at ("attacks on his record", "an investigation into her server"). */
const CRITICISED_PREPOSITIONS = new Set(['of', 'on', 'into', 'against']);

/** The owner named right after an accusation noun's preposition: "of his approach" (him), "on Clinton's record" (Clinton), "into her server" (her). */
function ownerCriticised(actors: ActorIndex, words: readonly Word[], last: number): Mention | undefined {
  const preposition = words[last + 1]?.lower;
  if (preposition === undefined || !CRITICISED_PREPOSITIONS.has(preposition)) return undefined;
  const owner = actors.startingAt(last + 2);
  if (owner === undefined || !actors.isActor(owner)) return undefined;
  const possessive = owner.kind === 'pronoun' ? POSSESSIVES.has(words[owner.first]!.lower) : isPossessiveMark(words[owner.last + 1]);
  return possessive ? owner : undefined;
}

/**
 * The actors the parse gives as the subject of the clause a verb takes ("alleging that Obama
 * wanted": Obama), read in the subject's whole phrase: "complained that the Obama administration
 * was", "that Democratic Party officials were trying" accuse the name that heads the body.
 */
function clauseSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number): Mention[] {
  const clause = tree.dependent(verb, 'ccomp');
  if (clause < 0) return thatClauseAfterAside(actors, words, verb);
  const subject = tree.dependent(clause, 'nsubj', 'nsubj:pass');
  return subject < 0 ? [] : phraseActors(actors, words, tree, subject, verb + 1).filter((mention) => actors.isActor(mention));
}

/** Words that open a relative clause whose gap is not its subject ("whom Holm attacked", "who he blasted", "where he visited"). */
const OBJECT_RELATIVES = new Set(['that', 'which', 'who', 'whom', 'where']);

/**
 * "Clinton, whom he called divisive", "Berg, who he blasted as a bully", "the scandal in the Catholic Church that the Globe exposed",
 * "Colorado, where he had just visited": a relative clause with its own subject, opened right
 * after an actor's name, acts on that actor. Only "whom" is sure to open one where the parse
 * does not hang the clause on the name ("Vote for Clinton, whom he called ...", read as a conjunct).
 */
function relativeClauseObject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, start: number): Mention[] {
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject > verb || tree.dependent(verb, 'obj') > verb) return [];
  const opener = tree.extent(subject)[0] - 1;
  const relativeWord = words[opener]?.lower ?? '';
  if (!OBJECT_RELATIVES.has(relativeWord) || (relativeWord !== 'whom' && tree.relation(verb) !== 'acl:relcl')) return [];
  const antecedent = actors.endingAt(words[opener - 1]?.text === ',' ? opener - 2 : opener - 1);
  return antecedent !== undefined && antecedent.first >= start && actors.isActor(antecedent) ? [antecedent] : [];
}

/** How many words a dashed aside between a verb and its clause may hold ("- again falsely -"). */
const MAX_ASIDE_WORDS = 5;

/**
 * "alleging - again falsely - that President Obama wanted": the parser loses the clause past a
 * dashed aside, so the subject is read by words, right after its "that".
 */
function thatClauseAfterAside(actors: ActorIndex, words: readonly Word[], verb: number): Mention[] {
  if (words[verb + 1] === undefined || !isSpacedDash(words, verb + 1)) return [];
  for (let i = verb + 2; i <= verb + 2 + MAX_ASIDE_WORDS && words[i]?.sentence === words[verb]!.sentence; i++) {
    if (!isSpacedDash(words, i)) continue;
    if (words[i + 1]?.lower !== 'that') return [];
    return actorsAfter(actors, words, i + 2, words.length, CLAUSE_SUBJECT_REACH).slice(0, 1).filter((mention) => actors.isActor(mention) && words[mention.first]!.sentence === words[verb]!.sentence);
  }
  return [];
}

/** CAMEO's visits: making one and hosting one. */
const VISIT_CODES = new Set(['042', '043']);
const DESTINATION_PREPOSITIONS = new Set(['to', 'in', 'at', 'into']);

/** Whether a named place follows a verb of going, past "to", "in", "at" or "into" and an article: "arrived in Beijing", "came to the Kremlin". */
function placeReached(actors: ActorIndex, words: readonly Word[], last: number): boolean {
  let i = last + 1;
  if (DESTINATION_PREPOSITIONS.has(words[i]?.lower ?? '')) i++;
  if (words[i]?.pos === 'DET') i++;
  const place = actors.startingAt(i);
  return place !== undefined && PLACE_TYPES.has(place.entity.type);
}

/** The place named right after a visit, past "to" and an article ("visited the White House", "a visit to Trump Tower"). */
function placeVisited(actors: ActorIndex, words: readonly Word[], last: number): Mention[] {
  let i = last + 1;
  if (words[i]?.lower === 'to') i++;
  if (words[i]?.pos === 'DET') i++;
  const place = actors.startingAt(i);
  return place !== undefined && (PLACE_TYPES.has(place.entity.type) || place.entity.type === 'ORG') ? [place] : [];
}

/**
 * Whether a lower-case noun follows a mention, in its phrase: "a Middle East [peace]", "the Kyiv
 * [hospital]"; or the mention owns the phrase after it ("in the middle of Istanbul's [Sultanahmet
 * district]").
 */
function qualifiesCommonNoun(words: readonly Word[], mention: Mention): boolean {
  const next = words[mention.last + 1];
  // A title-case headline's common noun is lower-cased in its form ("Hollywood Actor Who ...").
  return next !== undefined && ((next.pos === 'NOUN' && /^\p{Ll}/u.test(next.form)) || (isPossessiveMark(next) && inLocativePhrase(words, mention.first)));
}

/**
 * What a party's or a people's adjective that qualifies one person stands for: "the Republican
 * [presidential front-runner]'s attacks", "a Democratic [senator] said" name that person, not the
 * party, and "Democratic [front-runner] Hillary Clinton" the name after the title; "Republican
 * [leaders]" and "congressional Republicans" stay the party's people. Returns the mentions the
 * actor stands for: itself, the person named after the title, or none.
 */
function withoutPartyQualifiers(actors: ActorIndex, words: readonly Word[], mentions: Mention[]): Mention[] {
  return mentions.flatMap((mention) => {
    if (mention.entity.type !== 'NORP' || mention.kind !== 'name') return [mention];
    // Past the modifiers to the head noun, taking a hyphenated compound whole ("front-runner").
    let first = mention.last + 1;
    let head = first;
    for (;;) {
      if (words[head + 1]?.text === '-' && words[head + 2] !== undefined) head += 2;
      else if (words[head]?.pos === 'ADJ' || (words[head]?.pos === 'NOUN' && words[head + 1]?.pos === 'NOUN')) first = ++head;
      else break;
    }
    const noun = words.slice(first, head + 1).map((word) => word.text).join('');
    if (words[head]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun) || !describesPerson(noun.toLowerCase()) || isPluralForm(noun)) return [mention];
    const named = actors.startingAt(head + 1);
    return named?.entity.type === 'PERSON' && !mentions.includes(named) ? [named] : [];
  });
}

/** Prepositions of where something is, and how far back before a name one may stand ("in the middle of"). */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);
const MAX_LOCATIVE_WORDS = 4;

/** Whether the name at `first` is in a phrase of place: "in the middle of [Istanbul]'s", "near [Kyiv]'s". */
function inLocativePhrase(words: readonly Word[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= MAX_LOCATIVE_WORDS; i--) {
    if (LOCATIVE_PREPOSITIONS.has(words[i]!.lower)) return true;
    if (!['DET', 'NOUN', 'ADJ', 'ADP'].includes(words[i]!.pos)) return false;
  }
  return false;
}

/** Source and target of an event noun: "a meeting between A and B", "A's visit to B", "talks with B". */
function nominalArguments(words: readonly Word[], draft: Draft, start: number, clauseEnd: number, actors: ActorIndex, tree: DependencyTree | null): [Mention[], Mention[]] {
  const parties = between(actors, words, draft.last, clauseEnd);
  if (parties !== undefined) return parties;
  const [agent, complementTarget] = nounComplements(words, draft, clauseEnd, actors);
  const target = asksForThing(words, draft) ? askedForActor(actors, words, draft) : complementTarget;
  // "facing criticism for the move from Clinton": the one who faces it is its target.
  if (agent.length > 0) return [agent, target.length > 0 ? target : undergoer(words, draft, start, actors, tree)];
  // "Putin's invitation", "the Trump-Putin meeting": an actor right before the noun.
  let before = draft.first - 1;
  while (before >= start && (/^['’]s$/u.test(words[before]!.text) || words[before]!.pos === 'ADJ')) before--;
  // "His one-on-one meeting", "Clinton's campaign rally": the parse's possessor past compounds.
  const possessor = tree === null ? -1 : tree.dependent(draft.last, 'nmod:poss');
  const owner = actors.endingAt(before) ?? (possessor >= start && possessor < draft.first ? actors.covering(possessor) : undefined);
  // "Kennedy's assassination", "her detention": the possessor of some event nouns is the one it is done to.
  if (owner !== undefined && actors.isActor(owner) && target.length === 0 && words[draft.last + 1]?.lower !== 'of' && possessorUndergoes(nominalAt(words, draft.first)?.phrase ?? '')) return [[], [owner]];
  if (owner !== undefined && actors.isActor(owner)) return [[owner], target];
  // "Serbia and Kosovo held talks", "the union staged a strike": the light verb's subject; "the
  // mayor survived an assassination attempt": the one it was done to. The verb whose object the
  // parse makes the noun may stand further back ("received widespread (and bipartisan) criticism").
  const governor = tree !== null && tree.baseRelation(draft.last) === 'obj' ? tree.head(draft.last) : -1;
  for (let i = draft.first - 1; i >= start && (draft.first - i <= MAX_OBJECT_DISTANCE + 1 || (governor >= 0 && i >= governor)); i--) {
    if (words[i]!.pos !== 'VERB') continue;
    const subject = isLightVerb(words[i]!) || isUndergoingVerb(words[i]!) ? actorsBefore(actors, words, subjectEnd(words, i), start) : [];
    if (subject.length > 0 && isUndergoingVerb(words[i]!)) return [[], subject];
    if (subject.length > 0) return [subject, target.length > 0 ? target : actorsAfter(actors, words, i + 1, draft.first)];
  }
  // The subject before the noun, not across a preposition ("sanctioned Russian officials over
  // the beating of ...") other than one after a copula ("has been on a hunger strike").
  let floor = draft.first - 1;
  while (floor >= start && (words[floor]!.pos !== 'ADP' || words[floor - 1]?.pos === 'AUX')) floor--;
  return [actorsBefore(actors, words, subjectEnd(words, draft.first), floor + 1).slice(0, 3), target];
}

/** The subject of the verb of undergoing an event noun is the object of ("Nabisco faced criticism", "received widespread criticism"), if any. */
function undergoer(words: readonly Word[], draft: Draft, start: number, actors: ActorIndex, tree: DependencyTree | null): Mention[] {
  const governor = tree !== null && tree.baseRelation(draft.last) === 'obj' ? tree.head(draft.last) : -1;
  if (governor < start || governor >= draft.first || !isUndergoingVerb(words[governor]!)) return [];
  // The subject itself must be an actor ("Nabisco faced", not "Trump's comments on Russia have
  // drawn"), or one the verb shares with the verb it hangs on ("Nabisco began ..., despite facing").
  const subject = tree!.dependent(governor, 'nsubj');
  if (subject >= 0) {
    const named = actors.covering(subject);
    return named !== undefined && actors.isActor(named) ? [named] : [];
  }
  return treeSubjectActors(actors, words, tree!, governor, start) ?? [];
}

/** Prepositions that name the other party of an event noun ("talks with", "a visit to", "sanctions on", "an investigation into"). */
const NOUN_TARGET_PREPOSITIONS = new Set(['with', 'to', 'on', 'against', 'into']);
/** Prepositions that name the doer of an event noun ("a visit by the king", "a protest from Ottawa"). */
const NOUN_AGENT_PREPOSITIONS = new Set(['by', 'from']);
/** How far after an event noun its agent or other party may be named, past a time or a measure ("a strike on Thursday against ..."). */
const NOUN_COMPLEMENT_REACH = 8;

/**
 * The agent ("by X", "from X", "of X" for the nouns that take it) and the other party (after a
 * preposition, or "of X" right after the noun) named in the phrases that follow an event noun:
 * "a visit to Oslo by the king", "an investigation on Friday into Castillo's travel", "duties
 * of up to 30% on Brazilian steel".
 */
function nounComplements(words: readonly Word[], draft: Draft, clauseEnd: number, actors: ActorIndex): [Mention[], Mention[]] {
  const noun = draft.last;
  let end = noun + 1;
  while (end < clauseEnd && end - noun <= NOUN_COMPLEMENT_REACH && words[end]!.pos !== 'VERB') end++;
  let agentAt = noun + 1;
  while (agentAt < end && !NOUN_AGENT_PREPOSITIONS.has(words[agentAt]!.lower)) agentAt++;
  // "the mediation of the EU" names the doer where "the expulsion of the charity" names the party acted on.
  // But "the protest of Okafor's speech" names whose deed is protested.
  const ofAgent = words[noun + 1]?.lower === 'of' && takesAgentOf(nominalAt(words, draft.first)?.phrase ?? '') && !ownsNextNoun(words, actors, noun + 2);
  if (ofAgent && agentAt === end) agentAt = noun + 1;
  // The agent's phrase may run past the reach of the search for its preposition: "from City Hall hopefuls Ana Ruiz and Tom Okafor".
  let agent = agentAt < end ? actorsAfter(actors, words, agentAt + 1, clauseEnd, NOUN_OBJECT_REACH) : [];
  // "criticism from Berlin, Paris and other capitals": a list of names goes on past the comma the clause was cut at.
  const listEnd = words[clauseEnd]?.text === ',' && agent.at(-1)?.last === clauseEnd - 1 ? coordinatedListEnd(actors, words, clauseEnd) : clauseEnd;
  if (listEnd > clauseEnd) agent = actorsAfter(actors, words, agentAt + 1, listEnd, NOUN_OBJECT_REACH);
  for (let i = noun + 1; i < end; i++) {
    if (!NOUN_TARGET_PREPOSITIONS.has(words[i]!.lower) && !(words[i]!.lower === 'of' && i === noun + 1 && !ofAgent)) continue;
    const target = actorsAfter(actors, words, i + 1, i < agentAt ? agentAt : end, NOUN_OBJECT_REACH);
    if (target.length > 0) return [agent, target];
  }
  return [agent, []];
}

/** Whether the actor starting at word `at` is a possessor ("Okafor's", "his"). */
function ownsNextNoun(words: readonly Word[], actors: ActorIndex, at: number): boolean {
  const owner = actors.startingAt(at);
  if (owner === undefined) return false;
  return owner.kind === 'pronoun' ? POSSESSIVES.has(words[owner.first]!.lower) : isPossessiveMark(words[owner.last + 1]);
}

/** The words that link an accusation to the act it names ("accused X of shelling", "blamed X for the attack"). */
const ACCUSATION_LINKS = new Set(['of', 'for', 'with']);
/** Prepositions of the circumstances of an event rather than of what it is about. */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['during', 'in', 'at', 'after', 'before', 'amid', 'following', 'since', 'while']);
/** Prepositions that attach an event noun to another event as its circumstance or purpose ("on a visit to", "for talks with", "under the mediation of"). */
const ATTACHING_PREPOSITIONS = new Set([...CIRCUMSTANCE_PREPOSITIONS, 'on', 'for', 'under', 'through']);
/** How far after the comma of a fronted phrase the main clause's subject starts ("On a visit to Oslo, Finnish President ..."). */
const FRONTED_SUBJECT_REACH = 3;

/**
 * The index of the preposition that attaches an event noun as a circumstance, past its
 * articles, adjectives, numbers and measure ("during a phone call", "after three days of
 * clashes"), and with `pastNames` its names and nouns too ("After the New York trip"); undefined
 * when it has none.
 */
function circumstancePreposition(words: readonly Word[], noun: number, start: number, pastNames = false): number | undefined {
  let i = noun - 1;
  for (;;) {
    while (i > start && (CIRCUMSTANCE_MODIFIER_TAGS.has(words[i]!.pos) || (pastNames && NAME_MODIFIER_TAGS.has(words[i]!.pos)))) i--;
    if (words[i]?.lower === 'of' && words[i - 1] !== undefined && isMeasureNoun(words[i - 1]!)) i -= 2;
    else break;
  }
  return i >= start && i < noun && ATTACHING_PREPOSITIONS.has(words[i]!.lower) ? i : undefined;
}

/**
 * Whether event noun `noun` is the object of a gerund's preposition that opens the sentence,
 * past its modifiers ("Emerging from a 45-minute meeting with Berg, ...", "Returning from talks in Oslo, ...").
 */
function afterFrontedGerund(words: readonly Word[], noun: number, start: number): boolean {
  let i = noun - 1;
  while (i > start + 1 && words[i]!.pos !== 'ADP' && FRONTED_NOUN_MODIFIER_TAGS.has(words[i]!.pos)) i--;
  return i === start + 1 && words[i]!.pos === 'ADP' && words[start]!.pos === 'VERB' && /ing$/u.test(words[start]!.lower);
}
/** Tags of the words between a fronted gerund's preposition and its event noun ("from a 45-minute meeting"). */
const FRONTED_NOUN_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT']);

/** Tags of the words between a circumstance's preposition and its event noun: articles and modifiers ("during a phone call"). */
const CIRCUMSTANCE_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);
/** And, for a fronted phrase, the names and nouns that qualify the event noun ("After the New York trip, LeVell ..."). */
const NAME_MODIFIER_TAGS = new Set(['PROPN', 'NOUN']);
/** Words that open a clause describing the one before it (", where Trump criticized ..."). */
const ATTACHED_CLAUSE_OPENERS = new Set(['where', 'when']);

/** Words that open a relative clause on a thing before them ("a bombing that killed ..."). */
const THING_RELATIVE_OPENERS = new Set(['that', 'which']);

/** How many words a name in apposition may have. */
const MAX_APPOSITION_WORDS = 4;

/**
 * Where a name in apposition that starts after the comma at `comma` ends: the comma closing it,
 * when the words between are all proper nouns and the clause goes on after it ("a former
 * minister, Arif Santoso, in Jakarta"); -1 otherwise.
 */
function appositionEnd(words: readonly Word[], comma: number, end: number): number {
  let k = comma + 1;
  while (k < end && k - comma <= MAX_APPOSITION_WORDS && words[k]!.pos === 'PROPN') k++;
  if (k === comma + 1 || words[k]?.text !== ',') return -1;
  const next = words[k + 1];
  return next !== undefined && next.pos === 'ADP' ? k : -1;
}

/** Whether the words at `at` go on with the clause before their comma: an infinitive or a participle, maybe after an adverb. */
function continuesClause(words: readonly Word[], at: number): boolean {
  let i = at;
  while (words[i]?.pos === 'ADV') i++;
  return words[i]?.lower === 'to' || (words[i]?.pos === 'VERB' && words[i]!.lower.endsWith('ing'));
}

/** How far into its sentence a time phrase may start and still date the clause after its comma ("On Monday, ..."). */
const LEADING_TIME_WORDS = 5;

/** The words an event's time and place may be read from: its clause `[from, to)`, and a phrase that opens the sentence before it, up to `leadingEnd` (-1: none). */
interface EventScope {
  readonly from: number;
  readonly to: number;
  readonly leadingEnd: number;
}

/**
 * The scope of an event's time and place: its clause, past an infinitive or participle phrase
 * after a comma, and a phrase that opens the sentence before the clause ("On Monday, police
 * arrested ...", "In Geneva, ..."). A time or place in another clause ("..., the minister said
 * on Tuesday") is another event's, as is one in the complement of a refusal, a demand, an
 * agreement or an accusation ("declined an invitation to meet next month", "agreed to begin
 * patrols in the North Atlantic").
 */
function eventScope(words: readonly Word[], draft: Draft, start: number, end: number): EventScope {
  let clauseStart = clauseStartBefore(words, draft.first, start);
  // ", killing six officers", ", accusing Cairo": a participle clause happens when its main clause
  // does; ", where Trump criticized ..." when the encounter it describes did.
  const participle = clauseStart === draft.first && words[draft.first]!.lower.endsWith('ing');
  const relative = ATTACHED_CLAUSE_OPENERS.has(words[clauseStart]?.lower ?? '');
  if ((participle || relative) && words[clauseStart - 1]?.text === ',') clauseStart = clauseStartBefore(words, clauseStart - 1, start);
  if (words[clauseStart]?.lower === 'where' || words[clauseStart]?.lower === 'when') clauseStart++;
  // "..., potentially to be held in Oslo later this month": an infinitive or
  // participle phrase after a comma still speaks of this clause.
  let clauseEnd = clauseEndAfter(words, draft.last + 1, end);
  for (;;) {
    if (clauseEnd >= end) break;
    // "arrested a former minister, Arif Santoso, in Jakarta": a name in apposition does not end the clause.
    const afterApposition = words[clauseEnd]!.text === ',' ? appositionEnd(words, clauseEnd, end) : -1;
    if (afterApposition >= 0) clauseEnd = clauseEndAfter(words, afterApposition + 1, end);
    else if (words[clauseEnd]!.text === ',' && continuesClause(words, clauseEnd + 1)) clauseEnd = clauseEndAfter(words, clauseEnd + 1, end);
    // "a suicide bombing that killed 11 worshippers at a mosque in Peshawar": a relative clause on an event noun tells of the event.
    else if (draft.nominal && clauseEnd === draft.last + 1 && THING_RELATIVE_OPENERS.has(words[clauseEnd]!.lower)) clauseEnd = clauseEndAfter(words, clauseEnd + 1, end);
    else break;
  }
  // "declined an invitation to meet next month", "accused the army of killing 40 civilians last
  // week": what follows the complement's verb is the complement's, not the refusal's or the accusation's.
  if (GOVERNING_CATEGORIES.has(draft.info.plover) || draft.info.plover === 'ACCUSE') clauseEnd = complementStart(words, draft.last + 1, clauseEnd, COMPLEMENT_MARKS);
  const leadingEnd = clauseStart > start && words[clauseStart - 1]!.text === ',' ? clauseStart - 1 : -1;
  return { from: clauseStart, to: clauseEnd, leadingEnd };
}

/**
 * The targets an event happens at: the place a visit goes to ("visited Morocco"), and the town or
 * region an attack strikes ("shelled Kherson"; an attack on a country is no place of its own).
 */
function placesReached(draft: Draft, target: readonly Mention[]): readonly Mention[] {
  if (draft.info.cameo === VISIT_CODE) return target;
  return draft.info.plover === 'ASSAULT' ? target.filter(namesPlaceOnly) : [];
}
const VISIT_CODE = '042';

/**
 * The word ranges an event's place may be read from: its clause, and a phrase opening the sentence
 * before it ("In Geneva, ..."). A verb's clause ends for its place at an infinitive after it: "contacted
 * Putin to arrange a meeting ... in Hungary" names where the meeting would be, not the call.
 */
function placeRanges(words: readonly Word[], draft: Draft, scope: EventScope, start: number): [number, number][] {
  const to = draft.nominal ? scope.to : complementStart(words, draft.last + 1, scope.to, INFINITIVE_MARKS);
  const ranges: [number, number][] = [[scope.from, to]];
  if (scope.leadingEnd >= 0 && scope.leadingEnd - start <= LEADING_TIME_WORDS) ranges.push([start, scope.leadingEnd]);
  return ranges;
}

/** Words that open a complement clause before its verb ("declined to meet", "accused the army of killing"). */
const COMPLEMENT_MARKS: ReadonlySet<string> = new Set(['to', 'of']);
const INFINITIVE_MARKS: ReadonlySet<string> = new Set(['to']);

/** Where in `[from, to)` the first complement opens: one of `marks` before a verb; `to` when none does. */
function complementStart(words: readonly Word[], from: number, to: number, marks: ReadonlySet<string>): number {
  for (let i = from; i < to - 1; i++) if (marks.has(words[i]!.lower) && words[i + 1]!.pos === 'VERB') return i;
  return to;
}

/**
 * The time expression of an event: the nearest date or duration in its scope (`eventScope`),
 * after the trigger first.
 */
function timeOf(times: readonly Value[], words: readonly Word[], draft: Draft, start: number, scope: EventScope): Value | null {
  // "after a week of protests", "following talks": an event named in a time phrase is not at the sentence's time.
  if (draft.nominal && words.slice(Math.max(start, draft.first - 4), draft.first).some((word) => SEQUENCE_PREPOSITIONS.has(word.lower))) return null;
  const from = words[scope.from]!.start;
  const to = words[scope.to - 1]?.end ?? words[draft.last]!.end;
  const leadingEnd = scope.leadingEnd < 0 ? -1 : words[scope.leadingEnd]!.start;
  const trigger = words[draft.first]!.start;
  let best: { value: Value; distance: number } | null = null;
  for (const value of times) {
    // A date starting in the clause may run past the comma that ends it ("on March 3, 2024").
    const inClause = value.span.start >= from && value.span.start < to;
    const leading = value.span.start >= words[start]!.start && value.span.end <= leadingEnd && wordAt(words, value.span.start) - start < LEADING_TIME_WORDS;
    if (!inClause && !leading) continue;
    const distance = value.span.start >= trigger ? value.span.start - trigger : (trigger - value.span.end) * 1.5;
    if (best === null || distance < best.distance) best = { value, distance };
  }
  return best?.value ?? null;
}
