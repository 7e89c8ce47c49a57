// Loads the bundled command (dist-cli/chorus.cjs, one CommonJS file) with V8's code cache: the bytecode of the
// functions a brief and a summary run, saved by `npm run build` (scripts/build-code-cache.mjs) in
// dist-cli/chorus.cache. With it, V8 neither parses the 1.6 MB bundle nor compiles those functions when they
// are first called: a short command's start is mostly that (docs/benchmarks.md has the figures).
//
// A cache is used only when its header names this very bundle (its SHA-1), this Node.js and V8 and this machine
// architecture; V8 checks its own version and flags again and rejects a cache that does not fit (then it compiles
// the source as if there were none). So a stale, foreign or damaged cache costs the time it saves, never a
// different result.
'use strict';
const { createHash } = require('node:crypto');
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

/** First line of a cache file; the second is the JSON key (cacheKey), the third the SHA-1 of V8's bytes that follow
 *  (V8 itself checks only their length: a damaged cache must not reach its deserializer). */
const MAGIC = 'chorus-code-cache 1';

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');

/** What a cache must have been made from: the bundle's bytes, and the Node.js, V8 and architecture reading it. */
function cacheKey(source) {
  return JSON.stringify({
    bundle: sha1(source),
    node: process.version,
    v8: process.versions.v8,
    arch: process.arch,
  });
}

/** A cache file: the header, then V8's bytes. */
const cacheFileBytes = (key, data) => Buffer.concat([Buffer.from(`${MAGIC}\n${key}\n${sha1(data)}\n`, 'utf8'), data]);

/** The V8 bytes of `cacheFile` when its header matches `key` and them; 'none' when there is no file, 'stale' when
 *  it was made for another bundle, Node.js or machine, or is damaged. */
function cachedBytes(cacheFile, key) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  const head = Buffer.from(`${MAGIC}\n${key}\n`, 'utf8');
  if (bytes.length < head.length + 41 || !bytes.subarray(0, head.length).equals(head)) return 'stale';
  const data = bytes.subarray(head.length + 41);
  return bytes.toString('latin1', head.length, head.length + 41) === `${sha1(data)}\n` ? data : 'stale';
}

/**
 * Runs a CommonJS bundle as Node's own loader would (the same wrapper arguments) and returns its exports, with the
 * code cache of `cacheFile` when it fits. `cache` says what happened: 'used', 'none' (no file), 'stale' (made for
 * another bundle, Node.js or machine, or damaged: not given to V8) or 'rejected' (V8 refused it: other V8 flags).
 */
function loadBundle(file, cacheFile) {
  const source = readFileSync(file);
  const key = cacheKey(source);
  const cached = cachedBytes(cacheFile, key);
  const cachedData = typeof cached === 'string' ? undefined : cached;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`;
  // No import() in the bundle (scripts/bundle-cli.mjs makes its dynamic imports of packages requires).
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const cache = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'used';
  // save(): the cache of what has run so far in this process (the functions compiled until now), for this bundle.
  return { exports: module.exports, cache, save: () => writeFileSync(cacheFile, cacheFileBytes(key, script.createCachedData())) };
}

module.exports = { V8_FLAGS, applyV8Flags, loadBundle };
