// A synthetic story of 1,000 articles made from the duc2003 documents: all 298, then copies as a news stream
// has them (a reprint drops a different paragraph each time, so no two articles are the same text), briefed
// end to end. Run as its own process so peak memory (max RSS) is the brief's own. Prints one JSON line.
// bench/run.ts times the built code with story1000.mjs; this file runs the sources through tsx.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/read/index.js';
import { briefOf } from '../src/pipeline.js';
import type { Article } from '../src/types.js';
import { syntheticStream } from './synthetic-stream.mjs';

const root = process.argv[2] ?? '../shared/data/duc2003/docs';
const n = Number(process.argv[3] ?? 1000);
const docs = (await readInputs(readdirSync(root).sort().map((c) => join(root, c)))).articles;
const articles: Article[] = syntheticStream(docs, n);
const t0 = performance.now();
const brief = briefOf(articles);
const ms = performance.now() - t0;
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ articles: articles.length, ms, rssMb, summary: brief.summary.length })}\n`);
