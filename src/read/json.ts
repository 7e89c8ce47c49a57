// JSON and JSON lines: one article per object `{id, title, text, url, date, source}`, an array of them, or one
// cluster per line `{id, documents: [...]}` (WCEP / Multi-News / DUC-style), where documents are objects or strings.
import type { Article, Warning } from '../types.js';
import { parseDateString } from './date-string.js';
import { READ_LIMITS } from './limits.js';
import { droppedByNormalizing } from './decode.js';

/** Field names news APIs and datasets use for each article field, in order of preference. */
const FIELDS = {
  // The last three hold a crawled page's markup: the reader extracts its article text (src/read/index.ts).
  text: ['text', 'body', 'content', 'maintext', 'article', 'document', 'description', 'html', 'raw_html', 'content_html'],
  title: ['title', 'headline', 'name'],
  url: ['url', 'link', 'source_url', 'canonical_url'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'date_publish', 'datePublished', 'time', 'timestamp'],
  outlet: ['source', 'outlet', 'publisher', 'site', 'site_name', 'source_name', 'domain'],
  author: ['author', 'authors', 'byline', 'creator'],
} as const;

/** Fields that name an article (the reader makes them unique later). */
const ID_FIELDS = ['id', 'docno', 'uuid'] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first of `names` the object holds with a value, and that value. With `folded` (the object's keys by their
 *  lowercase form, given when some key is not in lowercase), a key written in other case ("TITLE", "Publisher", as
 *  CSV exports and some APIs write them) is taken when no key matches exactly. */
function pickEntry(o: JsonObject, names: readonly string[], folded?: ReadonlyMap<string, string>): [string, Json] | undefined {
  for (const n of names) {
    const v = o[n];
    if (v !== undefined && v !== null && v !== '') return [n, v];
  }
  if (folded === undefined) return undefined;
  for (const n of names) {
    const k = folded.get(n.toLowerCase());
    const v = k === undefined ? undefined : o[k];
    if (k !== undefined && v !== undefined && v !== null && v !== '') return [k, v];
  }
  return undefined;
}

/** An object's keys by their lowercase form, or undefined when every key is in lowercase already (the usual case). */
function foldedKeysOf(o: JsonObject): Map<string, string> | undefined {
  let folded: Map<string, string> | undefined;
  for (const k of Object.keys(o)) {
    const lower = k.toLowerCase();
    if (lower === k) continue;
    folded ??= new Map();
    if (!folded.has(lower)) folded.set(lower, k);
  }
  return folded;
}

function pick(o: JsonObject, names: readonly string[], folded?: ReadonlyMap<string, string>): Json | undefined {
  return pickEntry(o, names, folded)?.[1];
}

