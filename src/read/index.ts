// The reader stage: paths (files, folders, `-` for standard input) to articles. Each file's format is known by
// its extension or, failing that, by its content (DUC files have no extension). Bad input is reported, one
// warning per file with the reason, and the rest is still read.
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, InputFormat, Warning } from '../types.js';
import { decodeText, isBlank, looksBinary, looksBinaryText, utf16Bom } from './decode.js';
import { BRIEF_GENERATOR, HTML_EXTENSIONS, JSON_EXTENSIONS, READ_LIMITS, SGML_EXTENSIONS, TEXT_EXTENSIONS } from './limits.js';
import { readTxt } from './txt.js';
import { looksLikeSgml, readSgml } from './sgml.js';
import { looksLikeJson, readJson } from './json.js';
import { decodeHtmlBytes } from './html-decode.js';
import { assignIds, type Draft } from './ids.js';
import { listFolder, sourceBytes } from './source.js';
import { capWarnings } from '../segment/caps.js';

/** The HTML extractor (linkedom and Readability, some 0.8 MB of code), loaded before the first HTML input only:
 *  a command reading text or SGML does not pay for it. A code reference, the same for every story. */
let htmlExtractor: typeof import('./html.js') | null = null;

/** Loads the HTML extractor; parseBytes needs it for HTML input (readInputs calls this when its input has HTML). */
export async function loadHtmlReader(): Promise<void> {
  htmlExtractor ??= await import('./html.js');
}

/** The format parseBytes will read these bytes in (UTF-16 decoded first: its bytes are half NULs). */
function sniff(buf: Buffer, path: string): { decoded16: string | null; format: InputFormat | null } {
  const bom16 = utf16Bom(buf);
  const decoded16 = bom16 ? new TextDecoder(bom16).decode(buf) : null;
  const head = decoded16 !== null ? decoded16.slice(0, READ_LIMITS.sniffBytes) : buf.subarray(0, READ_LIMITS.sniffBytes).toString('latin1');
  return { decoded16, format: detectFormat(path, head) };
}

/** parseBytes, with the HTML extractor loaded first when the bytes are HTML. */
async function parseBytesLoading(buf: Buffer, path: string, cluster: string | null, opts: ReadOptions): Promise<{ drafts: Draft[]; warnings: Warning[] }> {
  if (htmlExtractor === null && buf.length > 0 && buf.length <= READ_LIMITS.maxSourceBytes) {
    const format = sniff(buf, path).format;
    if (format === 'html' || (format === 'json' && holdsMarkup(buf))) await loadHtmlReader();
  }
  return parseBytes(buf, path, cluster, opts);
}

export interface ReadResult {
  articles: Article[];
  warnings: Warning[];
  /** Inputs (files, lines, documents) skipped, or cut by a cap; non-zero means exit code 3 for the CLI. */
  skipped: number;
}

export interface ReadOptions {
  /** Reads standard input when a path is `-`. */
  stdin?: () => Promise<Buffer>;
  /** Most articles accepted (default READ_LIMITS.maxArticles, a brief's); a command over a whole stream passes
   *  READ_LIMITS.maxStreamArticles. */
  maxArticles?: number;
  /**
   * Accept a JSON article with a title and an empty text (news aggregators deliver headlines so); for
   * `chorus cluster`, which can place a headline. A brief needs text, so this is off by default.
   */
  allowTitleOnly?: boolean;
}

/** A page whose head says Chorus wrote it (render/html.ts). */
function isChorusBrief(page: string): boolean {
  const head = page.slice(0, 4096);
  return head.includes(`<meta name="generator" content="${BRIEF_GENERATOR}">`);
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<!--)/i.test(head) || /<(html|body|article|div|p)[\s>]/i.test(head.slice(0, 2000));
}

/** A tag that opens a page or its body, as a JSON string's first characters (`<` possibly escaped as `\u003c`). */
const PAGE_TAG = /^(?:<|\\u003c)(?:!doctype|html|head|body|div|p|article)[\s>]/i;
/** What may stand between a JSON string's opening quote and its first tag: spaces and escaped line breaks or tabs. */
const LEADING_SPACE = /"(?:\s|\\[nrt])*$/;

