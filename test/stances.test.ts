import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { succeeded } from './helpers.js';

const analyzed = (text: string) => succeeded(analyze({ text, publishedAt: '2016-05-02' }));
const nameOf = (doc: AnalyzedDocument, id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
/** "holder polarity issue" for each stance of a text. */
function stances(text: string): string[] {
  const doc = analyzed(text);
  return doc.stances.map((stance) => `${stance.holder.map((id) => nameOf(doc, id)).join('+')} ${stance.polarity} ${stance.issue}`);
}

describe('stances stated by nouns and predicates', () => {
  it.each([
    ['an agent noun after a copula', 'Senator Jane Doe is a vocal opponent of the trade deal.', 'Jane Doe oppose trade deal'],
    ['an agent noun in apposition, its issue a name before it', 'Mayor Tom Ortiz, a longtime Clinton supporter, spoke on Friday.', 'Mayor Tom Ortiz support Clinton'],
    ['an act noun with its owner', 'Senator Jane Doe spoke. Her opposition to the pipeline is well known.', 'Jane Doe oppose pipeline'],
    ['a predicate after a copula', 'Governor Lisa Park is opposed to the levy.', 'Lisa Park oppose levy'],
    ['a manner phrase after a verb', 'Mayor Tom Ortiz voted in favour of the ban.', 'Mayor Tom Ortiz support ban'],
    ['a stance verb the tagger took for a noun', 'Senator Jane Doe advocates tax increases for the rich.', 'Jane Doe support tax increases for the rich'],
    ['a stance noun the tagger took for a verb, its issue ending before the verb', "Governor Lisa Park's embrace of the trade pact surprised her allies.", 'Lisa Park support trade pact'],
    ['an act noun with the act after "to"', 'Mayor Tom Ortiz defended his proposal to close the landfill.', 'Mayor Tom Ortiz support close the landfill'],
    ['an act noun with "about"', 'Governor Lisa Park voiced reservations about the merger.', 'Lisa Park oppose merger'],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });

  it('finds no stance in an act noun without an act after it', () => {
    expect(stances('Mayor Tom Ortiz made a call to Senator Jane Doe.')).toEqual([]);
  });
});

describe('stance verbs', () => {
  it('reads a withheld support as a rejection', () => {
    expect(stances('Governor Lisa Park does not support the pipeline.')).toEqual(['Lisa Park reject pipeline']);
  });

  it('finds no stance in a hypothetical', () => {
    expect(stances('Governor Lisa Park would support the levy if voters approved it.')).toEqual([]);
  });

  it('gives a passive stance to its agent, on its subject', () => {
    expect(stances('The levy was rejected by the Brookfield City Council.')).toEqual(['Brookfield City Council reject levy']);
  });

  it('takes criticism of a person as a stance only on the act it names', () => {
    expect(stances('Governor Lisa Park slammed Mayor Tom Ortiz on Monday. On Tuesday, Lisa Park criticized Tom Ortiz for closing the library.')).toEqual([
      'Lisa Park oppose Mayor Tom Ortiz closing the library',
    ]);
  });

  it('keeps the act urged on a person in the issue', () => {
    expect(stances('Councilman Ray Hunt urged Senator Jane Doe to run for governor.')).toEqual(['Ray Hunt demand Senator Jane Doe to run for governor']);
  });

  it('leaves out a participle that only describes a noun', () => {
    expect(stances('Signs pointed to Jane Doe endorsing Tom Ortiz on Friday.')).toEqual([]);
  });
});

describe('quoted positions', () => {
  it('gives a speaker\'s "we should (not)" to the speaker', () => {
    expect(stances('"We should not be raising taxes," said Councilman Ray Hunt. "We must fund the schools," Hunt added.')).toEqual([
      'Ray Hunt oppose raising taxes',
      'Ray Hunt demand fund the schools',
    ]);
  });
});

describe('stances read from the parse', () => {
  it('takes the holder from the subject across a long relative clause', () => {
    expect(stances('Senator Dana Reyes, who has led the finance committee of the Brookfield City Council since 2010, endorsed the plan.')).toEqual(['Dana Reyes support plan']);
  });

  it('reads negation from the verb\'s own adverbs', () => {
    expect(stances('Governor Lisa Park has never supported the levy.')).toEqual(['Lisa Park reject levy']);
  });

  it('gives a passive in a relative clause to its agent, on the noun it qualifies', () => {
    expect(stances('The plan, which was backed by Mayor Tom Ortiz, failed.')).toEqual(['Mayor Tom Ortiz support plan']);
  });
});