/** A name from a string, an object with a name, or a list of either. */
function asName(v: Json | undefined, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  // A name is a string, a list of them or an object holding one: nothing deeper is a name (and deep nesting
  // must not overflow the stack).
  if (depth >= NAME_DEPTH) return null;
  if (Array.isArray(v)) {
    const names = v.map((x) => asName(x, depth + 1)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) return asName(pick(v, ['name', 'title', 'id']), depth + 1);
  return null;
}

/** How deep a name is looked for in an author or outlet field (`[{name: ...}]` is two levels). */
const NAME_DEPTH = 4;

function asDate(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    // Digits only: epoch seconds or milliseconds as a string (news APIs and aggregator dumps), or a compact
    // YYYYMMDD day.
    if (/^\d{9,13}$/.test(t)) return asDate(Number(t));
    const ymd = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (ymd) return parseDateString(`${ymd[1]}-${ymd[2]}-${ymd[3]}`);
    return parseDateString(v);
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (Number.isInteger(v) && v >= 1e7 && v < 1e8) return asDate(String(v));
    const ms = v > 1e11 ? v : v * 1000; // epoch milliseconds or seconds
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  return null;
}

function asId(v: Json | undefined): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

export interface JsonArticleDraft extends Omit<Article, 'id'> {
  /** The id the input gave, if any; the reader makes ids unique later. */
  givenId: string | null;
}

/** Options of the JSON reader. */
export interface JsonReadOptions {
  /** Accept an article object with a title and no text (read with an empty text). */
  allowTitleOnly?: boolean;
  /** Stop reading JSON lines once this many articles are read (the cap + 1): input past the cap is refused whole, so
   *  the lines after the first one past it need not be parsed (a 64 MB file of 50,000 lines is refused at once). */
  maxDrafts?: number;
}

function articleFrom(o: Json, place: string, cluster: string | null, warnings: Warning[], opts: JsonReadOptions = {}): JsonArticleDraft | null {
  if (typeof o === 'string') {
    if (!o.trim()) {
      warnings.push({ file: place, reason: 'empty document string', rule: 'read/json-empty-document', skipped: true });
      return null;
    }
    return {
      givenId: null, path: place, format: 'json', title: null, text: o, regions: [], outlet: null, author: null,
      url: null, published: null, publishedBasis: null, cluster,
    };
  }
  if (!isObject(o)) {
    warnings.push({ file: place, reason: `expected an article object or string, found ${Array.isArray(o) ? 'an array' : typeof o}`, rule: 'read/json-shape', skipped: true });
    return null;
  }
  const folded = foldedKeysOf(o);
  const title = pick(o, FIELDS.title, folded);
  const givenText = pick(o, FIELDS.text, folded);
  const titleOnly = opts.allowTitleOnly === true && typeof title === 'string' && title.trim() !== '' && (givenText === undefined || givenText === '');
  const text = titleOnly ? '' : givenText;
  if (typeof text !== 'string' || (!titleOnly && !text.trim())) {
    warnings.push({
      file: place,
      reason: `no article text: expected a non-empty string in one of ${FIELDS.text.join('/')}, found ${text === undefined ? 'none' : typeof text}`,
      rule: 'read/json-no-text',
      skipped: true,
    });
    return null;
  }
  const dateEntry = pickEntry(o, FIELDS.date, folded);
  const published = asDate(dateEntry?.[1]);
  return {
    givenId: asId(pick(o, ID_FIELDS, folded)),
    path: place,
    format: 'json',
    title: typeof title === 'string' && title.trim() ? title.trim() : null,
    text: text.replace(/\r\n?/g, '\n'),
    ...(text.includes('\r\n') ? { dropped: droppedByNormalizing(text) } : {}),
    regions: [],
    outlet: asName(pick(o, FIELDS.outlet, folded)),
    author: asName(pick(o, FIELDS.author, folded)),
    url: typeof pick(o, FIELDS.url, folded) === 'string' ? (pick(o, FIELDS.url, folded) as string) : null,
    published,
    publishedBasis: published && dateEntry ? `JSON field "${dateEntry[0]}"` : null,
    cluster,
  };
}

/** Articles of one parsed JSON value: an article, a cluster, or an array of either. */
function fromValue(v: Json, place: string, warnings: Warning[], out: JsonArticleDraft[], opts: JsonReadOptions, depth = 0): void {
  if (Array.isArray(v)) {
    if (depth >= READ_LIMITS.maxJsonDepth) {
      warnings.push({ file: place, reason: `arrays nested deeper than ${READ_LIMITS.maxJsonDepth} (READ_LIMITS.maxJsonDepth): not read`, rule: 'read/json-too-deep', skipped: true });
      return;
    }
    v.forEach((item, i) => fromValue(item, `${place}[${i}]`, warnings, out, opts, depth + 1));
    return;
  }
  if (isObject(v) && Array.isArray(v.documents ?? v.articles ?? v.docs)) {
    const docs = (v.documents ?? v.articles ?? v.docs) as Json[];
    const cluster = asId(v.id ?? v.topic ?? v.cluster) ?? place;
    docs.forEach((d, i) => {
      const a = articleFrom(d, `${place} document ${i + 1}`, cluster, warnings, opts);
      if (a) {
        if (!a.givenId) a.givenId = `${cluster}-${String(i).padStart(2, '0')}`;
        out.push(a);
      }
    });
    if (docs.length === 0) warnings.push({ file: place, reason: 'cluster with no documents', rule: 'read/json-empty-cluster', skipped: true });
    return;
  }
  const a = articleFrom(v, place, null, warnings, opts);
  if (a) out.push(a);
}

/** Parse a .json or .jsonl file. A broken line is reported with its line number; the other lines are read. */
export function readJson(text: string, path: string, opts: JsonReadOptions = {}): { drafts: JsonArticleDraft[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const drafts: JsonArticleDraft[] = [];
  const trimmed = text.trim();
  // A whole-file JSON value first (pretty-printed .json), else JSON lines.
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !/\}[ \t\r]*\n\s*\{/.test(trimmed))) {
    try {
      fromValue(JSON.parse(trimmed) as Json, path, warnings, drafts, opts);
      return { drafts, warnings };
    } catch (err) {
      if (!trimmed.includes('\n')) {
        warnings.push({ file: path, reason: `broken JSON: ${(err as Error).message}`, rule: 'read/json-syntax', skipped: true });
        return { drafts, warnings };
      }
    }
  }
  const maxDrafts = opts.maxDrafts ?? Infinity;
  let i = 0;
  for (let at = 0; at < text.length && drafts.length < maxDrafts; i++) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length : nl + 1;
    if (!line.trim()) continue;
    const place = `${path}:${i + 1}`;
    let v: Json;
    try {
      v = JSON.parse(line) as Json;
    } catch (err) {
      warnings.push({ file: place, reason: `broken JSON line (${(err as Error).message}); the other lines are read`, rule: 'read/json-syntax', skipped: true });
      continue;
    }
    fromValue(v, place, warnings, drafts, opts);
  }
  return { drafts, warnings };
}

export function looksLikeJson(head: string): boolean {
  return /^\s*[[{]/.test(head);
}
