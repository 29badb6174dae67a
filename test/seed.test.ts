/**
 * The article the project started from (../shared/examples/seed-article.txt) is not part of
 * the repository; these checks run where it sits beside the checkout, as in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { succeeded } from './helpers.js';

const SEED = new URL('../../shared/examples/seed-article.txt', import.meta.url);

describe.skipIf(!existsSync(SEED))('the seed article', () => {
  // Analyzed on first use, so that collecting the skipped suite (no ../shared) reads nothing.
  let analyzed: AnalyzedDocument | undefined;
  let everyEvent: AnalyzedDocument | undefined;
  const seed = () => (analyzed ??= succeeded(analyze({ text: readFileSync(SEED, 'utf8'), publishedAt: '2025-08-19' })));
  /** Every event coded, the default output's and those the confidence model leaves out. */
  const seedEveryEvent = () => (everyEvent ??= succeeded(analyze({ text: readFileSync(SEED, 'utf8'), publishedAt: '2025-08-19' }, { events: 'all' })));
  const entity = (name: string) => {
    const doc = seed();
    // A group of people named together ("Trump and Vance") has no name mention of its own.
    const found = doc.entities.filter((candidate) => (candidate.name === name || candidate.name.endsWith(` ${name}`)) && (candidate.type !== 'PERSON' || candidate.mentions.some((mention) => mention.kind === 'name')));
    expect(found, `one entity named ${name}`).toHaveLength(1);
    return found[0]!;
  };

  it('has each person as one entity with the right country, sector and role', () => {
    expect(entity('Trump')).toMatchObject({ type: 'PERSON', country: 'USA', sector: 'GOV' });
    expect(entity('Trump').roles.map((role) => role.title)).toContain('President');
    expect(entity('Trump').mentions.filter((mention) => mention.kind === 'name').length).toBeGreaterThan(5);
    expect(entity('Zelenskiy')).toMatchObject({ type: 'PERSON', country: 'UKR' });
    expect(entity('Putin')).toMatchObject({ type: 'PERSON', country: 'RUS' });
    expect(entity('Vance')).toMatchObject({ type: 'PERSON', country: 'USA' });
    expect(entity('Merz')).toMatchObject({ type: 'PERSON', country: 'DEU' });
    expect(entity('Merz').roles.map((role) => role.title)).toContain('Chancellor');
    expect(entity('Macron')).toMatchObject({ type: 'PERSON', country: 'FRA' });
    expect(entity('Ushakov')).toMatchObject({ type: 'PERSON', country: 'RUS' });
  });

  it('has the institutions and places', () => {
    expect(entity('Foreign Ministry')).toMatchObject({ type: 'ORG', country: 'RUS', sector: 'GOV' });
    expect(entity('NATO')).toMatchObject({ type: 'ORG' });
    for (const place of ['Alaska', 'Hungary', 'Turkey']) expect(['GPE', 'LOC']).toContain(entity(place).type);
  });

  it('attributes the quotations and the reported statements to their speakers', () => {
    const doc = seed();
    /** The speaker's entity of the one quote whose text contains `words`. */
    const speakerOf = (words: string) => {
      const found = doc.quotes.filter((quote) => quote.text.includes(words));
      expect(found, `one quote with "${words}"`).toHaveLength(1);
      return doc.entities.find((candidate) => candidate.id === found[0]!.speaker?.entity)?.name;
    };
    const name = (surname: string) => entity(surname).name;
    // The three quotations: one direct, two inside Zelenskiy's reported words (mixed).
    expect(speakerOf('going to be a lot of help')).toBe(name('Trump'));
    expect(speakerOf('a major step forward')).toBe(name('Zelenskiy'));
    expect(speakerOf('formalised on paper')).toBe(name('Zelenskiy'));
    expect(doc.quotes.find((quote) => quote.text.includes('going to be a lot of help'))!.kind).toBe('direct');
    // Reported statements.
    expect(speakerOf('NATO troops would not be deployed')).toBe(name('Foreign Ministry'));
    expect(speakerOf('discussions were ongoing')).toBe(name('Ushakov'));
    const post = doc.quotes.find((quote) => quote.text.startsWith('he had contacted Putin'));
    expect(post?.speaker?.entity).toBe(entity('Trump').id);
    const hungary = doc.quotes.find((quote) => quote.cue?.text === 'according to' && quote.text.includes('Hungary'));
    expect(hungary?.speaker?.entity).toBe(entity('Merz').id);
  });

  it('codes the meetings, the refusals and the criticism with status, place and time', () => {
    const doc = seed();
    const id = (surname: string) => entity(surname).id;
    /** The one event with this trigger word and category whose sentence contains `words`, in the default output unless `from` is given. */
    const event = (trigger: string, plover: string, words: string, from: AnalyzedDocument = doc) => {
      const found = from.events.filter((candidate) => candidate.trigger.text === trigger && candidate.plover === plover && candidate.evidence.text.includes(words));
      expect(found, `one ${plover} event "${trigger}" in the sentence with "${words}"`).toHaveLength(1);
      return found[0]!;
    };
    // The summit names no participant, so the confidence model leaves it to `--events all`; "hosted" carries who met.
    expect(event('summit', 'CONSULT', 'White House', seedEveryEvent())).toMatchObject({ status: 'occurred', place: { name: 'White House', span: { text: 'White House' }, entity: id('White House') } });
    expect(event('hosted', 'CONSULT', 'White House')).toMatchObject({ source: [id('Trump')], status: 'occurred' });
    expect(event('hosted', 'CONSULT', 'White House').target).toContain(id('Zelenskiy'));
    expect(event('meeting', 'CONSULT', 'Alaska')).toMatchObject({ source: [id('Trump')], target: [id('Putin')], status: 'occurred', place: { name: 'Alaska', entity: id('Alaska') } });
    // The proposed Putin-Zelenskiy meeting in Hungary, within the next two weeks of 19 August.
    const hungary = event('meeting', 'CONSULT', 'Hungary');
    expect(hungary).toMatchObject({ source: [id('Putin')], target: [id('Zelenskiy')], place: { name: 'Hungary', entity: id('Hungary') } });
    expect(['proposed', 'planned']).toContain(hungary.status);
    expect(hungary.time).toMatchObject({ start: '2025-08-19', end: '2025-09-02' });
    expect(event('negotiations', 'CONSULT', 'Turkey')).toMatchObject({ source: [id('Russia')], target: [id('Ukraine')], status: 'occurred', place: { name: 'Turkey', entity: id('Turkey') }, time: { start: '2025-06-01', end: '2025-07-01' } });
    expect(event('declined', 'REJECT', 'invitation')).toMatchObject({ source: [id('Putin')], target: [id('Zelenskiy')], status: 'refused' });
    expect(event('deployed', 'MOBILIZE', 'NATO troops')).toMatchObject({ status: 'refused' });
    const criticism = event('criticized', 'ACCUSE', 'Oval Office');
    expect(criticism).toMatchObject({ target: [id('Zelenskiy')], status: 'occurred', time: { start: '2025-02-01', end: '2025-03-01' } });
    expect(criticism.source).toEqual(expect.arrayContaining([id('Trump'), id('Vance')]));
    for (const coded of doc.events) expect(coded.rule, `event "${coded.trigger.text}" names its rule`).not.toBe('');
  });

  it('keeps the US commitment to Ukraine and the guarantees due within ten days', () => {
    const doc = seed();
    const security = doc.commitments.find((commitment) => commitment.what.includes('guarantee Ukraine’s security'));
    expect(security).toMatchObject({ actor: [entity('Trump').id], beneficiary: [entity('Zelenskiy').id] });
    const guarantees = doc.commitments.find((commitment) => commitment.what.startsWith('formal guarantees'));
    expect(guarantees?.due).toMatchObject({ start: '2025-08-19', end: '2025-08-29' });
    expect(guarantees?.actor).toEqual([entity('Trump').id]);
  });

  it('keeps where each side stands on a ceasefire and NATO troops, and that Trump moved', () => {
    const doc = seed();
    const stance = (holder: string, issue: string) => doc.stances.filter((candidate) => candidate.holder.includes(entity(holder).id) && candidate.issue === issue);
    expect(stance('Europe', 'ceasefire').map((found) => found.polarity)).toEqual(expect.arrayContaining(['demand', 'support']));
    expect(stance('Trump', 'ceasefire')).toEqual([expect.objectContaining({ polarity: 'support', changed: true })]);
    expect(stance('Foreign Ministry', 'NATO troops')).toEqual([expect.objectContaining({ polarity: 'reject' })]);
  });

  it('finds the money and the casualties as values', () => {
    const doc = seed();
    expect(doc.values.find((value) => value.type === 'MONEY')).toMatchObject({ value: 90_000_000_000, unit: 'USD' });
    expect(doc.values.some((value) => value.value === 1_000_000)).toBe(true);
  });
});
