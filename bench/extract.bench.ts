// Time HTML extraction (parse, metadata, Readability, text) on the 130 readability-pages, and on hostile
// markup: 1,000 / 2,500 / 100,000 nested <div>s and a 10 MB one-line page (issue 12: each well under 15 s).
// Pages are read and decoded before timing; each run extracts every page once.
// Usage: node --import tsx bench/extract.bench.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtmlBytes, extractHtml } from '../src/read/html.js';

const BENCH = {
  /** Timed runs (one untimed warm-up run comes first, so the JIT does not count). */
  runs: 5,
  /** Timed runs of each hostile page. */
  hostileRuns: 3,
} as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.resolve(process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared'), 'data', 'readability-pages', 'pages');

const SENTENCE = 'The council said on Monday that the budget would be reviewed by an independent panel before the end of the year. ';

/** Hostile pages, made here: deep nesting and one huge line. */
function hostilePages(): [string, string][] {
  const nested = (n: number): string => `<html><body>${'<div>'.repeat(n)}<p>${SENTENCE.repeat(4)}</p>${'</div>'.repeat(n)}</body></html>`;
  const oneLine = `<html><body><div>${`<p>${SENTENCE}</p><div><a href="/x">more</a>`.repeat(Math.ceil(10_000_000 / 140))}</body></html>`;
  return [['1,000 nested divs', nested(1000)], ['2,500 nested divs', nested(2500)], ['100,000 nested divs', nested(100_000)], [`${(oneLine.length / 1e6).toFixed(0)} MB one-line page`, oneLine]];
}

export function benchHostileHtml(): { name: string; ms: number[] }[] {
  return hostilePages().map(([name, html]) => {
    const ms: number[] = [];
    for (let i = 0; i < BENCH.hostileRuns; i++) {
      const t = performance.now();
      extractHtml(html);
      ms.push(performance.now() - t);
    }
    return { name: `extract ${name}`, ms };
  });
}

export async function benchExtract(): Promise<{ name: string; ms: number[] }[]> {
  return [await benchReadabilityPages(), ...benchHostileHtml()];
}

async function benchReadabilityPages(): Promise<{ name: string; ms: number[] }> {
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
  for (const { name, ms } of await benchExtract()) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(`${name}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, runs ${ms.map((m) => m.toFixed(0)).join(' ')} ms`);
  }
}
