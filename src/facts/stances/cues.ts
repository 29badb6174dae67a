/** The stance cues of data/stances/cues.json, compiled once per analyzer. */
import Type, { type Static } from 'typebox';
import { resource, Strings, wordSetsResource } from '../../resources.js';
import { PhraseList } from '../words.js';

const PolarityUnion = Type.Union([Type.Literal('support'), Type.Literal('oppose'), Type.Literal('demand'), Type.Literal('reject')]);
const PolarityRecord = Type.Record(Type.String(), PolarityUnion);
type Polarity = Static<typeof PolarityUnion>;

const CueSchema = Type.Object({
  verbs: PolarityRecord,
  verbsOnActsNotPersons: Strings,
  verbsOnActsOfPersons: PolarityRecord,
  personNouns: Strings,
  verbsAskingAnAct: Strings,
  verbsNeedingAnAct: Strings,
  verbsWithDemandClause: Strings,
  messageNouns: Strings,
  reluctance: Strings,
  speculation: Strings,
  groupNameExclusions: Strings,
  partyAdjectives: Strings,
  verbsWithPolicyAct: Strings,
  policyActs: Strings,
  removalActs: Strings,
  modalPolicyActs: Strings,
  collectiveVerbs: Strings,
  tellingActs: Strings,
  opposedWhenNegated: Strings,
  supportedWhenNegated: Strings,
  rejectedWhenNegated: Strings,
  onlyWhenNegated: Strings,
  onlyWhenRefused: Strings,
  refusingModals: Strings,
  permissionParticiples: Strings,
  ambitions: Strings,
  exclusions: Strings,
  agentNouns: PolarityRecord,
  measureAgentNouns: PolarityRecord,
  candidateAgentNouns: Strings,
  actNouns: PolarityRecord,
  actNounsWithAct: PolarityRecord,
  actNounsOnActsNotPersons: Strings,
  withholdingNouns: Strings,
  revokingVerbs: Strings,
  expressingVerbs: Strings,
  takingVerbs: Strings,
  takenActNouns: Strings,
  nounPrepositions: Strings,
  nounModifiers: Strings,
  groupGovernors: Strings,
  ownerVoices: Strings,
  listingVerbs: Strings,
  shareWords: Strings,
  affixes: PolarityRecord,
  affixExclusions: Strings,
  predicates: PolarityRecord,
  mannerPhrases: PolarityRecord,
  copulas: Strings,
  abstractObjects: PolarityRecord,
  verdicts: PolarityRecord,
  verdictInverters: Strings,
  quotedModals: Strings,
  quotedSubjects: Strings,
  quotedDutySubjects: Strings,
  quotedAddresseeModals: Strings,
  quotedWishes: Strings,
  reportedWishes: Strings,
  quotedVerdictPhrases: PolarityRecord,
  emptyHeads: Strings,
  wrappers: Strings,
  timeWords: Strings,
  timePrepositions: Strings,
  timeDeterminers: Strings,
  changes: Strings,
  negations: Strings,
  hypotheticalModals: Strings,
  possibilityModals: Strings,
  conditions: Strings,
  negatedModals: Strings,
  withholdingVerbs: Strings,
  openClauseMarks: Strings,
  dutyQuantifiers: Strings,
  comparatives: Strings,
  receivingVerbs: Strings,
  receivedFeelings: Strings,
  gratitudeWords: Strings,
  givenWithNouns: Strings,
  memberNouns: Strings,
  antecedentNouns: Strings,
  goalNouns: Strings,
  threatNouns: Strings,
  passageVerbs: Strings,
  enactingVerbs: Strings,
  actNounPhrases: PolarityRecord,
  callingVerbs: Strings,
  faultNouns: Strings,
  showingVerbs: Strings,
});

const phrases = (list: readonly string[]) => list.map((phrase) => phrase.split(' '));

