/**
 * `newsgraph ner --conll FILE`: tags pre-tokenised CoNLL text and writes every line back with
 * the predicted IOB2 tag (PER, ORG, LOC, MISC) appended as the last column. Blank lines stay
 * blank; `-DOCSTART-` lines are kept (tagged O) and separate documents, whose sentences the
 * tagger reads together.
 */
import { parseConll } from '../nlp/ner/conll.js';
import { tagTokens } from '../nlp/ner/tagger.js';
import { iob2FromSpans } from '../nlp/ner/tags.js';

/** The tagged text; throws `ConllFormatError` (naming the line) for a malformed file. */
export function tagConllText(text: string): string {
  const tagByLine = new Map<number, string>();
  for (const document of parseConll(text)) {
    const sentences = document.sentences.map(({ tokens }) => tokens.map((token) => token.columns[0]!));
    tagTokens(sentences).forEach((spans, s) => {
      const tokens = document.sentences[s]!.tokens;
      iob2FromSpans(spans, tokens.length).forEach((tag, t) => tagByLine.set(tokens[t]!.line, tag));
    });
  }
  const separator = text.includes('\t') ? '\t' : ' ';
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, index) => {
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '') return '';
    return `${trimmed}${separator}${tagByLine.get(index + 1) ?? 'O'}`;
  }).join('\n') + '\n';
}
