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
  const seed = () => (analyzed ??= succeeded(analyze({ text: readFileSync(SEED, 'utf8'), publishedAt: '2025-08-19' })));
  const entity = (name: string) => {
    const doc = seed();
    const found = doc.entities.filter((candidate) => candidate.name === name || candidate.name.endsWith(` ${name}`));
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

  it('finds the money and the casualties as values', () => {
    const doc = seed();
    expect(doc.values.find((value) => value.type === 'MONEY')).toMatchObject({ value: 90_000_000_000, unit: 'USD' });
    expect(doc.values.some((value) => value.value === 1_000_000)).toBe(true);
  });
});
