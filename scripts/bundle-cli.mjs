// Bundles the command (src/cli/main.ts) into dist-cli/ with esbuild: one file per command's stages (code
// splitting follows the CLI's `await import`s), so a command loads a few files instead of some two hundred
// modules. Run by `npm run build` (and so by `npm ci` through "prepare"); bin/chorus.js runs the bundle.
// dist-cli/ sits directly under the package root, as dist/ does, so data paths (`../data`) resolve the same.
// Native and WebAssembly packages stay external (they load files next to themselves).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // wink's English model stays external too: Node reads its data files as JSON, faster than as bundled JavaScript.
  external: ['highs', 'better-sqlite3', 'pg', 'fastify', '@fastify/multipart', 'wink-eng-lite-web-model'],
  // CommonJS dependencies (wink-nlp) call require(): give every chunk one.
  banner: { js: "import { createRequire as __chorusRequire } from 'node:module'; const require = __chorusRequire(import.meta.url);" },
  logLevel: 'warning',
});
