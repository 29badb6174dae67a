/**
 * Reading the parse layer: a word's head, its dependents by relation, and the words its subtree
 * covers. The fact stages ask the tree for a trigger's subject, object or reported clause
 * rather than scanning the words around it.
 */
import type { ParseLayer } from '../document/doc.js';
import { cachedForLast } from './words.js';

export class DependencyTree {
  /** Dependents of each word, in text order: `dependents[firstDependent[i] .. firstDependent[i + 1])`. */
  private readonly dependents: Int32Array;
  private readonly firstDependent: Int32Array;
  private readonly subtreeFirst: Int32Array;
  private readonly subtreeLast: Int32Array;

  constructor(private readonly parse: ParseLayer) {
    const n = parse.heads.length;
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) if (parse.heads[i]! >= 0) counts[parse.heads[i]! + 1]!++;
    this.firstDependent = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.firstDependent[i + 1] = this.firstDependent[i]! + counts[i + 1]!;
    this.dependents = new Int32Array(this.firstDependent[n]!);
    const filled = this.firstDependent.slice(0, n);
    for (let i = 0; i < n; i++) {
      const head = parse.heads[i]!;
      if (head >= 0) this.dependents[filled[head]!++] = i;
    }
    // A subtree's extent: each word widens every ancestor's. Trees of the parser are projective,
    // so the extent is the subtree's words.
    this.subtreeFirst = new Int32Array(n);
    this.subtreeLast = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.subtreeFirst[i] = i;
      this.subtreeLast[i] = i;
    }
    for (let i = 0; i < n; i++) {
      for (let head = parse.heads[i]!, steps = 0; head >= 0 && steps < n; head = parse.heads[head]!, steps++) {
        if (i < this.subtreeFirst[head]!) this.subtreeFirst[head] = i;
        if (i > this.subtreeLast[head]!) this.subtreeLast[head] = i;
      }
    }
  }

  /** The word `word` depends on, or -1 at a sentence's root. */
  head(word: number): number {
    return this.parse.heads[word] ?? -1;
  }

  /** The full relation to the head (`nsubj:pass`). */
  relation(word: number): string {
    return this.parse.relations[word] ?? '';
  }

  /** The universal part of the relation (`nsubj` for `nsubj:pass`). */
  baseRelation(word: number): string {
    const relation = this.relation(word);
    const colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.slice(0, colon);
  }

  /** The parser's part-of-speech tag (UPOS). */
  tag(word: number): string {
    return this.parse.upos[word] ?? 'X';
  }

  /** The parser's Penn Treebank tag (`VBD`, `VBN`, `MD`). */
  pennTag(word: number): string {
    return this.parse.xpos[word] ?? '';
  }

  /** The dependents of `word`, in text order. */
  dependentsOf(word: number): Int32Array {
    return this.dependents.subarray(this.firstDependent[word]!, this.firstDependent[word + 1]!);
  }

  /** The first dependent of `word` whose full relation is one of `relations`, or -1. */
  dependent(word: number, ...relations: string[]): number {
    for (const dependent of this.dependentsOf(word)) if (relations.includes(this.relation(dependent))) return dependent;
    return -1;
  }

  /**
   * The dependent of `word` with relation `relation` nearest before it, else the first after it.
   * The parser sometimes gives a title and the name after it a subject each ("Campaign
   * spokeswoman Hope Hicks confirmed"): the one next to the verb is its subject.
   */
  nearestDependent(word: number, relation: string): number {
    let found = -1;
    for (const dependent of this.dependentsOf(word)) {
      if (this.relation(dependent) !== relation) continue;
      if (dependent > word) return found >= 0 ? found : dependent;
      found = dependent;
    }
    return found;
  }

  /** The first and last word of the subtree `word` heads. */
  extent(word: number): [number, number] {
    return [this.subtreeFirst[word]!, this.subtreeLast[word]!];
  }

  /** Whether `ancestor` heads `word`, directly or through others. */
  dominates(ancestor: number, word: number): boolean {
    return this.subtreeFirst[ancestor]! <= word && word <= this.subtreeLast[ancestor]! && ancestor !== word;
  }
}

/** The parse layer's tree, built once per article for the stages that each read it. */
export const treeOf = cachedForLast((parse: ParseLayer) => new DependencyTree(parse));
