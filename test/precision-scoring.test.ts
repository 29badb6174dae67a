import { describe, expect, it } from 'vitest';
import {
  addEventTally, articleToFileMapper, checkAgainstText, emptyEventTally, matchEvents, matchQuotes, parsePrecisionSet, share, tallyEvents, tallyQuotes,
  type EmittedEvent, type EmittedQuote,
} from '../scripts/lib/precision-set.js';

// Invented records only: the article ids and judgments below describe no real text.
const SET = [
  '# rules (ignored)',
  '',
  '## outlet_2020-01-01_an-invented-article',
  'split: dev',
  'judged: events, quotes',
  'events:',
  '- 10-15 | urged | 020 | yes | ok | ok | Ruritania | ok | target-missing: pronoun',
  '- 30-36 | marched | 141 | no | - | - | - | - | sense: march the month',
  '- 50-58 | attacked | 190 | yes | ACCUSE (111) | ok | ok | ok | verbal-attack',
  '- 70-74 | met | 040 | yes | ok | ok | ok | planned | status',
  '- 90-95 | talks | 046 | yes | ok | ok | ok | ok | -',
  'quotes:',
  '- 100-140 | said | yes | ok | ok | -',
  '- 150-170 | - | no | - | - | scare-quote',
  '- 180-220 | told | yes | Anna Berg | ok | speaker-apposition-org',
  '- 230-260 | added | yes | ok | bad | content',
  '',
  '## outlet_2020-01-02_another-invented-one',
  'split: test',
  'judged: events',
  'events:',
].join('\n');

describe('precision set parser', () => {
  it('reads articles, splits, judged layers and every kind of judgment', () => {
    const { articles, errors } = parsePrecisionSet(SET);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.split, a.judgedEvents, a.judgedQuotes, a.events.length, a.quotes.length, a.line])).toEqual([
      ['outlet_2020-01-01_an-invented-article', 'dev', true, true, 5, 4, 3],
      ['outlet_2020-01-02_another-invented-one', 'test', true, false, 0, 0, 18],
    ]);
    const [urged, marched, attacked] = articles[0]!.events;
    expect(urged).toEqual({
      start: 10, end: 15, trigger: 'urged', cameo: '020', real: true, category: { ok: true }, source: { ok: true },
      target: { ok: false, right: ['Ruritania'] }, status: { ok: true }, classes: ['target-missing'], note: 'pronoun', line: 7,
    });
    expect(marched).toMatchObject({ real: false, category: null, source: null, target: null, status: null, classes: ['sense'], note: 'march the month' });
    expect(attacked!.category).toEqual({ ok: false, right: { plover: 'ACCUSE', cameo: '111' } });
    const [said, scare, told, added] = articles[0]!.quotes;
    expect(said).toEqual({ start: 100, end: 140, cue: 'said', real: true, speaker: { ok: true }, content: { ok: true }, classes: [], note: null, line: 13 });
    expect(scare).toMatchObject({ cue: null, real: false, speaker: null, content: null, classes: ['scare-quote'] });
    expect(told!.speaker).toEqual({ ok: false, right: ['Anna Berg'] });
    expect(added!.content).toEqual({ ok: false, right: 'bad' });
  });

  it('reads none as no actor and several classes with a note', () => {
    const { articles, errors } = parsePrecisionSet(SET.replace('| ok | ok | Ruritania | ok | target-missing: pronoun', '| ok | none | Ruritania; Freedonia | ok | source-wrong, target-missing: two'));
    expect(errors).toEqual([]);
    expect(articles[0]!.events[0]).toMatchObject({ source: { ok: false, right: [] }, target: { ok: false, right: ['Ruritania', 'Freedonia'] }, classes: ['source-wrong', 'target-missing'], note: 'two' });
  });

  it.each([
    ['a bad category', '| yes | MEET | ok | ok | ok | category', 'category "MEET"'],
    ['a bad status', '| yes | ok | ok | ok | happened | status', 'status "happened"'],
    ['an unknown class', '| yes | ok | ok | ok | ok | typo', 'unknown error class "typo"'],
    ['judged fields on a fact that is not real', '| no | ok | - | - | - | sense', 'has "-" in every judged field'],
    ['a fact that is not real with no class', '| no | - | - | - | - | -', 'needs an error class'],
    ['real neither yes nor no', '| maybe | ok | ok | ok | ok | -', 'real is "yes" or "no"'],
  ])('rejects %s with an error naming the line', (_case, cells, message) => {
    const { articles, errors } = parsePrecisionSet(SET.replace('| yes | ok | ok | ok | ok | -', cells));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 11, article: 'outlet_2020-01-01_an-invented-article' });
    expect(errors[0]!.message).toContain(message);
    expect(articles.map((a) => a.id)).toEqual(['outlet_2020-01-02_another-invented-one']);
  });

  it('rejects bad offsets, a wrong cell count, a repeated key, a missing split and judgments of a layer not judged', () => {
    const { errors } = parsePrecisionSet([
      '## a1',
      'split: dev',
      'judged: events',
      'events:',
      '- 20-10 | met | 040 | yes | ok | ok | ok | ok | -',
      '- 1-4 | met | 040 | yes | ok | ok | ok',
      '- 5-8 | met | 040 | no | - | - | - | - | sense',
      '- 5-8 | met | 040 | no | - | - | - | - | generic',
      'quotes:',
      '- 1-9 | said | yes | ok | ok | -',
      '## a2',
      'judged: quotes',
    ].join('\n'));
    expect(errors.map((e) => [e.line, e.article])).toEqual([[1, 'a1'], [5, 'a1'], [6, 'a1'], [8, 'a1'], [11, 'a2']]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/not name quotes[\s\S]*end before they start[\s\S]*needs 9 cells[\s\S]*already judged on line 7[\s\S]*no "split:"/);
  });

  it('checks triggers against the text at their offsets', () => {
    const text = 'The minister urged Ruritania to talk.';
    const { articles } = parsePrecisionSet(['## a1', 'split: test', 'judged: events', 'events:', '- 13-18 | urged | 020 | yes | ok | ok | ok | ok | -', '- 0-3 | met | 040 | no | - | - | - | - | sense', '- 30-60 | talk | 040 | no | - | - | - | - | sense'].join('\n'));
    expect(checkAgainstText(articles[0]!, text).map((e) => [e.line, e.message])).toEqual([
      [6, 'the text at 0-3 is "The", not the trigger "met"'],
      [7, 'offsets 30-60 run past the text (37)'],
    ]);
  });
});

