import { describe, expect, it } from 'vitest';
import { givenNameGender, isListedGivenName } from '../src/facts/actors/gender.js';

describe('given-name genders', () => {
  it('knows names only the third source lists, by the gender most bearers have', () => {
    expect(givenNameGender('Barack')).toBe('male');
    expect(givenNameGender('Mitt')).toBe('male');
    expect(givenNameGender('Kellyanne')).toBe('female');
  });

  it('keeps the first two sources’ word over the third’s, and leaves names given to both genders undecided', () => {
    expect(givenNameGender('Donald')).toBe('male');
    expect(givenNameGender('Hillary')).toBe('female');
    // On both Moby lists: the third source's majority gender does not decide it.
    expect(isListedGivenName('Jordan')).toBe(false);
    expect(givenNameGender('Jordan')).toBeNull();
  });

  it('gives the names both Moby lists carry that news gives one gender the gender decided by hand', () => {
    expect(givenNameGender('Bill')).toBe('male');
    expect(givenNameGender('Grace')).toBe('female');
  });

  it('gives no gender to a name news gives men and women alike, even one ending in "a", yet knows it as a given name', () => {
    for (const unisex of ['Lindsey', 'Kelly', 'Dana', 'Taylor']) {
      expect(givenNameGender(unisex)).toBeNull();
      expect(isListedGivenName(unisex)).toBe(true);
    }
  });

  it('never reads the family names that open East Asian names as given names', () => {
    for (const family of ['Kim', 'Park', 'Lee', 'Chen']) expect(isListedGivenName(family)).toBe(false);
  });

  it('reads an accented given name as the lists spell it, and a hyphenated one by its first part', () => {
    expect(givenNameGender('Jérôme')).toBe('male');
    expect(givenNameGender('Hélène')).toBe('female');
    expect(givenNameGender('Pierre-Étienne')).toBe('male');
    expect(isListedGivenName('Françoise')).toBe(true);
    // A name the lists lack stays unknown, accents or not.
    expect(givenNameGender('Zxqé')).toBeNull();
  });
});
