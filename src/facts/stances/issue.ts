/**
 * The issue of a stance as a phrase that reads on its own: the actor an object names ("backed
 * Senator Bernie Sanders of Vermont in the primary" -> "Bernie Sanders"), or the object phrase
 * up to the end of its clause, without wrappers before it ("the idea of a ceasefire" ->
 * "ceasefire") and without a dangling word after it ("remarks that may have" -> "remarks").
 */
import type { ActorIndex, Mention } from '../arguments.js';
import type { Word } from '../words.js';
import { readableIssueLists, spells, stanceCues, stanceGrammarWords } from './cues.js';

export const MAX_ISSUE_WORDS = 10;
/** How many determiners and title words may come before the actor an object names ("the Republican presidential candidate Ted Cruz"). */
const MAX_TITLE_WORDS = 4;
const TITLE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Whether a word is the possessive "'s" or "’". */
export const isPossessiveMark = (word: Word | undefined) => word !== undefined && /^['’]s?$/u.test(word.text);

/** The issue an object phrase starting at word `from` names, or null when it names none that reads. */
export function issueAt(words: readonly Word[], actors: ActorIndex, from: number, end: number): string | null {
  // "refused to answer questions": an act, for the events layer, not an issue.
  if (words[from]?.lower === 'to') return null;
  const named = namedObject(words, actors, from, end);
  // "urged Ted Cruz to run for President": the act asked of the actor is the issue.
  if (named !== undefined && !(words[named.last + 1]?.lower === 'to' && words[named.last + 2]?.pos === 'VERB')) return named.entity.name;
  return phraseAt(words, from, end);
}

/**
 * The actor an object phrase is, after its determiner and title words ("Clinton", "evangelist
 * Franklin Graham", "Senator Bernie Sanders of Vermont in the primary"); undefined when the
 * phrase goes on past the actor ("the Iran deal", "Clinton's handling of ...").
 */
export function namedObject(words: readonly Word[], actors: ActorIndex, from: number, end: number): Mention | undefined {
  let titled = false;
  for (let k = from; k < end && k - from <= MAX_TITLE_WORDS;) {
    const mention = actors.startingAt(k);
    if (mention !== undefined && actors.isActor(mention)) {
      const next = words[mention.last + 1];
      const ends = mention.last + 1 >= end || next === undefined || (endsIssue(words, mention.last + 1) && !ownsQuotedNoun(words, mention.last, end)) || stanceGrammarWords().wordsAfterAnActor.has(next.lower) || next.pos === 'VERB' || (next.pos === 'AUX' && !isPossessiveMark(next));
      // Past a common noun only a person's name is a title's ("evangelist Franklin Graham", not "the plan Obama proposed").
      if (ends) return titled && mention.entity.type !== 'PERSON' ? undefined : mention;
      k = mention.last + 1;
      continue;
    }
    if (!TITLE_TAGS.has(words[k]!.pos)) return undefined;
    titled ||= words[k]!.pos === 'NOUN';
    k++;
  }
  return undefined;
}

/**
 * Whether word `at` ends an issue: one of `issueEnds`, or a hyphen set apart by spaces, which
 * stands for a dash ("endorsed Cruz - the first time it has ..."; not "rosy-sounding").
 */
const endsIssue = (words: readonly Word[], at: number) =>
  stanceGrammarWords().issueEnds.has(words[at]!.lower) || (words[at]!.text === '-' && words[at - 1]?.end !== words[at]!.start && words[at + 1]?.start !== words[at]!.end);

/** Words from `from` to the end of the clause (at most MAX_ISSUE_WORDS), as a readable phrase. */
export function phraseAt(words: readonly Word[], from: number, end: number, continues = false): string | null {
  let stop = from;
  // "people who will bring people together": after a noun that says nothing alone, its relative clause is the issue's content.
  const qualifiesEmptyHead = (at: number) => stanceGrammarWords().emptyHeadRelatives.has(words[at]!.lower) && isEmptyHead(words, from, at);
  // The relative clause's own auxiliary ("who will bring") does not end it.
  const afterRelative = (at: number) => at > from && qualifiesEmptyHead(at - 1);
  while (stop < end && stop - from < MAX_ISSUE_WORDS) {
    // "his “unsuitability” for office": a word or two quoted inside the phrase goes on with it.
    const quoted = quotedWithin(words, stop, end);
    if (quoted !== undefined) {
      stop = quoted;
      // "the governor's “reckless plan,” a spokesman said": punctuation inside the closing mark ends the phrase.
      if (punctuatesQuoteEnd(words, quoted - 2)) break;
      continue;
    }
    if ((endsIssue(words, stop) && !joinsNames(words, stop, end) && !joinsNounPhrases(words, from, stop, end) && !qualifiesEmptyHead(stop) && !isQuantity(words, stop) && !opensWithDemonstrative(words, from, stop)) || (stop > from && ((endsClause(words, stop) && !afterRelative(stop)) || startsTime(words, stop)))) break;
    stop++;
  }
  return readablePhrase(words, from, stop, continues);
}

/** Whether word `at` is a possessive pronoun before a quoted noun ("his “unsuitability”"), which the noun goes on from. */
const ownsQuotedNoun = (words: readonly Word[], at: number, end: number) => stanceGrammarWords().possessivePronouns.has(words[at]!.lower) && quotedWithin(words, at + 1, end) !== undefined;

/** Quotation marks, double and single, curly and straight, as tokens. */
export const QUOTATION_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);
/** How many words a quotation inside an issue phrase may hold ("the “poison pill”", "his “unsuitability”"). */
const MAX_INNER_QUOTE_WORDS = 3;

