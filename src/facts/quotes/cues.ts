/** Attribution cues (data/quotes/cues.json): speech and cognition verbs, nominal speakers, cues that need a clause, cues whose object is the hearer, "as X put it", verbs with a particle ("shot back"). */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import { afterPassiveAuxiliary } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, type Word } from '../words.js';
import { isClauseMark } from './function-words.js';

const CueSchema = Type.Object({
  speech: Strings,
  cognition: Strings,
  nominal: Strings,
  clauseOnly: Strings,
  evaluative: Strings,
  topical: Strings,
  addressee: Strings,
  asPutIt: Strings,
  particleVerbs: Strings,
  adjunctPrepositions: Strings,
  passiveOpeners: Strings,
  settingWords: Strings,
  participleOpeners: Strings,
  timeWords: Strings,
  documentNouns: Strings,
  speechNouns: Strings,
  quantifierSubjects: Strings,
  summons: Type.Object({ verbs: Strings, prepositions: Strings, places: Strings }),
  winnings: Type.Object({ verbs: Strings, prizes: Strings }),
  quotationOnly: Strings,
  relativeOpeners: Strings,
  sentenceOpeners: Strings,
  intentions: Strings,
  hypotheticalMarks: Strings,
  askingVerbs: Strings,
  inferenceVerbs: Strings,
  acts: Type.Array(Type.Object({ verbs: Strings, objects: Strings })),
});

export type CueKind = 'speech' | 'cognition' | 'according';

const data = resource('quote cues', (data) => {
  const raw = data.json('quotes/cues.json', CueSchema);
  return {
    kinds: new Map<string, CueKind>([
      // An intention verb in neither speech nor cognition ("sought") is a cue only for its to-infinitive (sentence-cues.ts).
      ...raw.intentions.map((cue): [string, CueKind] => [cue, 'cognition']),
      ...raw.cognition.filter((cue) => !cue.includes(' ')).map((cue): [string, CueKind] => [cue, 'cognition']),
      ...raw.speech.map((cue): [string, CueKind] => [cue, 'speech']),
    ]),
    intentions: new Set(raw.intentions),
    hypotheticalMarks: new Set(raw.hypotheticalMarks),
    intentionOnly: new Set(raw.intentions.filter((verb) => !raw.speech.includes(verb) && !raw.cognition.includes(verb))),
    nominal: new Set(raw.nominal),
    clauseOnly: new Set(raw.clauseOnly),
    evaluative: new Set(raw.evaluative),
    topical: new Set(raw.topical),
    addressee: new Set(raw.addressee),
    asPutIt: new Set(raw.asPutIt),
    particleVerbs: new Set(raw.particleVerbs),
    adjunctPrepositions: new Set(raw.adjunctPrepositions),
    passiveOpeners: new Set(raw.passiveOpeners),
    settingWords: new Set(raw.settingWords),
    participleOpeners: new Set(raw.participleOpeners),
    timeWords: new Set(raw.timeWords),
    documentNouns: new Set(raw.documentNouns),
    speechNouns: new Set(raw.speechNouns),
    quantifierSubjects: new Set(raw.quantifierSubjects),
    summons: { verbs: new Set(raw.summons.verbs), prepositions: new Set(raw.summons.prepositions), places: new Set(raw.summons.places) },
    winnings: { verbs: new Set(raw.winnings.verbs), prizes: new Set(raw.winnings.prizes) },
    quotationOnly: new Set(raw.quotationOnly),
    relativeOpeners: new Set(raw.relativeOpeners),
    sentenceOpeners: new Set(raw.sentenceOpeners),
    askingVerbs: new Set(raw.askingVerbs),
    inferenceVerbs: new Set(raw.inferenceVerbs),
    acts: raw.acts.map((act) => ({ verbs: new Set(act.verbs), objects: new Set(act.objects) })),
  };
});

/** Whether `word` names something said ("her remark", "his warning"). */
export const isSpeechNoun = (word: Word): boolean => data().speechNouns.has(word.lower);

/** Whether `word` names a document that speaks for whoever issues it ("a statement", "a poll"). */
export const isDocumentNoun = (word: Word): boolean => data().documentNouns.has(word.lower);

