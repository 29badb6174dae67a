/**
 * Spelling-insensitive keys for names, so that transliteration variants of one name meet:
 * Zelenskiy / Zelensky / Zelenskyy, Navalny / Nawalny, Qaddafi / Gaddafi. The rewrite rules
 * are data (data/actors/transliteration.json); a fuzzy fallback catches the rest.
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';

const TransliterationSchema = Type.Object({
  /** `[regular expression, replacement]`, applied in order to the lower-cased ASCII name. */
  rewrite: Type.Array(Type.Tuple([Type.String(), Type.String()])),
  particles: Strings,
  prefixes: Type.String(),
});

const transliteration = resource('transliteration', (data) => {
  const rules = data.json('actors/transliteration.json', TransliterationSchema);
  return {
    rewrite: rules.rewrite.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const),
    particles: new Set(rules.particles),
    prefix: new RegExp(rules.prefixes, 'i'),
    /** Names recur across a batch; their keys are kept, up to a bound (MAX_CACHED_KEYS). */
    keys: new Map<string, string>(),
  };
});

/** Whether a word is a name particle ("le", "bin", "van"), part of neither given name nor surname. */
export function isParticle(word: string): boolean {
  return transliteration().particles.has(word.toLowerCase());
}

/**
 * The parts of a name that identify a person: hyphenated parts split, particles dropped,
 * joined particles taken off ("al-Sharaa" → "Sharaa", "Jong-un" → "Jong", "un").
 */
export function nameParts(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => token.replace(transliteration().prefix, '').split(/[-‐]/u)).filter((part) => part !== '' && !isParticle(part));
}

/** Lower case, no diacritics, letters and digits only. */
export function foldName(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const MAX_CACHED_KEYS = 100_000;

/** The key of one name token: folded, rewritten by the transliteration rules, doubled letters single. */
export function nameKey(token: string): string {
  const { keys, rewrite } = transliteration();
  let key = keys.get(token);
  if (key !== undefined) return key;
  key = foldName(token);
  for (const [pattern, replacement] of rewrite) key = key.replace(pattern, replacement);
  key = key.replace(/(\p{L})\1+/gu, '$1');
  if (keys.size >= MAX_CACHED_KEYS) keys.clear();
  keys.set(token, key);
  return key;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether two surname keys are spellings of one name: equal, or (for names long enough that a
 * coincidence is unlikely) one edit apart with the same first letter or a k/g/q start
 * ("kadafi" / "gadafi").
 */
export function sameNameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6) return false;
  const sameStart = a[0] === b[0] || (/^[kgq]/.test(a) && /^[kgq]/.test(b));
  return sameStart && editDistance(a.slice(1), b.slice(1), 1) <= 1;
}
