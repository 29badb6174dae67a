/**
 * Two-fold cross-validation of the extraction rules of data/: on one half of the pages decide
 * which rules to keep and which value each tunable takes, measure on the other half, swap.
 * Nothing about the measuring half is looked at while deciding.
 */
import type { ExtractionPage } from './extraction-set.js';
import { extractWith, foldOf, listRules, mayFire, siteOf, TUNABLES, tunableValue, variant, type Rule, type RuleData, type Tunable } from './extraction-rules.js';
import { scoreSet, type SetScore } from './shingles.js';

/**
 * When a rule counts as supported by the tuning half: `fires`, it changes the text of at least
 * one page there; `helps`, leaving it out lowers the half's F1.
 */
export type Support = 'fires' | 'helps';

/** What leaving out one rule (all others kept) does: the pages whose text changes, and to what. */
export interface Ablation {
  readonly rule: Rule;
  readonly changed: ReadonlyMap<number, string>;
}

export interface FoldResult {
  readonly fold: 0 | 1;
  readonly tuning: number[];
  readonly testing: number[];
  readonly dropped: Rule[];
  readonly settings: Map<Tunable, number>;
  readonly tuningScore: SetScore;
  /** The testing half's score with the rules and settings chosen on the tuning half. */
  readonly testScore: SetScore;
  /** The testing half's score with the shipped rules, for comparison. */
  readonly shippedTestScore: SetScore;
  readonly predictions: Map<number, string>;
}

export class RuleStudy {
  readonly rules: Rule[];
  readonly base: string[];
  private ablations: Ablation[] | undefined;

  constructor(
    readonly pages: readonly ExtractionPage[],
    readonly data: RuleData,
  ) {
    this.rules = listRules(data);
    this.base = extractWith(data, pages);
  }

  score(indices: readonly number[], texts: (index: number) => string): SetScore {
    return scoreSet(indices.map((index) => ({ predicted: texts(index), gold: this.pages[index]!.gold })));
  }

  /** Each rule left out alone, on every page it may fire on. */
  ablate(): Ablation[] {
    this.ablations ??= this.rules.map((rule) => ({
      rule,
      changed: this.changes(variant(this.data, [rule]), this.base, this.candidates(rule, this.pages.map((_, i) => i), this.data)),
    }));
    return this.ablations;
  }

  /** The pages among `indices` whose text under `data` differs from `reference`. */
  private changes(data: RuleData, reference: readonly string[], indices: number[]): Map<number, string> {
    const texts = extractWith(data, indices.map((index) => this.pages[index]!));
    const changed = new Map<number, string>();
    indices.forEach((index, k) => {
      if (texts[k] !== reference[index]) changed.set(index, texts[k]!);
    });
    return changed;
  }

  /** The pages among `indices` where leaving `rule` out of `data` may change the text. */
  private candidates(rule: Rule, indices: readonly number[], data: RuleData): number[] {
    return indices.filter((index) => mayFire(rule, this.pages[index]!, data));
  }

  /** Whether the change from `reference` to `changed` on the tuning half supports the rule. */
  private supports(support: Support, tuning: number[], reference: readonly string[], changed: ReadonlyMap<number, string>): boolean {
    const fired = tuning.some((index) => changed.has(index));
    if (support === 'fires' || !fired) return fired;
    const before = this.score(tuning, (index) => reference[index]!).f1;
    const after = this.score(tuning, (index) => changed.get(index) ?? reference[index]!).f1;
    return after < before;
  }

  /**
   * The rules the tuning half does not support. Rules unsupported alone are then left out one at a
   * time, in file order, each checked again against the rules still kept: of two rules that match
   * the same line, neither fires alone, but leaving out both would.
   */
  private unsupported(support: Support, tuning: number[]): Rule[] {
    const alone = this.ablate().filter((ablation) => !this.supports(support, tuning, this.base, ablation.changed));
    const dropped: Rule[] = [];
    let reference = this.base;
    for (const { rule } of alone) {
      const current = variant(this.data, dropped);
      const changed = this.changes(variant(this.data, [...dropped, rule]), reference, this.candidates(rule, tuning, current));
      if (this.supports(support, tuning, reference, changed)) continue;
      dropped.push(rule);
      if (changed.size > 0) reference = this.withChanges(reference, changed);
    }
    return dropped;
  }

  private withChanges(reference: readonly string[], changed: ReadonlyMap<number, string>): string[] {
    return reference.map((text, index) => changed.get(index) ?? text);
  }

  /** Each tunable in turn, in TUNABLES order, set to its best value on the tuning half. */
  private tune(dropped: Rule[], tuning: number[]): Map<Tunable, number> {
    const settings = new Map<Tunable, number>();
    for (const tunable of TUNABLES) settings.set(tunable, this.bestValue(tunable, dropped, settings, tuning));
    return settings;
  }

  /** The candidate with the best tuning F1, other settings fixed; the shipped value wins ties. */
  private bestValue(tunable: Tunable, dropped: Rule[], settings: Map<Tunable, number>, tuning: number[]): number {
    const pages = tuning.map((index) => this.pages[index]!);
    const shipped = tunableValue(this.data, tunable);
    const scoreOf = (value: number) => {
      const texts = extractWith(variant(this.data, dropped, new Map(settings).set(tunable, value)), pages);
      return this.score(tuning, (index) => texts[tuning.indexOf(index)]!).f1;
    };
    let best = shipped;
    let bestScore = scoreOf(shipped);
    for (const candidate of tunable.candidates) {
      if (candidate === shipped) continue;
      const score = scoreOf(candidate);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    return best;
  }

  fold(fold: 0 | 1, support: Support): FoldResult {
    const tuning = this.pages.flatMap((page, index) => (foldOf(page) === fold ? [index] : []));
    const testing = this.pages.flatMap((page, index) => (foldOf(page) === fold ? [] : [index]));
    const dropped = this.unsupported(support, tuning);
    const settings = this.tune(dropped, tuning);
    const chosen = variant(this.data, dropped, settings);
    const tuned = extractWith(chosen, tuning.map((index) => this.pages[index]!));
    const tested = extractWith(chosen, testing.map((index) => this.pages[index]!));
    const predictions = new Map(testing.map((index, k) => [index, tested[k]!]));
    return {
      fold,
      tuning,
      testing,
      dropped,
      settings,
      tuningScore: this.score(tuning, (index) => tuned[tuning.indexOf(index)]!),
      testScore: this.score(testing, (index) => predictions.get(index)!),
      shippedTestScore: this.score(testing, (index) => this.base[index]!),
      predictions,
    };
  }

  /** Both folds; each page scored by the rules chosen on the half it is not in. */
  crossValidate(support: Support): { folds: FoldResult[]; score: SetScore } {
    const folds = [this.fold(0, support), this.fold(1, support)];
    const predictions = new Map(folds.flatMap((fold) => [...fold.predictions]));
    return { folds, score: this.score(this.pages.map((_, index) => index), (index) => predictions.get(index)!) };
  }

  /** The sites whose pages a rule changes when left out alone. */
  sitesOf(ablation: Ablation): string[] {
    return [...new Set([...ablation.changed.keys()].map((index) => siteOf(this.pages[index]!)))].sort();
  }

  /** The F1 over all pages without the rule, minus the plain F1. */
  deltaWithout(ablation: Ablation): number {
    const all = this.pages.map((_, index) => index);
    return this.score(all, (index) => ablation.changed.get(index) ?? this.base[index]!).f1 - this.score(all, (index) => this.base[index]!).f1;
  }
}
