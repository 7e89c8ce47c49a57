/**
 * Summarization speed. (1) The default method on one 10-article DUC 2003 cluster, warm (story built once, the
 * method run repeatedly): target at most 100 ms. (2) All 30 DUC 2003 clusters at 100 words, reading and building
 * the stories included: target at most 5 s.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { requestOf, summaryGroupsOf } from '../src/pipeline.js';
import { DEFAULT_METHOD, METHODS } from '../src/summarize/index.js';

const RUNS = 5;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = path.resolve(repoRoot, '..', 'shared', 'data', 'duc2003', 'docs');

export async function benchSummarize(): Promise<{ name: string; ms: number[] }[]> {
  if (!existsSync(docs)) throw new Error(`bench: expected DUC 2003 clusters in ${docs}, found nothing`);
  const clusters = readdirSync(docs).sort();
  const first = await readInputs([path.join(docs, clusters[0])]);
  const req = requestOf(first.articles, 100);
  const run = METHODS[DEFAULT_METHOD];
  run(req); // warm-up: JIT and the model file
  const warm: number[] = [];
  for (let i = 0; i < RUNS * 4; i++) {
    const t0 = performance.now();
    const ids = run(req);
    warm.push(performance.now() - t0);
    if (ids.length === 0) throw new Error('bench: expected a non-empty summary, found none');
  }
  const all: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const c of clusters) {
      const r = await readInputs([path.join(docs, c)]);
      summaryGroupsOf(r.articles, { words: 100 });
    }
    all.push(performance.now() - t0);
  }
  return [
    { name: `summarize (${DEFAULT_METHOD}, 100 words), one ${first.articles.length}-article cluster, warm`, ms: warm },
    { name: `summarize (${DEFAULT_METHOD}, 100 words), all ${clusters.length} duc2003 clusters incl. reading`, ms: all },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await benchSummarize()) {
    const s = [...r.ms].sort((a, b) => a - b);
    process.stdout.write(`${r.name}: median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms\n`);
  }
}
