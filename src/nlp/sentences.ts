import type { Annotator } from '../document/doc.js';

/** Splits `article.text` into sentences; a sentence never crosses a paragraph break. */
export const sentenceAnnotator: Annotator<'sentences'> = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: 'sentences',
  englishOnly: false,
  annotate({ article, layers }) {
    const { tokens, sentenceTokens } = layers.tokens!;
    const text = article.text;
    const sentences: [number, number][] = [];
    for (const [first, last] of sentenceTokens) {
      let start = tokens[first]?.[0];
      let end = tokens[last]?.[1];
      if (start === undefined || end === undefined) continue;
      // wink keeps line breaks as tokens; a sentence starts and ends at visible text.
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) sentences.push([start, end]);
    }
    return sentences;
  },
};
