// Fits the concept-weight model of the default summarizer (src/summarize/concept-model.ts) on DUC 2003 and writes
// data/summarize/concept-model.json. Target of a bigram: the share of the cluster's human summaries that use it
// (same tokens and stems as ROUGE -m). Fit: L2-regularised logistic regression with soft labels, by Newton's method
// (deterministic). It also prints a 2-fold cross-validation (clusters split by sorted name, alternating) of the
// ROUGE-1/2 recall of the default method with weights fitted on the other fold, against the heuristic weighting.
//
//   node --import tsx scripts/fit-summarize.ts [--write]
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterConcepts, FEATURE_NAMES, type ConceptModel } from '../src/summarize/concept-model.js';
import { conceptsOf } from '../src/summarize/concepts.js';
import { CHORUS, chorusWith, type ChorusParams } from '../src/summarize/chorus.js';
import { loadDuc, scoreQuick, type DucCluster } from './eval.js';

const FIT = {
  /** L2 penalty on the coefficients (not the bias), per training example. */
  l2: 1e-4,
  /** Newton iterations (converges in well under this). */
  iterations: 30,
} as const;

/** Grid for the heuristic weighting's cross-validation. */
const HEURISTIC_GRID = { positionBonus: [1, 2, 3, 4], positionScale: [0.5, 1, 3] } as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Example {
  x: number[];
  y: number;
}

function examples(clusters: DucCluster[]): Example[] {
  const out: Example[] = [];
  for (const c of clusters) {
    const refs = c.models.map((m) => new Set(conceptsOf(m.sentences.join(' '))));
    const articles = c.req.articles.map((a) => a.sentences);
    const nDocs = articles.length;
    const minDf = nDocs <= 1 ? 1 : Math.max(2, Math.round(CHORUS.minDfShare * nDocs));
    const { keys, x } = clusterConcepts(articles, minDf);
    keys.forEach((k, i) => out.push({ x: x[i], y: refs.filter((r) => r.has(k)).length / Math.max(1, refs.length) }));
  }
  return out;
}

/** Solves A v = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
    [m[col], m[piv]] = [m[piv], m[col]];
    const d = m[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / d;
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

export function fitLogistic(data: Example[]): number[] {
  const d = FEATURE_NAMES.length;
  let w = new Array<number>(d).fill(0);
  const lambda = FIT.l2 * data.length;
  for (let it = 0; it < FIT.iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of data) {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        g[i] += (p - y) * x[i];
        for (let j = 0; j < d; j++) h[i][j] += s * x[i] * x[j];
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] += lambda * w[i];
      h[i][i] += lambda;
    }
    const step = solve(h, g);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

export function fitModel(clusters: DucCluster[]): ConceptModel {
  return { features: [...FEATURE_NAMES], coefficients: fitLogistic(examples(clusters)) };
}

async function main(): Promise<void> {
  const clusters = await loadDuc();
  if (clusters.length === 0) throw new Error('expected DUC 2003 clusters in ../shared/data/duc2003, found none');
  const folds = [clusters.filter((_, i) => i % 2 === 0), clusters.filter((_, i) => i % 2 === 1)];
  console.log('2-fold cross-validation (ROUGE recall x100, -n 2 -m -l 100, mean over clusters):');
  console.log('| fold | model R-1 | model R-2 | heuristic R-1 | heuristic R-2 |');
  console.log('|---|---|---|---|---|');
  const totals = [0, 0, 0, 0];
  folds.forEach((test, f) => {
    const train = folds[1 - f];
    const model = fitModel(train);
    const [m1, m2] = scoreQuick(test, chorusWith(CHORUS, model));
    // The heuristic's two parameters, chosen on the training fold by R-2 then R-1.
    let best: ChorusParams = { ...CHORUS, weighting: 'heuristic' };
    let bestScore = -Infinity;
    for (const positionBonus of HEURISTIC_GRID.positionBonus) {
      for (const positionScale of HEURISTIC_GRID.positionScale) {
        const p: ChorusParams = { ...CHORUS, weighting: 'heuristic', positionBonus, positionScale };
        const [t1, t2] = scoreQuick(train, chorusWith(p));
        if (t2 + t1 / 100 > bestScore) {
          bestScore = t2 + t1 / 100;
          best = p;
        }
      }
    }
    const [h1, h2] = scoreQuick(test, chorusWith(best));
    console.log(`  fold ${f + 1}: heuristic chose positionBonus ${best.positionBonus}, positionScale ${best.positionScale}`);
    [m1, m2, h1, h2].forEach((v, i) => (totals[i] += v / 2));
    console.log(`| ${f + 1} | ${m1.toFixed(2)} | ${m2.toFixed(2)} | ${h1.toFixed(2)} | ${h2.toFixed(2)} |`);
  });
  console.log(`| mean | ${totals.map((v) => v.toFixed(2)).join(' | ')} |`);
  const model = fitModel(clusters);
  const [a1, a2] = scoreQuick(clusters, chorusWith(CHORUS, model));
  console.log(`fitted on all 30: in-sample R-1 ${a1.toFixed(2)}, R-2 ${a2.toFixed(2)}`);
  console.log(FEATURE_NAMES.map((n, i) => `${n} ${model.coefficients[i].toFixed(4)}`).join(', '));
  if (process.argv.includes('--write')) {
    const dir = path.join(repoRoot, 'data', 'summarize');
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    const out = {
      source: 'DUC 2003 Task 2 (30 clusters, 4 human summaries each), fitted by scripts/fit-summarize.ts',
      features: model.features,
      coefficients: model.coefficients.map((v) => Number(v.toFixed(6))),
    };
    writeFileSync(path.join(dir, 'concept-model.json'), JSON.stringify(out, null, 2) + '\n');
    console.log('wrote data/summarize/concept-model.json');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
