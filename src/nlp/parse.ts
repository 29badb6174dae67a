/**
 * The parse layer: a Universal Dependencies tree for each sentence, from the project's own
 * dependency parser (src/nlp/parser), over the article's words as the fact stages number them
 * (the tokens that are not whitespace; see facts/words.ts). The quotes, events, commitments and
 * stances stages read their arguments from it (facts/tree.ts). A sentence is parsed when a stage first asks about
 * one of its words, together with the sentences after it (PARSE_AHEAD_WORDS): the parse is the
 * costliest step of the pipeline, and a stretch of sentences no stage asks about is never parsed.
 */
import type { Annotator, ParseLayer } from '../document/doc.js';
import { resource } from '../resources.js';
import { wordsOf, type Word } from '../facts/words.js';
import { loadParser, type Parser } from './parser/parser.js';

const parser = resource('dependency parser', (data) => loadParser(data.url));

/**
 * Sentences longer than this are parsed in pieces of this many words: a list or a table read as
 * one sentence is no clause, and a tree over hundreds of words would only cost time.
 */
export const MAX_PARSED_WORDS = 120;

/**
 * How many words a request parses: the piece asked about and the unparsed pieces after it, up
 * to this many words. Nearly every sentence is asked about sooner or later (on PolNeAR all but
 * 0.3% of the words), and parsing a run of them in one go keeps the parser's tables in the
 * processor's caches, which the fact stages' work between two requests would evict: the parse
 * took about a fifth less CPU time in the pipeline (measured on 150 PolNeAR articles).
 */
export const PARSE_AHEAD_WORDS = 400;

/** The parse of one article's sentences, each parsed on first request together with the sentences after it. */
class SentenceParses implements ParseLayer {
  readonly heads: Int32Array;
  readonly relations: string[];
  /** The piece (a sentence, or a part of an overlong one) each word is in, and each piece's first word. */
  private readonly pieceOf: Int32Array;
  private readonly pieceStarts: number[] = [];
  private readonly parsed: Uint8Array;

  constructor(private readonly words: readonly Word[], private readonly model: Parser) {
    const n = words.length;
    this.heads = new Int32Array(n).fill(-1);
    this.relations = new Array<string>(n).fill('');
    this.pieceOf = new Int32Array(n);
    for (let word = 0; word < n; word++) {
      const start = this.pieceStarts.at(-1);
      if (start === undefined || words[word]!.sentence !== words[start]!.sentence || word - start >= MAX_PARSED_WORDS) this.pieceStarts.push(word);
      this.pieceOf[word] = this.pieceStarts.length - 1;
    }
    this.parsed = new Uint8Array(this.pieceStarts.length);
  }

  parseAround(word: number): readonly [number, number] {
    const piece = this.pieceOf[word]!;
    const first = this.pieceStarts[piece]!;
    const last = (this.pieceStarts[piece + 1] ?? this.words.length) - 1;
    if (this.parsed[piece] === 1) return [first, last];
    for (let next = piece, words = 0; next < this.parsed.length && words < PARSE_AHEAD_WORDS; next++) {
      if (this.parsed[next] === 1) continue;
      words += this.parsePiece(next);
    }
    return [first, last];
  }

  /** Parses one piece; returns its word count. */
  private parsePiece(piece: number): number {
    const first = this.pieceStarts[piece]!;
    const last = (this.pieceStarts[piece + 1] ?? this.words.length) - 1;
    this.parsed[piece] = 1;
    const result = this.model.parse(this.words.slice(first, last + 1).map((w) => asTreebankWord(w.form)));
    for (let i = 0; i <= last - first; i++) {
      const head = result.heads[i]!;
      this.heads[first + i] = head === 0 ? -1 : first + head - 1;
      this.relations[first + i] = result.deprels[i]!;
    }
    return last - first + 1;
  }
}

/** A doubled apostrophe standing for a quotation mark (''like this'') is written '"' in the treebanks the parser learned from. */
function asTreebankWord(text: string): string {
  return text === "''" ? '"' : text;
}

export const parseAnnotator: Annotator<'parse'> = {
  name: 'parse',
  requires: ['tokens', 'sentences'],
  assigns: 'parse',
  englishOnly: true,
  annotate({ layers }) {
    return new SentenceParses(wordsOf(layers.tokens!, layers.sentences!), parser());
  },
};
