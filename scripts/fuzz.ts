// `npm run fuzz`: the coverage-guided fuzzer (scripts/fuzz/engine.ts) on each reader and the text pipeline.
//   npm run fuzz                                  every target, 1,000,000 inputs each
//   npm run fuzz -- --target html --runs 50000    one target (txt, html, json, jsonl, sgml, text)
//   npm run fuzz -- --seed 7 --max-ms 2000        the seed of the mutator; the time limit per input
//   npm run fuzz -- --profile-slow /tmp/prof      a CPU profile of each input past the limit (wall)
// A breaking input (a throw, a broken property, a run past --max-ms) is saved to test/fixtures/fuzz/ (replayed by
// test/fuzz-coverage.test.ts) and the run exits 1. The random fast-check fuzzer is `npm run fuzz:random`.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coverage, FUZZ, fuzzTarget } from './fuzz/engine.js';
import { TARGETS } from './fuzz/targets.js';
import { Watchdog } from './fuzz/watchdog.js';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: { target: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, 'max-ms': { type: 'string' }, 'no-save': { type: 'boolean' }, 'profile-slow': { type: 'string' } },
});
const names = values.target ? values.target.split(',') : Object.keys(TARGETS);
for (const n of names) if (!TARGETS[n]) throw new Error(`unknown target ${n}: expected ${Object.keys(TARGETS).join(', ')}`);
const runs = Number(values.runs ?? 1_000_000);
const seed = Number(values.seed ?? 1);
const maxMs = Number(values['max-ms'] ?? FUZZ.maxMs);
const coverage = new Coverage(`${repo}/src/`.replace(/\\/g, '/'));
// --profile-slow DIR: a CPU profile of every input that runs past the time limit in wall time, in DIR.
const watch = values['profile-slow'] ? new Watchdog(values['profile-slow'], maxMs) : undefined;
let failed = 0;
for (const n of names) {
  const r = fuzzTarget(TARGETS[n], { runs, seed, maxMs, coverage, watch, saveDir: values['no-save'] ? null : join(repo, 'test/fixtures/fuzz'), log: (l) => process.stderr.write(`${l}\n`) });
  failed += r.failures.length;
  process.stdout.write(`fuzz ${n}: ${r.runs} inputs, ${r.failures.length} failures, corpus ${r.corpus}, blocks covered ${r.blocks} (all targets so far), slowest input ${r.slowestMs.toFixed(0)} ms of CPU, ${r.seconds.toFixed(0)} s (seed ${seed})\n`);
}
coverage.close();
await watch?.close();
process.exitCode = failed ? 1 : 0;