/** `<` signs checked before a JSON input is taken to hold markup (loading the reader costs less than more checks). */
const MARKUP_CHECKS = 1000;

/**
 * Whether a JSON input may hold a string that starts with a page's markup (a crawler's record): each `<` found by a
 * byte search is checked, so a file without any costs one pass of Buffer.indexOf; past MARKUP_CHECKS, yes. Exported
 * for the tests (the reader is loaded once per process, so which input loaded it cannot be seen from outside).
 */
export function holdsMarkup(buf: Buffer): boolean {
  let checks = 0;
  for (const opener of ['<', '\\u003c', '\\u003C']) {
    for (let at = buf.indexOf(opener); at >= 0; at = buf.indexOf(opener, at + 1)) {
      if (++checks > MARKUP_CHECKS) return true;
      if (PAGE_TAG.test(buf.toString('latin1', at, at + 16)) && LEADING_SPACE.test(buf.toString('latin1', Math.max(0, at - 16), at))) return true;
    }
  }
  return false;
}

/** A JSON article's text that is a page's markup, not prose: it starts with a tag and holds the tags of a page. */
function isMarkup(text: string): boolean {
  return /^\s*</.test(text) && looksLikeHtml(text.slice(0, 2000));
}

/**
 * JSON articles whose text field holds a page's markup (crawlers deliver pages so) read as HTML pages: the article
 * text extracted, the page's metadata used where the JSON gives none. One warning per input says how many.
 */
function withPagesExtracted(drafts: Draft[], path: string, warnings: Warning[]): Draft[] {
  if (htmlExtractor === null) return drafts;
  const out: Draft[] = [];
  let pages = 0;
  let first = '';
  for (const d of drafts) {
    if (!isMarkup(d.text)) {
      out.push(d);
      continue;
    }
    const h = htmlExtractor.extractHtml(d.text, { path: d.path });
    pages++;
    first ||= d.path;
    for (const w of h.warnings) warnings.push({ file: d.path, ...w });
    if (!h.text.trim()) {
      warnings.push({ file: d.path, reason: 'text field holds an HTML page without article text', rule: 'read/html-empty', skipped: true });
      continue;
    }
    // The CRs the JSON reader dropped were positions in the markup, not in the extracted text.
    const { dropped: _markupDrops, ...rest } = d;
    out.push({
      ...rest,
      title: d.title ?? h.title,
      text: h.text,
      outlet: d.outlet ?? h.outlet,
      author: d.author ?? h.author,
      url: d.url ?? h.url,
      published: d.published ?? h.published,
      publishedBasis: d.published ? d.publishedBasis : h.publishedBasis,
      ...(h.removed.length ? { readerRemovals: h.removed } : {}),
    });
  }
  if (pages > 0) {
    warnings.push({
      file: path,
      reason: `${pages} article text field(s) hold HTML pages (the first at ${first}): read as pages, the article text extracted; facts' spans index that text`,
      rule: 'read/json-html',
    });
  }
  return out;
}

/** The format of a file: its extension when we know it, else what its first bytes say, else null. */
export function detectFormat(name: string, head: string): InputFormat | null {
  const ext = extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (JSON_EXTENSIONS.has(ext)) return 'json';
  if (SGML_EXTENSIONS.has(ext) || looksLikeSgml(head)) return 'sgml';
  if (TEXT_EXTENSIONS.has(ext)) return 'txt';
  if (looksLikeJson(head)) return 'json';
  if (looksLikeHtml(head)) return 'html';
  // No extension (or a numeric one, as in DUC's `APW19981017.0151`): plain text is the honest reading.
  if (ext === '' || /^\.\d+$/.test(ext) || name === '-') return 'txt';
  return null;
}

