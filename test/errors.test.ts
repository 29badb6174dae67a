import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, InputError, toInputError } from '../src/errors.js';

describe('error catalog', () => {
  it('docs/errors.md documents exactly the codes in src/errors.ts', () => {
    const docs = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...docs.matchAll(/^\| `(NG_[A-Z_]+)` \|/gm)].map((match) => match[1]).sort();
    expect(documented).toEqual(Object.keys(ERROR_CATALOG).sort());
  });

  it('turns unexpected errors into NG_INTERNAL and keeps input errors as they are', () => {
    const known = new InputError('NG_INPUT_EMPTY', 'empty');
    expect(toInputError(known)).toBe(known);
    expect(toInputError(new TypeError('boom'))).toMatchObject({ code: 'NG_INTERNAL', message: 'boom' });
  });
});
