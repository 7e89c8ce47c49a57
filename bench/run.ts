// `npm run bench`: every benchmark, median of several runs, printed as a Markdown table (copy it into
// docs/benchmarks.md with the date and the machine). Speed is measured here, never in unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/read/index.js';
import { briefOf, summaryGroupsOf } from '../src/pipeline.js';

const RUNS = 5;
// The data sets live beside the repository (`../shared/data`); CHORUS_SHARED names another place (a worktree's).
const DUC = join(process.env.CHORUS_SHARED ?? '../shared', 'data/duc2003/docs');
/** Benchmarks that failed (an error, or a hostile case past its budget): `npm run bench` then exits 1. */
const failures: string[] = [];

interface Row {
  name: string;
  input: string;
  ms: number[];
  limit?: string;
  extra?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeIt(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const rows: Row[] = [];

/** What a stage benchmark module returns. */
interface BenchResult {
  name: string;
  ms: number[];
  rssMb?: number;
}

/** The issues' targets, by benchmark name. */
const LIMITS: [RegExp, string][] = [
  [/^rouge-1\.5\.5/, '≤ 2 s'],
  [/^gazetteer first load/, '≤ 300 ms, ≤ 150 MB'],
  [/^facts of a 10-article story/, '≤ 100 ms'],
  [/^summarize .*one 10-article cluster/, '≤ 100 ms'],
  [/^summarize .*all 30 duc2003 clusters/, '≤ 5 s'],
  [/^process: chorus --help/, '≤ 120 ms'],
  [/^process: chorus summarize/, '≤ 300 ms'],
  [/^process: chorus brief/, '≤ 500 ms'],
  [/^clean stage's own time/, '≤ 20% (issue 8)'],
  [/^hostile: /, '≤ 15 s, ≤ 1.5 GB, exit 0/1/3'],
  [/^extract .*(nested divs|one-line page)/, '< 15 s, < 1.5 GB'],
  [/^extract .* x16 /, 'time per character ≤ 2x that of x1 (linear)'],
];

// 1. The example brief, in-process, warm (reading included).
await (async () => {
  const brief = async () => {
    const r = await readInputs(['examples/al-qaim']);
    return briefOf(r.articles, { warnings: r.warnings });
  };
  // Warm: runs first until the process is in its steady state (models loaded, and the code compiled by V8's optimizing
  // tiers: a brief takes 50-90 ms in runs 4-13 of a fresh process and 22-30 ms from about run 25 on, as in a service
  // that has briefed a few stories), then twenty timed. Three warm-up runs, as before 2026-11-29 (late), timed the JIT.
  for (let i = 0; i < 30; i++) await brief();
  rows.push({ name: 'brief in-process (warm)', input: 'examples/al-qaim (5 articles)', ms: await timeIt(brief, 20), limit: '≤ 50 ms' });
})();

// 2. The CLI as a process (node start, module load, read, brief, Markdown out).
rows.push({
  name: 'CLI process: chorus brief',
  input: 'examples/al-qaim',
  ms: await timeIt(() => spawnSync(process.execPath, ['bin/chorus.js', 'brief', 'examples/al-qaim'], { encoding: 'utf8' })),
  limit: '≤ 1 s',
});

if (!existsSync(DUC)) {
  process.stderr.write(`bench: the data sets are missing: expected DUC 2003 at ${DUC}; the benchmarks on it are not run. Put the shared data beside the repository (../shared/data) or set CHORUS_SHARED to the folder that holds data/.\n`);
  failures.push('data missing');
}
if (existsSync(DUC)) {
  const clusters = readdirSync(DUC).sort();
  // 3. All 30 duc2003 clusters: read + brief stages + 100-word summary, one cluster at a time.
  rows.push({
    name: 'summarize all duc2003 clusters (reading included)',
    input: `${clusters.length} clusters, ${DUC}`,
    ms: await timeIt(async () => {
      for (const c of clusters) {
        const r = await readInputs([join(DUC, c)]);
        summaryGroupsOf(r.articles, { words: 100 });
      }
    }, 3),
    limit: '≤ 5 s',
  });
  // 4. A synthetic 1,000-article story, in its own process so its peak memory is measured.
  const ms: number[] = [];
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    const p = spawnSync(process.execPath, ['bench/story1000.mjs', DUC, '1000'], { encoding: 'utf8' });
    const line = JSON.parse(p.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rssMb: number };
    ms.push(line.ms);
    rss = Math.max(rss, line.rssMb);
  }
  rows.push({ name: 'brief of a 1,000-article story', input: 'bench/story1000.mjs (built code) from duc2003', ms, limit: '≤ 3 s, ≤ 500 MB', extra: `peak RSS ${rss.toFixed(0)} MB` });
}

// Benchmarks of the other stages, where present.
for (const [file, fn] of [
  ['./rouge.bench.js', 'benchRouge'],
  ['./extract.bench.js', 'benchExtract'],
  ['./dates.bench.js', 'benchDates'],
  ['./places.bench.js', 'benchPlaces'],
  ['./facts.bench.js', 'benchFacts'],
  ['./facts-cli.bench.js', 'benchFactsCli'],
  ['./summarize.bench.js', 'benchSummarize'],
  ['./cli.bench.js', 'benchCli'],
  ['./serve.bench.js', 'benchServe'],
  ['./hostile.bench.js', 'benchHostile'],
  ['./cluster.bench.js', 'benchCluster'],
  ['./clean-cost.bench.js', 'benchCleanCost'],
] as const) {
  if (!existsSync(new URL(file.replace('.js', '.ts'), import.meta.url))) continue;
  let res;
  try {
    const mod = (await import(file)) as Record<string, () => Promise<BenchResult | BenchResult[]>>;
    res = await mod[fn]?.();
  } catch (err) {
    process.stderr.write(`bench: ${file} failed: ${(err as Error).message}\n`);
    failures.push(file);
    continue;
  }
  for (const r of Array.isArray(res) ? res : res ? [res] : []) if ((r as { failed?: boolean }).failed) failures.push(r.name);
  for (const r of Array.isArray(res) ? res : res ? [res] : []) rows.push({ name: r.name, input: file, ms: r.ms, limit: LIMITS.find(([p]) => p.test(r.name))?.[1], extra: r.rssMb ? `RSS ${r.rssMb.toFixed(0)} MB` : undefined });
}

/** Runs listed in a row of the table; the rest are counted (a load test has thousands of samples). */
const SHOWN_RUNS = 20;
const runsOf = (ms: readonly number[]): string =>
  ms.slice(0, SHOWN_RUNS).map((x) => x.toFixed(0)).join(', ') + (ms.length > SHOWN_RUNS ? `, … (${ms.length} in all)` : '');

process.stdout.write('| benchmark | input | median ms | runs (ms) | target | notes |\n|---|---|---:|---|---|---|\n');
for (const r of rows) {
  process.stdout.write(`| ${r.name} | ${r.input} | ${median(r.ms).toFixed(1)} | ${runsOf(r.ms)} | ${r.limit ?? ''} | ${r.extra ?? ''} |\n`);
}
if (failures.length) {
  process.stderr.write(`bench: ${failures.length} benchmark(s) failed: ${failures.join('; ')}\n`);
  process.exitCode = 1;
}