export const stanceCues = resource('stance cues', (data) => {
  const raw = data.json('stances/cues.json', CueSchema);
  const verbs = new Map(Object.entries(raw.verbs));
  const abstractObjects = new Map(Object.entries(raw.abstractObjects));
  const verbsOnActsOfPersons = new Map(Object.entries(raw.verbsOnActsOfPersons));
  return {
    verbs,
    abstractObjects,
    /** The verb cues of several words ("call for", "work hard for"), longest first. */
    verbPhrases: new PhraseList([...verbs.keys()].filter((cue) => cue.includes(' '))),
    /** First words of the abstract-object cues, so most words need no pair looked up. */
    pairStarts: new Set([...abstractObjects.keys()].map((cue) => cue.split(' ')[0]!)),
    /** Every word a verb or abstract-object cue starts with, so the words that start none are passed over at once. */
    firstWords: new Set([...verbs.keys(), ...abstractObjects.keys(), ...verbsOnActsOfPersons.keys()].map((cue) => cue.split(' ')[0]!)),
    verbsOnActsNotPersons: new Set(raw.verbsOnActsNotPersons),
    personNouns: new Set(raw.personNouns),
    verbsOnActsOfPersons,
    verbsAskingAnAct: new Set(raw.verbsAskingAnAct),
    verbsNeedingAnAct: new Set(raw.verbsNeedingAnAct),
    verbsWithDemandClause: new Set(raw.verbsWithDemandClause),
    messageNouns: new Set(raw.messageNouns),
    reluctance: new PhraseList(raw.reluctance),
    speculation: new Set(raw.speculation),
    groupNameExclusions: new Set(raw.groupNameExclusions),
    partyAdjectives: new Set(raw.partyAdjectives),
    verbsWithPolicyAct: new Set(raw.verbsWithPolicyAct),
    /** Acts that change a law or policy, of one word or two ('roll back'). */
    policyActs: new PhraseList(raw.policyActs),
    removalActs: new Set(raw.removalActs),
    /** `policyActs` and the acts that state a policy only after 'will' or 'would'. */
    modalPolicyActs: new PhraseList([...raw.policyActs, ...raw.modalPolicyActs]),
    collectiveVerbs: new Set(raw.collectiveVerbs),
    tellingActs: new Set(raw.tellingActs),
    opposedWhenNegated: new Set(raw.opposedWhenNegated),
    supportedWhenNegated: new Set(raw.supportedWhenNegated),
    rejectedWhenNegated: new Set(raw.rejectedWhenNegated),
    onlyWhenNegated: new Set(raw.onlyWhenNegated),
    onlyWhenRefused: new Set(raw.onlyWhenRefused),
    refusingModals: phrases(raw.refusingModals),
    permissionParticiples: new Set(raw.permissionParticiples),
    ambitions: new Set(raw.ambitions),
    exclusions: new Set(raw.exclusions),
    agentNouns: new Map(Object.entries(raw.agentNouns)),
    measureAgentNouns: new Map(Object.entries(raw.measureAgentNouns)),
    candidateAgentNouns: new Set(raw.candidateAgentNouns),
    actNouns: new Map(Object.entries(raw.actNouns)),
    actNounsWithAct: new Map(Object.entries(raw.actNounsWithAct)),
    actNounsOnActsNotPersons: new Set(raw.actNounsOnActsNotPersons),
    withholdingNouns: new Set(raw.withholdingNouns),
    revokingVerbs: new Set(raw.revokingVerbs),
    expressingVerbs: new Set(raw.expressingVerbs),
    takingVerbs: new Set(raw.takingVerbs),
    takenActNouns: new Set(raw.takenActNouns),
    nounPrepositions: new Set(raw.nounPrepositions),
    nounModifiers: new Set(raw.nounModifiers),
    groupGovernors: new Set(raw.groupGovernors),
    ownerVoices: new Set(raw.ownerVoices),
    listingVerbs: new Set(raw.listingVerbs),
    shareWords: new Set(raw.shareWords),
    affixes: new Map(Object.entries(raw.affixes)),
    affixExclusions: new Set(raw.affixExclusions),
    /** Predicates after a copula ("is opposed to"), and manner phrases, which may also follow any verb ("voted in favour of"). */
    predicates: new Map<string, { polarity: Polarity; afterAnyVerb: boolean }>([
      ...Object.entries(raw.predicates).map(([cue, polarity]) => [cue, { polarity, afterAnyVerb: false }] as const),
      ...Object.entries(raw.mannerPhrases).map(([cue, polarity]) => [cue, { polarity, afterAnyVerb: true }] as const),
    ]),
    predicatePhrases: new PhraseList([...Object.keys(raw.predicates), ...Object.keys(raw.mannerPhrases)]),
    copulas: new Set(raw.copulas),
    verdicts: new Map(Object.entries(raw.verdicts)),
    verdictInverters: new Set(raw.verdictInverters),
    quotedModals: new PhraseList(raw.quotedModals),
    quotedSubjects: new Set(raw.quotedSubjects),
    quotedDutySubjects: new Set(raw.quotedDutySubjects),
    quotedAddresseeModals: new Set(raw.quotedAddresseeModals),
    quotedWishes: new PhraseList(raw.quotedWishes),
    reportedWishes: new PhraseList(raw.reportedWishes),
    quotedVerdictPhrases: new Map(Object.entries(raw.quotedVerdictPhrases)),
    quotedVerdictList: new PhraseList(Object.keys(raw.quotedVerdictPhrases)),
    emptyHeads: new Set(raw.emptyHeads),
    // Longest first, so "the idea of" is stripped before "the".
    wrappers: phrases(raw.wrappers).sort((a, b) => b.length - a.length),
    timeWords: new Set(raw.timeWords),
    timePrepositions: new Set(raw.timePrepositions),
    timeDeterminers: new Set(raw.timeDeterminers),
    changes: phrases(raw.changes),
    negations: new Set(raw.negations),
    hypotheticalModals: new Set(raw.hypotheticalModals),
    possibilityModals: new Set(raw.possibilityModals),
    conditions: new Set(raw.conditions),
    negatedModals: phrases(raw.negatedModals),
    withholdingVerbs: new Set(raw.withholdingVerbs),
    openClauseMarks: new Set(raw.openClauseMarks),
    dutyQuantifiers: new Set(raw.dutyQuantifiers),
    comparatives: new Set(raw.comparatives),
    receivingVerbs: new Set(raw.receivingVerbs),
    receivedFeelings: new Set(raw.receivedFeelings),
    gratitudeWords: new Set(raw.gratitudeWords),
    givenWithNouns: new Set(raw.givenWithNouns),
    memberNouns: new Set(raw.memberNouns),
    antecedentNouns: new Set(raw.antecedentNouns),
    goalNouns: new Set(raw.goalNouns),
    threatNouns: new Set(raw.threatNouns),
    passageVerbs: new Set(raw.passageVerbs),
    enactingVerbs: new Set(raw.enactingVerbs),
    actNounPhrases: new Map(Object.entries(raw.actNounPhrases)),
    callingVerbs: new Set(raw.callingVerbs),
    faultNouns: new Set(raw.faultNouns),
    showingVerbs: new Set(raw.showingVerbs),
  };
});

