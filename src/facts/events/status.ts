/**
 * An event's status from the words before its trigger (and hedges right after it), with the
 * cue lists of data/events/status.json: denied, refused, hypothetical, proposed, planned,
 * ongoing, else occurred. An event coded as a rejection is refused.
 */
import type { EventStatus } from '../../document/contract.js';
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, PhraseList, type Word } from '../words.js';

const StatusSchema = Type.Object({
  negations: Strings,
  futureModals: Strings,
  refusals: Strings,
  willingness: Strings,
  choices: Strings,
  notOnly: Strings,
  intentNouns: Strings,
  denials: Strings,
  hypothetical: Strings,
  proposed: Strings,
  proposedActs: Strings,
  planned: Strings,
  plannedBefore: Strings,
  ongoing: Strings,
  progressive: Strings,
  hedgesAfter: Strings,
  ongoingInPresent: Strings,
  positionsInFirstPerson: Strings,
  factualMarks: Strings,
  messageNouns: Strings,
  ongoingBackdrops: Strings,
  pastAuxiliaries: Strings,
  counterfactualModals: Strings,
  habitualAdverbs: Strings,
  pastPassiveHelpers: Strings,
});

const cues = resource('status cues', (data) => {
  const raw = data.json('events/status.json', StatusSchema);
  const list = (phrases: readonly string[]) => new PhraseList(phrases);
  return {
    negations: list(raw.negations), futureModals: list(raw.futureModals), denials: list(raw.denials),
    refusals: list(raw.refusals), willingness: list(raw.willingness), choices: list(raw.choices), notOnly: new Set(raw.notOnly), intentNouns: new Set(raw.intentNouns),
    hypothetical: list(raw.hypothetical), proposed: list(raw.proposed), proposedActs: list(raw.proposedActs), planned: list(raw.planned), plannedBefore: list(raw.plannedBefore),
    ongoing: list(raw.ongoing), progressive: list(raw.progressive), hedgesAfter: list(raw.hedgesAfter),
    ongoingInPresent: new Set(raw.ongoingInPresent), positionsInFirstPerson: new Set(raw.positionsInFirstPerson), factualMarks: new Set(raw.factualMarks), messageNouns: new Set(raw.messageNouns),
    ongoingBackdrops: new Set(raw.ongoingBackdrops), pastAuxiliaries: new Set(raw.pastAuxiliaries), counterfactualModals: new Set(raw.counterfactualModals),
    habitualAdverbs: new Set(raw.habitualAdverbs), pastPassiveHelpers: new Set(raw.pastPassiveHelpers),
  };
});

/** How far back from the trigger the governing words are looked for ("hope that the talks would lead to ..."). */
const WINDOW_BEFORE = 10;
const WINDOW_AFTER = 6;
const NEGATION_REACH = 3;
/** Subjects after which a verb in -s is in the present tense ("he calls for", "a lawyer who criticizes"). */
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she', 'it', 'who', 'that', 'which']);
/**
 * Subjects after which a verb's bare form is in the present tense ("they back her"); not "I" or
 * "we", whose "I ask", "we regret" are acts done in the saying, nor "who", after which an
 * irregular past looks the same ("an official who oversaw").
 */
const BARE_FORM_SUBJECTS = new Set(['you', 'they']);
/** Subjects of the first person, after which the bare form of a verb of a position held (`positionsInFirstPerson`) is in the present tense too ("I support Cruz"). */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);
/** How many adverbs may stand between a subject and its verb ("who frequently criticizes", "she also strongly supports"). */
const MAX_ADVERBS_BEFORE_VERB = 2;

/**
 * Whether the verb at `trigger` is a present tense right after its subject, maybe past an adverb
 * or two: in -s after a pronoun or name ("She urges", "Sanders calls for", "who frequently
 * criticizes"), or its bare form after "they" or "you" ("they back"), or after "I" or "we" where
 * `firstPerson` allows it ("I support Cruz");
 * not in the article's first sentence or its title's lines (`headline`), which tell past events in the present.
 */
