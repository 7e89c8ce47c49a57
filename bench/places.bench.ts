// Speed of the gazetteer and the place finder.
// Run alone: node --import tsx bench/places.bench.ts
// Budgets: the gazetteer loads in <= 300 ms and <= 150 MB; findPlaces on a 10-article story well under 50 ms warm;
// placeMentionsOf well under 3 ms an article (`chorus facts` must read 300 articles/s with dates and names too).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FILE, fileSource, gazetteerDataDir, loadGazetteer, parseGazetteer } from '../src/facts/places/index.js';
import { findPlaces, placeMentionsOf } from '../src/facts/places/index.js';
import type { Article, Sentence } from '../src/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = { load: 5, find: 20 };

function article(id: string, text: string): Article {
  return { id, path: id, format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null };
}

/** Sentences by a plain splitter (the bench measures places, not segmentation). */
function split(a: Article): Sentence[] {
  const out: Sentence[] = [];
  for (const m of a.text.matchAll(/[^\n.!?]+(?:[.!?]+|\n|$)/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (end > start) out.push({ id: `${a.id}:${out.length}`, article: a.id, index: out.length, paragraph: 0, start, end, text: a.text.slice(start, end) });
  }
  return out;
}

function time(fn: () => void, n: number): number[] {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

export async function benchPlaces(): Promise<{ name: string; ms: number[]; rssMb?: number }[]> {
  const results: { name: string; ms: number[]; rssMb?: number }[] = [];
  // First load: each run in a fresh process (bench/gazetteer-load.ts), so nothing was loaded before it.
  const first: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS.load; i++) {
    const p = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench', 'gazetteer-load.ts')], { encoding: 'utf8', cwd: repoRoot });
    const line = JSON.parse(p.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rssMb: number };
    first.push(line.ms);
    rss = Math.max(rss, line.rssMb);
  }
  results.push({ name: 'gazetteer first load in a fresh process (loadGazetteer)', ms: first, rssMb: rss });
  loadGazetteer();
  const file = join(gazetteerDataDir(), GAZETTEER_FILE);
  results.push({ name: 'gazetteer open again (header and sparse key index, uncached)', ms: time(() => parseGazetteer(fileSource(file)), RUNS.load) });

  const example = join(repoRoot, 'examples', 'al-qaim');
  if (existsSync(example)) {
    const articles = readdirSync(example).sort().map((f) => article(f.slice(0, 3), readFileSync(join(example, f), 'utf8')));
    const sentences = articles.flatMap(split);
    findPlaces(sentences, articles);
    results.push({ name: `findPlaces al-qaim (${articles.length} articles, warm)`, ms: time(() => findPlaces(sentences, articles), RUNS.find) });
  }
  const duc = resolve(process.env.CHORUS_SHARED ?? resolve(repoRoot, '..', 'shared'), 'data', 'duc2003', 'docs', 'd30003t');
  if (existsSync(duc)) {
    const articles = readdirSync(duc).sort().map((f) => {
      const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(join(duc, f), 'utf8'));
      return article(f, m ? m[1] : '');
    });
    const sentences = articles.flatMap(split);
    findPlaces(sentences, articles);
    results.push({ name: `findPlaces duc2003 d30003t (${articles.length} articles, warm)`, ms: time(() => findPlaces(sentences, articles), RUNS.find) });
    // What `chorus facts` does: every article its own story, every mention listed (budget: well under 3 ms an article).
    const one = articles.map((a) => ({ a, s: split(a) }));
    results.push({
      name: `placeMentionsOf, one article a story (duc2003 d30003t, ${articles.length} articles, warm, ms for all)`,
      ms: time(() => one.forEach(({ a, s }) => placeMentionsOf(s, [a])), RUNS.find),
    });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await benchPlaces()) {
    const sorted = [...r.ms].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`${r.name}: median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms${r.rssMb !== undefined ? `, rss +${r.rssMb.toFixed(0)} MB` : ''}`);
  }
}
