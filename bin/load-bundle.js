// Loads the bundled command (dist-cli/chorus.cjs, one CommonJS file) with V8's code cache: the bytecode of the
// functions a brief and a summary run, saved by `npm run build` (scripts/build-code-cache.mjs) in
// dist-cli/chorus.cache. With it, V8 neither parses the 1.6 MB bundle nor compiles those functions when they
// are first called: a short command's start is mostly that (docs/benchmarks.md has the figures).
//
// A cache is used only when it holds a copy of this very bundle, byte for byte, and names this Node.js, V8 and
// machine architecture; V8 checks its own version, its flags and (with --verify-snapshot-checksum, set below) a
// checksum of its bytes, and rejects a cache that does not fit: then it compiles the source as if there were none.
// So a stale, foreign or damaged cache costs the time it saves, never a different result.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

/**
 * V8 settings of the command's process, set before any of Chorus's code is compiled. The code cache is made under
 * the same settings (V8 rejects a cache made under other flags).
 * - interrupt budget 8x V8's default (67,584 bytes of bytecode run): a function is handed to the optimizing
 *   compiler only after eight times as much work. A command is short and its code cold; with the default, V8
 *   optimizes (on a second thread) functions that run a few milliseconds more, and some of them again after a
 *   deoptimization: on two shared cores that thread's work is the command's. Measured on `chorus summarize` of a
 *   10-article cluster, CPU 410 -> 300 ms (default, 4x, 8x alternating); `summarize --each` of 30 clusters 2,970 ->
 *   2,280 ms; the 1,000-article brief 4,990 -> 3,790 ms (docs/benchmarks.md). Same output: optimization never
 *   changes what code computes.
 */
const V8_FLAGS = ['--interrupt-budget=540672'];

function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

/** First line of a cache file; the second is the JSON key (cacheKey), then the bundle's bytes the cache was made
 *  from, then V8's. (A copy compared byte for byte costs less than hashing the bundle: no crypto module to load.) */
const MAGIC = 'chorus-code-cache 2';

/** What a cache must have been made for: this Node.js, V8 and architecture, and a bundle of this many bytes. */
function cacheKey(source) {
  return JSON.stringify({ node: process.version, v8: process.versions.v8, arch: process.arch, bundleBytes: source.length });
}

const headerOf = (key) => Buffer.from(`${MAGIC}\n${key}\n`, 'utf8');

/** V8's bytes in `cacheFile` when it was made for `source` under `key`; 'none' when there is no file, 'stale' when
 *  it was made for another bundle, Node.js or machine. */
function cachedBytes(cacheFile, source, key) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  const head = headerOf(key);
  const end = head.length + source.length;
  if (bytes.length <= end || !bytes.subarray(0, head.length).equals(head) || !bytes.subarray(head.length, end).equals(source)) return 'stale';
  return bytes.subarray(end);
}

/**
 * Runs a CommonJS bundle as Node's own loader would (the same wrapper arguments) and returns its exports, with the
 * code cache of `cacheFile` when it fits. `cache` says what happened: 'used', 'none' (no file), 'stale' (made for
 * another bundle, Node.js or machine: not given to V8) or 'rejected' (V8 refused it: damaged, or other V8 flags).
 */
function loadBundle(file, cacheFile) {
  // A checksum of the code cache, written with it and checked before V8 reads it (about 1 ms): V8's other checks
  // are of lengths, versions and flags, and a damaged cache must not reach its deserializer (it aborts the process).
  // Set here, for every caller, so that no cache is made or read without it.
  setFlagsFromString('--verify-snapshot-checksum');
  const source = readFileSync(file);
  const key = cacheKey(source);
  const cached = cachedBytes(cacheFile, source, key);
  const cachedData = typeof cached === 'string' ? undefined : cached;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`;
  // No import() in the bundle (scripts/bundle-cli.mjs makes its dynamic imports of packages requires).
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const cache = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'used';
  // save(): the cache of what has run so far in this process (the functions compiled until now), for this bundle.
  return { exports: module.exports, cache, save: () => writeFileSync(cacheFile, Buffer.concat([headerOf(key), source, script.createCachedData()])) };
}

module.exports = { V8_FLAGS, applyV8Flags, loadBundle };
