// Writes dist-cli/chorus.cache, V8's code cache of the bundled command (bin/load-bundle.js says what it holds and
// when it is used). The cache holds the functions that have run when it is made, so this script runs the
// commands a user runs most, on the example story, in one process under the command's own V8 settings, then saves
// it. Run by `npm run build` after scripts/bundle-cli.mjs and scripts/build-wink-cache.mjs (the model's loader
// from the binary copy is what runs later too).
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyV8Flags, loadBundle } from '../bin/load-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli/chorus.cjs');
const example = join(root, 'examples/al-qaim');
/** The commands whose functions the cache holds. */
const TRAINING = [
  ['summarize', example],
  ['brief', '--json', example],
];

const cacheFile = join(root, 'dist-cli/chorus.cache');
// Made from none: loaded with an older cache, the bundle would have every function that cache holds compiled
// already, and the new one would hold them too, whether or not the commands above still run them.
rmSync(cacheFile, { force: true });
applyV8Flags();
const loaded = loadBundle(bundle, cacheFile);
const discard = () => new Writable({ write: (_chunk, _enc, done) => done() });
try {
  for (const argv of TRAINING) {
    const stderr = [];
    const io = { stdout: discard(), stderr: new Writable({ write: (chunk, _enc, done) => { stderr.push(String(chunk)); done(); } }), stdin: async () => Buffer.alloc(0), cwd: root };
    const code = await loaded.exports.main(argv, io);
    if (code !== 0) throw new Error(`chorus ${argv.join(' ')} exited ${code}: ${stderr.join('')}`);
  }
  loaded.save();
} catch (err) {
  // Without a cache the command runs as well, only slower (bench/cli.bench.ts says so): not a reason to fail an install.
  process.stderr.write(`build-code-cache: no code cache made, the command will start slower: ${err instanceof Error ? err.message : err}\n`);
}
