/**
 * The parse layer: a Universal Dependencies tree for each sentence, from the project's own
 * dependency parser (src/nlp/parser), over the article's words as the fact stages number them
 * (the tokens that are not whitespace; see facts/words.ts). The quotes, events, commitments and
 * stances stages read their arguments from it (facts/tree.ts). A sentence is parsed when a stage first asks about
 * one of its words: the parse is the costliest step of the pipeline, and a sentence with no
 * cue or trigger that passes its stage's checks is never asked about.
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

/** The parse of one article's sentences, each parsed on first request. */
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
    this.parsed[piece] = 1;
    const result = this.model.parse(this.words.slice(first, last + 1).map((w) => asTreebankWord(w.form)));
    for (let i = 0; i <= last - first; i++) {
      const head = result.heads[i]!;
      this.heads[first + i] = head === 0 ? -1 : first + head - 1;
      this.relations[first + i] = result.deprels[i]!;
    }
    return [first, last];
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
