// A short seeded slice of the coverage-guided fuzzer (`npm run fuzz` runs a million inputs per target): each reader
// and the text pipeline, a few dozen to a few hundred mutated inputs, none may throw, break a property or run past
// 2 s. Every input the long runs saved to test/fixtures/fuzz/ replays here through its target. FUZZ_RUNS widens it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Coverage, fuzzTarget, mutate, prng } from '../scripts/fuzz/engine.js';
import { TARGETS } from '../scripts/fuzz/targets.js';
import { outletFromDocno } from '../src/read/sgml.js';

const RUNS: Record<string, number> = { txt: 150, html: 25, json: 150, jsonl: 150, sgml: 150, text: 15 };

test('the mutator is deterministic for a seed and keeps inputs within the size cap', () => {
  const seed = Buffer.from('<DOC><TEXT>a b c</TEXT></DOC>');
  const run = (s: number) => {
    const r = prng(s);
    return Array.from({ length: 50 }, () => mutate(seed, r, [Buffer.from('<P>')], [seed]).toString('base64'));
  };
  assert.deepEqual(run(3), run(3));
  assert.notDeepEqual(run(3), run(4));
});

test('a coverage read without commit counts new blocks but keeps them new for the next read', () => {
  const coverage = new Coverage('/src/read/sgml.ts');
  try {
    coverage.take(); // what ran before this test
    assert.equal(outletFromDocno('NYT19980101.0001'), 'New York Times');
    assert.ok(coverage.take(false) > 0, 'the first call reached blocks');
    assert.equal(coverage.size, 0, 'nothing remembered without commit');
    outletFromDocno('NYT19980101.0001');
    const fresh = coverage.take();
    assert.ok(fresh > 0 && coverage.size === fresh, 'the same blocks still count as new, and are now remembered');
    outletFromDocno('NYT19980101.0001');
    assert.equal(coverage.take(false), 0, 'a third call reaches nothing new');
  } finally {
    coverage.close();
  }
});

test('coverage-guided slice: every reader and the text pipeline, no failure, coverage grows', () => {
  const coverage = new Coverage('/src/');
  try {
    for (const [name, t] of Object.entries(TARGETS)) {
      const r = fuzzTarget(t, { runs: Number(process.env.FUZZ_RUNS ?? RUNS[name]), seed: 12, coverage, saveDir: null });
      assert.deepEqual(r.failures, [], `${name}: ${JSON.stringify(r.failures)}`);
      assert.ok(r.corpus > 1, `${name}: some mutation reached a new block (corpus ${r.corpus})`);
    }
    assert.ok(coverage.size > 300, `blocks covered: ${coverage.size}`);
  } finally {
    coverage.close();
  }
});

/** Keeps this thread on the CPU for `ms` of the process's CPU time. */
function burnCpu(ms: number): void {
  const start = process.cpuUsage();
  let x = 0;
  while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < ms) x += Math.sqrt(x + 1);
  if (Number.isNaN(x)) throw new Error('unreachable');
}

test('the time rule: an input past the limit fails, and the message gives its time run again at once', () => {
  const coverage = new Coverage('/src/read/sgml.ts');
  try {
    const seeds = [Buffer.from('slow'), Buffer.from('fast')];
    const base = { dict: [Buffer.from('x')], seeds, maxInputBytes: 16 };
    // Slow on every call of one particular input.
    const always = fuzzTarget({ ...base, name: 'always', check: (b) => (b.toString() === 'slow' ? burnCpu(60) : undefined) }, { runs: 3, seed: 1, maxMs: 30, coverage, saveDir: null });
    assert.equal(always.failures.length, 1);
    assert.match(always.failures[0].error, /past the 30 ms limit .*; (6\d|[7-9]\d|\d{3,}) ms of CPU when run again at once\)$/);
    // Slow on its first timed call only (the warm-up call is untimed, so the second call): still a failure.
    let calls = 0;
    const once = fuzzTarget({ ...base, name: 'once', check: () => (++calls === 2 ? burnCpu(60) : undefined) }, { runs: 3, seed: 1, maxMs: 30, coverage, saveDir: null });
    assert.equal(once.failures.length, 1);
    assert.match(once.failures[0].error, /; \d ms of CPU when run again at once\)$/);
    assert.ok(once.slowestMs >= 60);
  } finally {
    coverage.close();
  }
});

test('every input saved by the fuzzer replays through its target without failure', () => {
  const dir = join(import.meta.dirname, 'fixtures/fuzz');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.bin')).sort();
  } catch {
    return; // none saved yet
  }
  for (const f of files) {
    const target = TARGETS[f.split('-')[0]];
    assert.ok(target, `${f}: named after a target`);
    const input = readFileSync(join(dir, f));
    // CPU time, the less of two runs: other jobs on a busy machine stretch wall time, not the work the code does.
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t = process.cpuUsage();
      target.check(input);
      const used = process.cpuUsage(t);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    assert.ok(best < 2000, `${f} used ${best.toFixed(0)} ms of CPU, past 2 s`);
  }
});
