// The bundled command's code cache (bin/load-bundle.js): used when it was made for the very bundle, ignored (the
// source compiled as without one) when it is stale, damaged or refused by V8, and never a different result. And the
// installed command (bin/chorus.js on dist-cli/, `npm run build`) answers as the source does, with its cache,
// without it and with a damaged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');
/** A cache file's parts: its three header lines and V8's bytes. */
function parts(file: string): { lines: string[]; data: Buffer } {
  const bytes = readFileSync(file);
  let at = 0;
  for (let k = 0; k < 3; k++) at = bytes.indexOf(10, at) + 1;
  return { lines: bytes.subarray(0, at).toString('utf8').split('\n').slice(0, 3), data: bytes.subarray(at) };
}
const join3 = (lines: string[], data: Buffer) => Buffer.concat([Buffer.from(`${lines.join('\n')}\n`, 'utf8'), data]);

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

test('a damaged cache, or one made by another Node.js, is stale; one V8 refuses is rejected; the code runs', () => {
  const file = join(dir, 'c.cjs');
  const cache = join(dir, 'c.cache');
  writeBundle(file, 'C');
  loadBundle(file, cache).save();
  const { lines, data } = parts(cache);
  assert.equal(lines[2], sha1(data));

  const damaged = Buffer.from(data);
  damaged[damaged.length >> 1] ^= 0xff;
  writeFileSync(cache, join3(lines, damaged));
  let r = loadBundle(file, cache);
  assert.equal(r.cache, 'stale');
  assert.match((r.exports.answer as () => string)(), /^C+$/);

  const key = JSON.parse(lines[1]!) as Record<string, string>;
  writeFileSync(cache, join3([lines[0]!, JSON.stringify({ ...key, node: 'v0.0.1' }), lines[2]!], data));
  assert.equal(loadBundle(file, cache).cache, 'stale');

  // V8's bytes of another script under a right header (the key and checksum a fresh bundle's cache would have):
  // V8 itself refuses them. (A bundle not compiled before in this process: V8 would take its own in-memory copy.)
  const other = join(dir, 'other.cjs');
  const otherCache = join(dir, 'other.cache');
  writeFileSync(other, `exports.answer = () => 'other';\n${'//'.padEnd(5000, '-')}\n`);
  loadBundle(other, otherCache).save();
  const foreign = parts(otherCache).data;
  const fresh = join(dir, 'd.cjs');
  writeBundle(fresh, 'D');
  const freshKey = JSON.stringify({ ...key, bundle: sha1(readFileSync(fresh)) });
  writeFileSync(cache, join3([lines[0]!, freshKey, sha1(foreign)], foreign));
  r = loadBundle(fresh, cache);
  assert.equal(r.cache, 'rejected');
  assert.match((r.exports.answer as () => string)(), /^D+$/);

  writeFileSync(cache, 'not a cache');
  assert.equal(loadBundle(file, cache).cache, 'stale');
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
