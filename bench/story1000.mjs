// The 1,000-article story of story1000.ts, run on the built code (dist/, what `npx chorus` runs) with plain node,
// so peak memory is Chorus's own and not the TypeScript loader's. Same input, same brief.
//   node bench/story1000.mjs [DUC-DOCS] [N] [--hash]
// --hash adds the sha256 of the brief's JSON (it holds the input paths: compare runs given the same DUC-DOCS), to check
// that a speed-up leaves the output byte-identical.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../dist/read/index.js';
import { briefOf } from '../dist/pipeline.js';
import { syntheticStream } from './synthetic-stream.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--hash');
const hash = process.argv.includes('--hash');
const root = args[0] ?? '../shared/data/duc2003/docs';
const n = Number(args[1] ?? 1000);
const docs = (await readInputs(readdirSync(root).sort().map((c) => join(root, c)))).articles;
const articles = syntheticStream(docs, n);
const t0 = performance.now();
const brief = briefOf(articles);
const ms = performance.now() - t0;
const rssMb = process.resourceUsage().maxRSS / 1024;
const sha256 = hash ? { sha256: createHash('sha256').update(JSON.stringify(brief)).digest('hex') } : {};
process.stdout.write(`${JSON.stringify({ articles: articles.length, ms, rssMb, summary: brief.summary.length, ...sha256 })}\n`);
