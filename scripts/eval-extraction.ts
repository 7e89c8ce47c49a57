// Measure HTML extraction on the shared datasets.
//
// 1. trafilatura-eval (990 pages): the protocol of trafilatura's comparison benchmark. Both sides
//    whitespace-normalized; each "with" snippet found in the output is a true positive, else a false
//    negative; each "without" snippet found is a false positive; micro-averaged P, R and
//    F1 = 2tp/(2tp+fp+fn); a crash counts as all misses. Published F1: trafilatura 0.924,
//    news-please 0.836, readability-lxml 0.826, goose3 0.810, newspaper4k 0.801, raw HTML 0.667.
// 2. readability-pages (130 pages): word 4-gram overlap between our text and the text of
//    Readability's expected.html (per-page precision and recall, averaged over pages, F1 of the
//    averages), a stand-in for the hidden news-page metric; plus metadata agreement with
//    expected-metadata.json.
//
// Usage: node --import tsx scripts/eval-extraction.ts [--set trafilatura|readability|all] [--limit N] [--worst N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeHtmlBytes, extractHtml } from '../src/read/html.js';
import { parseDocument } from '../src/read/html-dom.js';
import { paragraphsOf } from '../src/read/html-text.js';
import { ngramCounts } from '../src/text/words.js';

const EVAL = {
  /** Word n-gram size of the overlap score. */
  ngram: 4,
} as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The shared datasets: $CHORUS_SHARED/data, by default <repo>/../shared/data. */
export const dataRoot = path.resolve(process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared'), 'data');

export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- trafilatura-eval

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

interface EvalItem {
  file: string;
  with: string[];
  without: string[];
}

/** Score one page's output (null = crash) against its snippets. */
export function scoreSnippets(output: string | null, item: { with: string[]; without: string[] }): SnippetCounts {
  if (output === null) return { tp: 0, fn: item.with.length, fp: 0, tn: item.without.length };
  const text = normalizeWhitespace(output);
  const c = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of item.with) if (text.includes(normalizeWhitespace(s))) c.tp++; else c.fn++;
  for (const s of item.without) if (text.includes(normalizeWhitespace(s))) c.fp++; else c.tn++;
  return c;
}

export function prf(c: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return { precision, recall, f1 };
}

export function trafilaturaItems(limit = Infinity): { url: string; item: EvalItem; file: string }[] {
  const dir = path.join(dataRoot, 'trafilatura-eval');
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalItem>;
  return Object.entries(data)
    .slice(0, limit)
    .map(([url, item]) => {
      const cached = path.join(dir, 'cache', item.file);
      return { url, item, file: fs.existsSync(cached) ? cached : path.join(dir, 'eval', item.file) };
    });
}

function evalTrafilatura(limit: number, worst: number): void {
  const items = trafilaturaItems(limit);
  const total: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const perPage: { file: string; c: SnippetCounts }[] = [];
  let crashes = 0;
  let ms = 0;
  for (const { url, item, file } of items) {
    let output: string | null = null;
    try {
      const html = decodeHtmlBytes(fs.readFileSync(file));
      const t = performance.now();
      output = extractHtml(html, { url, path: file }).text;
      ms += performance.now() - t;
    } catch (e) {
      crashes++;
      console.error(`crash on ${item.file}: ${(e as Error).message}`);
    }
    const c = scoreSnippets(output, item);
    perPage.push({ file: item.file, c });
    total.tp += c.tp; total.fn += c.fn; total.fp += c.fp; total.tn += c.tn;
  }
  const s = prf(total);
  console.log(`trafilatura-eval: ${items.length} pages, ${crashes} crashes`);
  console.log(`  tp ${total.tp} fn ${total.fn} fp ${total.fp} tn ${total.tn}`);
  console.log(`  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${(items.length / (ms / 1000)).toFixed(1)} pages/s, extraction only)`);
  console.log('  published F1: trafilatura 0.924, news-please 0.836, readability-lxml 0.826, goose3 0.810, newspaper4k 0.801, raw HTML 0.667');
  if (worst > 0) {
    const bad = perPage.filter((p) => p.c.fn + p.c.fp > 0).sort((a, b) => b.c.fn + b.c.fp - (a.c.fn + a.c.fp) || a.file.localeCompare(b.file));
    for (const p of bad.slice(0, worst)) console.log(`    ${p.file}: fn ${p.c.fn} fp ${p.c.fp}`);
  }
}

// ---------------------------------------------------------------- readability-pages

