// Error analysis of the story clusterer on the FIT parts of the dev streams only: per stream, the gold stories
// split into several predicted stories (with the sizes of the pieces) and the predicted stories that mix gold
// stories. Never run on the held-out parts.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/cluster-errors.ts [STREAM_DIR]
import os from 'node:os';
import path from 'node:path';
import { clusterStream } from '../src/cluster/stream.js';
import { makeDevStreams } from './make-dev-streams.js';
import { load, pairwiseF1 } from './eval-streams.js';

// The first argument that is not a flag (`-v` is one) names the folder.
const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? path.join(os.tmpdir(), 'chorus-dev-streams');
const verbose = process.argv.includes('-v');
for (const l of (await makeDevStreams(dir)).filter((s) => s.role === 'fit' && s.fitted).map(load)) {
  const pred = clusterStream(l.articles).stories;
  const byGold = new Map<string, Map<string, number>>();
  const byPred = new Map<string, Map<string, number>>();
  l.gold.forEach((g, i) => {
    const p = pred[i];
    if (!byGold.has(g)) byGold.set(g, new Map());
    byGold.get(g)!.set(p, (byGold.get(g)!.get(p) ?? 0) + 1);
    if (!byPred.has(p)) byPred.set(p, new Map());
    byPred.get(p)!.set(g, (byPred.get(p)!.get(g) ?? 0) + 1);
  });
  const split = [...byGold].filter(([, m]) => m.size > 1);
  const mixed = [...byPred].filter(([, m]) => m.size > 1);
  // Missed pairs (recall loss) and wrong pairs (precision loss).
  const c2 = (n: number) => (n * (n - 1)) / 2;
  let missed = 0, wrong = 0;
  for (const [, m] of byGold) { const t = [...m.values()].reduce((a, b) => a + b, 0); missed += c2(t) - [...m.values()].reduce((a, b) => a + c2(b), 0); }
  for (const [, m] of byPred) { const t = [...m.values()].reduce((a, b) => a + b, 0); wrong += c2(t) - [...m.values()].reduce((a, b) => a + c2(b), 0); }
  process.stdout.write(`${l.stream.name}: pF1 ${pairwiseF1(l.gold, pred).toFixed(3)}; ${byGold.size} gold, ${byPred.size} predicted; ${split.length} split, ${mixed.length} mixed; missed pairs ${missed}, wrong pairs ${wrong}\n`);
  if (verbose) {
    const title = (i: number) => (l.articles[i].title ?? l.articles[i].text.slice(0, 80)).replace(/\s+/g, ' ').slice(0, 80);
    for (const [g, m] of split.slice(0, 15)) {
      process.stdout.write(`  split ${g}: ${[...m.values()].sort((a, b) => b - a).join('+')}\n`);
      for (const [p] of m) { const i = pred.findIndex((x, j) => x === p && l.gold[j] === g); process.stdout.write(`     ${p} ${l.articles[i].published ?? ''} ${l.articles[i].text.length}c | ${title(i)}\n`); }
    }
    for (const [p, m] of mixed.slice(0, 10)) process.stdout.write(`  mixed ${p}: ${[...m].map(([g, n]) => `${g}:${n}`).join(' ')}\n`);
  }
}
