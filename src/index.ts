// Chorus as a library: `import { brief, summarize, facts, extract, readPaths, rouge } from 'chorus'`.
// Every function runs the same pipeline as the `chorus` command (src/pipeline.ts); docs/library.md has an example
// of each. Types: the JSON contract of a brief (src/contract.ts) and the article the readers deliver.
import type { Article, Warning } from './types.js';
import type { Brief } from './contract.js';
import type { FactsReport } from './facts/contract.js';
import { briefOf, summaryOf, type BriefOptions, type SummaryOptions } from './pipeline.js';
import { factsOf } from './facts/report/index.js';
import { readInputs, type ReadResult } from './read/index.js';
import { extractHtml, type ExtractOptions, type HtmlArticle } from './read/html.js';
import { decodeHtmlBytes } from './read/html-decode.js';
import { parseDateString } from './read/date-string.js';

export type * from './contract.js';
export type { Article, Region, ReaderRemoval, InputFormat } from './types.js';
export type { ReadResult } from './read/index.js';
export type { HtmlArticle, ExtractOptions } from './read/html.js';
export type { BriefOptions, SummaryOptions } from './pipeline.js';
export type { FactsReport, ArticleFacts, DateMention, PlaceMentionItem, NameMention } from './facts/contract.js';
export type { RougeOptions, RougeTopic, RougeSummary, RougeResult, RougeMetricResult, RougeTriple } from './eval/rouge/index.js';
export { METHOD_NAMES, DEFAULT_METHOD } from './summarize/names.js';
export { evaluateRouge as rouge } from './eval/rouge/index.js';

/**
 * An article as a caller may hand it over: only `text` is required. Missing ids are `a1`, `a2`... in order;
 * `published` is read as the JSON reader reads dates (ISO, RFC 2822, "March 3, 2024"...) and kept as YYYY-MM-DD.
 */
export interface ArticleInput {
  id?: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  author?: string | null;
  url?: string | null;
}

/** Read files and folders (.txt, .html, .json, .jsonl, NIST SGML) as the command does; skipped inputs are in `warnings`. */
export function readPaths(paths: string[]): Promise<ReadResult> {
  return readInputs(paths);
}

function isArticle(a: Article | ArticleInput): a is Article {
  return 'format' in a && 'regions' in a && typeof (a as Article).path === 'string';
}

/** Articles as the pipeline wants them: readers' articles pass through; plain objects get the reader's defaults. */
export function toArticles(input: readonly (Article | ArticleInput)[]): Article[] {
  const used = new Set<string>();
  return input.map((a, i) => {
    if (isArticle(a)) return a;
    if (typeof a.text !== 'string') throw new TypeError(`article ${i + 1}: expected a string "text", found ${typeof a.text}`);
    let id = a.id?.trim() || `a${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${a.id?.trim() || `a${i + 1}`}-${n}`;
    used.add(id);
    const published = a.published ? parseDateString(a.published) : null;
    return {
      id, path: id, format: 'txt', title: a.title ?? null, text: a.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), regions: [],
      outlet: a.outlet ?? null, author: a.author ?? null, url: a.url ?? null, published, publishedBasis: published ? 'given' : null, cluster: null,
    };
  });
}

/** The brief of one story: headline, summary, digest, facts, timeline, places, names, and what was removed. */
export function brief(articles: readonly (Article | ArticleInput)[], options: BriefOptions & { warnings?: Warning[] } = {}): Brief {
  return briefOf(toArticles(articles), options);
}

/** The summary alone, one sentence per entry (whitespace folded), under `words` (default 100). */
export function summarize(articles: readonly (Article | ArticleInput)[], options: SummaryOptions = {}): string[] {
  return summaryOf(toArticles(articles), options);
}

/** Every date, place and name of each article, with spans (`chorus facts --json`, facts-core's report). */
export function facts(articles: readonly (Article | ArticleInput)[]): FactsReport {
  return factsOf(toArticles(articles));
}

/** The article text and metadata of one HTML page (bytes are decoded by the page's declared charset). */
export function extract(html: string | Uint8Array, options: ExtractOptions = {}): HtmlArticle {
  return extractHtml(typeof html === 'string' ? html : decodeHtmlBytes(Buffer.from(html)), options);
}
