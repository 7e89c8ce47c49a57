// Bundles the command (src/cli/main.ts) into one CommonJS file, dist-cli/chorus.cjs, with esbuild; bin/chorus.js
// runs it through bin/load-bundle.js with V8's code cache (scripts/build-code-cache.mjs makes the cache): one file
// V8 need not parse, instead of a module graph Node resolves, links and compiles module by module. The commands'
// stages are still loaded on demand: esbuild turns the CLI's `await import`s into modules evaluated when first
// imported. Run by `npm run build` (and so by `npm ci` through "prepare").
// dist-cli/ sits directly under the package root, as dist/ does, so data paths (`../data`) resolve the same.
// Native and WebAssembly packages stay external (they load files next to themselves).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTERNAL = ['highs', 'better-sqlite3', 'pg', 'fastify', '@fastify/multipart'];

/**
 * `await import('pg')` of an external package, as a module of the bundle that requires it when first imported (its
 * default export is the package's module.exports, as Node's import of a CommonJS package gives). The bundle runs
 * as a vm.Script (bin/load-bundle.js), whose own import() would need Node's experimental loader hook, and that hook
 * is lost when V8 takes the script from the code cache.
 */
const dynamicExternals = {
  name: 'dynamic-externals',
  setup(b) {
    const names = new RegExp(`^(${EXTERNAL.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter: names }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'dynamic-external' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'dynamic-external' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
const outdir = join(root, 'dist-cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(outdir, 'chorus.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // wink's English core model (3 MB of JSON) is not imported: src/segment/nlp.ts reads it, or its binary copy, by path.
  external: EXTERNAL,
  plugins: [dynamicExternals],
  // The modules find their data from their own file's URL: in the bundle, the bundle's (dist-cli/, beside dist/).
  define: { 'import.meta.url': '__chorusBundleUrl' },
  banner: { js: "const __chorusBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
