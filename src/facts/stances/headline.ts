/**
 * A stance verb in a title-case headline that the name finder read as part of one long name
 * ("Conservative Icon Morton Blackwell Endorses Ted Cruz", "Pence Endorses Paul Ryan With
 * Trump's Blessing"): the holder is the article's actor whose name or name mention ends the
 * words before the verb (or the one person a surname names), the issue the actor whose name or
 * name mention opens the words after it. Where either side names no actor of the article, or the verb takes a side only on acts
 * ("Slams"), no stance is read.
 */
import type { Entity } from '../../document/contract.js';
import type { Found, SentenceContext } from './context.js';
import { stanceCues } from './cues.js';

/** The share of a sentence's words that must be capitalized for it to read as a title-case headline. */
const MIN_TITLE_SHARE = 0.6;
/** How long a headline may be, in words. */
const MAX_HEADLINE_WORDS = 25;
/** How many words a name on either side of the verb may have. */
const MAX_NAME_WORDS = 5;

export function headlineStance(context: SentenceContext, at: number, entities: readonly Entity[]): Found | undefined {
  const { words, actors, start, end } = context;
  const word = words[at]!;
  const { verbs, verbsOnActsNotPersons } = stanceCues();
  const polarity = verbs.get(word.lower);
  if (polarity === undefined || verbsOnActsNotPersons.has(word.lower) || !/^\p{Lu}\p{Ll}/u.test(word.text) || at === start) return undefined;
  // Only inside a name the finder ran across the verb; a verb between two names is read as a verb.
  const merged = actors.covering(at);
  if (merged === undefined || merged.first >= at || merged.last <= at || !isTitleCase(context)) return undefined;
  const before = words.slice(Math.max(merged.first, at - MAX_NAME_WORDS), at).map((part) => part.text);
  const after = words.slice(at + 1, Math.min(merged.last, at + MAX_NAME_WORDS) + 1).map((part) => part.text);
  const others = entities.filter((entity) => entity.id !== merged.entity.id && ['PERSON', 'ORG', 'NORP', 'GPE'].includes(entity.type));
  // The holder's name ends the words before the verb, the longest first ("Morton Blackwell", not "Blackwell").
  let holder: Entity | undefined;
  for (let k = 0; k < before.length && holder === undefined; k++) holder = named(others, before.slice(k).join(' '));
  // The issue's name opens the words after it, the longest first ("Paul Ryan" before "With Trump's Blessing").
  let issue: Entity | undefined;
  for (let k = after.length; k > 0 && issue === undefined; k--) issue = named(others, after.slice(0, k).join(' '));
  if (holder === undefined || issue === undefined || holder.id === issue.id || end - start > MAX_HEADLINE_WORDS) return undefined;
  return { holder: [holder.id], issue: issue.name, polarity, rule: `headline-verb:${word.lower}` };
}

/** The entity whose canonical name or one of whose name mentions is `text`, or the one person whose name a one-word `text` ends ("Pence"). */
function named(entities: readonly Entity[], text: string): Entity | undefined {
  const exact = entities.find((entity) => entity.name === text || entity.mentions.some((mention) => mention.kind === 'name' && mention.text === text));
  if (exact !== undefined || text.includes(' ')) return exact;
  const surnamed = entities.filter((entity) => entity.type === 'PERSON' && entity.name.endsWith(` ${text}`));
  return surnamed.length === 1 ? surnamed[0] : undefined;
}

/** Whether most of the sentence's words are capitalized, as in a headline written in title case. */
function isTitleCase({ words, start, end }: SentenceContext): boolean {
  const lettered = words.slice(start, end).filter((word) => /^\p{L}/u.test(word.text));
  return lettered.length > 0 && lettered.filter((word) => /^\p{Lu}/u.test(word.text)).length / lettered.length >= MIN_TITLE_SHARE;
}
