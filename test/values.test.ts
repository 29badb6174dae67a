import { describe, expect, it } from 'vitest';
import type { Article, Value } from '../src/document/contract.js';
import { checkPipeline, runPipeline } from '../src/document/doc.js';
import { sentenceAnnotator } from '../src/nlp/sentences.js';
import { tokenAnnotator } from '../src/nlp/tokenizer.js';
import { valuesAnnotator } from '../src/nlp/values.js';

/** Published on Tuesday, 19 August 2025. */
const PUBLISHED = '2025-08-19';

function article(text: string, publishedAt: string | null): Article {
  return {
    title: null, byline: [], publisher: null, publishedAt, updatedAt: null, language: 'en', url: null,
    text, paragraphs: [[0, text.length]], flags: [],
  };
}

/** The stages the values layer needs before it. */
const BEFORE_VALUES = [tokenAnnotator, sentenceAnnotator];

function valuesOf(text: string, publishedAt: string | null = PUBLISHED): Value[] {
  const sentences = runPipeline(article(text, publishedAt), BEFORE_VALUES).layers.sentences;
  return valuesAnnotator.annotate({ article: article(text, publishedAt), layers: { sentences } });
}

/** The value whose span is exactly `spanText`, or a test failure listing what was found. */
function valueAt(text: string, spanText: string, publishedAt: string | null = PUBLISHED): Value {
  const values = valuesOf(text, publishedAt);
  const value = values.find((candidate) => candidate.span.text === spanText);
  if (!value) throw new Error(`no value "${spanText}" in ${JSON.stringify(values.map((v) => `${v.type}:${v.span.text}`))}`);
  return value;
}

function expectWellFormed(text: string, values: Value[]): void {
  for (const [index, value] of values.entries()) {
    expect(value.span.end).toBeGreaterThan(value.span.start);
    expect(text.slice(value.span.start, value.span.end)).toBe(value.span.text);
    if (index > 0) expect(value.span.start).toBeGreaterThanOrEqual(values[index - 1]!.span.end);
  }
}

describe('money', () => {
  it.each([
    ['The ministry will spend $90 billion on new roads.', '$90 billion', 90_000_000_000, 'USD'],
    ['The club paid €2.5m for the striker.', '€2.5m', 2_500_000, 'EUR'],
    ['The council set aside £300,000 for repairs.', '£300,000', 300_000, 'GBP'],
    ['Brussels pledged 40 million euros to the fund.', '40 million euros', 40_000_000, 'EUR'],
    ['Exports reached US$3.2bn.', 'US$3.2bn', 3_200_000_000, 'USD'],
    ['The refinery was sold for 3 billion pounds.', '3 billion pounds', 3_000_000_000, 'GBP'],
    ['Bread rose by 50 cents.', '50 cents', 0.5, 'USD'],
    ['The bank lent USD 4.5 million.', 'USD 4.5 million', 4_500_000, 'USD'],
  ])('%s', (text, spanText, value, unit) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'MONEY', value, unit, resolved: null });
  });

  it('reads "300 pounds" without a scale word as a weight', () => {
    expect(valueAt('The parcel weighed 300 pounds.', '300 pounds')).toMatchObject({ type: 'QUANTITY', value: 300, unit: 'lb' });
  });

  it('shares the currency and scale of a range', () => {
    const text = 'Repairs will cost $5-10 million.';
    expect(valueAt(text, '$5')).toMatchObject({ type: 'MONEY', value: 5_000_000, unit: 'USD' });
    expect(valueAt(text, '10 million')).toMatchObject({ type: 'MONEY', value: 10_000_000, unit: 'USD' });
  });
});

