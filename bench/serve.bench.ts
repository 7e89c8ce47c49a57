// `chorus serve` under load, on loopback, the server in its own process (the built command, bin/chorus.js) and
// the clients here, with keep-alive fetch. Issue 10's targets: a cached brief at 50 concurrent clients p50 <= 20 ms
// and p99 <= 100 ms; ingest >= 500 articles/s; memory flat (within 10%) over 60 s of mixed load. The mixed load runs
// a warm-up (CHORUS_BENCH_WARMUP_S, default 15 s) and then the measured CHORUS_BENCH_SOAK_S seconds (default 60);
// the server reports its memory each second (bench/serve-memprobe.mjs).
//   node --import tsx bench/serve.bench.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get as httpGet } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Readable } from 'node:stream';

const BENCH = {
  clients: 50,
  /** Seconds of cached-brief load. */
  briefSeconds: 5,
  /** Articles ingested, in batches, by a few clients at once. */
  ingestArticles: 2000,
  ingestBatch: 100,
  ingestClients: 4,
  /** Seconds of mixed load measured: the 60. */
  soakSeconds: Number(process.env.CHORUS_BENCH_SOAK_S ?? 60),
  /**
   * Seconds of the same mixed load first, not measured: it fills the server's bounded caches (SQLite's page cache,
   * DB_SETTINGS.sqliteCacheKib; the renderings in memory, SERVE_LIMITS.memoryCachedBytes) and lets the JIT compile
   * the brief's code, growth that stops by itself. The row prints the growth from the warm-up's start as well.
   */
  warmupSeconds: Number(process.env.CHORUS_BENCH_WARMUP_S ?? 15),
} as const;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function article(i: number, tag: string) {
  return {
    id: `${tag}${i}`,
    title: `Harbour works in port ${i % 17} (${tag}${i})`,
    text: `Work on the harbour wall of port ${i % 17} began on Monday, item ${tag}${i} of the plan.\n\nThe works will take ${i % 9 + 2} months and cost ${i * 3 + 10} million, the port authority said.\nFishing boats will use the north quay in the meantime, officials said on ${['Tuesday', 'Friday'][i % 2]}.`,
    source: `Outlet ${i % 11}`,
    date: '2024-06-03',
  };
}

/** One reading of the server's process.memoryUsage(), in bytes, with the time it arrived here. */
interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
}

