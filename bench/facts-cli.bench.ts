// Speed of `chorus facts` in-process: factsOf (segment, clean, every date, place and name mention with its removed
// mark) on a 1,000-article stream made from the duc2003 documents (bench/synthetic-stream.mjs: all 298, then copies
// that each drop a different paragraph). Each run is a fresh process, so the gazetteer's first load is included once,
// as the target says (at least 300 articles/s). Reading the files is not timed.
// A second row runs the 298 distinct documents alone: seven in ten of the stream's articles are near-copies, which
// the per-text caches make cheap, so that row is what a corpus of distinct articles costs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 3;
const ARTICLES = 1000;
const here = fileURLToPath(import.meta.url);
const repoRoot = join(dirname(here), '..');
const DUC = join(process.env.CHORUS_SHARED ?? join(repoRoot, '..', 'shared'), 'data', 'duc2003', 'docs');

async function child(): Promise<void> {
  const { readInputs } = await import('../src/read/index.js');
  const { factsOf } = await import('../src/facts/report/index.js');
  const { syntheticStream } = await import('./synthetic-stream.mjs');
  const docs = (await readInputs(readdirSync(DUC).sort().map((c) => join(DUC, c)))).articles;
  const articles = process.argv.includes('--distinct') ? docs : syntheticStream(docs, ARTICLES);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = factsOf(articles);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mentions = report.articles.reduce((n, a) => n + a.dates.length + a.places.length + a.names.length, 0);
  process.stdout.write(`${JSON.stringify({ articles: articles.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, mentions, rssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

export async function benchFactsCli(): Promise<{ name: string; ms: number[]; rssMb: number }[]> {
  return [await factsRow(false), await factsRow(true)];
}

async function factsRow(distinct: boolean): Promise<{ name: string; ms: number[]; rssMb: number }> {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let rssMb = 0;
  let n = ARTICLES;
  for (let r = 0; r < RUNS; r++) {
    const p = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', ...(distinct ? ['--distinct'] : [])], { encoding: 'utf8', cwd: repoRoot });
    if (p.status !== 0) throw new Error(`facts-cli child failed: ${p.stderr}`);
    const out = JSON.parse(p.stdout.trim().split('\n').at(-1) ?? '{}') as { articles: number; ms: number; cpuMs: number; rssMb: number };
    ms.push(out.ms);
    cpuMs.push(out.cpuMs);
    n = out.articles;
    rssMb = Math.max(rssMb, out.rssMb);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // CPU time beside wall time: on a shared machine the wall time measures the other jobs as much as this one.
  const rate = (t: number) => (n / (t / 1000)).toFixed(0);
  const what = distinct ? `${n} distinct articles (the duc2003 documents, none a copy of another)` : `${n} articles`;
  return { name: `chorus facts (factsOf) on ${what}, fresh process, gazetteer load included: ${rate(median(ms))} articles/s wall, ${rate(median(cpuMs))} articles/s of CPU time (median CPU ${median(cpuMs).toFixed(0)} ms; target ≥ 300)`, ms, rssMb };
}

if (process.argv.includes('--child')) await child();
else if (process.argv[1] === here) {
  for (const r of await benchFactsCli()) console.log(`${r.name}; runs ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms; peak RSS ${r.rssMb.toFixed(0)} MB`);
}
