import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorExcerpt, anchorOf, findAnchor, locateExcerpt } from '../scripts/lib/text-anchor.js';

describe('text anchors', () => {
  const text = 'The harbour board met.\nMayor Ruiz backs   the levy, she said. Ruiz backs the levy again.';

  it('keeps counts and a hash, never the words', () => {
    const anchor = anchorOf(text, [34, 51]);
    expect(anchor).toEqual({ words: 3, chars: 15, sha256: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(anchor)).not.toMatch(/backs|levy/);
  });

  it('takes a word the span cuts as a whole word', () => {
    expect(anchorOf(text, [36, 48])).toEqual(anchorOf(text, [34, 51]));
  });

  it('finds the run again whatever the whitespace between its words', () => {
    const anchor = anchorOf('backs the levy,', [0, 15]);
    expect(findAnchor(text, anchor)).toEqual([[34, 51]]);
    expect(findAnchor('Ruiz backs\nthe\tlevy, they said.', anchor)).toEqual([[5, 20]]);
  });

  it('finds every occurrence, and none of other words', () => {
    expect(findAnchor(text, anchorOf('backs the', [0, 9]))).toEqual([[34, 45], [67, 76]]);
    expect(findAnchor(text, anchorOf('backs the toll,', [0, 15]))).toEqual([]);
  });

  it('turns an excerpt into an anchor only when it occurs once and is short enough', () => {
    expect(anchorExcerpt(text, 'Mayor  Ruiz backs', 5)).toEqual(anchorOf(text, [23, 42]));
    expect(anchorExcerpt(text, 'Ruiz backs', 5)).toBe('the excerpt occurs 2 times');
    expect(anchorExcerpt(text, 'Ruiz opposes', 5)).toBe('the excerpt occurs 0 times');
    expect(anchorExcerpt(text, 'one two three four five six', 5)).toBe('the excerpt has 6 words (1-5)');
  });

  it.each<[string, string, [number, number][]]>([
    ['The senators met on Monday.', 'met on Monday', [[13, 26]]],
    ['The senators met\non  Monday.', 'met on Monday', [[13, 27]]],
    ['The senators met on Monday.', 'met (on) Monday', []],
    ['Costs rose 5.2% (a record).', '5.2% (a record)', [[11, 26]]],
  ])('locates the excerpt in %j', (haystack, excerpt, spans) => {
    expect(locateExcerpt(haystack, excerpt)).toEqual(spans);
  });

  it('finds the anchor of any run of words where it was taken', () => {
    const word = fc.stringMatching(/^[A-Za-z.,’“”]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t ');
    fc.assert(fc.property(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const joined = parts.map(([w, s]) => w + s).join('');
      const starts: number[] = [];
      parts.reduce((offset, [w, s]) => (starts.push(offset), offset + w.length + s.length), 0);
      const first = a % parts.length;
      const last = first + (b % (parts.length - first));
      const span: [number, number] = [starts[first]!, starts[last]! + parts[last]![0].length];
      expect(findAnchor(joined, anchorOf(joined, span))).toContainEqual(span);
    }));
  });
});
