// Noise removed and story lost, on the two dev pools of ../shared/tools/noise_dev.py (known noise injected into
// the duc2003 clusters: boilerplate lines, related-link blocks, passages spliced in from other clusters).
// Pool A is the one the cleaner was tuned on; pool B shares no string with it and is the check. The acceptance
// set uses a third pool that is not here.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/eval-noise.ts [--pool A] [--quick] [--keep]
//
// --quick scores the cleaner's removals without building the whole brief (for tuning); the section written by
// `npm run eval` builds every brief, so "every cluster briefed" is part of what it measures.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { briefOf, buildStory } from '../src/pipeline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const tool = path.join(sharedRoot, 'tools', 'noise_dev.py');
const ducDocs = path.join(sharedRoot, 'data', 'duc2003', 'docs');

export interface PoolScore {
  pool: string;
  removed: number;
  lost: number;
  missing: number;
  kinds: { kind: string; hit: number; total: number }[];
  seconds: number;
}

/** Brief every cluster folder of a built pool into briefsDir/<cluster>.json (only `articles[].removed` when quick). */
export async function briefPool(poolDir: string, briefsDir: string, quick = false): Promise<void> {
  mkdirSync(briefsDir, { recursive: true });
  for (const c of readdirSync(poolDir).sort()) {
    const dir = path.join(poolDir, c);
    if (!existsSync(dir) || c.endsWith('.json')) continue;
    const r = await readInputs([dir]);
    const out = quick
      ? { articles: buildStory(r.articles, r.warnings).cleaned.map((a) => ({ id: a.article.id, removed: a.removed })) }
      : briefOf(r.articles, { warnings: r.warnings });
    writeFileSync(path.join(briefsDir, `${c}.json`), JSON.stringify(out));
  }
}

/** Parse noise_dev.py's score output. */
function parseScore(pool: string, text: string, seconds: number): PoolScore {
  const kinds = [...text.matchAll(/^\s+(\S+): (\d+)\/(\d+) pieces removed/gm)].map((m) => ({ kind: m[1], hit: Number(m[2]), total: Number(m[3]) }));
  const m = /noise removed ([\d.]+)% of injected characters; story text lost ([\d.]+)%; clusters without a brief: (\d+)/.exec(text);
  if (!m) throw new Error(`noise_dev.py score printed nothing readable:\n${text}`);
  return { pool, removed: Number(m[1]), lost: Number(m[2]), missing: Number(m[3]), kinds, seconds };
}

export async function scorePool(pool: string, tmp: string, quick = false): Promise<PoolScore> {
  const poolDir = path.join(tmp, `noise-${pool}`);
  const briefs = path.join(tmp, `briefs-${pool}`);
  if (!existsSync(path.join(poolDir, 'gold.json'))) execFileSync('python3', [tool, 'build', '--pool', pool, ducDocs, poolDir], { stdio: 'pipe' });
  const t0 = performance.now();
  await briefPool(poolDir, briefs, quick);
  const seconds = (performance.now() - t0) / 1000;
  let out: string;
  try {
    out = execFileSync('python3', [tool, 'score', poolDir, briefs], { encoding: 'utf8' });
  } catch (e) {
    // The tool exits 1 when the goal is not met; its output is still the score.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return parseScore(pool, out, seconds);
}

/** The fit's cross-validation over pool A (scripts/fit-cleaner.ts --cv 5), as one line per fold and the total. */
function crossValidation(): string | null {
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'fit-cleaner.ts'), '--cv', '5'], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, CHORUS_SHARED: sharedRoot } });
    const folds = [...r.stderr.matchAll(/^fold (\d+)\/\d+ .*?noise marked ([\d.]+)%, story marked ([\d.]+)%/gm)].map((m) => `fold ${m[1]} ${m[2]}% / ${m[3]}%`);
    const all = /cross-validated .*?noise marked ([\d.]+)%, story marked ([\d.]+)%/.exec(r.stderr);
    return all ? `${folds.join('; ')}; all folds ${all[1]}% of noise, ${all[2]}% of story.` : null;
  } catch {
    return null;
  }
}

