// NIST/TREC SGML (`<DOC><DOCNO>..</DOCNO>..<TEXT>..</TEXT></DOC>`), one or several documents per file, as the
// DUC/TAC newswire collections ship them. The date comes from <DATE_TIME>/<DATE> or else the DOCNO.
import type { Article, Warning } from '../types.js';
import { dateFromDocno, parseDateString } from './date-string.js';

/** Sources named by the letters that open an LDC DOCNO; the outlet of an article is who published it. */
const DOCNO_OUTLETS: [RegExp, string][] = [
  [/^APW/, 'Associated Press'],
  [/^NYT/, 'New York Times'],
  [/^XIE/, 'Xinhua'],
  [/^AFP/, 'Agence France-Presse'],
  [/^LTW/, 'Los Angeles Times/Washington Post'],
  [/^FBIS/, 'FBIS'],
  [/^FT/, 'Financial Times'],
  [/^LA\d/, 'Los Angeles Times'],
  [/^WSJ/, 'Wall Street Journal'],
  [/^SJMN/, 'San Jose Mercury News'],
  [/^AP\d/, 'Associated Press'],
  [/^CNA/, 'Central News Agency'],
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function field(doc: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(doc);
  return m ? m[1] : null;
}

/**
 * The text inside <TEXT>, as paragraphs separated by a blank line: <P> blocks, or else lines that open with
 * an indent (the wire convention), with the lines of a paragraph joined by spaces. SGML entities are decoded
 * and the corpus quotes (`` and '') written as plain double quotes.
 */
export function sgmlTextToPlain(raw: string): string {
  const body = raw.replace(/<!--[\s\S]*?-->/g, '');
  let paras: string[];
  if (/<P>/i.test(body)) {
    paras = body.split(/<\/?P>/i);
  } else {
    paras = body.split(/\n(?=[ \t]+\S)|\n\s*\n/);
  }
  return paras
    .map((p) =>
      p
        .replace(/<[^>]{1,40}>/g, ' ')
        .replace(/&(\w+);/g, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
        .replace(/``|''/g, '"')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export function outletFromDocno(docno: string): string | null {
  for (const [re, name] of DOCNO_OUTLETS) if (re.test(docno)) return name;
  return null;
}

export function readSgml(text: string, path: string, cluster: string | null): { articles: Article[]; warnings: Warning[] } {
  const articles: Article[] = [];
  const warnings: Warning[] = [];
  const docs = text.match(/<DOC>[\s\S]*?(?:<\/DOC>|$)/gi) ?? [];
  if (docs.length === 0) {
    warnings.push({ file: path, reason: 'no <DOC> element found: expected NIST/TREC SGML', rule: 'read/sgml-no-doc', skipped: true });
  }
  docs.forEach((doc, n) => {
    const place = docs.length > 1 ? `${path} (document ${n + 1})` : path;
    if (!/<\/DOC>/i.test(doc)) {
      warnings.push({ file: place, reason: 'document not closed: expected </DOC>, found end of file; read what is there', rule: 'read/sgml-unclosed' });
    }
    const docno = field(doc, 'DOCNO')?.trim() ?? null;
    const rawText = field(doc, 'TEXT');
    if (rawText === null || !rawText.trim()) {
      warnings.push({ file: place, article: docno ?? undefined, reason: 'document has no <TEXT>: nothing to read', rule: 'read/sgml-no-text', skipped: true });
      return;
    }
    const headline = field(doc, 'HEADLINE') ?? field(doc, 'HL') ?? field(doc, 'TITLE');
    const dateField = field(doc, 'DATE_TIME') ?? field(doc, 'DATE');
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
  });
  return { articles, warnings };
}

/** Content sniffing: DUC files have no extension. */
export function looksLikeSgml(head: string): boolean {
  return /^\s*<DOC>/i.test(head) || /<DOCNO>/i.test(head);
}
