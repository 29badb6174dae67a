/**
 * Whether an event trigger is read in the sense its code names (data/events/senses.json): the
 * CAMEO patterns' required objects, context words some triggers need, figures of speech, passives
 * that state a condition, event nouns after a word that makes them a venue, and verbs that are
 * never events by themselves. A trigger that fails is no event: "faces a task", "beat Trump in
 * the poll", "a news conference", "signed the bill".
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import { actorsBefore, isPassive, isPossessiveMark, RELATIVE_PRONOUNS, subjectEnd, type ActorIndex, type Mention } from '../arguments.js';
import { describesPerson, isDescriptorNoun } from '../actors/nominals.js';
import type { DependencyTree } from '../tree.js';
import { hasNegativeSubject, isCapitalised, isClosingQuote, isOpeningQuote, isPluralForm, type Word } from '../words.js';

const ListsByName = Type.Record(Type.String(), Strings);

const SensesSchema = Type.Object({
  neverEvents: ListsByName,
  actorObject: Strings,
  actorObjectIn: ListsByName,
  objectNot: ListsByName,
  needsContext: ListsByName,
  metaphor: Type.Object({ categories: Strings, forms: Strings, contexts: Strings }),
  notPassive: Strings,
  namingAfterNoun: Strings,
  nounNotAfter: ListsByName,
  monthNouns: Strings,
  effortBeforeInfinitive: Strings,
  notBefore: ListsByName,
  verbalAttack: Type.Object({ forms: Strings, contexts: Strings, force: Strings, notByPerson: Strings }),
  venueAfter: Type.Object({ prepositions: Strings, nouns: Strings, atOnly: Strings, partners: Strings }),
  genericGerund: Type.Object({ after: Strings, afterNoun: Strings, openers: Strings, copulas: Strings }),
  notCompoundHeads: Strings,
  patternOnly: Strings,
  contestOverPerson: Strings,
  objectionsOfPerson: Strings,
  harmToPerson: Strings,
  stanceVerbs: Strings,
  objectInState: Strings,
  contestOverPlace: Strings,
  apologyForms: Strings,
  defenceForms: Strings,
  nounNeedsContext: ListsByName,
  purposeBeforeInfinitive: Strings,
  arrivalInBody: Strings,
  statistic: Type.Object({ shares: Strings, units: Strings, counts: Strings }),
  habitual: Type.Object({ adverbs: Strings, quantifiers: Strings, units: Strings }),
  candidacyCampaign: Type.Object({ verbs: Strings, nouns: Strings, qualifiers: Strings }),
  needsActorSubject: Strings,
  questions: Type.Object({ forms: Strings, openers: Strings, stops: Strings }),
  warnings: Type.Object({ forms: Strings, ownActSubjects: Strings, ownActModals: Strings }),
  codeByPreposition: Type.Record(Type.String(), Type.Record(Type.String(), Type.String())),
  needsForce: Strings,
  electoralChallenge: Type.Object({ forms: Strings, contexts: Strings }),
  admission: Type.Object({ forms: Strings, people: Strings }),
  futureBeforeVerb: Strings,
  namingRebuke: Type.Object({ forms: Strings, notAfter: Strings, judgements: Strings }),
  needsCounterpart: Type.Object({ categories: Strings, forms: Strings, partners: Strings }),
  statementBeforeThat: Strings,
  reflexiveObjects: Strings,
  heldResolve: Type.Object({ forms: ListsByName, linking: Strings }),
  signedDocuments: Type.Object({ forms: Strings, documents: Strings }),
  hosting: Type.Object({ forms: Strings, gatherings: Strings }),
  attending: Type.Object({ forms: Strings, gatherings: Strings }),
  votersChoice: Type.Object({ forms: Strings, voters: Strings }),
  interviews: Type.Object({ forms: Strings, sectors: Strings, prepositions: Strings, audiences: Strings }),
  codeBeforeInfinitive: Type.Record(Type.String(), Type.String()),
  ownGathering: Type.Object({ nouns: Strings, owners: Strings, partners: Strings }),
});

/** word -> the name of the list it is in, for lists whose name is the reason ("election" for "voted"). */
function byWord(lists: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, words] of Object.entries(lists)) for (const word of words) index.set(word, name);
  return index;
}

const senses = resource('event senses', (data) => {
  const raw = data.json('events/senses.json', SensesSchema);
  const sets = (record: Record<string, string[]>) => new Map(Object.entries(record).map(([key, words]) => [key, new Set(words)]));
  return {
    neverEvents: byWord(raw.neverEvents),
    actorObject: new Set(raw.actorObject),
    actorObjectIn: sets(raw.actorObjectIn),
    objectNot: byWord(raw.objectNot),
    needsContext: sets(raw.needsContext),
    metaphorCategories: new Set(raw.metaphor.categories),
    metaphorForms: new Set(raw.metaphor.forms),
    metaphorContexts: new Set(raw.metaphor.contexts),
    notPassive: new Set(raw.notPassive),
    namingAfterNoun: new Set(raw.namingAfterNoun),
    nounNotAfter: sets(raw.nounNotAfter),
    monthNouns: new Set(raw.monthNouns),
    effortBeforeInfinitive: new Set(raw.effortBeforeInfinitive),
    notBefore: sets(raw.notBefore),
    verbalAttack: { forms: new Set(raw.verbalAttack.forms), contexts: new Set(raw.verbalAttack.contexts), force: new Set(raw.verbalAttack.force), notByPerson: new Set(raw.verbalAttack.notByPerson) },
    venueAfter: { prepositions: new Set(raw.venueAfter.prepositions), nouns: new Set(raw.venueAfter.nouns), atOnly: new Set(raw.venueAfter.atOnly), partners: new Set(raw.venueAfter.partners) },
    genericGerund: { after: raw.genericGerund.after.map((phrase) => phrase.split(' ')), afterNoun: new Set(raw.genericGerund.afterNoun), openers: new Set(raw.genericGerund.openers), copulas: new Set(raw.genericGerund.copulas) },
    notCompoundHeads: new Set(raw.notCompoundHeads),
    patternOnly: new Set(raw.patternOnly),
    contestOverPerson: new Set(raw.contestOverPerson),
    objectionsOfPerson: new Set(raw.objectionsOfPerson),
    harmToPerson: new Set(raw.harmToPerson),
    stanceVerbs: new Set(raw.stanceVerbs),
    objectInState: new Set(raw.objectInState),
    contestOverPlace: new Set(raw.contestOverPlace),
    apologyForms: new Set(raw.apologyForms),
    defenceForms: new Set(raw.defenceForms),
    nounNeedsContext: sets(raw.nounNeedsContext),
    purposeBeforeInfinitive: new Set(raw.purposeBeforeInfinitive),
    arrivalInBody: new Set(raw.arrivalInBody),
    statistic: { shares: new Set(raw.statistic.shares), units: new Set(raw.statistic.units), counts: new Set(raw.statistic.counts) },
    habitual: { adverbs: new Set(raw.habitual.adverbs), quantifiers: new Set(raw.habitual.quantifiers), units: new Set(raw.habitual.units) },
    needsActorSubject: new Set(raw.needsActorSubject),
    warnings: { forms: new Set(raw.warnings.forms), ownActSubjects: new Set(raw.warnings.ownActSubjects), ownActModals: new Set(raw.warnings.ownActModals) },
    candidacyCampaign: { verbs: new Set(raw.candidacyCampaign.verbs), nouns: new Set(raw.candidacyCampaign.nouns), qualifiers: new Set(raw.candidacyCampaign.qualifiers) },
    needsForce: new Set(raw.needsForce),
    electoralChallenge: { forms: new Set(raw.electoralChallenge.forms), contexts: new Set(raw.electoralChallenge.contexts) },
    admission: { forms: new Set(raw.admission.forms), people: new Set(raw.admission.people) },
    futureBeforeVerb: new Set(raw.futureBeforeVerb),
    namingRebuke: { forms: new Set(raw.namingRebuke.forms), notAfter: new Set(raw.namingRebuke.notAfter), judgements: new Set(raw.namingRebuke.judgements) },
    questions: { forms: new Set(raw.questions.forms), openers: new Set(raw.questions.openers), stops: new Set(raw.questions.stops) },
    codeByPreposition: new Map(Object.entries(raw.codeByPreposition).map(([form, codes]) => [form, new Map(Object.entries(codes))])),
    needsCounterpart: { categories: new Set(raw.needsCounterpart.categories), forms: new Set(raw.needsCounterpart.forms), partners: new Set(raw.needsCounterpart.partners) },
    statementBeforeThat: new Set(raw.statementBeforeThat),
    heldResolve: { forms: sets(raw.heldResolve.forms), linking: new Set(raw.heldResolve.linking) },
    signedDocuments: { forms: new Set(raw.signedDocuments.forms), documents: new Set(raw.signedDocuments.documents) },
    hosting: { forms: new Set(raw.hosting.forms), gatherings: new Set(raw.hosting.gatherings) },
    attending: { forms: new Set(raw.attending.forms), gatherings: new Set(raw.attending.gatherings) },
    votersChoice: { forms: new Set(raw.votersChoice.forms), voters: new Set(raw.votersChoice.voters) },
    codeBeforeInfinitive: new Map(Object.entries(raw.codeBeforeInfinitive)),
    ownGathering: { nouns: new Set(raw.ownGathering.nouns), owners: new Set(raw.ownGathering.owners), partners: new Set(raw.ownGathering.partners) },
    interviews: { forms: new Set(raw.interviews.forms), sectors: new Set(raw.interviews.sectors), prepositions: new Set(raw.interviews.prepositions), audiences: new Set(raw.interviews.audiences) },
    reflexiveObjects: new Set(raw.reflexiveObjects),
  };
});

