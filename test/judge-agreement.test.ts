import { describe, expect, it } from 'vitest';
import { cohensKappa, judgeAgreement } from '../scripts/lib/judge-agreement.js';
import { parsePrecisionSet } from '../scripts/lib/precision-set.js';

// Invented records only: the article ids and judgments below describe no real text.
const set = (lines: string[]) => {
  const { articles, errors } = parsePrecisionSet(lines.join('\n'));
  expect(errors).toEqual([]);
  return articles;
};

const FIRST = set([
  '## outlet_2020-01-01_an-invented-article',
  'split: dev',
  'judged: events, quotes',
  'events:',
  '- 10-15 | urged | 020 | yes | REQUEST (020) | Freedonia | Ruritania | occurred | -',
  '- 30-36 | marched | 141 | no | - | - | - | - | sense: the month',
  '- 50-58 | attacked | 190 | yes | ACCUSE (111) | Anna Berg | Lars Holm | occurred | verbal-attack',
  '- 70-74 | met | 040 | yes | CONSULT | Anna Berg | Lars Holm | planned | -',
  'quotes:',
  '- 100-140 | said | yes | Lars Holm | ok | -',
  '- 150-170 | - | no | - | - | scare-quote',
  '- 180-220 | told | yes | Anna Berg | ok | -',
  '',
  '## outlet_2020-01-02_only-the-first-judge',
  'split: test',
  'judged: events',
  'events:',
  '- 5-9 | met | 040 | yes | CONSULT | Anna Berg | none | occurred | -',
]);

const SECOND = set([
  '## outlet_2020-01-01_an-invented-article',
  'split: dev',
  'judged: events, quotes',
  'events:',
  // same verdict and values, a longer form of one name
  '- 10-15 | urged | 020 | yes | REQUEST (020) | Republic of Freedonia | Ruritania | occurred | -',
  // the second judge calls it real
  '- 30-36 | marched | 141 | yes | PROTEST (141) | none | none | occurred | -',
  // another target and status
  '- 50-58 | attacked | 190 | yes | ACCUSE (111) | Anna Berg | none | ongoing | target-missing',
  '- 70-74 | met | 040 | yes | CONSULT (040) | Anna Berg | Lars Holm | planned | -',
  // judged under another code: not paired
  '- 90-95 | talks | 046 | no | - | - | - | - | generic',
  'quotes:',
  '- 100-140 | said | yes | Lars Holm | bad | content',
  '- 150-170 | - | no | - | - | scare-quote',
  '- 180-220 | told | yes | Lars Holm | ok | speaker-addressee',
]);

describe('judge agreement', () => {
  it('pairs the facts both judges judged and compares each field of the ones both call real', () => {
    const agreement = judgeAgreement(FIRST, SECOND);
    expect(agreement.articles).toBe(1);
    expect(agreement.unpaired).toBe(1);
    expect(agreement.events.paired).toBe(4);
    expect(agreement.events.real).toMatchObject({ compared: 4, agreed: 3 });
    expect(agreement.events.category).toEqual({ compared: 3, agreed: 3 });
    expect(agreement.events.source).toEqual({ compared: 3, agreed: 3 });
    expect(agreement.events.target).toEqual({ compared: 3, agreed: 2 });
    expect(agreement.events.status).toEqual({ compared: 3, agreed: 2 });
    expect(agreement.events.allFields).toEqual({ compared: 3, agreed: 2 });
    expect(agreement.quotes.real).toMatchObject({ compared: 3, agreed: 3 });
    expect(agreement.quotes.speaker).toEqual({ compared: 2, agreed: 1 });
    expect(agreement.quotes.content).toEqual({ compared: 2, agreed: 1 });
  });

  it("computes Cohen's kappa, and none where chance agreement is total", () => {
    // 3 of 4 agree; first says yes 3 times, second 2 times: chance = 0.75*0.5 + 0.25*0.5 = 0.5
    expect(cohensKappa([[true, true], [true, false], [false, false], [true, true]])).toBeCloseTo(0.5, 10);
    expect(cohensKappa([[true, true], [false, false]])).toBe(1);
    expect(cohensKappa([[true, true], [true, true]])).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });
});