/** The Markdown section `npm run eval` writes: both pools, per kind, beside the goal. */
export async function noiseSection(opts: { quick?: boolean; pools?: string[] } = {}): Promise<string> {
  if (!existsSync(tool) || !existsSync(ducDocs)) return `## Cleaning: injected noise\n\nSkipped: ${tool} or ${ducDocs} not found.\n`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-noise-'));
  try {
    const scores: PoolScore[] = [];
    for (const p of opts.pools ?? ['A', 'B']) scores.push(await scorePool(p, tmp, opts.quick));
    const kinds = [...new Set(scores.flatMap((s) => s.kinds.map((k) => k.kind)))].sort();
    const md: string[] = ['## Cleaning: injected noise', ''];
    md.push('`../shared/tools/noise_dev.py` injects page boilerplate lines, related-link blocks and passages of other clusters into the 30 duc2003 clusters; each cluster is briefed (`buildBrief`, as `chorus brief --json`) and the removed text is matched against what was injected. Pool A was used for tuning; pool B shares no string with it. Goal: at least 95% of noise characters removed, at most 1% of story characters lost.', '');
    md.push(`| pool | noise removed | story lost | clusters without a brief | ${kinds.map((k) => `${k} (pieces)`).join(' | ')} | s |`);
    md.push(`|---|---|---|---|${kinds.map(() => '---|').join('')}---|`);
    for (const s of scores) {
      const cells = kinds.map((k) => {
        const x = s.kinds.find((y) => y.kind === k);
        return x ? `${x.hit}/${x.total} (${((100 * x.hit) / Math.max(1, x.total)).toFixed(1)}%)` : '-';
      });
      md.push(`| ${s.pool}${s.pool === 'A' ? ' (tuned on)' : ''} | ${s.removed.toFixed(1)}% | ${s.lost.toFixed(2)}% | ${s.missing} | ${cells.join(' | ')} | ${s.seconds.toFixed(1)} |`);
    }
    md.push('', 'Since issue 8\'s second pass, a wire dateline ("LONDON (AP) _") is read as metadata (the outlet, the place) and no longer listed under `removed`; the scorer counted it as story lost (0.51 points of the 0.74% on pool A). The line model also learns from 348 real chrome lines of trafilatura-eval\'s English pages (`scripts/chrome-lines.ts`), put in place of pool A\'s boilerplate in a second copy; pool B is still never read by the fit (its figures were looked at while loss budgets from 0.005 to 0.04 were tried; the budgets kept, 0.009 for passages and 0.0015 for lines, are the ones pool A, the Al-Qaim example and the summarizer\'s ROUGE floor on duc2003 allow: 0.01 for passages cuts a sentence about the offensive in Al-Qaim, 0.002 for lines cuts short wire lines the summaries need). Pool B\'s boilerplate count cannot reach its total: 20 of its pieces are two-character lines, which the scorer does not match.');
    const cv = crossValidation();
    if (cv) md.push('', `Cross-validated on pool A (\`node --import tsx scripts/fit-cleaner.ts --cv 5\`: each fold's clusters held out, noisy and plain copies together, the models fitted on the rest; paragraphs marked by rules and both models, characters): ${cv}`);
    md.push('', 'Before: string rules only, pool A 17.1% removed, 1.14% lost, the acceptance set 34.9% removed, 0.59% lost; first evidence model (datelines listed as removed, fitted on pool A alone), pool A 95.7% / 0.74%, pool B 93.3% / 0.84%.');
    return md.join('\n') + '\n';
  } finally {
    if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
    else process.stderr.write(`kept ${tmp}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--pool');
  const pools = i > 0 ? [process.argv[i + 1]] : undefined;
  noiseSection({ quick: process.argv.includes('--quick'), pools }).then((s) => process.stdout.write(s));
}
