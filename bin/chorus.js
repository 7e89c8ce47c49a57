#!/usr/bin/env node
// The installed entry point: runs the bundled CLI (dist-cli/chorus.cjs with its code cache, built by `npm run
// build`, which `npm ci` runs through "prepare"; scripts/bundle-cli.mjs, ./load-bundle.js), or the compiled
// modules in dist/ when the bundle is absent. CommonJS (./package.json), like the bundle: node then starts without
// its ES module loader.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { applyV8Flags, loadBundle } = require('./load-bundle.js');

applyV8Flags();
const bundle = join(__dirname, '../dist-cli/chorus.cjs');

/** Runs the command; its promise settles with the exit code. */
function start(main) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`chorus: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
  );
}

if (existsSync(bundle)) start(loadBundle(bundle, bundle.replace(/\.cjs$/, '.cache')).exports.main);
else import('../dist/cli/main.js').then((m) => start(m.main));
