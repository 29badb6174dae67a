import { describe, expect, it } from 'vitest';
import { alignedOffsetMapper, mapGoldSpans } from '../scripts/lib/polnear.js';
import {
  addTally,
  charJaccard,
  emptyTally,
  matchQuotes,
  quoteMetrics,
  scoreDocument,
  speakerIsRight,
  type GoldQuote,
  type PredictedQuote,
} from '../scripts/lib/quote-scoring.js';

describe('character Jaccard', () => {
  it('is intersection over union of the character sets', () => {
    expect(charJaccard([[0, 10]], [[0, 10]])).toBe(1);
    expect(charJaccard([[0, 10]], [[10, 20]])).toBe(0);
    expect(charJaccard([[0, 10]], [[5, 15]])).toBeCloseTo(5 / 15);
    expect(charJaccard([], [])).toBe(0);
  });

  it('unites discontinuous spans and ignores their overlaps', () => {
    expect(charJaccard([[0, 4], [6, 10]], [[0, 10]])).toBeCloseTo(8 / 10);
    expect(charJaccard([[0, 6], [4, 10]], [[0, 10]])).toBe(1);
  });
});

describe('one-to-one matching', () => {
  it('matches at exactly 0.5 and not below', () => {
    // gold 0-10, prediction 0-5: 5 common / 10 in the union = 0.5
    expect(matchQuotes([{ content: [[0, 10]] }], [{ start: 0, end: 5 }])).toEqual([{ gold: 0, predicted: 0, jaccard: 0.5 }]);
    // prediction 0-4: 4 / 10 = 0.4
    expect(matchQuotes([{ content: [[0, 10]] }], [{ start: 0, end: 4 }])).toEqual([]);
    // prediction 5-15 over gold 0-10: 5 / 15 < 0.5
    expect(matchQuotes([{ content: [[0, 10]] }], [{ start: 5, end: 15 }])).toEqual([]);
  });

  it('gives one gold to one prediction, the one with the highest Jaccard', () => {
    const matches = matchQuotes([{ content: [[0, 10]] }], [{ start: 0, end: 8 }, { start: 0, end: 10 }]);
    expect(matches).toEqual([{ gold: 0, predicted: 1, jaccard: 1 }]);
  });

  it('matches a discontinuous gold content by the union of its spans', () => {
    // "X," he said, "Y": gold content is two pieces around the cue; a prediction over the
    // whole stretch covers 20 of 26 characters.
    const gold = [{ content: [[0, 10], [16, 26]] as [number, number][] }];
    expect(matchQuotes(gold, [{ start: 0, end: 26 }])).toEqual([{ gold: 0, predicted: 0, jaccard: 20 / 26 }]);
    // the first piece alone is 10 of 20: still a match
    expect(matchQuotes(gold, [{ start: 0, end: 10 }])).toHaveLength(1);
    // less than half of it is not
    expect(matchQuotes(gold, [{ start: 0, end: 9 }])).toEqual([]);
  });

  it('takes the best pairs first when two golds compete', () => {
    const gold = [{ content: [[0, 10]] as [number, number][] }, { content: [[0, 12]] as [number, number][] }];
    const matches = matchQuotes(gold, [{ start: 0, end: 12 }, { start: 0, end: 10 }]);
    expect(matches).toEqual([
      { gold: 0, predicted: 1, jaccard: 1 },
      { gold: 1, predicted: 0, jaccard: 1 },
    ]);
  });
});

