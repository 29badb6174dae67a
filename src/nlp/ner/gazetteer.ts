/**
 * Gazetteer matching: which token sequences of a sentence appear in which name list.
 * Lists come from data/ner/gazetteers.json (built by scripts/build-gazetteers.ts from the
 * CAMEO actor dictionaries and maintained packages). Matching ignores case so that
 * headlines in capitals match too, but a match must start with a capital or a digit: lists
 * hold names, and "turkey" or "china" in lowercase are seldom the country.
 *
 * Phrases are kept as one sorted array of `phrase\u0001list` keys (lower case) searched by
 * bisection: building it at load is several times faster than filling a Map or a trie.
 */
import { lowerBound } from './sorted-keys.js';

export interface GazetteerData {
  readonly lists: Record<string, readonly string[]>;
}

/** A phrase from list `list` found at tokens `[start, end)`. */
export interface GazetteerMatch {
  readonly list: string;
  readonly start: number;
  readonly end: number;
}

const MAX_PHRASE_TOKENS = 8;
/** Bound on the phrases whose lookup is kept, so that a long-running process does not grow without end. */
const MAX_CACHED_PHRASES = 100_000;

/** Lists holding exactly a phrase; whether a longer phrase starts with it. */
interface PhraseLookup {
  readonly lists: readonly number[];
  readonly extends: boolean;
}

function startsLikeName(token: string): boolean {
  const first = token.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
}

/** Separates a phrase from its list index in a key; sorts before every character of a phrase. */
const LIST_MARK = '\u0001';

export class Gazetteer {
  readonly listNames: readonly string[];
  /** `phrase\u0001listIndex` for every phrase of every list, lower-cased and sorted. */
  private readonly keys: string[] = [];
  /** Lookups already made: the same capitalised words recur in every article. */
  private readonly looked = new Map<string, PhraseLookup>();

  constructor(data: GazetteerData) {
    this.listNames = Object.keys(data.lists).sort();
    this.listNames.forEach((name, listIndex) => {
      for (const phrase of data.lists[name] ?? []) {
        if (phrase.length > 0) this.keys.push(`${phrase.toLowerCase()}${LIST_MARK}${listIndex}`);
      }
    });
    this.keys.sort();
  }

  private lookup(phrase: string): PhraseLookup {
    let found = this.looked.get(phrase);
    if (found === undefined) {
      if (this.looked.size >= MAX_CACHED_PHRASES) this.looked.clear();
      found = this.search(phrase);
      this.looked.set(phrase, found);
    }
    return found;
  }

  private search(phrase: string): PhraseLookup {
    const lists: number[] = [];
    let index = lowerBound(this.keys, `${phrase}${LIST_MARK}`);
    for (; index < this.keys.length && this.keys[index]!.startsWith(`${phrase}${LIST_MARK}`); index++) {
      lists.push(Number(this.keys[index]!.slice(phrase.length + 1)));
    }
    const next = this.keys[lowerBound(this.keys, `${phrase} `)];
    return { lists, extends: next !== undefined && next.startsWith(`${phrase} `) };
  }

  /**
   * For each list, the longest phrase starting at each token (overlapping matches kept).
   * `lower` is the tokens in lower case, when the caller has them already.
   */
  match(tokens: readonly string[], lower?: readonly string[]): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    /** The end of the longest phrase of each list starting at `start`. */
    const longest = new Map<number, number>();
    for (let start = 0; start < tokens.length; start++) {
      if (!startsLikeName(tokens[start]!)) continue;
      lower ??= tokens.map((token) => token.toLowerCase());
      longest.clear();
      let phrase = '';
      for (let end = start; end < tokens.length && end - start < MAX_PHRASE_TOKENS; end++) {
        phrase = end === start ? lower[end]! : `${phrase} ${lower[end]}`;
        const found = this.lookup(phrase);
        for (const list of found.lists) longest.set(list, end + 1);
        if (!found.extends) break;
      }
      for (const [list, end] of longest) matches.push({ list: this.listNames[list]!, start, end });
    }
    return matches;
  }
}
