// Page metadata as the page states it: <meta> tags (og:, article:, twitter:, dc., name=author,
// itemprop), JSON-LD (NewsArticle and kin, @graph arrays, arrays of authors, @id references),
// <time datetime> in the article's header, <link rel=canonical>, <html lang>. Free text is never
// read for a date: a copyright footer ("© 2015") or a related-story teaser is not a publication date.
import { normalizeDate } from './html-date.js';
import { type DomDocument, type DomElement, elementsWhere, hasWord, textOf } from './html-dom.js';

const META = {
  /** JSON-LD @type values that describe the article itself, in preference order. */
  articleTypes: /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Article|BlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle)$/,
  /** Weaker JSON-LD types: used only when no article-typed object exists. */
  pageTypes: /^(WebPage|ItemPage|CollectionPage|AboutPage)$/,
  /** Date sources in the order they are trusted; `key` is a lowercased meta property/name/itemprop. */
  publishedMetaKeys: [
    'article:published_time', 'og:published_time', 'article:published', 'datepublished',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date',
    'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
    'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate',
    'citation_publication_date', 'citation_date', 'og:article:published_time',
  ],
  authorMetaKeys: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator'],
  titleMetaKeys: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'headline'],
  outletMetaKeys: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher'],
  descriptionMetaKeys: ['description', 'og:description', 'twitter:description', 'dc.description'],
  /** An ancestor with this class/id holds other stories or page chrome: its <time> is not this article's date. */
  notArticleAncestor: /related|teaser|recommend|more-?stories|sidebar|widget|comment|footer|promo|trending|popular|newsletter|also-?read|read-?more|nav/i,
  /** A <time> with this class/id/itemprop says it is the publication time. */
  publishTimeHint: /publish|posted|pubdate|dateline|entry-date|byline|article-date|post-date|datepublished/i,
  /** A <time> with this class/id/itemprop is a modification time, not the publication time. */
  modifiedTimeHint: /modif|updated|edited|revised|aktualisiert/i,
  /** How many ancestors are inspected around a <time>. */
  maxAncestorDepth: 12,
  /** "Name - tagline of several words": the name is at most four words, the tagline at least two. */
  siteTagline: /^((?:\S+\s){0,3}\S+)\s+[-|–—:]\s+\S+\s+\S+.*$/u,
  /** Date-like path segments of a URL: /2017/10/26/ or /2017-10-26-. */
  urlDate: /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)/,
} as const;

export interface PageMetadata {
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  publishedBasis: string | null;
  url: string | null;
  lang: string | null;
  excerpt: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse JSON-LD text tolerantly: CMSs wrap it in comments/CDATA and leave raw newlines inside strings. */
function parseJsonLd(raw: string): Json | null {
  // The JSON is whatever lies between the first opening and the last closing bracket; wrappers
  // (<!-- -->, <![CDATA[ ]]>, //<![CDATA[ ...) sit outside it.
  const body = raw.replace(/<!\[CDATA\[|\]\]>|<!--|-->/g, ' ');
  const start = body.search(/[[{]/);
  if (start < 0) return null;
  const ends = [body.lastIndexOf('}'), body.lastIndexOf(']')].filter((e) => e > start).sort((a, b) => b - a);
  for (const end of ends) {
    const text = body.slice(start, end + 1);
    for (const candidate of [text, text.replace(/[\u0000-\u001f]+/g, ' ')]) {
      try {
        return JSON.parse(candidate) as Json;
      } catch {
        // try the next repair
      }
    }
  }
  return null;
}

/** Pages write the type in any case and with stray spaces. */
export function isJsonLdScript(el: DomElement): boolean {
  return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** Every JSON-LD object on the page, with @graph and top-level arrays flattened. */
export function readJsonLd(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number): void => {
    if (depth > 4 || v === undefined) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of elementsWhere(doc, (el) => el.localName === 'script' && el.hasAttribute('type'))) {
    if (!isJsonLdScript(script)) continue;
    visit(parseJsonLd(script.textContent ?? '') ?? undefined, 0);
  }
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return s || null;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

/** Names from a JSON-LD person/organization value: a string, {name}, an @id reference, or an array of those. */
function namesOf(v: Json | undefined, byId: Map<string, JsonObject>, depth = 0): string[] {
  if (v === undefined || v === null || depth > 3) return [];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, byId, depth + 1));
  if (typeof v === 'string') return str(v) && !/^https?:\/\//.test(v) ? [str(v) as string] : [];
  if (isObject(v)) {
    const name = str(v['name']);
    if (name) return [name];
    const ref = str(v['@id']);
    const target = ref ? byId.get(ref) : undefined;
    if (target && target !== v) return namesOf(target, byId, depth + 1);
  }
  return [];
}

/** Lowercased meta key -> contents, in document order (property, name, itemprop; space-separated keys split). */
export function readMetaTags(doc: DomDocument): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of elementsWhere(doc, (e) => e.localName === 'meta')) {
    const content = el.getAttribute('content') ?? el.getAttribute('value') ?? el.getAttribute('datetime');
    if (content === null || !content.trim()) continue;
    const keys = [el.getAttribute('property'), el.getAttribute('name'), el.getAttribute('itemprop'), el.getAttribute('http-equiv')]
      .flatMap((k) => (k ? k.toLowerCase().trim().split(/\s+/) : []));
    for (const key of new Set(keys)) {
      const list = map.get(key) ?? [];
      list.push(content.replace(/\s+/g, ' ').trim());
      map.set(key, list);
    }
  }
  return map;
}

