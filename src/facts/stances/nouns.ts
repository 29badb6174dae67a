/**
 * The stance noun reader: an agent ("a supporter of Sanders", "Albright, a Clinton supporter") or
 * an act ("her opposition to the wall", "HP's decision not to fund it"), and sides received
 * (received.ts).
 */
import { actsAsNoun, actsAsVerb, auxiliariesOf, type Mention } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, type Word } from '../words.js';
import { isInfinitive } from './clauses.js';
import type { Found, Polarity, SentenceContext } from './context.js';
import { stanceCues } from './cues.js';
import { isPossessiveMark, issueAt, namedObject } from './issue.js';
import { isNounModifier, MAX_NOUN_MODIFIERS, nounHolder, ownerBefore } from './noun-holders.js';
import { actIssue } from './person-acts.js';
import { overriddenStance, receivedStance, supportWith, thankedStance } from './received.js';

/**
 * A stance noun at word `at`: an agent ("a supporter of Sanders", "Albright, a Clinton
 * supporter", "Trump's staunch ally Chris Christie" is left to the names) or an act ("her
 * opposition to the wall", "Obama's endorsement of Clinton", "voiced support for the plan").
 */
export function nominalStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors } = context;
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
  const stop = subjectStop(context, at);
  // "encouraged his supporters to back Clinton": an agent's infinitive is an act, not what the agent stands for.
  const infinitive = agent !== undefined && words[at + 1]?.lower === 'to' && isInfinitive(words, context.tree, at + 1, at + 2);
  // "her harsh criticism of Putin": an attack on a person as such takes no side on an issue.
  // "her frustration with the ruling": an act noun phrase's own preposition opens its issue as the common ones do.
  // "“massive resistance” to the ruling": a noun quoted alone keeps its preposition past the closing quote.
  const quotedAlone = /^[”"’]$/u.test(words[at + 1]?.text ?? '') && [1, 2].some((back) => /^[“"‘]$/u.test(words[at - back]?.text ?? ''));
  const preposition = quotedAlone ? at + 2 : at + 1;
  // "made a demand of Obama", "the demands of the union": "of" after a demand names who is asked or who asks, not what.
  if (polarity === 'demand' && words[preposition]?.lower === 'of' && actors.startingAt(preposition + 1) !== undefined) return undefined;
  if ((nounPrepositions.has(words[preposition]?.lower ?? '') || phrasal !== undefined) && !infinitive) issue = stanceCues().actNounsOnActsNotPersons.has(word.lower) ? actIssue(context, preposition + 1, stop) : issueAt(words, actors, preposition + 1, stop);
  else if (issueModifier !== undefined) issue = issueModifier.entity.name;
  else return agent === undefined || onMeasure !== undefined ? undefined : namedAgent(context, at, agent);
  // "the cosponsor of the debate": a sponsor or author takes a side only on a measure.
  if (onMeasure !== undefined && !namesMeasure(issue)) return undefined;
  // "a Texas delegate", "a delegate to the convention": a delegate backs only a person, a candidate.
  if (stanceCues().candidateAgentNouns.has(word.lower)) {
    const candidate = nounPrepositions.has(words[at + 1]?.lower ?? '') ? namedObject(words, actors, at + 2, stop) : issueModifier;
    if (candidate?.entity.type !== 'PERSON') return undefined;
  }
  // "his Republican opponents", "Trump's critics": an agent noun's owner is whom it backs or opposes, never its holder.
  if (agent !== undefined && ownerBefore(context, issueModifier?.first ?? at) !== undefined) return undefined;
  const holder = nounHolder(context, at, issueModifier, agent === undefined);
  if (holder.length === 0 || (issueModifier !== undefined && holder.includes(issueModifier.entity.id))) return undefined;
  // "is no fan of Trump": an agent denied takes the other side; "no critic of the levy" takes none.
  if (agent !== undefined && isDeniedAgent(words, at, context.start)) return polarity === 'support' ? { holder, issue, polarity: 'oppose', rule: `noun:${word.lower}:denied` } : undefined;
  // "withdrew his endorsement of Smith": support taken back is a rejection, and the position moved.
  if (agent === undefined && polarity === 'support' && isRevoked(context, at)) return { holder, issue, polarity: 'reject', rule: `noun:${word.lower}:revoked`, changed: true };
  return { holder, issue, polarity, rule: `noun:${word.lower}` };
}

/** How many adjectives may stand between a denial and its agent noun ("no big fan of"). */
const MAX_DENIED_AGENT_ADJECTIVES = 2;

/** Whether the agent noun at `at` is denied: "no fan of", "no great admirer of", "not a supporter of". */
function isDeniedAgent(words: readonly Word[], at: number, start: number): boolean {
  let k = at - 1;
  while (k > start && at - 1 - k < MAX_DENIED_AGENT_ADJECTIVES && ['ADJ', 'ADV'].includes(words[k]!.pos)) k--;
  if (k < start) return false;
  if (words[k]!.lower === 'no') return true;
  return ['a', 'an'].includes(words[k]!.lower) && k - 1 >= start && stanceCues().negations.has(words[k - 1]!.lower);
}

