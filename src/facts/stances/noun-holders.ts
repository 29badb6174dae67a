/**
 * Who holds the stance a noun states: the noun phrase's own entity, its owner, an apposition, the
 * subject of a copula or of the verb the noun completes.
 */
import { actorsBefore, bracketStart, entityIds, type Mention, phraseActors, subjectActors, subjectEnd } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';
import { governingVerb } from './clauses.js';
import type { SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { holderOf, notModifiers, speakerOfQuoteAt } from './holders.js';
import { isPossessiveMark } from './issue.js';

/** How many modifiers may stand between a stance noun and its determiner or owner ("a vocal longtime critic of"). */
export const MAX_NOUN_MODIFIERS = 4;

/** The owner of the noun at `noun`, past its modifiers: a name with "'s" or a possessive pronoun ("the union's endorsement", "their support"). */
export function ownerBefore({ words, actors, start }: SentenceContext, noun: number): Mention | undefined {
  let k = noun - 1;
  for (let skipped = 0; k >= start && skipped < MAX_NOUN_MODIFIERS && isNounModifier(words[k]!); skipped++) k--;
  if (isPossessiveMark(words[k])) return actors.endingAt(k - 1);
  const pronoun = actors.startingAt(k);
  return pronoun !== undefined && pronoun.kind === 'pronoun' && pronoun.last === k ? pronoun : undefined;
}

/**
 * Who holds a stance a noun states: the entity the noun phrase is a mention of ("a Clinton
 * supporter" said of Albright), its owner ("her opposition", "Obama's endorsement"), the name
 * it stands in apposition to ("Albright, a Clinton supporter"), the subject of a copula ("Scott
 * is a backer of", "is one of the supporters of"), and for an act the subject of its verb
 * ("voiced support for").
 */
export function nounHolder(context: SentenceContext, noun: number, issueModifier: Mention | undefined, isAct: boolean): string[] {
  const { words, actors, start } = context;
  const described = actors.endingAt(noun);
  if (described !== undefined && described.kind === 'nominal' && actors.isActor(described)) return [described.entity.id];
  let k = (issueModifier?.first ?? noun) - 1;
  // "the organization's “support of ...”": a quotation opened at the noun.
  if (/^[“"‘]$/u.test(words[k]?.text ?? '')) k--;
  for (let skipped = 0; k >= start && skipped < MAX_NOUN_MODIFIERS && isNounModifier(words[k]!); skipped++) k--;
  // "Byrd's strategy of “massive resistance” to the ruling": the owner of a course of conduct holds the noun after its "of".
  const conduct = /^[“"‘]$/u.test(words[k]?.text ?? '') ? k - 1 : k;
  if (words[conduct]?.lower === 'of' && stanceGrammarWords().conductNouns.has(words[conduct - 1]?.lower ?? '') && isPossessiveMark(words[conduct - 2])) k = conduct - 2;
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
  if (stanceGrammarWords().firstPersonOwners.has(words[k]?.lower ?? '')) {
    const speaker = speakerOfQuoteAt(context, k);
    return speaker === undefined ? [] : [speaker];
  }
  if (stanceGrammarWords().attributiveDeterminers.has(words[k]?.lower ?? '') || words[k]?.pos === 'DET') k--;
  // "Demastus, pastor of the church and a Cruz supporter": a noun coordinated with a description of a name describes the name.
  if (words[k]?.lower === 'and' && context.tree !== null) {
    const described = describedByCoordination(context, context.tree, noun);
    if (described !== undefined) return [described.entity.id];
  }
  // "Graham, as a backer of the plan, is ...": a role set off after a name is the name's.
  if (words[k]?.lower === 'as' && words[k - 1]?.text === ',') {
    const named = actors.endingAt(k - 2);
    return named !== undefined && named.kind === 'name' && actors.isActor(named) ? [named.entity.id] : [];
  }
  // "one of the supporters of", "among the critics of".
  if (words[k]?.lower === 'of' && words[k - 1]?.lower === 'one') k -= 2;
  else if (words[k]?.lower === 'among') k--;
  if (words[k]?.text === ',') {
    // "Sen. Claire McCaskill (D-Mo.), a critic of": past a bracketed party and state.
    const appositive = actors.endingAt(bracketStart(words, k - 1, start) - 1);
    return appositive !== undefined && actors.isActor(appositive) ? [appositive.entity.id] : [];
  }
  // "signed on to act as a delegate for": the subject of the verb the role is taken with.
  if (words[k]?.lower === 'as' && words[k - 1]?.pos === 'VERB') return holderOf(context, k - 1);
  // "signed up as a Trump delegate": past the verb's particle.
  if (words[k]?.lower === 'as' && words[k - 1]?.pos === 'ADP' && words[k - 2]?.pos === 'VERB') return holderOf(context, k - 2);
  if (stanceCues().copulas.has(words[k]?.lower ?? '')) {
    const subject = entityIds(actorsBefore(actors, words, subjectEnd(words, k), start));
    if (subject.length > 0 || isAct) return subject;
  }
  if (!isAct) return context.tree === null ? [] : predicateHolder(context, context.tree, noun);
  const verb = governingVerb(words, noun, start);
  if (verb === undefined) return [];
  // "voiced support for"; "took a firm stance against", "has taken a swipe at" (not "took a call for help").
  const { expressingVerbs, takingVerbs, takenActNouns } = stanceCues();
  const verbWord = words[verb]!.lower;
  return expressingVerbs.has(verbWord) || (takingVerbs.has(verbWord) && takenActNouns.has(words[noun]!.lower)) ? holderOf(context, verb) : [];
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
  // "Doe has a long record of being a firm backer of the levy": a gerund predicate without
  // a subject of its own is of the subject of the clause it hangs on.
  if (words[tree.dependent(predicate, 'cop')]?.lower === 'being') return gerundController(context, tree, predicate);
  // "are slated to be Doe delegates", "signs up to be a Doe delegate": the subject of the verb the
  // predicate completes, or its object where it has one ("wants Smith to be a delegate").
  const controller = tree.relation(predicate) === 'xcomp' ? (CONTROLLERS.map((relation) => tree.dependent(tree.head(predicate), relation)).find((dependent) => dependent >= 0) ?? -1) : -1;
  return controller < 0 ? [] : entityIds(notModifiers(words, phraseActors(actors, words, tree, controller, start)));
}

/**
 * The named actor a noun coordinated with an apposition describes ("Demastus, pastor of the
 * church and a Cruz supporter", "Graham (R-S.C.), a former candidate and a Cruz supporter"): the
 * conjunction's first noun is an apposition of the name, or the parse hangs the noun on the name
 * itself past an apposition of it. Undefined otherwise ("Ortiz and a Cruz supporter met": two people).
 */
function describedByCoordination({ actors }: SentenceContext, tree: DependencyTree, noun: number): Mention | undefined {
  if (tree.relation(noun) !== 'conj') return undefined;
  let first = noun;
  while (tree.relation(first) === 'conj') first = tree.head(first);
  const name = tree.relation(first) === 'appos' ? tree.head(first) : [...tree.dependentsOf(first)].some((dependent) => dependent < noun && tree.relation(dependent) === 'appos') ? first : -1;
  const named = name < 0 ? undefined : actors.covering(name);
  return named !== undefined && named.kind === 'name' && actors.isActor(named) ? named : undefined;
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

export const isNounModifier = (word: Word) => ['ADJ', 'ADV', 'NOUN', 'NUM'].includes(word.pos) || word.text === '-' || stanceCues().nounModifiers.has(word.lower);