describe('numbers', () => {
  it('keeps a hedge in the span and the number as the value', () => {
    expect(valueAt('Over a million people signed the petition.', 'Over a million')).toMatchObject({ type: 'CARDINAL', value: 1_000_000 });
  });

  it('counts people as CARDINAL, without a unit', () => {
    expect(valueAt('More than 1.2 million people have fled the region.', 'More than 1.2 million'))
      .toMatchObject({ type: 'CARDINAL', value: 1_200_000, unit: null });
  });

  it.each([
    ['Three ministers resigned.', 'Three', 3],
    ['Twenty-five boats sailed.', 'Twenty-five', 25],
    ['The city has two hundred and fifty thousand residents.', 'two hundred and fifty thousand', 250_000],
    ['A dozen envoys attended.', 'A dozen', 12],
    ['Half a million people marched.', 'Half a million', 500_000],
    ['Police counted 1,200 protesters.', '1,200', 1200],
    ['About 2.5m people fled the floods.', 'About 2.5m', 2_500_000],
  ])('reads the cardinal in %s', (text, spanText, value) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'CARDINAL', value, unit: null });
  });

  it('gives "thousands of" no value', () => {
    expect(valueAt('Thousands of people gathered.', 'Thousands')).toMatchObject({ type: 'CARDINAL', value: null });
  });

  it.each([
    ['The first convoy arrived.', 'first', 1],
    ['It was the 21st round of talks.', '21st', 21],
    ['It was the twenty-first round of talks.', 'twenty-first', 21],
    ['A second vote failed.', 'second', 2],
  ])('reads the ordinal in %s', (text, spanText, value) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'ORDINAL', value });
  });

  it.each([
    ['Prices rose 12 percent.', '12 percent', 12, '%'],
    ['Prices rose 12%.', '12%', 12, '%'],
    ['Turnout fell 3.5 per cent.', '3.5 per cent', 3.5, '%'],
    ['Rates rose by half a percentage point.', 'half a percentage point', 0.5, 'pp'],
    ['Rates rose by 25 basis points.', '25 basis points', 25, 'bp'],
  ])('reads the percentage in %s', (text, spanText, value, unit) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'PERCENT', value, unit });
  });

  it('gives both ends of a percentage range the unit', () => {
    const text = 'Support rose 5 to 10 percent.';
    expect(valueAt(text, '5')).toMatchObject({ type: 'PERCENT', value: 5, unit: '%' });
    expect(valueAt(text, '10 percent')).toMatchObject({ type: 'PERCENT', value: 10, unit: '%' });
  });

  it.each([
    ['The convoy drove 50 km along the coast.', '50 km', 50, 'km'],
    ['Trucks carried 10 tonnes of grain.', '10 tonnes', 10, 't'],
    ['Temperatures reached 30C.', '30C', 30, '°C'],
    ['Swimmers trained in a 50m pool.', '50m', 50, 'm'],
  ])('reads the quantity in %s', (text, spanText, value, unit) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'QUANTITY', value, unit });
  });

  it.each([
    'No one came to the talks.',
    'The G7 sent F-16 jets and COVID-19 tests.',
    'Two-thirds of voters stayed home.',
  ])('finds no count in %s', (text) => {
    expect(valuesOf(text).filter((value) => value.type === 'CARDINAL')).toEqual([]);
  });
});