/** Whether the support noun at `noun` is the object of one of `revokingVerbs` not itself negated ("withdrew his endorsement"; not "has not rescinded it"). */
function isRevoked({ words, tree }: SentenceContext, noun: number): boolean {
  if (tree === null || tree.relation(noun) !== 'obj') return false;
  const verb = tree.head(noun);
  if (verb < 0 || verb > noun || !stanceCues().revokingVerbs.has(words[verb]!.lower)) return false;
  return !auxiliariesOf(tree, words, verb).some((word) => stanceCues().negations.has(word.lower));
}

/** Whether an issue names a measure: one of its words heads a policy ("the bill", "a deal to cut tariffs"). */
const namesMeasure = (issue: string | null) => issue !== null && issue.toLowerCase().split(/\s+/u).some((word) => stanceCues().antecedentNouns.has(word));

/** "HP's decision not to fund the convention": its owner rejects the act. */
function withheld(context: SentenceContext, noun: number): Found | undefined {
  const { words, actors } = context;
  if (!stanceCues().withholdingNouns.has(words[noun]!.lower) || words[noun + 1]?.lower !== 'not' || words[noun + 2]?.lower !== 'to' || words[noun + 3]?.pos !== 'VERB') return undefined;
  const holder = nounHolder(context, noun, undefined, true);
  return holder.length === 0 ? undefined : { holder, issue: issueAt(words, actors, noun + 3, subjectStop(context, noun)), polarity: 'reject', rule: `noun:${words[noun]!.lower}:not-to` };
}

/**
 * Where the issue of the noun at `at` must end when the noun is its clause's subject: with its
 * phrase, before the verb ("her embrace of the pact surprised ..."), and at the latest before
 * the verb it is the subject of where the parse hangs the rest of the phrase on that verb
 * ("HP's decision not to fund the convention angered ..."); the sentence's end otherwise.
 * Where the parse ends the phrase at the noun itself it split the phrase ("Clinton's proposals
 * to increase taxes" with "increase" as the root): the word rules end the issue, and a verb
 * with a "to" of its own is that split phrase's, no verb after it.
 * A noun coordinated with the subject ends there too ("Smith and other critics of the levy met ...").
 * A noun deeper inside a subject ends before that subject's verb ("the endorsements of pastors
 * for Jones imploded ...", where the parse may hang the noun on another word of the subject).
 */
function subjectStop({ tree, words, end }: SentenceContext, at: number): number {
  if (tree === null) return end;
  const outerVerb = verbOfSubjectHolding(tree, words, at, end);
  const clauseStop = outerVerb < 0 ? end : outerVerb;
  let subjectPhrase = at;
  while (tree.relation(subjectPhrase) === 'conj') subjectPhrase = tree.head(subjectPhrase);
  if (tree.baseRelation(subjectPhrase) !== 'nsubj') return clauseStop;
  const phraseStop = tree.extent(subjectPhrase)[1] + 1;
  const verb = tree.head(subjectPhrase);
  const ownInfinitive = [...tree.dependentsOf(verb)].some((dependent) => tree.baseRelation(dependent) === 'mark' && words[dependent]!.lower === 'to');
  const verbStop = verb > at + 2 && !ownInfinitive ? verb : end;
  return Math.min(clauseStop, verbStop, phraseStop > at + 2 ? phraseStop : end);
}

/**
 * The first word past the noun at `at` and its preposition whose subject, headed at or before
 * the noun, takes in both the noun and the word after the preposition, where the issue starts:
 * the verb of the clause the noun's phrase is the subject of. -1 where there is none.
 */
function verbOfSubjectHolding(tree: DependencyTree, words: readonly Word[], at: number, end: number): number {
  for (let k = at + 3; k < end; k++) {
    // "backing for the Every Child Matters act": a capitalised word is a title's, not a clause's verb.
    if (isCapitalised(words[k])) continue;
    // A noun or adjective is a clause's predicate only with its copula ("the plan was a disaster"), which ends the issue; the parse gives some nouns a subject wrongly.
    const copula = words[k]!.pos === 'VERB' ? k : tree.dependent(k, 'cop');
    if (copula < 0) continue;
    for (const dependent of tree.dependentsOf(k)) {
      const [first, last] = tree.extent(dependent);
      // The subject's head is the noun or a word before it ("News of Smith's support for ...").
      if (tree.baseRelation(dependent) === 'nsubj' && dependent <= at && first <= at && last >= at + 2 && copula > at + 2) return copula;
    }
  }
  return -1;
}

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

/** "Mr. Trump's staunch ally Chris Christie": the person named after an owner's agent noun holds the stance, on the owner. */
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
