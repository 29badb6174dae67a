/**
 * The commitments stage: promises, pledges, guarantees and announced plans to buy, sign or send,
 * each with who commits, to whom, what, and by when. The sources: events of intent (AGREE:
 * "assured Zelenskiy of ...", "pledged to send"), promise verbs left without one, read from the
 * parse ("who has vowed not to ..."), a commitment noun with its owner and an act ("his
 * commitment to improving") or with its maker and its content ("the promise Clinton has made is
 * that she will ..."), a commitment stated as a state ("she'd be committed to withdrawing"), an
 * announced act of one's own ("announced he will step down"), a pledge the next sentence names
 * ("says he will expand the forces. Trump made the pledge ..."), plans ("is looking to purchase
 * ..."), and a commitment noun with a time ahead ("formal guarantees would be signed within ten
 * days"), whose actor is the article's previous commitment's when the sentence names none. A
 * question commits nobody, nor does a thing as a promise verb's subject. What a promise verb
 * promises starts at its complement or object in the parse, and its beneficiary is its indirect
 * object or "to" phrase there, or the event's target named right after the verb ("assured
 * President Zelenskiy of"), never one named further on ("vowed to push harder than Obama").
 * Where the parse gives a promise verb no subject, a relative pronoun after a list of predicates
 * stands for the copula's subject ("Trump is a serial liar ... who has pledged"), and a quoted
 * "we" or "I" for the quote's speaker ("We assure you ..."), and a participle with neither
 * subject nor auxiliary for the main verb's subject ("emailed supporters saying ... and vowing
 * to compete"), and a headline's bare title the person the article describes so ("Justice vows
 * to ..."). A quoted first-person "I will ..." is a commitment only where it restates a vow the
 * article reports of its speaker. A promise verb the parse negates ("never promised") is no commitment.
 */
import type { Commitment, Entity, Event, FactTime, Quote, Value } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import Type from 'typebox';
import { resource, Strings, wordSetsResource } from '../../resources.js';
import { readFunctionWords } from '../../articles/language.js';
import { ActorIndex, actsAsVerb, auxiliariesOf, bracketStart, factInputs, datedValues, actorsBefore, entityIds, isPassive, phraseActors, subjectActors, subjectEnd, treeSubjectActors, type Mention } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { timeGap } from '../stances/clauses.js';
import { isCapitalised, PhraseList, truecasedSlice, type Word, wordAt } from '../words.js';

const CueSchema = Type.Object({
  verbs: Strings,
  onlyWithInfinitive: Strings,
  nouns: Strings,
  plans: Strings,
  acts: Strings,
  onlyForFutureActs: Strings,
  concessions: Strings,
  futureMarkers: Strings,
  futureIntroducers: Strings,
  conditions: Strings,
  statuses: Type.Object({ withdrawn: Strings, kept: Strings, broken: Strings }),
  beneficiaryActs: Strings,
  contrastOpeners: Strings,
  promiseWords: Strings,
  announcements: Strings,
  announcedPlanNouns: Strings,
  signingVerbs: Strings,
  agreementNouns: Strings,
  agreements: Strings,
  makingVerbs: Strings,
  states: Strings,
  describedNouns: Strings,
  occasions: Strings,
  occasionPrepositions: Strings,
  emptyActs: Strings,
  aheadWords: Strings,
  timeNouns: Strings,
});

const cues = resource('commitment cues', (data) => {
  const raw = data.json('commitments/cues.json', CueSchema);
  return {
    verbs: new Set(raw.verbs), onlyWithInfinitive: new Set(raw.onlyWithInfinitive), nouns: new Set(raw.nouns), plans: new PhraseList(raw.plans), acts: new Set(raw.acts),
    onlyForFutureActs: new Set(raw.onlyForFutureActs), futureMarkers: new Set(raw.futureMarkers), futureIntroducers: new Set(raw.futureIntroducers), conditions: new PhraseList(raw.conditions), concessions: new PhraseList(raw.concessions),
    // Settled statuses first: a kept or broken promise may have been conditional.
    statuses: (['withdrawn', 'broken', 'kept'] as const).map((status) => ({ status, phrases: new PhraseList(raw.statuses[status]) })),
    beneficiaryActs: new Set(raw.beneficiaryActs),
    contrastOpeners: new Set(raw.contrastOpeners),
    promiseWords: new Set(raw.promiseWords),
    announcements: new Set(raw.announcements),
    announcedPlanNouns: new Set(raw.announcedPlanNouns),
    signingVerbs: new Set(raw.signingVerbs),
    agreementNouns: new Set(raw.agreementNouns),
    agreements: new Set(raw.agreements),
    makingVerbs: new Set(raw.makingVerbs),
    states: new Set(raw.states),
    describedNouns: new Set(raw.describedNouns),
    occasions: new Set(raw.occasions),
    occasionPrepositions: new Set(raw.occasionPrepositions),
    emptyActs: new Set(raw.emptyActs),
    timeNouns: new Set(raw.timeNouns),
    aheadWords: new RegExp(`(?<!\\p{L})(?:${raw.aheadWords.join('|')})(?!\\p{L})`, 'iu'),
  };
});

/** data/commitments/grammar-words.json: the closed word classes the stage reads a sentence's shape by. */
const grammarWords = wordSetsResource('commitment grammar words', 'commitments/grammar-words.json', [
  'whatEnds', 'dueEnds', 'negations', 'hypotheticalModals', 'articles', 'possessivePronouns', 'beForms', 'stayingVerbs', 'bodyPronouns', 'firstPersonFuture', 'definiteDeterminers', 'focusWords', 'firstPersonSubjects', 'participleMarkers', 'relativePronouns', 'demonstratives', 'subjectRelatives', 'subjectCoordinators', 'ownFutureAuxiliaries',
]);

/** Statuses of an intent event that was not made (events stage): no commitment. */
const NOT_MADE = new Set(['denied', 'refused']);

/** Whether a word is a promise verb ("pledged", "vowed"): with a noun object it states an act, not reported words. */
export function isPromiseVerb(word: Word): boolean {
  return cues().verbs.has(word.lower);
}

/** The PLOVER category of expressed intent, of which the commitment verbs' events are. */
const INTENT_CATEGORY = 'AGREE';