describe('speaker rule', () => {
  const entities = [
    { id: 'e1', mentions: [{ start: 100, end: 105 }, { start: 200, end: 202 }] }, // "Trump" ... "he"
    { id: 'e2', mentions: [{ start: 300, end: 309 }] },
  ];

  it('wants no speaker where the gold has no source', () => {
    expect(speakerIsRight(null, null, entities)).toBe(true);
    expect(speakerIsRight(null, { start: 100, end: 105, entity: 'e1' }, entities)).toBe(false);
  });

  it('wants a speaker where the gold has one', () => {
    expect(speakerIsRight([[200, 202]], null, entities)).toBe(false);
  });

  it('accepts a speaker span overlapping the gold source', () => {
    expect(speakerIsRight([[200, 202]], { start: 200, end: 202, entity: null }, entities)).toBe(true);
    expect(speakerIsRight([[50, 70]], { start: 60, end: 75, entity: null }, entities)).toBe(true);
  });

  it('accepts a pronoun gold source resolved to the predicted entity', () => {
    // gold source "he" at 200-202; the prediction names Trump (at 100-105), whose entity has "he" as a mention
    expect(speakerIsRight([[200, 202]], { start: 100, end: 105, entity: 'e1' }, entities)).toBe(true);
  });

  it('takes a relative pronoun marked as the source for the phrase it attaches to', () => {
    const text = 'Sean Hannity, the host, who said it. Then Ann Lee who called. Mr. Kerr said, which is all.';
    const at = (word: string, from = 0): [number, number] => [text.indexOf(word, from), text.indexOf(word, from) + word.length];
    const hannity = at('Sean Hannity');
    const lee = at('Ann Lee');
    const mentions = [{ id: 'h', mentions: [{ start: hannity[0], end: hannity[1] }] }];
    // past an apposition set off by commas, and straight before the pronoun
    expect(speakerIsRight([at('who')], { start: hannity[0], end: hannity[1], entity: null }, [], text)).toBe(true);
    expect(speakerIsRight([at('who', lee[1])], { start: lee[0], end: lee[1], entity: null }, [], text)).toBe(true);
    // through a mention of the predicted entity
    expect(speakerIsRight([at('who')], { start: 300, end: 310, entity: 'h' }, mentions, text)).toBe(true);
    // not a phrase further back, not one with a sentence boundary between, not a pronoun after the speaker's own verb
    expect(speakerIsRight([at('who', lee[1])], { start: hannity[0], end: hannity[1], entity: null }, [], text)).toBe(false);
    const kerr = at('Mr. Kerr');
    expect(speakerIsRight([at('which')], { start: kerr[0], end: kerr[1], entity: null }, [], text)).toBe(false);
    // not without the text, and not for a source that is no relative pronoun
    expect(speakerIsRight([at('who')], { start: hannity[0], end: hannity[1], entity: null }, [])).toBe(false);
    expect(speakerIsRight([at('the host')], { start: hannity[0], end: hannity[1], entity: null }, [], text)).toBe(false);
  });

  it('rejects a different entity', () => {
    expect(speakerIsRight([[200, 202]], { start: 300, end: 309, entity: 'e2' }, entities)).toBe(false);
    expect(speakerIsRight([[200, 202]], { start: 300, end: 309, entity: 'unknown' }, entities)).toBe(false);
    expect(speakerIsRight([[200, 202]], { start: 300, end: 309, entity: null }, entities)).toBe(false);
  });
});

