// Time HTML extraction (parse, metadata, Readability, text) on the 130 readability-pages.
// Pages are read and decoded before timing; each run extracts every page once.
// Usage: node --import tsx bench/extract.bench.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtmlBytes, extractHtml } from '../src/read/html.js';

const BENCH = {
  /** Timed runs (one untimed warm-up run comes first, so the JIT does not count). */
  runs: 5,
} as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.resolve(repoRoot, '..', 'shared', 'data', 'readability-pages', 'pages');

export async function benchExtract(): Promise<{ name: string; ms: number[] }> {
  if (!fs.existsSync(pagesDir)) throw new Error(`expected the readability pages at ${pagesDir}, found nothing there`);
  const pages = fs
    .readdirSync(pagesDir)
    .sort()
    .map((name) => decodeHtmlBytes(fs.readFileSync(path.join(pagesDir, name, 'source.html'))));
  const once = (): number => {
    const t = performance.now();
    for (const html of pages) extractHtml(html);
    return performance.now() - t;
  };
  once();
  const ms: number[] = [];
  for (let i = 0; i < BENCH.runs; i++) ms.push(once());
  return { name: `extract ${pages.length} readability pages`, ms };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { name, ms } = await benchExtract();
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${name}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, runs ${ms.map((m) => m.toFixed(0)).join(' ')} ms`);
}