const OBJECT_PRONOUNS = new Set(['it', 'him', 'them', 'me', 'us']);
/** Categories whose object is what is claimed: taxes or wages there are the demand, not commerce. */
const CLAIMING_CATEGORIES = new Set(['REQUEST', 'PROTEST', 'THREATEN']);
/** Categories of material acts: a speech as their object is a speech given, not help, force or pressure. */
const MATERIAL_CATEGORIES = new Set(['AID', 'COOPERATE', 'ASSAULT', 'COERCE', 'MOBILIZE']);

/** A trigger, its clause and its sentence. */
export interface SenseInput {
  readonly words: readonly Word[];
  readonly first: number;
  readonly last: number;
  readonly nominal: boolean;
  readonly plover: string;
  /** First word of the trigger's clause and the word after its end. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** First word of the sentence and the word after its end. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly actors: ActorIndex;
  /** Whether one of the dictionary's patterns coded the trigger, not a verb's default code. */
  readonly patterned: boolean;
  /** The sentence's dependency tree, where the parser ran. */
  readonly tree: DependencyTree | null;
}

/**
 * Why the trigger is not read in its coded sense, or null when it is: a never-event class
 * ('cognition', 'election', 'statement', 'state'), 'passive', 'naming', 'context', 'effort',
 * 'generic', 'negated' (its subject is "nobody"), 'cause' (a thing forced it), 'statistic' (a poll's share or a measure's movement), 'object', an object class
 * ('domestic', 'figurative', 'campaign', 'election', 'hosting', 'commerce', 'speech'),
 * 'metaphor' (force where the sentence tells of none among them), 'question' (asked, not told), 'sense', 'modifier' (a verb the
 * parse reads as a noun's modifier), 'stance' (backing or opposing no actor) or, for an event
 * noun, 'venue', 'verb' (a verb the tagger took for the noun) or 'objection' (one person's
 * protests).
 */