describe('dates and times', () => {
  it('resolves a past month to the publication year, as a whole month', () => {
    expect(valueAt('The two sides met in June.', 'June'))
      .toMatchObject({ type: 'DATE', value: '2025-06', resolved: { start: '2025-06-01', end: '2025-07-01' } });
  });

  it.each([
    ['In February the deal was struck.', 'February', '2025-02-01', '2025-03-01'],
    ['Talks will resume in October.', 'October', '2025-10-01', '2025-11-01'],
    ['Talks will resume in January.', 'January', '2026-01-01', '2026-02-01'],
    ['He resigned last March.', 'last March', '2025-03-01', '2025-04-01'],
    ['He will return next March.', 'next March', '2026-03-01', '2026-04-01'],
    ['They met on Monday.', 'Monday', '2025-08-18', '2025-08-19'],
    ['He spoke on Friday.', 'Friday', '2025-08-15', '2025-08-16'],
    ['He will travel on Friday.', 'Friday', '2025-08-22', '2025-08-23'],
    ['Last week the talks stalled.', 'Last week', '2025-08-11', '2025-08-18'],
    ['The report came out on 2025-08-18.', '2025-08-18', '2025-08-18', '2025-08-19'],
    ['The ministers met August 18.', 'August 18', '2025-08-18', '2025-08-19'],
    ['Yesterday the ministers met.', 'Yesterday', '2025-08-18', '2025-08-19'],
    ['She will decide next month.', 'next month', '2025-09-01', '2025-10-01'],
    ['Talks collapsed in late June.', 'late June', '2025-06-21', '2025-07-01'],
    ['Growth slowed this summer.', 'this summer', '2025-06-01', '2025-09-01'],
    ['Profits rose in the third quarter.', 'third quarter', '2025-07-01', '2025-10-01'],
    ['The dispute began in the 1990s.', '1990s', '1990-01-01', '2000-01-01'],
    ['The accord signed in 2022 expired.', '2022', '2022-01-01', '2023-01-01'],
    ['Talks will resume in two weeks.', 'in two weeks', '2025-09-02', '2025-09-03'],
  ])('%s', (text, spanText, start, end) => {
    const value = valueAt(text, spanText);
    expect(value.type).toBe('DATE');
    expect(value.resolved).toEqual({ start, end });
  });

  it.each([
    ['The plant will close by the end of the year.', 'the end of the year', '2025-12-01', '2026-01-01'],
    ['Few expect a vote before the end of the year.', 'the end of the year', '2025-12-01', '2026-01-01'],
    ['The bridge will reopen by year’s end.', 'year’s end', '2025-12-01', '2026-01-01'],
    ["The bridge will reopen by year's end.", "year's end", '2025-12-01', '2026-01-01'],
    ['The agency set a year-end deadline.', 'year-end', '2025-12-01', '2026-01-01'],
    ['The tunnel should open by next year’s end.', 'next year’s end', '2026-12-01', '2027-01-01'],
    ['Officials promised a decision by the end of the month.', 'the end of the month', '2025-08-29', '2025-09-01'],
    ['The fix should ship by the end of the week.', 'the end of the week', '2025-08-24', '2025-08-25'],
    ['The rail link will be finished by the end of the decade.', 'the end of the decade', '2029-03-01', '2030-01-01'],
    ['Sales doubled in the first half of the year.', 'the first half of the year', '2025-01-01', '2025-07-01'],
    ['He vowed to finish by the end of next year.', 'end of next year', '2026-12-31', '2027-01-01'],
    ['A ruling is expected by early next year.', 'early next year', '2026-01-01', '2026-05-01'],
    ['The road will be repaved by the fall.', 'fall', '2025-09-01', '2025-12-01'],
  ])('reads a part of the year, month, week or decade of the publication: %s', (text, spanText, start, end) => {
    expect(valueAt(text, spanText).resolved).toEqual({ start, end });
  });

  it('reads "by the summer" ahead from a spring publication, and "the end of the year" unresolved without one', () => {
    expect(valueAt('The team hopes to be ready by the summer.', 'summer', '2025-03-10').resolved).toEqual({ start: '2025-06-01', end: '2025-09-01' });
    expect(valueAt('The plant will close by the end of the year.', 'the end of the year', null)).toMatchObject({ type: 'DATE', resolved: null });
  });

  it('reads no period from a unit that is part of another period or word', () => {
    expect(valuesOf('The festival closes the year of the dragon.').filter((value) => value.type === 'DATE')).toEqual([]);
    expect(valuesOf('It was the end of the year 2019.').map((value) => value.span.text)).toEqual(['2019']);
  });

  it.each([
    ['The ministry will finish the review by June.', 'June', '2025-08-19', '2026-06-01', '2026-07-01'],
    ['The council promised to decide by March.', 'March', '2025-08-19', '2026-03-01', '2026-04-01'],
    ['The mayor vowed to rebuild the bridge by April.', 'April', '2025-08-19', '2026-04-01', '2026-05-01'],
    ['The union plans to vote in September.', 'September', '2025-10-01', '2026-09-01', '2026-10-01'],
    ['Lawmakers pledged to act by spring.', 'spring', '2025-08-19', '2026-03-01', '2026-06-01'],
    ['The council had promised to decide by March.', 'March', '2025-08-19', '2025-03-01', '2025-04-01'],
    ['The mayor in March promised to rebuild the bridge.', 'March', '2025-08-19', '2025-03-01', '2025-04-01'],
    ['She said in March that the plan had failed.', 'March', '2025-08-19', '2025-03-01', '2025-04-01'],
    ['The envoy is set to arrive on Friday.', 'Friday', '2025-08-19', '2025-08-22', '2025-08-23'],
    ['The minister will speak on Tuesday.', 'Tuesday', '2025-08-19', '2025-08-19', '2025-08-20'],
  ])('reads a bare month, season or weekday ahead after a promise or plan, back after a past one: %s', (text, spanText, published, start, end) => {
    expect(valueAt(text, spanText, published).resolved).toEqual({ start, end });
  });

  it('reads a clock time as TIME, on the day the tense points at', () => {
    expect(valueAt('The ceasefire began at 3 p.m. on Friday.', '3 p.m. on Friday')).toMatchObject({
      type: 'TIME', value: '2025-08-15T15:00', resolved: { start: '2025-08-15T15:00:00', end: '2025-08-15T15:01:00' },
    });
  });

  it('keeps relative dates without a publication date, unresolved', () => {
    expect(valueAt('The talks resumed in June.', 'June', null)).toMatchObject({ type: 'DATE', value: null, resolved: null });
  });

  it('still resolves a date that names its year without a publication date', () => {
    expect(valueAt('The accord was signed on August 18, 2025.', 'August 18, 2025', null).resolved)
      .toEqual({ start: '2025-08-18', end: '2025-08-19' });
  });

  it('reads "May" as a month only after a cue word', () => {
    const text = 'Putin May Agree To Talks In May.';
    expect(valuesOf(text).map((value) => `${value.type}:${value.span.start}`)).toEqual([`DATE:${text.lastIndexOf('May')}`]);
    expect(valueAt('The deal must be signed by May.', 'May').resolved).toEqual({ start: '2026-05-01', end: '2026-06-01' });
    expect(valueAt('Prices have fallen since May.', 'May').resolved).toEqual({ start: '2025-05-01', end: '2025-06-01' });
  });

  it.each([
    'Putin may agree to a deal.',
    'Theresa May said the vote would go ahead.',
    'Protesters march to the capital.',
    'The Sun reported the story.',
  ])('finds no date in %s', (text) => {
    expect(valuesOf(text).filter((value) => value.type === 'DATE')).toEqual([]);
  });

  it('does not read bare numbers as a clock time', () => {
    expect(valuesOf('The score was 12 to 14.').map((value) => value.type)).toEqual(['CARDINAL', 'CARDINAL']);
  });

  it('reads no date from words that only begin like one ("money", "decade", "Marcus")', () => {
    const text = 'Marcus took the money out of the account and said the decade had been hard.';
    expect(valuesOf(text).filter((value) => value.type === 'DATE' || value.type === 'TIME')).toEqual([]);
  });

  it('finds dates at both ends of a long sentence, read in windows around their words', () => {
    const filler = 'the committee reviewed the budget proposals line by line with the auditors present, '.repeat(6);
    const text = `On Monday ${filler}and the final vote is set for 3 September.`;
    expect(valueAt(text, 'Monday').value).toBe('2025-08-18');
    expect(valueAt(text, '3 September').value).toBe('2025-09-03');
  });
});

