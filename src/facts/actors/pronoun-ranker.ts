/**
 * A learned ranker for a pronoun's antecedent among the candidates the rules of pronouns.ts
 * gather (those the hard constraints leave: gender, binding, quotation): a linear score over a
 * few named features of each candidate, the rules' own pick among them. Tried against the rules
 * on GUM and PolNeAR and not adopted (docs/measurements.md): `analyze` keeps the rules' pick; a
 * training run (`npm run train:pronouns -- --cv`) sets a session around it that records each
 * choice and may rank the candidates with its own weights.
 */

/** One candidate as the ranker sees it: its features, and the character offsets of its mentions before the pronoun. */
export interface RankedCandidate {
  readonly features: readonly string[];
  readonly mentionStarts: readonly number[];
}

/** One choice: the pronoun's span and its candidates, in the order scored. */
export interface PronounChoice {
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly RankedCandidate[];
}

/** What a training run sets around `analyze`: weights (none: the rules' pick), and a callback that sees each choice. */
export interface RankerSession {
  readonly weights: ReadonlyMap<string, number> | null;
  readonly observe?: (choice: PronounChoice) => void;
}

let session: RankerSession | undefined;

/** Runs `run` with `ranker` as the session (analysis is synchronous). */
export function withRanker<T>(ranker: RankerSession, run: () => T): T {
  const before = session;
  session = ranker;
  try {
    return run();
  } finally {
    session = before;
  }
}

/** The session of the training run in progress, if any. */
export function rankerSession(): RankerSession | undefined {
  return session;
}

/** A candidate's score under `weights`. */
export function score(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const feature of features) total += weights.get(feature) ?? 0;
  return total;
}

/** The index of the candidate `ranker` picks (the first of the best scores), or `rulesPick` when it has no weights. */
export function rankCandidates(ranker: RankerSession, choice: PronounChoice, rulesPick: number): number {
  ranker.observe?.(choice);
  if (ranker.weights === null) return rulesPick;
  let best = 0;
  let bestScore = -Infinity;
  choice.candidates.forEach(({ features }, i) => {
    const value = score(ranker.weights!, features);
    if (value > bestScore) {
      best = i;
      bestScore = value;
    }
  });
  return best;
}
