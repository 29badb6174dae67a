import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Annotator, TokenLayer } from '../document/doc.js';
import { resource, Strings } from '../resources.js';
import Type from 'typebox';
import { truecasedForTaggers } from './casing.js';
import { winkModel } from './wink-model.js';

/** The part of wink's core model that it grows as it reads: a lexeme list and its index. */
interface WinkLexicon {
  readonly list: string[];
  readonly hash: Record<string, number>;
}

/**
 * Words wink may keep learning before a fresh copy of its model replaces the grown one.
 * Forgotten words stay in wink's internal lists (it has no way to drop them), so without a
 * bound a long-lived process would grow by every unknown word it ever read.
 */
const MAX_LEARNED_WORDS = 200_000;

/**
 * The most tokens one sentence may have. wink ends a sentence only at sentence punctuation, so
 * a run-on text (50,000 words and one full stop) is one sentence, and the fact stages that look
 * through the sentence around each of its pronouns and events (a pronoun's antecedents, an event's
 * place) take time in the square of its length: 100,000 tokens took over 30 s in the actors and
 * events stages. A longer sentence is cut into pieces of at most this many tokens, after a comma,
 * semicolon, colon or dash where the second half of the piece has one. (The longest sentence of
 * the 504 PolNeAR articles has 101 tokens.)
 */
const MAX_SENTENCE_TOKENS = 300;
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '-']);

/** data/title-abbreviations.json: titles abbreviated before a name ("Sens.", "Rev."), which end no sentence. */
const titleAbbreviations = resource('title abbreviations', (data) => new Set(data.json('title-abbreviations.json', Type.Object({ abbreviations: Strings })).abbreviations));

/** A token that ends in an abbreviation's period: "Va.", "Sen.", "U.S.", or a bracket closing one ("(D-Md.)"). */
const ABBREVIATION_END = /^(?:\p{L}{1,4}\.|(?:\p{L}\.){2,}|\))$/u;
/** What a sentence does not start with: a comma or other mark that continues a clause, or a word in lower case. */
const CONTINUATION_START = /^(?:[,;:)\]]|\p{Ll})/u;

/**
 * wink's sentences with its false breaks mended: after an abbreviation, where the next piece goes
 * on with a comma or a lower-case word in the same paragraph ("Rep. Elijah Cummings (D-Md.)
 * said", "Lisa Holm (D-Va.), shouted"), or after a title with a capitalised word ("Sens. Kelly
 * Ayotte"), and inside initials it splits ("(D-N.Y.)"). Left
 * split, a quotation's attribution stands in a sentence of its own and the quote loses its speaker.
 */
function mendedSentences(sentences: readonly [number, number][], texts: readonly string[], spaces: readonly string[]): [number, number][] {
  const mended: [number, number][] = [];
  const titles = titleAbbreviations();
  const visible = (index: number) => texts[index]!.trim() !== '';
  for (const [first, last] of sentences) {
    const previous = mended.at(-1);
    if (previous === undefined) {
      mended.push([first, last]);
      continue;
    }
    let start = first;
    while (start < last && !visible(start)) start++;
    let end = previous[1];
    while (end > previous[0] && !visible(end)) end--;
    const afterAbbreviation = ABBREVIATION_END.test(texts[end]!) && (CONTINUATION_START.test(texts[start]!) || (titles.has(texts[end]!) && /^\p{Lu}/u.test(texts[start]!)));
    // "(D-N." + "Y.)": wink reads "N.Y." as "N", ".", "Y." and breaks after the first initial.
    const splitInitials = texts[end] === '.' && /^\p{L}$/u.test(texts[end - 1] ?? '') && /^\p{Lu}\.$/u.test(texts[start]!);
    if ((afterAbbreviation || splitInitials) && !paragraphBreakBetween(texts, spaces, previous[1] + 1, start)) previous[1] = last;
    else mended.push([first, last]);
  }
  return mended;
}

/** Whether a line break lies in tokens `[from, to)` or in the spaces before tokens `from..to` (wink keeps both). */
function paragraphBreakBetween(texts: readonly string[], spaces: readonly string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (spaces[i]!.includes('\n') || (i < to && texts[i]!.includes('\n'))) return true;
  return false;
}