/** Punctuation that American style puts inside a closing quotation mark ("his “unsuitability for office.”"). */
const PUNCTUATION_INSIDE_QUOTES = new Set(['.', ',', '?', '!']);

/** Whether word `at` is one of PUNCTUATION_INSIDE_QUOTES touching the word before it and a closing mark after it. */
const punctuatesQuoteEnd = (words: readonly Word[], at: number) =>
  PUNCTUATION_INSIDE_QUOTES.has(words[at]?.text ?? '') && words[at - 1]?.end === words[at]!.start && QUOTATION_MARKS.has(words[at + 1]?.text ?? '') && words[at + 1]!.start === words[at]!.end;

/**
 * Where the short quotation opening at word `at` ends (the word after its closing mark), when
 * `at` is an opening mark (touching the word after it, apart from the one before) closed within
 * MAX_INNER_QUOTE_WORDS words by a mark touching the word before it, or the punctuation put
 * inside the mark ("his “unsuitability for office.”"); undefined otherwise.
 */
function quotedWithin(words: readonly Word[], at: number, end: number): number | undefined {
  const mark = words[at]!;
  const next = words[at + 1];
  if (!QUOTATION_MARKS.has(mark.text) || next === undefined || next.start !== mark.end || words[at - 1]?.end === mark.start) return undefined;
  for (let k = at + 2; k < end && k - at <= MAX_INNER_QUOTE_WORDS + 1; k++) {
    const word = words[k]!;
    if (QUOTATION_MARKS.has(word.text) && words[k - 1]!.end === word.start) return k + 1;
    if (punctuatesQuoteEnd(words, k) && k + 1 < end) return k + 2;
    if (!/^[\p{L}\p{N}]/u.test(word.text)) return undefined;
  }
  return undefined;
}

/**
 * Whether the "that" at `at` is the demonstrative that opens the phrase ("backed that plan"), which
 * ends nothing: a noun follows it, and no verb after the noun makes it a clause ("that voters want"),
 * unless the tagger calls it a determiner ("her vote for that bill was a mistake": the verb is the
 * sentence's). The tagger often calls the demonstrative a conjunction.
 */
