/**
 * Sides received or given in passing: support or opposition that is the object of a receiving verb
 * ("won the endorsement of the union"), thanked for ("grateful for the union's support"), given
 * "with" ("passed with Rubio's support") or overridden ("passed over the objections of Democrats").
 */
import { auxiliariesOf, type Mention, phraseActors } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { inOpenClause } from './clauses.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { notModifiers, speakerOfQuoteAt } from './holders.js';
import { namedObject, readablePhrase } from './issue.js';
import { ownerBefore } from './noun-holders.js';

/**
 * A side received: an act noun of support or opposition that is the object of one of
 * `receivingVerbs` ("won the endorsement of the union", "Smith has Jones's backing", "I'm proud to
 * have their support", "the plan drew criticism from Democrats", "faces hostility and opposition
 * from party leaders", "locked in support among farmers and fishermen"): its owner, or
 * the actors named after the preposition (for opposition "from" or "among": "criticism of the plan"
 * names what is opposed, though "of" names who feels one of `receivedFeelings`: "drew the ire of
 * Democrats", "caused consternation among party leaders"), take that side on the verb's subject.
 * Undefined where the backer is not named (the support of "41 percent of voters", of "more than
 * 150 leaders").
 */
export function receivedStance(context: SentenceContext, noun: number, polarity: 'support' | 'oppose'): Found | undefined {
  const { words, start, tree } = context;
  if (tree === null) return undefined;
  // "hostility and opposition from ...": a noun coordinated with the object is received too.
  const object = tree.relation(noun) === 'conj' ? tree.head(noun) : noun;
  if (tree.relation(object) !== 'obj' && !afterParticle(context, tree, object)) return undefined;
  const verb = tree.head(object);
  if (verb < start || verb > noun || !stanceCues().receivingVerbs.has(words[verb]!.lower)) return undefined;
  // "receiving 20 percent support from Latino voters": a poll's share, not the group's side.
  if (stanceCues().shareWords.has(words[noun - 1]?.lower ?? '')) return undefined;
  // "would not accept Doe's endorsement if it were offered": support refused or supposed is not received.
  const { negations, hypotheticalModals } = stanceCues();
  if (auxiliariesOf(tree, words, verb).some((word) => negations.has(word.lower) || hypotheticalModals.has(word.lower)) || inOpenClause(tree, words, verb)) return undefined;
  // "won the endorsement of the union", "support from the SEIU", "locked in support among farmers".
  // "drew the ire of lawmakers": a feeling's "of" names who feels it.
  const backer = namedBacker(context, noun, polarity === 'support' || stanceCues().receivedFeelings.has(words[noun]!.lower) ? ['of', 'from', 'among'] : ['from', 'among']);
  if (backer === undefined) return undefined;
  // The verb's own subject, or for a participle without one that of the clause it hangs on ("received
  // criticism, even earning rebukes from ..."); one the parse passes on from another clause is often another's.
  // A verb coordinated with another shares its subject ("holds a lead but faces opposition from ...").
  // "Ortiz, who had the backing of Jensen": a relative pronoun subject stands for the noun its clause qualifies.
  const relative = tree.dependent(verb, 'nsubj');
  const ownSubject = relative >= 0 && tree.relation(verb) === 'acl:relcl' && stanceGrammarWords().relativePronouns.has(words[relative]!.lower) ? tree.head(verb) : relative;
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
export function thankedStance(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors, start, tree } = context;
  const preposition = tree === null ? undefined : words[tree.dependent(noun, 'case')]?.lower;
  if (tree === null || (preposition !== 'for' && preposition !== 'by')) return undefined;
  const thanking = tree.head(noun);
  // "grateful for their support"; "honored by the endorsement of Senator Frey".
  const { gratitudeWords, honouredWords } = stanceCues();
  if (thanking < start || thanking > noun || !(preposition === 'for' ? gratitudeWords : honouredWords).has(words[thanking]!.lower)) return undefined;
  // "was not grateful for", "would thank them for their support if": no support received.
  const { negations, hypotheticalModals } = stanceCues();
  if (auxiliariesOf(tree, words, thanking).some((word) => negations.has(word.lower) || hypotheticalModals.has(word.lower)) || inOpenClause(tree, words, thanking)) return undefined;
  const thanked = tree.dependent(thanking, 'obj');
  const backer = thanked >= start && thanked < noun ? phraseActors(actors, words, tree, thanked, start).find((mention) => mention.kind === 'name' && actors.isActor(mention)) : namedBacker(context, noun, ['of', 'from']);
  if (backer === undefined) return undefined;
  // ("Ortiz is honored by ...": the parse may make the adjective a passive participle.)
  const subject = tree.dependent(thanking, 'nsubj', 'nsubj:pass');
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

/** Whether the noun at `noun` is the object of its verb past a particle the parse took for its preposition ("locked [in] support"). */
function afterParticle({ words }: SentenceContext, tree: DependencyTree, noun: number): boolean {
  const mark = tree.dependent(noun, 'case');
  return tree.baseRelation(noun) === 'obl' && mark >= 0 && mark === tree.head(noun) + 1 && stanceGrammarWords().receivingParticles.has(words[mark]!.lower);
}

/**
 * Opposition overridden: "The legislation passed the House over veto threats from the White
 * House", "The bill passed over the objections of Democrats", "approved the levy despite
 * opposition from the mayor": the actors after "from" or "of" (or the noun's owner) oppose what
 * the verb's subject names. The noun is an act noun of opposition or rejection, or a threat of
 * one ("veto threats"); the parse hangs it on the verb or on the verb's object.
 */
export function overriddenStance(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors, start, tree } = context;
  if (tree === null || !stanceGrammarWords().overridingPrepositions.has(words[tree.dependent(noun, 'case')]?.lower ?? '')) return undefined;
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
export function supportWith(context: SentenceContext, noun: number): Found | undefined {
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

/** Whether the subject of `verb`, or of the verb it completes ("proud to have"), is a first person in a quote. */
function quotedFirstPersonSubject({ words }: SentenceContext, tree: DependencyTree, verb: number): boolean {
  for (let clause = verb, depth = 0; clause >= 0 && depth < 3; clause = tree.head(clause), depth++) {
    const subject = tree.dependent(clause, 'nsubj', 'nsubj:pass');
    if (subject >= 0) return stanceGrammarWords().firstPersonSubjects.has(words[subject]!.lower);
  }
  return false;
}

/** The name of the entity `id`: a quote's speaker may be named only in a sentence before the one that receives the support ("... ," Smith said. "I'm proud to have their support."). */
const actorName = ({ entities }: SentenceContext, id: string): string | undefined => entities?.find((entity) => entity.id === id)?.name;