/** wink's sentences (`[first, last]` token indexes), the ones over MAX_SENTENCE_TOKENS cut into pieces. */
function boundedSentences(sentences: readonly [number, number][], texts: readonly string[]): [number, number][] {
  const bounded: [number, number][] = [];
  for (const [first, last] of sentences) {
    let start = first;
    while (last - start + 1 > MAX_SENTENCE_TOKENS) {
      let end = start + MAX_SENTENCE_TOKENS - 1;
      for (let i = end; i > start + MAX_SENTENCE_TOKENS / 2; i--) {
        if (CLAUSE_ENDS.has(texts[i]!)) {
          end = i;
          break;
        }
      }
      bounded.push([start, end]);
      start = end + 1;
    }
    bounded.push([start, last]);
  }
  return bounded;
}

/**
 * wink reads a long text in windows of at least this many characters, each but the last ending
 * in a blank line: read whole, a 7 MB article of 100,000 sentences took 290 MB of wink's working
 * tables at once (its raw tokens, token and tag tables), held until the next collection. A window
 * starts where a paragraph does (after "\n\n", at a character that is not a space), where wink
 * reads the same tokens, tags and sentences as in the whole text (checked on the 504 PolNeAR
 * texts cut at every paragraph); words it learns carry over from window to window as in one text.
 */
const READ_WINDOW = 100_000;
const PARAGRAPH_START = /\n\n(?=\S)/g;

/** `[start, end)` of the windows wink reads `text` in (READ_WINDOW). */
function readWindows(text: string, window: number): [number, number][] {
  const windows: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    PARAGRAPH_START.lastIndex = from + window;
    const found = PARAGRAPH_START.exec(text);
    const to = found === null ? text.length : found.index + 2;
    windows.push([from, to]);
    from = to;
  }
  return windows;
}

/** A word piece of Latin letters (and combining marks). */
const LATIN_PIECE = /^[\p{Script=Latin}\p{M}]+$/u;
/** A Latin letter beyond Latin-1, which wink splits words at: "Ł", "ğ", "ř", "ễ". */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/u;

/** wink's tokens, their preceding spaces, tags and sentences (`[first, last]` token indexes). */
interface WinkTokens {
  values: string[];
  spaces: string[];
  pos: string[];
  sentences: [number, number][];
}

/**
 * wink's tokens with three kinds of touching pieces joined again. Words it split at a Latin letter
 * beyond Latin-1: "Erdo" "ğ" "an" → "Erdoğan", "Ł" "ód" "ź" → "Łódź" (it keeps Cyrillic, Greek
 * and Chinese words whole); left split, such a name is three tokens no tagger reads as one, and
 * a joined word is a proper noun when capitalised, else it keeps its first piece's tag. And two
 * apostrophes standing for a double quotation mark (''like this'', as some newspapers' systems
 * write it), which a stage asking whether a word is a quotation mark would see as two. And a
 * title it does not know as an abbreviation and its period ("Sens" "." → "Sens."). A piece
 * that opens a sentence is not joined to a word before it; a second apostrophe is, even where
 * wink opened a sentence on it ("Illinois?'" | "' Mr. Manafort asked"): the mark closes the
 * earlier sentence, and a sentence left with no token is dropped.
 */
function joinedPieces({ values, spaces, pos, sentences }: WinkTokens): WinkTokens {
  const opens = new Set(sentences.map(([first]) => first));
  const latinJoin = (i: number) => !opens.has(i) && LATIN_PIECE.test(values[i]!) && LATIN_PIECE.test(values[i - 1]!)
    && (EXTENDED_LATIN.test(values[i]![0]!) || EXTENDED_LATIN.test(values[i - 1]!.at(-1)!));
  const titles = titleAbbreviations();
  const joins = (i: number, before: string) => spaces[i] === '' && ((values[i] === "'" && before === "'") || (values[i] === '.' && titles.has(`${before}.`)) || latinJoin(i));
  let any = false;
  for (let i = 1; i < values.length && !any; i++) any = joins(i, values[i - 1]!);
  // wink's arrays are fresh for each text: with nothing to join they are the layer's own.
  if (!any) return { values, spaces, pos, sentences };
  const joined: WinkTokens = { values: [], spaces: [], pos: [], sentences: [] };
  /** The joined token each of wink's is in, and whether it was joined to the one before. */
  const newIndex = new Int32Array(values.length);
  const joinedToBefore = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const last = joined.values.length - 1;
    if (i > 0 && joins(i, joined.values[last]!)) {
      joined.values[last] += values[i]!;
      if (joined.values[last] === "''") joined.pos[last] = 'PUNCT';
      else if (/^\p{Lu}/u.test(joined.values[last]!)) joined.pos[last] = 'PROPN';
      joinedToBefore[i] = 1;
    } else {
      joined.values.push(values[i]!);
      joined.spaces.push(spaces[i]!);
      joined.pos.push(pos[i]!);
    }
    newIndex[i] = joined.values.length - 1;
  }
  for (const [first, last] of sentences) {
    const from = newIndex[first]! + joinedToBefore[first]!;
    if (from <= newIndex[last]!) joined.sentences.push([from, newIndex[last]!]);
  }
  return joined;
}

