/**
 * Truecasing of title-case headlines for the taggers. A headline written in title case
 * ("Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers") reads to the name
 * tagger as one long name and to the part-of-speech tagger as a row of proper nouns, because
 * the capital, their strongest clue, no longer marks names. So before tagging, the common words
 * of such a line are lower-cased ("Okafor vows to end tax credits claimed by large
 * landlords"); the article's text and every offset stay as they are: the change is what wink,
 * the name tagger and the parser read.
 *
 * Which capitals are names is decided as Mikheev's document-centred approach does (Mikheev 2002,
 * "Periods, capitalized words, etc."): by how the same article writes the word where its case is
 * not forced, in the middle of a sentence of its ordinary lines. A word written there
 * capitalised, or a capitalised pair written there as the headline has it ("Washington Post"),
 * keeps its capital; a word written there in lower case loses it. A word the article does not use
 * elsewhere is lower-cased when the lexicon of lower-case words (data/casing, counted over the
 * taggers' training corpora) lists it or its stem; anything else (a name the lexicon has never
 * seen) keeps its capital.
 */
import Type from 'typebox';
import { resource, Strings } from '../resources.js';

const lowercaseWords = resource('lower-case words', (data) => new Set(data.json('casing/lowercase-words.json', Type.Object({ words: Strings })).words));

/** A capital followed by lower-case letters only: "Vows", not "US", "McCain" or "iPhone". */
export function isTitleShaped(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) || /^\p{Lu}$/u.test(word);
}

