// Speed of the whole facts stage (buildFacts: places, names, numbers, disagreements, events, timeline) on real
// 10-article stories: each duc2003 cluster, segmented and cleaned by the pipeline (not timed), then its facts,
// warm (after one run that loads the gazetteer and the tagger). Each run gets fresh Sentence objects, so the
// per-sentence token cache does not hide the tagging cost. Falls back to the Al-Qaim example twice over.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { buildStory } from '../src/pipeline.js';
import { buildFacts } from '../src/facts/index.js';
import type { Article } from '../src/types.js';

const RUNS = 10;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const DUC = join(repoRoot, '..', 'shared', 'data', 'duc2003', 'docs');

async function stories(): Promise<{ input: string; clusters: Article[][] }> {
  if (existsSync(DUC)) {
    const clusters: Article[][] = [];
    for (const c of readdirSync(DUC).sort()) clusters.push((await readInputs([join(DUC, c)])).articles);
    return { input: `${clusters.length} duc2003 clusters (about 10 articles each)`, clusters };
  }
  const example = (await readInputs([join(repoRoot, 'examples', 'al-qaim')])).articles;
  return { input: 'examples/al-qaim twice (10 articles)', clusters: [[...example, ...example.map((a) => ({ ...a, id: `${a.id}b` }))]] };
}

export async function benchFacts(): Promise<{ name: string; ms: number[] }> {
  const { input, clusters } = await stories();
  const once = (articles: Article[]) => {
    const story = buildStory(articles);
    const t0 = performance.now();
    buildFacts(story);
    return performance.now() - t0;
  };
  once(clusters[0]);
  // Per run: the mean over the clusters of one story's facts.
  const ms: number[] = [];
  for (let r = 0; r < Math.max(1, Math.round(RUNS / clusters.length) || 1) * Math.min(RUNS, 5); r++) {
    let sum = 0;
    for (const c of clusters) sum += once(c);
    ms.push(sum / clusters.length);
    if (ms.length >= 5) break;
  }
  return { name: `facts of a 10-article story (buildFacts, warm, mean over ${input})`, ms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { name, ms } = await benchFacts();
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${name}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, runs ${ms.map((x) => x.toFixed(1)).join(', ')}`);
}
