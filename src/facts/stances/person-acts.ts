/**
 * The act a stance is on where its object is a person: the act a person is faulted or praised for
 * ("criticized Ford for opening a plant") and the act asked of a person ("urged Cruz to run").
 */
import type { Word } from '../words.js';
import { afterTime, isInfinitive } from './clauses.js';
import type { SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { isPossessiveMark, issueAt, namedObject, phraseAt } from './issue.js';

/** How far after its object's first word the act urged on the object may start. */
const MAX_URGED_OBJECT_WORDS = 10;

/** The act after "to" that follows the object starting at `from` of a verb asking an act: its first word and its phrase; undefined when none follows. */
export function actUrgedAfter({ words, tree }: SentenceContext, from: number, end: number): { at: number; phrase: string } | undefined {
  for (let k = from + 1; k < end && k - from <= MAX_URGED_OBJECT_WORDS; k++) {
    if ([';', ':', '.'].includes(words[k]!.text)) return undefined;
    if (words[k]!.lower !== 'to') continue;
    const act = /^[“"‘']$/u.test(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const phrase = isInfinitive(words, tree, k, act) ? phraseAt(words, act, end) : null;
    return phrase === null ? undefined : { at: act, phrase };
  }
  return undefined;
}

/**
 * Whether the parse makes the act at `act` the one the verb at `verb` asks of its object: the
 * verb's complement, or a clause on the object ("asked voters to back him"), not a purpose
 * ("asked the question to build on ...") or a clause inside a question ("asking Rubio why he
 * decided to attack"). True without a parse.
 */
export function asksTheAct({ tree }: SentenceContext, verb: number, act: number): boolean {
  if (tree === null) return true;
  const head = tree.head(act);
  const relation = tree.relation(act);
  if (head === verb) return relation === 'xcomp' || relation === 'ccomp';
  return tree.head(head) === verb && ['obj', 'iobj'].includes(tree.relation(head)) && (relation === 'acl' || relation === 'xcomp');
}

/**
 * "pressed Governor Park to resign", "told him to leave": an infinitive right after a person,
 * which the parse hangs on the verb as an adverbial clause, is the act asked of the person (a
 * purpose follows a thing: "asked the question to build on ...").
 */
export function asksThePerson({ words, actors, tree }: SentenceContext, verb: number, act: number): boolean {
  if (tree === null || tree.head(act) !== verb || tree.relation(act) !== 'advcl' || words[act - 1]?.lower !== 'to') return false;
  const person = actors.endingAt(act - 2);
  return (person !== undefined && actors.isActor(person)) || isPersonalObject(words, act - 2);
}

/**
 * The issue of a verb that takes a side on acts, not on persons as such ("criticized the plan",
 * "praised Clinton's record"): a plain person or group is no issue ("slammed Bush"), but the act
 * named after it is ("criticized Ford for opening a plant in Mexico").
 */
export function actIssue(context: SentenceContext, from: number, end: number): string | null {
  const { words, actors } = context;
  const named = namedObject(words, actors, from, end) ?? describedPerson(context, from);
  if (named === undefined) return issueAt(words, actors, from, end);
  // "criticized Obama and Clinton for ...": past the other persons of a list.
  const names = [named.entity.name];
  let last = named.last;
  for (;;) {
    const joiner = words[last + 1]?.lower ?? '';
    const next = joiner === ',' || joiner === 'and' ? actors.startingAt(words[last + 2]?.lower === 'and' ? last + 3 : last + 2) : undefined;
    if (next === undefined || !actors.isActor(next) || next.entity.type !== 'PERSON') break;
    names.push(next.entity.name);
    last = next.last;
  }
  // "criticized Smith on Monday for ...": past a time between the person and the act.
  const after = afterTime(words, last + 1, end);
  if (!stanceGrammarWords().actPrepositions.has(words[after]?.lower ?? '')) return null;
  // "criticized Clinton for “running around saying ...”": past a quotation mark that opens the act.
  const first = /^[“"‘']$/u.test(words[after + 1]?.text ?? '') ? after + 2 : after + 1;
  const act = phraseAt(words, first, end);
  // "slammed the Girl Scouts for promoting ...": the actor doing the act is part of the issue.
  return act !== null && /ing$/u.test(words[first]?.lower ?? '') ? `${names.join(' and ')} ${act}` : act;
}

/** A person the object starting at `from` describes, not named ("welcome the governor"), where the phrase is not an owner ("the governor's plan"). */
function describedPerson({ words, actors }: SentenceContext, from: number): { last: number; entity: { name: string } } | undefined {
  // "declined to assail him aggressively": a person as such, named by a pronoun.
  if (isPersonalObject(words, from)) return { last: from, entity: { name: words[from]!.text } };
  // "welcomed several hundred guests", "praised the voters": people as such, named by a common noun.
  const head = personNounAt(words, from);
  if (head !== undefined) return { last: head, entity: { name: words.slice(from, head + 1).map((word) => word.text).join(' ') } };
  const mention = actors.startingAt(from);
  return mention !== undefined && mention.kind === 'nominal' && mention.entity.type === 'PERSON' && !isPossessiveMark(words[mention.last + 1]) ? mention : undefined;
}

/** How many determiners, numbers and adjectives may come before a noun for people ("several hundred loyal guests"). */
const MAX_PERSON_NOUN_MODIFIERS = 4;

/** The word of one of `personNouns` heading the phrase at `from` ("the crowd", "several hundred guests", "his wife"), not an owner ("the voters' choice"); undefined otherwise. */
function personNounAt(words: readonly Word[], from: number): number | undefined {
  let k = from;
  // ("a disabled newspaper reporter", "a second baby girl": a noun may qualify the person noun too.)
  while (k - from < MAX_PERSON_NOUN_MODIFIERS && (['DET', 'NUM', 'ADJ'].includes(words[k]?.pos ?? '') || stanceGrammarWords().possessivePronouns.has(words[k]?.lower ?? '')
    || (words[k]?.pos === 'NOUN' && stanceCues().personNouns.has(words[k + 1]?.lower ?? '')))) k++;
  return stanceCues().personNouns.has(words[k]?.lower ?? '') && !isPossessiveMark(words[k + 1]) && words[k + 1]?.pos !== 'NOUN' ? k : undefined;
}

/** Whether word `at` is a personal pronoun as an object ("assail him"), not an owner ("criticized her plan"). */
// (A time after it is no noun it owns: "condemning him Saturday".)
const isPersonalObject = (words: readonly Word[], at: number) =>
  stanceGrammarWords().objectPronouns.has(words[at]?.lower ?? '') && (words[at]!.lower !== 'her' || !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[at + 1]?.pos ?? '') || stanceCues().timeWords.has(words[at + 1]!.lower));
