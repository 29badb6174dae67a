/**
 * Reading the parse layer: a word's head, its dependents by relation, and the words its subtree
 * covers. The fact stages ask the tree for a trigger's subject, object or reported clause
 * rather than scanning the words around it. Each question about a word first has its sentence
 * parsed (ParseLayer.parseAround) and that sentence's dependents indexed, once.
 */
import type { ParseLayer } from '../document/doc.js';
import { cachedForLast } from './words.js';

export class DependencyTree {
  /** The dependents of each word, in text order: `dependents[dependentStart[i] .. dependentEnd[i])`. */
  private readonly dependents: Int32Array;
  private readonly dependentStart: Int32Array;
  private readonly dependentEnd: Int32Array;
  private readonly subtreeFirst: Int32Array;
  private readonly subtreeLast: Int32Array;
  /** Per word: whether its sentence is parsed and indexed here. */
  private readonly indexed: Uint8Array;

  constructor(private readonly parse: ParseLayer) {
    const n = parse.heads.length;
    this.dependents = new Int32Array(n);
    this.dependentStart = new Int32Array(n);
    this.dependentEnd = new Int32Array(n);
    this.subtreeFirst = new Int32Array(n);
    this.subtreeLast = new Int32Array(n);
    this.indexed = new Uint8Array(n);
  }

  /** Parses word `word`'s sentence and indexes its dependents and subtrees, the first time any of its words is asked about. */
  private ready(word: number): void {
    if (this.indexed[word] === 1 || word < 0 || word >= this.indexed.length) return;
    const [first, last] = this.parse.parseAround(word);
    const heads = this.parse.heads;
    // Every word but a root is one dependent of a word in its own sentence: the sentence's
    // stretch of `dependents` holds them all, grouped by head in text order.
    const counts = new Int32Array(last - first + 1);
    for (let i = first; i <= last; i++) if (heads[i]! >= 0) counts[heads[i]! - first]!++;
    let next = first;
    for (let i = first; i <= last; i++) {
      this.dependentStart[i] = next;
      this.dependentEnd[i] = next;
      next += counts[i - first]!;
    }
    for (let i = first; i <= last; i++) {
      const head = heads[i]!;
      if (head >= 0) this.dependents[this.dependentEnd[head]!++] = i;
    }
    // A subtree's extent: each word widens every ancestor's. Trees of the parser are projective,
    // so the extent is the subtree's words.
    for (let i = first; i <= last; i++) {
      this.subtreeFirst[i] = i;
      this.subtreeLast[i] = i;
    }
    for (let i = first; i <= last; i++) {
      for (let head = heads[i]!, steps = 0; head >= 0 && steps <= last - first; head = heads[head]!, steps++) {
        if (i < this.subtreeFirst[head]!) this.subtreeFirst[head] = i;
        if (i > this.subtreeLast[head]!) this.subtreeLast[head] = i;
      }
    }
    this.indexed.fill(1, first, last + 1);
  }

  /** The word `word` depends on, or -1 at a sentence's root. */
  head(word: number): number {
    this.ready(word);
    return this.parse.heads[word] ?? -1;
  }

  /** The full relation to the head (`nsubj:pass`). */
  relation(word: number): string {
    this.ready(word);
    return this.parse.relations[word] ?? '';
  }

  /** The universal part of the relation (`nsubj` for `nsubj:pass`). */
  baseRelation(word: number): string {
    const relation = this.relation(word);
    const colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.slice(0, colon);
  }

  /** The dependents of `word`, in text order. */
  dependentsOf(word: number): Int32Array {
    this.ready(word);
    return this.dependents.subarray(this.dependentStart[word] ?? 0, this.dependentEnd[word] ?? 0);
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
    this.ready(word);
    return [this.subtreeFirst[word]!, this.subtreeLast[word]!];
  }
}

/** The parse layer's tree, built once per article for the stages that each read it. */
export const treeOf = cachedForLast((parse: ParseLayer) => new DependencyTree(parse));