const opensWithDemonstrative = (words: readonly Word[], from: number, at: number) =>
  at === from && words[at]!.lower === 'that' && ['DET', 'SCONJ'].includes(words[at]!.pos) && ['NOUN', 'ADJ'].includes(words[at + 1]?.pos ?? '')
  && (words[at]!.pos === 'DET' || !['VERB', 'AUX', 'PRON'].includes(words[at + 2]?.pos ?? ''));

/** Whether the "as" at `at` opens a quantity ("as many as", "as much as"), or is the second "as" of one; it ends no issue. */
const isQuantity = (words: readonly Word[], at: number) =>
  words[at]!.lower === 'as' && ((stanceGrammarWords().quantityWords.has(words[at + 1]?.lower ?? '') && words[at + 2]?.lower === 'as') || (stanceGrammarWords().quantityWords.has(words[at - 1]?.lower ?? '') && words[at - 2]?.lower === 'as'));

/** Whether words `[from, to)` are only a determiner and one of `emptyHeads` ("people", "a leader", "somebody there"). */
function isEmptyHead(words: readonly Word[], from: number, to: number): boolean {
  const parts = words.slice(from, to).map((word) => word.lower).filter((part) => !stanceGrammarWords().emptyHeadCompanions.has(part) || stanceCues().emptyHeads.has(part));
  return parts.length === 1 && stanceCues().emptyHeads.has(parts[0]!);
}

/**
 * Whether a time said of the stance starts at word `at` ("the nominees in 2008", "the ban on
 * Monday", "the plan last week", "investment over five years"): one of `timePrepositions` or
 * none, `timeDeterminers`, then a time word or a number.
 */
function startsTime(words: readonly Word[], at: number): boolean {
  const { timeWords, timePrepositions, timeDeterminers } = stanceCues();
  let k = at;
  if (timePrepositions.has(words[k]!.lower)) k++;
  const opened = k;
  while (timeDeterminers.has(words[k]?.lower ?? '') && k - opened < 2) k++;
  // A time word alone starts a time only as a determiner ("last week") or after a preposition; a number only after a preposition.
  const word = words[k];
  if (word === undefined || (k === at && !timeDeterminers.has(words[at]!.lower))) return false;
  return timeWords.has(word.lower) || (opened > at && (/^\d/u.test(word.text) || word.pos === 'NUM'));
}

/**
 * Whether the "and" at `at` joins two names inside the phrase ("bring Republicans and Democrats
 * together"), not two clauses: proper nouns on both sides, and no verb right after the second.
 */
function joinsNames(words: readonly Word[], at: number, end: number): boolean {
  if (words[at]!.lower !== 'and' || words[at - 1]?.pos !== 'PROPN') return false;
  let k = at + 1;
  if (words[k]?.lower === 'the') k++;
  if (words[k]?.pos !== 'PROPN') return false;
  while (k < end && words[k]!.pos === 'PROPN') k++;
  return k < end && words[k]!.pos !== 'VERB' && words[k]!.pos !== 'AUX';
}

/** How many words the noun phrase after a joining "and" may run. */
const MAX_JOINED_PHRASE_WORDS = 6;
/** Tags of the words of a noun phrase joined to an issue ("the harbour levy and the bridge toll"). */
const JOINED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the "and" at `at` joins a second noun phrase to the issue's (or a second adjective to its
 * noun): "gay marriage and adoption", "this reckless and costly levy", "both the harbour levy
 * and the bridge toll"; not a clause or verb phrase ("backed the levy and the
 * mayor said ...", "opposed the plan and voted against it").
 */
