// Speed of findDates over every sentence of a ten-article newswire story (a DUC 2003 cluster), warm.
// Target: at most 30 ms per story. Run: node --import tsx bench/dates.bench.ts
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates, type DateAnchor } from '../src/facts/dates.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = path.resolve(repoRoot, '..', 'shared', 'data', 'duc2003', 'docs');
/** Measured runs after one warm-up run. */
const RUNS = 7;

interface Doc {
  anchor: DateAnchor;
  sentences: string[];
}

/** Sentences of the first cluster's articles, split crudely: the bench measures dates, not segmentation. */
function loadStory(): Doc[] {
  if (!existsSync(DOCS)) throw new Error(`expected the DUC 2003 documents at ${DOCS}, found nothing`);
  const cluster = readdirSync(DOCS).sort()[0];
  const docs: Doc[] = [];
  for (const f of readdirSync(path.join(DOCS, cluster)).sort().slice(0, 10)) {
    const raw = readFileSync(path.join(DOCS, cluster, f), 'utf8');
    const m = /(\d{4})(\d{2})(\d{2})/.exec(f);
    if (!m) continue;
    const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '').replace(/<\/?P>/g, ' ').replace(/\s+/g, ' ');
    docs.push({ anchor: { date: `${m[1]}-${m[2]}-${m[3]}`, certainty: 'stated', basis: f }, sentences: text.split(/(?<=[.?!]['"`]*)\s+(?=[A-Z`'"])/) });
  }
  return docs;
}

export async function benchDates(): Promise<{ name: string; ms: number[] }> {
  const story = loadStory();
  const once = (): number => {
    let n = 0;
    for (const d of story) for (const s of d.sentences) n += findDates(s, d.anchor).length;
    return n;
  };
  once();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    once();
    ms.push(Math.round((performance.now() - t0) * 100) / 100);
  }
  const sentences = story.reduce((a, d) => a + d.sentences.length, 0);
  return { name: `findDates over ${story.length} articles, ${sentences} sentences`, ms };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchDates();
  console.log(`${r.name}: ${r.ms.join(' ')} ms (median ${[...r.ms].sort((a, b) => a - b)[Math.floor(r.ms.length / 2)]} ms)`);
}
