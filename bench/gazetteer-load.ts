// The gazetteer's first load in a fresh process (nothing loaded before it), with the memory it adds: run as a
// child by places.bench.ts so that other benchmarks in the same process cannot have loaded it already.
import { loadGazetteer } from '../src/facts/places/index.js';

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const gaz = loadGazetteer();
const ms = performance.now() - t0;
const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, rssMb, entries: gaz.size })}\n`);
