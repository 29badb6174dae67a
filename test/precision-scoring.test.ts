import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { succeeded } from './helpers.js';
import {
  addEventTally, articleToFileMapper, checkAgainstText, emittedFacts, emptyEventTally, matchEvents, matchQuotes, parsePrecisionSet, sameName, sameNames, share, tallyEvents, tallyQuotes,
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
  '- 10-15 | urged | 020 | yes | REQUEST (020) | Freedonia | Ruritania | occurred | target-missing: pronoun',
  '- 30-36 | marched | 141 | no | - | - | - | - | sense: march the month',
  '- 50-58 | attacked | 190 | yes | ACCUSE (111) | Anna Berg | Lars Holm | occurred | verbal-attack',
  '- 70-74 | met | 040 | yes | CONSULT | Anna Berg | Lars Holm | planned | status',
  '- 90-95 | talks | 046 | yes | CONSULT (046) | none | Ruritania | occurred | -',
  'quotes:',
  '- 100-140 | said | yes | Lars Holm | ok | -',
  '- 150-170 | - | no | - | - | scare-quote',
  '- 180-220 | told | yes | Anna Berg | ok | speaker-apposition-org',
  '- 230-260 | added | yes | the officials | bad | content',
  '',
  '## outlet_2020-01-02_another-invented-one',
  'split: test',
  'judged: events',
  'events:',
  'draw: 3',
].join('\n');

