/**
 * The project's event lexicon (data/events): event nouns, verbs whose complement or object
 * carries the event (intent, refusal, threat and demand families; governors; light verbs),
 * idioms and verbs of saying left uncoded, and codes for verbs the CAMEO dictionary leaves
 * uncoded.
 */
import Type, { type Static } from 'typebox';
import { resource, StringRecord, Strings } from '../../resources.js';
import type { Word } from '../words.js';
import { dictionaryVerbForms } from './cameo.js';

const NominalSchema = Type.Object({
  triggers: StringRecord,
  nounOnly: Strings,
  modifiers: Strings,
  measures: Strings,
  ofAgents: Strings,
  possessorUndergoes: Strings,
});

const nominalData = resource('event nouns', (data) => {
  const raw = data.json('events/nominals.json', NominalSchema);
  const pairStarts = new Set(Object.keys(raw.triggers).filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!));
  return { triggers: new Map(Object.entries(raw.triggers)), pairStarts, nounOnly: new Set(raw.nounOnly), modifiers: new Set(raw.modifiers), measures: new Set(raw.measures), ofAgents: new Set(raw.ofAgents), possessorUndergoes: new Set(raw.possessorUndergoes) };
});

/** An event noun at word `index` ("summit", "phone call"): its code, whether it can only be a noun, and its last word. */
export function nominalAt(words: readonly Word[], index: number): { code: string; phrase: string; nounOnly: boolean; last: number } | undefined {
  const { triggers, nounOnly, pairStarts } = nominalData();
  const pair = words[index + 1] === undefined || !pairStarts.has(words[index]!.lower) ? undefined : `${words[index]!.lower} ${words[index + 1]!.lower}`;
  if (pair !== undefined && triggers.has(pair)) return { code: triggers.get(pair)!, phrase: pair, nounOnly: nounOnly.has(pair), last: index + 1 };
  const single = words[index]!.lower;
  const code = triggers.get(single);
  return code === undefined ? undefined : { code, phrase: single, nounOnly: nounOnly.has(single), last: index };
}

/** Whether the word before an ambiguous event word makes it a noun ("a visit", "Putin's call"). */
export function isNounModifier(word: Word | undefined): boolean {
  return word !== undefined && nominalData().modifiers.has(word.lower);
}

const ComplementSchema = Type.Object({
  families: Type.Record(Type.String(), Type.Object({ verbs: Strings, default: Type.String(), byComplement: StringRecord })),
  governors: Strings,
  lightVerbs: Strings,
  undergoers: Strings,
  ignored: Strings,
  idioms: Strings,
  statementRefusals: Strings,
});

/** A verb whose infinitive complement it codes with ("agreed to meet" -> 036): its family and codes. */
export interface ComplementFamily {
  readonly name: string;
  readonly code: (complementCategory: string | undefined) => string;
}

const complementData = resource('complement verbs', (data) => {
  const raw = data.json('events/complements.json', ComplementSchema);
  const byVerb = new Map<string, ComplementFamily>();
  for (const [name, family] of Object.entries(raw.families)) {
    const entry: ComplementFamily = { name, code: (category) => (category === undefined ? undefined : family.byComplement[category]) ?? family.default };
    for (const verb of family.verbs) byVerb.set(verb, entry);
  }
  return { byVerb, governors: new Set(raw.governors), lightVerbs: new Set(raw.lightVerbs), undergoers: new Set(raw.undergoers), ignored: new Set(raw.ignored), idioms: new Set(raw.idioms), statementRefusals: new Set(raw.statementRefusals) };
});

/** Whether the infinitive at `verb` makes a refusal before it a statement ("declined to comment", "refused to rule out"). */
export function refusesStatement(words: readonly Word[], verb: number): boolean {
  const { statementRefusals } = complementData();
  return statementRefusals.has(words[verb]?.lower ?? '') || statementRefusals.has(`${words[verb]?.lower ?? ''} ${words[verb + 1]?.lower ?? ''}`);
}

/** The complement family of a verb form ("agreed": intent), if it has one. */
export function complementFamily(word: Word): ComplementFamily | undefined {
  return complementData().byVerb.get(word.lower);
}

/** Verbs never coded as events here: verbs of saying, "according" of "according to", idioms ("took place"). */
export function isIgnoredVerb(words: readonly Word[], index: number): boolean {
  const { ignored, idioms } = complementData();
  return ignored.has(words[index]!.lower) || idioms.has(`${words[index]!.lower} ${words[index + 1]?.lower ?? ''}`);
}

/** Verbs that only frame their complement ("plans to visit", "began shelling"). */
export function isGovernor(word: Word): boolean {
  return complementData().governors.has(word.lower);
}

/** Verbs that pass their event to the event noun they take ("held talks", "imposed sanctions"). */
export function isLightVerb(word: Word): boolean {
  return complementData().lightVerbs.has(word.lower);
}

/** Verbs whose subject undergoes the event noun they take ("survived an assassination attempt"). */
export function isUndergoingVerb(word: Word): boolean {
  return complementData().undergoers.has(word.lower);
}

const CuratedVerbSchema = Type.Object({ code: Type.String(), override: Type.Boolean() });
type CuratedVerb = Static<typeof CuratedVerbSchema>;

const curatedVerbs = resource('curated verbs', (data) => new Map(Object.entries(data.json('events/verbs-curated.json', Type.Object({ verbs: Type.Record(Type.String(), CuratedVerbSchema) })).verbs)));

/** The project's code for a verb form the CAMEO dictionary leaves uncoded or codes as another act (data/events/verbs-curated.json). */
export function curatedVerb(word: Word): CuratedVerb | undefined {
  return curatedVerbs().get(word.lower);
}

/** Whether an event noun's "of" phrase names its doer ("the mediation of the EU"), not the party it acts on ("the expulsion of the charity"). */
export function takesAgentOf(phrase: string): boolean {
  return nominalData().ofAgents.has(phrase);
}

/** Whether an event noun's possessor is the one it is done to ("Kennedy's assassination", "her detention"), not its doer. */
export function possessorUndergoes(phrase: string): boolean {
  return nominalData().possessorUndergoes.has(phrase);
}

/** Whether a noun counts or times events ("days" of "three days of clashes"). */
export function isMeasureNoun(word: Word): boolean {
  return nominalData().measures.has(word.lower);
}

const triggerWords = resource('trigger words', () => new Set<string>([
  ...dictionaryVerbForms(),
  ...curatedVerbs().keys(),
  ...[...nominalData().triggers.keys()].map((key) => key.split(' ')[0]!),
]));

/** The word forms that can start an event trigger at all (a dictionary verb, a curated verb or the first word of an event noun). */
export function triggerForms(): ReadonlySet<string> {
  return triggerWords();
}

const mediaOutlets = resource('media outlets', (data) => new Set(data.json('events/media-outlets.json', Type.Object({ outlets: Strings })).outlets));

/** Whether the words `first`..`last` name a broadcaster or platform ("Twitter", "Fox News"). */
export function isMediaOutlet(words: readonly Word[], first: number, last: number): boolean {
  return mediaOutlets().has(words.slice(first, last + 1).map((word) => word.lower).join(' '));
}

const placePeople = resource('place people nouns', (data) => new Set(data.json('events/place-people.json', Type.Object({ nouns: Strings })).nouns));

/** Whether the word at `index` is a noun for a place's people ("residents", "voters"). */
export function isPlacePeopleNoun(words: readonly Word[], index: number): boolean {
  return placePeople().has(words[index]?.lower ?? '');
}
