// Story clustering measured on the dev streams (scripts/make-dev-streams.ts): the method (src/cluster, one
// setting) and the single-pass TF-IDF baseline, scored by ../shared/tools/stream_score.py (pairwise F1,
// BCubed F1, ARI). `--fit` searches a small grid of the method's fitted settings on the fit parts only and prints
// the best; the report always shows fit and test parts apart.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/eval-streams.ts [--fit]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterStream } from '../src/cluster/stream.js';
import { baselineStream, type BaselineSettings } from '../src/cluster/baseline.js';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../src/cluster/settings.js';
import type { StreamArticle } from '../src/cluster/features.js';
import { makeDevStreams, sharedRoot, type DevStream, type StreamLine } from './make-dev-streams.js';

export interface Loaded {
  stream: DevStream;
  articles: StreamArticle[];
  gold: string[];
}

interface Score {
  pairwiseF1: number;
  bcubedF1: number;
  ari: number;
  predClusters: number;
  goldClusters: number;
}

export function load(stream: DevStream): Loaded {
  const lines = readFileSync(stream.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StreamLine);
  return {
    stream,
    articles: lines.map((l) => ({ id: String(l.id), title: l.title || null, text: l.text ?? '', outlet: l.source || null, published: l.date || null })),
    gold: lines.map((l) => String(l.story)),
  };
}

/** Pairwise F1 in-process, for the grid search only (the report uses the shared scorer). */
export function pairwiseF1(gold: readonly string[], pred: readonly string[]): number {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const cell = new Map<string, number>();
  const gs = new Map<string, number>();
  const ps = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    gs.set(gold[i], (gs.get(gold[i]) ?? 0) + 1);
    ps.set(pred[i], (ps.get(pred[i]) ?? 0) + 1);
  }
  let tp = 0, tpfp = 0, tpfn = 0;
  for (const v of cell.values()) tp += c2(v);
  for (const v of ps.values()) tpfp += c2(v);
  for (const v of gs.values()) tpfn += c2(v);
  const p = tpfp ? tp / tpfp : 1;
  const r = tpfn ? tp / tpfn : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function officialScore(l: Loaded, pred: readonly string[], tmp: string): Score {
  const gold = path.join(tmp, 'gold.jsonl');
  const out = path.join(tmp, 'pred.jsonl');
  writeFileSync(gold, l.articles.map((a, i) => JSON.stringify({ id: a.id, story: l.gold[i] })).join('\n') + '\n');
  writeFileSync(out, l.articles.map((a, i) => JSON.stringify({ id: a.id, cluster: pred[i] })).join('\n') + '\n');
  const r = spawnSync('python3', [path.join(sharedRoot(), 'tools', 'stream_score.py'), gold, out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stream_score.py failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout) as { pairwise: { f1: number }; bcubed: { f1: number }; ari: number; pred_clusters: number; gold_clusters: number };
  return { pairwiseF1: j.pairwise.f1, bcubedF1: j.bcubed.f1, ari: j.ari, predClusters: j.pred_clusters, goldClusters: j.gold_clusters };
}

/** The baseline's threshold and window, tuned on the fit parts as the "single-pass, tuned on dev". */
function fitBaseline(fit: Loaded[]): BaselineSettings {
  let best: BaselineSettings = { threshold: 0.2, windowDays: 14 };
  let bestF = -1;
  for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
    for (const windowDays of [3, 7, 14, 30]) {
      const f = mean(fit.map((l) => pairwiseF1(l.gold, baselineStream(l.articles, { threshold, windowDays }))));
      if (f > bestF) {
        bestF = f;
        best = { threshold, windowDays };
      }
    }
  }
  return best;
}

/** The id prefix scripts/make-dev-streams.ts gives duc2003 articles. */
const DUC_ID_PREFIX = 'duc-';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The grid of the method's fitted settings (the rest stay as settings.ts has them). */
const GRID: Partial<Record<keyof ClusterSettings, number[]>> = {
  shortMinShared: [1, 2, 3],
  shortRatio: [0.6, 0.8, 1, 1.25],
  baseThreshold: [0.1, 0.12],
  cohesionRatio: [0.4, 0.5],
  recentWeight: [0, 0.7],
};
// Earlier grids (same fit parts) settled baseThreshold 0.12 (of 0.1, 0.12), shortRatio 1.25 (of 1.25, 1.5),
// nameWeight 0.2 (of 0.2, 0.3), decayDays 60 (of 30, 60), backgroundDocs 300 (of 300, 1000), cohesionRatio 0.5
// (of 0.5, 0.7) and recentWeight 0 (of 0, 0.5); they stay as settings.ts has them.

function* gridPoints(): Generator<Partial<ClusterSettings>> {
  const keys = Object.keys(GRID) as (keyof ClusterSettings)[];
  const rec = function* (i: number, acc: Partial<ClusterSettings>): Generator<Partial<ClusterSettings>> {
    if (i === keys.length) {
      yield { ...acc };
      return;
    }
    for (const v of GRID[keys[i]]!) yield* rec(i + 1, { ...acc, [keys[i]]: v });
  };
  yield* rec(0, {});
}

/** The best grid point on the fit parts (mean pairwise F1 over them). */
export function fitMethod(fit: Loaded[]): { settings: Partial<ClusterSettings>; f1: number } {
  let best: Partial<ClusterSettings> = {};
  let bestF = -1;
  for (const g of gridPoints()) {
    const f = mean(fit.map((l) => pairwiseF1(l.gold, clusterStream(l.articles, g).stories)));
    if (f > bestF) {
      bestF = f;
      best = g;
    }
  }
  return { settings: best, f1: bestF };
}

