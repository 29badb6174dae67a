/**
 * A headline's stance told again in the body: "Pastor Wants Ferry Levy Repealed", "Ohio governor
 * endorses Park" name their holder by a description the body names ("Pastor Tom Ortiz said the
 * levy should be repealed", "won the endorsement of Gov. Tom Ortiz"). A stance of the body with
 * the same polarity, on an issue that shares a word with the headline's, gives the holder.
 */
import type { Entity, Stance } from '../../document/contract.js';
import type { Found } from './context.js';
import { stanceGrammarWords } from './cues.js';

/**
 * The headline stance `found`, whose subject names nobody, held by the article's main actor (its
 * most salient person or organisation, the issue's own aside) where one of `body`'s stances tells
 * it again with that actor as its one holder. A headline's description names the one the article
 * is about; another the body gives the same side is someone else ("Another Party Figure Endorses
 * Park" is not the senator who, the body adds, will vote for Park too).
 */
export function toldAgain(found: Found, body: readonly Stance[], entities: readonly Entity[]): Found | undefined {
  if (found.issue === null) return undefined;
  const headlineWords = issueWords(found.issue);
  const main = entities.filter((entity) => ['PERSON', 'ORG'].includes(entity.type) && !headlineWords.includes(entity.name.toLowerCase().split(' ').at(-1)!)).sort((a, b) => b.salience - a.salience)[0];
  if (main === undefined) return undefined;
  const told = body.some((stance) => stance.polarity === found.polarity && stance.holder.length === 1 && stance.holder[0] === main.id && issueWords(stance.issue).some((word) => headlineWords.includes(word)));
  return told ? { ...found, holder: [main.id], rule: `${found.rule}:told-again` } : undefined;
}

/** The words of an issue that can name what it is about: not its function words. */
const issueWords = (issue: string) => issue.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 && !stanceGrammarWords().issueFunctionWords.has(word));
