/**
 * computeAverages of ROUGE-1.5.5: the printed average is the mean of the bootstrap means (not the
 * plain mean), the interval comes from the sorted bootstrap means; resample i is drawn after
 * srand(i) with Perl's drand48, over the test ids in Perl's string sort order.
 */
import { Drand48 } from './drand48.js';
import { round5 } from './perl.js';

export interface AverageOptions {
  resamples: number;
  confidence: number;
  alpha: number;
  /** undefined = per-evaluation average (-t 0), 1 = token level, 2 = raw counts. */
  countMode?: 1 | 2;
}

export interface Averages {
  avg: [number, number, number];
  ciLow: [number, number, number];
  ciHigh: [number, number, number];
  /** Column sums (model, peer, hit counts with -t 1/2). */
  sums: [number, number, number];
}

/** Resample tables remembered (by topic count and resamples) before the memo starts over: one evaluation uses one
 *  or two, and each holds n x resamples indices (1 MB at 250 topics and 1,000 resamples). */
const DRAW_CACHE_MAX = 4;
const drawCache = new Map<string, Int32Array>();

/** The resampled indices of all resamples for n instances (same for every metric): cached. */
function draws(n: number, resamples: number): Int32Array {
  const key = `${n}:${resamples}`;
  let d = drawCache.get(key);
  if (!d) {
    d = new Int32Array(n * resamples);
    const rng = new Drand48(0);
    for (let i = 0; i < resamples; i++) {
      rng.seed(i);
      for (let k = 0; k < n; k++) d[i * n + k] = rng.nextInt(n);
    }
    if (drawCache.size >= DRAW_CACHE_MAX) drawCache.clear();
    drawCache.set(key, d);
  }
  return d;
}

function fMeasure(r: number, p: number, alpha: number): number {
  const den = (1 - alpha) * p + alpha * r;
  return den > 0 ? (r * p) / den : 0;
}

export function computeAverages(scores: Map<string, [number, number, number]>, opts: AverageOptions): Averages {
  const instances = [...scores.keys()].sort(); // Perl's default sort: string order
  const n = instances.length;
  const rows = instances.map((k) => scores.get(k) as [number, number, number]);
  const sums: [number, number, number] = [0, 0, 0];
  for (const r of rows) {
    sums[0] += r[0];
    sums[1] += r[1];
    sums[2] += r[2];
  }
  const zero: [number, number, number] = [0, 0, 0];
  if (opts.countMode === 2) return { avg: sums, ciLow: zero, ciHigh: zero, sums };

  const R = opts.resamples;
  const d = draws(n, R);
  const samples: [Float64Array, Float64Array, Float64Array] = [new Float64Array(R), new Float64Array(R), new Float64Array(R)];
  for (let i = 0; i < R; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < n; k++) {
      const row = rows[d[i * n + k]];
      s0 += row[0];
      s1 += row[1];
      s2 += row[2];
    }
    if (opts.countMode === undefined) {
      if (n > 0) {
        s0 /= n;
        s1 /= n;
        s2 /= n;
      }
    } else {
      const r = s0 > 0 ? s2 / s0 : 0;
      const p = s1 > 0 ? s2 / s1 : 0;
      s0 = r;
      s1 = p;
      s2 = fMeasure(r, p, opts.alpha);
    }
    samples[0][i] = s0;
    samples[1][i] = s1;
    samples[2][i] = s2;
  }
  const avg: [number, number, number] = [0, 0, 0];
  const ciLow: [number, number, number] = [0, 0, 0];
  const ciHigh: [number, number, number] = [0, 0, 0];
  const delta = (R * ((100 - opts.confidence) / 2.0)) / 100.0;
  const ciUa = Math.trunc(R - delta - 1);
  const ciUb = ciUa + 1;
  const ciLa = Math.trunc(delta);
  const ciLb = ciLa + 1;
  const ciR = R - delta - 1 - ciUa; // the Perl uses the upper ratio for both bounds
  for (let c = 0; c < 3; c++) {
    const sorted = samples[c].sort();
    let total = 0;
    for (let x = 0; x < sorted.length; x++) total += sorted[x];
    avg[c] = round5(total / sorted.length);
    const at = (i: number): number => (i >= 0 && i < sorted.length ? sorted[i] : 0);
    ciLow[c] = round5(at(ciLa) + (at(ciLb) - at(ciLa)) * ciR);
    ciHigh[c] = round5(at(ciUa) + (at(ciUb) - at(ciUa)) * ciR);
  }
  return { avg, ciLow, ciHigh, sums };
}
