import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WinkReader } from '../src/nlp/tokenizer.js';

const SENTENCES = [
  "Prime Minister Ingrid Solberg's aide met Kvistad's envoy in Tromsø on Tuesday.",
  'The harbour authority said the ferries would resume on 4 March, weather permitting.',
  "Zorvakian officials didn't comment; the Zorvakian's statement came later.",
];

const texts = (reader: WinkReader, text: string) => reader.read(text).texts.join('|');

describe('wink tokenizer', () => {
  it('reads the model as wink-eng-lite-web-model itself does: same tokens, sentences and tags', () => {
    const own = new WinkReader();
    const nlp = winkNLP(model, ['sbd', 'pos']);
    for (const text of SENTENCES) {
      const doc = nlp.readDoc(text);
      const layer = own.read(text);
      expect(layer.texts).toEqual(doc.tokens().out());
      expect(layer.pos).toEqual(doc.tokens().out(nlp.its.pos));
      expect(layer.sentenceTokens).toEqual(doc.sentences().out(nlp.its.span));
    }
  });

  it.each([
    ['a possessive before a full stop', "Kvistad's."],
    ['a possessive before a comma', "Kvistad's,"],
    ['a possessive in a hyphenated compound', "Kvistad's-led"],
  ])('does not learn a word whole from %s and keep it whole in the next text', (_what, primer) => {
    const reader = new WinkReader();
    expect(texts(reader, `The plan was ${primer} Nobody objected.`)).toContain("Kvistad's");
    expect(texts(reader, "Kvistad's aide left.")).toBe("Kvistad|'s|aide|left|.");
  });

  it('gives the same tokens whatever it read before: learned words are forgotten after each text', () => {
    const fresh = SENTENCES.map((text) => texts(new WinkReader(), text));
    const reader = new WinkReader();
    // Read once to let wink learn the unknown words, then again: nothing learned may change the split.
    for (const text of SENTENCES) texts(reader, text);
    expect(SENTENCES.map((text) => texts(reader, text))).toEqual(fresh);
    expect(texts(reader, "Kvistad's")).toBe("Kvistad|'s");
  });

  it('starts over from a fresh model once it has learned more words than its bound, with the same output', () => {
    const reader = new WinkReader(5);
    const before = texts(reader, SENTENCES[0]!);
    // Twenty fresh models in one process: wink's own loader could not start more than a handful.
    for (let i = 0; i < 20; i++) texts(reader, `Qwerty${i} Asdfgh${i} Zxcvbn${i} met.`);
    expect(texts(reader, SENTENCES[0]!)).toBe(before);
  });

  it('reads a long text in windows that start at paragraphs, with the tokens, tags, sentences and offsets of reading it whole', () => {
    const text = [
      'HARBOUR TALKS RESUME',
      "Prime Minister Ingrid Solberg's aide met Kvistad's envoy in Tromsø on Tuesday. The talks ran late.",
      '“We are close,” the envoy said, according to Sen.',
      "Holm (D-N.Y.), who chairs the committee, didn't comment.\n\n\n  Zorvakian officials left.",
    ].join('\n\n');
    const whole = new WinkReader().read(text);
    // A window of one character: every paragraph starts a window.
    expect(new WinkReader(undefined, 1).read(text)).toEqual(whole);
  });

  it('keeps offsets that point at the tokens in the text', () => {
    const text = '  Two spaces,\nthen a line — and “quotes”.';
    const layer = new WinkReader().read(text);
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
  });

  it('keeps two touching apostrophes that stand for a quotation mark as one token, and the sentences over the new numbering', () => {
    const text = "''It's over,'' Holm said. Kvistad's aide ' left ''.";
    const layer = new WinkReader().read(text);
    expect(layer.texts.filter((token) => token.includes("'"))).toEqual(["''", "'s", "''", "'s", "'", "''"]);
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
    expect(layer.pos[layer.texts.indexOf("''")]).toBe('PUNCT');
    expect(layer.sentenceTokens.map(([first, last]) => layer.texts.slice(first, last + 1).join(' '))).toEqual(["'' It 's over , '' Holm said .", "Kvistad 's aide ' left '' ."]);
  });

  it('joins the two apostrophes where wink ends a sentence between them, the mark closing the earlier sentence', () => {
    const text = "''Can we win Bergen?'' Holm asked. ''I don't know.''";
    const layer = new WinkReader().read(text);
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
    expect(layer.sentenceTokens.map(([first, last]) => layer.texts.slice(first, last + 1).filter((token) => token.trim() !== '').join(' '))).toEqual([
      "'' Can we win Bergen ? ''", 'Holm asked .', "'' I do n't know . ''",
    ]);
  });

  it('joins the words wink splits at a Latin letter beyond Latin-1, and leaves other scripts and sentences as they were', () => {
    const text = 'Mayor Wiśniewski met Kovač in Žabljak. Шевченко stayed. Dvořák left.';
    const layer = new WinkReader().read(text);
    expect(layer.texts).toEqual(['Mayor', 'Wiśniewski', 'met', 'Kovač', 'in', 'Žabljak', '.', 'Шевченко', 'stayed', '.', 'Dvořák', 'left', '.']);
    expect(layer.pos[1]).toBe('PROPN');
    expect(layer.sentenceTokens).toEqual([[0, 6], [7, 9], [10, 12]]);
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
  });

  it('splits "I\'m", which wink keeps whole as a proper noun, into a pronoun and an auxiliary as it splits other contractions', () => {
    const text = "“I’m sure,” Holm said. I'm not. We're done.";
    const layer = new WinkReader().read(text);
    expect(layer.texts).toEqual(['“', 'I', '’m', 'sure', ',', '”', 'Holm', 'said', '.', 'I', "'m", 'not', '.', 'We', "'re", 'done', '.']);
    expect([layer.pos[1], layer.pos[2], layer.pos[9], layer.pos[10]]).toEqual(['PRON', 'AUX', 'PRON', 'AUX']);
    expect(layer.sentenceTokens.map(([first, last]) => layer.texts.slice(first, last + 1).join(' '))).toEqual(['“ I ’m sure , ” Holm said .', "I 'm not .", "We 're done ."]);
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
  });

  it.each([
    ['a byte-order mark before a space', 'Talks ended. x\uFEFF Solberg said she agreed.'],
    ['a line separator', 'Solberg left.\u2028Jonsson said she stayed.'],
    ['an ideographic space and a vertical tab', 'Solberg\u3000said\u000Bshe agreed.'],
    ['a run of spaces longer than wink counts', `Solberg${' '.repeat(70_000)}said she agreed.`],
  ])('keeps offsets after characters wink drops: %s', (_what, text) => {
    const layer = new WinkReader().read(text);
    expect(layer.texts).toContain('she');
    layer.tokens.forEach(([start, end], i) => expect(text.slice(start, end)).toBe(layer.texts[i]));
  });
});