/** The Markdown section for docs/evaluation.md. */
export async function evalStreams(): Promise<string> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-streams-'));
  try {
    const loaded = (await makeDevStreams(path.join(tmp, 'streams'))).map(load);
    const fit = loaded.filter((l) => l.stream.role === 'fit' && l.stream.fitted);
    const base = fitBaseline(fit);
    const rows: string[] = [];
    for (const l of [...loaded].sort((a, b) => (a.stream.role === b.stream.role ? (a.stream.name < b.stream.name ? -1 : 1) : a.stream.role === 'test' ? -1 : 1))) {
      const t = performance.now();
      const mine = clusterStream(l.articles).stories;
      const ms = performance.now() - t;
      const theirs = baselineStream(l.articles, base);
      const m = officialScore(l, mine, tmp);
      const b = officialScore(l, theirs, tmp);
      const f = (x: number) => x.toFixed(3);
      const part = l.stream.role === 'fit' ? (l.stream.fitted ? 'fit' : 'fit half (not fitted)') : '**held out**';
      rows.push(`| ${l.stream.name} | ${part} | ${l.articles.length} / ${m.goldClusters} | ${f(m.pairwiseF1)} / ${f(m.bcubedF1)} / ${f(m.ari)} (${m.predClusters}) | ${f(b.pairwiseF1)} / ${f(b.bcubedF1)} / ${f(b.ari)} (${b.predClusters}) | ${Math.round(l.articles.length / (ms / 1000))} |`);
      // The mix's newswire alone (its duc2003 articles, clustered with the rest, scored apart): the hidden mix is
      // dated newswire, while the Multi-News pages carry crawl furniture it has not.
      if (l.stream.name.startsWith('mix-')) {
        const keep = l.articles.map((a) => a.id.startsWith(DUC_ID_PREFIX));
        const sub = <T>(xs: readonly T[]) => xs.filter((_, i) => keep[i]);
        const wire: Loaded = { stream: l.stream, articles: sub(l.articles), gold: sub(l.gold) };
        const mw = officialScore(wire, sub(mine), tmp);
        const bw = officialScore(wire, sub(theirs), tmp);
        rows.push(`| ${l.stream.name}: its duc2003 newswire | ${part} | ${wire.articles.length} / ${mw.goldClusters} | ${f(mw.pairwiseF1)} / ${f(mw.bcubedF1)} / ${f(mw.ari)} (${mw.predClusters}) | ${f(bw.pairwiseF1)} / ${f(bw.bcubedF1)} / ${f(bw.ari)} (${bw.predClusters}) | |`);
      }
    }
    return `## Story clustering (\`chorus cluster\`)

Dev streams made by \`scripts/make-dev-streams.ts\` from duc2003, the Multi-News sample and ECB+, shaped like the
three hidden kinds: **mix** (duc2003 clusters and Multi-News stories, dated over four months: the dated newswire
mix), **headlines** (the ECB+ events whose pages start with a headline, as an aggregator delivers them: headline
only, empty text, all in two days, shuffled within a day; duc2003 and Multi-News have no headlines), **leads**
(every story of the three sources in the same shape, a lead sentence standing in where there is no headline: a
stress check of short texts that are not headlines, reported and not fitted), **longtail** (every story of the three
sources, two in three cut to one or two articles, all in one week; ECB+ gives
two events of the same kind per topic: the "many shootings in one city" shape), and **ecbplus** as it comes
(undated). Each is split by story into a fit part and a held-out part (even / odd duc2003 and Multi-News stories,
ECB+ topics 1-22 / 23-45): the one setting (\`src/cluster/settings.ts\`) was fitted on the fit parts only
(\`node --import tsx scripts/eval-streams.ts --fit\`). Scored by \`../shared/tools/stream_score.py\`: pairwise
F1 / BCubed F1 / ARI (predicted stories). The baseline is single-pass TF-IDF with cosine to centroids and a time
window, its threshold and window tuned on the same fit parts (threshold ${base.threshold}, window ${base.windowDays}
days). Published: the baselines score about 0.81 pairwise F1 on ECB+; the targets on the hidden streams are 0.90
(dated newswire mix), 0.70 (crawled shootings, long tail), 0.80 (headlines only).

| stream | part | articles / stories | method: pF1 / B³F1 / ARI (stories) | baseline: pF1 / B³F1 / ARI (stories) | method articles/s (cold start, small stream) |
|---|---|---:|---|---|---:|
${rows.join('\n')}
`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--fit')) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-streams-'));
    const fitHalf = (await makeDevStreams(tmp)).filter((s) => s.role === 'fit').map(load);
    const fit = fitHalf.filter((l) => l.stream.fitted);
    const r = fitMethod(fit);
    process.stdout.write(`best on fit parts: mean pairwise F1 ${r.f1.toFixed(4)} with ${JSON.stringify(r.settings)}\n`);
    // The fit half's unfitted streams too (leads): a gain on the fitted ones that costs them does not carry.
    for (const l of fitHalf) {
      const at = (settings: Partial<ClusterSettings>) => pairwiseF1(l.gold, clusterStream(l.articles, settings).stories).toFixed(4);
      process.stdout.write(`  ${l.stream.name}${l.stream.fitted ? '' : ' (not fitted)'}: ${at(r.settings)} (settings.ts: ${at({})})\n`);
    }
    rmSync(tmp, { recursive: true, force: true });
  } else process.stdout.write(await evalStreams());
  void DEFAULT_SETTINGS;
}
