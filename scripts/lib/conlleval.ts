/**
 * Entity-level exact-match scoring as conlleval computes it: an entity counts as found only
 * when its first token, last token and type all match; precision, recall and F1 are
 * micro-averaged over all entities, with a row per type.
 */
import type { TagSpan } from '../../src/nlp/ner/tags.js';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function score({ gold, predicted, correct }: Counts): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Accumulates counts sentence by sentence, overall and per entity type. */
export class EntityScorer {
  private readonly counts = new Map<string, Counts>();
  private readonly all: Counts = { gold: 0, predicted: 0, correct: 0 };

  private countsFor(type: string): Counts {
    let counts = this.counts.get(type);
    if (counts === undefined) {
      counts = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, counts);
    }
    return counts;
  }

  add(gold: readonly TagSpan[], predicted: readonly TagSpan[]): void {
    const key = (span: TagSpan) => `${span.start}:${span.end}:${span.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const span of gold) {
      this.countsFor(span.type).gold++;
      this.all.gold++;
    }
    for (const span of predicted) {
      const counts = this.countsFor(span.type);
      counts.predicted++;
      this.all.predicted++;
      if (goldKeys.has(key(span))) {
        counts.correct++;
        this.all.correct++;
      }
    }
  }

  overall(): Score {
    return score(this.all);
  }

  byType(): [string, Score][] {
    return [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, counts]) => [type, score(counts)]);
  }
}

const percent = (value: number) => (100 * value).toFixed(2);

/** A Markdown table of the overall and per-type scores. */
export function scoreTable(rows: { name: string; scorer: EntityScorer }[], types: readonly string[]): string {
  const lines = [`| system | P | R | F1 | ${types.map((type) => `${type} F1`).join(' | ')} |`, `|---|---|---|---|${types.map(() => '---|').join('')}`];
  for (const { name, scorer } of rows) {
    const overall = scorer.overall();
    const perType = new Map(scorer.byType());
    const typeCells = types.map((type) => percent(perType.get(type)?.f1 ?? 0));
    lines.push(`| ${name} | ${percent(overall.precision)} | ${percent(overall.recall)} | ${percent(overall.f1)} | ${typeCells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** A Markdown table of one system's precision, recall and F1 per type, with gold counts. */
export function perTypeTable(scorer: EntityScorer): string {
  const lines = ['| type | gold | P | R | F1 |', '|---|---|---|---|---|'];
  for (const [type, typeScore] of scorer.byType()) {
    lines.push(`| ${type} | ${typeScore.gold} | ${percent(typeScore.precision)} | ${percent(typeScore.recall)} | ${percent(typeScore.f1)} |`);
  }
  const overall = scorer.overall();
  lines.push(`| all | ${overall.gold} | ${percent(overall.precision)} | ${percent(overall.recall)} | ${percent(overall.f1)} |`);
  return lines.join('\n');
}