async function startServer(): Promise<{ child: ChildProcess; url: string; memory: MemorySample[] }> {
  const db = join(mkdtempSync(join(tmpdir(), 'chorus-bench-')), 'bench.db');
  const probe = join(repoRoot, 'bench/serve-memprobe.mjs');
  const child = spawn(process.execPath, ['--import', pathToFileURL(probe).href, join(repoRoot, 'bin/chorus.js'), 'serve', '--db', db, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const memory: MemorySample[] = [];
  let partial = '';
  (child.stdio[3] as Readable).on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) memory.push({ at: performance.now(), ...(JSON.parse(line) as { rss: number; heapUsed: number }) });
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /chorus serve: (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, url, memory };
}

const MB = 1024 * 1024;
const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** The mean of the first and of the last quarter of the samples, in MB, and the change in per cent. */
function quarters(xs: number[]): { early: number; late: number; pct: number } {
  const q = Math.max(1, Math.floor(xs.length / 4));
  const early = avg(xs.slice(0, q)) / MB;
  const late = avg(xs.slice(-q)) / MB;
  return { early, late, pct: ((late - early) / early) * 100 };
}
const showQuarters = (label: string, xs: number[]): string => {
  const { early, late, pct } = quarters(xs);
  return `${label} first quarter ${early.toFixed(0)} MB, last quarter ${late.toFixed(0)} MB (${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%)`;
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * One GET on a keep-alive agent (node:http: the load generator costs the shared cores less than fetch, whose
 * client-side time showed in the latencies): resolves with the status once the body is read.
 */
function getStatus(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function benchServe(): Promise<{ name: string; ms: number[]; rssMb?: number }[]> {
  const { child, url, memory } = await startServer();
  const out: { name: string; ms: number[]; rssMb?: number }[] = [];
  try {
    const [story] = (await (await fetch(`${url}/api/stories`)).json()) as { id: string }[];
    const briefUrl = `${url}/api/stories/${story.id}/brief`;
    await (await fetch(briefUrl)).text(); // computed once, then cached

    // 1. Cached brief, 50 clients.
    const lat: number[] = [];
    const agent = new Agent({ keepAlive: true, maxSockets: BENCH.clients });
    for (let i = 0; i < 200; i++) await getStatus(briefUrl, agent); // warm-up: connections, JIT
    const until = performance.now() + BENCH.briefSeconds * 1000;
    await Promise.all(Array.from({ length: BENCH.clients }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const status = await getStatus(briefUrl, agent);
        if (status !== 200) throw new Error(`bench: brief answered ${status}`);
        lat.push(performance.now() - t0);
      }
    }));
    agent.destroy();
    out.push({ name: `serve: cached brief, ${BENCH.clients} clients: p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, ${(lat.length / BENCH.briefSeconds).toFixed(0)} req/s`, ms: lat });

    // 2. Ingest.
    const batches = Array.from({ length: BENCH.ingestArticles / BENCH.ingestBatch }, (_, b) => Array.from({ length: BENCH.ingestBatch }, (_, i) => article(b * BENCH.ingestBatch + i, 'i')));
    const t0 = performance.now();
    const batchMs: number[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: BENCH.ingestClients }, async () => {
      while (next < batches.length) {
        const b = batches[next++];
        const t = performance.now();
        const r = await post(`${url}/api/articles`, b);
        await r.arrayBuffer();
        if (r.status !== 201) throw new Error(`bench: ingest answered ${r.status}`);
        batchMs.push(performance.now() - t);
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    out.push({ name: `serve: ingest ${BENCH.ingestArticles} articles in batches of ${BENCH.ingestBatch}: ${(BENCH.ingestArticles / seconds).toFixed(0)} articles/s`, ms: batchMs });

    // 3. Mixed load: cached briefs, new articles, new stories and their (uncached) briefs; the server's memory each
    // second, over the warm-up and then over the measured seconds.
    let n = 0;
    const mixed = async (seconds: number): Promise<void> => {
      const stop = performance.now() + seconds * 1000;
      await Promise.all([
        ...Array.from({ length: 8 }, async () => {
          while (performance.now() < stop) await (await fetch(briefUrl)).arrayBuffer();
        }),
        (async () => {
          while (performance.now() < stop) {
            const batch = Array.from({ length: 10 }, () => article(n++, 'm'));
            const { ids } = (await (await post(`${url}/api/articles`, batch)).json()) as { ids: string[] };
            const { id } = (await (await post(`${url}/api/stories`, { articles: ids })).json()) as { id: string };
            await (await fetch(`${url}/api/stories/${id}/brief`)).arrayBuffer();
            await (await fetch(`${url}/api/stories/${id}`, { method: 'DELETE' })).arrayBuffer();
          }
        })(),
      ]);
    };
    const warmupFrom = performance.now();
    await mixed(BENCH.warmupSeconds);
    const measuredFrom = performance.now();
    const warmupStories = n / 10;
    await mixed(BENCH.soakSeconds);
    const measured = memory.filter((m) => m.at >= measuredFrom);
    const all = memory.filter((m) => m.at >= warmupFrom);
    const rss = quarters(measured.map((m) => m.rss));
    out.push({
      name:
        `serve: mixed load ${BENCH.soakSeconds} s after a ${BENCH.warmupSeconds} s warm-up (${n / 10 - warmupStories} new stories briefed): ` +
        `${showQuarters('server RSS', measured.map((m) => m.rss))}; ${showQuarters('heapUsed', measured.map((m) => m.heapUsed))}; ` +
        `from the warm-up's start ${showQuarters('RSS', all.map((m) => m.rss))}`,
      ms: measured.map((m) => m.rss / MB),
      rssMb: rss.late,
    });
  } finally {
    child.kill('SIGTERM');
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchServe()) process.stdout.write(`${r.name}\n`);
}