/**
 * "I'm" ("I’m"), which wink keeps as one token and tags a proper noun, though it splits every
 * other contraction ("we're", "I've", "don't"). Universal Dependencies, which the parser and its
 * tagger learned from, writes it as two words, and the stages read "I" as a pronoun.
 */
const WHOLE_CONTRACTION = /^([Ii])(['’][Mm])$/u;

/** wink's tokens with each of WHOLE_CONTRACTION split in two: "I" (a pronoun) and "'m" (an auxiliary). */
function splitContractions({ values, spaces, pos, sentences }: WinkTokens): WinkTokens {
  if (!values.some((value) => WHOLE_CONTRACTION.test(value))) return { values, spaces, pos, sentences };
  const split: WinkTokens = { values: [], spaces: [], pos: [], sentences: [] };
  /** Where each of wink's tokens starts and ends among the split ones. */
  const firstIndex = new Int32Array(values.length);
  const lastIndex = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    firstIndex[i] = split.values.length;
    const parts = WHOLE_CONTRACTION.exec(values[i]!);
    if (parts === null) {
      split.values.push(values[i]!);
      split.spaces.push(spaces[i]!);
      split.pos.push(pos[i]!);
    } else {
      split.values.push(parts[1]!, parts[2]!);
      split.spaces.push(spaces[i]!, '');
      split.pos.push('PRON', 'AUX');
    }
    lastIndex[i] = split.values.length - 1;
  }
  for (const [first, last] of sentences) split.sentences.push([firstIndex[first]!, lastIndex[last]!]);
  return split;
}

/**
 * wink-nlp with sentence boundaries and part-of-speech tags (the events stage tells verbs from
 * nouns by them); its tokenizer is lossless, so offsets can be rebuilt.
 *
 * wink adds every unknown word it reads to its lexicon, and its tokenizer splits only words it
 * does not know: once "Trump's" has been read whole, it stays whole in every later article.
 * That makes output depend on what the process read before. So after each document the words
 * it learned are removed from the lexicon's index (the model's own words are never touched),
 * and every document is read by a wink that knows exactly its shipped lexicon.
 */
export class WinkReader {
  private nlp!: WinkMethods;
  private lexicon!: WinkLexicon;
  private shippedSize = 0;
  /** Lexicon entries up to here are shipped or already forgotten. */
  private forgottenUpTo = 0;

  /** `maxLearnedWords`: see MAX_LEARNED_WORDS; `window`: see READ_WINDOW (tests set them low). */
  constructor(private readonly maxLearnedWords = MAX_LEARNED_WORDS, private readonly window = READ_WINDOW) {
    this.load();
  }

  /** A fresh wink over a fresh copy of the shipped model. */
  private load(): void {
    let lexicon: WinkLexicon | undefined;
    this.nlp = winkNLP(winkModel((core) => (lexicon = core.features.lexeme)), ['sbd', 'pos']);
    this.lexicon = lexicon!;
    this.shippedSize = this.lexicon.list.length;
    this.forgottenUpTo = this.shippedSize;
  }

  /** Tokens, sentences and tags of `text` with UTF-16 offsets. */
  read(text: string): TokenLayer {
    try {
      return this.tokenize(text);
    } finally {
      this.releaseDocument();
      this.forgetLearnedWords();
    }
  }

  private tokenize(text: string): TokenLayer {
    const read = splitContractions(joinedPieces(this.readInWindows(text)));
    const { values, spaces } = read;
    const tokens: [number, number][] = [];
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const start = placeToken(text, value, offset, offset + spaces[i]!.length);
      tokens.push([start, start + value.length]);
      offset = start + value.length;
    }
    const sentenceTokens = boundedSentences(mendedSentences(read.sentences, values, spaces), values);
    return { tokens, texts: values, forms: values, sentenceTokens, pos: read.pos };
  }

  /** wink's tokens of one text. */
  private readWink(text: string): WinkTokens {
    const nlp = this.nlp;
    const doc = nlp.readDoc(text);
    return {
      values: doc.tokens().out() as string[],
      spaces: doc.tokens().out(nlp.its.precedingSpaces) as string[],
      pos: doc.tokens().out(nlp.its.pos) as string[],
      sentences: doc.sentences().out(nlp.its.span) as unknown as [number, number][],
    };
  }

  /** wink's tokens of `text` read window by window (READ_WINDOW), as wink reads the whole text. */
  private readInWindows(text: string): WinkTokens {
    const windows = readWindows(text, this.window);
    if (windows.length <= 1) return this.readWink(text);
    const all: WinkTokens = { values: [], spaces: [], pos: [], sentences: [] };
    for (const [from, to] of windows) {
      const part = this.readWink(text.slice(from, to));
      const offset = all.values.length;
      for (let i = 0; i < part.values.length; i++) {
        all.values.push(part.values[i]!);
        all.spaces.push(part.spaces[i]!);
        all.pos.push(part.pos[i]!);
      }
      // A window's closing blank line is a sentence of its own; in the whole text it opens the next sentence.
      const last = all.sentences.at(-1);
      const sentences = part.sentences.map(([first, end]): [number, number] => [first + offset, end + offset]);
      if (last !== undefined && sentences.length > 0 && isBlank(all.values, last)) {
        all.sentences.pop();
        sentences[0]![0] = last[0];
      }
      for (const sentence of sentences) all.sentences.push(sentence);
    }
    return all;
  }

  /**
   * wink's recursive tokenizer (the one it splits unknown tokens with) keeps the last document
   * it split, with that document's token and sentence tables (about 50 bytes a token), until it
   * splits a token of another: 72 MB after a 7 MB article, held through every later stage.
   * "a/a" goes through that tokenizer and learns no word, so reading it lets the garbage
   * collector take the document just read ("" or a known word would not reach that tokenizer).
   */
  private releaseDocument(): void {
    this.nlp.readDoc('a/a');
  }

  private forgetLearnedWords(): void {
    const { list, hash } = this.lexicon;
    if (list.length - this.shippedSize > this.maxLearnedWords) {
      this.load();
      return;
    }
    for (let index = this.forgottenUpTo; index < list.length; index++) {
      const word = list[index]!;
      if (hash[word] === index) delete hash[word];
    }
    this.forgottenUpTo = list.length;
  }
}