export const commitmentAnnotator: Annotator<'commitments'> = {
  name: 'commitments',
  requires: ['tokens', 'sentences', 'entities', 'values', 'parse', 'quotes', 'events'],
  assigns: 'commitments',
  englishOnly: true,
  annotate(doc) {
    const { article, layers } = doc;
    const { text, sentences, words, actors, tree } = factInputs(doc);
    const quotes = layers.quotes ?? [];
    const published = article.publishedAt?.slice(0, 10) ?? null;
    const times = datedValues(layers.values ?? []);
    // With no publication date nothing resolves: a time whose words point ahead is still a deadline, undated.
    const undatedAhead = published === null ? (layers.values ?? []).filter((value) => (value.type === 'DATE' || value.type === 'DURATION') && value.resolved === null && cues().aheadWords.test(value.span.text)) : [];
    const commitments: Commitment[] = [];
    /** The text each commitment already accounts for, from its cue to the end of what it is about. */
    const claimed: { start: number; end: number }[] = [];
    const covered = (offset: number) => claimed.some((range) => range.start <= offset && offset < range.end);

    const add = (draft: { cue: number; actor: string[]; beneficiary: string[]; whatStart: number; whatEnd: number; what?: string; due: FactTime | null; event: string | null; sentence: [number, number]; rule: string }) => {
      // "pledged a “political revolution” and said ...": what would stop inside a quotation it opens goes on to the closing mark.
      const closed = draft.what === undefined ? closingQuotation(words, wordAt(words, draft.whatStart), wordAt(words, draft.whatEnd), wordAt(words, draft.sentence[1])) : undefined;
      const actStart = draft.what === undefined ? ownActStart(actors, words, wordAt(words, draft.whatStart), draft.actor) : draft.whatStart;
      const taken = draft.what ?? (closed === undefined ? truecasedSlice(text, words, actStart, draft.whatEnd).trim() : `${truecasedSlice(text, words, actStart, closed.lastWordEnd).trim()}${closed.mark}`);
      // "agrees to “renounce war.”": a quotation that is all of what is promised goes without its marks.
      const whole = closed !== undefined && /^[“"]/u.test(taken) && !/[“”"]/u.test(taken.slice(1, -1));
      const what = whole ? taken.slice(1, -1) : /^[“"]/u.test(taken) && !/[”"]/u.test(taken.slice(1)) ? taken.slice(1) : taken;
      // Nothing, or only the sentence's full stop ("Norway pledged Ukraine."), is promised.
      if (!/[\p{L}\p{N}]/u.test(what)) return;
      // "can't do what he promises to do": an act named only by a pro-form says nothing of what.
      if (cues().emptyActs.has(what.toLowerCase().replace(/[.,;:!?"'”’)]+$/u, ''))) return;
      claimed.push({ start: Math.min(draft.cue, draft.whatStart), end: draft.whatEnd });
      const sentenceIndex = words[wordAt(words, draft.sentence[0])]!.sentence;
      const commitment: Commitment = {
        id: `c${commitments.length + 1}`,
        actor: draft.actor,
        beneficiary: draft.beneficiary.filter((id) => !draft.actor.includes(id)),
        what,
        due: draft.due,
        event: draft.event,
        status: statusOf(words, sentences, sentenceIndex, { start: draft.whatStart, end: draft.whatEnd }, tree === null ? undefined : { tree, cue: wordAt(words, draft.cue) }),
        evidence: span(text, draft.sentence[0], draft.sentence[1]),
        rule: draft.rule,
      };
      commitments.push(commitment);
    };

    /** The first time ahead of publication in a stretch of text `[start, end)` (a deadline), as a fact time. */
    // "regardless of Tuesday's results": a time that owns a noun dates that, not the promise.
    const owning = (span: { end: number } | null) => span !== null && /^['’]s\b/u.test(text.slice(span.end, span.end + 3));
    const dueIn = (sentence: [number, number], preferred: Event['time']): FactTime | null => {
      if (preferred !== null && !owning(preferred.span) && (preferred.span === null || (preferred.span.start >= sentence[0] && preferred.span.end <= sentence[1])) && (published === null || (preferred.end ?? '') > published)) return preferred;
      const ahead = times.find((value: Value) => value.span.start >= sentence[0] && value.span.end <= sentence[1] && !owning(value.span)
        && published !== null && value.resolved!.end.slice(0, 10) > published);
      if (ahead !== undefined) return { span: ahead.span, start: ahead.resolved!.start, end: ahead.resolved!.end };
      const undated = undatedAhead.find((value) => value.span.start >= sentence[0] && value.span.end <= sentence[1] && !owning(value.span));
      return undated === undefined ? null : { span: undated.span, start: null, end: null };
    };

    const conditional = (start: number, end: number) => range(start, end).some((i) => isCondition(words, i));

    /** A commitment of promise verb `trigger` made by `actor`, when the verb commits to an act. */
    const promiseVerb = (trigger: number, actor: string[], target: string[], event: Event | null, sentence: [number, number], start: number, end: number, rule: string, titled = false) => {
      if (!cues().verbs.has(words[trigger]!.lower)) return;
      // "Trump's controversial pledge to": an owned noun may follow an adjective, which before a verb form makes it none ("a pledged delegate").
      const ownedNoun = words[trigger]!.pos !== 'VERB' && ownerOf(actors, words, trigger, start).length > 0;
      if (!ownedNoun && !isCommitmentVerb(words, trigger)) return;
      // (A headline's bare title, "Justice vows", is a person's.)
      if (tree !== null && !titled && thingAsSubject(actors, words, tree, trigger)) return;
      // "he'd consider offers to serve": a promise noun another verb takes as its object, with no
      // owner, was made by others ("made a promise to", one of `makingVerbs`, is the subject's).
      if (tree !== null && tree.baseRelation(trigger) === 'obj' && !cues().makingVerbs.has(words[tree.head(trigger)]?.lower ?? '') && ownerOf(actors, words, trigger, start).length === 0) return;
      // "a large pledged delegate lead": a modifier in the parse, whatever the tagger says; "300
      // pledged delegates" and "superdelegates currently pledged to Clinton" by the words.
      if ((tree !== null && ['amod', 'compound'].includes(tree.relation(trigger))) || cues().describedNouns.has(words[trigger + 1]?.lower ?? '') || cues().describedNouns.has(words[wordBeforeAdverbs(words, trigger)]?.lower ?? '')) return;
      // "has not pledged", "never promised": the verb's own negation in the parse.
      if (tree !== null && [...tree.dependentsOf(trigger)].some((dependent) => tree.baseRelation(dependent) === 'advmod' && grammarWords().negations.has(words[dependent]!.lower))) return;
      // What is promised starts at the verb's complement or object in the parse ("pledged to
      // send", "vowed that ...", "promised a review"), else after its addressee by the word rules.
      const complement = tree === null ? -1 : promisedStart(tree, words, actors, trigger);
      const after = skipCondition(words, complement >= 0 ? complement : whatStart(words, actors, trigger + 1, end), end);
      // The addressee ends the sentence ("..., they assured Zelenskiy."): nothing after the
      // verb is promised. (whatEnd reads a word of the sentence; there is none, and at the
      // end of the text no word at all.)
      if (after >= end) return;
      // ("agreed to “renounce war”": a quotation mark may stand between "to" and the act.)
      if (cues().onlyWithInfinitive.has(words[trigger]!.lower) && words[after - 1]?.lower !== 'to' && !(isOpeningQuote(words[after]) && words[after - 1]?.lower === 'to')) return;
      // "her reluctance to committing the city to costly lawsuits": after "to" a noun is no act (an agreement's thing aside).
      if (cues().onlyWithInfinitive.has(words[trigger]!.lower) && !cues().agreements.has(words[trigger]!.lower) && actAt(words, after, end) < 0) return;
      // "pledged that Okafor truly is in favour of open ports", "I promise you, our strength does not
      // depend on ...": a clause with no future in it claims something; it promises no act.
      if (tree !== null && clauseWithoutFuture(tree, words, trigger, after, end)) return;
      // "I can promise you she's never going to be mayor", "I guarantee you, there's no problem": a claim about another, not a promise.
      if (tree !== null && claimsAboutOthers(actors, words, tree, trigger, actor)) return;
      // "assured the crowd that he is no racist": a claim, not a promise.
      if (cues().onlyForFutureActs.has(words[trigger]!.lower) && !cues().futureIntroducers.has(words[after - 1]?.lower ?? '')
        && !words.slice(after, wordAt(words, whatEnd(words, after, end))).some((word) => cues().futureMarkers.has(word.lower))) return;
      const addressee = tree === null ? undefined : beneficiaryOf(actors, words, tree, trigger, start);
      // A time in the promised act's clause is its due window, even past the words kept as what
      // is promised ("to send two ships to Iceland, its neighbour, by the end of March"); one
      // before it dates the promise ("vowed on Tuesday to").
      const clauseStop = tree === null ? end : Math.min(clauseEnd(tree, trigger, after, end), words[trigger]!.pos === 'VERB' ? end : predicateTakenIntoAct(tree, words, trigger, start, end));
      const stop = whatEnd(words, after, clauseStop);
      // Not past a condition or concession, though: "no matter how she does Tuesday" dates no deadline.
      const dueStop = range(after, clauseStop).find((k) => grammarWords().dueEnds.has(words[k]!.lower) || (words[k]!.lower === 'no' && words[k + 1]?.lower === 'matter')) ?? clauseStop;
      const due = dueIn([words[after]!.start, Math.max(stop, words[dueStop - 1]?.end ?? stop)], event?.time ?? null);
      const beneficiary = addressee ?? [addressedAfter(actors, words, trigger, target), recipientIn(actors, words, after, wordAt(words, stop), target), tree === null ? [] : actedFor(actors, words, tree, after, start)]
        .find((ids) => ids.length > 0) ?? [];
      // "the patience and good sense he promised to bring to the council": the noun the
      // relative clause qualifies is what the promised act, with no object of its own, acts on.
      const antecedent = tree === null ? null : relativeAntecedent(tree, words, trigger, after);
      const what = antecedent === null ? undefined : `${words[after]!.text} ${text.slice(words[antecedent[0]]!.start, words[antecedent[1]]!.end)}${text.slice(words[after]!.end, stop)}`;
      add({ cue: words[trigger]!.start, actor, beneficiary, whatStart: words[after]!.start, whatEnd: stop, ...(what === undefined ? {} : { what }), due, event: event?.id ?? null, sentence, rule: `${rule}:${words[trigger]!.lower}` });
    };

    const eventsBySentence = new Map<number, Event[]>();
    for (const event of layers.events ?? []) {
      const sentence = words[wordAt(words, event.trigger.start)]!.sentence;
      eventsBySentence.set(sentence, [...(eventsBySentence.get(sentence) ?? []), event]);
    }

    /** "Trump made the pledge" in sentence `index`: the act the sentence before says its maker will do is the pledge's. */
    const namedAgain = (index: number, start: number, end: number) => {
      for (let i = start + 1; i < end; i++) {
        if (!cues().nouns.has(words[i]!.lower) || words[i]!.pos === 'VERB' || !grammarWords().definiteDeterminers.has(words[i - 1]!.lower)) continue;
        const making = makingVerbBefore(words, i, start);
        if (making < 0) return;
        const maker = entityIds(tree === null ? actorsBefore(actors, words, subjectEnd(words, making), start) : (subjectActors(actors, words, tree, making, start) ?? []));
        const previous = sentences[index - 1]!;
        const [previousStart, previousEnd] = [wordAt(words, previous[0]), wordAt(words, previous[1])];
        const act = futureActOf(actors, words, maker, previousStart, previousEnd);
        if (act < 0 || covered(words[act]!.start)) return;
        const actEnd = whatEnd(words, act, previousEnd);
        add({ cue: words[i]!.start, actor: maker, beneficiary: [], whatStart: words[act]!.start, whatEnd: actEnd, due: dueIn([words[act]!.start, actEnd], null), event: null, sentence: [previous[0], sentences[index]![1]], rule: `named-again:${words[i]!.lower}` });
        return;
      }
    };

    sentences.forEach((sentence, index) => {
      const start = wordAt(words, sentence[0]);
      const end = wordAt(words, sentence[1]);
      // "can they sue the college that promised a useful education?": a question asks, it commits nobody.
      if (isQuestion(words, start, end)) return;
      // 1. Events of intent: "assured X of ...", "pledged to send ...".
      for (const event of eventsBySentence.get(index) ?? []) {
        // A promise the text says was not made, or only might be, is no commitment.
        if (event.plover !== INTENT_CATEGORY || event.source.length === 0 || NOT_MADE.has(event.status) || covered(event.trigger.start)) continue;
        // A promise that only might be made is none; one made on a condition is ("pledged to cut taxes if elected").
        if (event.status === 'hypothetical' && !conditional(start, end)) continue;
        const trigger = wordAt(words, event.trigger.start);
        // "Solberg and Jonsson agreed to begin patrols": the events stage makes the second a
        // reciprocal event's target; both subjects promise.
        const subjects = tree === null ? [] : entityIds(subjectActors(actors, words, tree, trigger, start) ?? []);
        // "Trump's oft-stated promise to build a wall", told by Hannity: a promise noun's owner made it.
        const owner = words[trigger]!.pos === 'VERB' ? [] : entityIds(ownerOf(actors, words, trigger, start));
        const promisers = owner.length > 0 ? owner : event.source.every((id) => subjects.includes(id)) ? [...new Set([...event.source, ...subjects])] : event.source;
        promiseVerb(trigger, promisers, event.target.filter((id) => !promisers.includes(id)), event, sentence, start, end, 'intent-event');
      }
      // 1b. Promise verbs the events stage left without an event of intent ("who has vowed not to
      // buy", "is pledging to win", "vowing to compete" after another verb): the promiser is the
      // verb's subject in the parse.
      if (tree !== null) {
        for (let i = start; i < end; i++) {
          // "..., promising that ...": a clause after it makes the word a verb, whatever the tagger and the parse say.
          const promisesClause = /ing$/u.test(words[i]!.lower) && words[i + 1]?.lower === 'that' && words[i - 1]?.text === ',';
          const loose = looseVerbUse(words, i);
          if (!cues().verbs.has(words[i]!.lower) || covered(words[i]!.start) || !(promisesClause || loose || ((actsAsVerb(tree, words, i) || participleClause(tree, words, i)) && takesComplement(tree, words, i)))) continue;
          // "would promise ...": only might be made, unless on a condition.
          if (auxiliariesOf(tree, words, i).some((word) => grammarWords().hypotheticalModals.has(word.lower)) && !conditional(start, end)) continue;
          // Only the subject the parse gives: the word rules would take any actor before the verb.
          let actor = entityIds(subjectActors(actors, words, tree, i, start) ?? []);
          if (actor.length === 0) actor = relativeSubject(actors, words, tree, i, start) ?? speakerOfFirstPerson(quotes, words, tree, i);
          if (actor.length === 0) actor = participleSubject(actors, words, tree, i, start);
          if (actor.length === 0 && loose) actor = looseVerbSubject(actors, words, tree, i, start);
          const titled = actor.length === 0 ? bareTitleSubject(layers.entities ?? [], words, tree, i) : [];
          if (titled.length > 0) actor = titled;
          // "Sen. Claire McCaskill (D-Mo.) pledged to": the parser takes the bracket for the subject.
          if (actor.length === 0 && words[subjectEnd(words, i) - 1]?.text === ')') actor = entityIds(actorsBefore(actors, words, bracketStart(words, subjectEnd(words, i) - 1, start), start));
          if (actor.length > 0) promiseVerb(i, actor, [], null, sentence, start, end, titled.length > 0 ? 'title-subject' : 'promise-verb', titled.length > 0);
        }
      }
      // 1b'. A commitment stated as the actor's state, with an act after "to": "she'd be
      // committed to withdrawing her name", "remains committed to seeing it through" (not
      // "committed to his views": no act).
      if (tree !== null) {
        for (let i = start; i < end; i++) {
          if (!cues().states.has(words[i]!.lower) || covered(words[i]!.start) || words[i + 1]?.lower !== 'to' || words[i + 2]?.pos !== 'VERB' || !/ing$/u.test(words[i + 2]!.lower)) continue;
          const staying = grammarWords().stayingVerbs.has(words[i - 1]?.lower ?? '') && tree.head(i) === i - 1;
          if (!grammarWords().beForms.has(words[i - 1]?.lower ?? '') && !staying && tree.dependent(i, 'aux:pass', 'cop') < 0) continue;
          const subject = tree.dependent(staying ? i - 1 : i, 'nsubj:pass', 'nsubj');
          // "Ruiz will meet the winner and is committed to ...": a second predicate shares the first's subject.
          const actor = entityIds(subject < 0 ? subjectActors(actors, words, tree, staying ? i - 1 : i, start) ?? [] : phraseActors(actors, words, tree, subject, start));
          // "assure leading Democrats that he is committed to ...": the promise verb's addressee.
          // The parser may hang the clause on the addressee instead, as a relative clause.
          const object = tree.relation(i) === 'acl:relcl' && ['obj', 'iobj'].includes(tree.relation(tree.head(i))) ? tree.head(i) : -1;
          const governor = object >= 0 ? tree.head(object) : tree.relation(i) === 'ccomp' ? tree.head(i) : -1;
          const addressee = governor >= 0 && cues().verbs.has(words[governor]!.lower) ? beneficiaryOf(actors, words, tree, governor, start) : undefined;
          if (actor.length > 0) add({ cue: words[i]!.start, actor, beneficiary: addressee ?? [], whatStart: words[i + 2]!.start, whatEnd: whatEnd(words, i + 2, end), due: null, event: null, sentence, rule: `state:${words[i]!.lower}` });
        }
      }
      // 1c. A commitment noun with its owner and the act after it: "his commitment to improving
      // services", "Smith's pledge to ban ..." (not "a commitment to his views": no act).
      for (let i = start; i < end; i++) {
        // "full of promises to continue": the tagger may take the noun after a preposition for a verb.
        const noun = words[i]!.pos !== 'VERB' || words[i - 1]?.pos === 'ADP';
        // "a pledge to Japan last year to cut tariffs", "a pledge with Washington to refrain from":
        // past the party it is made to or with and a time; the one it is made to is its beneficiary.
        const party = ['to', 'with'].includes(words[i + 1]?.lower ?? '') ? actors.startingAt(i + 2) : undefined;
        const partyEnd = party !== undefined && actors.isActor(party) ? party.last + 1 : i + 1;
        const beforeAct = partyEnd + timeGap(words, partyEnd, end) - 1;
        // "his pledge to be neutral": the act may be a copula.
        // "his commitment not to raise taxes": a negation before "to" is part of what is promised.
        const to = grammarWords().negations.has(words[beforeAct + 1]?.lower ?? '') ? beforeAct + 2 : beforeAct + 1;
        // "his vow to temporarily ban ...": an adverb may stand before the act.
        const act = words[to + 1]?.pos === 'ADV' ? to + 2 : to + 1;
        if (!cues().nouns.has(words[i]!.lower) || !noun || covered(words[i]!.start) || words[to]?.lower !== 'to' || !['VERB', 'AUX'].includes(words[act]?.pos ?? '')) continue;
        // "his vague, newly formulated vow": past the words rules' reach, the owner in the parse.
        const worded = ownerOf(actors, words, i, start);
        const owner = worded.length > 0 || tree === null ? worded : parsedOwner(actors, tree, i, start);
        let actor = entityIds(owner.length > 0 || tree === null ? owner : ownerOfSubject(actors, tree, i));
        // "Smith made a pledge to cut taxes": the subject of the verb that makes the promise.
        const making = makingVerbBefore(words, i, start);
        if (actor.length === 0 && making >= 0) actor = entityIds(tree === null ? actorsBefore(actors, words, subjectEnd(words, making), start) : (subjectActors(actors, words, tree, making, start) ?? []));
        // "his pledge to cut taxes by 2018": a time ahead in what is promised is its deadline.
        // What is promised keeps its negation ("not to raise taxes"), as a promise verb's does.
        const first = to === beforeAct + 2 ? beforeAct + 1 : beforeAct + 2;
        const actEnd = whatEnd(words, first, tree === null ? end : Math.min(clauseEnd(tree, i, first, end), predicateTakenIntoAct(tree, words, i, start, end)));
        const beneficiary = party !== undefined && partyEnd > i + 1 && words[i + 1]!.lower === 'to' ? [party.entity.id] : [];
        if (actor.length > 0) add({ cue: words[i]!.start, actor, beneficiary, whatStart: words[first]!.start, whatEnd: actEnd, due: dueIn([words[first]!.start, actEnd], null), event: null, sentence, rule: `owned-noun:${words[i]!.lower}` });
      }
      // 1c''. A commitment noun whose maker follows it, with the act after "to": "quiet promises
      // from Ruiz and other bidders to back ...", "a pledge she and other bidders made
      // to back the winner".
      for (let i = start; i < end; i++) {
        if (!cues().nouns.has(words[i]!.lower) || words[i]!.pos === 'VERB' || covered(words[i]!.start)) continue;
        const made = makerAfter(actors, words, i, end);
        if (made === undefined) continue;
        const actEnd = whatEnd(words, made.act, end);
        add({ cue: words[i]!.start, actor: made.actor, beneficiary: [], whatStart: words[made.act]!.start, whatEnd: actEnd, due: dueIn([words[made.act]!.start, actEnd], null), event: null, sentence, rule: `maker-after:${words[i]!.lower}` });
      }
      // 1c'. A commitment noun its maker names in a relative clause, its content after a copula:
      // "The clearest promise Ms. Ruiz has made ... is that she will not raise fares".
      for (let i = start; i < end; i++) {
        if (!cues().nouns.has(words[i]!.lower) || words[i]!.pos === 'VERB' || covered(words[i]!.start)) continue;
        const made = madePromise(actors, words, i, end);
        if (made !== undefined) add({ cue: words[i]!.start, actor: made.actor, beneficiary: [], whatStart: words[made.content]!.start, whatEnd: whatEnd(words, made.content, end), due: null, event: null, sentence, rule: `made-noun:${words[i]!.lower}` });
      }
      // 1d. An announced act of the announcer's own: "Smith announced he will step down"; a
      // statement of will without a commitment word ("said he will") is none.
      if (tree !== null) {
        for (let i = start; i < end; i++) {
          if (!cues().announcements.has(words[i]!.lower) || covered(words[i]!.start)) continue;
          const clause = tree.dependent(i, 'ccomp');
          const announcer = entityIds(subjectActors(actors, words, tree, i, start) ?? []);
          if (clause < 0 || announcer.length === 0 || ![...tree.dependentsOf(clause)].some((dependent) => tree.relation(dependent) === 'aux' && cues().futureMarkers.has(words[dependent]!.lower))) continue;
          const doer = entityIds(treeSubjectActors(actors, words, tree, clause, start) ?? []);
          // "Acme announced it would close the plant": a body's "it" (or "they", "we") that the actors layer left unresolved is the announcer.
          const subject = tree.dependent(clause, 'nsubj');
          const ownPronoun = doer.length === 0 && subject >= 0 && grammarWords().bodyPronouns.has(words[subject]!.lower);
          if ((doer.length === 0 && !ownPronoun) || doer.some((id) => !announcer.includes(id))) continue;
          // "announced it will not renew the lease": the clause's negation is part of what is undertaken.
          const negation = [...tree.dependentsOf(clause)].find((dependent) => dependent < clause && tree.baseRelation(dependent) === 'advmod' && grammarWords().negations.has(words[dependent]!.lower));
          const first = negation ?? clause;
          add({ cue: words[i]!.start, actor: announcer, beneficiary: [], whatStart: words[first]!.start, whatEnd: whatEnd(words, first, end), due: dueIn([words[clause]!.start, words[Math.min(end, tree.extent(clause)[1])]!.end], null), event: null, sentence, rule: `announced:${words[i]!.lower}` });
        }
      }
      // 1e. A commitment the sentence names again after the one that states it: "... says she will
      // enlarge the coast guard. Ruiz made the pledge at a forum": the act of the sentence
      // before, with both sentences as evidence.
      if (index > 0) namedAgain(index, start, end);
      // 2. Plans: "Ukraine is looking to purchase ...".
      for (let i = start; i < end; i++) {
        // "announced plans Tuesday to", "announced on Friday its intention to": a time may stand inside the phrase.
        const listed = cues().plans.at(words, i);
        const plan = listed ?? announcedPlan(words, i, end);
        if (plan === undefined) continue;
        const act = i + plan.length;
        // "announced plans to cut fees": an announced plan undertakes any act of one's own; a plan alone only a material one ("is looking to purchase").
        const announced = cues().announcements.has(words[i]!.lower) || cues().announcements.has(words[i - 1]?.lower ?? '');
        if (words[act] === undefined || !(cues().acts.has(words[act]!.lower) || (announced && words[act]!.pos === 'VERB')) || covered(words[act]!.start)) continue;
        // The planner is the subject of the plan's verb in the parse ("Ukraine is looking to"), else the actors right before it.
        const parsed = tree === null ? undefined : treeSubjectActors(actors, words, tree, i, start);
        const actor = entityIds(parsed !== undefined && parsed.length > 0 ? parsed : actorsBefore(actors, words, subjectEnd(words, i), start));
        if (actor.length === 0) continue;
        const whatStop = whatEnd(words, act, end);
        // Those named in a material act are what it is for ("send tanks to Ukraine"); not so the object of any act ("investigate Trump").
        const named = cues().acts.has(words[act]!.lower) ? entityIds(namedIn(actors, words, act, wordAt(words, whatStop))) : [];
        // (The time inside "announced plans Tuesday to" dates the announcement: a deadline is read in the act.)
        const due = dueIn(listed === undefined ? [words[act]!.start, whatStop] : sentence, null);
        add({ cue: words[i]!.start, actor, beneficiary: named, whatStart: words[act]!.start, whatEnd: whatStop, due, event: null, sentence, rule: listed === undefined ? `announced-plan:${words[i]!.lower}` : `plan:${plan.join(' ')}` });
      }
      // 2b. An agreement signed with an act after "to": "Norway and Sweden signed an accord on Monday
      // to share patrols" commits those who signed it; an agreement only reached or talked of does not.
      for (let i = start; i < end; i++) {
        // ("required staff to sign nondisclosure agreements to prevent leaks": signed by others, the "to" a purpose.)
        if (!cues().signingVerbs.has(words[i]!.lower) || words[i]!.pos !== 'VERB' || words[i - 1]?.lower === 'to' || covered(words[i]!.start)) continue;
        const act = signedAgreementAct(words, i, end);
        if (act < 0 || covered(words[act]!.start)) continue;
        // "would sign an agreement to": one that only might be signed commits nobody yet.
        if (tree !== null && auxiliariesOf(tree, words, i).some((word) => grammarWords().hypotheticalModals.has(word.lower) || grammarWords().negations.has(word.lower))) continue;
        const parsed = tree === null ? undefined : treeSubjectActors(actors, words, tree, i, start);
        const actor = entityIds(parsed !== undefined && parsed.length > 0 ? parsed : actorsBefore(actors, words, subjectEnd(words, i), start));
        if (actor.length === 0) continue;
        const whatStop = whatEnd(words, act, end);
        add({ cue: words[i]!.start, actor, beneficiary: [], whatStart: words[act]!.start, whatEnd: whatStop, due: dueIn([words[act]!.start, whatStop], null), event: null, sentence, rule: `signed-agreement:${words[i]!.lower}` });
      }
      // 3. A commitment noun with a deadline: "formal guarantees would be signed within ten days".
      const due = dueIn(sentence, null);
      // The commitment noun nearest before the deadline is what it is for.
      for (let i = due === null || due.span === null ? -1 : wordAt(words, due.span.start) - 1; i >= start; i--) {
        // "from undertaking design": a gerund, not the noun.
        if (!cues().nouns.has(words[i]!.lower) || words[i]!.pos === 'VERB' || covered(words[i]!.start)) continue;
        // "called to mind the promise of reconciliation ... today": a promise "of" a thing is a prospect, no undertaking.
        if (words[i + 1]?.lower === 'of') continue;
        // "Smith made the pledge at a rally on Monday": the time is when the promise was made, not its deadline.
        if (madeBefore(words, i, start)) break;
        // "the United States' guarantees", "US guarantees": an owner right before the noun.
        const possessive = /^['’]s?$/u.test(words[i - 1]?.text ?? '') ? i - 1 : i;
        const owner = actorsBefore(actors, words, possessive, Math.max(start, possessive - 1));
        const previous = commitments.at(-1);
        const actor = owner.length > 0 ? entityIds(owner) : previous?.actor ?? [];
        const beneficiary = owner.length > 0 ? [] : previous?.beneficiary ?? [];
        add({ cue: words[i]!.start, actor, beneficiary, whatStart: nounPhraseStart(words, i, start), whatEnd: whatEnd(words, i, end), due: due!, event: null, sentence, rule: `noun-with-deadline:${words[i]!.lower}` });
        break;
      }
    });
    // 4. A first-person future in a speaker's quote that restates a vow the article reports of
    // them ("Mayor vows to be more careful" ... "From now on, I will be more careful"):
    // the article calls it a vow, so it is one; a bare "I will" is none.
    for (const quote of quotes) {
      const speaker = quote.speaker?.entity;
      if (quote.kind !== 'direct' || speaker == null) continue;
      const [first, last] = [wordAt(words, quote.start), wordAt(words, quote.end)];
      for (let i = first; i < last - 2; i++) {
        if (!grammarWords().firstPersonSubjects.has(words[i]!.lower) || !grammarWords().firstPersonFuture.has(words[i + 1]!.lower) || !['VERB', 'AUX'].includes(words[i + 2]!.pos) || covered(words[i + 2]!.start)) continue;
        const sentence = sentences[words[i]!.sentence]!;
        const actEnd = whatEnd(words, i + 2, Math.min(last, wordAt(words, sentence[1])));
        const act = contentWords(text.slice(words[i + 2]!.start, actEnd));
        const restated = commitments.find((commitment) => commitment.actor.includes(speaker) && commitment.evidence.end <= sentence[0] && act.length >= MIN_RESTATED_WORDS && act.every((word) => contentWords(commitment.what).includes(word)));
        if (restated === undefined) continue;
        add({ cue: words[i]!.start, actor: [speaker], beneficiary: [], whatStart: words[i + 2]!.start, whatEnd: actEnd, due: dueIn(sentence, null), event: null, sentence, rule: `quoted-vow:${words[i + 1]!.lower}` });
      }
    }
    return commitments;
  },
};

/** How many content words a quoted "I will ..." must share with a reported vow to restate it (not "I'll say I'm pro-Israel" after a pledge on Israel). */
const MIN_RESTATED_WORDS = 2;

/** The words of a phrase that carry its content: four letters or more, lower-cased ("more", "circumspect"). */
const contentWords = (phrase: string) => (phrase.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !functionWords().has(word));
/** English function words (data/english-function-words.json), which carry no content. */
const functionWords = resource('commitment function words', (data) => readFunctionWords(data).words);

/**
 * To whom commitment verb `trigger` promises, in the parse: its indirect object ("assured Kyiv
 * of"), an object with a clause after it ("assured Kyiv that"), or its "to" phrase ("pledged
 * aid to Kyiv"). Undefined when the parse names none, for `addressedAfter` to stand in.
 */
function beneficiaryOf(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, trigger: number, floor: number): string[] | undefined {
  for (const dependent of tree.dependentsOf(trigger)) {
    if (dependent < trigger) continue;
    const relation = tree.relation(dependent);
    const addressed = relation === 'iobj' || (relation === 'obj' && (tree.dependent(trigger, 'ccomp', 'xcomp') > dependent || clauseInObject(tree, words, dependent) >= 0))
      || (relation === 'obl' && words[tree.dependent(dependent, 'case')]?.lower === 'to');
    if (!addressed) continue;
    // "assure fellow senators and leading Democrats that ...": the parser may hang the object's conjuncts on the verb.
    const clause = tree.dependent(trigger, 'ccomp');
    const conjuncts = [...tree.dependentsOf(trigger)].filter((other) => other > dependent && other < clause && tree.relation(other) === 'conj');
    const found = entityIds([dependent, ...conjuncts].flatMap((phrase) => phraseActors(actors, words, tree, phrase, floor)));
    if (found.length > 0) return found;
  }
  return undefined;
}

/**
 * The words `[first, last]` of the noun phrase a relative clause of promise verb `trigger`
 * qualifies, when the promised act at `act` has no object of its own ("the patience and good
 * sense he promised to bring to the council": "the patience and good sense"); null otherwise.
 */
function relativeAntecedent(tree: DependencyTree, words: readonly Word[], trigger: number, act: number): [number, number] | null {
  if (tree.relation(trigger) !== 'acl:relcl' || words[act]?.pos !== 'VERB' || tree.head(act) !== trigger) return null;
  if ([...tree.dependentsOf(act)].some((dependent) => ['obj', 'iobj', 'ccomp', 'xcomp'].includes(tree.relation(dependent)))) return null;
  const noun = tree.head(trigger);
  let first = tree.extent(noun)[0];
  let last = tree.extent(trigger)[0] - 1;
  while (first <= last && ['ADP', 'SCONJ'].includes(words[first]!.pos)) first++;
  while (last >= first && grammarWords().relativePronouns.has(words[last]!.lower)) last--;
  return last >= first && last < trigger && ['NOUN', 'PROPN'].includes(words[last]!.pos) ? [first, last] : null;
}

/** How many words a relative clause naming who made a promise may run before its copula ("has made in clinching the nomination"). */
const MAX_MADE_CLAUSE_WORDS = 8;

/**
 * "promise Mrs. Clinton has made ... is that she will ...": the actor named right after
 * commitment noun `noun` with one of `makingVerbs` after it, and where the content starts, after
 * a copula and "that"; undefined when the words do not run so.
 */
function madePromise(actors: ActorIndex, words: readonly Word[], noun: number, end: number): { actor: string[]; content: number } | undefined {
  let k = noun + 1;
  // A title before the name ("Mrs.", "President").
  while (k < end && k - noun <= 2 && actors.startingAt(k) === undefined && isCapitalised(words[k])) k++;
  const maker = actors.startingAt(k);
  if (maker === undefined || !actors.isActor(maker)) return undefined;
  k = maker.last + 1;
  while (k < end && words[k]!.pos === 'AUX') k++;
  if (!cues().makingVerbs.has(words[k]?.lower ?? '')) return undefined;
  for (let i = k + 1; i < end && i - k <= MAX_MADE_CLAUSE_WORDS; i++) {
    if (grammarWords().beForms.has(words[i]!.lower) && words[i + 1]?.lower === 'that' && i + 2 < end) return { actor: [maker.entity.id], content: i + 2 };
  }
  return undefined;
}

/** How many words may name the maker between a commitment noun and its act ("from Clinton and other candidates"). */
const MAX_MAKER_WORDS = 6;

/**
 * The maker of commitment noun `noun` named right after it, and the first word of its act after
 * "to": after "from" ("promises from Ruiz to back"), or before one of `makingVerbs` ("a
 * pledge she and other bidders made to back"); undefined when the words do not run so.
 */
function makerAfter(actors: ActorIndex, words: readonly Word[], noun: number, end: number): { actor: string[]; act: number } | undefined {
  const from = words[noun + 1]?.lower === 'from';
  const first = from ? noun + 2 : noun + 1;
  // The maker's words: names, pronouns, "and", "other" and nouns ("other candidates"), no verb but the making one.
  let k = first;
  while (k < end && k - first < MAX_MAKER_WORDS && words[k]!.lower !== 'to' && !(!from && cues().makingVerbs.has(words[k]!.lower)) && ['PROPN', 'PRON', 'NOUN', 'ADJ', 'CCONJ', 'PUNCT', 'DET'].includes(words[k]!.pos) && words[k]!.text !== ',') k++;
  if (!from) {
    if (!cues().makingVerbs.has(words[k]?.lower ?? '')) return undefined;
    k++;
  }
  if (words[k]?.lower !== 'to' || !['VERB', 'AUX'].includes(words[k + 1]?.pos ?? '')) return undefined;
  const makers: Mention[] = [];
  for (let i = first; i < k; i++) {
    const mention = actors.startingAt(i);
    if (mention !== undefined && (mention.kind === 'pronoun' || actors.isActor(mention))) makers.push(mention);
  }
  // The first words after the noun name the maker, past a title ("a pledge he made", "promises from Gov. Smith"), not a noun the promise is about.
  if (makers.length === 0 || range(first, makers[0]!.first).some((i) => !isCapitalised(words[i]))) return undefined;
  return { actor: entityIds(makers), act: k + 1 };
}

/** Whether one of `makingVerbs` governs commitment noun `noun`, past its determiner or owner ("made the pledge", "gave his word"). */
const madeBefore = (words: readonly Word[], noun: number, floor: number) => makingVerbBefore(words, noun, floor) >= 0;

/** The one of `makingVerbs` that governs commitment noun `noun`, past its determiner or owner; -1 when none does. */
/**
 * An announcement of a plan: one of `announcements`, then a time, a determiner or possessive and
 * one of `announcedPlanNouns`, then a time and "to" ("announced on Friday plans to", "announced
 * plans Tuesday to", "announced a program to"): the phrase's words up to the act.
 */
function announcedPlan(words: readonly Word[], at: number, end: number): readonly string[] | undefined {
  if (!cues().announcements.has(words[at]!.lower)) return undefined;
  const before = timeGap(words, at + 1, end);
  let k = at + 1 + before;
  if (grammarWords().articles.has(words[k]?.lower ?? '') || grammarWords().possessivePronouns.has(words[k]?.lower ?? '')) k++;
  if (!cues().announcedPlanNouns.has(words[k]?.lower ?? '')) return undefined;
  const after = timeGap(words, k + 1, end);
  const to = k + 1 + after;
  if (words[to]?.lower !== 'to') return undefined;
  return words.slice(at, to + 1).map((word) => word.lower);
}

/** How many words may qualify an agreement noun after its signing verb ("signed a new bilateral trade agreement"). */
const MAX_AGREEMENT_WORDS = 4;

/**
 * The act an agreement a signing verb at `verb` takes as its object commits to: "signed an
 * agreement to allow", "signed a trade pact last year to cut tariffs"; -1 when none follows.
 */
function signedAgreementAct(words: readonly Word[], verb: number, end: number): number {
  // One agreement, named by its determiner ("an agreement", "the accord"): "signed agreements to" is any.
  if (!grammarWords().articles.has(words[verb + 1]?.lower ?? '') && !grammarWords().possessivePronouns.has(words[verb + 1]?.lower ?? '')) return -1;
  let k = verb + 1;
  while (k < end && k - verb <= MAX_AGREEMENT_WORDS && !cues().agreementNouns.has(words[k]!.lower)) {
    if (!(grammarWords().articles.has(words[k]!.lower) || grammarWords().possessivePronouns.has(words[k]!.lower) || ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[k]!.pos))) return -1;
    k++;
  }
  if (!cues().agreementNouns.has(words[k]?.lower ?? '')) return -1;
  const to = k + 1 + timeGap(words, k + 1, end);
  const act = grammarWords().negations.has(words[to + 1]?.lower ?? '') ? to + 2 : to + 1;
  if (words[to]?.lower !== 'to' || words[act]?.pos !== 'VERB') return -1;
  return to + 1;
}

function makingVerbBefore(words: readonly Word[], noun: number, floor: number): number {
  let k = noun - 1;
  while (k > floor && (grammarWords().articles.has(words[k]!.lower) || grammarWords().possessivePronouns.has(words[k]!.lower) || grammarWords().demonstratives.has(words[k]!.lower) || words[k]!.pos === 'ADJ')) k--;
  return k >= floor && k < noun - 1 && cues().makingVerbs.has(words[k]!.lower) ? k : -1;
}

/**
 * The first word of an act that one of `makers` will do in words `[start, end)`: the verb after a
 * future marker whose subject, right before it, is a mention of a maker ("says he will expand
 * ..."); -1 when there is none.
 */
function futureActOf(actors: ActorIndex, words: readonly Word[], makers: readonly string[], start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (!cues().futureMarkers.has(words[k]!.lower) || words[k + 1]!.pos !== 'VERB') continue;
    const subject = actors.endingAt(k - 1);
    if (subject !== undefined && makers.includes(subject.entity.id)) return k + 1;
  }
  return -1;
}

/** How many title words may stand between a promise verb and its addressee ("assured US President Donald Trump"). */
const MAX_ADDRESSEE_TITLE_WORDS = 3;

/** The event's targets that the words right after promise verb `trigger` name, past a determiner and title words: its addressee. */
function addressedAfter(actors: ActorIndex, words: readonly Word[], trigger: number, target: readonly string[]): string[] {
  for (let k = trigger + 1; k <= trigger + 1 + MAX_ADDRESSEE_TITLE_WORDS; k++) {
    const mention = actors.startingAt(k);
    if (mention !== undefined) return target.includes(mention.entity.id) ? [mention.entity.id] : [];
    if (words[k] === undefined || !(grammarWords().articles.has(words[k]!.lower) || isCapitalised(words[k]))) return [];
  }
  return [];
}

/**
 * The party the promised act at `act` is done for: its object, a person or organisation, when
 * the act is one of `beneficiaryActs` ("to make Jones secretary", "to put him in charge"); []
 * otherwise, and for an object made to act ("make Apple build ...") or a place ("put New York in
 * play").
 */
function actedFor(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, act: number, floor: number): string[] {
  if (!cues().beneficiaryActs.has(words[act]?.lower ?? '')) return [];
  const object = tree.dependent(act, 'obj');
  if (object < 0 || [...tree.dependentsOf(act)].some((dependent) => dependent > object && tree.relation(dependent) === 'xcomp' && words[dependent]!.pos === 'VERB')) return [];
  return entityIds(phraseActors(actors, words, tree, object, floor).filter((mention) => ['PERSON', 'ORG'].includes(mention.entity.type)));
}

/** The event's target that the promised act goes "to" ("to send two ships to Iceland"), in words `[from, to)`: its recipient. */
function recipientIn(actors: ActorIndex, words: readonly Word[], from: number, to: number, target: readonly string[]): string[] {
  for (let k = from; k < to - 1; k++) {
    if (words[k]!.lower !== 'to') continue;
    const mention = actors.startingAt(k + 1);
    if (mention !== undefined && target.includes(mention.entity.id)) return [mention.entity.id];
  }
  return [];
}

/**
 * Whether promise verb `trigger` has an object or complement after it in the parse: "vowed to
 * win", "promised a review", "agreed to an interview", not "the sin he commits is ..." nor
 * "someone committed to his views".
 */
function takesComplement(tree: DependencyTree, words: readonly Word[], trigger: number): boolean {
  return [...tree.dependentsOf(trigger)].some((dependent) => dependent > trigger && (['xcomp', 'ccomp', 'obj', 'iobj'].includes(tree.relation(dependent))
    || (cues().agreements.has(words[trigger]!.lower) && tree.relation(dependent) === 'obl' && words[tree.dependent(dependent, 'case')]?.lower === 'to')));
}

/** Words between a relative pronoun and the copula whose predicate it qualifies ("is a serial liar, xenophobe and birther who"). */
const PREDICATE_TAGS = new Set(['NOUN', 'ADJ', 'DET', 'CCONJ', 'PUNCT', 'ADV']);
/** How far back from a relative pronoun its copula may be. */
const MAX_PREDICATE_WORDS = 16;

/**
 * The subject of the copula whose predicate a relative pronoun subject qualifies, by the word
 * rules, where the parse hangs the clause elsewhere ("Trump ... is a serial liar, racist and
 * birther who has pledged to ...": Trump). Undefined when the subject is no relative pronoun.
 */
function relativeSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number): string[] | undefined {
  const subject = tree.nearestDependent(verb, 'nsubj');
  if (subject < 0 || !grammarWords().subjectRelatives.has(words[subject]!.lower)) return undefined;
  for (let k = subject - 1; k >= floor && subject - k <= MAX_PREDICATE_WORDS; k--) {
    if (grammarWords().beForms.has(words[k]!.lower) && words[k]!.pos === 'AUX') return entityIds(actorsBefore(actors, words, subjectEnd(words, k), floor));
    if (!PREDICATE_TAGS.has(words[k]!.pos)) return undefined;
  }
  return undefined;
}

/**
 * Whether the promise word at `at`, right before "to" and a verb, is a verb by its place
 * whatever the tagger and the parse make of it: after a coordinator ("rails against the deal
 * and pledges to stand firm", taken for a noun) or, in -ing, after a comma ("was in Maine,
 * promising to build a wall", taken for an adjective).
 */
function looseVerbUse(words: readonly Word[], at: number): boolean {
  if (words[at + 1]?.lower !== 'to' || words[at + 2]?.pos !== 'VERB') return false;
  const before = words[at - 1];
  return /ing$/u.test(words[at]!.lower) ? before?.text === ',' : /(s|ed)$/u.test(words[at]!.lower) && grammarWords().subjectCoordinators.has(before?.lower ?? '');
}

/**
 * The promiser of a promise word read as a verb by its place (looseVerbUse): the subject of the
 * nearest verb before it in the sentence, in the parse or by the word rules; [] where none.
 */
function looseVerbSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, at: number, floor: number): string[] {
  for (let k = at - 1; k >= floor; k--) {
    if (words[k]!.pos !== 'VERB' && !(words[k]!.pos === 'AUX' && grammarWords().beForms.has(words[k]!.lower))) continue;
    const parsed = subjectActors(actors, words, tree, k, floor) ?? [];
    return entityIds(parsed.length > 0 ? parsed : actorsBefore(actors, words, subjectEnd(words, k), floor));
  }
  return [];
}

/**
 * The subject of the sentence's main verb for a participle with no subject or auxiliary of its
 * own, which the parser hangs on another clause ("The mayor wrote to backers saying: “The
 * work goes on” and vowing to stay": the mayor); [] otherwise.
 */
function participleSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number): string[] {
  if (!/ing$/u.test(words[verb]!.lower) || [...tree.dependentsOf(verb)].some((dependent) => ['aux', 'nsubj'].includes(tree.baseRelation(dependent)))) return [];
  let root = verb;
  while (tree.head(root) >= 0) root = tree.head(root);
  const subject = root === verb ? -1 : tree.nearestDependent(root, 'nsubj');
  return subject < 0 || subject < floor ? [] : entityIds(phraseActors(actors, words, tree, subject, floor));
}

/**
 * The person a headline's bare title subject stands for ("Justice vows to be more circumspect"):
 * a capitalised common noun with no determiner or owner, which the article uses for exactly one
 * person, as the end of a description of them ("the justice") or in a title they hold; [] otherwise.
 */
function bareTitleSubject(entities: readonly Entity[], words: readonly Word[], tree: DependencyTree, verb: number): string[] {
  const subject = tree.nearestDependent(verb, 'nsubj');
  if (subject < 0 || !isCapitalised(words[subject]) || !['NOUN', 'PROPN'].includes(words[subject]!.pos) || tree.extent(subject)[0] !== subject || tree.extent(subject)[1] !== subject) return [];
  const title = words[subject]!.lower;
  const lastWord = (phrase: string) => phrase.toLowerCase().split(/\s+/u).at(-1);
  const people = entities.filter((entity) => entity.type === 'PERSON'
    && (entity.mentions.some((mention) => mention.kind === 'nominal' && lastWord(mention.text) === title) || entity.roles.some((role) => lastWord(role.title) === title)));
  return people.length === 1 ? [people[0]!.id] : [];
}

/**
 * Whether the subject of promise verb `trigger` in the parse is a thing, a common noun that is no
 * mention of an actor ("Clinton's win in six states so far assures her of 318 delegates": a
 * prediction; "the government pledged" is a mention of its country).
 */
function thingAsSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  const subject = tree.nearestDependent(trigger, 'nsubj');
  // The tagger may take the noun for a verb ("win").
  if (subject < 0 || ['PROPN', 'PRON'].includes(words[subject]!.pos) || actors.covering(subject) !== undefined) return false;
  // "the city administration has promised", "Republican lawmakers have vowed": a body or group
  // named by an actor that modifies the noun is that actor's.
  if ([...tree.dependentsOf(subject)].some((dependent) => GROUP_MODIFIERS.has(tree.relation(dependent)) && actorCovering(actors, dependent))) return false;
  // "Three years after Republicans vowed": the parser may take the time for the subject, the
  // actor after it for the time's modifier.
  return !(cues().timeNouns.has(words[subject]!.lower) && [...tree.dependentsOf(subject)].some((dependent) => dependent > subject && tree.relation(dependent) === 'nmod' && actorCovering(actors, dependent)));
}

