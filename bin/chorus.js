#!/usr/bin/env node
// The installed entry point: runs the bundled CLI (dist-cli/, built by `npm run build`, which `npm ci` runs
// through "prepare"; scripts/bundle-cli.mjs), or the compiled modules in dist/ when the bundle is absent.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`chorus: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
