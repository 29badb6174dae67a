/**
 * Attachment scores as the CoNLL 2018 shared task computes them over gold tokens: every
 * syntactic word counts, punctuation included; LAS compares only the universal part of the
 * relation (acl:relcl counts as acl). Also the full-label LAS, UPOS accuracy and LAS per gold relation.
 */
import type { ParseResult } from '../../src/nlp/parser/parser.js';
import type { TreebankSentence } from '../../src/nlp/parser/treebank.js';

const universal = (relation: string) => relation.split(':')[0]!;

export class AttachmentScorer {
  words = 0;
  private heads = 0;
  private labelled = 0;
  private labelledFull = 0;
  private tags = 0;
  private readonly byRelation = new Map<string, { gold: number; right: number }>();

  add(gold: TreebankSentence, predicted: ParseResult): void {
    gold.words.forEach((_, i) => {
      this.words++;
      const headRight = gold.heads[i] === predicted.heads[i];
      const labelRight = headRight && universal(gold.deprels[i]!) === universal(predicted.deprels[i]!);
      if (headRight) this.heads++;
      if (labelRight) this.labelled++;
      if (headRight && gold.deprels[i] === predicted.deprels[i]) this.labelledFull++;
      if (gold.upos[i] === predicted.upos[i]) this.tags++;
      const relation = universal(gold.deprels[i]!);
      const entry = this.byRelation.get(relation) ?? { gold: 0, right: 0 };
      entry.gold++;
      if (labelRight) entry.right++;
      this.byRelation.set(relation, entry);
    });
  }

  get uas(): number {
    return this.heads / this.words;
  }

  get las(): number {
    return this.labelled / this.words;
  }

  /** LAS with the relation's subtype compared too (nsubj:pass must be nsubj:pass). */
  get lasFullLabels(): number {
    return this.labelledFull / this.words;
  }

  get uposAccuracy(): number {
    return this.tags / this.words;
  }

  /** The `count` most frequent gold relations with their LAS (share attached to the right head with the right relation). */
  topRelations(count: number): { relation: string; gold: number; las: number }[] {
    return [...this.byRelation.entries()]
      .sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]))
      .slice(0, count)
      .map(([relation, { gold, right }]) => ({ relation, gold, las: right / gold }));
  }
}