describe('precision set parser', () => {
  it('reads articles, splits, judged layers and every kind of judgment', () => {
    const { articles, errors } = parsePrecisionSet(SET);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.split, a.draw, a.judgedEvents, a.judgedQuotes, a.events.length, a.quotes.length, a.line])).toEqual([
      ['outlet_2020-01-01_an-invented-article', 'dev', null, true, true, 5, 4, 3],
      ['outlet_2020-01-02_another-invented-one', 'test', 3, true, false, 0, 0, 18],
    ]);
    const [urged, marched, attacked] = articles[0]!.events;
    expect(urged).toEqual({
      start: 10, end: 15, trigger: 'urged', cameo: '020', real: true, category: { plover: 'REQUEST', cameo: '020' }, source: ['Freedonia'],
      target: ['Ruritania'], status: 'occurred', classes: ['target-missing'], note: 'pronoun', line: 7,
    });
    expect(marched).toMatchObject({ real: false, category: null, source: null, target: null, status: null, classes: ['sense'], note: 'march the month' });
    expect(attacked!.category).toEqual({ plover: 'ACCUSE', cameo: '111' });
    expect(articles[0]!.events[3]!.category).toEqual({ plover: 'CONSULT', cameo: null });
    const [said, scare, told, added] = articles[0]!.quotes;
    expect(said).toEqual({ start: 100, end: 140, cue: 'said', real: true, speaker: ['Lars Holm'], content: true, classes: [], note: null, line: 13 });
    expect(scare).toMatchObject({ cue: null, real: false, speaker: null, content: null, classes: ['scare-quote'] });
    expect(told!.speaker).toEqual(['Anna Berg']);
    expect(added!.content).toBe(false);
  });

  it('reads none as no actor and several classes with a note', () => {
    const { articles, errors } = parsePrecisionSet(SET.replace('| Freedonia | Ruritania | occurred | target-missing: pronoun', '| none | Ruritania; Freedonia | occurred | source-wrong, target-missing: two'));
    expect(errors).toEqual([]);
    expect(articles[0]!.events[0]).toMatchObject({ source: [], target: ['Ruritania', 'Freedonia'], classes: ['source-wrong', 'target-missing'], note: 'two' });
  });

  it.each([
    ['a bad category', '| yes | MEET | none | Ruritania | occurred | category', 'category "MEET"'],
    ['an "ok" instead of the right value', '| yes | ok | none | Ruritania | occurred | -', 'category "ok"'],
    ['an "ok" actor', '| yes | CONSULT | ok | Ruritania | occurred | -', 'source "ok"'],
    ['a bad status', '| yes | CONSULT (046) | none | Ruritania | happened | status', 'status "happened"'],
    ['an unknown class', '| yes | CONSULT (046) | none | Ruritania | occurred | typo', 'unknown error class "typo"'],
    ['judged fields on a fact that is not real', '| no | CONSULT | - | - | - | sense', 'has "-" in every judged field'],
    ['a fact that is not real with no class', '| no | - | - | - | - | -', 'needs an error class'],
    ['real neither yes nor no', '| maybe | CONSULT (046) | none | Ruritania | occurred | -', 'real is "yes" or "no"'],
  ])('rejects %s with an error naming the line', (_case, cells, message) => {
    const { articles, errors } = parsePrecisionSet(SET.replace('| yes | CONSULT (046) | none | Ruritania | occurred | -', cells));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 11, article: 'outlet_2020-01-01_an-invented-article' });
    expect(errors[0]!.message).toContain(message);
    expect(articles.map((a) => a.id)).toEqual(['outlet_2020-01-02_another-invented-one']);
  });

  it('rejects a draw that is not a positive whole number', () => {
    const { errors } = parsePrecisionSet(SET.replace('draw: 3', 'draw: third'));
    expect(errors.map((e) => [e.line, e.message])).toEqual([[22, 'draw "third" is not a positive whole number']]);
  });

  it('rejects bad offsets, a wrong cell count, a repeated key, a missing split and judgments of a layer not judged', () => {
    const { errors } = parsePrecisionSet([
      '## a1',
      'split: dev',
      'judged: events',
      'events:',
      '- 20-10 | met | 040 | yes | CONSULT | none | none | occurred | -',
      '- 1-4 | met | 040 | yes | CONSULT | none | none',
      '- 5-8 | met | 040 | no | - | - | - | - | sense',
      '- 5-8 | met | 040 | no | - | - | - | - | generic',
      'quotes:',
      '- 1-9 | said | yes | none | ok | -',
      '## a2',
      'judged: quotes',
    ].join('\n'));
    expect(errors.map((e) => [e.line, e.article])).toEqual([[1, 'a1'], [5, 'a1'], [6, 'a1'], [8, 'a1'], [11, 'a2']]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/not name quotes[\s\S]*end before they start[\s\S]*needs 9 cells[\s\S]*already judged on line 7[\s\S]*no "split:"/);
  });

  it('checks triggers against the text at their offsets', () => {
    const text = 'The minister urged Ruritania to talk.';
    const { articles } = parsePrecisionSet(['## a1', 'split: test', 'judged: events', 'events:', '- 13-18 | urged | 020 | yes | REQUEST | none | Ruritania | occurred | -', '- 0-3 | met | 040 | no | - | - | - | - | sense', '- 30-60 | talk | 040 | no | - | - | - | - | sense'].join('\n'));
    expect(checkAgainstText(articles[0]!, text).map((e) => [e.line, e.message])).toEqual([
      [6, 'the text at 0-3 is "The", not the trigger "met"'],
      [7, 'offsets 30-60 run past the text (37)'],
    ]);
  });
});