describe('sentences', () => {
  const sentences = (text: string) => {
    const layer = new WinkReader().read(text);
    return layer.sentenceTokens.map(([first, last]) => layer.texts.slice(first, last + 1).join('').trim());
  };

  it('mends a break after an abbreviation that a comma or a lower-case word goes on from', () => {
    expect(sentences('Rep. Lars Holm (D-Md.) said in an interview that the fees were fair.')).toHaveLength(1);
    expect(sentences('State Rep. Lisa Holm (D-Va.), shouted to the crowd.')).toHaveLength(1);
    expect(sentences('Rep. Lars Holm (D-N.Y.), chairman of the caucus, said members would help.')).toHaveLength(1);
  });

  it('keeps a title wink does not know as one token with its period, and mends the break it made before the name', () => {
    const layer = new WinkReader().read('She faulted Sens. Kelly Ayotte and Richard Burr. Rev. Al Sharpton spoke.');
    expect(layer.texts.slice(0, 4)).toEqual(['She', 'faulted', 'Sens.', 'Kelly']);
    expect(layer.sentenceTokens.map(([first, last]) => layer.texts.slice(first, last + 1).join(' '))).toEqual(['She faulted Sens. Kelly Ayotte and Richard Burr .', 'Rev. Al Sharpton spoke .']);
    expect(sentences('The Sens. Holm and Roe left.\n\nRev. Holm stayed.')).toHaveLength(2);
  });

  it('keeps a break before a capital letter, and at a paragraph break', () => {
    expect(sentences('He met Sen. Holm. Then the U.S. envoy left.')).toHaveLength(2);
    expect(sentences('He met Gov. Holm (D-Va.)\n\nthe next paragraph starts here.')).toHaveLength(2);
  });
});
