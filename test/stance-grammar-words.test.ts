import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The lists of a grammar-word file, without its comment. */
const listsOf = (path: string) => Object.entries(JSON.parse(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>).filter(([key]) => key !== '_comment') as [string, string[]][];

describe('the grammar-word files of the stances and commitments stages', () => {
  for (const path of ['stances/grammar-words.json', 'commitments/grammar-words.json']) {
    it(`${path}: every list is lower case, without repeats, and described in the comment`, () => {
      const comment = (JSON.parse(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8')) as { _comment: string })._comment;
      for (const [key, words] of listsOf(path)) {
        expect(words.length, key).toBeGreaterThan(0);
        expect(words.every((word) => word === word.toLowerCase()), key).toBe(true);
        expect(new Set(words).size, key).toBe(words.length);
        expect(comment, key).toContain(`'${key}'`);
      }
    });
  }
});