function joinsNounPhrases(words: readonly Word[], from: number, at: number, end: number): boolean {
  if (words[at]!.lower !== 'and' || at === from || !['NOUN', 'PROPN', 'ADJ'].includes(words[at - 1]!.pos)) return false;
  let k = at + 1;
  while (k < end && k - at <= MAX_JOINED_PHRASE_WORDS && (JOINED_PHRASE_TAGS.has(words[k]!.pos) || isPossessiveMark(words[k]))) k++;
  if (k === at + 1 || !['NOUN', 'PROPN'].includes(words[k - 1]!.pos)) return false;
  // The phrase ends the clause, or a preposition or punctuation follows it; never a verb.
  return k >= end || words[k]!.pos === 'ADP' || words[k]!.pos === 'PUNCT' || stanceGrammarWords().relativePronouns.has(words[k]!.lower);
}

/** An auxiliary or modal that starts the next verb phrase ("supporting Trump will not ..."), not "to be" or "being". */
const endsClause = (words: readonly Word[], at: number) => words[at]!.pos === 'AUX' && !stanceGrammarWords().nonFiniteBe.has(words[at]!.lower) && !isPossessiveMark(words[at]);

/**
 * Words `[from, to)` without the wrappers before the issue and the dangling words after it; null
 * when nothing readable is left. A phrase that `continues` an issue begun before it ("the rule"
 * + "be eliminated") keeps its first words.
 */
export function readablePhrase(words: readonly Word[], from: number, to: number, continues = false): string | null {
  const { danglingStarts, danglingEnds, pronouns } = readableIssueLists();
  let first = from;
  for (let stripped = !continues; stripped && first < to;) {
    stripped = false;
    for (const wrapper of stanceCues().wrappers) {
      if (first + wrapper.length < to && spells(words, first, wrapper)) {
        first += wrapper.length;
        stripped = true;
        break;
      }
    }
  }
  let last = to;
  // "the term 'neutrality'": a straight single quote closes one opened in the phrase.
  const closesQuote = (at: number) => words[at]!.text === "'" && words.slice(first, at).some((word) => word.text === "'");
  while (last > first && (danglingEnds.has(words[last - 1]!.lower) || (/^[^\p{L}\p{N}$%”"’)]+$/u.test(words[last - 1]!.text) && !closesQuote(last - 1)))) last--;
  // An issue is a noun phrase or a clause, never a prepositional phrase ("wanted in a candidate").
  // "like-kind exchanges": a preposition joined to the next word by a hyphen is part of a compound modifier.
  const compound = words[first + 1]?.text === '-' && words[first + 1]!.start === words[first]!.end && words[first + 2]?.start === words[first + 1]!.end;
  if (last <= first || (!continues && (danglingStarts.has(words[first]!.lower) || (words[first]!.pos === 'ADP' && !compound)))) return null;
  // "his “unsuitability for office.”": the issue keeps the quotation, not the sentence's punctuation inside it.
  const inside = punctuatesQuoteEnd(words, last - 2) ? last - 2 : -1;
  let kept = words.slice(first, last).filter((_, k) => first + k !== inside);
  // "loves “Lilyhammer.”": an issue quoted whole reads without its marks.
  if (kept.length > 2 && QUOTATION_MARKS.has(kept[0]!.text) && QUOTATION_MARKS.has(kept.at(-1)!.text) && kept.slice(1, -1).every((word) => !QUOTATION_MARKS.has(word.text))) kept = kept.slice(1, -1);
  if (kept.every((word) => pronouns.has(word.lower) || !/[\p{L}\p{N}]/u.test(word.text))) return null;
  // Each word as the taggers read it: a title-case headline's issue in sentence case.
  const touches = (word: Word, k: number) => k > 0 && (kept[k - 1]!.end === word.start || words[inside]?.end === word.start);
  const phrase = kept.map((word, k) => (touches(word, k) ? '' : ' ') + word.form).join('').trim();
  return phrase.length > 1 && balanced(phrase) ? phrase : null;
}

/** Whether the quotation marks and brackets of a phrase are paired. */
function balanced(phrase: string): boolean {
  const count = (pattern: RegExp) => (phrase.match(pattern) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/\(/gu) === count(/\)/gu) && count(/"/gu) % 2 === 0;
}
