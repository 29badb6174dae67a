import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Annotator, TokenLayer } from '../document/doc.js';
import { lazy } from '../resources.js';

/**
 * wink-nlp with sentence boundaries and part-of-speech tags (the events stage tells verbs from
 * nouns by them); its tokenizer is lossless, so offsets can be rebuilt.
 */
export const wink = lazy((): WinkMethods => winkNLP(model, ['sbd', 'pos']));

/** Tokens and sentences of `text` with UTF-16 offsets. */
export function tokenize(text: string): TokenLayer {
  const nlp = wink();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const tokens: [number, number][] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    tokens.push([offset, offset + values[i]!.length]);
    offset += values[i]!.length;
  }
  const sentenceTokens = doc.sentences().out(nlp.its.span) as unknown as [number, number][];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  return { tokens, texts: values, sentenceTokens, pos };
}

/** Tokenises `article.text` once for every later annotator. */
export const tokenAnnotator: Annotator<'tokens'> = {
  name: 'tokens',
  requires: [],
  assigns: 'tokens',
  englishOnly: false,
  annotate: ({ article }) => tokenize(article.text),
};
