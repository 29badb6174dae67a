/** Timing systems against each other in one process: rounds taking turns, medians. */

/** The median of a list of times. */
export function median(times: readonly number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * Runs each system once untimed (the JIT compiles everything first), then `rounds` rounds in
 * which every system runs once in turn; each system's times, in milliseconds.
 */
export function timeInTurns(systems: Record<string, () => void>, rounds: number): Map<string, number[]> {
  const elapsed = new Map(Object.keys(systems).map((name): [string, number[]] => [name, []]));
  Object.values(systems).forEach((run) => run());
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(systems)) {
      const start = performance.now();
      run();
      elapsed.get(name)!.push(performance.now() - start);
    }
  }
  return elapsed;
}
