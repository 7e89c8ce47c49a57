// `npm run fuzz:random`: the fuzz properties of test/helpers/fuzz-props.ts run long, per target, with a random seed (or
// FUZZ_SEED), each input timed: an input that throws, breaks a property or runs past FUZZ_MAX_MS (2 s) is shrunk by
// fast-check and written to test/fixtures/hostile/ so it becomes a fixture, and the run exits 1.
//   npm run fuzz:random                   a million inputs per reader, fewer for the costlier targets
//   npm run fuzz:random -- readers 20000        one target (readers, segment, markdown, facts, cluster), a given number of runs
// This is a fast-check-driven random fuzzer, not a coverage-guided one: jazzer.js needs a native build that this
// environment does not provide. The generators are biased toward what breaks text code (runs of one character,
// long tokens, markup, controls, odd encodings), which random bytes alone rarely reach.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefInput, clusterProperty, factsInput, factsProperty, hostileInput, hostileText, markdownProperty, readerProperty, segmentProperty, streamInput } from '../test/helpers/fuzz-props.js';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 2000);

/** A property that also fails when one input runs past the time budget. */
function timed<T>(prop: (x: T) => void): (x: T) => void {
  return (x) => {
    const t = performance.now();
    prop(x);
    const ms = performance.now() - t;
    if (ms > MAX_MS) throw new Error(`ran ${ms.toFixed(0)} ms, past the ${MAX_MS} ms budget`);
  };
}

const TARGETS = {
  readers: { arb: hostileInput, prop: timed(readerProperty), runs: 1_000_000 },
  segment: { arb: hostileText, prop: timed(segmentProperty), runs: 200_000 },
  markdown: { arb: briefInput, prop: timed(markdownProperty), runs: 5_000 },
  facts: { arb: factsInput, prop: timed(factsProperty), runs: 20_000 },
  cluster: { arb: streamInput, prop: timed(clusterProperty), runs: 50_000 },
} as const;

type Name = keyof typeof TARGETS;

function saveFixture(name: string, value: unknown): string {
  const dir = join(repo, 'test/fixtures/hostile');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `fuzz-${name}-${Date.now()}.json`);
  // Buffers as base64 so any bytes survive; the fixture replays through the same property.
  writeFileSync(file, `${JSON.stringify(value, (_k, v) => (v && v.type === 'Buffer' && Array.isArray(v.data) ? { base64: Buffer.from(v.data).toString('base64') } : v), 2)}\n`);
  return file;
}

const [only, n] = process.argv.slice(2);
const names = (only ? [only] : Object.keys(TARGETS)) as Name[];
let failed = false;
for (const name of names) {
  const t = TARGETS[name];
  if (!t) throw new Error(`unknown target ${name}: expected ${Object.keys(TARGETS).join(', ')}`);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const numRuns = Number(n ?? t.runs);
  const t0 = performance.now();
  const out = fc.check(fc.property(t.arb as fc.Arbitrary<never>, t.prop as (x: never) => void), { seed, numRuns });
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  if (out.failed) {
    failed = true;
    const file = saveFixture(name, out.counterexample?.[0]);
    process.stderr.write(`fuzz ${name}: FAILED after ${out.numRuns} runs (seed ${seed}, ${s} s): ${String(out.errorInstance).slice(0, 300)}\n  input saved to ${file}\n`);
  } else process.stdout.write(`fuzz ${name}: ${out.numRuns} inputs, no failure (seed ${seed}, ${s} s)\n`);
}
process.exitCode = failed ? 1 : 0;