export function senseMisfit(input: SenseInput): string | null {
  const data = senses();
  const { words, first, last } = input;
  const form = words[first]!.lower;
  const context = data.needsContext.get(form);
  const lacksContext = context !== undefined && !someWord(words, last + 1, input.clauseEnd, (word) => context.has(word.lower));
  if (inOpeningPurpose(input)) return 'generic';
  // "Did the foundation refuse to turn over documents?": a question asks whether something happened, it tells of nothing.
  if (isInQuestion(words, last, input.sentenceEnd)) return 'question';
  if (input.nominal) {
    // "The former first lady calls it her ...": a pronoun object shows a verb the tagger took for a noun.
    if (OBJECT_PRONOUNS.has(words[last + 1]?.lower ?? '')) return 'verb';
    const notAfter = data.nounNotAfter.get(form);
    if (notAfter !== undefined && notAfter.has(words[first - 1]?.lower ?? '')) return 'venue';
    // "her March comment": inside a sentence a capitalised month's name is the month.
    if (data.monthNouns.has(form) && first > input.sentenceStart && /^\p{Lu}/u.test(words[first]!.text)) return 'sense';
    // "invited Trump to a rally against the deal": what a rally is against makes it a protest wherever it is held.
    // "at its annual winter meeting": where something else happens, unless the noun names whom it is with ("at a meeting with Putin").
    const venue = data.venueAfter;
    const preposition = wordBeforeModifiers(words, first, input.sentenceStart)?.lower ?? '';
    const atVenue = (venue.nouns.has(form) && venue.prepositions.has(preposition)) || (venue.atOnly.has(form) && preposition === 'at');
    if (atVenue && (context === undefined || lacksContext) && !venue.partners.has(words[last + 1]?.lower ?? '')) return 'venue';
    const nounContext = first === last ? data.nounNeedsContext.get(form) : undefined;
    if (nounContext !== undefined && !someWord(words, last + 1, input.clauseEnd, (word) => nounContext.has(word.lower))) return 'context';
    // "despite her numerous protests": one person's protests are objections she made, not a demonstration.
    if (data.objectionsOfPerson.has(form) && isPersonPossessor(input)) return 'objection';
    if (isCountedHappenings(input)) return 'statistic';
    // "during its annual meeting", "the committee's next hearing": a body's own gathering, no meeting between parties.
    if (isOwnGathering(input)) return 'venue';
    if (isHabitual(input)) return 'generic';
    return lacksContext ? 'context' : null;
  }
  // A phrasal trigger is looked up whole too: "dropped out" is an electoral act where "dropped" alone is not.
  const phrase = words.slice(first, last + 1).map((word) => word.lower).join(' ');
  const never = data.neverEvents.get(form) ?? data.neverEvents.get(phrase);
  if (never !== undefined) return never;
  if (data.admission.forms.has(form) && admitted(input) === undefined) return 'statement';
  if (data.futureBeforeVerb.has(form) && isFutureMarker(input)) return 'sense';
  // "asked Holder whether he had thoughts", "pressed by the host about how ...": a question asked.
  if (data.questions.forms.has(form) && asksQuestion(words, last, input.clauseEnd)) return 'cognition';
  // "Nobody has ever hit him": what no one did did not happen.
  if (input.tree !== null && hasNegativeSubject(words, input.tree, first)) return 'negated';
  // "ads targeting Clinton", "fired his campaign manager", "captured the hearts of": force or seizure only where the sentence tells of force.
  if ((input.plover === 'ASSAULT' || input.plover === 'COERCE') && data.needsForce.has(form) && !isForceful(words, input.sentenceStart, input.sentenceEnd)) return 'metaphor';
  // "A worthy opposition would demand ...": what some indefinite one would do is no particular happening.
  if (isGenericModal(input) || isPossiblePassive(input)) return 'generic';
  // "said Cyber Command should disrupt the operations", "he should step down": the act urged is a
  // demand's complement, no happening (the precision set's rule, as the gold set's for demands).
  if (isUrgedAct(input)) return 'demand-complement';
  // "it's going to be challenging", "her mind is shot": a predicate after a copula is a state.
  if (isAfterCopula(input)) return 'state';
  // "remains committed to finishing the audit", "is firmly committed to electing reformers": a resolve held, no pledge made.
  if (isHeldResolve(input)) return 'state';
  // "in response to press inquiries": the tagger's verb after "to" is the parse's noun modifier; a
  // participle there still tells an act ("its negotiating partners").
  if (!form.endsWith('ing') && isNounModifier(input)) return 'modifier';
  if (data.patternOnly.has(form) && !input.patterned) return 'context';
  if (form.endsWith('ing') && isWeighedCourse(input)) return 'generic';
  // "than persuading Assad to step down": the act of an infinitive under a weighed course is weighed too.
  const governing = infinitiveGoverningVerb(words, first, input.clauseStart);
  if (governing !== undefined && words[governing]!.lower.endsWith('ing') && isWeighedCourse({ ...input, first: governing })) return 'generic';
  if (isPurpose(words, first, input.clauseStart)) return 'generic';
  if (isStatistic(input)) return 'statistic';
  // "Voters consistently reject establishment candidates": what voters back or turn down is their vote.
  if (data.votersChoice.forms.has(form) && hasVoterSubject(input)) return 'election';
  if (isHabitual(input)) return 'generic';
  if (data.needsActorSubject.has(form) && hasThingSubject(input)) return 'cause';
  if (data.warnings.forms.has(form) && isWarningOfOthers(input)) return 'statement';
  // "conceded that it had been a rough week", "affirmed that he likes Cruz": what is said to be so.
  if (data.statementBeforeThat.has(input.plover) && opensThatClause(words, last)) return 'statement';
  if (data.notPassive.has(form) && (isPassive(words, first) || isReducedRelative(input))) return 'passive';
  if (data.namingAfterNoun.has(form) && first > input.sentenceStart && words[first - 1]!.pos === 'NOUN') return 'naming';
  if (lacksContext) return 'context';
  if (data.notBefore.get(form)?.has(words[last + 1]?.lower ?? '')) return 'context';
  if (data.effortBeforeInfinitive.has(form) && words[last + 1]?.lower === 'to' && words[last + 2]?.pos === 'VERB') return 'effort';
  const object = objectStart(input);
  const inCategory = data.actorObjectIn.get(input.plover)?.has(form) === true;
  const contest = data.contestOverPerson.has(form);
  const harm = data.harmToPerson.has(form);
  const objectActor = data.actorObject.has(form) || inCategory || contest || harm ? entityAt(input, object) : undefined;
  if (data.stanceVerbs.has(form) && !hasActorObject(input, object)) return 'stance';
  // A named person only: "beat him" may be a beating.
  if (contest && ((objectActor?.entity.type === 'PERSON' && objectActor.kind === 'name') || namesPersonInObject(input))) return 'metaphor';
  if (harm && objectActor?.entity.type === 'PERSON') return 'metaphor';
  if (data.contestOverPlace.has(form) && hasPersonSubject(input) && entityAt(input, object)?.entity.type === 'GPE') return 'election';
  if (isElectoralChallenge(input)) return 'election';
  if ((data.actorObject.has(form) || inCategory) && objectActor === undefined) return 'object';
  // "arrived in Congress in 1993": a member taking a seat in a body, not a visit to it.
  if (data.arrivalInBody.has(form) && words[last + 1]?.lower === 'in' && entityAt(input, object)?.entity.type === 'ORG') return 'sense';
  // "it leaves Mrs. Clinton trying to ...", "left him wondering": the object's state, not a departure or a meeting.
  if (data.objectInState.has(form) && objectActor !== undefined && isParticiple(words[nameEnd(input, objectActor.last) + 1])) return 'sense';
  // "called Rubio a lightweight", "calls Hillsborough "Everytown"": an object with a complement is named, not called on.
  if (inCategory && objectActor !== undefined && opensComplement(words[nameEnd(input, objectActor.last) + 1])) return 'naming';
  const head = objectHead(words, object, input.clauseEnd);
  const objectClass = data.objectNot.get(head?.lower ?? '') ?? (isCandidacyCampaign(form, words, object, head) ? 'campaign' : undefined);
  // "demanded a $15 minimum wage": what workers demand or protest for stays a demand.
  // "criticized his remarks", "praised the speech": words are what criticism and praise act on.
  if (objectClass !== undefined && !(objectClass === 'commerce' && CLAIMING_CATEGORIES.has(input.plover)) && !(objectClass === 'speech' && !MATERIAL_CATEGORIES.has(input.plover))) return objectClass;
  // "signed the $300 million measure", "signed an open letter", "the statement was signed by": no accord between parties.
  if (signsNoAccord(input)) return 'document';
  // "hosted her summer picnic", "a town hall hosted by the network": an occasion hosted, no visit.
  if (receivesNoVisit(input, data.hosting)) return 'sense';
  // "attended the rally", "a fundraiser attended by the senator": an occasion gone to, no visit.
  if (receivesNoVisit(input, data.attending)) return 'sense';
  const contexts = data.metaphorContexts;
  if (data.metaphorCategories.has(input.plover) && someWord(words, input.clauseStart, input.clauseEnd, (word) => contexts.has(word.lower))) return 'metaphor';
  if (data.metaphorForms.has(form) && someWord(words, input.sentenceStart, input.sentenceEnd, (word) => contexts.has(word.lower))) return 'metaphor';
  return null;
}

/**
 * Whether a verb of talking a topic over or of going somewhere, coded as a consultation, has no one
 * it is done with: no target or place reached (`hasCounterpart`) and no partner after "with",
 * "between" or "among" in its clause.
 * "discussed his plan for veterans", "arrives to speak at a rally" tell of a topic or a trip, no
 * meeting; "discussed it with Brafman" and "Thor and Beck were discussing" (the second named is the
 * target) stay consultations.
 */
export function lacksCounterpart(words: readonly Word[], first: number, clauseEnd: number, plover: string, hasCounterpart: boolean): boolean {
  const { categories, forms, partners } = senses().needsCounterpart;
  if (hasCounterpart || !categories.has(plover) || !forms.has(words[first]!.lower)) return false;
  return !someWord(words, first + 1, clauseEnd, (word) => partners.has(word.lower));
}

/** Tags between a preposition and the audience noun after it ("with [the] [local] reporters"). */
const AUDIENCE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Whether a verb of speaking at `first`..`last` is an interview, not talks: one of its parties is a
 * news outlet or works for one ("spoke with The Daily Post", "the Post spoke with Doe"), or those
 * spoken to are reporters ("spoke with reporters", "talking to the press").
 */
export function isInterview(words: readonly Word[], first: number, last: number, clauseEnd: number, parties: readonly Mention[]): boolean {
  const { forms, sectors, prepositions, audiences } = senses().interviews;
  if (!forms.has(words[first]!.lower)) return false;
  if (parties.some((party) => party.entity.sector !== null && sectors.has(party.entity.sector))) return true;
  if (!prepositions.has(words[last + 1]?.lower ?? '')) return false;
  let audience = last + 2;
  while (audience < clauseEnd && AUDIENCE_MODIFIERS.has(words[audience]!.pos)) audience++;
  return audience < clauseEnd && audiences.has(words[audience]!.lower);
}

/**
 * Whether a verb acts on its own doer: a reflexive object right after it and no target found
 * ("kill themselves", "distanced himself from the bill", "shooting itself in the foot").
 */
export function actsOnItself(words: readonly Word[], last: number, hasTarget: boolean): boolean {
  return !hasTarget && senses().reflexiveObjects.has(words[last + 1]?.lower ?? '');
}

/**
 * Whether a that-clause opens right after the trigger ending at `last`: "conceded that it had been",
 * not the demonstrative of "rejected that argument" (a noun after it, and no verb after the noun)
 * nor the pronoun of "rejected that, too".
 */
