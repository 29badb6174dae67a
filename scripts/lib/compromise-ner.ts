/**
 * compromise's people(), places() and organizations() as an NER peer on pre-tokenised text:
 * each sentence's tokens are joined with spaces, and the character offsets compromise reports
 * are mapped back to token indices. compromise has no MISC type.
 */
import nlp from 'compromise';
import type { TagSpan } from '../../src/nlp/ner/tags.js';

interface OffsetMatch {
  offset: { start: number; length: number };
}

const SELECTORS = [
  ['PER', (doc: ReturnType<typeof nlp>) => doc.people()],
  ['LOC', (doc: ReturnType<typeof nlp>) => doc.places()],
  ['ORG', (doc: ReturnType<typeof nlp>) => doc.organizations()],
] as const;

export function compromiseSpans(tokens: readonly string[]): TagSpan[] {
  const text = tokens.join(' ');
  const tokenAt = new Map<number, number>();
  const tokenEnding = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, i) => {
    tokenAt.set(offset, i);
    tokenEnding.set(offset + token.length, i + 1);
    offset += token.length + 1;
  });
  const doc = nlp(text);
  const spans: TagSpan[] = [];
  const taken = new Set<number>();
  for (const [type, select] of SELECTORS) {
    for (const match of select(doc).json({ offset: true }) as OffsetMatch[]) {
      // compromise's match may include trailing punctuation; trim to whole tokens.
      const start = tokenAt.get(match.offset.start);
      let end: number | undefined;
      for (let at = match.offset.start + match.offset.length; at > match.offset.start && end === undefined; at--) end = tokenEnding.get(at);
      if (start === undefined || end === undefined || end <= start || taken.has(start)) continue;
      taken.add(start);
      spans.push({ start, end, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