function isPresentAfterSubject(words: readonly Word[], trigger: number, headline: boolean, firstPerson = false): boolean {
  const word = words[trigger]!;
  if (headline || word.sentence === 0) return false;
  const thirdPerson = /[^s]s$/.test(word.lower);
  if (!thirdPerson && (word.pos !== 'VERB' || /(?:ed|ing|s)$/.test(word.lower))) return false;
  let before = trigger - 1;
  while (trigger - before <= MAX_ADVERBS_BEFORE_VERB && words[before]?.pos === 'ADV' && words[before]!.sentence === word.sentence) before--;
  const previous = words[before];
  if (previous === undefined || previous.sentence !== word.sentence) return false;
  // "should you give me": a subject after its auxiliary asks or supposes.
  if (!thirdPerson) return (BARE_FORM_SUBJECTS.has(previous.lower) || (firstPerson && FIRST_PERSON_SUBJECTS.has(previous.lower))) && words[before - 1]?.pos !== 'AUX';
  return THIRD_PERSON_SUBJECTS.has(previous.lower) || previous.pos === 'PROPN';
}

/** Parts of speech of the words a participle that tells a position may modify. */
const HOLDER_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/**
 * Parts of speech that, just before a participle, make it no noun's lasting position: set apart as
 * an act of its own ("the loudest figure, mocking him"; "at one point even admonishing"), or a
 * tense the parser missed ("when voters were backing her").
 */
const SETTING_APART_TAGS = new Set(['PUNCT', 'ADV', 'AUX']);

/**
 * Whether the -ing verb at `trigger` modifies, right after it, a noun that holds a position
 * ("super PACs backing Cruz", "groups demanding a recount"); not a message's one act ("a letter
 * asking ..."), nor a clause a preposition opens ("a line of attack by mocking his hands").
 */
function isParticipleOfNoun(words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  const noun = tree.head(trigger);
  if (noun < 0 || noun > trigger || tree.baseRelation(trigger) !== 'acl' || !words[trigger]!.lower.endsWith('ing')) return false;
  if (!HOLDER_TAGS.has(words[noun]!.pos) || cues().messageNouns.has(words[noun]!.lower) || SETTING_APART_TAGS.has(words[trigger - 1]!.pos)) return false;
  return tree.dependent(trigger, 'mark', 'case') < 0;
}

/** How many adjectives or adverbs may stand between "no" and a noun of intent ("no immediate plans to"). */
const MAX_INTENT_MODIFIERS = 2;

/** Whether the noun of intent at `noun` follows "no", past a few modifiers: "no plans to", "no sincere intention of". */
function isRefusedIntent(words: readonly Word[], noun: number): boolean {
  if (!cues().intentNouns.has(words[noun]!.lower)) return false;
  let i = noun - 1;
  while (i >= 0 && noun - i <= MAX_INTENT_MODIFIERS && (words[i]!.pos === 'ADJ' || words[i]!.pos === 'ADV')) i--;
  return words[i]?.lower === 'no';
}

/** Words that open a condition. */
const CONDITIONS = new Set(['if', 'unless']);
/**
 * Words after a trigger that end its clause: a condition past one of them is another clause's,
 * however the parse hangs it ("chiding Trump, who, if he wins, would ...", "intervened: If Sanders
 * would debate", "promised that if voters backed him, he would ...", "the two guards hurt in the raid
 * could have been spared “if the convoy had ...").
 */
const CLAUSE_BREAKS = new Set([';', ':', '-', '–', '—', '"', '“', '”', 'who', 'which', 'that']);
/** Words that end a trigger's clause for the word rule, which has no parse to tell a condition set off by a comma ("exchanging and having, if you will, ..."). */
const WORD_CLAUSE_BREAKS = new Set([...CLAUSE_BREAKS, ',', 'but']);

/** Whether a condition opens among `after`, the words right after a trigger, before its clause ends ("would strike ... if Tehran resumed"). */
function conditionAfter(after: readonly Word[]): boolean {
  for (const word of after) {
    if (CONDITIONS.has(word.lower)) return true;
    if (WORD_CLAUSE_BREAKS.has(word.lower)) return false;
  }
  return false;
}

/** Whether one of `CLAUSE_BREAKS` stands between words `from` and `to`. */
const clauseBreakBetween = (words: readonly Word[], from: number, to: number) => words.slice(from + 1, to).some((word) => CLAUSE_BREAKS.has(word.lower));