function opensThatClause(words: readonly Word[], last: number): boolean {
  if (words[last + 1]?.lower !== 'that' || words[last + 2] === undefined || words[last + 2]!.pos === 'PUNCT') return false;
  // "that aides were": a plural noun after it is no demonstrative's ("those aides").
  const next = words[last + 2]!;
  const demonstrative = (next.pos === 'ADJ' || (next.pos === 'NOUN' && !isPluralForm(next.text))) && !['VERB', 'AUX', 'PRON'].includes(words[last + 3]?.pos ?? '');
  return !demonstrative;
}

/**
 * Whether the trigger ending at `last` is in a direct question: its sentence ends in "?" with no
 * quotation mark between them. A question quoted after the trigger ("Asked by the host, she said,
 * “What does it say ...?”") leaves the trigger told.
 */
function isInQuestion(words: readonly Word[], last: number, sentenceEnd: number): boolean {
  let end = sentenceEnd - 1;
  while (end > last && isClosingQuote(words[end])) end--;
  if (end <= last || words[end]!.text !== '?') return false;
  for (let i = last + 1; i < end; i++) if (isOpeningQuote(words[i]) || isClosingQuote(words[i])) return false;
  return true;
}

/** How far past a verb of asking the word opening its question may come, past the one asked and a preposition ("pressed by Holt about how"). */
const QUESTION_REACH = 8;