/** One input's bytes to article drafts, or warnings saying why not (exported for the fuzzers). */
export function parseBytes(buf: Buffer, path: string, cluster: string | null, opts: ReadOptions = {}): { drafts: Draft[]; warnings: Warning[] } {
  const stem = basename(path).replace(/\.[A-Za-z]\w{0,5}$/, '');
  if (buf.length === 0) return { drafts: [], warnings: [{ file: path, reason: 'empty file (0 bytes)', rule: 'read/empty', skipped: true }] };
  if (buf.length > READ_LIMITS.maxSourceBytes) {
    return { drafts: [], warnings: [{ file: path, reason: `too large: more than ${READ_LIMITS.maxSourceBytes} bytes (READ_LIMITS.maxSourceBytes); split the input`, rule: 'read/too-large', skipped: true }] };
  }
  // A UTF-16 file is decoded before anything else looks at it: its bytes are half NULs.
  const { decoded16, format } = sniff(buf, path);
  if (decoded16 !== null ? looksBinaryText(decoded16) : looksBinary(buf)) {
    return { drafts: [], warnings: [{ file: path, reason: 'binary file (NUL or control bytes): expected text, HTML, JSON or SGML', rule: 'read/binary', skipped: true }] };
  }
  if (format === null) {
    return {
      drafts: [],
      warnings: [{ file: path, reason: `unknown format: extension "${extname(path)}" is not .txt/.html/.json/.jsonl and the content is not HTML, JSON or NIST SGML`, rule: 'read/unknown-format', skipped: true }],
    };
  }
  let text: string;
  const notes: Warning[] = [];
  let dropped: number[] = [];
  if (format === 'html') {
    text = decoded16 !== null ? decoded16.replace(/^\uFEFF/, '') : decodeHtmlBytes(buf);
  } else {
    const d = decodeText(buf);
    if (!d.ok) return { drafts: [], warnings: [{ file: path, reason: d.reason, rule: d.rule, skipped: true }] };
    if (d.note) notes.push({ file: path, reason: d.note.reason, rule: d.note.rule });
    text = d.text;
    dropped = d.dropped;
  }
  if (isBlank(text)) return { drafts: [], warnings: [...notes, { file: path, reason: 'empty file (only whitespace)', rule: 'read/empty', skipped: true }] };
  // Past the article cap the whole input is refused (readInputs), so a reader may stop one article past it.
  const maxDrafts = Math.min(opts.maxArticles ?? READ_LIMITS.maxArticles, READ_LIMITS.maxStreamArticles) + 1;
  const r = parseText(text, format, { path, stem, cluster, dropped, allowTitleOnly: opts.allowTitleOnly === true, maxDrafts });
  return { drafts: r.drafts, warnings: [...notes, ...r.warnings] };
}

/** Decoded text of one input, in a known format, to article drafts. */
function parseText(
  text: string,
  format: InputFormat,
  base: { path: string; stem: string; cluster: string | null; /** See Article.dropped. */ dropped?: number[]; allowTitleOnly?: boolean; maxDrafts?: number },
): { drafts: Draft[]; warnings: Warning[] } {
  const { path, stem, cluster, dropped = [] } = base;
  switch (format) {
    case 'txt': {
      const a = readTxt(text, { id: stem, path });
      if (dropped.length) a.dropped = dropped;
      return { drafts: [{ ...a, cluster, givenId: null, stem }], warnings: [] };
    }
    case 'html': {
      if (isChorusBrief(text)) {
        return { drafts: [], warnings: [{ file: path, reason: 'a brief written by Chorus (its own output), not an article', rule: 'read/own-output', skipped: true }] };
      }
      if (htmlExtractor === null) throw new Error('chorus: HTML input read before loadHtmlReader() (src/read/index.ts)');
      const h = htmlExtractor.extractHtml(text, { path });
      const warnings: Warning[] = h.warnings.map((w) => ({ file: path, ...w }));
      if (!h.text.trim()) {
        warnings.push({ file: path, reason: 'HTML page without article text', rule: 'read/html-empty', skipped: true });
        return { drafts: [], warnings };
      }
      const publishedBasis = h.publishedBasis;
      return {
        drafts: [{
          givenId: null, stem, id: stem, path, format: 'html', title: h.title, text: h.text, regions: [],
          outlet: h.outlet, author: h.author, url: h.url, published: h.published, publishedBasis, cluster,
          ...(h.removed.length ? { readerRemovals: h.removed } : {}),
        }],
        warnings,
      };
    }
    case 'json': {
      const r = readJson(text, path, { allowTitleOnly: base.allowTitleOnly === true, maxDrafts: base.maxDrafts });
      const drafts = withPagesExtracted(r.drafts.map((d) => ({ ...d, id: '', stem, cluster: d.cluster ?? base.cluster })), path, r.warnings);
      return { drafts, warnings: r.warnings };
    }
    case 'sgml': {
      const r = readSgml(text, path, cluster, base.maxDrafts);
      return { drafts: r.articles.map((a) => ({ ...a, givenId: a.id || null, stem })), warnings: r.warnings };
    }
  }
}

