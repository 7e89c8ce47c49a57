/**
 * Story clustering speed and memory (issue 11). (1) The clustering loop (time order, features, candidates,
 * scores, merges) on full-text news: the duc2003 documents repeated as a stream reprints them
 * (bench/synthetic-stream.mjs), 20,000 articles, reading excluded: target at least 5,000 articles/s on one core.
 * (2) Memory over a 100,000-article synthetic stream of 20,000 stories spread over 2,000 days, in a fresh process
 * run with --expose-gc: heap used after a full GC every 25,000 articles stays flat because stories idle past the
 * window leave the in-memory index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { READ_LIMITS } from '../src/read/limits.js';
import { ClusterEngine } from '../src/cluster/clusterer.js';
import { timeOrder } from '../src/cluster/order.js';
import type { StreamArticle } from '../src/cluster/features.js';
import { syntheticStream } from './synthetic-stream.mjs';
import { mulberry32 as rng } from '../scripts/random.js';

const RUNS = 3;
const SPEED_ARTICLES = 20_000;
const MEMORY_ARTICLES = 100_000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = path.resolve(process.env.CHORUS_SHARED ?? path.join(repoRoot, '..', 'shared'), 'data', 'duc2003', 'docs');


const SYL = ['ka', 'lo', 'mi', 'ra', 'zen', 'tor', 'vel', 'an', 'dru', 'sso', 'ne', 'bi', 'qua', 'pel', 'gri', 'ost', 'mar', 'tin', 'eb', 'ul'];

/** Article `i` of a synthetic stream: story i/5, its own names and words, about 1,500 characters, 50 a day. */
function memoryArticle(i: number): StreamArticle {
  const story = Math.floor(i / 5);
  const sr = rng(story + 1);
  const w = (n: number) => Array.from({ length: n }, () => SYL[Math.floor(sr() * SYL.length)]).join('');
  const names = [`${w(2)} ${w(3)}`, w(3), `${w(2)} ${w(2)}`].map((s) => s.replace(/\b\w/g, (c) => c.toUpperCase()));
  const words = Array.from({ length: 30 }, () => w(3));
  const ar = rng(i * 7919 + 3);
  const pick = <T>(xs: T[]) => xs[Math.floor(ar() * xs.length)];
  const sentences = Array.from({ length: 14 }, (_, j) => `The ${pick(words)} of ${names[j % 3]} ${pick(words)} said ${pick(words)} ${pick(words)} and ${pick(words)} on ${pick(words)} ${pick(words)} ${pick(words)}.`);
  const day = Math.floor(i / 50);
  return { id: `m${i}`, title: `${names[0]} ${words[0]} ${words[1]}`, text: sentences.join(' '), outlet: `Outlet ${i % 7}`, published: new Date((10_000 + day) * 86_400_000).toISOString().slice(0, 10) };
}

/** The articles of duc2003, the Multi-News sample and ECB+ (../shared/data), each distinct text once. */
async function distinctArticles(duc: readonly StreamArticle[]): Promise<StreamArticle[]> {
  const data = path.dirname(path.dirname(docs));
  const more = [path.join(data, 'multinews-sample250'), path.join(data, 'streams-dev', 'ecbplus', 'stream.jsonl')].filter((p) => existsSync(p));
  const read = more.length ? (await readInputs(more, { maxArticles: READ_LIMITS.maxStreamArticles })).articles : [];
  const seen = new Set<string>();
  const out: StreamArticle[] = [];
  for (const a of [...duc, ...read]) {
    if (!a.text.trim() || seen.has(a.text)) continue;
    seen.add(a.text);
    out.push({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, published: a.published });
  }
  return out;
}