/** Whether a word opening an indirect question follows the asking verb ending at `last` in its clause, before an infinitive, a "for" or another verb. */
function asksQuestion(words: readonly Word[], last: number, clauseEnd: number): boolean {
  const { openers, stops } = senses().questions;
  for (let i = last + 1; i < clauseEnd && i - last <= QUESTION_REACH; i++) {
    const word = words[i]!;
    if (openers.has(word.lower)) return true;
    if (stops.has(word.lower) || word.pos === 'VERB' || word.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Whether a verb of attacking at `first` is a verbal attack: a word of speech, media or politics
 * in its sentence ("attacked the governor over ...", "hitting Clinton with ads", "attacked his
 * record") and no word of force ("troops", "missiles", "killed"). Such an attack is criticism
 * (CAMEO 111), which the readers found coded as military force.
 */
export function isVerbalAttack(words: readonly Word[], first: number, sentenceStart: number, sentenceEnd: number): boolean {
  const { contexts } = senses().verbalAttack;
  if (!isAttackForm(words[first]!)) return false;
  return someWord(words, sentenceStart, sentenceEnd, (word) => contexts.has(word.lower)) && !isForceful(words, sentenceStart, sentenceEnd);
}

/** Whether the event noun ending at `last` qualifies a common noun right after it ("attack ad", "meeting room"), so names no event. */
export function isCompoundModifier(words: readonly Word[], last: number, sentenceEnd: number): boolean {
  const next = words[last + 1];
  return last + 1 < sentenceEnd && next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !senses().notCompoundHeads.has(next.lower);
}

/** The CAMEO code the preposition right after verb `last` gives it ("campaigned for Clinton": 051), if any. */
export function codeByPreposition(words: readonly Word[], last: number): string | undefined {
  return senses().codeByPreposition.get(words[last]!.lower)?.get(words[last + 1]?.lower ?? '');
}

/** The CAMEO code an infinitive complement gives verb `first` in the parse ("encouraged Doe to testify": 020), if any. */
export function codeBeforeInfinitive(words: readonly Word[], first: number, tree: DependencyTree | null): string | undefined {
  const code = senses().codeBeforeInfinitive.get(words[first]!.lower);
  if (code === undefined || tree === null) return undefined;
  const complement = tree.dependent(first, 'xcomp');
  return complement >= 0 && words[tree.dependent(complement, 'mark')]?.lower === 'to' ? code : undefined;
}

/** Words that end the search for a word of blame after a form of calling: a clause's end or an infinitive. */
const NAMING_STOPS = new Set([',', ';', ':', 'to', 'that', 'which', 'who', 'because', 'but', 'while']);
/** How far past a form of calling its word of blame may come, past the object ("called Ford's plans for a plant in Mexico a disgrace"). */
const NAMING_REBUKE_REACH = 12;

/**
 * Whether the form of calling at `first` names its object in blame: "called them a hoax",
 * "called her handling careless", "calling Trump “crazy”" (an accusation, CAMEO 111). The word
 * of blame must come in the clause before an infinitive or another verb: "called Putin to
 * discuss the terrible attacks" is a phone call.
 */
export function isNamingRebuke(words: readonly Word[], first: number, sentenceEnd: number): boolean {
  const { forms, notAfter, judgements } = senses().namingRebuke;
  if (!forms.has(words[first]!.lower)) return false;
  const next = words[first + 1];
  if (next === undefined || notAfter.has(next.lower)) return false;
  // Quotation marks do not end the search: the word of blame is often quoted ("called it “shameful”").
  for (let i = first + 1; i < sentenceEnd && i - first <= NAMING_REBUKE_REACH; i++) {
    const word = words[i]!;
    if (judgements.has(word.lower)) return true;
    // An -ing form may be the object's head ("called her handling careless").
    if (NAMING_STOPS.has(word.lower) || (word.pos === 'VERB' && !word.lower.endsWith('ing')) || word.pos === 'AUX') return false;
  }
  return false;
}

/** Whether the trigger at `first` regrets the doer's own act: "regrets her insults", "I regret making them" (an apology). */
export function isApology(words: readonly Word[], first: number): boolean {
  if (!senses().apologyForms.has(words[first]!.lower)) return false;
  let next = first + 1;
  while (words[next]?.pos === 'ADV') next++;
  const word = words[next];
  if (word === undefined) return false;
  return (POSSESSIVE_DETERMINERS.has(word.lower) && word.lower !== 'its' && POSSESSED_TAGS.has(words[next + 1]?.pos ?? '')) || (word.pos === 'VERB' && word.lower.endsWith('ing'));
}

/** Whether the trigger at `first` defends in words: a form of defending with no force or terror in its sentence ("Christie defended the nominee"). */
export function isVerbalDefence(words: readonly Word[], first: number, sentenceStart: number, sentenceEnd: number): boolean {
  return senses().defenceForms.has(words[first]!.lower) && !isForceful(words, sentenceStart, sentenceEnd);
}

/** Whether a word is one of the attacking forms that may be an attack in words ("attacked", "blasts", "slamming"). */
export function isAttackForm(word: Word): boolean {
  return senses().verbalAttack.forms.has(word.lower);
}

/** Whether an attacking form is one in words when a person does it ("attacked", "blasts"; not "hits", said of trails and towns too). */
export function isAttackByPersonForm(word: Word): boolean {
  const { forms, notByPerson } = senses().verbalAttack;
  return forms.has(word.lower) && !notByPerson.has(word.lower);
}

/** Whether a sentence has a word of force or terror in it ("troops", "killed", "terrorist"): an attack there is no criticism. */
export function isForceful(words: readonly Word[], sentenceStart: number, sentenceEnd: number): boolean {
  const { force } = senses().verbalAttack;
  return someWord(words, sentenceStart, sentenceEnd, (word) => force.has(word.lower));
}

/**
 * Whether the -ing form at `first` is a course of action weighed rather than an act: after
 * "than", "instead of" ("less important than defeating ..."), or the subject of a copula at the
 * start of its sentence or reported clause ("said rebuilding the port is a greater priority").
 */
function isWeighedCourse({ words, first, clauseEnd, sentenceStart }: SenseInput): boolean {
  const { after, afterNoun, openers, copulas } = senses().genericGerund;
  if (after.some((phrase) => phrase.every((word, k) => words[first - phrase.length + k]?.lower === word && first - phrase.length + k >= sentenceStart))) return true;
  if (first - 2 >= sentenceStart && afterNoun.has(words[first - 1]!.lower) && words[first - 2]!.pos === 'NOUN') return true;
  if (first > sentenceStart && !openers.has(words[first - 1]!.lower)) return false;
  for (let i = first + 1; i < clauseEnd; i++) {
    const word = words[i]!;
    if (word.pos === 'VERB' || word.pos === 'AUX') return copulas.has(word.lower);
  }
  return false;
}

/** How far before an infinitive's "to" the verb governing it may be ("persuading Syrian President Bashar al-Assad to"). */
const MAX_INFINITIVE_OBJECT_WORDS = 6;

/**
 * Whether the trigger is in an infinitive that opens its sentence, before any comma: a purpose
 * ("To protest the decision, workers ..."), or a fragment that names a course ("To hold the
 * talks and meanwhile be drafting ..."), not a happening.
 */
function inOpeningPurpose(input: SenseInput): boolean {
  const { words, first, sentenceStart } = input;
  let to = sentenceStart;
  while (to < first && words[to]!.pos === 'PUNCT') to++;
  if (words[to]?.lower !== 'to' || !['VERB', 'AUX'].includes(words[to + 1]?.pos ?? '') || first <= to) return false;
  return !someWord(words, to, first, (word) => word.text === ',');
}

/** Tags of the words between a share and the verb it is the subject of ("28 percent of likely Republican caucusgoers"). */
const SHARE_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'ADP', 'DET', 'NUM', 'ADV', 'PUNCT']);
/** How far back from a verb its share subject may start. */
const MAX_SHARE_PHRASE_WORDS = 8;
const isFigure = (word: Word | undefined) => word !== undefined && (word.pos === 'NUM' || /^\d/.test(word.text));

/**
 * Whether the verb at `first` reports a poll or a measure: its subject is a share ("28 percent of
 * likely caucusgoers supported", "a majority of voters backed") or a figure follows it ("eased 0.1
 * percent", "fell by 3 points").
 */
function isStatistic({ words, first, last, clauseStart }: SenseInput): boolean {
  const { shares, units } = senses().statistic;
  let figure = last + 1;
  if (words[figure]?.lower === 'by') figure++;
  if (isFigure(words[figure]) && (units.has(words[figure + 1]?.lower ?? '') || /%$/.test(words[figure]!.text))) return true;
  for (let i = first - 1; i >= clauseStart && first - i <= MAX_SHARE_PHRASE_WORDS && SHARE_PHRASE_TAGS.has(words[i]!.pos); i--) {
    // "28 percent", "a majority", "65%", or "three of four" and "one in five".
    const share = shares.has(words[i]!.text) || (isFigure(words[i]) && /%$/.test(words[i]!.text))
      || (isFigure(words[i]) && ['of', 'in'].includes(words[i + 1]?.lower ?? '') && isFigure(words[i + 2]));
    // The share heads the subject: "of" its whole follows it, or the verb does ("39 percent blame").
    if (share && (words[i + 1]?.lower === 'of' || !someWord(words, i + 1, first, (word) => word.pos !== 'ADV'))) return true;
  }
  return false;
}

/**
 * Whether the subject of the trigger (or, for a participle after a clause, "..., forcing her to
 * explain", the clause's) is a common noun that names no actor: a thing or a happening ("her
 * health", "this new video", "the burden of the regulation"), not "officials" or "the ministry".
 */
function hasThingSubject({ words, first, tree, actors }: SenseInput): boolean {
  if (tree === null) return false;
  const subject = sharedSubject(tree, first, THING_SUBJECT_SHARING);
  if (subject < 0 || words[subject]!.pos !== 'NOUN' || actors.covering(subject) !== undefined) return false;
  return !describesPerson(words[subject]!.lower) && !isDescriptorNoun(words[subject]!.lower.replace(/s$/u, ''));
}

/** Relations through which a verb takes the subject of the verb it hangs from: for a thing as cause, also an adverbial clause ("the levy rose, hurting farmers"). */
const THING_SUBJECT_SHARING: ReadonlySet<string> = new Set(['advcl', 'xcomp', 'conj']);
/** The same for voters choosing: an infinitive or a second verb ("voters turned out to back ..."). */
const VOTER_SUBJECT_SHARING: ReadonlySet<string> = new Set(['xcomp', 'conj']);

/** The subject of `verb`, or where it has none and hangs from another verb by one of `sharing`, that verb's subject; -1 where none. */
function sharedSubject(tree: DependencyTree, verb: number, sharing: ReadonlySet<string>): number {
  const own = tree.dependent(verb, 'nsubj');
  return own < 0 && sharing.has(tree.relation(verb)) ? tree.dependent(tree.head(verb), 'nsubj') : own;
}

/**
 * Whether the subject of the trigger is one of the voter nouns of `votersChoice` ("voters reject",
 * "caucusgoers backed"), in a relative clause the noun it qualifies ("voters who are supporting
 * the senator"), or for an infinitive or a second verb the subject of the verb it hangs from.
 */
function hasVoterSubject({ words, first, tree }: SenseInput): boolean {
  if (tree === null) return false;
  let subject = sharedSubject(tree, first, VOTER_SUBJECT_SHARING);
  if (subject >= 0 && RELATIVE_PRONOUNS.has(words[subject]!.lower) && tree.relation(first) === 'acl:relcl') subject = tree.head(first);
  return subject >= 0 && senses().votersChoice.voters.has(words[subject]!.lower);
}

/**
 * Whether a warning with a clause of its own tells what others will do or what will happen ("warned
 * that Clinton would appoint judges", "warned that the move could damage the party"), not what its
 * giver threatens to do ("warned that it would retaliate").
 */
function isWarningOfOthers({ words, first, tree }: SenseInput): boolean {
  if (tree === null) return false;
  const clause = tree.dependent(first, 'ccomp');
  if (clause < 0) return false;
  const { ownActSubjects, ownActModals } = senses().warnings;
  const subject = tree.dependent(clause, 'nsubj', 'nsubj:pass');
  // "warned Xi not to move on the shoal": an act asked of the one warned, no clause with its own subject.
  if (subject < 0) return false;
  const modal = tree.dependent(clause, 'aux');
  return !(ownActSubjects.has(words[subject]!.lower) && modal >= 0 && ownActModals.has(words[modal]!.lower));
}

/** Fewer happenings than this counted together ("two meetings", "three attacks") may each be told as a particular one. */
const MIN_COUNTED_HAPPENINGS = 10;

/**
 * Whether a plural event noun counts many happenings, a statistic rather than one event: "906
 * attacks against asylum homes", "thousands of arrests", "many of these attacks".
 */
function isCountedHappenings({ words, first, last, tree }: SenseInput): boolean {
  if (!isPluralForm(words[last]!.lower)) return false;
  let before = first - 1;
  while (before >= 0 && (words[before]!.pos === 'ADJ' || words[before]!.pos === 'DET')) before--;
  const figure = words[before];
  // The number counts the noun, not a day's ("the Sept. 11 terrorist attacks").
  const counts = before >= 0 && tree !== null && tree.head(before) === last && tree.relation(before) === 'nummod';
  if (counts && isFigure(figure) && Number(figure!.text.replace(/,/g, '')) >= MIN_COUNTED_HAPPENINGS) return true;
  return figure?.lower === 'of' && senses().statistic.counts.has(words[before - 1]?.lower ?? '');
}

/** Whether the trigger tells a habit, no particular happening: "is attacked daily", "Every day, the site gets attacked". */
function isHabitual({ words, last, tree }: SenseInput): boolean {
  if (tree === null) return false;
  const { adverbs, quantifiers, units } = senses().habitual;
  for (const dependent of tree.dependentsOf(last)) {
    const word = words[dependent]!.lower;
    if (adverbs.has(word)) return true;
    const quantifier = tree.dependent(dependent, 'det');
    if (units.has(word) && quantifier >= 0 && quantifiers.has(words[quantifier]!.lower)) return true;
  }
  return false;
}

type AdmissionInput = Pick<SenseInput, 'words' | 'last' | 'clauseEnd' | 'actors'>;

/** Tags of the words an admitted object's phrase may run on with ("250,000 Syrian refugees", "Central Americans"). */
const ADMITTED_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Whom a form of admitting at `last` lets in: 'people' ("admit 250,000 Syrians", "admitting
 * Christian refugees"), 'actor' (another named actor: "admitting Poland to NATO"), or undefined
 * where it owns up to something: a clause, a preposition or a pronoun after it ("admitted that",
 * "admitted to the newspaper", "admit they learned nothing"), or no actor ("admit wrongdoing").
 */
function admitted(input: AdmissionInput): 'people' | 'actor' | undefined {
  const { words, last, clauseEnd } = input;
  const next = words[last + 1];
  if (next === undefined || next.pos === 'ADP' || next.pos === 'SCONJ' || next.lower === 'that') return undefined;
  const object = objectStart(input);
  let end = object;
  while (end < clauseEnd && ADMITTED_PHRASE_TAGS.has(words[end]!.pos)) end++;
  // "admit Republicans were wrong": a clause, not whom they let in.
  if (words[end]?.pos === 'VERB' || words[end]?.pos === 'AUX') return undefined;
  const mention = entityAt(input, object);
  if (mention?.kind === 'pronoun') return undefined;
  if (mention?.entity.type === 'NORP' || mention?.kind === 'demonym' || senses().admission.people.has(objectHead(words, object, clauseEnd)?.lower ?? '')) return 'people';
  return mention !== undefined && mention.kind === 'name' ? 'actor' : undefined;
}

/** Hedges the tagger may read as nouns between "going to" and its verb ("going to kind of have"). */
const HEDGES = new Set(['kind', 'sort']);

/** Whether a trigger ending in "to" has a verb after it, past adverbs and hedges: "is going to (kind of) have", a future, no motion. */
function isFutureMarker({ words, last, clauseEnd }: SenseInput): boolean {
  if (words[last]!.lower !== 'to') return false;
  let next = last + 1;
  for (;;) {
    if (words[next]?.pos === 'ADV') next++;
    else if (HEDGES.has(words[next]?.lower ?? '') && words[next + 1]?.lower === 'of') next += 2;
    else break;
  }
  return next < clauseEnd && (words[next]!.pos === 'VERB' || words[next]!.pos === 'AUX');
}

/** Whether the trigger at `first` lets people in, asylum given (CAMEO 075): "admit 250,000 Syrians", "admitting refugees". */
export function isAsylumGiven(input: AdmissionInput & { readonly first: number }): boolean {
  return senses().admission.forms.has(input.words[input.first]!.lower) && admitted(input) === 'people';
}

/** How far past a challenge its "to" may come and still dare someone ("challenged Gov. Ann Berg to a debate"). */
const DARE_REACH = 5;

/**
 * Whether a challenge is a run against someone in an election: an electoral word in its clause
 * ("is challenging the incumbent for her seat"), and no "to" right after whom it challenges, which
 * dares them ("challenged him to a debate before the caucus").
 */
function isElectoralChallenge({ words, first, last, clauseStart, clauseEnd }: SenseInput): boolean {
  const { forms, contexts } = senses().electoralChallenge;
  if (!forms.has(words[first]!.lower)) return false;
  if (someWord(words, last + 1, Math.min(clauseEnd, last + 1 + DARE_REACH), (word) => word.lower === 'to')) return false;
  // Lower-case only: "the District of Columbia Circuit" is a court's name, no race.
  return someWord(words, clauseStart, clauseEnd, (word) => contexts.has(word.lower) && !isCapitalised(word));
}

/** Whether the infinitive at `first` says what something is for: "exists to (help) encourage", "designed to block". */
function isPurpose(words: readonly Word[], first: number, clauseStart: number): boolean {
  let to = first - 1;
  if (words[to]?.lower === 'help') to--;
  let governing = to - 1;
  while (governing > clauseStart && words[governing]!.pos === 'ADV') governing--;
  return words[to]?.lower === 'to' && governing >= clauseStart && senses().purposeBeforeInfinitive.has(words[governing]!.lower);
}

/** The verb before the "to" of an infinitive at `first`, past its object, in its clause. */
function infinitiveGoverningVerb(words: readonly Word[], first: number, clauseStart: number): number | undefined {
  if (words[first - 1]?.lower !== 'to') return undefined;
  for (let i = first - 2; i >= clauseStart && first - i <= MAX_INFINITIVE_OBJECT_WORDS + 2; i--) {
    if (words[i]!.pos === 'VERB') return i;
  }
  return undefined;
}

/** Tags of the words between a preposition and its noun: articles, possessives, modifiers ("at a recent education", "at a Trump"). */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
/** How many modifiers a noun may have before the word looked for. */
const MAX_MODIFIERS = 4;

/** The word before noun `first` and the article and modifiers before it, in its sentence. */
function wordBeforeModifiers(words: readonly Word[], first: number, sentenceStart: number): Word | undefined {
  let i = first - 1;
  while (i >= sentenceStart && first - i <= MAX_MODIFIERS && NOUN_MODIFIERS.has(words[i]!.pos)) i--;
  return i >= sentenceStart ? words[i] : undefined;
}

/** Tags skipped on the way to an object's first word: particles, adverbs, one preposition, determiners, adjectives, numbers. */
const BEFORE_OBJECT = new Set(['ADV', 'PART', 'DET', 'ADJ', 'NUM']);

/** The first word after the trigger that an object's name could start at ("joined [NATO]", "met with [the] [Chinese] [Xi]"). */
function objectStart({ words, last, clauseEnd }: Pick<SenseInput, 'words' | 'last' | 'clauseEnd'>): number {
  let i = last + 1;
  let prepositions = 0;
  while (i < clauseEnd && (BEFORE_OBJECT.has(words[i]!.pos) || (words[i]!.pos === 'ADP' && prepositions++ === 0))) i++;
  return i;
}

/** Whether a named entity or a pronoun mention starts at the object, or at a determiner or adjective before it. */
function entityAt({ words, last, actors }: Pick<SenseInput, 'words' | 'last' | 'actors'>, object: number): Mention | undefined {
  for (let i = object; i > last; i--) {
    const found = actors.startingAt(i);
    if (found !== undefined && !(found.last === i && isPossessiveDeterminer(words, i))) return found;
    if (!BEFORE_OBJECT.has(words[i - 1]!.pos)) break;
  }
  // "defeat Mr. Trump", "backed Sen. Marco Rubio": past a title the names layer leaves out of the name.
  let named = object;
  while (named < object + MAX_TITLE_WORDS && words[named]?.pos === 'PROPN' && actors.startingAt(named) === undefined) named++;
  return named > object ? actors.startingAt(named) : undefined;
}

/** How many title words may stand before the name of an object ("Vice President", "Sen."). */
const MAX_TITLE_WORDS = 2;

/** Object pronouns that stand for people ("supporting me", "who many had backed"). */
const PERSON_OBJECTS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'who', 'whom']);

/**
 * Whether the trigger's object is an actor: where the parse has an object, a named actor in its
 * name, its modifiers or its possessor ("backed Sen. Marco Rubio", "supports Mr. Trump's bid")
 * or a pronoun for people; else a named actor or pronoun mention the words show at `object`.
 */
function hasActorObject(input: SenseInput, object: number): boolean {
  const { words, actors, tree, first } = input;
  const parsed = tree?.dependent(first, 'obj') ?? -1;
  if (parsed < 0) return entityAt(input, object) !== undefined;
  if (PERSON_OBJECTS.has(words[parsed]!.lower)) return true;
  let last = parsed;
  for (const dependent of tree!.dependentsOf(parsed)) if (dependent > last && tree!.relation(dependent) === 'flat') last = dependent;
  for (let i = tree!.extent(parsed)[0]; i <= last; i++) {
    const mention = actors.startingAt(i);
    if (mention !== undefined && actors.isActor(mention)) return true;
  }
  return false;
}

/** Tags that open an object's complement right after it ("called [Rubio] [a] lightweight", "[weak]"). */
const COMPLEMENT_TAGS = new Set(['DET', 'ADJ', 'NOUN']);

/** The last word of the name phrase a mention ending at `last` opens: "[Argentine] President Javier Milei". */
function nameEnd({ words, actors, clauseEnd }: SenseInput, last: number): number {
  let end = last;
  while (end + 1 < clauseEnd && isCapitalised(words[end + 1])) end = actors.startingAt(end + 1)?.last ?? end + 1;
  return end;
}

/** Whether a word is a present participle verb ("trying", "wondering"). */
function isParticiple(word: Word | undefined): boolean {
  return word !== undefined && word.pos === 'VERB' && word.lower.endsWith('ing');
}

/** Whether the word after an object opens its complement: an article, adjective or noun, or an opening quotation mark. */
function opensComplement(word: Word | undefined): boolean {
  return word !== undefined && (COMPLEMENT_TAGS.has(word.pos) || /^(["“‘]|'')$/u.test(word.text));
}

/** Possessive determiners, which the tagger reads as pronouns: "launching [his] unofficial bid". */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Tags of the words a possessive determiner comes before ("her [own] [team]"); "her" before anything else is an object ("called her "weak"", "grabbed her by the arm"). */
const POSSESSED_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

/** "takes its place", "took her time": a possessive names whose the object is, not the object. */
function isPossessiveDeterminer(words: readonly Word[], i: number): boolean {
  const word = words[i]!.lower;
  if (!POSSESSIVE_DETERMINERS.has(word)) return false;
  return word !== 'her' || POSSESSED_TAGS.has(words[i + 1]?.pos ?? '');
}

/** Whether the parse reads the trigger as a participle after its noun with no subject of its own ("refugees admitted to the United States"). */
function isReducedRelative({ tree, first }: SenseInput): boolean {
  return tree !== null && tree.relation(first) === 'acl' && tree.dependent(first, 'nsubj', 'nsubj:pass') < 0;
}

const INDEFINITE_ARTICLES = new Set(['a', 'an', 'any']);
const HYPOTHETICAL_MODALS = new Set(['would', 'could', 'should', 'might', 'must']);

/** Modals of what may be done, which before a passive with no one named tell what the law or the case allows. */
const POSSIBILITY_MODALS = new Set(['can', 'could', 'may', 'might']);

/**
 * Whether the trigger is a passive of what may be done to someone no name or description picks
 * out, by no one named ("Denying the massacre can be punished with up to two years", "whether
 * they could be charged with incitement"): what the law or the case allows, no particular happening.
 */
function isPossiblePassive({ words, first, tree, actors }: SenseInput): boolean {
  if (tree === null || tree.dependent(first, 'aux:pass') < 0 || tree.dependent(first, 'obl:agent') >= 0) return false;
  const modal = tree.dependent(first, 'aux');
  if (modal < 0 || !POSSIBILITY_MODALS.has(words[modal]!.lower)) return false;
  const subject = tree.dependent(first, 'nsubj:pass', 'csubj:pass');
  return subject < 0 || (actors.covering(subject) === undefined && (words[subject]!.pos === 'PRON' || words[subject]!.pos === 'VERB'));
}

/** Whether the parse gives the trigger a subject with an indefinite article and a modal of hypothesis ("A worthy opposition would demand"). */
function isGenericModal({ words, first, tree }: SenseInput): boolean {
  if (tree === null) return false;
  const subject = tree.dependent(first, 'nsubj');
  const article = subject < 0 ? -1 : tree.dependent(subject, 'det');
  const modal = tree.dependent(first, 'aux');
  return article >= 0 && INDEFINITE_ARTICLES.has(words[article]!.lower) && modal >= 0 && HYPOTHETICAL_MODALS.has(words[modal]!.lower);
}

/** Modals that urge the act of their verb ("should resign", "ought to check"). */
const URGING_MODALS = new Set(['should', 'ought']);

/**
 * Whether the trigger's verb, or the verb it completes ("should try to meet"), takes a modal of
 * urging after its subject: "he should step down", "NBC ought to check its archive". Not "Should
 * they continue to rebuff ..." (a condition: the modal before its subject) nor "should not have
 * called" (a past act judged).
 */
function isUrgedAct({ words, first, tree }: SenseInput): boolean {
  if (tree === null) return false;
  // The parser may make "ought" the head and the verb its complement.
  if (words[first - 1]?.lower === 'to' && words[first - 2]?.lower === 'ought') return true;
  for (let verb = first, steps = 0; verb >= 0 && steps < 2; verb = tree.head(verb), steps++) {
    for (const dependent of tree.dependentsOf(verb)) {
      if (tree.baseRelation(dependent) !== 'aux' || !URGING_MODALS.has(words[dependent]!.lower)) continue;
      const subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
      const perfect = tree.dependentsOf(verb).some((other) => other > dependent && other < verb && words[other]!.lower === 'have');
      if ((subject < 0 || subject < dependent) && !perfect) return true;
    }
    if (tree.relation(verb) !== 'xcomp') break;
  }
  return false;
}

/** Tags of the words that open a noun phrase before an adjective ("the campaign's [paid] employees", "several [paid] staff"). */
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'PART']);

/**
 * Whether the parse reads the trigger as a noun's modifier: a compound ("press [inquiries]"), or an
 * adjective inside a noun phrase ("the campaign's paid employees"); not a verb right after a name,
 * which the parser may misread as one ("Beijing blamed anarchist groups").
 */
function isNounModifier({ words, last, tree }: SenseInput): boolean {
  const relation = tree?.relation(last);
  if (relation === 'compound') return true;
  const before = words[last - 1];
  return relation === 'amod' && before !== undefined && (PHRASE_OPENERS.has(before.pos) || isPossessiveMark(before) || POSSESSIVE_DETERMINERS.has(before.lower));
}

/** Tags that end a verb's object phrase before what follows it ("defeat Republican nominee Donald Trump, who ...", "in a House race"). */
const OBJECT_PHRASE_ENDS = new Set(['PUNCT', 'ADP', 'VERB', 'AUX', 'SCONJ']);

/**
 * Whether the parse's object of the trigger names a person within its noun phrase, past the
 * titles and parties the words before the name may hold ("defeat likely Democratic nominee Hillary
 * Clinton", "defeating moderate Republican Nancy Johnson"), before any comma, preposition or clause.
 */
function namesPersonInObject({ words, first, tree, actors }: SenseInput): boolean {
  const object = tree?.dependent(first, 'obj') ?? -1;
  if (object < 0) return false;
  const [from, to] = tree!.extent(object);
  for (let i = Math.max(from, first + 1); i <= to && !OBJECT_PHRASE_ENDS.has(words[i]!.pos) && !RELATIVE_PRONOUNS.has(words[i]!.lower); i++) {
    const mention = actors.startingAt(i);
    if (mention !== undefined && mention.kind === 'name' && mention.entity.type === 'PERSON') return true;
  }
  return false;
}

/** Whether the parse gives the trigger a copula right before it, past adverbs only ("is shot", "be very challenging"). */
function isAfterCopula({ words, first, tree }: SenseInput): boolean {
  const copula = tree?.dependent(first, 'cop') ?? -1;
  if (copula < 0 || copula > first) return false;
  for (let i = copula + 1; i < first; i++) if (words[i]!.pos !== 'ADV') return false;
  return true;
}

/**
 * Whether the trigger is an adjective of resolve after a linking verb, past adverbs only, with its
 * preposition right after ("is committed to", "remained deeply committed to", "is assured of"):
 * a state held, not the pledge the verb codes ("committed to send troops" stays one).
 */
function isHeldResolve({ words, first, last, sentenceStart }: SenseInput): boolean {
  const { forms, linking } = senses().heldResolve;
  if (forms.get(words[first]!.lower)?.has(words[last + 1]?.lower ?? '') !== true) return false;
  let i = first - 1;
  while (i >= sentenceStart && words[i]!.pos === 'ADV') i--;
  return i >= sentenceStart && linking.has(words[i]!.lower);
}

/** Tags inside a noun phrase before its last noun ("the $40 million measure", "an open letter"). */
const INSIDE_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'SYM']);

