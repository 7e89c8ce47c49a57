#!/usr/bin/env node
// The installed entry point: runs the bundled CLI (dist-cli/chorus.cjs with its code cache, built by `npm run
// build`, which `npm ci` runs through "prepare"; scripts/bundle-cli.mjs, ./load-bundle.js), or the compiled
// modules in dist/ when the bundle is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyV8Flags, loadBundle } from './load-bundle.js';

applyV8Flags();
const bundle = fileURLToPath(new URL('../dist-cli/chorus.cjs', import.meta.url));
const { main } = existsSync(bundle) ? loadBundle(bundle, bundle.replace(/\.cjs$/, '.cache')).exports : await import('../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`chorus: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