/** `a/b//` -> `a/b`, by a scan (a `/\/+$/` pattern is quadratic on a long run of slashes). */
function withoutTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}

/** Too many articles for one brief: refused at once, with the cap and the way out. */
function tooMany(paths: string[], n: number, cap: number): Warning {
  return {
    file: paths.join(' '),
    reason: `more than ${cap} articles (read ${n} so far; READ_LIMITS.maxArticles): a brief is of one story; split the input into stories first with \`chorus cluster\``,
    rule: 'read/too-many',
    skipped: true,
  };
}

/** Read every input; nothing is dropped without a warning that names the file and the reason. */
export async function readInputs(paths: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const drafts: Draft[] = [];
  const warnings: Warning[] = [];
  const maxArticles = Math.min(opts.maxArticles ?? READ_LIMITS.maxArticles, READ_LIMITS.maxStreamArticles);
  const take = (r: { drafts: Draft[]; warnings: Warning[] }) => {
    drafts.push(...r.drafts);
    warnings.push(...r.warnings);
  };
  for (const p of paths) {
    if (drafts.length > maxArticles) break;
    if (p === '-') {
      if (!opts.stdin) {
        warnings.push({ file: '-', reason: 'standard input is not available', rule: 'read/stdin', skipped: true });
        continue;
      }
      take(await parseBytesLoading(await opts.stdin(), '-', null, opts));
      continue;
    }
    let st;
    try {
      st = await stat(p); // never opens: a FIFO is not waited on
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symlink loop' : `cannot read (${code ?? (err as Error).message})`;
      warnings.push({ file: p, reason, rule: 'read/missing', skipped: true });
      continue;
    }
    if (!st.isDirectory()) {
      take(await readFile(p, st, null, opts));
      continue;
    }
    const listing = await listFolder(p);
    warnings.push(...listing.warnings);
    // A folder of DUC documents is one cluster, named after the folder.
    const cluster = basename(withoutTrailingSlashes(p));
    const before = drafts.length;
    for (const f of listing.files) {
      take(await readFile(f.path, f.st, cluster, opts));
      if (drafts.length > maxArticles) break;
    }
    if (drafts.length === before) {
      const n = listing.files.length;
      warnings.push({ file: p, reason: n ? `folder holds ${n} file(s) but nothing readable` : 'no readable file in the folder', rule: 'read/empty-folder', skipped: true });
    }
  }
  if (drafts.length > maxArticles) {
    warnings.push(tooMany(paths, drafts.length, maxArticles));
    return { articles: [], warnings, skipped: warnings.filter((w) => w.skipped || w.cut).length };
  }
  const articles = assignIds(drafts, warnings);
  for (const a of articles) warnings.push(...capWarnings(a));
  // A brief is of one story: input that says it holds several (cluster lines, DUC cluster folders) is briefed as
  // one all the same, and the reader is told.
  const clusters = [...new Set(articles.map((a) => a.cluster).filter((c): c is string => c !== null))];
  if (clusters.length > 1) {
    const shown = clusters.slice(0, 3).join(', ') + (clusters.length > 3 ? ', ...' : '');
    warnings.push({ file: paths.join(' '), reason: `the input holds ${clusters.length} clusters (${shown}); they are read as one story: give one cluster per run for one brief each`, rule: 'read/several-clusters' });
  }
  return { articles, warnings, skipped: warnings.filter((w) => w.skipped || w.cut).length };
}

async function readFile(path: string, st: Stats, cluster: string | null, opts: ReadOptions = {}): Promise<{ drafts: Draft[]; warnings: Warning[] }> {
  try {
    const src = await sourceBytes(path, st);
    if (!src.ok) return { drafts: [], warnings: [src.warning] };
    return await parseBytesLoading(src.bytes, path, cluster, opts);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { drafts: [], warnings: [{ file: path, reason: `cannot read (${code ?? (err as Error).message})`, rule: 'read/io', skipped: true }] };
  }
}