/**
 * Whether a verb of signing signs a document that is no accord between parties: a bill or an act
 * (or anything signed "into law"), a letter, a statement, a tweet, as its object or as the subject
 * of its passive. "signed an agreement with", "signed a pledge with Washington" stay accords.
 */
function signsNoAccord(input: SenseInput): boolean {
  const { words, first, last, clauseEnd, tree } = input;
  const { forms, documents } = senses().signedDocuments;
  if (!forms.has(words[first]!.lower)) return false;
  for (let i = last + 1; i + 1 < clauseEnd; i++) if (words[i]!.lower === 'into' && words[i + 1]!.lower === 'law') return true;
  const subject = tree?.dependent(first, 'nsubj:pass') ?? -1;
  if (subject >= 0) return documents.has(words[subject]!.lower);
  const { notCompoundHeads } = senses();
  let head: Word | undefined;
  for (let i = objectStart(input); i < clauseEnd; i++) {
    const word = words[i]!;
    // "the $40 million measure two weeks ago": a count after the noun starts a time.
    if (notCompoundHeads.has(word.lower) || (head !== undefined && word.pos === 'NUM')) break;
    // "the Dodd-Frank Act": the tagger may read a name's last word as a verb.
    if (word.pos === 'NOUN' || word.pos === 'PROPN' || (head?.pos === 'PROPN' && /^\p{Lu}/u.test(word.text))) head = word;
    else if (!INSIDE_NOUN_PHRASE.has(word.pos) && word.text !== '-' && word.text !== '$') break;
  }
  return head !== undefined && documents.has(head.lower);
}

