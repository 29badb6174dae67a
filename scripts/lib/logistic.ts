/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): for a few features and a few hundred examples it converges in a handful of steps and,
 * having no learning rate or seed, gives the same weights on every run. The bias is not penalised.
 */
export interface LogisticFit {
  readonly bias: number;
  readonly weights: number[];
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** `sampleWeights` (default 1 each) count an example as that many copies of itself. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], sampleWeights: readonly number[] = rows.map(() => 1), l2 = 1, steps = 50): LogisticFit {
  if (rows.length === 0 || rows.length !== labels.length || rows.length !== sampleWeights.length) throw new Error('fitLogistic needs as many labels and weights as rows, and at least one row');
  const size = rows[0]!.length + 1;
  const withBias = rows.map((row) => [1, ...row]);
  let beta = new Array<number>(size).fill(0);
  for (let step = 0; step < steps; step++) {
    const gradient = beta.map((value, j) => (j === 0 ? 0 : l2 * value));
    const hessian = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    withBias.forEach((x, n) => {
      const p = sigmoid(x.reduce((sum, value, j) => sum + value * beta[j]!, 0));
      const weight = sampleWeights[n]!;
      const w = weight * p * (1 - p);
      for (let i = 0; i < size; i++) {
        gradient[i]! += weight * (p - labels[n]!) * x[i]!;
        for (let j = 0; j < size; j++) hessian[i]![j]! += w * x[i]! * x[j]!;
      }
    });
    const delta = solve(hessian, gradient);
    beta = beta.map((value, j) => value - delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and, with the L2 term, positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k <= n; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}
