import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isFailed, type Entity } from '../src/document/contract.js';
import { likelyQuoteThreshold, quoteConfidence, quoteFeatureReader, type QuoteEvidence } from '../src/facts/quotes/confidence.js';

const mayor: Entity = {
  id: 'e1', name: 'Tom Ortiz', type: 'PERSON', country: null, sector: null, roles: [], kb: null, key: null, salience: 1,
  mentions: [{ start: 0, end: 9, text: 'Tom Ortiz', kind: 'name' }, { start: 60, end: 62, text: 'He', kind: 'pronoun' }],
};
const quote = (speaker: QuoteEvidence['speaker'], start = 20, end = 48): QuoteEvidence => ({
  kind: 'indirect', start, end, cue: { start: 10, end: 14, text: 'Said' }, speaker, rule: 'reported:speech:clause-after-cue',
});

const CARRIED_OVER = 'Mayor Tom Ortiz said on Monday that the harbour would reopen in May.\n\nThe council met on Tuesday. A banner at the meeting read "Nobody saw this coming" in red letters.';

describe('quote confidence (data/quotes/confidence.json)', () => {
  const featuresOf = quoteFeatureReader([mayor]);

  it('names how the quote was found and how its speaker is named and placed', () => {
    expect([...featuresOf(quote({ start: 0, end: 9, text: 'Tom Ortiz', entity: 'e1', name: 'Tom Ortiz' }))]).toEqual([
      'rule:reported:speech:clause-after-cue', 'kind:indirect', 'cue:said', 'length:short', 'speaker:name', 'speaker-type:PERSON', 'side:before', 'distance:near',
    ]);
    expect(featuresOf(quote({ start: 60, end: 62, text: 'He', entity: 'e1', name: 'Tom Ortiz' }, 63, 300))).toEqual(new Set([
      'rule:reported:speech:clause-after-cue', 'kind:indirect', 'cue:said', 'length:long', 'speaker:pronoun', 'speaker-type:PERSON', 'side:before', 'distance:adjacent',
    ]));
    expect(featuresOf(quote({ start: 60, end: 62, text: 'He', entity: 'e1', name: 'Tom Ortiz' }, 20, 58))).toContain('side:after');
    expect(featuresOf(quote({ start: 30, end: 32, text: 'he', entity: 'e1', name: 'Tom Ortiz' }, 20, 58))).toContain('side:within');
    expect(featuresOf(quote({ start: 100, end: 112, text: 'the minister', entity: null, name: 'the minister' }))).toContain('speaker:unlinked');
    expect(featuresOf(quote(null))).toContain('speaker:none');
  });

  it('gives a quote its named speaker reports more confidence than one whose speaker is carried over from it', () => {
    const doc = analyze({ text: CARRIED_OVER }, { quotes: 'all' });
    if (isFailed(doc)) throw new Error(doc.error.message);
    expect(doc.quotes.map((found) => [found.speaker?.name, found.rule])).toEqual([
      ['Mayor Tom Ortiz', 'reported:speech:clause-after-cue'], ['Mayor Tom Ortiz', 'quotation:continues-previous'],
    ]);
    const [reported, carried] = doc.quotes;
    expect(reported!.confidence).toBeGreaterThan(carried!.confidence);
    expect(reported!.confidence).toBe(quoteConfidence(quoteFeatureReader(doc.entities)(reported!)));
  });

  it('keeps in the default output the quotes whose confidence reaches the threshold, and every quote with quotes: all', () => {
    // Words in quotation marks no one is said to speak, and a reported claim with its speaker named.
    const text = 'A sign on the quay read "closed for the winter" in large letters. Mayor Tom Ortiz said on Monday that the harbour would reopen in May.';
    const every = analyze({ text }, { quotes: 'all' });
    const likely = analyze({ text });
    if (isFailed(every) || isFailed(likely)) throw new Error('analysis failed');
    const kept = every.quotes.filter((found) => found.confidence >= likelyQuoteThreshold());
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(every.quotes.length);
    expect(likely.quotes).toEqual(kept);
  });
});
