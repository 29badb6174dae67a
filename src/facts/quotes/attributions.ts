/** Attributions that stand apart from a quotation: a sentence of its own after it ("Holm declared."), or a bare cue before it ("X said in a statement."). */
import { isPunctuation, type Word } from '../words.js';
import type { QuoteContext } from './context.js';
import { isQuoteMark } from './marks.js';
import { adjunctOnly } from './reported-words.js';
import type { FoundCue } from './sentence-cues.js';

/** The most words an attribution may have: between two parts of one quotation, or between a quotation and the cue after it. */
export const MAX_ATTRIBUTION_WORDS = 18;
/** The most words after the cue of an attribution that stands as a sentence of its own ("said in a phone interview."). */
const MAX_ATTRIBUTION_TAIL = 8;
/** The most words a quoted part of a name may have (Marcia "Cia" Price). */
const MAX_NICKNAME_WORDS = 2;

/**
 * The cue of the sentence full stop `stop` ends, in the quotation's paragraph, when the
 * sentence is only an attribution: no verb before the cue (no reported clause: "Also, he
 * isn't a conservative, he said.") and nothing after it but a phrase of an adjunct
 * preposition ("Sam Lau, the party's spokesman, said in a statement."); a speech cue no
 * other quotation took, in a sentence that holds no quotation.
 */
export function bareCueEnding(c: QuoteContext, usedCues: ReadonlySet<number>, stop: Word): number | undefined {
  const { text, sentences, words, at, hasQuoted, cuesIn } = c;
  const cue = cuesIn(stop.sentence, stop.sentence).filter(({ kind }) => kind === 'speech').at(-1)?.index;
  if (cue === undefined || usedCues.has(cue) || text.slice(words[cue]!.end, stop.start).includes('\n') || hasQuoted(sentences[stop.sentence]![0], stop.start)) return undefined;
  if (words.slice(at(sentences[stop.sentence]![0]), cue).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return undefined;
  const end = at(stop.start) - 1;
  return end === cue || adjunctOnly(c, cue + 1, end) ? cue : undefined;
}

/** The cue of the sentence after a quotation's last word `last`, in its paragraph, with no quotation mark or clause break between. */
export function attributionAfter(c: QuoteContext, usedCues: ReadonlySet<number>, last: number, lastSentence: number): FoundCue[] {
  const { text, words, mentions, cuesIn } = c;
  // A quotation at the very end of the text may end past its last word: nothing follows it.
  if (words[last] === undefined) return [];
  const cue = cuesIn(lastSentence + 1, lastSentence + 1).find(({ kind, index }) => kind !== 'cognition' && !usedCues.has(index));
  if (cue === undefined || words.slice(last + 1, cue.index).filter((word) => /\p{L}|\d/u.test(word.text)).length > MAX_ATTRIBUTION_WORDS) return [];
  let from = last + 1;
  while (from < cue.index && (isQuoteMark(words[from]) || isPunctuation(words[from]))) from++;
  // Only the quotation's closing marks are left of its sentence: the attribution is all of the next.
  if (words[from - 1]!.sentence !== lastSentence || words[from]!.sentence !== lastSentence + 1 || text.slice(words[last]!.end, words[cue.index]!.start).includes('\n')) return [];
  const between = words.slice(from, cue.index);
  if (between.some((word) => (isQuoteMark(word) && !inNickname(c, word)) || word.text === ';' || word.text === ':' || word.pos === 'VERB')) return [];
  // Only an attribution: no clause of its own after the cue ("Holm declared." / "said in an interview.").
  let end = cue.index + 1;
  while (words[end] !== undefined && words[end]!.sentence === lastSentence + 1) end++;
  const rest = words.slice(cue.index + 1, end);
  // A comma and an apposition or a participle after the cue: its clause ended there ("Okafor
  // declared, a line she often repeats ...", "Mr. Clyburn said, echoing ..."), unlike "He said, twice, that".
  if (rest[0]?.text === ',' && (rest[1]?.pos === 'DET' || (rest[1]?.pos === 'VERB' && rest[1].lower.endsWith('ing')))) return [cue];
  // "said Jane Roe, a former harbour authority lawyer now at the Kell
  // Institution.": an inverted cue right after the quotation, its speaker's name and an
  // apposition of any length.
  const named = between.length === 0 ? mentions.startingAt(cue.index + 1) : undefined;
  if (named !== undefined && named.entity.type === 'PERSON' && named.kind === 'name' && (words[named.last + 1]?.text === ',' || named.last + 1 === end - 1)) return [cue];
  if (askedBeforeNamedCue(c, last, from, cue.index, end)) return [cue];
  return rest.length <= MAX_ATTRIBUTION_TAIL && !rest.some((word) => word.pos === 'VERB' || word.pos === 'AUX' || word.lower === 'that' || isQuoteMark(word)) ? [cue] : [];
}

/** Relations of a clause a cue governs: what it reports. */
const REPORTED_CLAUSES = new Set(['ccomp', 'xcomp', 'parataxis']);

/**
 * "“..., who knows?” Lind told the radio host in a talk broadcast late on Friday after being asked how
 * ...": a quotation that ends on "?" or "!" ends its sentence, so the name and cue that open the
 * next one are its attribution however long the adjuncts after the cue, when the speaker's name
 * alone stands between and the cue governs no clause of its own (no "that", no quotation).
 * `last` is the quotation's last word, `from` the first word after its closing marks, `end` the
 * end of the cue's sentence.
 */
function askedBeforeNamedCue(c: QuoteContext, last: number, from: number, cue: number, end: number): boolean {
  const { words, mentions, tree } = c;
  const closing = words[last]!.text === '?' || words[last]!.text === '!' ? words[last] : words[last - 1];
  if (closing?.text !== '?' && closing?.text !== '!') return false;
  const named = mentions.startingAt(from);
  if (named === undefined || named.kind !== 'name' || named.last !== cue - 1) return false;
  if (tree.dependentsOf(cue).some((k) => REPORTED_CLAUSES.has(tree.baseRelation(k)))) return false;
  return !words.slice(cue + 1, end).some((word) => word.lower === 'that' || word.text === ';' || isQuoteMark(word));
}

/** Whether quotation mark `mark` opens or closes a name's short quoted part (Marcia "Cia" Price), not a quotation. */
function inNickname(c: QuoteContext, mark: Word): boolean {
  const { quotedAfter, wordsIn } = c;
  const span = quotedAfter(mark.start - 1);
  return span !== undefined && span.start <= mark.end && span.end >= mark.start - 1 && wordsIn(span.start, span.end).length <= MAX_NICKNAME_WORDS;
}
