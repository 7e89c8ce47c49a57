// Real page chrome as labelled lines for the cleaner's line model (issue 8: "the with/without snippets of
// trafilatura-eval"): every text block of an English page of ../shared/data/trafilatura-eval that holds one of
// the page's "without" snippets (text a good extractor leaves out) and none of its "with" snippets (the article).
// Lines are whole blocks as the HTML reader cuts them (src/read/html-text.ts), so they have the shapes chrome
// has on real sites: menus, share prompts, cookie and newsletter notices, legal lines, teasers.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/chrome-lines.ts     (prints the count; used by fit-cleaner.ts)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/read/html-dom.js';
import { decodeHtmlBytes } from '../src/read/html-decode.js';
import { normalizeSpace, paragraphsOf } from '../src/read/html-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');

const CHROME = {
  /** A page is English when at least this share of its words are among the commonest English function words. */
  englishShare: 0.12,
  /** Blocks longer than this are not lines (a "without" snippet inside a long block labels too little of it). */
  maxWords: 30,
} as const;

const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'on', 'with', 'was', 'as', 'are', 'by', 'this', 'be', 'at', 'from']);

function englishShare(text: string): number {
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return ws.length ? ws.filter((w) => FUNCTION_WORDS.has(w)).length / ws.length : 0;
}

export interface EvalItem {
  file: string;
  with: string[];
  without: string[];
}

/**
 * The chrome lines of one page: its text blocks that hold a "without" snippet and no "with" snippet, up to
 * CHROME.maxWords words; null when the page is not English.
 */
export function pageChromeLines(html: string, item: Pick<EvalItem, 'with' | 'without'>): string[] | null {
  const doc = parseDocument(html);
  if (!doc.body) return null;
  const blocks = paragraphsOf(doc.body);
  if (englishShare(blocks.join(' ')) < CHROME.englishShare) return null;
  const without = item.without.map(normalizeSpace).filter((s) => s.length >= 3);
  const within = item.with.map(normalizeSpace).filter((s) => s.length >= 3);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.split(' ').length > CHROME.maxWords) continue;
    if (within.some((s) => b.includes(s))) continue;
    if (without.some((s) => b.includes(s))) out.push(b);
  }
  return out;
}

/** Chrome lines of the English pages, unique, in a stable order (pages by URL, blocks in reading order). */
export function chromeLines(): { lines: string[]; pages: number } {
  const dir = path.join(sharedRoot, 'data', 'trafilatura-eval');
  const data = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalItem>;
  const out = new Set<string>();
  let pages = 0;
  for (const url of Object.keys(data).sort()) {
    const item = data[url];
    const cached = path.join(dir, 'cache', item.file);
    const file = existsSync(cached) ? cached : path.join(dir, 'eval', item.file);
    if (!existsSync(file)) continue;
    const found = pageChromeLines(decodeHtmlBytes(readFileSync(file)), item);
    if (!found) continue;
    pages++;
    for (const l of found) out.add(l);
  }
  return { lines: [...out], pages };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { lines, pages } = chromeLines();
  console.error(`${lines.length} chrome lines from ${pages} English pages`);
  if (process.argv.includes('--print')) for (const l of lines) console.log(l);
}
