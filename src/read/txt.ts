// Plain-text articles: header lines (`date 2017-10-26 WORLD`, `source: Reuters`) are metadata, the first other
// non-empty line is the title, and a bare date line just under the title is the dateline.
import type { Article, Region } from '../types.js';
import { isBareDateLine, parseDateString } from './date-string.js';

/** Keys of header lines at the top of a text file, and the article field each fills. */
const HEADER_KEYS: Record<string, 'published' | 'outlet' | 'url' | 'author' | 'title' | 'section'> = {
  date: 'published', published: 'published', pubdate: 'published', 'publication-date': 'published',
  source: 'outlet', outlet: 'outlet', publisher: 'outlet', site: 'outlet',
  url: 'url', link: 'url',
  author: 'author', byline: 'author',
  title: 'title', headline: 'title',
  section: 'section', category: 'section',
};

/** `key: value`, or `key value` (only a date may go without the colon: "date 2017-10-26 WORLD"). Matched on the
 *  trimmed line, anchored at both ends of the key, so it is linear whatever the line holds. */
const HEADER_KEY = /^([A-Za-z-]{1,32})[ \t]*(:)?[ \t]*/;

/** A header line is short; a longer line is the title or the body, and is not matched at all. */
const HEADER_MAX_CHARS = 1000;

function headerLine(line: string): { key: string; colon: boolean; value: string } | null {
  const t = line.trim();
  if (t.length > HEADER_MAX_CHARS) return null;
  const m = HEADER_KEY.exec(t);
  return m ? { key: m[1].toLowerCase(), colon: m[2] !== undefined, value: t.slice(m[0].length) } : null;
}

/** How many lines under the title may still hold a dateline before the body is taken to have started. */
const DATELINE_WINDOW_LINES = 6;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    out.push({ start: pos, end: pos + raw.length, text: raw });
    pos += raw.length + 1;
  }
  return out;
}

/** Trimmed bounds of a line, so regions cover the words and not the indentation. */
function trimmed(l: Line): { start: number; end: number } {
  const lead = l.text.length - l.text.trimStart().length;
  const trail = l.text.length - l.text.trimEnd().length;
  return { start: l.start + lead, end: l.end - trail };
}

export function readTxt(text: string, base: { id: string; path: string }): Article {
  const article: Article = {
    id: base.id, path: base.path, format: 'txt', title: null, text, regions: [],
    outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null,
  };
  const ls = lines(text);
  let i = 0;
  // Header lines: only at the very top, before the title.
  for (; i < ls.length; i++) {
    const l = ls[i];
    if (!l.text.trim()) continue;
    const h = headerLine(l.text);
    const key = h?.key;
    const value = h?.value ?? '';
    const field = key && Object.hasOwn(HEADER_KEYS, key) ? HEADER_KEYS[key] : undefined;
    if (!field || !value || (!h?.colon && field !== 'published')) break;
    if (field === 'published') {
      const d = parseDateString(value);
      if (!d) break; // "Date night ideas" is a title, not a header
      article.published = d;
      article.publishedBasis = `header line "${l.text.trim()}"`;
    } else if (field === 'title') article.title = value;
    else if (field === 'outlet') article.outlet = value;
    else if (field === 'url') article.url = value;
    else if (field === 'author') article.author = value;
    article.regions.push({ ...trimmed(l), role: 'metadata', note: `header line (${key})` });
  }
  // Title: the first non-empty line after the headers, unless a header gave it.
  for (; i < ls.length; i++) if (ls[i].text.trim()) break;
  if (i < ls.length && article.title === null) {
    article.title = ls[i].text.trim();
    article.regions.push({ ...trimmed(ls[i]), role: 'title', note: 'first non-empty line' });
    i++;
  }
  // A bare date line under the title is the dateline; it dates the article when no header did.
  for (let k = i, seen = 0; k < ls.length && seen < DATELINE_WINDOW_LINES; k++) {
    if (!ls[k].text.trim()) continue;
    seen++;
    if (isBareDateLine(ls[k].text)) {
      const region: Region = { ...trimmed(ls[k]), role: 'metadata', note: 'dateline under the title' };
      article.regions.push(region);
      if (!article.published) {
        article.published = parseDateString(ls[k].text);
        article.publishedBasis = `dateline "${ls[k].text.trim()}" under the title`;
      }
      break;
    }
  }
  return article;
}
