/**
 * ROUGE-1.5.5 speed: -n 4 -m (plus the default ROUGE-L and 1000-resample bootstrap) over the 30
 * DUC 2003 clusters (lead baseline against 4 references each), files read on every run.
 * Target: at most 2 s per run.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { evaluateRouge } from '../src/eval/rouge/evaluate.js';
import { readFolders } from '../src/eval/rouge/inputs.js';
import type { RougeOptions } from '../src/eval/rouge/types.js';

const RUNS = 5;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const duc = path.resolve(repoRoot, '..', 'shared', 'data', 'duc2003');

export async function benchRouge(): Promise<{ name: string; ms: number[] }> {
  const options: RougeOptions = { maxNgram: 4, stem: true };
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { topics } = readFolders(path.join(duc, 'fixtures', 'lead'), path.join(duc, 'references'));
    const result = evaluateRouge(options, topics);
    if (result.systems.length !== 1) throw new Error(`bench: expected one system, found ${result.systems.length}`);
    ms.push(performance.now() - t0);
  }
  return { name: 'rouge-1.5.5 -n 4 -m, duc2003 lead (30 topics x 4 refs)', ms };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchRouge();
  const sorted = [...r.ms].sort((a, b) => a - b);
  console.log(`${r.name}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (runs: ${r.ms.map((x) => x.toFixed(1)).join(', ')})`);
}
