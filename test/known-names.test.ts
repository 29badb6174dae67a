import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../src/nlp/ner/gazetteer.js';
import { withKnownOrganisations } from '../src/nlp/ner/known-names.js';
import type { TagSpan } from '../src/nlp/ner/tags.js';

const gazetteer = new Gazetteer({ lists: { company: ['Quillbird', 'Harbor Freight Lines', 'Lisbon', 'Ortega'], city: ['Lisbon'], surname: ['Ortega'], org: ['Doctors Without Borders'] } });
const lists = new Set(['company', 'org']);
/** The ORG spans added to a sentence the tagger found `spans` in, as their words. */
function added(sentence: string, spans: TagSpan[] = []): string[] {
  const tokens = sentence.split(' ');
  return withKnownOrganisations(spans, tokens, gazetteer, lists)
    .filter((span) => !spans.includes(span))
    .map((span) => `${tokens.slice(span.start, span.end).join(' ')}:${span.type}`);
}

describe('organisations the gazetteer knows and the tagger missed', () => {
  it('tags a listed name the tagger left untagged, one word or several', () => {
    expect(added('For years , Quillbird has positioned itself as a town square .')).toEqual(['Quillbird:ORG']);
    expect(added('Volunteers from Doctors Without Borders arrived .')).toEqual(['Doctors Without Borders:ORG']);
    expect(added('The Harbor Freight Lines said it would hire .')).toEqual(['Harbor Freight Lines:ORG']);
  });

  it('leaves names that another list holds too, and names the tagger already found', () => {
    expect(added('She flew to Lisbon on Monday .')).toEqual([]);
    expect(added('Last month , Ortega announced a plan .')).toEqual([]);
    expect(added('For years , Quillbird has grown .', [{ start: 3, end: 4, type: 'MISC' }])).toEqual([]);
  });

  it('takes only a whole capitalised run: not part of a longer name', () => {
    expect(added('Users of Quillbird Moments complained .')).toEqual([]);
    expect(added('The new Central Quillbird opened .')).toEqual([]);
  });

  it('leaves a one-word name opening its sentence, a headline in capitals and a one-word name qualifying a noun after an article', () => {
    expect(added('Quillbird said nothing .')).toEqual([]);
    expect(added('WHY QUILLBIRD MATTERS')).toEqual([]);
    expect(added('Nobody hates the Quillbird tax more .')).toEqual([]);
    expect(added('The Quillbird tax would rise .')).toEqual([]);
  });
});
