/**
 * What every rule of the quotes stage is given about one article: its words, parse and speaker
 * mentions, where its quotation marks are, and its cues, each looked up without a scan of the text.
 */
import type { Annotator } from '../../document/doc.js';
import type { ActorIndex } from '../arguments.js';
import { treeOf, type DependencyTree } from '../tree.js';
import { type Word, wordAt, wordsOf } from '../words.js';
import { quotedSpans, type QuotedSpan } from './marks.js';
import { sentenceCues, type FoundCue } from './sentence-cues.js';
import { possessorIndex, speakerIndex, type Speaker } from './speaker.js';

type AnnotateInput = Parameters<Annotator<'quotes'>['annotate']>[0];

/** An article's words, parse and quotation marks, with lookups by offset. */
export interface ArticleLookups {
  readonly text: string;
  readonly paragraphs: readonly (readonly [number, number])[];
  readonly sentences: readonly [number, number][];
  readonly words: readonly Word[];
  readonly tree: DependencyTree;
  /** The actors' mentions a speaker may be. */
  readonly mentions: ActorIndex;
  /** The actors' mentions that may own a speech noun ("Trump's warning"), built on first use. */
  readonly possessors: () => ActorIndex;
  /** The spans inside quotation marks, sorted, not overlapping. */
  readonly quoted: readonly QuotedSpan[];
  /** The index of the word at character `offset`. */
  readonly at: (offset: number) => number;
  /** The words inside `[start, end)`. */
  readonly wordsIn: (start: number, end: number) => Word[];
  /** The first quotation that ends after `offset`. */
  readonly quotedAfter: (offset: number) => QuotedSpan | undefined;
  /** Whether an offset lies inside quotation marks. */
  readonly inQuote: (offset: number) => boolean;
  /** Whether quotation marks enclose some of `[from, to)`. */
  readonly hasQuoted: (from: number, to: number) => boolean;
  /** The paragraph that holds `offset`. */
  readonly paragraphOf: (offset: number) => readonly [number, number] | undefined;
  /** The sentence that holds `offset`. */
  readonly sentenceOf: (offset: number) => number;
  /** Where sentence `sentence` ends, before its closing punctuation and quotation marks. */
  readonly sentenceEnd: (sentence: number) => number;
  /** The speaker, or null when it lies in quoted words (a misparse: the quotation read as the verb's subject). */
  readonly outsideQuotes: (speaker: Speaker | null) => Speaker | null;
}

/** The lookups and the article's cues. */
export interface QuoteContext extends ArticleLookups {
  /** The cue words of sentences `from..to`, outside quotation marks. */
  readonly cuesIn: (from: number, to: number) => FoundCue[];
}

export function quoteContext({ article, layers }: AnnotateInput): QuoteContext {
  const text = article.text;
  const paragraphs = article.paragraphs;
  const sentences = layers.sentences!;
  const words = wordsOf(layers.tokens!, sentences);
  const at = (offset: number) => wordAt(words, offset);
  // Built only for an article with a quotation a speech noun may introduce.
  let possessors: ActorIndex | undefined;
  const quoted = quotedSpans(text, paragraphs);
  const quotedAfter = (offset: number) => {
    let low = 0;
    let high = quoted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (quoted[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return quoted[low];
  };
  const inQuote = (offset: number) => (quotedAfter(offset)?.start ?? Infinity) <= offset;
  const lookups: ArticleLookups = {
    text,
    paragraphs,
    sentences,
    words,
    tree: treeOf(layers.parse!),
    mentions: speakerIndex(layers.entities ?? [], words),
    possessors: () => (possessors ??= possessorIndex(layers.entities ?? [], words)),
    quoted,
    at,
    wordsIn: (start, end) => words.slice(at(start), at(end)),
    quotedAfter,
    inQuote,
    hasQuoted: (from, to) => (quotedAfter(from)?.start ?? Infinity) < to,
    paragraphOf: (offset) => paragraphs.find(([start, end]) => start <= offset && offset <= end),
    sentenceOf: (offset) => {
      let low = 0;
      let high = sentences.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (sentences[middle]![0] <= offset) low = middle + 1;
        else high = middle;
      }
      return Math.max(0, low - 1);
    },
    sentenceEnd: (sentence) => {
      let end = sentences[sentence]![1];
      while (end > 0 && /[\s.!?"”]/u.test(text[end - 1]!)) end--;
      return end;
    },
    outsideQuotes: (speaker) => (speaker === null || inQuote(speaker.start) ? null : speaker),
  };
  return { ...lookups, cuesIn: sentenceCues(lookups) };
}