/** Whether word `i` is part of a name: tagged so, or capitalised within its sentence ("a Planned Parenthood clinic"). */
function inName(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  return word.pos === 'PROPN' || (isCapitalised(word) && words[i - 1]?.sentence === word.sentence);
}

/** Whether a cue of `list` starts at word `i`; a word of a name is none. */
const cueAt = (words: readonly Word[], i: number, list: PhraseList) => !inName(words, i) && list.at(words, i) !== undefined;

/** Whether a negation starts at word `i`, not one that only limits ("not just X but also Y"). */
const negationAt = (words: readonly Word[], i: number) => cueAt(words, i, cues().negations) && !cues().notOnly.has(words[i + 1]?.lower ?? '');

/** How many words of a cue phrase starting at a word may be the one that governs the trigger. */
const CUE_PHRASE_WORDS = 3;
/** Whether word `i` or one of the next words of a cue phrase it may start (`length` of them, where the phrase is known) governs the trigger. */
const phraseGoverns = (i: number, governing: ReadonlySet<number>, length = CUE_PHRASE_WORDS) => {
  for (let k = 0; k < length; k++) if (governing.has(i + k)) return true;
  return false;
};

/** The auxiliaries the parse gives verb `verb` before it ("would have", "is being"). */
const auxiliariesBefore = (tree: DependencyTree, verb: number) => tree.dependentsOf(verb).filter((dependent) => dependent < verb && tree.baseRelation(dependent) === 'aux');

/**
 * Whether the verb at `verb`, or the verb it is conjoined to, takes a modal of a counterfactual
 * with "have" ("would have been spared", "they would have found the boat and stopped it",
 * "could have stopped"): what did not happen, only might have.
 */
function isCounterfactual(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const { counterfactualModals } = cues();
  for (let clause = verb, steps = 0; clause >= 0 && steps < 2; clause = tree.head(clause), steps++) {
    const auxiliaries = auxiliariesBefore(tree, clause);
    if (auxiliaries.some((a) => counterfactualModals.has(words[a]!.lower)) && auxiliaries.some((a) => words[a]!.lower === 'have')) return true;
    // "might have leaned on China, perhaps by insisting that ...": the means shares the counterfactual.
    const means = tree.baseRelation(clause) === 'advcl' && words[clause]!.lower.endsWith('ing') && tree.dependent(clause, 'mark') >= 0;
    if (tree.relation(clause) !== 'conj' && !means) break;
  }
  return false;
}

/** Whether the verb at `verb` has a future modal of its own ("said he would instruct", "you'll see a lawsuit"). */
function hasOwnModal(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  return auxiliariesBefore(tree, verb).some((auxiliary) => cueAt(words, auxiliary, cues().futureModals));
}

/** Relations of the objects by which an event noun shares the condition of the verb that takes it ("you'll see a lawsuit"). */
const TAKEN_AS_OBJECT = new Set(['obj']);

/**
 * Whether a condition set before a verb of saying or thinking governs the act it reports in a
 * modal: "If elected, Trump said he would instruct ...", "If it is cut, I think you'll see a
 * lawsuit". The parse hangs the condition on the reporting verb, which no condition governs;
 * the act the modal tells is what the condition bears on. An event noun shares the condition of
 * the verb whose object it is.
 */
function hasConditionAbove(words: readonly Word[], tree: DependencyTree, trigger: number, nominal: boolean): boolean {
  let clause = trigger;
  if (nominal) {
    if (!TAKEN_AS_OBJECT.has(tree.baseRelation(trigger))) return false;
    clause = tree.head(trigger);
    if (clause < 0 || clause > trigger) return false;
  }
  if (!hasOwnModal(words, tree, clause) || tree.baseRelation(clause) !== 'ccomp') return false;
  const reporting = tree.head(clause);
  if (reporting < 0) return false;
  for (const dependent of tree.dependentsOf(reporting)) {
    if (dependent > reporting || tree.relation(dependent) !== 'advcl') continue;
    const mark = tree.dependent(dependent, 'mark');
    if (mark >= 0 && CONDITIONS.has(words[mark]!.lower)) return true;
  }
  return false;
}

