/**
 * A stance stated by a word with a stance prefix ("pro-Israel", "anti-Trump"; `affixes` in
 * data/stances/cues.json), held by whom the word is said of: the subject of its copula ("Rubio
 * is fiercely anti-Castro"), the one described "as" it ("He describes himself as “totally
 * pro-Israel”"), the name an apposition describes ("Kelli Ward, a pro-Trump challenger"), the owner of the noun it qualifies ("Trump's pro-Russian stance", "his
 * anti-establishment campaign"), or the named group it qualifies ("anti-Trump Republicans").
 * The issue is the rest of the word ("anti-illegal-immigration" -> "illegal immigration").
 */
import type { Word } from '../words.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { holderOf } from './holders.js';
import { isPossessiveMark, QUOTATION_MARKS } from './issue.js';

/** Tags of the words that may stand between a prefixed word and the owner or determiner before it ("Trump's fiercely pro-Israel stance"). */
const SKIPPED_BEFORE = new Set(['ADV']);
/** Entity types a prefixed word may qualify as a holder ("anti-Trump Republicans"; not "a pro-Newt Gingrich PAC", a name the word begins). */
const GROUP_TYPES = new Set(['NORP']);

/** The first of `prefixes` that `lower` starts with and goes on past; read for every word, so without copying the list. */
function stancePrefix(lower: string, prefixes: Iterable<string>): string | undefined {
  for (const prefix of prefixes) if (lower.startsWith(prefix) && lower.length > prefix.length) return prefix;
  return undefined;
}

export function affixStance(context: SentenceContext, at: number): Found | undefined {
  const { words, actors, start } = context;
  const word = words[at]!;
  const { affixes, affixExclusions, copulas, negations } = stanceCues();
  const prefix = stancePrefix(word.lower, affixes.keys());
  if (prefix === undefined) return undefined;
  const rest = word.text.slice(prefix.length);
  if (affixExclusions.has(rest.toLowerCase()) || !/^\p{L}/u.test(rest)) return undefined;
  const issue = rest.replace(/-/gu, ' ');
  const polarity = affixes.get(prefix)!;
  let k = at - 1;
  let negated = false;
  // (Past a quotation mark too: "describes himself as “totally pro-Israel”".)
  for (; k >= start && (SKIPPED_BEFORE.has(words[k]!.pos) || negations.has(words[k]!.lower) || QUOTATION_MARKS.has(words[k]!.text)); k--) negated ||= negations.has(words[k]!.lower);
  const rule = `affix:${prefix}`;
  // "'s" after a name owns ("Trump's pro-Russian stance"); after a pronoun it is a copula ("he's pro-Israel").
  const owned = isPossessiveMark(words[k]) && actors.endingAt(k - 1)?.kind !== 'pronoun';
  // "blasted the film for being too “pro-gay”": the one faulted is the film, not the clause's subject.
  if (words[k]?.lower === 'being' && words[k - 1]?.lower === 'for') return undefined;
  if (!owned && copulas.has(words[k]?.lower ?? '')) {
    // "is not anti-gay" takes no side; "is not pro-Trump" withholds support.
    if (negated) return polarity === 'support' ? { holder: holderOf(context, k), issue, polarity: 'reject', rule } : undefined;
    return { holder: holderOf(context, k), issue, polarity, rule };
  }
  if (negated) return undefined;
  const described = words[k]?.lower === 'as' ? describedAs(context, k) : undefined;
  if (described !== undefined) return { holder: described, issue, polarity, rule };
  const holder = ownerOrApposition(context, k) ?? qualifiedGroup(context, at);
  return holder === undefined ? undefined : { holder: [holder], issue, polarity, rule };
}

/** The owner before word `k` ("Trump's", "his"), or the name an apposition ending at `k` with its determiner describes ("Ward, a"). */
function ownerOrApposition({ words, actors, start }: SentenceContext, k: number): string | undefined {
  if (isPossessiveMark(words[k])) {
    const owner = actors.endingAt(k - 1);
    return owner !== undefined && actors.isActor(owner) ? owner.entity.id : undefined;
  }
  const pronoun = actors.startingAt(k);
  if (pronoun !== undefined && pronoun.kind === 'pronoun' && pronoun.last === k && isDeterminer(words[k]!)) return actors.isActor(pronoun) ? pronoun.entity.id : undefined;
  if (!isDeterminer(words[k]) || words[k - 1]?.text !== ',' || k - 2 < start) return undefined;
  const described = actors.endingAt(k - 2);
  return described !== undefined && described.kind === 'name' && actors.isActor(described) ? described.entity.id : undefined;
}

/**
 * Who "as" at `as` describes: the subject of a verb with a reflexive object ("He describes
 * himself as pro-Israel"), or the actor named right before it ("calls Smith an ally and Jones
 * as anti-union"); undefined otherwise ("such as").
 */
function describedAs(context: SentenceContext, as: number): string[] | undefined {
  const { words, actors } = context;
  if (stanceGrammarWords().reflexives.has(words[as - 1]?.lower ?? '') && words[as - 2]?.pos === 'VERB') {
    const holder = holderOf(context, as - 2);
    return holder.length > 0 ? holder : undefined;
  }
  const object = actors.endingAt(as - 1);
  return object !== undefined && object.kind === 'name' && actors.isActor(object) ? [object.entity.id] : undefined;
}

const isDeterminer = (word: Word | undefined) => word !== undefined && (word.pos === 'DET' || word.pos === 'PRON');

/** The named group or person right after the prefixed word ("anti-Trump Republicans"). */
function qualifiedGroup({ actors }: SentenceContext, at: number): string | undefined {
  const named = actors.startingAt(at + 1);
  return named !== undefined && named.kind === 'name' && GROUP_TYPES.has(named.entity.type) && actors.isActor(named) ? named.entity.id : undefined;
}