describe('precision matching and tallies', () => {
  const { articles } = parsePrecisionSet(SET);
  const article = articles[0]!;
  const event = (start: number, end: number, trigger: string, cameo: string, values: Partial<EmittedEvent> = {}): EmittedEvent => ({
    start, end, trigger, cameo, plover: 'CONSULT', source: [], target: [], status: 'occurred', ...values,
  });
  const quote = (start: number, end: number, cue: string | null, ...speaker: string[]): EmittedQuote => ({ start, end, cue, speaker });

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

  it('tallies real, fully right, each field (emitted values against the judged ones) and the error classes of the matched events', () => {
    const emitted = [
      // Right but for the target; names match as the same words or all of one's words in the other's.
      event(10, 15, 'urged', '020', { plover: 'REQUEST', source: ['the Freedonia'], target: ['Freedonia'] }),
      event(30, 36, 'marched', '141'),
      // Right in every field.
      event(50, 58, 'attacked', '190', { plover: 'ACCUSE', source: ['Anna Maria Berg'], target: ['Lars Holm'] }),
      // Wrong status and an extra target.
      event(70, 74, 'met', '040', { source: ['Anna Berg'], target: ['Lars Holm', 'Ruritania'] }),
      // Wrong category.
      event(90, 95, 'talks', '046', { plover: 'COOPERATE', target: ['Ruritania'] }),
      event(400, 405, 'spoke', '010'),
    ];
    const tally = tallyEvents(matchEvents(article.events, emitted), emitted.length);
    expect({ ...tally, byClass: Object.fromEntries(tally.byClass) }).toEqual({
      emitted: 6, judged: 5, unjudged: 1, recoded: 0, stale: 0, real: 4, fullyRight: 1, categoryRight: 3, sourceRight: 4, targetRight: 2, actorsRight: 2, statusRight: 3,
      byClass: { 'target-missing': 1, sense: 1, 'verbal-attack': 1, status: 1 },
    });
    const total = emptyEventTally();
    addEventTally(total, tally);
    addEventTally(total, tally);
    expect(total.real).toBe(8);
    expect(total.byClass.get('sense')).toBe(2);
  });

  it('reads a group of people who speak together as its members, as judgments list them', () => {
    const doc = succeeded(analyze({ text: 'Anna Berg and Lars Holm said the harbour would close in March. Anna Berg said the talks had failed.' }));
    const speakers = [...emittedFacts(doc, (start, end) => [start, end]).quotes.keys()].map((quote) => quote.speaker);
    expect(speakers).toEqual([['Anna Berg', 'Lars Holm'], ['Anna Berg']]);
    expect(sameNames(['Lars Holm', 'Anna Berg'], speakers[0]!)).toBe(true);
    const countries = succeeded(analyze({ text: 'Norway and Iceland said the fishing quota would rise in March.' }, { quotes: 'all' }));
    expect([...emittedFacts(countries, (start, end) => [start, end]).quotes.keys()].map((quote) => quote.speaker)).toEqual([['Norway', 'Iceland']]);
  });

  it('tallies real quotes, right speakers and acceptable content', () => {
    const emitted = [quote(100, 140, 'said', 'Lars Holm'), quote(150, 170, null), quote(180, 220, 'told', 'Berg University'), quote(230, 260, 'added', 'The officials')];
    const tally = tallyQuotes(matchQuotes(article.quotes, emitted), emitted.length);
    expect({ ...tally, byClass: Object.fromEntries(tally.byClass) }).toEqual({
      emitted: 4, judged: 4, unjudged: 0, recoded: 0, stale: 0, real: 3, speakerRight: 2, fullyRight: 1, contentRight: 2,
      byClass: { 'scare-quote': 1, 'speaker-apposition-org': 1, content: 1 },
    });
    expect(share(tally.speakerRight, tally.judged)).toBe(0.5);
    expect(share(1, 0)).toBe(0);
  });
});

describe('name comparison', () => {
  it('takes the same words, or all of the shorter name\'s words in the longer, as one name; never two people who share a surname', () => {
    expect(sameName('Donald Trump', 'Donald J. Trump')).toBe(true);
    expect(sameName('the White House', 'White House')).toBe(true);
    expect(sameName('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(sameNames([], [])).toBe(true);
    expect(sameNames(['Anna Berg'], [])).toBe(false);
    expect(sameNames(['Anna Berg', 'Lars Holm'], ['Lars Holm', 'Anna Berg'])).toBe(true);
    expect(sameNames(['Anna Berg'], ['Anna Berg', 'Lars Holm'])).toBe(false);
  });

  it('matches any of the forms a judged name lists with " / ", and nothing else', () => {
    expect(sameName('Northern Courier / NoCo', 'NoCo')).toBe(true);
    expect(sameName('Northern Courier / NoCo', 'the Northern Courier')).toBe(true);
    expect(sameName('Northern Courier / NoCo', 'Southern Courier Group')).toBe(false);
    expect(sameNames(['Northern Courier / NoCo'], ['NoCo'])).toBe(true);
    expect(sameNames(['Northern Courier / NoCo'], ['NoCo', 'Anna Berg'])).toBe(false);
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
