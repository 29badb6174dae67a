import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The committed build output (scripts/build-gazetteers.ts writes it; the test does not rebuild it).
const GAZETTEERS = new URL('../data/ner/gazetteers.json', import.meta.url);

interface GazetteerFile {
  readonly version: number;
  readonly sources: Record<string, string[]>;
  readonly lists: Record<string, string[]>;
}

const file = JSON.parse(readFileSync(GAZETTEERS, 'utf8')) as GazetteerFile;
const lists = Object.entries(file.lists);

/** Code-unit order, the order the build sorts in (locale-free, so the file is the same everywhere). */
function isSorted(phrases: readonly string[]): boolean {
  return phrases.every((phrase, index) => index === 0 || phrases[index - 1]! < phrase);
}

describe('data/ner/gazetteers.json', () => {
  it('is version 1, under 4 MB, and names its sources for every list', () => {
    expect(file.version).toBe(1);
    expect(statSync(GAZETTEERS).size).toBeLessThan(4 * 1024 * 1024);
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const [name] of lists) expect(file.sources[name]?.length, name).toBeGreaterThan(0);
  });

  it.each(lists)('%s is non-empty, sorted and free of duplicates', (_name, phrases) => {
    expect(phrases.length).toBeGreaterThan(0);
    expect(isSorted(phrases)).toBe(true); // strictly increasing: sorted and deduplicated
  });

  it.each(lists)('%s holds clean phrases: single spaces, no outer spaces, possessive split off', (_name, phrases) => {
    const unclean = phrases.filter((phrase) => phrase !== phrase.trim() || /\s{2,}|[\t\n]/.test(phrase) || /\S's\b/.test(phrase));
    expect(unclean).toEqual([]);
  });

  const members: Record<string, string[]> = {
    country: ['France', 'United States', 'U.S.', 'US', 'Britain', 'UK', 'Ivory Coast', 'Bosnia-Herzegovina', 'Russia'],
    demonym: ['French', 'Russians', 'Iraqi', 'Palestinian', 'Americans', 'Chinese'],
    city: ['Paris', 'London', 'Kyiv', 'New York', 'Baghdad', 'São Paulo', 'Sao Paulo'],
    region: ['Europe', 'Middle East', 'Texas', 'Kashmir'],
    'geo-feature': ['Black Sea', 'Danube', 'Himalayas'],
    'org-international': ['United Nations', 'UN', 'NATO', 'European Union', 'IMF', 'World Bank'],
    'armed-group': ['Hamas', 'Hezbollah', 'Taliban'],
    person: ['Barack Obama', 'Angela Merkel', 'Vladimir Putin', 'Kofi Annan', 'Bashar al-Assad'],
    'first-name': ['John', 'Mary', 'Mohammed'],
    surname: ['Smith', 'Putin'],
    title: ['Mr', 'President', 'Minister', 'Chancellor', 'Sen.', 'Prime Minister'],
    affiliation: ['Muslim', 'Catholic', 'Republican'],
    'org-clue': ['Inc', 'Corp', 'Party', 'Ministry', 'FC'],
    'loc-clue': ['River', 'Mount', 'Province'],
  };

  it.each(Object.entries(members))('%s has its obvious members', (name, expected) => {
    const phrases = new Set(file.lists[name]);
    expect(expected.filter((phrase) => !phrases.has(phrase))).toEqual([]);
  });

  it('drops one-word place names that are frequent English words', () => {
    const cities = new Set(file.lists.city);
    for (const word of ['Reading', 'Mobile', 'Nice', 'Of']) expect(cities.has(word), word).toBe(false);
  });
});
