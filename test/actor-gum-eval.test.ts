import { describe, expect, it } from 'vitest';
import { alignByHead } from '../scripts/lib/gum-actors.js';
import { actorChains, gumSplit, readGumDocument, type GumDocument } from '../scripts/lib/gum-coref.js';

/** A two-sentence document in GUM's CoNLL-U form, written for this test. */
const DOC = [
  '# newdoc id = GUM_news_acme',
  '# meta::genre = news',
  '# newpar',
  '# text = Acme Corp., the company, hired Ann Lee.',
  '1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-organization-new-x-x-2-coref-Acme',
  '2\tCorp.\tCorp.\tPROPN\tNNP\t_\t7\tnsubj\t_\tEntity=1)|SpaceAfter=No',
  '3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_',
  '4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(1-organization-giv-x-x-2-appos',
  '5\tcompany\tcompany\tNOUN\tNN\t_\t2\tappos\t_\tEntity=1)|SpaceAfter=No',
  '6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_',
  '7\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_',
  '8\tAnn\tAnn\tPROPN\tNNP\t_\t7\tobj\t_\tEntity=(2-person-new-x-x-1-coref',
  '9\tLee\tLee\tPROPN\tNNP\t_\t8\tflat\t_\tEntity=2)|SpaceAfter=No',
  '10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_',
  '',
  '# newpar',
  '# text = She\'s its chief.',
  '1-2\tShe\'s\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tShe\tshe\tPRON\tPRP\tPronType=Prs\t4\tnsubj\t_\tEntity=(2-person-giv-x-x-1-ana)',
  '2\t\'s\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_',
  '3\tits\tits\tPRON\tPRP$\tPronType=Prs\t4\tnmod:poss\t_\tEntity=(1-organization-giv-x-x-1-ana)',
  '4\tchief\tchief\tNOUN\tNN\t_\t0\troot\t_\tEntity=(3-person-new-x-x-1-sgl)|SpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('GUM coreference reader', () => {
  const doc = readGumDocument('GUM_news_acme', DOC);

  it('rebuilds the text from tokens, SpaceAfter=No, multiword tokens and paragraphs', () => {
    expect(doc.text).toBe('Acme Corp., the company, hired Ann Lee.\n\nShe\'s its chief.');
    expect(doc.genre).toBe('news');
  });

  it('gives each mention its offsets, chain, kind and head', () => {
    const byText = new Map(doc.mentions.map((m) => [m.text, m]));
    expect(byText.get('Acme Corp.')).toMatchObject({ chain: '1', etype: 'organization', kind: 'name' });
    expect(byText.get('the company')).toMatchObject({ chain: '1', kind: 'description' });
    expect(doc.text.slice(...byText.get('the company')!.head)).toBe('company');
    expect(byText.get('She')).toMatchObject({ chain: '2', kind: 'pronoun', start: 41, end: 44 });
    expect(byText.get('Ann Lee')!.head).toEqual([31, 34]);
  });

  it('scores only named person, organisation and place chains with two or more mentions', () => {
    const chains = new Set(actorChains(doc).map((m) => m.chain));
    expect([...chains].sort()).toEqual(['1', '2']);
  });

  it('aligns a predicted mention to the gold mention whose head it holds', () => {
    const gold = actorChains(doc);
    const predicted = [{ start: 0, end: 4, kind: 'name', entity: 0 }, { start: 31, end: 38, kind: 'name', entity: 1 }];
    const alignment = alignByHead(gold, predicted);
    expect(alignment[gold.findIndex((m) => m.text === 'Ann Lee')]).toBe(1);
    // "Acme" does not hold the head of "Acme Corp." ("Corp."): no alignment.
    expect(alignment[gold.findIndex((m) => m.text === 'Acme Corp.')]).toBe(-1);
  });

  it('splits documents into dev and test halves alternately within each genre', () => {
    const named = (id: string, genre: string): GumDocument => ({ id, genre, text: '', mentions: [] });
    const split = gumSplit([named('b', 'bio'), named('a', 'bio'), named('c', 'bio'), named('x', 'court')]);
    expect([split.get('a'), split.get('b'), split.get('c'), split.get('x')]).toEqual(['dev', 'test', 'dev', 'dev']);
  });
});
