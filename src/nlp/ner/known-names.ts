/**
 * Organisations the tagger leaves untagged but the gazetteer knows by exactly that name:
 * "Twitter has positioned itself ..." in a model trained mostly on 1990s newswire, where no
 * Twitter was. A capitalised run of words that is, as a whole, a company, agency, NGO,
 * international body or armed group of the gazetteer (lists named in
 * data/ner/entity-types.json, `knownOrganisationLists`; frequent English words were left out of
 * them when they were built) becomes an ORG. Neither the tagger's features nor its decoding can
 * say "trust this list over the context" for names it never saw in training, so this is a rule
 * after it.
 */
import type { Gazetteer } from './gazetteer.js';
import type { TagSpan } from './tags.js';

const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_DETERMINERS = new Set(['The', 'A', 'An']);
const ARTICLES = new Set(['the', 'a', 'an']);
const LOWER = /\p{Ll}/u;

/**
 * `spans` with an ORG added for each maximal capitalised run of `tokens` the tagger left
 * untagged that is, whole, a name of `lists` and of no other list. Not in a sentence written in
 * capitals (a headline: every word is capitalised there), not a run that opens the sentence with
 * one word (a capitalised common word: "Target", "Shell"), and not a one-word name that only
 * qualifies a noun after an article ("the Cadillac tax").
 */
export function withKnownOrganisations(spans: readonly TagSpan[], tokens: readonly string[], gazetteer: Gazetteer, lists: ReadonlySet<string>): TagSpan[] {
  if (!tokens.some((token) => LOWER.test(token))) return [...spans];
  const tagged = new Uint8Array(tokens.length);
  for (const span of spans) tagged.fill(1, span.start, span.end);
  // Most sentences have no capitalised word the tagger left (past the first): no lookup for them.
  if (!tokens.some((token, i) => i > 0 && tagged[i] === 0 && CAPITALISED.test(token))) return [...spans];
  const added: TagSpan[] = [];
  const matches = gazetteer.match(tokens).sort((a, b) => a.start - b.start || b.end - a.end);
  // A phrase some other list holds too is no sure organisation ("Argentina", "Nasrallah").
  const otherwise = new Set(matches.filter((match) => !lists.has(match.list)).map((match) => `${match.start}:${match.end}`));
  for (const match of matches) {
    if (!lists.has(match.list) || otherwise.has(`${match.start}:${match.end}`)) continue;
    const { start, end } = match;
    if (start === 0 && end === 1) continue;
    if (tagged.subarray(start, end).some((flag) => flag === 1)) continue;
    // The whole capitalised run, and only it: not "Twitter" of "Twitter Moments", nor "Bank of
    // Japan" of "Central Bank of Japan"; "The" opening the sentence may stand before it.
    if (!CAPITALISED.test(tokens[end - 1]!) || CAPITALISED.test(tokens[end] ?? '')) continue;
    const before = tokens[start - 1];
    if (before !== undefined && CAPITALISED.test(before) && !(start === 1 && SENTENCE_DETERMINERS.has(before))) continue;
    // "the Cadillac tax", "the Facebook page": one word between an article and a lower-case word
    // qualifies a noun (a name of several words, "the Harbor Freight Lines said", is a name).
    if (end - start === 1 && ARTICLES.has(before?.toLowerCase() ?? '') && LOWER.test(tokens[end]?.[0] ?? '')) continue;
    if (added.some((span) => span.start < end && start < span.end)) continue;
    added.push({ start, end, type: 'ORG' });
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}