describe('document scores and metrics', () => {
  const entities = [{ id: 'e1', mentions: [{ start: 0, end: 5 }, { start: 60, end: 62 }] }];
  const gold: GoldQuote[] = [
    { kind: 'direct', content: [[10, 30]], source: [[0, 5]] },
    { kind: 'mixed', content: [[40, 50], [52, 58]], source: [[60, 62]] },
    { kind: 'indirect', content: [[70, 90]], source: null },
    { kind: 'indirect', content: [[100, 120]], source: [[95, 99]] },
  ];
  const predicted: PredictedQuote[] = [
    { start: 10, end: 30, speaker: { start: 0, end: 5, entity: 'e1' } }, // matched, right
    { start: 12, end: 30, speaker: null }, // second prediction over gold 0: false positive
    { start: 40, end: 58, speaker: { start: 0, end: 5, entity: 'e1' } }, // matched through the pronoun, right
    { start: 70, end: 90, speaker: { start: 60, end: 62, entity: 'e1' } }, // matched, but gold has no source: wrong
    { start: 200, end: 220, speaker: null }, // false positive
  ];
  const scored = scoreDocument(gold, predicted, entities);

  it('counts matches, misses, false positives and right speakers', () => {
    expect(scored.matches.map(({ gold: g, predicted: p, speakerRight }) => [g, p, speakerRight])).toEqual([
      [0, 0, true],
      [1, 2, true],
      [2, 3, false],
    ]);
    expect(scored.missed).toEqual([3]);
    expect(scored.spurious).toEqual([1, 4]);
    expect(scored.tally).toEqual({
      gold: 4,
      predicted: 5,
      matched: 3,
      speakerRight: 2,
      goldByKind: { direct: 1, mixed: 1, indirect: 2 },
      matchedByKind: { direct: 1, mixed: 1, indirect: 1 },
    });
  });

  it('turns the counts into P, R, F1, quoted gold found, speaker accuracy and end-to-end figures', () => {
    const metrics = quoteMetrics(addTally(emptyTally(), scored.tally));
    expect(metrics.content.precision).toBeCloseTo(3 / 5);
    expect(metrics.content.recall).toBeCloseTo(3 / 4);
    expect(metrics.content.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
    expect(metrics.quotedFound).toBe(1);
    expect(metrics.speakerAccuracy).toBeCloseTo(2 / 3);
    expect(metrics.endToEnd.precision).toBeCloseTo(2 / 5);
    expect(metrics.endToEnd.recall).toBeCloseTo(2 / 4);
    expect(metrics.endToEnd.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
    expect(metrics.recallByKind).toEqual({ direct: 1, mixed: 1, indirect: 0.5 });
  });

  it('adds tallies over documents and gives zeros for nothing', () => {
    const twice = addTally(addTally(emptyTally(), scored.tally), scored.tally);
    expect(twice.gold).toBe(8);
    expect(twice.matchedByKind.indirect).toBe(2);
    const none = quoteMetrics(addTally(emptyTally(), scoreDocument(gold, []).tally));
    expect(none.content).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(none.speakerAccuracy).toBe(0);
  });
});

describe('gold spans into article offsets', () => {
  const original = 'A Title\n\nFirst paragraph "said here."\nSecond one.\n';
  const article = 'First paragraph "said here."\n\nSecond one.';
  const toArticle = alignedOffsetMapper(original, article);

  it('moves spans and drops the line breaks between paragraphs', () => {
    const start = original.indexOf('said');
    expect(mapGoldSpans(original, [[start, start + 4]], toArticle)).toEqual([[article.indexOf('said'), article.indexOf('said') + 4]]);
    const across = [[original.indexOf('here'), original.indexOf('one') + 3]] as [number, number][];
    expect(mapGoldSpans(original, across, toArticle)).toEqual([
      [article.indexOf('here'), article.indexOf('."') + 2],
      [article.indexOf('Second'), article.indexOf('one') + 3],
    ]);
  });

  it('gives null for text the article does not keep', () => {
    expect(mapGoldSpans(original, [[0, 7]], toArticle)).toBeNull();
  });
});

describe('whitespace-tolerant offset mapping', () => {
  const original = 'Title\n\nShe said\u00a0it  was  fine.\nNext one.\n';
  const article = 'She said it was fine.\n\nNext one.';

  it('maps a paragraph kept verbatim character for character', () => {
    const aligned = alignedOffsetMapper(original, article);
    const next = original.indexOf('Next');
    expect(aligned(next)).toBe(article.indexOf('Next'));
    expect(aligned(next + 5)).toBe(article.indexOf('one'));
  });

  it('aligns a paragraph whose whitespace was tidied', () => {
    const aligned = alignedOffsetMapper(original, article);
    expect(aligned(original.indexOf('fine'))).toBe(article.indexOf('fine'));
    const it = original.indexOf('\u00a0it') + 1;
    expect(aligned(it)).toBe(article.indexOf('it'));
    expect(aligned(it - 1)).toBe(article.indexOf('it') - 1);
    // both spaces of a collapsed run map to the one space the article keeps
    expect(aligned(original.indexOf('was') - 1)).toBe(article.indexOf('was') - 1);
    expect(aligned(original.indexOf('was') - 2)).toBe(article.indexOf('was') - 1);
    const content = [[it, original.indexOf('.')]] as [number, number][];
    expect(mapGoldSpans(original, content, aligned)).toEqual([[article.indexOf('it'), article.indexOf('.')]]);
    expect(aligned(0)).toBeNull();
  });
});