/** Whether `word` can stand alone as a subject for a group named before ("most", "many", "others"). */
export const isQuantifierSubject = (word: Word): boolean => data().quantifierSubjects.has(word.lower);

/** Whether `word` names a time ("Friday", "the day"), which heads no speaker. */
export const isTimeWord = (word: Word): boolean => data().timeWords.has(word.lower);

/**
 * The kind of cue word `index` is: a reporting verb, or "according" of "according to".
 * `verbInParse` tells whether the parse reads a word tagged as a noun as a verb with a subject
 * and a clause ("Trump charges that ..."), so that its noun tag does not count; it is asked
 * only about a cue word of the lexicon, since it may parse the sentence.
 */
export function cueAt(words: readonly Word[], index: number, verbInParse: (index: number) => boolean = () => false): CueKind | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  if (word.lower === 'according' && words[index + 1]?.lower === 'to') return 'according';
  if (data().asPutIt.has(word.lower)) return asPutIt(words, index) ? 'speech' : undefined;
  // "Clinton shot back", "the mayor weighed in": the verb with its particle.
  if (isParticleCue(words, index)) return 'speech';
  const kind = data().kinds.get(word.lower);
  if (kind === undefined) return undefined;
  // "so-called", "well-said": a verb joined into a compound is no cue; nor is a passive
  // ("the agreement was announced"), whose subject is what was said, not who said it; "is
  // declaring", "are warning" are progressives, whose subject is the speaker.
  const previous = words[index - 1];
  if (previous !== undefined && previous.text === '-' && previous.end === word.start) return undefined;
  if (!word.lower.endsWith('ing') && afterPassiveAuxiliary(words, index)) return undefined;
  if (summons(words, index) || claimsWinnings(words, index) || performsAct(words, index)) return undefined;
  // "his remarks", "rezoning plans", "raised questions": the noun of a reporting verb's form is no
  // cue. The tagger also reads some participles as nouns (", warning that"), which stay cues.
  if (word.pos === 'NOUN' && !/(ing|ed)$/.test(word.lower) && !verbInParse(index)) return undefined;
  // "Trump spokesman Hope Hicks": a capitalised word inside a sentence, before another, is a name.
  const next = words[index + 1];
  if (isCapitalised(word) && previous?.sentence === word.sentence && next !== undefined && isCapitalised(next)) return undefined;
  return kind;
}

/**
 * Whether the verb at `index` summons someone to a place rather than reports speech ("called
 * LeVell, a former county chairman, onto the stage"): later in its sentence, one of the summons
 * prepositions and, after an optional article, one of its places.
 */
function summons(words: readonly Word[], index: number): boolean {
  const { verbs, prepositions, places } = data().summons;
  if (!verbs.has(words[index]!.lower)) return false;
  for (let at = index + 1; at < words.length && words[at]!.sentence === words[index]!.sentence; at++) {
    if (!prepositions.has(words[at]!.lower)) continue;
    const place = words[at + 1]?.lower === 'the' ? words[at + 2] : words[at + 1];
    if (place !== undefined && places.has(place.lower)) return true;
  }
  return false;
}

/** How many words after a verb of claiming its object's head may stand ("claimed his third straight victory"). */
const MAX_PRIZE_WORDS = 5;

/**
 * Whether the verb at `index` claims something won rather than reports speech ("claimed victory
 * in Iowa", "claiming 41 percent of the vote"): one of the prizes among the few words after it,
 * before any verb, clause mark or punctuation, and no verb right after its phrase ("claimed that
 * the victory was his", "claimed 400 delegates took part" report words).
 */
function claimsWinnings(words: readonly Word[], index: number): boolean {
  const { verbs, prizes } = data().winnings;
  if (!verbs.has(words[index]!.lower)) return false;
  for (let at = index + 1; at <= index + MAX_PRIZE_WORDS && at < words.length && words[at]!.sentence === words[index]!.sentence; at++) {
    const word = words[at]!;
    if (prizes.has(word.lower)) return !verbAfterPhrase(words, at);
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PUNCT' || word.pos === 'SCONJ' || isClauseMark(word)) return false;
  }
  return false;
}