/** Whether the tokens `[first, last]` are all whitespace (line breaks). */
function isBlank(values: readonly string[], [first, last]: readonly [number, number]): boolean {
  for (let i = first; i <= last; i++) if (values[i]!.trim() !== '') return false;
  return true;
}

/**
 * Where a token whose text is `value` starts in `text`: after the previous token (which ends at
 * `from`) and its preceding spaces (`expected`), if the token is there. wink's tokenizer is
 * nearly lossless, but not quite: some characters it splits on are counted neither as a token
 * nor as preceding spaces (U+000B, U+000C, U+1680, U+2000, U+2001, U+2006-U+2008, U+2028,
 * U+2029, U+3000, a U+FEFF before a space), and it caps a run of spaces at 65,534. Adding up
 * lengths would then shift every later token; instead the token is found where its text next
 * occurs, which is a few characters on (its text is a slice of `text`, in order).
 */
function placeToken(text: string, value: string, from: number, expected: number): number {
  if (text.startsWith(value, expected)) return expected;
  const found = text.indexOf(value, from);
  return found >= 0 ? found : Math.max(0, Math.min(expected, text.length - value.length));
}

const winkReader = resource('wink-nlp', () => new WinkReader());

/**
 * Tokens, sentences and tags of `text` with UTF-16 offsets, read by the analyzer's wink. wink
 * reads the text with its title-case headlines truecased (nlp/casing.ts), so that it tags their
 * verbs as verbs; the tokens' texts are the article's own, their `forms` what wink read.
 */
export function tokenize(text: string): TokenLayer {
  const cased = truecasedForTaggers(text);
  const layer = winkReader().read(cased);
  if (cased === text) return layer;
  return { ...layer, texts: layer.tokens.map(([start, end]) => text.slice(start, end)) };
}

/** Tokenises `article.text` once for every later annotator. */
export const tokenAnnotator: Annotator<'tokens'> = {
  name: 'tokens',
  requires: [],
  assigns: 'tokens',
  englishOnly: false,
  annotate: ({ article }) => tokenize(article.text),
};