describe('durations', () => {
  it('resolves "within the next two weeks" to the window from publication', () => {
    expect(valueAt('The sides will meet again within the next two weeks.', 'within the next two weeks')).toMatchObject({
      type: 'DURATION', value: 'P2W', resolved: { start: '2025-08-19', end: '2025-09-02' },
    });
  });

  it('resolves a range to its whole window', () => {
    expect(valueAt('Troops will leave within the next week to 10 days.', 'within the next week to 10 days')).toMatchObject({
      type: 'DURATION', value: 'P10D', resolved: { start: '2025-08-19', end: '2025-08-29' },
    });
  });

  it('resolves a window into the past', () => {
    expect(valueAt('Over the past three months prices rose.', 'Over the past three months')).toMatchObject({
      type: 'DURATION', value: 'P3M', resolved: { start: '2025-05-19', end: '2025-08-19' },
    });
  });

  it('uses the publication time for hours when it is known', () => {
    expect(valueAt('A reply is due within 24 hours.', 'within 24 hours', '2025-08-19T14:30:00Z').resolved)
      .toEqual({ start: '2025-08-19T14:30:00', end: '2025-08-20T14:30:00' });
  });

  it.each([
    ['More talks are expected in the coming days.', 'in the coming days'],
    ['The strike came just days after the summit.', 'just days'],
  ])('leaves a vague duration without value or window: %s', (text, spanText) => {
    expect(valueAt(text, spanText)).toMatchObject({ type: 'DURATION', value: null, resolved: null });
  });

  it.each([
    ['The dispute lasted for three years.', 'three years', 'P3Y'],
    ['Two days later the talks resumed.', 'Two days', 'P2D'],
    ['Both sides agreed to a 30-day truce.', '30-day', 'P30D'],
  ])('leaves an unanchored duration unresolved: %s', (text, spanText, iso) => {
    const values = valuesOf(text);
    expect(values.find((value) => value.span.text === spanText)).toMatchObject({ type: 'DURATION', value: iso, resolved: null });
    expect(values.filter((value) => value.type === 'DATE')).toEqual([]);
  });

  it('keeps the value but not the window without a publication date', () => {
    expect(valueAt('They will meet within the next two weeks.', 'within the next two weeks', null))
      .toMatchObject({ type: 'DURATION', value: 'P2W', resolved: null });
  });
});

