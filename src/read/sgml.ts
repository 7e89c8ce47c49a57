// NIST/TREC SGML (`<DOC><DOCNO>..</DOCNO>..<TEXT>..</TEXT></DOC>`), one or several documents per file, as the
// DUC/TAC newswire collections ship them. The date comes from <DATE_TIME>/<DATE> or else the DOCNO.
import { decodeEntities } from '../text/entities.js';
import type { Article, Warning } from '../types.js';
import { dateFromDocno, parseDateString } from './date-string.js';
import { newsOutlets } from '../lexicons.js';

/**
 * Outlets by the capital letters that open an LDC DOCNO ("APW19980101.0001", "FBIS3-1", "CNA_ENG_..."): the
 * outlet of an article is who published it (data/lexicons/agencies.json).
 */
const DOCNO_OUTLETS: ReadonlyMap<string, string> = new Map(newsOutlets().flatMap((o) => o.docno.map((letters) => [letters, o.name] as const)));

/** The first `<tag>` or `</tag>` at or after `from` (any case), by one linear scan. */
function findTag(doc: string, tag: string, from: number): { at: number; end: number } | null {
  const re = new RegExp(`<${tag}>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(doc);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

/**
 * The content of the first `<tag>` element, found by two linear scans (open, then close), never a lazy match over
 * the rest of the document from every opening. An element left open runs to the next tag (`<`) or, for <TEXT>
 * (`toEnd`), to the end of the document; `closed` says which.
 */
function field(doc: string, tag: string, toEnd = false): { value: string; closed: boolean } | null {
  const open = findTag(doc, tag, 0);
  if (!open) return null;
  const close = findTag(doc, `/${tag}`, open.end);
  if (close) return { value: doc.slice(open.end, close.at), closed: true };
  const next = toEnd ? -1 : doc.indexOf('<', open.end);
  return { value: doc.slice(open.end, next < 0 ? doc.length : next), closed: false };
}

const fieldValue = (doc: string, tag: string): string | null => field(doc, tag)?.value ?? null;

/** Comments removed by one scan; an unclosed comment runs to the end, as in any SGML parser. */
function stripComments(s: string): string {
  let out = '';
  let at = 0;
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', at)) {
    out += s.slice(at, i);
    const end = s.indexOf('-->', i + 4);
    if (end < 0) return out;
    at = end + 3;
  }
  return out + s.slice(at);
}

/** The documents of a file: from each <DOC> to its </DOC>, or to the next <DOC> or the end when left open. */
function documents(text: string): { doc: string; closed: boolean }[] {
  const out: { doc: string; closed: boolean }[] = [];
  const re = /<(\/?)DOC>/gi;
  let open = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '') {
      if (open >= 0) out.push({ doc: text.slice(open, m.index), closed: false });
      open = m.index;
    } else if (open >= 0) {
      out.push({ doc: text.slice(open, m.index + m[0].length), closed: true });
      open = -1;
    }
  }
  if (open >= 0) out.push({ doc: text.slice(open), closed: false });
  return out;
}

/**
 * The text inside <TEXT>, as paragraphs separated by a blank line: <P> blocks, or else lines that open with
 * an indent (the wire convention), with the lines of a paragraph joined by spaces. SGML entities are decoded
 * and the corpus quotes (`` and '') written as plain double quotes.
 */
export function sgmlTextToPlain(raw: string): string {
  const body = stripComments(raw);
  let paras: string[];
  if (/<P>/i.test(body)) {
    paras = body.split(/<\/?P>/i);
  } else {
    // A line that opens with an indent, or a blank line: linear alternatives (no `\n\s*\n` over long blank runs).
    paras = body.split(/\n(?=[ \t]+\S)|\n(?:[ \t]*\n)+/);
  }
  return paras
    .map((p) =>
      decodeEntities(p.replace(/<[^<>]{1,40}>/g, ' '))
        .replace(/``|''/g, '"')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export function outletFromDocno(docno: string): string | null {
  const letters = /^[A-Z]+/.exec(docno);
  return letters ? (DOCNO_OUTLETS.get(letters[0]) ?? null) : null;
}

/** `maxArticles`: stop once this many articles are read (the cap + 1: input past the cap is refused whole). */
export function readSgml(text: string, path: string, cluster: string | null, maxArticles = Infinity): { articles: Article[]; warnings: Warning[] } {
  const articles: Article[] = [];
  const warnings: Warning[] = [];
  const docs = documents(text);
  // Unclosed tags are said once per kind when they repeat (a broken feed has thousands), with the first place.
  const unclosed: Warning[] = [];
  if (docs.length === 0) {
    warnings.push({ file: path, reason: 'no <DOC> element found: expected NIST/TREC SGML', rule: 'read/sgml-no-doc', skipped: true });
  }
  for (let n = 0; n < docs.length && articles.length < maxArticles; n++) {
    const { doc, closed } = docs[n];
    const place = docs.length > 1 ? `${path} (document ${n + 1})` : path;
    if (!closed) {
      unclosed.push({ file: place, reason: 'document not closed: expected </DOC>, found the next <DOC> or the end of the file; read what is there', rule: 'read/sgml-unclosed' });
    }
    const docno = fieldValue(doc, 'DOCNO')?.trim() ?? null;
    const textField = field(doc, 'TEXT', true);
    const rawText = textField?.value ?? null;
    if (rawText === null || !rawText.trim()) {
      warnings.push({ file: place, article: docno ?? undefined, reason: 'document has no <TEXT>: nothing to read', rule: 'read/sgml-no-text', skipped: true });
      continue;
    }
    if (textField && !textField.closed) {
      unclosed.push({ file: place, article: docno ?? undefined, reason: '<TEXT> not closed: read to the end of the document', rule: 'read/sgml-unclosed-text' });
    }
    const headline = fieldValue(doc, 'HEADLINE') ?? fieldValue(doc, 'HL') ?? fieldValue(doc, 'TITLE');
    const dateField = fieldValue(doc, 'DATE_TIME') ?? fieldValue(doc, 'DATE');
    let published: string | null = null;
    let publishedBasis: string | null = null;
    if (dateField && parseDateString(dateField)) {
      published = parseDateString(dateField);
      publishedBasis = `<DATE_TIME> ${dateField.trim()}`;
    } else if (docno && dateFromDocno(docno)) {
      published = dateFromDocno(docno);
      publishedBasis = `DOCNO ${docno}`;
    }
    articles.push({
      id: docno ?? '',
      path: place,
      format: 'sgml',
      title: headline ? sgmlTextToPlain(headline).replace(/\n+/g, ' ') || null : null,
      text: sgmlTextToPlain(rawText),
      regions: [],
      outlet: docno ? outletFromDocno(docno) : null,
      author: null,
      url: null,
      published,
      publishedBasis,
      cluster,
    });
  }
  for (const rule of ['read/sgml-unclosed', 'read/sgml-unclosed-text']) {
    const all = unclosed.filter((w) => w.rule === rule);
    if (all.length <= UNCLOSED_SHOWN) warnings.push(...all);
    else warnings.push({ ...all[0], reason: `${all[0].reason} (and in ${all.length - 1} more documents of ${path})` });
  }
  return { articles, warnings };
}

/** How many unclosed-tag warnings of one kind a file gets one by one before they are summed up in one. */
const UNCLOSED_SHOWN = 3;

/** Content sniffing: DUC files have no extension. */
export function looksLikeSgml(head: string): boolean {
  return /^\s*<DOC>/i.test(head) || /<DOCNO>/i.test(head);
}
