import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { Places } from '../src/corpus/places.js';
import { openStore } from '../src/corpus/store.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { DataFolder } from '../src/resources.js';
import { tempDir } from './helpers.js';

const places = Places.load(new DataFolder());

describe('places', () => {
  it('puts countries at their population centre, regions and cities where they are', () => {
    const unitedStates = places.locate('United States', null)!;
    expect(unitedStates).toMatchObject({ kind: 'country', country: 'USA' });
    // The US population centre is in Missouri, well inside the lower 48.
    expect(unitedStates.lat).toBeGreaterThan(35);
    expect(unitedStates.lat).toBeLessThan(42);
    expect(unitedStates.lon).toBeGreaterThan(-100);
    expect(unitedStates.lon).toBeLessThan(-85);
    expect(places.locate('Iowa', null)).toMatchObject({ kind: 'region', country: 'USA' });
    expect(places.locate('Oslo', null)).toMatchObject({ kind: 'city', country: 'NOR', lat: 59.91, lon: 10.75 });
  });

  it('reads the names news uses (aliases), picks the city of the country the place is in, and knows what it does not know', () => {
    expect(places.locate('Washington', null)).toMatchObject({ kind: 'city', country: 'USA', lat: 38.9 });
    expect(places.locate('Kiev', null)).toMatchObject({ kind: 'city', country: 'UKR' });
    expect(places.locate('Paris', null)).toMatchObject({ country: 'FRA' });
    expect(places.locate('Paris', 'USA')).toMatchObject({ country: 'USA' });
    expect(places.locate('the kitchen', null)).toBeNull();
    expect(places.locate('constructor', null)).toBeNull();
  });

  it('stores an event\'s place with its coordinates', async () => {
    const path = join(tempDir(), 'corpus.db');
    const store = await openStore(path);
    await store.addDocument(createAnalyzer().analyze({ text: 'Norway met Iceland in Oslo on Monday to discuss fishing quotas.', publishedAt: '2025-03-03' }) as AnalyzedDocument);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('select distinct place, lat, lon, place_kind, place_country from events').all()).toEqual([{ place: 'Oslo', lat: 59.91, lon: 10.75, place_kind: 'city', place_country: 'NOR' }]);
    db.close();
  });
});
