// The reader stage: paths (files, folders, `-` for standard input) to articles. Each file's format is known by
// its extension or, failing that, by its content (DUC files have no extension). Bad input is reported, one
// warning per file with the reason, and the rest is still read.
import { readdir, stat, open, readFile as readBytes } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, InputFormat, Warning } from '../types.js';
import { decodeUtf8, isBlank, looksBinary } from './decode.js';
import { BRIEF_GENERATOR, HTML_EXTENSIONS, JSON_EXTENSIONS, READ_LIMITS, SGML_EXTENSIONS, TEXT_EXTENSIONS } from './limits.js';
import { readTxt } from './txt.js';
import { looksLikeSgml, readSgml } from './sgml.js';
import { looksLikeJson, readJson } from './json.js';
import { extractHtml } from './html.js';
import { decodeHtmlBytes } from './html-decode.js';
import { assignIds, type Draft } from './ids.js';

export interface ReadResult {
  articles: Article[];
  warnings: Warning[];
  /** Inputs (files, lines, documents) skipped; non-zero means exit code 3 for the CLI. */
  skipped: number;
}

export interface ReadOptions {
  /** Reads standard input when a path is `-`. */
  stdin?: () => Promise<Buffer>;
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

async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
  return out;
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** One input's bytes to article drafts, or warnings saying why not. */
function parseBytes(buf: Buffer, path: string, cluster: string | null, opts: ReadOptions = {}): { drafts: Draft[]; warnings: Warning[] } {
  const head = buf.subarray(0, READ_LIMITS.sniffBytes).toString('latin1');
  const format = detectFormat(path, head);
  const stem = basename(path).replace(/\.[A-Za-z]\w{0,5}$/, '');
  if (buf.length === 0) return { drafts: [], warnings: [{ file: path, reason: 'empty file (0 bytes)', rule: 'read/empty', skipped: true }] };
  if (looksBinary(buf)) {
    return { drafts: [], warnings: [{ file: path, reason: 'binary file (NUL or control bytes): expected text, HTML, JSON or SGML', rule: 'read/binary', skipped: true }] };
  }
  if (format === null) {
    return {
      drafts: [],
      warnings: [{ file: path, reason: `unknown format: extension "${extname(path)}" is not .txt/.html/.json/.jsonl and the content is not HTML, JSON or NIST SGML`, rule: 'read/unknown-format', skipped: true }],
    };
  }
  let text: string;
  if (format === 'html') {
    text = decodeHtmlBytes(buf);
  } else {
    const d = decodeUtf8(buf);
    if (!d.ok) return { drafts: [], warnings: [{ file: path, reason: d.reason, rule: d.rule, skipped: true }] };
    text = d.text;
  }
  if (isBlank(text)) return { drafts: [], warnings: [{ file: path, reason: 'empty file (only whitespace)', rule: 'read/empty', skipped: true }] };
  const base = { path, stem, cluster };
  switch (format) {
    case 'txt': {
      const a = readTxt(text, { id: stem, path });
      return { drafts: [{ ...a, cluster, givenId: null, stem }], warnings: [] };
    }
    case 'html': {
      if (isChorusBrief(text)) {
        return { drafts: [], warnings: [{ file: path, reason: 'a brief written by Chorus (its own output), not an article', rule: 'read/own-output', skipped: true }] };
      }
      const h = extractHtml(text, { path });
      const warnings: Warning[] = h.warnings.map((w) => ({ file: path, reason: w, rule: 'read/html' }));
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
      const r = readJson(text, path, { allowTitleOnly: opts.allowTitleOnly === true });
      return { drafts: r.drafts.map((d) => ({ ...d, id: '', stem, cluster: d.cluster ?? base.cluster })), warnings: r.warnings };
    }
    case 'sgml': {
      const r = readSgml(text, path, cluster);
      return { drafts: r.articles.map((a) => ({ ...a, givenId: a.id || null, stem })), warnings: r.warnings };
    }
  }
}

/** Read every input; nothing is dropped without a warning that names the file and the reason. */
export async function readInputs(paths: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const drafts: Draft[] = [];
  const warnings: Warning[] = [];
  const take = (r: { drafts: Draft[]; warnings: Warning[] }) => {
    drafts.push(...r.drafts);
    warnings.push(...r.warnings);
  };
  for (const p of paths) {
    if (p === '-') {
      if (!opts.stdin) {
        warnings.push({ file: '-', reason: 'standard input is not available', rule: 'read/stdin', skipped: true });
        continue;
      }
      take(parseBytes(await opts.stdin(), '-', null, opts));
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      warnings.push({ file: p, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? (err as Error).message})`, rule: 'read/missing', skipped: true });
      continue;
    }
    const files = st.isDirectory() ? await listFolder(p) : [p];
    // A folder of DUC documents is one cluster, named after the folder.
    const cluster = st.isDirectory() ? basename(p.replace(/\/+$/, '')) : null;
    const before = drafts.length;
    for (const f of files) take(await readFile(f, cluster, opts));
    if (st.isDirectory() && drafts.length === before) {
      warnings.push({ file: p, reason: files.length ? `folder holds ${files.length} file(s) but nothing readable` : 'empty folder', rule: 'read/empty-folder', skipped: true });
    }
  }
  if (drafts.length > READ_LIMITS.maxArticles) {
    warnings.push({ file: paths.join(' '), reason: `more than ${READ_LIMITS.maxArticles} articles; the rest are not read`, rule: 'read/too-many', skipped: true });
    drafts.length = READ_LIMITS.maxArticles;
  }
  const articles = assignIds(drafts, warnings);
  // A brief is of one story: input that says it holds several (cluster lines, DUC cluster folders) is briefed as
  // one all the same, and the reader is told.
  const clusters = [...new Set(articles.map((a) => a.cluster).filter((c): c is string => c !== null))];
  if (clusters.length > 1) {
    const shown = clusters.slice(0, 3).join(', ') + (clusters.length > 3 ? ', ...' : '');
    warnings.push({ file: paths.join(' '), reason: `the input holds ${clusters.length} clusters (${shown}); they are read as one story: give one cluster per run for one brief each`, rule: 'read/several-clusters' });
  }
  return { articles, warnings, skipped: warnings.filter((w) => w.skipped).length };
}

async function readFile(path: string, cluster: string | null, opts: ReadOptions = {}): Promise<{ drafts: Draft[]; warnings: Warning[] }> {
  try {
    const st = await stat(path);
    if (st.size > READ_LIMITS.maxFileBytes) {
      return {
        drafts: [],
        warnings: [{ file: path, reason: `file too large: ${st.size} bytes, the limit is ${READ_LIMITS.maxFileBytes}`, rule: 'read/too-large', skipped: true }],
      };
    }
    // Read the head first so a large binary file is refused without reading it whole.
    const head = await readHead(path, READ_LIMITS.sniffBytes);
    if (looksBinary(head)) {
      return { drafts: [], warnings: [{ file: path, reason: 'binary file (NUL or control bytes): expected text, HTML, JSON or SGML', rule: 'read/binary', skipped: true }] };
    }
    return parseBytes(await readBytes(path), path, cluster, opts);
  } catch (err) {
    return { drafts: [], warnings: [{ file: path, reason: `cannot read: ${(err as Error).message}`, rule: 'read/io', skipped: true }] };
  }
}