/** The most words between a verb and the object that makes it an act ("wrote two checks", "called a special election"). */
const MAX_ACT_WORDS = 3;

/**
 * Whether the verb at `index` does something rather than reports words ("wrote a check", "called
 * a referendum", "say goodbye"): one of its act's objects among the few words
 * after it, before any verb, preposition, clause mark or punctuation ("called for a vote" reports).
 */
function performsAct(words: readonly Word[], index: number): boolean {
  const act = data().acts.find(({ verbs }) => verbs.has(words[index]!.lower));
  if (act === undefined) return false;
  for (let at = index + 1; at <= index + MAX_ACT_WORDS && at < words.length && words[at]!.sentence === words[index]!.sentence; at++) {
    const word = words[at]!;
    if (act.objects.has(word.lower)) return true;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PUNCT' || word.pos === 'SCONJ' || word.pos === 'ADP' || isClauseMark(word)) return false;
  }
  return false;
}

/** Tags of the words a noun phrase may go on with after its head ("delegates and alternates", "victory Tuesday"). */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'CCONJ', 'PART']);

/** Whether the noun phrase going on from word `index` is followed by a verb, so that it is that verb's subject: "claimed [nearly 400 delegates] participated". */
function verbAfterPhrase(words: readonly Word[], index: number): boolean {
  let at = index + 1;
  while (at < words.length && words[at]!.sentence === words[index]!.sentence && PHRASE_TAGS.has(words[at]!.pos)) at++;
  const next = words[at];
  return next !== undefined && next.sentence === words[index]!.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** The most words between "as" and "put it": the speaker's name or a short description of them. */
const MAX_AS_SPEAKER_WORDS = 6;

/**
 * Whether `put` at `index` is of "as X put it": "as" opening its clause a few words before, and
 * "it" after, followed by punctuation ("As the minister put it, ...") unless the clause follows a
 * quotation (""...," as she put it in an interview"); not "as he put it on the table".
 */
function asPutIt(words: readonly Word[], index: number): boolean {
  if (words[index + 1]?.lower !== 'it') return false;
  const after = words[index + 2];
  const endsAtIt = after === undefined || after.sentence !== words[index]!.sentence || /^[.,;:!?"“”—–)]$/u.test(after.text);
  for (let at = index - 2; at >= index - 1 - MAX_AS_SPEAKER_WORDS && at >= 0; at--) {
    const word = words[at]!;
    if (word.sentence !== words[index]!.sentence || /^[.,;:!?"“”]$/u.test(word.text)) return false;
    if (word.lower !== 'as') continue;
    const before = words[at - 1];
    if (before === undefined || before.sentence !== word.sentence) return endsAtIt;
    const afterQuotation = /^(["”]|'')$/u.test(before.text) || (before.text === ',' && /^(["”]|'')$/u.test(words[at - 2]?.text ?? ''));
    return afterQuotation || (endsAtIt && /^[^\p{L}\p{N}]+$/u.test(before.text));
  }
  return false;
}

/**
 * Whether the word at `index` and the next are a verb with a particle that reports speech ("shot
 * back"): a cue for a quotation only, since what follows it is rarely what was said ("weighed in
 * on Monday", "shot back at the intruder").
 */
export function isParticleCue(words: readonly Word[], index: number): boolean {
  return data().particleVerbs.has(`${words[index]!.lower} ${words[index + 1]?.lower ?? ''}`);
}

/** Whether a word names a speaker that is not a name: "official", "spokesman", "sources". */
export function isNominalSpeaker(word: Word): boolean {
  return data().nominal.has(word.lower);
}


/** Whether a cue word reports words only with a clause after it ("critics warn that ...", not "maintain a balance"). */
export function needsClause(word: Word): boolean {
  return data().clauseOnly.has(word.lower);
}

/** Whether a cue word praises, condemns or expresses, reporting words only with a clause of its own ("expressed optimism that ..."), a stance with a noun phrase alone ("condemned Russia over hacking"). */
export function isEvaluative(word: Word): boolean {
  return data().evaluative.has(word.lower);
}

/** Whether a cue word's noun-phrase object is what was talked about ("cited his record", "discussed the election", "thanked supporters"), so that it reports words only with a clause ("questioned whether ..."). */
export function isTopical(word: Word): boolean {
  return data().topical.has(word.lower);
}

/** Whether a verb reports what someone intends or promises with its to-infinitive ("vowed to block the bill"). */
export function reportsIntention(word: Word): boolean {
  return data().intentions.has(word.lower);
}

/**
 * Whether intention verb `index` reports the to-infinitive after it ("vowed to block", "wants
 * Clinton to sign up"): not when a modal or subordinator makes it a supposition ("if you want to
 * understand", "might want to think twice").
 */
export function hasIntendedInfinitive(words: readonly Word[], tree: DependencyTree, index: number): boolean {
  if (!reportsIntention(words[index]!)) return false;
  const dependents = tree.dependentsOf(index);
  if (dependents.some((dependent) => dependent < index && data().hypotheticalMarks.has(words[dependent]!.lower))) return false;
  return dependents.some((dependent) => dependent > index && tree.baseRelation(dependent) === 'xcomp' && words[tree.extent(dependent)[0]]!.lower === 'to');
}

/** Whether a cue word reports only an intention, with its to-infinitive ("sought to"): an intention verb that is no speech or cognition cue. */
export function reportsOnlyIntention(word: Word): boolean {
  return data().intentionOnly.has(word.lower);
}

/** Whether a cue word's noun object is the one spoken to ("told reporters"), not what was said. */
export function takesHearer(word: Word): boolean {
  return data().addressee.has(word.lower);
}

/** Whether a preposition or subordinator opens an adjunct of time, place or occasion ("during", "after", "when"), not what was said. */
export function isSettingWord(word: Word): boolean {
  return data().settingWords.has(word.lower);
}

/** Whether `word` opens a participle clause whose subject is that of the clause it qualifies ("by calling", "after telling"). */
export function opensParticipleClause(word: Word | undefined): boolean {
  return word !== undefined && data().participleOpeners.has(word.lower);
}

/** Whether a preposition's phrase alone after a reporting verb tells where, when or about what something was said ("noted in The Intercept", "say about men"), not what. */
export function isAdjunctPreposition(word: Word): boolean {
  return data().adjunctPrepositions.has(word.lower);
}

/** Whether a subordinator makes a reporting verb's participle right after it, with no subject of its own, a passive ("when asked", "if pressed"). */
export function opensPassive(word: Word): boolean {
  return data().passiveOpeners.has(word.lower);
}

/** Whether a cue word reports words only as the cue of a quotation or with "that" after it ("continued"), not what follows it ("continued to raise money"). */
export function reportsOnlyQuotation(word: Word): boolean {
  return data().quotationOnly.has(word.lower);
}

/** Whether `word` opens a relative clause after a comma ("..., where the governor has promised to veto it"). */
export function opensRelativeClause(word: Word | undefined): boolean {
  return word !== undefined && data().relativeOpeners.has(word.lower);
}

/** Whether `word` opens a subordinate clause before its sentence's main clause ("Though she called for ..., the senator ..."). */
export function opensSubordinateClause(word: Word | undefined): boolean {
  return word !== undefined && data().sentenceOpeners.has(word.lower);
}

/** Whether a cue word asks, so that its indirect question is what was asked ("asked whether ..."), not a topic. */
export function asks(word: Word): boolean {
  return data().askingVerbs.has(word.lower);
}

/** Whether a cue word also tells what a thing shows ("the figures suggest", "the vote reflected"), so that it reports words only of someone. */
export function alsoInfers(word: Word): boolean {
  return data().inferenceVerbs.has(word.lower);
}

/**
 * "The harbour board cited “rising costs”": the parser may make a sentence's subject its root
 * and hang the verb on it as a clause that qualifies it; a cue so hung, with an object or a
 * clause of its own, is the sentence's main verb (treeSubject reads the root as its subject).
 */
export function misreadMainVerb(tree: DependencyTree, index: number): boolean {
  const head = tree.head(index);
  return tree.relation(index) === 'acl' && head >= 0 && head < index && tree.relation(head) === 'root' && (tree.dependent(index, 'obj') >= 0 || tree.dependent(index, 'ccomp') >= 0);
}
