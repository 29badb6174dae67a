import { describe, expect, it } from 'vitest';
import { withRanker, type PronounChoice } from '../src/facts/actors/pronoun-ranker.js';
import { resolvePronouns, type Antecedent } from '../src/facts/actors/pronouns.js';
import type { Word } from '../src/facts/words.js';

/** Words of a text written with spaces between tokens; `verbs` are tagged VERB, the rest PROPN or X. */
function words(text: string, verbs: readonly string[]): Word[] {
  const result: Word[] = [];
  let sentence = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const pos = verbs.includes(match[0]) ? 'VERB' : /^\p{Lu}/u.test(match[0]) && match[0] !== 'He' ? 'PROPN' : 'X';
    result.push({ text: match[0], form: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length, sentence, pos });
    if (match[0] === '.') sentence++;
  }
  return result;
}

describe('pronoun ranker', () => {
  const w = words('Lena Brandt called Oskar Hale on Monday . He agreed .', ['called', 'agreed']);
  const at = (token: string) => w.findIndex((word) => word.text === token);
  const people = () => {
    const brandt: Antecedent = { type: 'PERSON', gender: null, positions: [at('Lena')] };
    const hale: Antecedent = { type: 'PERSON', gender: null, positions: [at('Oskar')] };
    return { brandt, hale };
  };

  it('picks the main clause subject over the object when its weights favour subjects', () => {
    const { brandt, hale } = people();
    const resolved = withRanker({ weights: new Map([['role=main-subject', 1], ['person|role=other', -1]]) }, () => resolvePronouns(w, [brandt, hale]));
    expect(resolved.get(at('He'))).toBe(brandt);
  });

  it('overrides the rules where its weights say so', () => {
    const { brandt, hale } = people();
    const resolved = withRanker({ weights: new Map([['role=other', 1]]) }, () => resolvePronouns(w, [brandt, hale]));
    expect(resolved.get(at('He'))).toBe(hale);
  });

  it('keeps the rules\' pick without weights, and shows each choice with its features', () => {
    const { brandt, hale } = people();
    const choices: PronounChoice[] = [];
    const resolved = withRanker({ weights: null, observe: (choice) => choices.push(choice) }, () => resolvePronouns(w, [brandt, hale]));
    expect(resolved.get(at('He'))).toBe(brandt);
    expect(choices).toHaveLength(1);
    const [nearest, farther] = choices[0]!.candidates;
    // Nearest first: the object, then the subject the rules pick.
    expect(nearest!.mentionStarts).toEqual([w[at('Oskar')]!.start]);
    expect(nearest!.features).toContain('role=other');
    expect(nearest!.features).not.toContain('rules');
    expect(farther!.features).toEqual(expect.arrayContaining(['rules', 'role=main-subject', 'sentences=1', 'person|rules']));
  });
});
