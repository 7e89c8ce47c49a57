// The bundled command's code cache (bin/load-bundle.js): used when it was made for the very bundle, ignored (the
// source compiled as without one) when it is stale, or damaged or foreign (V8 refuses it), and never a different
// result. And the
// installed command (bin/chorus.js on dist-cli/, `npm run build`) answers as the source does, with its cache,
// without it and with a damaged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../bin/load-bundle.js';
import { runCli } from './helpers/io.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'chorus-code-cache-'));

/** A bundle big enough for V8 to cache: functions that answer with `mark`, and one that calls them all. */
function writeBundle(file: string, mark: string): void {
  const fns = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x + ${i} > 1e9 ? '' : '${mark}'; }`);
  writeFileSync(file, `${fns.join('\n')}\nexports.answer = () => [${fns.map((_, i) => `f${i}(1)`).join(', ')}].join('');\n`);
}

/** A cache file's parts: its two header lines, the copy of the bundle it was made from, and V8's bytes. */
function parts(file: string): { lines: string[]; bundle: Buffer; data: Buffer } {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
  const lines = bytes.subarray(0, at).toString('utf8').split('\n').slice(0, 2);
  const n = (JSON.parse(lines[1]!) as { bundleBytes: number }).bundleBytes;
  return { lines, bundle: bytes.subarray(at, at + n), data: bytes.subarray(at + n) };
}
const cacheOf = (lines: string[], bundle: Buffer, data: Buffer) => Buffer.concat([Buffer.from(`${lines.join('\n')}\n`, 'utf8'), bundle, data]);

test('a cache made for the bundle is used, and gives the same answer', () => {
  const file = join(dir, 'a.cjs');
  const cache = join(dir, 'a.cache');
  writeBundle(file, 'A');
  const first = loadBundle(file, cache);
  assert.equal(first.cache, 'none');
  const answer = (first.exports.answer as () => string)();
  first.save();
  const second = loadBundle(file, cache);
  assert.equal(second.cache, 'used');
  assert.equal((second.exports.answer as () => string)(), answer);
});

test('a cache made for another bundle of the same length is stale: the new code runs', () => {
  const file = join(dir, 'b.cjs');
  const cache = join(dir, 'b.cache');
  writeBundle(file, 'A');
  loadBundle(file, cache).save();
  writeBundle(file, 'B'); // same length, other code: V8's own check (the source's length) would take the cache
  const r = loadBundle(file, cache);
  assert.equal(r.cache, 'stale');
  assert.match((r.exports.answer as () => string)(), /^B+$/);
});

test('a cache made by another Node.js, or for a bundle it holds damaged, is stale; a damaged or foreign one is rejected; the code runs', () => {
  const file = join(dir, 'c.cjs');
  const cache = join(dir, 'c.cache');
  writeBundle(file, 'C');
  loadBundle(file, cache).save();
  const { lines, bundle, data } = parts(cache);
  assert.ok(bundle.equals(readFileSync(file)));

  const key = JSON.parse(lines[1]!) as Record<string, string | number>;
  writeFileSync(cache, cacheOf([lines[0]!, JSON.stringify({ ...key, node: 'v0.0.1' })], bundle, data));
  assert.equal(loadBundle(file, cache).cache, 'stale');

  const otherCopy = Buffer.from(bundle);
  otherCopy[otherCopy.length >> 1] ^= 0x01;
  writeFileSync(cache, cacheOf(lines, otherCopy, data));
  assert.equal(loadBundle(file, cache).cache, 'stale');

  writeFileSync(cache, 'not a cache');
  assert.equal(loadBundle(file, cache).cache, 'stale');

  // The bytes V8 reads, damaged or made for another script, under a right header: V8 itself refuses them (its
  // checksum, its source check). Each on a bundle not compiled before in this process: V8 would take its own
  // in-memory copy of a script it has compiled, whatever the cache.
  const damaged = Buffer.from(data);
  damaged[damaged.length >> 1] ^= 0xff;
  const other = join(dir, 'other.cjs');
  const otherCache = join(dir, 'other.cache');
  writeFileSync(other, `exports.answer = () => 'other';\n${'//'.padEnd(5000, '-')}\n`);
  loadBundle(other, otherCache).save();
  for (const [mark, bytes] of [['D', damaged], ['E', parts(otherCache).data]] as const) {
    const fresh = join(dir, `${mark}.cjs`);
    writeBundle(fresh, mark);
    const source = readFileSync(fresh);
    writeFileSync(cache, cacheOf([lines[0]!, JSON.stringify({ ...key, bundleBytes: source.length })], source, bytes));
    const r = loadBundle(fresh, cache);
    assert.equal(r.cache, 'rejected', mark);
    assert.match((r.exports.answer as () => string)(), new RegExp(`^${mark}+$`));
  }
});

const bundle = join(repoRoot, 'dist-cli/chorus.cjs');
test('the installed command answers as the source does, with its cache, without one and with a damaged one', { skip: !existsSync(bundle) && 'no dist-cli/chorus.cjs: run `npm run build`' }, async () => {
  // A copy of the installed layout: bin/ and dist-cli/ copied (the cache is damaged there), the rest linked.
  const root = join(dir, 'pkg');
  mkdirSync(root);
  cpSync(join(repoRoot, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(repoRoot, 'dist-cli'), join(root, 'dist-cli'), { recursive: true });
  for (const name of ['data', 'dist', 'node_modules', 'package.json']) symlinkSync(join(repoRoot, name), join(root, name));
  const example = join(repoRoot, 'examples/al-qaim');
  const run = (argv: string[]) => spawnSync(process.execPath, [join(root, 'bin/chorus.js'), ...argv], { encoding: 'utf8' });
  const cacheFile = join(root, 'dist-cli/chorus.cache');
  const damage = () => {
    const bytes = readFileSync(cacheFile);
    bytes[bytes.length - 100] ^= 0xff;
    writeFileSync(cacheFile, bytes);
  };
  for (const argv of [['summarize', example], ['brief', '--json', example]]) {
    const want = await runCli(argv);
    assert.equal(want.code, 0, want.stderr);
    const states = [['as built', () => undefined], ['damaged', damage], ['none', () => rmSync(cacheFile)]] as const;
    cpSync(join(repoRoot, 'dist-cli/chorus.cache'), cacheFile);
    for (const [state, make] of states) {
      make();
      const got = run(argv);
      assert.equal(got.status, 0, `${state}: ${got.stderr}`);
      assert.equal(got.stdout, want.stdout, `${argv[0]}, cache ${state}`);
    }
  }
});
