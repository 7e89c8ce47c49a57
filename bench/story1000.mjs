// The 1,000-article story of story1000.ts, run on the built code (dist/, what `npx chorus` runs) with plain node,
// so peak memory is Chorus's own and not the TypeScript loader's. Same input, same brief.
//   node bench/story1000.mjs [DUC-DOCS] [N]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../dist/read/index.js';
import { briefOf } from '../dist/pipeline.js';
import { syntheticStream } from './synthetic-stream.mjs';

const root = process.argv[2] ?? '../shared/data/duc2003/docs';
const n = Number(process.argv[3] ?? 1000);
const docs = (await readInputs(readdirSync(root).sort().map((c) => join(root, c)))).articles;
const articles = syntheticStream(docs, n);
const t0 = performance.now();
const brief = briefOf(articles);
const ms = performance.now() - t0;
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ articles: articles.length, ms, rssMb, summary: brief.summary.length })}\n`);