/** Whether the words at `at` spell `phrase`. */
export const spells = (words: readonly { lower: string }[], at: number, phrase: readonly string[]) => phrase.every((part, k) => words[at + k]?.lower === part);

const ReadableSchema = Type.Object({ danglingStarts: Strings, danglingEnds: Strings, pronouns: Strings });

/** data/stances/readable-issue.json: what an issue may not start or end with, and the words that are only pronouns. */
export const readableIssueLists = resource('readable issue lists', (data) => {
  const raw = data.json('stances/readable-issue.json', ReadableSchema);
  return { danglingStarts: new Set(raw.danglingStarts), danglingEnds: new Set(raw.danglingEnds), pronouns: new Set(raw.pronouns) };
});

/** data/stances/grammar-words.json: the closed word classes the stage reads a sentence's shape by. */
export const stanceGrammarWords = wordSetsResource('stance grammar words', 'stances/grammar-words.json', [
  'actPrepositions', 'attributiveDeterminers', 'relativePronouns', 'ambitionCircumstances', 'reflexives', 'objectPronouns', 'receivingParticles', 'overridingPrepositions', 'firstPersonOwners', 'policyModals', 'personalOwners', 'thinkingVerbs', 'quantifiersAfterDutySubject', 'askingMarks', 'wordsAfterDash', 'predicatePronouns', 'pluralPronouns', 'exampleMarks', 'coordinators', 'issueEnds', 'wordsAfterAnActor', 'possessivePronouns', 'emptyHeadRelatives', 'quantityWords', 'emptyHeadCompanions', 'nonFiniteBe', 'firstPersonSubjects', 'haveForms', 'issueFunctionWords', 'sharingMarks', 'sharingAuxiliaries', 'thirdPersonSubjects',
]);
