/** How strongly the fit pulls weights towards 0 (L2, on standardised features): keeps rare one-hot features from running away. */
export const L2_PENALTY = 1;
/** Newton steps; the fit converges in far fewer on these few features. */
const MAX_STEPS = 50;

/**
 * Fits a logistic regression by Newton's method with an L2 penalty on standardised features
 * (the bias, a feature that is always 1, is not penalised), deterministic for the same data.
 * Returns weights on the raw features, so a model is just a dot product at run time.
 */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], names: readonly string[]): Record<string, number> {
  const dims = names.length;
  const mean = new Array<number>(dims).fill(0);
  const scale = new Array<number>(dims).fill(1);
  const bias = names.indexOf('bias');
  for (let j = 0; j < dims; j++) {
    if (j === bias) continue;
    const column = rows.map((row) => row[j]!);
    mean[j] = column.reduce((a, b) => a + b, 0) / Math.max(column.length, 1);
    const variance = column.reduce((a, b) => a + (b - mean[j]!) ** 2, 0) / Math.max(column.length, 1);
    scale[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  const x = rows.map((row) => row.map((value, j) => (j === bias ? 1 : (value - mean[j]!) / scale[j]!)));
  let w = new Array<number>(dims).fill(0);
  for (let step = 0; step < MAX_STEPS; step++) {
    const gradient = w.map((wj, j) => (j === bias ? 0 : L2_PENALTY * wj));
    const hessian = w.map((_, j) => w.map((__, k) => (j === k && j !== bias ? L2_PENALTY : 0)));
    x.forEach((row, i) => {
      const p = sigmoid(dot(w, row));
      const error = p - labels[i]!;
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < dims; j++) {
        gradient[j]! += error * row[j]!;
        for (let k = 0; k < dims; k++) hessian[j]![k]! += curvature * row[j]! * row[k]!;
      }
    });
    const delta = solve(hessian, gradient);
    w = w.map((wj, j) => wj - delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  // Back to raw features: w·(x - mean)/scale = (w/scale)·x - Σ w·mean/scale.
  const weights: Record<string, number> = {};
  let offset = 0;
  names.forEach((name, j) => {
    if (j === bias) return;
    weights[name] = w[j]! / scale[j]!;
    offset += (w[j]! * mean[j]!) / scale[j]!;
  });
  if (bias >= 0) weights[names[bias]!] = w[bias]! - offset;
  return weights;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is small and positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const lead = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / lead;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