describe('the values layer', () => {
  const text = 'On August 18, 2025, the ministry said it would spend $90 billion, up 12% from 2024, '
    + 'within the next two weeks.\nMore than 1.2 million people have fled since March; the first 40 trucks carried 10 tonnes.\n';

  it('never tags the digits of a date or a sum twice, and keeps spans in order', () => {
    const values = valuesOf(text);
    expectWellFormed(text, values);
    expect(values.map((value) => `${value.type}:${value.span.text}`)).toEqual([
      'DATE:August 18, 2025', 'MONEY:$90 billion', 'PERCENT:12%', 'DATE:2024', 'DURATION:within the next two weeks',
      'CARDINAL:More than 1.2 million', 'DATE:March', 'ORDINAL:first', 'CARDINAL:40', 'QUANTITY:10 tonnes',
    ]);
  });

  it('runs after the sentences in a pipeline, for English articles only', () => {
    expect(() => checkPipeline([...BEFORE_VALUES, valuesAnnotator])).not.toThrow();
    expect(() => checkPipeline([valuesAnnotator, ...BEFORE_VALUES])).toThrow(/requires sentences/);
    expect(runPipeline(article(text, PUBLISHED), [...BEFORE_VALUES, valuesAnnotator]).layers.values).toHaveLength(10);
    const german = { ...article(text, PUBLISHED), flags: ['not-english' as const] };
    expect(runPipeline(german, [...BEFORE_VALUES, valuesAnnotator]).layers.values).toEqual([]);
  });

  it.each([
    ['empty text', ''],
    ['a 10,000-digit token', '9'.repeat(10_000)],
    ['a 10,000-letter token', 'x'.repeat(10_000)],
    ['emoji', '😀 5 😀 $5 🇺🇦 on Monday 😀'.repeat(50)],
    ['control characters', 'Talks\u0000 resumed\u0007 in June\u001b with 5\u0008 envoys.'],
    ['right-to-left text', '\u202eשלום 5 ₪ 2025 March 3 \u05d0\u05d1'.repeat(40)],
    ['lone surrogates', '\ud800 5 \udc00 June 5 \ufeff yesterday'],
    ['a month name repeated', 'May '.repeat(2000)],
    ['numbers without words', '12 '.repeat(2000)],
    ['malformed numbers', '1,2,3 4.5.6 $ $$ 1e400 0.0.0 ,5 5, -5 5- 99999999999999999999999999999999999 million'],
  ])('returns well-formed values for odd input: %s', (_name, text) => {
    const values = valuesOf(text);
    expectWellFormed(text, values);
  });

  it('reads a 5,000-word article quickly', () => {
    const paragraph = 'Negotiators met in Oslo on Monday and agreed to resume talks within the next two weeks. '
      + 'The ministry said it would spend $90 billion on roads, up 12 percent from last year. '
      + 'More than 1.2 million people have fled since March, the agency said in a statement on August 18. '
      + 'The first convoy of 40 trucks carried 10 tonnes of grain across 50 km of damaged road.\n';
    const long = paragraph.repeat(Math.ceil(5000 / paragraph.split(' ').length));
    valuesOf(paragraph);
    const started = performance.now();
    const values = valuesOf(long);
    // Sentence splitting included; measured well under 100 ms on a laptop, the bound only catches blow-ups.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(values.length).toBeGreaterThan(500);
  });
});
