import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { truecasedForTaggers } from '../src/nlp/casing.js';
import { tokenize } from '../src/nlp/tokenizer.js';
import { fastestMs } from './helpers.js';

/** The first line of `text` as the taggers read it. */
const headline = (text: string) => truecasedForTaggers(text).split('\n')[0];

describe('truecasing title-case headlines for the taggers', () => {
  it('lower-cases the common words of a title-case line and keeps the names the article writes capitalised', () => {
    const text = 'Kvistad Vows To Cut Fishing Quotas Set By The Harbour Authority.\n\nMinister Ola Kvistad spoke in Tromsø on Monday about the quotas.';
    expect(headline(text)).toBe('Kvistad vows to cut fishing quotas set by the Harbour Authority.');
  });

  it('keeps a capitalised pair the article writes the same way, though each word alone is common', () => {
    const text = 'Harbour Authority Delays Ferry Plan.\n\nThe Harbour Authority said on Monday that the plan would wait.';
    expect(headline(text)).toBe('Harbour Authority delays ferry plan.');
  });

  it('follows the article where it writes a word in lower case, and the lexicon where it does not use the word', () => {
    const text = 'Zorvakian Envoy Assembles Team.\n\nThe envoy met the Zorvakian delegation.';
    // "envoy": written in lower case below; "assembles": a form of a lexicon word; "Zorvakian": capitalised below.
    expect(headline(text)).toBe('Zorvakian envoy assembles team.');
  });

  it('keeps a word it knows nothing of: most such capitals are names', () => {
    expect(headline('Kvistad Meets Ovrebo At Summit.\n\nThe talks went well.')).toBe('Kvistad meets Ovrebo at summit.');
  });

  it('leaves ordinary sentences, the first word of a line and words after a colon or quotation mark alone', () => {
    const prose = 'The minister said the Harbour Authority would meet in March.\nKvistad told NRK: "The boats will sail."';
    expect(truecasedForTaggers(prose)).toBe(prose);
    expect(headline('Fishing Talks: Minister Warns Of Cuts.\n\nThe minister spoke.')).toBe('Fishing talks: Minister warns of cuts.');
  });

  it('reads the article for evidence in time proportional to its length, one long paragraph included', () => {
    const timed = (sentences: number) => {
      const text = `Kvistad Vows To Cut Fishing Quotas.\n${Array.from({ length: sentences }, (_, i) => `Minister Ola Kvistad spoke about the quotas on day ${i}.`).join(' ')}`;
      return fastestMs(() => expect(headline(text)).toBe('Kvistad vows to cut fishing quotas.'));
    };
    timed(2_000);
    // Twice the text takes about twice the time; testing each word's gap against the whole line before it took the square.
    expect(timed(40_000) / timed(20_000)).toBeLessThan(3);
  });

  it('changes no length, so every offset into the text holds', () => {
    const text = 'İzmir Talks Stall Over Fishing Rights In İzmir.\n\nTalks in İzmir stalled.';
    const cased = truecasedForTaggers(text);
    expect(cased).not.toBe(text);
    expect(cased).toHaveLength(text.length);
  });

  it('gives the taggers the truecased forms and keeps the article\'s own token texts', () => {
    const text = 'Kvistad Vows To Cut Quotas.\n\nOla Kvistad spoke.';
    const layer = tokenize(text);
    expect(layer.texts.slice(0, 3)).toEqual(['Kvistad', 'Vows', 'To']);
    expect(layer.forms.slice(0, 3)).toEqual(['Kvistad', 'vows', 'to']);
    for (const [index, [start, end]] of layer.tokens.entries()) expect(text.slice(start, end)).toBe(layer.texts[index]);
  });

  it('reads a title-case headline\'s verb as the verb of an event between the people it names', () => {
    const document = analyze({ text: 'Kvistad Criticizes Ovrebo Over Fishing Quotas.\n\nMinister Ola Kvistad spoke in Oslo on Monday. Per Ovrebo did not answer.' });
    if (isFailed(document)) throw new Error(document.error.message);
    const name = (id: string | undefined) => document.entities.find((entity) => entity.id === id)?.name;
    expect(document.entities.some((entity) => entity.name.includes('Criticizes'))).toBe(false);
    expect(document.events.map((event) => [event.trigger.text, name(event.source[0]), name(event.target[0])])).toContainEqual(['Criticizes', 'Ola Kvistad', 'Ovrebo']);
  });

  it('finds the person and the promise in a title-case headline instead of one long name', () => {
    const document = analyze({ text: 'Railing Against Ovrebo, Kvistad Vows To Eliminate Fishing Quotas.\n\nMinister Ola Kvistad spoke in Oslo on Monday. He criticised Per Ovrebo.' });
    if (isFailed(document)) throw new Error(document.error.message);
    const names = document.entities.map((entity) => entity.name);
    expect(names).toContain('Ola Kvistad');
    expect(names.some((name) => name.includes('Vows'))).toBe(false);
    expect(document.commitments.map((commitment) => [document.entities.find((entity) => entity.id === commitment.actor[0])?.name, commitment.what])).toContainEqual(['Ola Kvistad', 'eliminate fishing quotas']);
  });
});