/** Lowercased word tokens (letter or digit runs), the unit of the overlap score. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}


/** Precision and recall of `candidate`'s word n-grams against `reference`'s (clipped counts). Empty sides score 1 against empty, 0 otherwise. */
export function ngramOverlap(candidate: string, reference: string, n: number = EVAL.ngram): { precision: number; recall: number } {
  const c = ngramCounts(words(candidate), n);
  const r = ngramCounts(words(reference), n);
  let cTotal = 0;
  let rTotal = 0;
  let hit = 0;
  for (const v of c.values()) cTotal += v;
  for (const [g, v] of r) {
    rTotal += v;
    hit += Math.min(v, c.get(g) ?? 0);
  }
  if (cTotal === 0 && rTotal === 0) return { precision: 1, recall: 1 };
  return { precision: cTotal ? hit / cTotal : 0, recall: rTotal ? hit / rTotal : 0 };
}

/** The text of a Readability expected.html fragment, as our serializer writes text. */
export function expectedText(fragment: string): string {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${fragment}</body></html>`);
  return doc.body ? paragraphsOf(doc.body).join('\n\n') : '';
}

export interface ReadabilityPage {
  name: string;
  dir: string;
}

export function readabilityPages(limit = Infinity): ReadabilityPage[] {
  const dir = path.join(dataRoot, 'readability-pages', 'pages');
  return fs
    .readdirSync(dir)
    .sort()
    .slice(0, limit)
    .map((name) => ({ name, dir: path.join(dir, name) }));
}

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Per-field agreement of our metadata with Readability's expected-metadata.json. */
export function metadataAgreement(pages: ReadabilityPage[]): Record<string, { agree: number; total: number }> {
  const fields: Record<string, { agree: number; total: number }> = {};
  const tally = (field: string, ours: string | null, expected: string | null): void => {
    const f = (fields[field] ??= { agree: 0, total: 0 });
    f.total++;
    if (ours === expected) f.agree++;
  };
  for (const p of pages) {
    const exp = JSON.parse(fs.readFileSync(path.join(p.dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
    const got = extractHtml(decodeHtmlBytes(fs.readFileSync(path.join(p.dir, 'source.html'))));
    const norm = (s: string | null): string | null => (s === null ? null : normalizeWhitespace(s) || null);
    tally('title', norm(got.title), norm(exp.title));
    tally('author', norm(got.author), norm(exp.byline));
    tally('outlet', norm(got.outlet), norm(exp.siteName));
    const expDay = exp.publishedTime ? /^\d{4}-\d{2}-\d{2}/.exec(exp.publishedTime)?.[0] ?? null : null;
    tally('published (all pages)', got.published, expDay);
    if (expDay) tally('published (pages with a date)', got.published, expDay);
    if (exp.lang) tally('lang', got.lang, exp.lang);
  }
  return fields;
}

function evalReadability(limit: number, worst: number): void {
  const pages = readabilityPages(limit);
  let pSum = 0;
  let rSum = 0;
  let ms = 0;
  const scores: { name: string; p: number; r: number }[] = [];
  for (const page of pages) {
    const html = decodeHtmlBytes(fs.readFileSync(path.join(page.dir, 'source.html')));
    const t = performance.now();
    const got = extractHtml(html).text;
    ms += performance.now() - t;
    const ref = expectedText(fs.readFileSync(path.join(page.dir, 'expected.html'), 'utf8'));
    const o = ngramOverlap(got, ref);
    pSum += o.precision;
    rSum += o.recall;
    scores.push({ name: page.name, p: o.precision, r: o.recall });
  }
  const p = pSum / pages.length;
  const r = rSum / pages.length;
  console.log(`readability-pages: ${pages.length} pages, word ${EVAL.ngram}-gram overlap with expected.html`);
  console.log(`  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${(p + r > 0 ? (2 * p * r) / (p + r) : 0).toFixed(3)}  (${(pages.length / (ms / 1000)).toFixed(1)} pages/s)`);
  console.log('  hidden-twin published F1 (same metric, other pages): trafilatura 0.958, newspaper4k 0.949, news-please 0.948, Mozilla Readability 0.947');
  if (worst > 0) {
    for (const s of scores.sort((a, b) => a.p + a.r - (b.p + b.r) || a.name.localeCompare(b.name)).slice(0, worst)) {
      console.log(`    ${s.name}: p ${s.p.toFixed(3)} r ${s.r.toFixed(3)}`);
    }
  }
  const meta = metadataAgreement(pages);
  console.log('  metadata agreement with expected-metadata.json:');
  for (const [field, f] of Object.entries(meta)) console.log(`    ${field}: ${f.agree}/${f.total} = ${(f.agree / f.total).toFixed(3)}`);
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const set = arg('--set') ?? 'all';
  const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
  const worst = arg('--worst') ? Number(arg('--worst')) : 0;
  if (!['all', 'trafilatura', 'readability'].includes(set)) {
    console.error(`--set: expected trafilatura, readability or all, found "${set}"`);
    process.exit(2);
  }
  if (!fs.existsSync(dataRoot)) {
    console.error(`expected the shared datasets at ${dataRoot}, found nothing there`);
    process.exit(1);
  }
  if (set !== 'readability') evalTrafilatura(limit, worst);
  if (set !== 'trafilatura') evalReadability(limit, worst);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
