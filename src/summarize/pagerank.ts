// Weighted PageRank by power iteration, as LexRank and TextRank use it.
const PAGERANK = {
  /** Iterations stop when no score moves more than this (sumy's epsilon is of this order). */
  epsilon: 1e-6,
  /** Upper bound on iterations, in case of slow convergence. */
  maxIterations: 200,
} as const;

/**
 * Scores of the nodes of a graph with symmetric or directed weights `w[i][j]` (edge i -> j), damping `d`:
 * p = (1 - d) / n + d * sum_i p_i * w_ij / sum_k w_ik. A node without out-edges spreads its mass evenly.
 */
export function pagerank(w: number[][], d: number): number[] {
  const n = w.length;
  if (n === 0) return [];
  const out = w.map((row) => row.reduce((s, x) => s + x, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < PAGERANK.maxIterations; it++) {
    const next = new Array<number>(n).fill((1 - d) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) {
        dangling += p[i];
        continue;
      }
      const share = (d * p[i]) / out[i];
      const row = w[i];
      for (let j = 0; j < n; j++) if (row[j] !== 0) next[j] += share * row[j];
    }
    if (dangling) for (let j = 0; j < n; j++) next[j] += (d * dangling) / n;
    let delta = 0;
    for (let j = 0; j < n; j++) delta = Math.max(delta, Math.abs(next[j] - p[j]));
    p = next;
    if (delta < PAGERANK.epsilon) break;
  }
  return p;
}
