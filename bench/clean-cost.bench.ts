// What cleaning costs a brief (issue 8: "cleaning adds at most 20% to the brief's time"). Two figures per input,
// in-process and warm (three unmeasured rounds first), the variants interleaved round by round so that a shared
// machine's load falls on both alike:
// - the clean stage's own time (cleanArticles on the same segmented articles, with cleaning on less with it off)
//   as a share of the whole brief with cleaning off (`--keep-noise`): what cleaning adds, the stage alone;
// - the whole brief with cleaning on against the whole brief with it off. Cleaning also takes sentences out, so
//   later stages then have less to do; this figure is the one a user sees, the first the stage's honest cost.
// Inputs: the example (5 articles with page furniture), and the duc2003 clusters with pool A's noise injected by
// ../shared/tools/noise_dev.py (built into a temporary folder when python3 is here; skipped otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { briefOf, segmentWithin } from '../src/pipeline.js';
import { cleanArticles } from '../src/clean/index.js';
import { inTextScope } from '../src/text/scope.js';
import type { Article } from '../src/types.js';

const BENCH = {
  /** Measured rounds per input (each round runs every variant once). */
  rounds: 10,
  /** Unmeasured rounds first (the tagger and data files load, the JIT compiles). */
  warmRounds: 3,
  /** Noisy clusters briefed per round (of the 30): enough to cover several noise kinds, few enough to stay quick. */
  noisyClusters: 10,
} as const;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CHORUS_SHARED ?? resolve(repoRoot, '../shared');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The pool-A noisy duc2003 clusters, built by noise_dev.py into a temporary folder (null when it cannot run). */
async function noisyStories(): Promise<{ stories: Article[][]; cleanup: () => void } | null> {
  const tool = join(shared, 'tools/noise_dev.py');
  const docs = join(shared, 'data/duc2003/docs');
  if (!existsSync(tool) || !existsSync(docs)) return null;
  const out = mkdtempSync(join(tmpdir(), 'chorus-clean-cost-'));
  const cleanup = () => rmSync(out, { recursive: true, force: true });
  const r = spawnSync('python3', [tool, 'build', '--pool', 'A', docs, out], { encoding: 'utf8' });
  if (r.status !== 0) {
    cleanup();
    process.stderr.write(`bench: noise_dev.py build failed (${r.error?.message ?? r.stderr.slice(0, 200)}); noisy input skipped\n`);
    return null;
  }
  const clusters = readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().slice(0, BENCH.noisyClusters);
  const stories: Article[][] = [];
  for (const c of clusters) stories.push((await readInputs([join(out, c)])).articles);
  return { stories, cleanup };
}

interface Measured {
  stageMs: number[];
  keepMs: number[];
  cleanMs: number[];
}

/** Per round: the clean stage on and off on segmented articles, and the whole brief on and off, over all stories. */
function measure(stories: Article[][]): Measured {
  const m: Measured = { stageMs: [], keepMs: [], cleanMs: [] };
  for (let round = 0; round < BENCH.warmRounds + BENCH.rounds; round++) {
    let stage = 0;
    let keep = 0;
    let clean = 0;
    for (const articles of stories) {
      inTextScope(() => {
        const segmented = segmentWithin(articles, []);
        stage += timed(() => cleanArticles(segmented, {})) - timed(() => cleanArticles(segmented, { keepNoise: true }));
      });
      keep += timed(() => briefOf(articles, { clean: { keepNoise: true } }));
      clean += timed(() => briefOf(articles));
    }
    if (round < BENCH.warmRounds) continue;
    m.stageMs.push(stage);
    m.keepMs.push(keep);
    m.cleanMs.push(clean);
  }
  return m;
}

function rowsOf(label: string, m: Measured): { name: string; ms: number[] }[] {
  const keep = median(m.keepMs);
  const pct = (x: number) => `${((100 * x) / keep).toFixed(1)}%`;
  return [
    { name: `clean stage's own time, share of the brief without cleaning: ${pct(median(m.stageMs))} (${label})`, ms: m.stageMs },
    { name: `brief with cleaning against --keep-noise (${median(m.keepMs).toFixed(1)} ms): ${median(m.cleanMs) >= keep ? '+' : ''}${pct(median(m.cleanMs) - keep)} (${label})`, ms: m.cleanMs },
  ];
}

export async function benchCleanCost(): Promise<{ name: string; ms: number[] }[]> {
  const rows: { name: string; ms: number[] }[] = [];
  const example = (await readInputs([join(repoRoot, 'examples/al-qaim')])).articles;
  rows.push(...rowsOf('examples/al-qaim', measure([example])));
  const noisy = await noisyStories();
  if (noisy) {
    try {
      rows.push(...rowsOf(`${noisy.stories.length} duc2003 clusters with noise_dev.py pool A`, measure(noisy.stories)));
    } finally {
      noisy.cleanup();
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchCleanCost()) process.stdout.write(`${r.name}: median ${median(r.ms).toFixed(1)} ms; ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms\n`);
}
