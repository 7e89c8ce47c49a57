// Time HTML extraction (parse, metadata, Readability, text) on the 130 readability-pages, and on hostile
// markup: 1,000 / 2,500 / 100,000 nested <div>s and a 10 MB one-line page (issue 12: each well under 15 s).
// Pages are read and decoded before timing; each run extracts every page once. And time against size: one real
// page at 1x, 4x and 16x its body, which must stay linear.
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
  /** Copies of one real page's body in the scaling case (issue 12: time must grow linearly with size). */
  scales: [1, 4, 16],
  /** Timed runs of each scaled page (the fastest run is compared: other jobs on the machine only slow runs down). */
  scaleRuns: 5,
  /** The scaling case fails when time per character at the largest size exceeds this many times that at the smallest. */
  maxSlowdownPerChar: 2,
  /** The real page scaled (readability-pages name), about 33 KB: a blog post with code and prose. */
  scalePage: 'v8-blog',
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

/** The page with its body repeated `k` times: the same markup, k times as long. */
export function scaledPage(html: string, k: number): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.search(/<\/body>/i);
  if (!open || close < 0) return html.repeat(k);
  const start = open.index + open[0].length;
  const body = html.slice(start, close);
  return html.slice(0, close) + body.repeat(k - 1) + html.slice(close);
}

/**
 * Time against size: one real page at 1x, 4x and 16x its body. Linear extraction keeps the time per character
 * about flat; the case fails (exit 1 of `npm run bench`) when the largest page costs more than
 * BENCH.maxSlowdownPerChar times the smallest per character.
 */
export function benchScaling(): { name: string; ms: number[]; failed?: boolean }[] {
  const file = path.join(pagesDir, BENCH.scalePage, 'source.html');
  if (!fs.existsSync(file)) throw new Error(`expected the page to scale at ${file}, found nothing there`);
  const base = decodeHtmlBytes(fs.readFileSync(file));
  extractHtml(base);
  const rows = BENCH.scales.map((k) => {
    const html = scaledPage(base, k);
    const ms: number[] = [];
    for (let i = 0; i < BENCH.scaleRuns; i++) {
      const t = performance.now();
      extractHtml(html);
      ms.push(performance.now() - t);
    }
    return { k, chars: html.length, ms, perChar: Math.min(...ms) / html.length };
  });
  const slowdown = rows[rows.length - 1].perChar / rows[0].perChar;
  const failed = slowdown > BENCH.maxSlowdownPerChar;
  return rows.map((r, i) => ({
    name: `extract ${BENCH.scalePage} x${r.k} (${(r.chars / 1000).toFixed(0)} KB)${i === rows.length - 1 ? `: time per character (fastest run) ${slowdown.toFixed(2)}x that of x1` : ''}`,
    ms: r.ms,
    ...(i === rows.length - 1 && failed ? { failed } : {}),
  }));
}

export async function benchExtract(): Promise<{ name: string; ms: number[]; failed?: boolean }[]> {
  return [await benchReadabilityPages(), ...benchHostileHtml(), ...benchScaling()];
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
