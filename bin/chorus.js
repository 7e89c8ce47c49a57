#!/usr/bin/env node
// The installed entry point: runs the bundled CLI (dist-cli/, built by `npm run build`, which `npm ci` runs
// through "prepare"; scripts/bundle-cli.mjs), or the compiled modules in dist/ when the bundle is absent.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings of the command's process, set before any of Chorus's code is compiled.
 * - interrupt budget 8x V8's default (67,584 bytes of bytecode run): a function is handed to the optimizing
 *   compiler only after eight times as much work. A command is short and its code cold; with the default, V8
 *   optimizes (on a second thread) functions that run a few milliseconds more, and some of them again after a
 *   deoptimization: on two shared cores that thread's work is the command's. Measured on `chorus summarize` of a
 *   10-article cluster, CPU 410 -> 300 ms (default, 4x, 8x alternating); `summarize --each` of 30 clusters 2,970 ->
 *   2,280 ms; the 1,000-article brief 4,990 -> 3,790 ms (docs/benchmarks.md). Same output: optimization never
 *   changes what code computes.
 */
const V8_FLAGS = ['--interrupt-budget=540672'];
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const bundle = new URL('../dist-cli/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`chorus: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
