import { describe, expect, it } from 'vitest';
import { bands, hammingDistance, NEAR_DUPLICATE_BITS, simhash } from '../src/corpus/simhash.js';

const story = 'Norway and Iceland agreed on Tuesday to begin joint fishery patrols in the North Atlantic, ending a dispute over catch limits that had strained relations between the two governments since March. The first patrols will sail within three weeks, and the European Commission will send observers. Fishing associations in both countries were more cautious, saying the limits would cost coastal towns jobs.';

describe('simhash', () => {
  it('gives one text one fingerprint of 64 bits, in four 16-bit bands', () => {
    const fingerprint = simhash(story)!;
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(story)).toBe(fingerprint);
    expect(bands(fingerprint)).toHaveLength(4);
    expect(bands(fingerprint).every((band) => band >= 0 && band < 65_536)).toBe(true);
  });

  it('keeps a copy with another dateline and credits within the near-duplicate distance, and another story far', () => {
    const copy = `OSLO (Wire) - ${story} Reporting by the desk.`;
    const other = 'Ferry crews in Tromso returned to work on Friday after a two-day strike over pay, the union said. The first boats sailed at noon, and the operator said timetables would be normal by Sunday after the long dispute with the crews.';
    expect(hammingDistance(simhash(story)!, simhash(copy)!)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(hammingDistance(simhash(story)!, simhash(other)!)).toBeGreaterThan(NEAR_DUPLICATE_BITS + 5);
  });

  it('has no fingerprint for a text shorter than a shingle', () => {
    expect(simhash('Two words')).toBeNull();
  });
});
