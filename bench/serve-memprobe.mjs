// Loaded into the benchmarked `chorus serve` process (node --import): once a second, one JSON line of its
// process.memoryUsage() on file descriptor 3, which bench/serve.bench.ts reads. Benchmark-only; the server
// itself has no memory endpoint.
import { writeSync } from 'node:fs';

setInterval(() => {
  const m = process.memoryUsage();
  try {
    writeSync(3, `${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers })}\n`);
  } catch {
    // The benchmark has gone: nothing to report to.
  }
}, 1000).unref();
