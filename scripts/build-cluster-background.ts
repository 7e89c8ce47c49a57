// Builds data/cluster/background-df.json: the document frequency of every term and name (as the clusterer
// extracts them, src/cluster/features.ts) over the articles of the FIT parts of the dev streams only
// (scripts/make-dev-streams.ts: even-numbered duc2003 clusters and Multi-News stories, ECB+ topics 1-22), each
// article once, full text. Keys in fewer than MIN_DF articles are left out (they say nothing about news at large
// and would only grow the file). Deterministic: keys sorted.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/build-cluster-background.ts
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFeatures, TermCache } from '../src/cluster/features.js';
import { DEFAULT_SETTINGS } from '../src/cluster/settings.js';
import { NAME_KEY } from '../src/cluster/clusterer.js';
import { BACKGROUND_FILE, type BackgroundFile } from '../src/cluster/background.js';
import { makeDevStreams, type StreamLine } from './make-dev-streams.js';

/** Articles a key must appear in to be kept. */
const MIN_DF = 2;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-bg-'));
try {
  const seen = new Set<string>();
  const df = new Map<string, number>();
  const cache = new TermCache();
  let docs = 0;
  // mix and ECB+ together hold every fit article with its full text (headlines and longtail repeat them).
  for (const s of (await makeDevStreams(tmp)).filter((x) => x.role === 'fit' && /^(mix|ecbplus)-/.test(x.name))) {
    for (const line of readFileSync(s.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as StreamLine;
      const id = String(l.id);
      if (seen.has(id) || !l.text?.trim()) continue;
      seen.add(id);
      docs++;
      const f = articleFeatures({ id, title: l.title || null, text: l.text, outlet: null, published: null }, DEFAULT_SETTINGS, cache);
      for (const k of f.terms.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      for (const k of f.names.keys()) df.set(NAME_KEY + k, (df.get(NAME_KEY + k) ?? 0) + 1);
    }
  }
  const kept = [...df].filter(([, n]) => n >= MIN_DF).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: BackgroundFile = { docs, df: Object.fromEntries(kept) };
  const file = path.join(repoRoot, BACKGROUND_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out) + '\n');
  process.stdout.write(`${file}: ${docs} articles, ${kept.length} keys (of ${df.size})\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
