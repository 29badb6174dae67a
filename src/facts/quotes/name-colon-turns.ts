/** "Trump: we will build it": a name and a colon that open a sentence open a turn of reported words, as transcripts write them. */
import type { QuoteContext } from './context.js';
import type { DraftList } from './drafts.js';
import { speakerOf } from './speaker.js';

/**
 * Adds a draft for each turn a name and a colon open: in a transcript the turn runs on to the end
 * of its paragraph, unless another speaker's name and colon open a sentence there first.
 */
export function addNameColonTurns(c: QuoteContext, drafts: DraftList): void {
  const { text, sentences, words, paragraphOf, sentenceEnd } = c;
  // "Trump: we will build it" — a name and a colon open a turn of reported words: in a
  // transcript the turn runs on to the end of its paragraph, unless another speaker's name
  // and colon open a sentence there first.
  for (let s = 0; s < sentences.length; s++) {
    const opening = nameColonOpening(c, s);
    if (opening === undefined) continue;
    const { named, colon } = opening;
    const from = words[colon + 1];
    let end = sentenceEnd(s);
    if (from === undefined || from.sentence !== s || end - from.start < 10 || drafts.overlaps(from.start, end)) continue;
    const paragraphEnd = paragraphOf(from.start)?.[1] ?? end;
    for (let next = s + 1; next < sentences.length && sentences[next]![1] <= paragraphEnd; next++) {
      const nextEnd = sentenceEnd(next);
      if (nameColonOpening(c, next) !== undefined || drafts.overlaps(sentences[next]![0], nextEnd)) break;
      end = nextEnd;
    }
    drafts.addReported(from.start, end, colon, speakerOf(text, named), 'reported:name-colon');
  }
}

/** The speaker mention and colon that open sentence `s` ("Trump: we will build it"), if they do. */
function nameColonOpening(c: QuoteContext, s: number) {
  const { sentences, words, at, mentions, inQuote } = c;
  const first = at(sentences[s]![0]);
  const named = mentions.startingAt(first);
  if (named === undefined) return undefined;
  let colon = first;
  while (words[colon] !== undefined && words[colon]!.end <= named.end) colon++;
  return words[colon]?.text === ':' && !inQuote(words[colon]!.start) ? { named, colon } : undefined;
}