export async function benchCluster(): Promise<{ name: string; ms: number[]; rssMb?: number }[]> {
  if (!existsSync(docs)) throw new Error(`bench: expected DUC 2003 clusters in ${docs}, found nothing`);
  const base = [];
  for (const c of readdirSync(docs).sort()) base.push(...(await readInputs([path.join(docs, c)])).articles);
  const stream = syntheticStream(base, SPEED_ARTICLES);
  const chars = stream.reduce((n, a) => n + a.text.length, 0) / stream.length;
  const ms: number[] = [];
  let stories = 0;
  for (let r = 0; r < RUNS + 1; r++) {
    // CPU time of this process (the loop is single-threaded; GC helper threads count too), not wall time: the
    // benchmark machine is shared.
    const c0 = process.cpuUsage();
    const e = new ClusterEngine();
    for (const i of timeOrder(stream)) e.add(stream[i]);
    const c = process.cpuUsage(c0);
    if (r > 0) ms.push((c.user + c.system) / 1000); // the first run warms the JIT
    stories = e.active.size;
  }
  const best = Math.min(...ms);
  const out: { name: string; ms: number[]; rssMb?: number }[] = [{
    name: `cluster loop, full-text news: ${SPEED_ARTICLES} articles (mean ${Math.round(chars)} chars) -> ${stories} stories, ${Math.round(SPEED_ARTICLES / (best / 1000))} articles per CPU second (target >= 5,000); ms are CPU ms`,
    ms,
  }];
  // (1b) The same loop on articles each seen once: a reprint stream meets its words again and again (its term cache
  // and document frequencies stay warm); distinct news brings new words, each stemmed and counted afresh. Measured in
  // a fresh process, as `chorus cluster` runs: in this one, the heap the other benchmarks leave makes every
  // collection dearer (about 10% on this row).
  const p = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--distinct-child'], { encoding: 'utf8', cwd: repoRoot, env: process.env });
  if (p.status !== 0) throw new Error(`cluster bench: the distinct-articles child failed: ${p.stderr}`);
  const d = JSON.parse(p.stdout.trim().split('\n').at(-1) ?? '{}') as { articles: number; chars: number; ms: number[] };
  out.push({
    name: `cluster loop, distinct full-text news (duc2003, the Multi-News sample and ECB+, each article once; fresh process): ${d.articles} articles (mean ${Math.round(d.chars)} chars), ${Math.round(d.articles / (Math.min(...d.ms) / 1000))} articles per CPU second (target >= 5,000); ms are CPU ms`,
    ms: d.ms,
  });
  // (2) Memory over a long stream, in a fresh process run with --expose-gc: the heap is read after a full collection,
  // so the figures are what the engine holds, not garbage not yet collected.
  const m = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--memory-child'], { encoding: 'utf8', cwd: repoRoot, env: process.env });
  if (m.status !== 0) throw new Error(`cluster bench: the memory child failed: ${m.stderr}`);
  const mem = JSON.parse(m.stdout.trim().split('\n').at(-1) ?? '{}') as { heap: number[]; ms: number; rssMb: number; stories: number; vocabulary: number };
  out.push({
    name: `cluster memory, ${MEMORY_ARTICLES} synthetic articles over 2,000 days (fresh process): heap MB after a full GC at 25k/50k/75k/100k ${mem.heap.map((h) => h.toFixed(0)).join('/')}; ${mem.stories} stories in memory, ${mem.vocabulary} keys in the document frequencies`,
    ms: [mem.ms],
    rssMb: mem.rssMb,
  });
  return out;
}

/** The distinct-articles loop alone, in this (fresh) process: three warm-up runs, then RUNS timed ones, as JSON. */
async function distinctChild(): Promise<void> {
  const base = [];
  for (const c of readdirSync(docs).sort()) base.push(...(await readInputs([path.join(docs, c)])).articles);
  const distinct = await distinctArticles(base);
  const ms: number[] = [];
  for (let r = 0; r < RUNS + 3; r++) {
    const c0 = process.cpuUsage();
    const e = new ClusterEngine();
    for (const i of timeOrder(distinct)) e.add(distinct[i]);
    const c = process.cpuUsage(c0);
    if (r > 2) ms.push((c.user + c.system) / 1000);
  }
  const chars = distinct.reduce((n, a) => n + a.text.length, 0) / distinct.length;
  process.stdout.write(`${JSON.stringify({ articles: distinct.length, chars, ms })}\n`);
}

/** The long synthetic stream alone, in this (fresh, --expose-gc) process: heap after a full GC every 25,000 articles. */
function memoryChild(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory child needs node --expose-gc');
  const e = new ClusterEngine();
  const heap: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < MEMORY_ARTICLES; i++) {
    e.add(memoryArticle(i));
    if ((i + 1) % 25_000 === 0) {
      gc();
      heap.push(process.memoryUsage().heapUsed / 1e6);
    }
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ heap, ms, rssMb: process.resourceUsage().maxRSS / 1024, stories: e.active.size, vocabulary: e.vocabulary })}\n`);
}

if (process.argv.includes('--distinct-child')) await distinctChild();
else if (process.argv.includes('--memory-child')) memoryChild();
else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const r of await benchCluster()) process.stdout.write(`${r.name}: ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms${r.rssMb ? `, RSS ${r.rssMb.toFixed(0)} MB` : ''}\n`);
}
