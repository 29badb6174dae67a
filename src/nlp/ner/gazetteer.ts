/**
 * Gazetteer matching: which token sequences of a sentence appear in which name list.
 * Lists come from data/ner/gazetteers.json (built by scripts/build-gazetteers.ts from the
 * CAMEO actor dictionaries and maintained packages). Matching ignores case so that
 * headlines in capitals match too, but a match must start with a capital or a digit: lists
 * hold names, and "turkey" or "china" in lowercase are seldom the country.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Lists in which the phrase ending here appears. */
  lists: number[];
}

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

function newNode(): TrieNode {
  return { children: new Map(), lists: [] };
}

function startsLikeName(token: string): boolean {
  const first = token.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
}

export class Gazetteer {
  readonly listNames: readonly string[];
  private readonly root = newNode();

  constructor(data: GazetteerData) {
    this.listNames = Object.keys(data.lists).sort();
    this.listNames.forEach((name, listIndex) => {
      for (const phrase of data.lists[name] ?? []) this.add(phrase, listIndex);
    });
  }

  private add(phrase: string, listIndex: number): void {
    const tokens = phrase.split(' ').filter((token) => token.length > 0);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    let node = this.root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      let child = node.children.get(key);
      if (child === undefined) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    if (!node.lists.includes(listIndex)) node.lists.push(listIndex);
  }

  /** For each list, the longest phrase starting at each token (overlapping matches kept). */
  match(tokens: readonly string[]): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    const lower = tokens.map((token) => token.toLowerCase());
    for (let start = 0; start < tokens.length; start++) {
      if (!startsLikeName(tokens[start]!)) continue;
      const longest = new Map<number, number>();
      let node: TrieNode | undefined = this.root;
      for (let end = start; end < tokens.length && end - start < MAX_PHRASE_TOKENS; end++) {
        node = node.children.get(lower[end]!);
        if (node === undefined) break;
        for (const list of node.lists) longest.set(list, end + 1);
      }
      for (const [list, end] of longest) matches.push({ list: this.listNames[list]!, start, end });
    }
    return matches;
  }
}
