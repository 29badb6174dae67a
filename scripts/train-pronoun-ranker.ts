/**
 * Cross-validates a learned pronoun antecedent ranker (src/facts/actors/pronoun-ranker.ts)
 * against the rules of src/facts/actors/pronouns.ts on GUM's coreference chains, dev-split
 * documents only (scripts/lib/gum-coref.ts `gumSplit`). The ranker was not adopted
 * (docs/measurements.md); this is how it was measured.
 *
 *   npm run train:pronouns -- [GUM_DIR] --cv
 *
 * Each dev document goes through `analyze` with the rules choosing; every pronoun with two or
 * more candidates is recorded with its candidates' features. A candidate is right when one of
 * its mentions before the pronoun lies in a mention of the pronoun's gold chain (the shortest
 * gold mention holding its first word). An averaged perceptron ranks the candidates: on each
 * pronoun with a right candidate it picks wrongly, it moves the weights from its pick to the
 * best-scored right one. Documents and choices are read in a fixed order: the result is deterministic.
 *
 * Two folds of the dev documents (within each genre, in file-name order, alternately fold 1 and
 * 2): for each setting (epochs; with or without the features conjoined with the pronoun's kind),
 * weights trained on one fold are scored on the other as `npm run eval:actors -- --gum` scores,
 * beside the rules on the same documents.
 */
import { parseArgs } from 'node:util';
import { withRanker, score, type PronounChoice } from '../src/facts/actors/pronoun-ranker.js';
import { bcubedScore } from './lib/bcubed.js';
import { addScores, emptyScores, scoreDocument, type GumScores } from './lib/gum-actors.js';
import { DEFAULT_GUM_DIR, gumSplit, readGum, type GumDocument } from './lib/gum-coref.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cv: { type: 'boolean', default: false },
  },
});

/** One recorded pronoun: its candidates' features and which candidates are right. */
interface Instance {
  readonly features: readonly (readonly string[])[];
  readonly right: readonly boolean[];
}

interface Setting {
  readonly epochs: number;
  /** Whether the features conjoined with the pronoun's kind are kept. */
  readonly conjoined: boolean;
}

/** The chain of the pronoun and whether each candidate belongs to it, or null when the pronoun is in no gold mention. */
function labelled(document: GumDocument, choice: PronounChoice, map: (offset: number, isEnd: boolean) => number | null): Instance | null {
  const start = map(choice.start, false);
  const end = map(choice.end, true);
  const pronoun = document.mentions.find((m) => (m.start === start && m.end === end) || (m.head[0] === start && m.head[1] === end));
  if (pronoun === undefined) return null;
  const chainAt = (offset: number | null): string | undefined => {
    if (offset === null) return undefined;
    let best: (typeof document.mentions)[number] | undefined;
    for (const m of document.mentions) if (m.start <= offset && offset < m.end && (best === undefined || m.end - m.start < best.end - best.start)) best = m;
    return best?.chain;
  };
  const right = choice.candidates.map((candidate) => candidate.mentionStarts.some((offset) => chainAt(map(offset, false)) === pronoun.chain));
  return { features: choice.candidates.map((candidate) => candidate.features), right };
}

/** Analyzes `documents` under `weights` (null: the rules), recording each choice when `record` is given; returns the scores. */
function run(documents: readonly GumDocument[], weights: ReadonlyMap<string, number> | null, record?: Instance[]): GumScores {
  const total = emptyScores();
  for (const document of documents) {
    const choices: PronounChoice[] = [];
    const result = withRanker({ weights, observe: record === undefined ? undefined : (choice) => choices.push(choice) }, () => scoreDocument(document));
    addScores(total, result.scores);
    if (record === undefined || result.toDocument === null) continue;
    for (const choice of choices) {
      const instance = labelled(document, choice, result.toDocument);
      if (instance !== null && instance.right.some(Boolean)) record.push(instance);
    }
  }
  return total;
}

/** An averaged perceptron over the instances, in order, `setting.epochs` times. */
function train(instances: readonly Instance[], setting: Setting): Map<string, number> {
  const kept = (features: readonly string[]) => (setting.conjoined ? features : features.filter((feature) => !feature.includes('|')));
  const weights = new Map<string, number>();
  // Sum over steps of each weight, kept lazily: `totals` as of step `stamps`.
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  let step = 0;
  const bump = (feature: string, by: number) => {
    const value = weights.get(feature) ?? 0;
    totals.set(feature, (totals.get(feature) ?? 0) + value * (step - (stamps.get(feature) ?? 0)));
    stamps.set(feature, step);
    weights.set(feature, value + by);
  };
  for (let epoch = 0; epoch < setting.epochs; epoch++) {
    for (const instance of instances) {
      step++;
      const scores = instance.features.map((features) => score(weights, kept(features)));
      const best = (among: (i: number) => boolean) => scores.reduce((top, value, i) => (among(i) && (top < 0 || value > scores[top]!) ? i : top), -1);
      const picked = best(() => true);
      if (instance.right[picked]) continue;
      const right = best((i) => instance.right[i]!);
      for (const feature of kept(instance.features[right]!)) bump(feature, 1);
      for (const feature of kept(instance.features[picked]!)) bump(feature, -1);
    }
  }
  const averaged = new Map<string, number>();
  for (const [feature, value] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sum = (totals.get(feature) ?? 0) + value * (step - (stamps.get(feature) ?? 0));
    const mean = Math.round((sum / step) * 1e4) / 1e4;
    if (mean !== 0) averaged.set(feature, mean);
  }
  return averaged;
}

const pct = (correct: number, total: number) => `${(total > 0 ? correct / total : 0).toFixed(3)} (${correct}/${total})`;
const line = (name: string, s: GumScores) => `| ${name} | ${pct(s.pronouns.correct, s.pronouns.total)} | ${bcubedScore(s.counts).f1.toFixed(3)} |`;

const documents = readGum(positionals[0] ?? DEFAULT_GUM_DIR);
const split = gumSplit(documents);
const dev = documents.filter((document) => split.get(document.id) === 'dev');

if (values.cv) {
  const seen = new Map<string, number>();
  const folds: GumDocument[][] = [[], []];
  for (const document of dev) {
    const n = seen.get(document.genre) ?? 0;
    folds[n % 2]!.push(document);
    seen.set(document.genre, n + 1);
  }
  const instances = folds.map(() => [] as Instance[]);
  const rules = emptyScores();
  folds.forEach((fold, k) => addScores(rules, run(fold, null, instances[k])));
  console.log(`GUM dev, two folds of ${folds[0]!.length} and ${folds[1]!.length} documents; ${instances[0]!.length} + ${instances[1]!.length} pronouns with 2+ candidates and a right one\n`);
  console.log('| setting (each fold scored by weights trained on the other) | pronouns placed right | B³ F1 |\n|---|---|---|');
  console.log(line('rules', rules));
  for (const conjoined of [true, false]) {
    for (const epochs of [1, 5, 15, 40]) {
      const setting = { epochs, conjoined };
      const ranked = emptyScores();
      folds.forEach((fold, k) => addScores(ranked, run(fold, train(instances[1 - k]!, setting))));
      console.log(line(`ranker, ${epochs} epoch${epochs > 1 ? 's' : ''}, ${conjoined ? 'with' : 'without'} kind-conjoined features`, ranked));
    }
  }
} else {
  console.error('The ranker ships no weights (docs/measurements.md): run it with --cv.');
  process.exitCode = 2;
}
