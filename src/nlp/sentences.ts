import type { Annotator } from '../document/doc.js';
import { tokenize } from './tokenizer.js';

/** Splits `article.text` into sentences; a sentence never crosses a paragraph break. */
export const sentenceAnnotator: Annotator<'sentences'> = {
  name: 'sentences',
  requires: [],
  assigns: 'sentences',
  englishOnly: false,
  annotate({ article }) {
    const { tokens, sentenceTokens } = tokenize(article.text);
    const sentences: [number, number][] = [];
    for (const [first, last] of sentenceTokens) {
      const start = tokens[first]?.[0];
      const end = tokens[last]?.[1];
      if (start !== undefined && end !== undefined && end > start) sentences.push([start, end]);
    }
    return sentences;
  },
};