/**
 * Whether a verb of hosting or attending is no visit: what it hosts or goes to (its object, the
 * subject of its passive, or the noun a participle with "by" follows: "a town hall hosted by", "a
 * fundraiser attended by") is neither someone named nor a meeting of `gatherings` ("host direct
 * talks between", "a summit hosted by", "attended the talks"), or there is none ("events she
 * hosted", "invited observers to attend").
 */
function receivesNoVisit(input: SenseInput, { forms, gatherings }: { readonly forms: ReadonlySet<string>; readonly gatherings: ReadonlySet<string> }): boolean {
  const { words, first, last, clauseEnd, tree, sentenceStart } = input;
  if (!forms.has(words[first]!.lower)) return false;
  let hosted: Word | undefined;
  const subject = tree?.dependent(first, 'nsubj:pass') ?? -1;
  if (subject >= 0) hosted = words[subject];
  else if (first > sentenceStart && words[first - 1]!.pos === 'NOUN' && words[last + 1]?.lower === 'by') hosted = words[first - 1];
  else {
    // Someone named is received ("hosted Putin"), unless only the owner of what is ("attended Trump's rally").
    const object = objectStart(input);
    const possessed = afterPossessor(words, object, clauseEnd);
    if (possessed === object && entityAt(input, object) !== undefined) return false;
    hosted = objectHead(words, possessed, clauseEnd);
  }
  return hosted === undefined || !gatherings.has(hosted.lower);
}

