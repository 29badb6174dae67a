import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { anchorEvidence, readStanceGold, stanceGoldErrors, type StanceGold } from '../scripts/lib/stance-gold.js';
import { anchorOf, findAnchor } from '../scripts/lib/text-anchor.js';

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
  const anchor = anchorOf('Ruiz backs the levy.', [5, 19]);
  const stance = { article: 'nyt_2016-01-01_x', anchor, evidence: [0, 10] as [number, number], holder: ['Ruiz'], issue: 'the levy', head: 'levy', polarity: 'support' as const, changed: false };
  const commitment = { article: 'nyt_2016-01-01_x', anchor, evidence: [0, 10] as [number, number], actor: ['Ruiz'], beneficiary: [], what: 'publish', head: 'publish', due: null, condition: null, status: 'promised' as const };
  it.each<[string, StanceGold, RegExp]>([
    ['an unknown article', { ...base, stances: [{ ...stance, article: 'nyt_2016-01-01_y' }] }, /not in articles.json/],
    ['a layer the article lacks', { ...base, commitments: [commitment] }, /not annotated for commitments/],
    ['an anchor over too many words', { ...base, stances: [{ ...stance, anchor: { ...anchor, words: 16 } }] }, /spans 16 words/],
    ['a record that keeps article text', { ...base, stances: [{ ...stance, excerpt: 'backs the levy' } as typeof stance] }, /holds article text/],
    ['a malformed anchor', { ...base, stances: [{ ...stance, anchor: { ...anchor, sha256: 'backs the levy' } }] }, /anchor\/sha256/],
    ['a bad polarity', { ...base, stances: [{ ...stance, polarity: 'likes' as 'support' }] }, /polarity/],
    ['a condition without status conditional', { ...base, articles: [{ ...base.articles[0]!, layers: ['commitments'] }], commitments: [{ ...commitment, condition: 'if elected' }] }, /condition goes with status conditional/],
    ['an article listed twice', { ...base, articles: [base.articles[0]!, base.articles[0]!] }, /listed twice/],
  ])('reports %s', (_, set, message) => {
    expect(stanceGoldErrors(set).join('\n')).toMatch(message);
  });

  it.skipIf(!existsSync(TEXT_DIR))('finds every anchored run of words once in its article file', () => {
    const misses: string[] = [];
    for (const article of gold.articles) {
      const text = readFileSync(join(TEXT_DIR, `${article.id}.txt`), 'utf8');
      for (const record of [...gold.stances, ...gold.commitments].filter((item) => item.article === article.id)) {
        const found = findAnchor(text, record.anchor).length;
        if (found !== 1) misses.push(`${article.id}: the anchor ${record.anchor.sha256} found ${found} times`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('anchorEvidence', () => {
  const text = 'First one. Mayor Ruiz backs the levy.  Second one.';
  const sentences: [number, number][] = [[0, 10], [11, 37], [39, 50]];
  const backs = anchorOf('backs   the levy.', [0, 17]);
  it('keeps stored offsets that still hold the anchored words', () => {
    expect(anchorEvidence(text, sentences, { anchor: backs, evidence: [11, 37] })).toEqual({ kind: 'stored', evidence: [11, 37] });
  });
  it('places the anchored words again in their sentence when the offsets moved', () => {
    expect(anchorEvidence(text, sentences, { anchor: backs, evidence: [0, 5] })).toEqual({ kind: 'moved', evidence: [11, 37] });
    expect(anchorEvidence(text, sentences, { anchor: anchorOf('opposes the levy.', [0, 17]), evidence: [11, 37] })).toEqual({ kind: 'not-found' });
  });
});
