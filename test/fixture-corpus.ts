/**
 * Every article the project's own fixtures hold, as JSONL records: the example articles, the
 * test pages, and the items of the actors and events gold sets. The contract and determinism
 * tests run over all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadGold } from '../scripts/lib/actor-gold.js';
import { readEventGold } from '../scripts/lib/event-gold.js';

export interface FixtureRecord {
  readonly name: string;
  readonly text?: string;
  readonly html?: string;
  readonly publishedAt?: string;
}

const EXAMPLES = new URL('../examples/', import.meta.url);
const PAGES = new URL('./fixtures/pages/', import.meta.url);

export function fixtureRecords(): FixtureRecord[] {
  const files = (dir: URL) => readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(new URL(name, dir), 'utf8') }));
  return [
    ...files(EXAMPLES).map(({ name, content }) => ({ name: `examples/${name}`, text: content })),
    ...files(PAGES).map(({ name, content }) => ({ name: `pages/${name}`, html: content })),
    ...loadGold().map((item) => ({ name: `actors/${item.id}`, text: item.text, publishedAt: item.publishedAt })),
    ...readEventGold().map((item) => ({ name: `events/${item.id}`, text: item.text, publishedAt: item.publishedAt })),
  ];
}
