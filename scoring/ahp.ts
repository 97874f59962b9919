// Analytic Hierarchy Process (INDICATOR-MODEL.md §2.6, §5): weights are the normalised principal
// eigenvector of a positive reciprocal pairwise matrix; consistency by Saaty's CI and CR.
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/**
 * Saaty's random consistency indices RI(n) — Saaty, T. L. (1980) The Analytic Hierarchy Process,
 * McGraw-Hill; the values INDICATOR-MODEL.md §2.6 lists (n = 1, 2 are 0 by definition).
 */
export const SAATY_RANDOM_INDEX: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

/** CR below this is accepted (INDICATOR-MODEL.md §1.2 rule 2). */
export const MAX_CONSISTENCY_RATIO = 0.1;

/** |a_ij · a_ji − 1| above this is "not reciprocal" (write reciprocals as "1/3" in the model JSON). */
const RECIPROCAL_TOLERANCE = 1e-3;

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  consistencyIndex: number;
  randomIndex: number;
  consistencyRatio: number;
}

/** Describes why a matrix is not a positive reciprocal matrix, or null when it is one. */
export function pairwiseMatrixProblem(pairwise: readonly (readonly number[])[]): string | null {
  const n = pairwise.length;
  if (n === 0) return 'the matrix is empty';
  if (SAATY_RANDOM_INDEX[n] === undefined) return `no random index for n = ${n} (the table covers 1–10)`;
  for (let i = 0; i < n; i++) {
    const row = pairwise[i];
    if (!Array.isArray(row) || row.length !== n) return `row ${i} does not have ${n} entries`;
    for (let j = 0; j < n; j++) {
      const a = row[j];
      if (typeof a !== 'number' || !Number.isFinite(a) || a <= 0) return `entry [${i}][${j}] is not a positive number`;
    }
  }
  for (let i = 0; i < n; i++) {
    if (Math.abs(pairwise[i][i] - 1) > RECIPROCAL_TOLERANCE) return `diagonal entry [${i}][${i}] is not 1`;
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(pairwise[i][j] * pairwise[j][i] - 1) > RECIPROCAL_TOLERANCE) {
        return `entries [${i}][${j}] = ${pairwise[i][j]} and [${j}][${i}] = ${pairwise[j][i]} are not reciprocal`;
      }
    }
  }
  return null;
}

/** Dimension weights from a pairwise-comparison matrix, with λmax, CI and CR. Throws RangeError on a
 *  matrix that is not positive and reciprocal. */
export function ahpWeights(pairwise: readonly (readonly number[])[]): AhpResult {
  const problem = pairwiseMatrixProblem(pairwise);
  if (problem !== null) throw new RangeError(`ahpWeights: ${problem}`);
  const n = pairwise.length;
  const decomposition = new EigenvalueDecomposition(new Matrix(pairwise.map((row) => [...row])));
  const real = decomposition.realEigenvalues;
  // Perron–Frobenius: a positive matrix has a real, simple eigenvalue of largest real part whose
  // eigenvector can be chosen positive; dividing by the sum also fixes the sign.
  let principal = 0;
  for (let i = 1; i < n; i++) if (real[i] > real[principal]) principal = i;
  const vector = decomposition.eigenvectorMatrix.getColumn(principal);
  const sum = vector.reduce((acc, x) => acc + x, 0);
  const weights = vector.map((x) => x / sum);
  const lambdaMax = real[principal];
  // A consistent matrix has λmax = n; rounding can put it a hair below, which is not "more than consistent".
  const consistencyIndex = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const randomIndex = SAATY_RANDOM_INDEX[n];
  const consistencyRatio = randomIndex > 0 ? consistencyIndex / randomIndex : 0;
  return { weights, lambdaMax, consistencyIndex, randomIndex, consistencyRatio };
}
