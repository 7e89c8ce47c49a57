// `chorus serve` under load, on loopback, the server in its own process (the built command, bin/chorus.js) and
// the clients here, with keep-alive fetch. Issue 10's targets: a cached brief at 50 concurrent clients p50 <= 20 ms
// and p99 <= 100 ms; ingest >= 500 articles/s; memory flat (within 10%) over 60 s of mixed load. The soak runs
// CHORUS_BENCH_SOAK_S seconds (default 20, to keep `npm run bench` short; set 60 for the figure).
//   node --import tsx bench/serve.bench.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get as httpGet } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = {
  clients: 50,
  /** Seconds of cached-brief load. */
  briefSeconds: 5,
  /** Articles ingested, in batches, by a few clients at once. */
  ingestArticles: 2000,
  ingestBatch: 100,
  ingestClients: 4,
  soakSeconds: Number(process.env.CHORUS_BENCH_SOAK_S ?? 20),
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

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const db = join(mkdtempSync(join(tmpdir(), 'chorus-bench-')), 'bench.db');
  const child = spawn(process.execPath, [join(repoRoot, 'bin/chorus.js'), 'serve', '--db', db, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /chorus serve: (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, url };
}

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
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
  const { child, url } = await startServer();
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

    // 3. Mixed load: cached briefs, new articles, new stories and their (uncached) briefs; server RSS each second.
    const samples: number[] = [];
    const stop = performance.now() + BENCH.soakSeconds * 1000;
    const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 1000);
    let n = 0;
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
    clearInterval(sampler);
    const q = Math.max(1, Math.floor(samples.length / 4));
    const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const early = avg(samples.slice(0, q));
    const late = avg(samples.slice(-q));
    out.push({ name: `serve: mixed load ${BENCH.soakSeconds} s (${n / 10} new stories briefed): server RSS first quarter ${early.toFixed(0)} MB, last quarter ${late.toFixed(0)} MB (${(((late - early) / early) * 100).toFixed(1)}%)`, ms: samples, rssMb: late });
  } finally {
    child.kill('SIGTERM');
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchServe()) process.stdout.write(`${r.name}\n`);
}
