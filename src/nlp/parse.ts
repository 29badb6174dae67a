/**
 * The parse layer: a Universal Dependencies tree for each sentence, from the project's own
 * dependency parser (src/nlp/parser), over the article's words as the fact stages number them
 * (the tokens that are not whitespace; see facts/words.ts). The quotes, events, commitments and
 * stances stages read their arguments from it (facts/tree.ts).
 */
import type { Annotator } from '../document/doc.js';
import { resource } from '../resources.js';
import { wordsOf } from '../facts/words.js';
import { loadParser } from './parser/parser.js';

const parser = resource('dependency parser', (data) => loadParser(data.url));

/**
 * Sentences longer than this are parsed in pieces of this many words: a list or a table read as
 * one sentence is no clause, and a tree over hundreds of words would only cost time.
 */
export const MAX_PARSED_WORDS = 120;

export const parseAnnotator: Annotator<'parse'> = {
  name: 'parse',
  requires: ['tokens', 'sentences'],
  assigns: 'parse',
  englishOnly: true,
  annotate({ layers }) {
    const words = wordsOf(layers.tokens!, layers.sentences!);
    const heads = new Int32Array(words.length);
    const relations = new Array<string>(words.length);
    const upos = new Array<string>(words.length);
    const xpos = new Array<string>(words.length);
    const model = parser();
    for (let first = 0; first < words.length; ) {
      let last = first;
      while (last + 1 < words.length && words[last + 1]!.sentence === words[first]!.sentence && last + 1 - first < MAX_PARSED_WORDS) last++;
      const parsed = model.parse(words.slice(first, last + 1).map((word) => word.text));
      for (let i = 0; i <= last - first; i++) {
        const head = parsed.heads[i]!;
        heads[first + i] = head === 0 ? -1 : first + head - 1;
        relations[first + i] = parsed.deprels[i]!;
        upos[first + i] = parsed.upos[i]!;
        xpos[first + i] = parsed.xpos[i]!;
      }
      first = last + 1;
    }
    return { heads, relations, upos, xpos };
  },
};