/** Tags of the words of a possessor before an object ("next week's", "the council's"). */
const POSSESSOR_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The first word after the possessor that opens the object phrase at `object`, if one does ("next week's [summit]"), else `object`. */
function afterPossessor(words: readonly Word[], object: number, clauseEnd: number): number {
  for (let i = object; i < clauseEnd && POSSESSOR_TAGS.has(words[i]!.pos); i++) if (isPossessiveMark(words[i + 1])) return i + 2;
  return object;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'who']);

/** Whether the trigger has a person for its subject: a person's name, "he", "she" or "who" (the parse's subject, else the actor right before it). */
function hasPersonSubject({ words, first, tree, actors, sentenceStart }: SenseInput): boolean {
  const subject = tree?.dependent(first, 'nsubj') ?? -1;
  // The parse heads a name at its first word ("Ted" of "Ted Cruz", the rest "flat"): the mention covering it.
  if (subject >= 0) return PERSONAL_PRONOUNS.has(words[subject]!.lower) || actors.covering(subject)?.entity.type === 'PERSON';
  return actorsBefore(actors, words, subjectEnd(words, first), sentenceStart)[0]?.entity.type === 'PERSON';
}

/** Entity types of a possessor whose gathering is its own ("the Acme Union's annual convention"). */
const BODY_TYPES = new Set(['ORG', 'NORP']);

/**
 * Whether the event noun ending at `last` is a body's own gathering: the parse gives it a possessor
 * that is a body ("its annual meeting", "the committee's next hearing", an organisation's name) and
 * no partner follows it ("its meeting with the ministry" stays a meeting).
 */
function isOwnGathering({ words, first, last, tree, actors, clauseEnd }: SenseInput): boolean {
  const { nouns, owners, partners } = senses().ownGathering;
  if (tree === null || first !== last || !nouns.has(words[last]!.lower)) return false;
  if (someWord(words, last + 1, Math.min(clauseEnd, last + 1 + NOUN_PARTNER_REACH), (word) => partners.has(word.lower))) return false;
  const possessor = tree.dependent(last, 'nmod:poss');
  if (possessor < 0) return false;
  const owner = actors.covering(possessor);
  return owner !== undefined ? BODY_TYPES.has(owner.entity.type) : owners.has(words[possessor]!.lower);
}

/** How far after a gathering noun a partner's preposition may come ("meeting next week with"). */
const NOUN_PARTNER_REACH = 4;

const PERSONAL_POSSESSIVES = new Set(['his', 'her']);

/** Whether the parse gives the noun ending at `last` one person for its possessor ("her protests", "Clinton's protests"). */
function isPersonPossessor({ words, last, tree, actors }: SenseInput): boolean {
  const possessor = tree?.dependent(last, 'nmod:poss') ?? -1;
  return possessor >= 0 && (PERSONAL_POSSESSIVES.has(words[possessor]!.lower) || actors.endingAt(possessor)?.entity.type === 'PERSON');
}

/** The last common noun of the noun phrase starting at `from` ("the farm [bill]", "his [bid]"), if any. */
function objectHead(words: readonly Word[], from: number, clauseEnd: number): Word | undefined {
  let head: Word | undefined;
  const { notCompoundHeads } = senses();
  for (let i = POSSESSIVE_DETERMINERS.has(words[from]?.lower ?? '') ? from + 1 : from; i < clauseEnd; i++) {
    const word = words[i]!;
    // "suspended his campaign Tuesday night": a time after the object is not its head.
    if (notCompoundHeads.has(word.lower)) break;
    if (word.pos === 'NOUN' || word.text === '$') head = word;
    else if (word.pos !== 'PROPN' && word.pos !== 'NUM' && word.pos !== 'ADJ') break;
  }
  return head;
}

/** Whether a verb's object is a run for office it starts or ends: "launched his presidential campaign", not "a bombing campaign" or "attacked his campaign". */
function isCandidacyCampaign(form: string, words: readonly Word[], from: number, head: Word | undefined): boolean {
  const { verbs, nouns, qualifiers } = senses().candidacyCampaign;
  if (head === undefined || !verbs.has(form) || !nouns.has(head.lower)) return false;
  for (let i = from; i < words.length && words[i] !== head; i++) if (qualifiers.has(words[i]!.lower) || isPossessiveMark(words[i]!)) return true;
  return false;
}

function someWord(words: readonly Word[], from: number, to: number, test: (word: Word) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(words[i]!)) return true;
  return false;
}