/**
 * Whether the verb at `trigger` is a present progressive passive, which tells what is being done
 * to someone now ("is being accused of", "are being audited"); not the simple present ("is
 * accused of killing nine people" tells the charge of a past act).
 */
function isPresentPassive(words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  const { progressive } = cues();
  const auxiliaries = auxiliariesBefore(tree, trigger);
  const passive = auxiliaries.filter((a) => tree.relation(a) === 'aux:pass');
  if (passive.length === 0 || !words[trigger]!.lower.endsWith('ed')) return false;
  const present = (a: number) => cueAt(words, a, progressive) && !['was', 'were', 'been'].includes(words[a]!.lower);
  return passive.some((a) => words[a]!.lower === 'being') && auxiliaries.some((a) => words[a]!.lower !== 'being' && present(a));
}

/** Parts of speech of a noun that an -ing participle right after it qualifies ("a super PAC backing Clinton"), however the parse hangs it. */
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * Whether the verb at `trigger` is a past form in -ed, not a passive still to come ("to be
 * deployed"): a date after publication that the time stage reads for it ("vowed ... in a year")
 * makes no past act planned.
 */
function isPastForm(words: readonly Word[], trigger: number, nominal: boolean): boolean {
  const word = words[trigger]!;
  return !nominal && word.pos === 'VERB' && word.lower.endsWith('ed') && !cues().pastPassiveHelpers.has(words[trigger - 1]?.lower ?? '');
}

/** Whether the verb at `trigger` is a headline's "X to V", which tells what X will do ("Clinton to call for wider efforts"). */
function isHeadlineInfinitive(words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  if (words[trigger - 1]?.lower !== 'to' || tree.dependent(trigger, 'mark') !== trigger - 1) return false;
  const head = tree.head(trigger);
  // The parser may take the verb for a clause of its subject, the title's root ("Berg to call for talks").
  if (head >= 0) return head < trigger && tree.head(head) < 0 && tree.baseRelation(trigger) === 'acl' && NOUN_TAGS.has(words[head]!.pos);
  const subject = tree.dependent(trigger, 'nsubj');
  return subject >= 0 && subject < trigger - 1;
}

/**
 * Whether the -ing verb at `trigger` follows a noun it qualifies right after it, however the
 * parse hangs it ("to a super PAC supporting Faso", "an independent group backing Kasich"): a
 * position its holders keep, as `isParticipleOfNoun`; not after a noun of a message.
 */
function isParticipleAfterNoun(words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  const word = words[trigger]!;
  const noun = words[trigger - 1];
  if (!word.lower.endsWith('ing') || noun === undefined || noun.sentence !== word.sentence || !NOUN_TAGS.has(noun.pos) || cues().messageNouns.has(noun.lower)) return false;
  const relation = tree.baseRelation(trigger);
  if ((relation !== 'acl' && relation !== 'amod' && relation !== 'advcl') || tree.dependent(trigger, 'mark', 'case', 'aux') >= 0) return false;
  // "spent a year examining her emails", "pointed to Obama endorsing her", "I appreciate Pence
  // endorsing Cruz": a verb's object and its second complement, or a clause with its subject.
  const head = tree.head(trigger);
  return !(head >= 0 && head < trigger - 1 && words[head]!.pos === 'VERB' && (relation === 'advcl' || tree.head(trigger - 1) === head));
}

/** Whether the verb at `trigger` is in the present tense, or a participle, with an adverb of habit before it ("frequently meets with members of Congress"): a habit kept now. */
function isHabitualPresent(words: readonly Word[], tree: DependencyTree, trigger: number, headline: boolean): boolean {
  const adverb = trigger - 1;
  if (!cues().habitualAdverbs.has(words[adverb]?.lower ?? '') || tree.head(adverb) !== trigger) return false;
  // "The Israeli leader frequently meets": a verb in -s with a subject of its own, or a bare present after its pronoun.
  const word = words[trigger]!;
  if (/[^s]s$/.test(word.lower) && !headline && word.sentence !== 0 && tree.dependent(trigger, 'nsubj') >= 0) return true;
  // "with supporters periodically disrupting the proceedings": a participle of no past auxiliary.
  if (word.lower.endsWith('ing') && tree.dependent(trigger, 'aux') < 0) return true;
  return isPresentAfterSubject(words, trigger, headline, true);
}

export interface StatusInput {
  readonly words: readonly Word[];
  readonly trigger: number;
  readonly last: number;
  /** First word of the trigger's sentence. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly plover: string;
  /** Whether the event's time lies after the article's publication. */
  readonly future: boolean;
  /** Whether the trigger is an event noun, whose verb may follow it ("Talks will resume"). */
  readonly nominal: boolean;
  /** The parse, when there is one: the cues before the trigger then count only where they govern it. */
  readonly tree?: DependencyTree | null;
  /** Whether the trigger's sentence is a line of the article's title or standfirst, which tells past events in the present. */
  readonly headline?: boolean;
}

/** How many heads up the cues that govern a trigger are looked for ("said it planned to ask them to meet"). */
const MAX_GOVERNING_STEPS = 4;

/**
 * The words that can govern word `trigger`'s status in the parse: its own dependents (auxiliaries,
 * negation, a condition's "if") and the verbs above it with theirs ("is expected to visit", "hope
 * that the talks would lead to"), up to a clause that tells a fact ("now that Berg has endorsed
 * Holm") or a clause that qualifies a noun apart (`qualifiesNounApart`). A cue of another clause
 * ("X, who refused to ..., met Y") is none.
 */
function governingWords(words: readonly Word[], tree: DependencyTree, trigger: number): Set<number> {
  const governing = new Set<number>(tree.dependentsOf(trigger));
  if (hasOwnPastTense(words, tree, trigger)) return governing;
  for (let clause = trigger, head = tree.head(trigger), steps = 0; head >= 0 && steps < MAX_GOVERNING_STEPS; clause = head, head = tree.head(head), steps++) {
    if (isFactualClause(words, tree, clause) || qualifiesNounApart(words, tree, clause)) break;
    governing.add(head);
    for (const dependent of tree.dependentsOf(head)) if (dependent < head) governing.add(dependent);
  }
  return governing;
}

/**
 * Whether the verb at `verb` has a subject of its own and a past or perfect auxiliary of its own,
 * with no modal ("the establishment that he has scorned", "said the talks were held"): its clause
 * tells its own tense, and the cues of the clauses above it ("his campaign would begin working
 * with the establishment that he has scorned") do not govern it.
 */
function hasOwnPastTense(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  if (tree.dependent(verb, 'nsubj', 'nsubj:pass') < 0) return false;
  const { pastAuxiliaries, futureModals } = cues();
  let past = false;
  for (const auxiliary of auxiliariesBefore(tree, verb)) {
    if (cueAt(words, auxiliary, futureModals)) return false;
    if (pastAuxiliaries.has(words[auxiliary]!.lower)) past = true;
  }
  return past;
}

/**
 * Whether the clause `verb` heads qualifies a noun as a clause of its own: a relative clause, or a
 * participle set off by a comma ("hope that Berg, who met Holm on Monday, will endorse"; "hoped
 * the meeting, requested by Berg, would calm"). What it tells of the noun is no part of the act the
 * cues above the noun govern; a participle that restricts the noun is ("will host a summit
 * attended by ten leaders").
 */
function qualifiesNounApart(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const relation = tree.relation(verb);
  if (relation === 'acl:relcl') return true;
  // The parser may hang the comma on the participle.
  const first = tree.extent(verb)[0];
  return relation === 'acl' && (words[first]!.text === ',' || words[first - 1]?.text === ',');
}

/** Relations of a clause to the verb it hangs on that may be opened by a mark of fact (the parser takes "now that" for a complement's "that"). */
const FACTUAL_CLAUSE_RELATIONS = new Set(['advcl', 'ccomp']);

/** Whether the verb at `verb` heads a clause that tells a fact: "because he endorsed her", "now that Berg has endorsed Holm". */
function isFactualClause(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  if (!FACTUAL_CLAUSE_RELATIONS.has(tree.baseRelation(verb))) return false;
  const mark = tree.dependent(verb, 'mark');
  if (mark < 0 || mark > verb) return false;
  const { factualMarks } = cues();
  return factualMarks.has(words[mark]!.lower) || (mark > 0 && factualMarks.has(`${words[mark - 1]!.lower} ${words[mark]!.lower}`));
}

/** Relations through which a verb shares the condition of the verb above it ("is going to go back and negotiate ..., if she wins"). */
const CONDITION_SHARING = new Set(['conj', 'xcomp']);

/**
 * Whether the parse hangs a condition on the verb at `trigger` or on the verbs it is conjoined or
 * a complement to: a clause opened by "if" or "unless" ("will step down ... if his wife wins").
 * A threat is made whatever its condition ("threatened to impose tariffs if ..."): not asked for it.
 */
function hasCondition(words: readonly Word[], tree: DependencyTree, trigger: number): boolean {
  for (let verb = trigger, steps = 0; verb >= 0 && steps < MAX_GOVERNING_STEPS; steps++) {
    if (conditionOn(words, tree, verb)) return true;
    // "unless it ends the occupation and grants them a state or gives them equal rights": a
    // verb conjoined to the one a condition opens is in the condition too, however far back its mark.
    if (isConditionClause(words, tree, verb)) return true;
    if (!CONDITION_SHARING.has(tree.relation(verb))) break;
    verb = tree.head(verb);
  }
  return false;
}

/** Relations of a clause that a mark of condition opens ("unless it ends ...", "want to know if the foundation will return ..."). */
const CONDITION_CLAUSES = new Set(['advcl', 'ccomp']);

/** Whether the verb at `verb` heads a clause opened by "if" or "unless". */
function isConditionClause(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const mark = tree.dependent(verb, 'mark');
  return CONDITION_CLAUSES.has(tree.baseRelation(verb)) && mark >= 0 && mark < verb && CONDITIONS.has(words[mark]!.lower) && words[mark - 1]?.lower !== 'even';
}

/** Whether a condition hangs on `verb` or on a clause of it with no subject of its own ("step down from running X if ..."). */
function conditionOn(words: readonly Word[], tree: DependencyTree, verb: number, depth = 0): boolean {
  for (const clause of tree.dependentsOf(verb)) {
    const relation = tree.relation(clause);
    if (relation !== 'advcl' && relation !== 'xcomp') continue;
    const mark = tree.dependent(clause, 'mark');
    if (relation === 'advcl' && mark >= 0 && CONDITIONS.has(words[mark]!.lower) && !clauseBreakBetween(words, verb, mark)) return true;
    if (depth === 0 && clause > verb && tree.dependent(clause, 'nsubj', 'nsubj:pass') < 0 && conditionOn(words, tree, clause, 1)) return true;
  }
  return false;
}

/** Parts of speech of the words that may stand between a backdrop's preposition and its event noun ("amid Russia's growing attacks"). */
const BACKDROP_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** How many such words may stand there. */
const MAX_BACKDROP_MODIFIERS = 3;

/**
 * Whether the event noun at `trigger` is the backdrop a preposition such as "amid" sets another
 * event against ("resigned amid calls for his ouster", "the vote came amid growing protests"): it
 * was going on when that event happened. Read from the words, as the parser takes "amid" for a
 * modifier of the noun and the tagger may take "amidst" for a noun.
 */
function isOngoingBackdrop(words: readonly Word[], trigger: number, nominal: boolean): boolean {
  const { ongoingBackdrops } = cues();
  const sentence = words[trigger]!.sentence;
  // Right after the preposition a word the dictionary codes as a verb is its noun ("amid calls for his resignation").
  if (ongoingBackdrops.has(words[trigger - 1]?.lower ?? '')) return true;
  if (!nominal && words[trigger]!.pos !== 'NOUN') return false;
  for (let i = trigger - 1; i >= 0 && trigger - i <= MAX_BACKDROP_MODIFIERS + 1 && words[i]!.sentence === sentence; i--) {
    if (ongoingBackdrops.has(words[i]!.lower)) return true;
    if (!BACKDROP_MODIFIER_TAGS.has(words[i]!.pos) && !(words[i]!.pos === 'VERB' && words[i]!.lower.endsWith('ing'))) return false;
  }
  return false;
}

/** Relations by which a verb takes an event noun: its object, or a preposition's ("engaging in attacks"). */
const TAKEN_BY_VERB = new Set(['obj', 'obl']);
/** Prepositions by which a progressive verb takes an event noun it goes on with. */
const PROGRESSIVE_PREPOSITIONS = new Set(['in', 'on']);

/**
 * Whether the event noun at `trigger` is what a verb in a present or perfect progressive tense
 * takes: "is holding talks", "have been holding calls", "had been engaging in attacks", or a verb
 * in the present takes with "in" or "on" ("when he engages in the attacks"); not "was holding
 * talks", a past progressive, which tells a past event as the verb's own rule does.
 */
function isTakenByOngoingVerb(words: readonly Word[], tree: DependencyTree, trigger: number, headline: boolean): boolean {
  const relation = tree.baseRelation(trigger);
  if (!TAKEN_BY_VERB.has(relation)) return false;
  // "engaging in attacks", "doubling down on his attacks"; not "going on since the shootings", a time.
  const preposition = relation === 'obl' ? tree.dependent(trigger, 'case') : -1;
  if (relation === 'obl' && (preposition < 0 || !PROGRESSIVE_PREPOSITIONS.has(words[preposition]!.lower))) return false;
  const verb = tree.head(trigger);
  if (verb < 0 || verb > trigger) return false;
  // "when he engages in the attacks": a habit told in the present; not "cites his call", an act referred to.
  if (relation === 'obl' && isPresentAfterSubject(words, verb, headline)) return true;
  return words[verb]!.lower.endsWith('ing') && (hasProgressive(words, tree, verb) || isConjoinedToProgressive(words, tree, verb));
}

/** Whether the verb at `verb` has a present or perfect progressive auxiliary ("is holding", "had been engaging"), not a past one ("was holding"). */
function hasProgressive(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const { progressive } = cues();
  return auxiliariesBefore(tree, verb).some((auxiliary) => cueAt(words, auxiliary, progressive) && words[auxiliary]!.lower !== 'was' && words[auxiliary]!.lower !== 'were');
}

/** Whether the -ing verb at `verb` is conjoined to an earlier -ing verb in a progressive tense, whose auxiliaries it shares ("had been ridiculing and engaging in attacks"). */
function isConjoinedToProgressive(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  if (tree.relation(verb) !== 'conj' || !words[verb]!.lower.endsWith('ing')) return false;
  const first = tree.head(verb);
  return first >= 0 && first < verb && words[first]!.lower.endsWith('ing') && hasProgressive(words, tree, first);
}

export function statusOf({ words, trigger, last, sentenceStart, sentenceEnd, plover, future, nominal, tree, headline = false }: StatusInput): EventStatus {
  if (plover === 'REJECT') return 'refused';
  const { negations, futureModals, refusals, willingness, choices, denials, hypothetical, proposed, proposedActs, planned, plannedBefore, ongoing, progressive, hedgesAfter, ongoingInPresent, positionsInFirstPerson } = cues();
  const from = Math.max(sentenceStart, trigger - WINDOW_BEFORE);
  const before: number[] = [];
  const lists = [negations, futureModals, refusals, denials, hypothetical, proposed, proposedActs, planned, plannedBefore, ongoing];
  // The tree only decides which cues count: with none before the trigger, its sentence need not be parsed.
  let hasCue = false;
  for (let i = trigger - 1; i >= from && !hasCue; i--) hasCue = lists.some((list) => cueAt(words, i, list));
  const governing = tree === undefined || tree === null || !hasCue ? undefined : governingWords(words, tree, trigger);
  for (let i = trigger - 1; i >= from; i--) {
    // A sentence's earlier clause ("While X previously supported ..., he later ...") does not govern this one.
    if (words[i]!.text === ';' || (words[i]!.text === ',' && before.length > 3)) break;
    // A cue phrase counts where one of its words governs the trigger ("is expected to": "expected").
    if (governing !== undefined && !phraseGoverns(i, governing)) continue;
    before.push(i);
  }
  // A cue of a list counts where one of its own words governs the trigger ("his plans to defeat
  // the State by calling for": "plans" governs "defeat", not "calling").
  const any = (list: PhraseList) => before.some((i) => {
    const phrase = inName(words, i) ? undefined : list.at(words, i);
    if (phrase === undefined || governing === undefined || phraseGoverns(i, governing, phrase.length)) return phrase !== undefined;
    // "his plans to defeat", "his plan for fighting": a cue followed by the trigger's own mark, however the parse hangs the clause.
    return i + phrase.length < trigger && tree!.head(i + phrase.length) === trigger && tree!.baseRelation(i + phrase.length) === 'mark';
  });
  const near = before.slice(0, NEGATION_REACH + 1);
  // "should resign if he can't block their arrival": an act in a condition is hypothetical, negated
  // or not; "even if they did not agree" concedes a fact.
  if (before.some((i) => CONDITIONS.has(words[i]!.lower) && words[i - 1]?.lower !== 'even')) return 'hypothetical';
  if (near.some((i) => negationAt(words, i))) {
    // "would not meet", "is not ready to endorse", "decided not to file": a negated will or a choice not to act refuses; a negated act is denied.
    return before.slice(0, NEGATION_REACH + 2).some((i) => cueAt(words, i, futureModals) || cueAt(words, i, willingness) || cueAt(words, i, choices)) ? 'refused' : 'denied';
  }
  if (any(refusals) || before.some((i) => isRefusedIntent(words, i))) return 'refused';
  if (any(denials)) return 'denied';
  const after = words.slice(last + 1, Math.min(sentenceEnd, last + 1 + WINDOW_AFTER));
  // "would strike ... if Tehran resumed": a condition after the event makes it hypothetical too.
  if (any(hypothetical) || conditionAfter(after) || (tree != null && !nominal && plover !== 'THREATEN' && hasCondition(words, tree, trigger))) return 'hypothetical';
  // "would have been spared", "If elected, he said he would instruct ...".
  if (tree != null && ((!nominal && isCounterfactual(words, tree, trigger)) || hasConditionAbove(words, tree, trigger, nominal))) return 'hypothetical';
  if (any(proposed) || (!nominal && any(proposedActs)) || after.some((_, k) => cueAt(words, last + 1 + k, hedgesAfter))) return 'proposed';
  const plannedAfter = nominal && after.some((word, k) => cueAt(words, last + 1 + k, planned));
  // "vowed to boycott the speech", "his promise to impose tariffs": a vowed act is still to come (only a cue before it).
  if (any(planned) || any(plannedBefore) || plannedAfter || (future && !isPastForm(words, trigger, nominal))) return 'planned';
  if (headline && tree != null && isHeadlineInfinitive(words, tree, trigger)) return 'planned';
  const previous = words[trigger - 1];
  if (any(ongoing) || (previous !== undefined && cueAt(words, trigger - 1, progressive) && previous.lower !== 'was' && previous.lower !== 'were' && words[trigger]!.lower.endsWith('ing'))) return 'ongoing';
  if (!nominal && ongoingInPresent.has(plover) && isPresentAfterSubject(words, trigger, headline, positionsInFirstPerson.has(words[trigger]!.lower))) return 'ongoing';
  // "is not just attacking him": the progressive's auxiliary need not stand next to the verb.
  if (!nominal && tree != null && words[trigger]!.lower.endsWith('ing') && (hasProgressive(words, tree, trigger) || isConjoinedToProgressive(words, tree, trigger))) return 'ongoing';
  if (!nominal && tree != null && ongoingInPresent.has(plover) && (isParticipleOfNoun(words, tree, trigger) || isParticipleAfterNoun(words, tree, trigger))) return 'ongoing';
  if (!nominal && tree != null && (isPresentPassive(words, tree, trigger) || isHabitualPresent(words, tree, trigger, headline))) return 'ongoing';
  // "is holding talks with", "have been holding calls with", "engaging in attacks": an event noun a verb in a progressive tense takes goes on.
  if (nominal && tree != null && isTakenByOngoingVerb(words, tree, trigger, headline)) return 'ongoing';
  if (isOngoingBackdrop(words, trigger, nominal)) return 'ongoing';
  return 'occurred';
}