function firstMeta(meta: Map<string, string[]>, keys: readonly string[], accept: (v: string) => boolean = () => true): { key: string; value: string } | null {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) if (accept(value)) return { key, value };
  }
  return null;
}

function isUrl(s: string): boolean {
  return /^(https?:)?\/\//i.test(s.trim());
}

function attrText(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/** The first <time datetime> that reads as this article's publication time (not in a teaser, aside or footer). */
function articleTime(doc: DomDocument): string | null {
  // time[datetime], [itemprop~="datePublished" i][datetime], [itemprop~="datePublished" i][content]
  const candidates = elementsWhere(doc, (el) =>
    el.hasAttribute('datetime') ? el.localName === 'time' || hasWord(el, 'itemprop', 'datePublished') : el.hasAttribute('content') && hasWord(el, 'itemprop', 'datePublished'));
  for (const time of candidates) {
    if (META.modifiedTimeHint.test(attrText(time))) continue;
    let inArticle = false;
    let excluded = false;
    let el: DomElement | null = time;
    for (let depth = 0; el && depth < META.maxAncestorDepth; depth++, el = el.parentElement) {
      const tag = el.localName;
      if (tag === 'aside' || tag === 'footer' || tag === 'nav' || (el !== time && META.notArticleAncestor.test(attrText(el)))) {
        excluded = true;
        break;
      }
      if (tag === 'article' || tag === 'main' || tag === 'header') inArticle = true;
    }
    if (excluded) continue;
    const hinted = META.publishTimeHint.test(attrText(time)) || time.hasAttribute('pubdate');
    if (!inArticle && !hinted) continue;
    const day = normalizeDate(time.getAttribute('datetime') ?? time.getAttribute('content'));
    if (day) return day;
  }
  return null;
}

function resolveUrl(raw: string | null | undefined, base: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** What Readability already found (its title heuristics and in-content byline are good); may be null. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** What the page states, gathered before Readability runs (it moves and deletes nodes) and before scripts are stripped (JSON-LD lives in <script>). */
export interface PageFacts {
  ldTitle: string | null;
  metaTitle: string | null;
  docTitle: string | null;
  h1: string | null;
  ldAuthors: string | null;
  metaAuthor: string | null;
  markupAuthor: string | null;
  ogSiteName: string | null;
  ldPublisher: string | null;
  otherOutlet: string | null;
  /** Dates the page's structured data states, most trusted first (raw strings, with where they came from). */
  structuredDates: { raw: string; basis: string }[];
  /** The publication day of an in-article <time datetime>, already normalized. */
  timeDate: string | null;
  ldCreated: string | null;
  url: string | null;
  lang: string | null;
  description: string | null;
}

export function gatherPageFacts(doc: DomDocument, opts: { url?: string } = {}): PageFacts {
  const meta = readMetaTags(doc);
  const ld = readJsonLd(doc);
  const byId = new Map<string, JsonObject>();
  for (const o of ld) {
    const id = str(o['@id']);
    if (id && !byId.has(id)) byId.set(id, o);
  }
  const articles = ld.filter((o) => typesOf(o).some((t) => META.articleTypes.test(t)));
  const pages = ld.filter((o) => typesOf(o).some((t) => META.pageTypes.test(t)));
  const mains = articles.length > 0 ? articles : pages;
  const fromLd = (pick: (o: JsonObject) => string | null): string | null => {
    for (const o of mains) {
      const v = pick(o);
      if (v) return v;
    }
    return null;
  };

  const structuredDates: { raw: string; basis: string }[] = [];
  const ldDate = fromLd((o) => str(o['datePublished']));
  if (ldDate) structuredDates.push({ raw: ldDate, basis: 'JSON-LD datePublished' });
  for (const key of META.publishedMetaKeys) for (const raw of meta.get(key) ?? []) structuredDates.push({ raw, basis: `meta ${key}` });

  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const url =
    resolveUrl(canonical, opts.url) ??
    resolveUrl(firstMeta(meta, ['og:url'])?.value, opts.url) ??
    resolveUrl(fromLd((o) => str(o['url'])), opts.url) ??
    resolveUrl(opts.url, null);

  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    clean(doc.documentElement?.getAttribute('xml:lang')) ??
    firstMeta(meta, ['content-language', 'og:locale', 'language', 'dc.language'])?.value ??
    fromLd((o) => str(o['inLanguage']));

  return {
    ldTitle: fromLd((o) => str(o['headline']) ?? str(o['name'])),
    metaTitle: firstMeta(meta, META.titleMetaKeys)?.value ?? null,
    docTitle: clean(doc.title),
    h1: clean(textOf(doc.querySelector('h1'))),
    ldAuthors: fromLd((o) => {
      const names = [...new Set(namesOf(o['author'], byId))];
      return names.length > 0 ? names.join(', ') : null;
    }),
    metaAuthor: firstMeta(meta, META.authorMetaKeys, (v) => !isUrl(v) && !v.startsWith('@'))?.value ?? null,
    markupAuthor: clean(textOf(doc.querySelector('[itemprop~="author" i] [itemprop~="name" i], a[rel~="author" i]'))),
    ogSiteName: firstMeta(meta, ['og:site_name'])?.value ?? null,
    ldPublisher: fromLd((o) => namesOf(o['publisher'], byId)[0] ?? null),
    otherOutlet: firstMeta(meta, META.outletMetaKeys.slice(1), (v) => !isUrl(v))?.value ?? null,
    structuredDates,
    timeDate: articleTime(doc),
    ldCreated: fromLd((o) => str(o['dateCreated'])),
    url,
    lang: lang ? lang.replace(/_/g, '-') : null,
    description: firstMeta(meta, META.descriptionMetaKeys)?.value ?? null,
  };
}

/** A site name without its tagline: "Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz". */
function siteName(raw: string | null): string | null {
  if (!raw) return null;
  const m = META.siteTagline.exec(raw);
  return m ? m[1].trim() : raw;
}

/**
 * The page's metadata: what its tags state, with what Readability found (its title cleanup and
 * in-body bylines) where that is the better evidence. Readability's result may be null.
 */
export function resolveMetadata(facts: PageFacts, fromReadability: ReadabilityMeta | null): PageMetadata {
  const r = fromReadability ?? {};
  const title = clean(r.title) ?? facts.ldTitle ?? facts.metaTitle ?? facts.docTitle ?? facts.h1;
  // Readability's byline, unless it is a profile URL or JSON-LD lists more authors than it kept
  // (it drops authors written as plain strings).
  const byline = clean(r.byline);
  const readabilityAuthor = byline && !isUrl(byline) ? byline : null;
  const moreComplete = facts.ldAuthors && readabilityAuthor && facts.ldAuthors.length > readabilityAuthor.length && facts.ldAuthors.includes(readabilityAuthor);
  const author = (moreComplete ? facts.ldAuthors : readabilityAuthor) ?? facts.ldAuthors ?? facts.metaAuthor ?? facts.markupAuthor;
  // JSON-LD publisher first: og:site_name is often the platform ("Medium") or carries a tagline.
  const outlet = siteName(facts.ldPublisher ?? facts.ogSiteName ?? clean(r.siteName) ?? facts.otherOutlet);

  const candidates: { raw: string | null | undefined; basis: string }[] = [
    ...facts.structuredDates,
    { raw: r.publishedTime, basis: 'Readability publishedTime' },
    { raw: facts.timeDate, basis: '<time datetime>' },
    { raw: facts.ldCreated, basis: 'JSON-LD dateCreated' },
  ];
  if (facts.url) {
    const m = META.urlDate.exec(new URL(facts.url).pathname);
    if (m) candidates.push({ raw: `${m[1]}-${m[2]}-${m[3]}`, basis: 'URL path' });
  }
  let published: string | null = null;
  let publishedBasis: string | null = null;
  for (const c of candidates) {
    published = normalizeDate(c.raw);
    if (published) {
      publishedBasis = c.basis;
      break;
    }
  }

  return {
    title,
    author,
    outlet,
    published,
    publishedBasis,
    url: facts.url,
    lang: facts.lang ?? clean(r.lang),
    excerpt: clean(r.excerpt) ?? facts.description,
  };
}