describe('precision matching and tallies', () => {
  const { articles } = parsePrecisionSet(SET);
  const article = articles[0]!;
  const event = (start: number, end: number, trigger: string, cameo: string): EmittedEvent => ({ start, end, trigger, cameo });
  const quote = (start: number, end: number, cue: string | null): EmittedQuote => ({ start, end, cue });

  it('matches events by offsets, trigger and code; lists the unjudged, the re-coded and the stale', () => {
    const emitted = [event(10, 15, 'urged', '020'), event(30, 36, 'marched', '141'), event(50, 58, 'attacked', '173'), event(70, 74, 'met', '040'), event(200, 206, 'struck', '190')];
    const matching = matchEvents(article.events, emitted);
    expect(matching.matched.map((m) => m.judgment.trigger)).toEqual(['urged', 'marched', 'met']);
    expect(matching.unjudged).toEqual([emitted[2], emitted[4]]);
    expect(matching.recoded).toEqual([emitted[2]]);
    expect(matching.stale.map((j) => j.trigger)).toEqual(['attacked', 'talks']);
  });

  it('does not match a trigger span that only overlaps a judged one', () => {
    const matching = matchEvents(article.events, [event(10, 14, 'urge', '020'), event(9, 15, ' urged', '020')]);
    expect(matching.matched).toEqual([]);
    expect(matching.unjudged).toHaveLength(2);
  });

  it('matches quotes by offsets and cue words, case and spacing aside', () => {
    const emitted = [quote(100, 140, 'Said'), quote(150, 170, null), quote(180, 220, 'said'), quote(300, 320, 'told')];
    const matching = matchQuotes(article.quotes, emitted);
    expect(matching.matched.map((m) => m.judgment.line)).toEqual([13, 14]);
    expect(matching.unjudged).toEqual([emitted[2], emitted[3]]);
    expect(matching.recoded).toEqual([emitted[2]]);
    expect(matching.stale.map((j) => j.cue)).toEqual(['told', 'added']);
  });

  it('tallies real, fully right, each field and the error classes of the matched events', () => {
    const emitted = article.events.map((j) => event(j.start, j.end, j.trigger, j.cameo)).concat([event(400, 405, 'spoke', '010')]);
    const tally = tallyEvents(matchEvents(article.events, emitted), emitted.length);
    expect({ ...tally, byClass: Object.fromEntries(tally.byClass) }).toEqual({
      emitted: 6, judged: 5, unjudged: 1, recoded: 0, stale: 0, real: 4, fullyRight: 1, categoryRight: 3, sourceRight: 4, targetRight: 3, actorsRight: 3, statusRight: 3,
      byClass: { 'target-missing': 1, sense: 1, 'verbal-attack': 1, status: 1 },
    });
    const total = emptyEventTally();
    addEventTally(total, tally);
    addEventTally(total, tally);
    expect(total.real).toBe(8);
    expect(total.byClass.get('sense')).toBe(2);
  });

  it('tallies real quotes, right speakers and acceptable content', () => {
    const emitted = article.quotes.map((j) => quote(j.start, j.end, j.cue));
    const tally = tallyQuotes(matchQuotes(article.quotes, emitted), emitted.length);
    expect({ ...tally, byClass: Object.fromEntries(tally.byClass) }).toEqual({
      emitted: 4, judged: 4, unjudged: 0, recoded: 0, stale: 0, real: 3, speakerRight: 2, fullyRight: 1, contentRight: 2,
      byClass: { 'scare-quote': 1, 'speaker-apposition-org': 1, content: 1 },
    });
    expect(share(tally.speakerRight, tally.judged)).toBe(0.5);
    expect(share(1, 0)).toBe(0);
  });
});

describe('article offsets back to file offsets', () => {
  it('maps a span of the extracted text to the file, through a dropped title and tidied spaces', () => {
    const original = 'A Title\n\nFirst  paragraph here.\nSecond one.\n';
    const article = 'First paragraph here.\n\nSecond one.';
    const toFile = articleToFileMapper(original, article);
    const second = article.indexOf('Second');
    expect(toFile(second, second + 6)).toEqual([original.indexOf('Second'), original.indexOf('Second') + 6]);
    const paragraph = article.indexOf('paragraph');
    const [start, end] = toFile(paragraph, paragraph + 9)!;
    expect(original.slice(start, end)).toBe('paragraph');
    expect(toFile(0, article.length)).toEqual([original.indexOf('First'), original.indexOf('one.') + 4]);
    expect(toFile(5, 5)).toBeNull();
    expect(toFile(0, article.length + 1)).toBeNull();
  });
});