/** Relations of a noun's modifiers that name whose body or group it is ("the Obama administration", "Republican lawmakers"; not "Trump's wall"). */
const GROUP_MODIFIERS = new Set(['compound', 'amod']);

/** Whether an actor (a person, organisation, country or people) covers word `index`. */
const actorCovering = (actors: ActorIndex, index: number) => {
  const mention = actors.covering(index);
  return mention !== undefined && actors.isActor(mention);
};

/** Whether words `[start, end)` end with a question mark, before any closing quotation marks. */
function isQuestion(words: readonly Word[], start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && /^[”"’']$/u.test(words[last]!.text)) last--;
  return words[last]?.text === '?';
}

/** The speaker of the direct quote a first-person subject ("We assure you ...") of verb `verb` speaks in; [] otherwise. */
function speakerOfFirstPerson(quotes: readonly Quote[], words: readonly Word[], tree: DependencyTree, verb: number): string[] {
  const subject = tree.nearestDependent(verb, 'nsubj');
  if (subject < 0 || !grammarWords().firstPersonSubjects.has(words[subject]!.lower)) return [];
  const quote = quotes.find((candidate) => candidate.kind === 'direct' && candidate.start <= words[subject]!.start && words[verb]!.end <= candidate.end);
  return quote?.speaker?.entity == null ? [] : [quote.speaker.entity];
}

/** Relations of a commitment verb's dependent that say what is promised. */
const PROMISED_RELATIONS = new Set(['xcomp', 'ccomp', 'obj']);

/**
 * The first word of what commitment verb `trigger` promises in the parse: its first complement
 * or object after it ("pledged to send", "vowed that ...", "pledged 40 million euros to fund
 * ...": the money), past its "to" or "that"; -1 when the parse gives none.
 */
function promisedStart(tree: DependencyTree, words: readonly Word[], actors: ActorIndex, trigger: number): number {
  for (const dependent of tree.dependentsOf(trigger)) {
    if (dependent < trigger || !PROMISED_RELATIONS.has(tree.relation(dependent))) continue;
    // "promising voters that ...": an object before a clause is the addressee.
    if (tree.relation(dependent) === 'obj' && tree.dependent(trigger, 'ccomp') > dependent) continue;
    // "agreed late last year to extend": a time the parser takes for the object, before the act.
    if (tree.relation(dependent) === 'obj' && cues().timeNouns.has(words[dependent]!.lower) && tree.dependent(trigger, 'xcomp') > dependent) continue;
    let first = tree.extent(dependent)[0];
    // "pledged Ukraine $500 million", "assured President Zelenskiy of ...": the parser often takes
    // the addressee into the object or complement. An actor before the head is that or an owner
    // ("the United States' commitment"), which the word rules tell apart.
    if (range(first, dependent + 1).some((k) => actors.covering(k) !== undefined)) return -1;
    const clause = ['obj', 'iobj'].includes(tree.relation(dependent)) ? clauseInObject(tree, words, dependent) : -1;
    if (clause >= 0) return clause + 1;
    while (first < dependent && ['to', 'that', ','].includes(words[first]!.lower)) first++;
    return first;
  }
  return -1;
}

/**
 * The "that" of a clause the parser hung inside the object of a promise verb, where it is the
 * verb's complement ("promising members of Congress that the inquiry will be given priority": a
 * relative clause of "members"); -1 when the object holds none.
 */
function clauseInObject(tree: DependencyTree, words: readonly Word[], object: number): number {
  const [, last] = tree.extent(object);
  for (let k = object + 1; k <= last; k++) if (words[k]!.lower === 'that' && tree.relation(k) === 'mark') return k;
  return -1;
}

/** Where what an intent verb commits to starts: after its addressee and "of"/"to"/"that" ("assured Zelenskiy of ..."). */
function whatStart(words: readonly Word[], actors: ActorIndex, from: number, end: number): number {
  // "pledged to cut taxes if she is elected": the infinitive right after the verb is what is
  // promised, past a quotation mark or an adverb before it ("vowed to “fix” the ferry timetable",
  // "agreed to effectively lend").
  if (words[from]?.lower === 'to' && actAt(words, from + 1, end) >= 0) return from + 1;
  let i = from;
  for (let k = from; k < end && k - from < 6; k++) {
    const mention = actors.startingAt(k);
    if (mention !== undefined) {
      // "welcomed Ginsburg's remarks": an owner is part of what follows; "vowed she and her aides
      // would keep going": a subject shared with others is part of it too.
      const shared = grammarWords().subjectCoordinators.has(words[mention.last + 1]?.lower ?? '');
      i = /^['’]s?$/u.test(words[mention.last + 1]?.text ?? '') || shared ? mention.first : mention.last + 1;
      break;
    }
  }
  // "agreed on Tuesday to begin patrols": after a phrase of time or place, what is promised starts at the infinitive.
  for (let k = i; words[i]?.pos === 'ADP' && k < end && k - i < 4; k++) {
    if (words[k]!.lower === 'to' && words[k + 1]?.pos === 'VERB') return k + 1;
  }
  while (i < end && ['of', 'to', 'that', ','].includes(words[i]!.lower)) i++;
  return i;
}

/** Whether a word is an opening quotation mark. */
const isOpeningQuote = (word: Word | undefined) => word !== undefined && /^[“"‘]$/u.test(word.text);

/** How many quotation marks and adverbs may stand between "to" and its act ("to “end”", "to effectively lend", "to “fully and"). */
const MAX_BEFORE_ACT = 2;

/** The act (a verb) at word `at` or past the opening quotation marks and adverbs before it ("“end”", "effectively lend"); -1 when none. */
function actAt(words: readonly Word[], at: number, end: number): number {
  for (let k = at; k < end && k - at <= MAX_BEFORE_ACT; k++) {
    if (['VERB', 'AUX'].includes(words[k]!.pos)) return k;
    // The tagger reads a quoted word alone: after a quotation mark, any word that opens no noun phrase.
    if (k > at && isOpeningQuote(words[k - 1]) && ['NOUN', 'ADJ'].includes(words[k]!.pos) && /^\p{Ll}/u.test(words[k]!.text)) return k;
    if (!isOpeningQuote(words[k]) && words[k]!.pos !== 'ADV') return -1;
  }
  return -1;
}

/** Past a condition that opens what is promised ("pledged that, if elected, he would ..."): it is the status's, not the act's. */
function skipCondition(words: readonly Word[], from: number, end: number): number {
  // Past the end of the text when the addressee ends it ("..., Norway assured Ukraine").
  if (from >= end) return from;
  if (cues().conditions.at(words, from) !== undefined) {
    for (let i = from; i < end; i++) if (words[i]!.text === ',') return i + 1;
    return from;
  }
  // "promising that in every round of talks, “we will bring ...”": a fronted phrase of circumstance is no part of the act.
  const fronted = words[from]!.lower === 'that' ? from + 1 : from;
  if (words[fronted]?.pos !== 'ADP') return from;
  for (let i = fronted + 1; i < end && i - fronted <= MAX_FRONTED_WORDS; i++) {
    if (words[i]!.text !== ',') continue;
    const after = /^[“"]$/u.test(words[i + 1]?.text ?? '') ? i + 2 : i + 1;
    return words.slice(after, after + 3).some((word) => cues().futureMarkers.has(word.lower)) ? after : from;
  }
  return from;
}

/** How many words a fronted phrase before what is promised may run ("in any negotiation,"). */
const MAX_FRONTED_WORDS = 6;

/**
 * Where the sentence's own predicate starts when the parser took a commitment noun that opens the
 * sentence for its root and that predicate for part of the promised act ("Trump's controversial
 * pledge to ban Muslims angered Jewish leaders": "angered"): the first verb in -ed right after a
 * noun of the act; `end` when the noun is not such a root or a verb comes before it.
 */
function predicateTakenIntoAct(tree: DependencyTree, words: readonly Word[], noun: number, start: number, end: number): number {
  if (tree.relation(noun) !== 'root' || words.slice(start, noun).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return end;
  for (let k = noun + 3; k < end; k++) {
    if (words[k]!.pos === 'VERB' && /ed$/u.test(words[k]!.lower) && ['NOUN', 'PROPN', 'PRON'].includes(words[k - 1]!.pos)) return k;
  }
  return end;
}

/** Where the promise verb's own clause ends: before a verb coordinated with it ("pledged a revolution and said that ..."). */
function clauseEnd(tree: DependencyTree, trigger: number, after: number, end: number): number {
  for (const dependent of tree.dependentsOf(trigger)) if (dependent > after && tree.relation(dependent) === 'conj') return Math.min(end, tree.extent(dependent)[0]);
  // "his promises of aid to poor nations have been modest": a promise noun that is its clause's subject ends with its phrase.
  if (['nsubj', 'nsubj:pass'].includes(tree.relation(trigger))) return Math.min(end, tree.extent(trigger)[1] + 1);
  return end;
}

/** Where what a commitment is about ends: the clause's end or the sentence's, or an occasion the promise was made at. */
function whatEnd(words: readonly Word[], from: number, end: number): number {
  let last = from;
  // "promises to keep campaigning and vowing to prevail ...": a promise verb after "and" starts another promise.
  const nextPromise = (i: number) => words[i]!.lower === 'and' && cues().verbs.has(words[i + 1]?.lower ?? '');
  // "to join the forum upon the condition that ...": a condition is the status's, not the act's.
  const condition = (i: number) => i > from && cues().conditions.at(words, i) !== undefined;
  // "the rifts she promised to mend have only grown wider": an auxiliary right after the act's
  // verb opens the clause the promise's relative clause sits in.
  const nextClause = (i: number) => i > from && words[i]!.pos === 'AUX' && words[i - 1]!.pos === 'VERB';
  for (let i = from; i < end && !grammarWords().whatEnds.has(words[i]!.lower) && !condition(i) && !(words[i]!.lower === 'no' && words[i + 1]?.lower === 'matter') && !nextPromise(i) && !nextClause(i) && !(i - from >= MIN_ACT_WORDS_BEFORE_OCCASION && startsOccasion(words, i)); i++) last = i;
  // "not to back her even if she wins": a focus word the cut-off condition took is not the act's.
  while (last > from && (/^[.,:!?"“”]$/u.test(words[last]!.text) || grammarWords().focusWords.has(words[last]!.lower))) last--;
  return words[last]!.end;
}

/**
 * Where the act starts in a promised clause at word `first` whose subject is the promiser and whose
 * verb has a future auxiliary ("pledged that, if elected, she would be a friend to farmers": "be a
 * friend to farmers"), the subject left out before (the word before `first` ends its mention) or
 * at `first`: the offset of the word after the auxiliary; `first`'s offset otherwise.
 */
function ownActStart(actors: ActorIndex, words: readonly Word[], first: number, promisers: readonly string[]): number {
  const mention = actors.startingAt(first) ?? actors.endingAt(first - 1);
  const auxiliary = mention === undefined ? -1 : mention.last + 1;
  const ownSubject = mention !== undefined && promisers.includes(mention.entity.id) && (auxiliary === first || mention.first === first);
  const isAct = ownSubject && grammarWords().ownFutureAuxiliaries.has(words[auxiliary]?.lower ?? '') && ['VERB', 'AUX', 'PART', 'ADV'].includes(words[auxiliary + 1]?.pos ?? '');
  return isAct ? words[auxiliary + 1]!.start : words[first]!.start;
}

/** How many words past the end of what is promised the mark closing a quotation it opened may be. */
const MAX_WORDS_TO_CLOSING_QUOTE = 12;

/**
 * The mark that closes a quotation opened within words `[first, last)` and left open there, when
 * it comes within MAX_WORDS_TO_CLOSING_QUOTE words before `sentenceEnd`, with the end offset of the
 * last quoted word before it, punctuation set inside the mark left out ("move the fair to the
 * “old heart of the county, Millbrook,” her aide said"); undefined when every quotation there is closed.
 */
function closingQuotation(words: readonly Word[], first: number, last: number, sentenceEnd: number): { mark: string; lastWordEnd: number } | undefined {
  let open = false;
  // A straight mark closes an open quotation and opens one otherwise.
  const isStraight = (word: Word) => word.text === '"' || word.text === "''";
  for (let k = first; k < last; k++) {
    const word = words[k]!;
    if (isStraight(word)) open = !open;
    else if (word.text === '“') open = true;
    else if (word.text === '”') open = false;
  }
  if (!open) return undefined;
  for (let k = last; k < sentenceEnd && k - last < MAX_WORDS_TO_CLOSING_QUOTE; k++) {
    const word = words[k]!;
    if (word.text === '“') return undefined;
    if (word.text !== '”' && !isStraight(word)) continue;
    let quotedEnd = k;
    while (quotedEnd > first && /^[.,;:]$/u.test(words[quotedEnd - 1]!.text)) quotedEnd--;
    return quotedEnd > first ? { mark: word.text, lastWordEnd: words[quotedEnd - 1]!.end } : undefined;
  }
  return undefined;
}

/** How many words of the act come before an occasion that ends it: "appear at the debate", "speak at a rally" are acts at the occasion. */
const MIN_ACT_WORDS_BEFORE_OCCASION = 3;
/** How many determiners and modifiers may stand between an occasion's preposition and its noun ("at a campaign event"). */
const MAX_OCCASION_MODIFIERS = 3;

/** Whether an occasion the promise was made at starts at word `at`: "at an event held by ...", "in an interview", "during his speech". */
function startsOccasion(words: readonly Word[], at: number): boolean {
  if (!cues().occasionPrepositions.has(words[at]!.lower)) return false;
  for (let k = at + 1; k < words.length && k - at <= MAX_OCCASION_MODIFIERS + 1; k++) {
    if (cues().occasions.has(words[k]!.lower) && words[k]!.pos === 'NOUN') return true;
    if (!['DET', 'ADJ', 'NOUN', 'PRON'].includes(words[k]!.pos)) return false;
  }
  return false;
}

/**
 * Whether promise verb `trigger` only claims something of another ("I can promise you she's never
 * going to be mayor", "I guarantee you, there's no problem"): its clause's subject is
 * "there" or a person other than the promisers.
 */
function claimsAboutOthers(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, trigger: number, promisers: readonly string[]): boolean {
  // A clause set off by a comma ("I guarantee you, there's no problem") may also be the reporting clause ("... face to face," she said): only its "there" claims.
  const aside = tree.dependent(trigger, 'parataxis');
  if (aside > trigger && words[tree.dependent(aside, 'expl', 'nsubj')]?.lower === 'there') return true;
  const clause = tree.dependent(trigger, 'ccomp');
  const subject = clause > trigger ? tree.dependent(clause, 'nsubj', 'nsubj:pass', 'expl') : -1;
  if (subject < 0) return false;
  if (words[subject]!.lower === 'there') return true;
  const mention = actors.covering(subject);
  // "We assure you that the Department will ...": a body its spokesman speaks for is no other.
  if (mention !== undefined) return mention.entity.type === 'PERSON' && actors.isActor(mention) && !promisers.includes(mention.entity.id);
  // "pledging that her father would ...", "assured supporters that the review would reach ...":
  // a thing or person named by a common noun acting in the clause is another's act, a claim;
  // a passive one is what the promiser undertakes ("that the investigation will be given priority").
  // "We assure you that the city will ...": a body the first person speaks for is no other.
  return tree.relation(subject) === 'nsubj' && words[subject]!.pos === 'NOUN' && !grammarWords().firstPersonSubjects.has(words[tree.dependent(trigger, 'nsubj')]?.lower ?? '');
}

/**
 * Whether what promise verb `trigger` is taken to promise, from `after`, is a finite clause (its
 * `ccomp`, with a subject) with no future marker in it; an infinitive ("promised to meet") and a
 * reporting clause after it ("..., records show") are not such a clause.
 */
function clauseWithoutFuture(tree: DependencyTree, words: readonly Word[], trigger: number, after: number, end: number): boolean {
  if (cues().futureIntroducers.has(words[after - 1]?.lower ?? '')) return false;
  const clause = tree.dependent(trigger, 'ccomp');
  if (clause < after || tree.dependent(clause, 'nsubj', 'nsubj:pass', 'expl') < 0) return false;
  return !range(after, wordAt(words, whatEnd(words, after, end)) + 1).some((k) => cues().futureMarkers.has(words[k]!.lower));
}

/** The start of the noun phrase a head noun ends ("formal guarantees"). */
function nounPhraseStart(words: readonly Word[], head: number, floor: number): number {
  let i = head;
  while (i > floor && ['ADJ', 'DET', 'NOUN', 'NUM'].includes(words[i - 1]!.pos)) i--;
  return words[i]!.start;
}

/** Words that may stand between an owner and its commitment noun ("his repeated public pledge"). */
const MAX_OWNER_GAP = 5;

/** The owner of the noun at `noun`: a possessive pronoun or a name with "'s" before it and its modifiers. */
function ownerOf(actors: ActorIndex, words: readonly Word[], noun: number, floor: number) {
  let k = noun - 1;
  // "his vague, newly formulated vow": adjectives, participles and the commas between them.
  const modifier = (at: number) => ['ADJ', 'ADV', 'NOUN'].includes(words[at]!.pos) || (words[at]!.pos === 'VERB' && /ed$/u.test(words[at]!.lower))
    || (words[at]!.text === ',' && ['ADJ', 'ADV'].includes(words[at - 1]?.pos ?? '') && ['ADJ', 'ADV'].includes(words[at + 1]?.pos ?? ''));
  while (k >= floor && noun - k <= MAX_OWNER_GAP && modifier(k)) k--;
  const pronoun = actors.startingAt(k);
  if (pronoun !== undefined && pronoun.kind === 'pronoun' && pronoun.last === k && grammarWords().possessivePronouns.has(words[k]!.lower)) return [pronoun];
  const owner = /^['’]s?$/u.test(words[k]?.text ?? '') ? actors.endingAt(k - 1) : undefined;
  return owner !== undefined && actors.isActor(owner) ? [owner] : [];
}

/** The owner the parse gives commitment noun `noun` ("his vague, newly formulated vow"), a possessive pronoun or an actor; [] when none. */
function parsedOwner(actors: ActorIndex, tree: DependencyTree, noun: number, floor: number): Mention[] {
  const owner = tree.dependent(noun, 'nmod:poss');
  const mention = owner < floor ? undefined : actors.covering(owner);
  return mention !== undefined && (mention.kind === 'pronoun' || actors.isActor(mention)) ? [mention] : [];
}

/**
 * The owner of the subject of the clause commitment noun `noun` is in, a person or organisation
 * ("her cheerful address was full of promises to keep campaigning": her); [] when it has none.
 */
function ownerOfSubject(actors: ActorIndex, tree: DependencyTree, noun: number): Mention[] {
  let predicate = noun;
  for (let steps = 0; steps < MAX_OWNER_STEPS && predicate >= 0 && tree.dependent(predicate, 'nsubj') < 0; steps++) predicate = tree.head(predicate);
  const subject = predicate < 0 ? -1 : tree.dependent(predicate, 'nsubj');
  const owner = subject < 0 ? -1 : tree.dependent(subject, 'nmod:poss');
  const mention = owner < 0 ? undefined : actors.covering(owner);
  return mention !== undefined && ['PERSON', 'ORG'].includes(mention.entity.type) ? [mention] : [];
}

/** How many heads up from a commitment noun its clause's predicate may be. */
const MAX_OWNER_STEPS = 3;

/** The actors named in words `[from, to)`, not those that only qualify a noun ("his Facebook stock"). */
function namedIn(actors: ActorIndex, words: readonly Word[], from: number, to: number) {
  const found = [];
  for (let i = from; i < to; i++) {
    const mention = actors.startingAt(i);
    if (mention !== undefined && actors.isActor(mention) && words[mention.last + 1]?.pos !== 'NOUN') found.push(mention);
  }
  return found;
}

/** The word before `index` past any adverbs ("delegates currently pledged"). */
function wordBeforeAdverbs(words: readonly Word[], index: number): number {
  let before = index - 1;
  while (before >= 0 && words[before]!.pos === 'ADV') before--;
  return before;
}

/**
 * Whether a commitment verb at `trigger` makes a commitment: not a passive ("is now assured of
 * winning": a prediction) nor a participle in a noun phrase ("among pledged delegates", "a large
 * pledged delegate lead").
 */
function isCommitmentVerb(words: readonly Word[], trigger: number): boolean {
  const before = wordBeforeAdverbs(words, trigger);
  // "is pledging" is active: a form of "be" makes a prediction only of a participle ("is assured of").
  if (isPassive(words, trigger) || (grammarWords().beForms.has(words[before]?.lower ?? '') && !/ing$/u.test(words[trigger]!.lower))) return false;
  const previous = words[trigger - 1];
  // "rallied thousands by promising to impose tariffs": a gerund after "by" is the subject's act.
  if (previous !== undefined && grammarWords().participleMarkers.has(previous.lower) && /ing$/u.test(words[trigger]!.lower)) return true;
  return !(previous !== undefined && (previous.pos === 'ADP' || previous.pos === 'ADJ' || grammarWords().articles.has(previous.lower)));
}

/**
 * Whether promise word `at` heads a participle clause in the parse, whatever the tagger calls it:
 * "spoke to farmers, promising to lift the limits", "rallied thousands by promising to impose
 * tariffs" (the tagger often takes "promising" for an adjective).
 */
function participleClause(tree: DependencyTree, words: readonly Word[], at: number): boolean {
  if (!/ing$/u.test(words[at]!.lower) || tree.relation(at) !== 'advcl') return false;
  // An act after "to" or a clause, not a bare object: "promising impossible growth" is a claim.
  const relations = [...tree.dependentsOf(at)].filter((dependent) => dependent > at).map((dependent) => tree.relation(dependent));
  return (relations.includes('xcomp') || relations.includes('ccomp')) && ![...tree.dependentsOf(at)].some((dependent) => ['det', 'nmod:poss', 'cop', 'nsubj'].includes(tree.relation(dependent)));
}

/**
 * What the text says became of a commitment: withdrawn, broken or kept when its sentence says so
 * outside what is promised, or the next sentence names a promise again and says so ("He broke
 * that pledge in 2001"), or opens with a contrast and says it was withdrawn or broken ("But when
 * the time came, Washington backed out"); else conditional when its sentence states a condition
 * that bears on the promise (with the parse: see `conditionBears`); else promised.
 */
function statusOf(words: readonly Word[], sentences: readonly [number, number][], index: number, promised: { start: number; end: number }, parsed?: { tree: DependencyTree; cue: number }): Commitment['status'] {
  const wordsOf = (sentence: number) => {
    const bounds = sentences[sentence];
    return bounds === undefined ? [] : range(wordAt(words, bounds[0]), wordAt(words, bounds[1]));
  };
  const outsidePromise = wordsOf(index).filter((i) => words[i]!.end <= promised.start || words[i]!.start >= promised.end);
  const next = wordsOf(index + 1);
  const namesPromise = next.some((i) => cues().promiseWords.has(words[i]!.lower));
  const contrasts = next.length > 0 && cues().contrastOpeners.has(words[next[0]!]!.lower);
  for (const { status, phrases } of cues().statuses) {
    if (outsidePromise.some((i) => phrases.at(words, i) !== undefined)) return status;
    if ((namesPromise || (contrasts && status !== 'kept')) && next.some((i) => phrases.at(words, i) !== undefined)) return status;
  }
  const bears = (i: number) => parsed === undefined || conditionBears(parsed.tree, parsed.cue, i);
  return wordsOf(index).some((i) => isCondition(words, i) && bears(i)) ? 'conditional' : 'promised';
}

/** Whether word `i` opens a condition: one of the condition phrases, not the end of a concession ("even if"). */
function isCondition(words: readonly Word[], i: number): boolean {
  return cues().conditions.at(words, i) !== undefined && (i === 0 || cues().concessions.at(words, i - 1) === undefined);
}

/** How many heads up from a condition word its clause is looked for ("as long as": the clause is a few words up). */
const MAX_CONDITION_STEPS = 3;
/** Relations down from a promise's cue to a clause inside what is promised ("pledged to cut taxes and raise wages if elected"). */
const PROMISED_PATH = new Set(['xcomp', 'ccomp', 'conj', 'obj', 'obl', 'advcl', 'acl']);
/** Relations down from what a condition modifies to a promise it governs ("If elected, she said she would pledge ...", "If he wins, Trump has indicated he would try ..., vowing to ..."). */
const GOVERNED_PATH = new Set(['xcomp', 'ccomp', 'advcl']);

/**
 * Whether the condition word at `condition` bears on the promise cued at `cue`: the clause it
 * opens modifies the cue, what is promised, or a verb the cue's clause reports to. Not when it
 * modifies another clause of the sentence ("If Clinton's wobbly on trade, she's Obama's equal,
 * and she vows to be tougher") or sits in a relative clause on someone else ("… and Trump, who
 * has pledged to make him secretary if he wins"). A promise inside the condition's own clause is
 * conditional too. A condition whose clause the parse does not show bears, as every condition did
 * before the parse was asked.
 */
function conditionBears(tree: DependencyTree, cue: number, condition: number): boolean {
  let clause = condition;
  for (let steps = 0; steps < MAX_CONDITION_STEPS && tree.baseRelation(clause) !== 'advcl'; steps++) {
    clause = tree.head(clause);
    if (clause < 0) return true;
  }
  if (tree.baseRelation(clause) !== 'advcl') return true;
  const modified = tree.head(clause);
  // A promise made in the condition itself ("… would pledge to cut if the Chinese would pledge to cap").
  return clause === cue || reachesDown(tree, clause, cue, PROMISED_PATH) || modified === cue || reachesDown(tree, cue, modified, PROMISED_PATH) || reachesDown(tree, modified, cue, GOVERNED_PATH);
}

/** Whether `to` lies below `from` in the tree through relations of `path` only. */
function reachesDown(tree: DependencyTree, from: number, to: number, path: ReadonlySet<string>): boolean {
  for (let word = to; word >= 0; word = tree.head(word)) {
    if (!path.has(tree.baseRelation(word))) return false;
    if (tree.head(word) === from) return true;
  }
  return false;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