/** Lines longer than this are paragraphs, never headlines (and are not scanned for title case). */
const MAX_HEADLINE_CHARS = 300;
/** How many of a line's common words (lexicon words not opening a clause) must be capitalised, at least, and what share of them. */
const MIN_CAPITALISED_COMMON = 2;
const MIN_CAPITALISED_SHARE = 0.5;
/** What ends the gap before a word whose capital is forced (a sentence or quotation opens): its case says nothing there. */
const OPENING = /[.!?:;"“‘'([—–-]\s*$/u;
/** Inflections: a word whose stem the lexicon lists with one of them is a common word too ("assembles": "assembled"; "vows": "vowed"). */
const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing'];
const ENDINGS = ['', 'e', 's', 'es', 'ed', 'd', 'ing'];

/** A run of letters: a word, or a piece of a hyphenated or apostrophised one ("Pro-Israel", "Won't"). */
const LETTER_RUN = /\p{L}+/gu;

interface Run {
  readonly start: number;
  readonly text: string;
  /** Whether the run opens a sentence or clause, where a capital is forced. */
  readonly opening: boolean;
}

function runsOf(text: string, from: number, to: number): Run[] {
  const runs: Run[] = [];
  const line = text.slice(from, to);
  let previousEnd = 0;
  for (const match of line.matchAll(LETTER_RUN)) {
    const gap = line.slice(previousEnd, match.index);
    // A run glued to the one before by an apostrophe or hyphen continues its word. Only the gap
    // is tested, never the line up to the run: a long paragraph read for evidence stays linear.
    const opening = previousEnd === 0 || (!/^['’-]$/u.test(gap) && OPENING.test(gap));
    runs.push({ start: from + match.index, text: match[0], opening });
    previousEnd = match.index + match[0].length;
  }
  return runs;
}

/**
 * A sentence's end inside a line: its mark, closing quotation marks, spaces, then a capital (or an
 * opening mark); not the period of a title or an initial ("Sen.", "Mr.", "J.").
 */
const SENTENCE_BREAK = /(?<!(?:^|[\s(])\p{Lu}\p{Ll}{0,2})[.!?]["”’')]*\s+(?=["“‘'(]?\p{Lu})/u;

/** A stretch of one line: a line's first sentence, or the rest of the line after it. */
interface Segment {
  readonly start: number;
  readonly end: number;
  /** Whether the segment is the first sentence of its line, where a headline stands. */
  readonly opensLine: boolean;
}

/**
 * Each line of `text`, its first sentence apart from the rest: a headline may share its line with
 * the article's first sentence ("Pence Endorses Ryan. Mike Pence met Ryan on Monday.").
 */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const found = SENTENCE_BREAK.exec(text.slice(start, stop));
    const firstEnd = found === null ? stop : start + found.index + found[0].length;
    segments.push({ start, end: firstEnd, opensLine: true });
    if (firstEnd < stop) segments.push({ start: firstEnd, end: stop, opensLine: false });
    start = stop + 1;
  }
  return segments;
}

/** Whether the runs of one line are title case: most of its common words capitalised where case is not forced. */
function isTitleCaseLine(runs: readonly Run[], lexicon: ReadonlySet<string>): boolean {
  let common = 0;
  let capitalised = 0;
  for (const run of runs) {
    if (run.opening || !lexicon.has(run.text.toLowerCase())) continue;
    common++;
    if (/^\p{Lu}/u.test(run.text)) capitalised++;
  }
  return capitalised >= MIN_CAPITALISED_COMMON && capitalised / common >= MIN_CAPITALISED_SHARE;
}

/** The key ("washington post") of two title-shaped runs with one space between, as a headline or an ordinary line writes a name; undefined otherwise. */
function pairKey(text: string, first: Run | undefined, second: Run | undefined): string | undefined {
  if (first === undefined || second === undefined || !isTitleShaped(first.text) || !isTitleShaped(second.text)) return undefined;
  return text.slice(first.start + first.text.length, second.start) === ' ' ? `${first.text} ${second.text}`.toLowerCase() : undefined;
}

/** How the article's ordinary lines write the words a headline asks about. */
interface CaseEvidence {
  readonly lower: Map<string, number>;
  readonly capitalised: Map<string, number>;
  /** Capitalised pairs, by `pairKey`. */
  readonly pairs: Set<string>;
}

function evidenceFrom(text: string, segments: readonly Segment[], asked: ReadonlySet<string>): CaseEvidence {
  const evidence: CaseEvidence = { lower: new Map(), capitalised: new Map(), pairs: new Set() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const { start, end } of segments) {
    const runs = runsOf(text, start, end);
    runs.forEach((run, i) => {
      const key = run.text.toLowerCase();
      if (!asked.has(key)) return;
      if (/^\p{Ll}/u.test(run.text)) add(evidence.lower, key);
      else if (!run.opening && isTitleShaped(run.text)) add(evidence.capitalised, key);
      const pair = pairKey(text, run, runs[i + 1]);
      if (pair !== undefined) evidence.pairs.add(pair);
    });
  }
  return evidence;
}

/** Whether the lexicon lists the word, or its stem with any inflection. */
function isLexiconWord(key: string, lexicon: ReadonlySet<string>): boolean {
  if (lexicon.has(key)) return true;
  return SUFFIXES.some((suffix) => key.length > suffix.length + 2 && key.endsWith(suffix) && ENDINGS.some((ending) => lexicon.has(key.slice(0, -suffix.length) + ending)));
}

/** Whether the capitalised run `i` of a title-case line is a common word to lower-case. */
function isCommonWord(runs: readonly Run[], i: number, text: string, evidence: CaseEvidence, lexicon: ReadonlySet<string>): boolean {
  const key = runs[i]!.text.toLowerCase();
  const isPaired = (pair: string | undefined) => pair !== undefined && evidence.pairs.has(pair);
  if (isPaired(pairKey(text, runs[i - 1], runs[i])) || isPaired(pairKey(text, runs[i], runs[i + 1]))) return false;
  const lower = evidence.lower.get(key) ?? 0;
  const capitalised = evidence.capitalised.get(key) ?? 0;
  if (lower !== capitalised) return lower > capitalised;
  return isLexiconWord(key, lexicon);
}

/**
 * `text` with the common words of its title-case lines in lower case, as the taggers should
 * read it; the same length, so every offset holds (`text` itself when no line is title case).
 */
export function truecasedForTaggers(text: string): string {
  const lexicon = lowercaseWords();
  const segments = segmentsOf(text);
  const headlines = new Map<number, Run[]>();
  segments.forEach(({ start, end, opensLine }, index) => {
    // A headline opens its line; the rest of that line is one too only where it is title case as well.
    if ((!opensLine && !headlines.has(index - 1)) || end - start > MAX_HEADLINE_CHARS) return;
    const runs = runsOf(text, start, end);
    if (isTitleCaseLine(runs, lexicon)) headlines.set(index, runs);
  });
  if (headlines.size === 0) return text;
  const asked = new Set([...headlines.values()].flatMap((runs) => runs.map((run) => run.text.toLowerCase())));
  const evidence = evidenceFrom(text, segments.filter((_, index) => !headlines.has(index)), asked);
  const parts: string[] = [];
  let copied = 0;
  for (const runs of headlines.values()) {
    runs.forEach((run, i) => {
      if (run.opening || !isTitleShaped(run.text) || !isCommonWord(runs, i, text, evidence, lexicon)) return;
      const lowered = run.text.toLowerCase();
      // A letter whose lower case is longer (İ) would move every later offset.
      if (lowered.length !== run.text.length) return;
      parts.push(text.slice(copied, run.start), lowered);
      copied = run.start + run.text.length;
    });
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
