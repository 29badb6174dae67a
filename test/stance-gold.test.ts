import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { anchorEvidence, locateExcerpt, readStanceGold, stanceGoldErrors, type StanceGold } from '../scripts/lib/stance-gold.js';

const gold = readStanceGold();
const TEXT_DIR = join(DEFAULT_POLNEAR_DIR, 'text');

describe('stances and commitments gold', () => {
  it('is sound', () => {
    expect(stanceGoldErrors(gold)).toEqual([]);
  });

  it('holds at least 150 stances and 60 commitments, with a held-out split', () => {
    expect(gold.stances.length).toBeGreaterThanOrEqual(150);
    expect(gold.commitments.length).toBeGreaterThanOrEqual(60);
    const test = new Set(gold.articles.filter((article) => article.split === 'test').map((article) => article.id));
    expect(gold.stances.filter((stance) => test.has(stance.article)).length).toBeGreaterThan(0);
    expect(gold.commitments.filter((commitment) => test.has(commitment.article)).length).toBeGreaterThan(0);
  });

  const base: StanceGold = { articles: [{ id: 'nyt_2016-01-01_x', split: 'dev', selection: 'sample', layers: ['stances'] }], stances: [], commitments: [] };
  const stance = { article: 'nyt_2016-01-01_x', excerpt: 'backs the levy', evidence: [0, 10] as [number, number], holder: ['Ruiz'], issue: 'the levy', head: 'levy', polarity: 'support' as const, changed: false };
  const commitment = { article: 'nyt_2016-01-01_x', excerpt: 'pledged', evidence: [0, 10] as [number, number], actor: ['Ruiz'], beneficiary: [], what: 'publish', head: 'publish', due: null, condition: null, status: 'promised' as const };
  it.each<[string, StanceGold, RegExp]>([
    ['an unknown article', { ...base, stances: [{ ...stance, article: 'nyt_2016-01-01_y' }] }, /not in articles.json/],
    ['a layer the article lacks', { ...base, commitments: [commitment] }, /not annotated for commitments/],
    ['a long excerpt', { ...base, stances: [{ ...stance, excerpt: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen' }] }, /has 16 words/],
    ['a bad polarity', { ...base, stances: [{ ...stance, polarity: 'likes' as 'support' }] }, /polarity/],
    ['a condition without status conditional', { ...base, articles: [{ ...base.articles[0]!, layers: ['commitments'] }], commitments: [{ ...commitment, condition: 'if elected' }] }, /condition goes with status conditional/],
    ['an article listed twice', { ...base, articles: [base.articles[0]!, base.articles[0]!] }, /listed twice/],
  ])('reports %s', (_, set, message) => {
    expect(stanceGoldErrors(set).join('\n')).toMatch(message);
  });

  it.skipIf(!existsSync(TEXT_DIR))('finds every excerpt once in its article file', () => {
    const misses: string[] = [];
    for (const article of gold.articles) {
      const text = readFileSync(join(TEXT_DIR, `${article.id}.txt`), 'utf8');
      for (const record of [...gold.stances, ...gold.commitments].filter((item) => item.article === article.id)) {
        const found = locateExcerpt(text, record.excerpt).length;
        if (found !== 1) misses.push(`${article.id}: "${record.excerpt}" found ${found} times`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('anchorEvidence', () => {
  const text = 'First one. Mayor Ruiz backs the levy.  Second one.';
  const sentences: [number, number][] = [[0, 10], [11, 37], [39, 50]];
  it('keeps stored offsets that still hold the excerpt', () => {
    expect(anchorEvidence(text, sentences, { excerpt: 'backs the levy', evidence: [11, 37] })).toEqual({ kind: 'stored', evidence: [11, 37] });
  });
  it('places the excerpt again in its sentence when the offsets moved', () => {
    expect(anchorEvidence(text, sentences, { excerpt: 'backs   the levy', evidence: [0, 5] })).toEqual({ kind: 'moved', evidence: [11, 37] });
    expect(anchorEvidence(text, sentences, { excerpt: 'opposes the levy', evidence: [11, 37] })).toEqual({ kind: 'not-found' });
  });
});
