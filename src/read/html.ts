// An HTML page to article text and metadata: the `.html` reader and `chorus extract`.
// Mozilla Readability (over linkedom, no script engine) finds the article; the page's own
// metadata (meta tags, JSON-LD, <time>, canonical link, lang) is read before anything is removed;
// when Readability finds nothing or very little, the largest text block is used instead, with a
// warning. Text is plain: paragraphs separated by a blank line, no markup.
import { type DomDocument, type DomElement, type DomNode, isElement, parseDocument, walkElements } from './html-dom.js';
import { CHROME_ATTR, markChrome, markStrayBlocks } from './html-chrome.js';
import { LinkedomReadability } from './html-readability.js';
import { capDepth, DEPTH } from './html-depth.js';
import { fallbackParagraphs } from './html-fallback.js';
import { gatherPageFacts, isJsonLdScript, type PageFacts, type ReadabilityMeta, resolveMetadata } from './html-meta.js';
import { blocksOf, joinParagraphs, type TextBlock } from './html-text.js';
import { type DroppedLine, splitBoilerplate } from './html-boilerplate.js';
import type { ReaderRemoval, RemovalReason, Warning } from '../types.js';

export { decodeHtmlBytes } from './html-decode.js';
export { normalizeDate } from './html-date.js';

const HTML = {
  /** Pages longer than this (characters) are cut: real articles are far smaller; beyond it is a data dump or an attack. */
  maxChars: 5 * 1024 * 1024,
  /** Removed before Readability: never text, and scripts must not reach any output. (JSON-LD data blocks stay for Readability's metadata; it drops them itself.) */
  stripped: new Set(['style', 'noscript', 'template', 'object', 'embed', 'applet']),
  /** Page chrome removed before Readability, by tag and ARIA role. */
  outerChrome: 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]',
  /** ...unless it holds more than this share of the body's text (then it wraps the article)... */
  outerChromeMaxShare: 0.3,
  /** ...or holds the element the page marks as its article's body. */
  articleBody: '[itemprop~="articleBody"]',
  /** Readability text shorter than this (characters) counts as "very little": try the fallback too. */
  minReadableChars: 1000,
  /** The fallback replaces a short Readability result only when it finds this many times more text. */
  fallbackGain: 1.5,
  /**
   * The page's own article container, tried (before the fallback) when Readability's text is short: the first
   * selector matching exactly one element wins. Readability drops link-dense blocks (link roundups, lists of
   * sources) that such a container marks as the article.
   */
  articleContainers: ['[itemprop~="articleBody"]', 'article', 'main, [role="main"]'],
  /**
   * Pages with more elements than this skip Readability (its walk grows faster than linearly: a 5 MB page of
   * 28,000 paragraphs took 50 s) and are read by the linear fallback, with a warning. News pages have a few
   * thousand elements.
   */
  maxReadabilityElements: 30_000,
  /**
   * When all of that still leaves under minReadableChars, a page whose article is inside <noscript> (a blog that
   * renders its posts by script and puts the text there for readers without it; one <noscript> holds at least
   * minReadableChars: "Please enable JavaScript" notices are far shorter) is parsed once more with the
   * <noscript> contents as text: taken when Readability then finds at least minReadableChars and fallbackGain
   * times what was found.
   */
  noscript: 'noscript',
  /** Share of control or replacement characters above which the input is not text at all. */
  maxGarbageShare: 0.1,
  /** No markup in the first this-many characters: not an HTML page. */
  markupProbeChars: 4096,
} as const;

export interface HtmlArticle {
  title: string | null;
  /** Plain text: paragraphs separated by "\n\n", one line per paragraph, whitespace normalized. */
  text: string;
  outlet: string | null;
  author: string | null;
  /** ISO day, YYYY-MM-DD. */
  published: string | null;
  /** Where `published` was read from, e.g. `meta article:published_time`, `JSON-LD datePublished`, `<time datetime>`. */
  publishedBasis: string | null;
  url: string | null;
  lang: string | null;
  excerpt: string | null;
  /** What went wrong or was worked around: a rule id, the reason in plain words, `cut` when part of the page was not read. */
  warnings: HtmlWarning[];
  /** Page-chrome paragraphs taken out of `text` after extraction (ad labels, share rows, cookie banners), with why. */
  /** Page chrome dropped from the extracted paragraphs, each at the offset in `text` where it stood. */
  removed: ReaderRemoval[];
}

/**
 * A problem with a page or a workaround the reader took: a Warning without its place (src/read/index.ts adds the
 * path). Rule ids `read/html-too-long` (with `cut`: only the page's start was read), `read/html-fallback`...
 */
export type HtmlWarning = Pick<Warning, 'rule' | 'reason' | 'cut'>;

/** A warning of the reader. */
const warn = (rule: string, reason: string, cut = false): HtmlWarning => (cut ? { rule: `read/html-${rule}`, reason, cut } : { rule: `read/html-${rule}`, reason });

export interface ExtractOptions {
  /** The file the page came from (for the caller's messages; not read). */
  path?: string;
  /** The address the page was fetched from: resolves a relative canonical link; the fallback for `url`. */
  url?: string;
  /** Size limit in characters (default 5 MiB); pages over it are cut, with a warning. */
  maxChars?: number;
}

function emptyArticle(warnings: HtmlWarning[], url: string | null = null): HtmlArticle {
  return { title: null, text: '', outlet: null, author: null, published: null, publishedBasis: null, url, lang: null, excerpt: null, warnings, removed: [] };
}

function garbageShare(s: string): number {
  const sample = s.slice(0, 65536);
  if (!sample) return 0;
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length;
}

/**
 * Remove what is never text: executable scripts (JSON-LD data blocks are kept), styles, embeds. Returns the
 * characters of the longest <noscript> removed (what noscriptParagraphs could read there).
 */
function strip(doc: DomDocument): number {
  const gone: DomElement[] = [];
  let noscriptChars = 0;
  walkElements(doc, (el) => {
    const strip = HTML.stripped.has(el.localName) || (el.localName === 'script' && !isJsonLdScript(el));
    if (strip) gone.push(el);
    if (el.localName === HTML.noscript) noscriptChars = Math.max(noscriptChars, (el.textContent ?? '').length);
    return !strip; // what is inside goes with it
  });
  for (const el of gone) el.remove();
  return noscriptChars;
}

/**
 * Menus, asides and footers of the page (by tag or ARIA role) go before Readability looks for the article, so
 * their text cannot join the article's container; one that holds much of the page's text is a wrapper and stays.
 */
function pruneOuterChrome(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const total = (body.textContent ?? '').length;
  for (const el of Array.from(body.querySelectorAll(HTML.outerChrome))) {
    if ((el.textContent ?? '').length > HTML.outerChromeMaxShare * total) continue;
    // The page's own article body inside an aside or a nav is misused markup, not chrome.
    if (el.querySelector(HTML.articleBody)) continue;
    el.remove();
  }
}

function runReadability(doc: DomDocument): { paragraphs: TextBlock[]; meta: ReadabilityMeta } | null {
  // Readability's typings name the DOM lib's Document/Node, which this Node project does not load.
  // keepClasses: the chrome marks read class names inside the article block.
  const reader = new LinkedomReadability(doc as never, { serializer: (node: unknown) => node as DomNode, keepClasses: true });
  const result = reader.parse();
  if (!result) return null;
  if (result.content && isElement(result.content)) {
    markStrayBlocks(result.content);
    markChrome(result.content);
  }
  return {
    paragraphs: result.content ? blocksOf(result.content) : [],
    meta: {
      title: result.title ?? null,
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
      excerpt: result.excerpt ?? null,
      lang: result.lang ?? null,
    },
  };
}

/** Readability's paragraphs of the page parsed again with each <noscript> replaced by its contents; null when none holds an element. */
function noscriptParagraphs(page: string): TextBlock[] | null {
  const doc = parseDocument(page);
  const found = Array.from(doc.querySelectorAll(HTML.noscript)).filter((el) => el.children.length > 0);
  if (found.length === 0) return null;
  for (const el of found) el.replaceWith(...Array.from(el.childNodes));
  strip(doc);
  pruneOuterChrome(doc);
  try {
    return runReadability(doc)?.paragraphs ?? null;
  } catch {
    return null;
  }
}

/** The paragraphs of the page's single article container (HTML.articleContainers), its chrome marked; null when there is none. Leaves `doc` as it was. */
export function containerParagraphs(doc: DomDocument): { paragraphs: TextBlock[]; selector: string } | null {
  const body = doc.body;
  if (!body) return null;
  for (const selector of HTML.articleContainers) {
    const found = body.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const marked = markChrome(found[0]);
    const paragraphs = blocksOf(found[0]);
    // The marks go again: the fallback may read the same document, and must see it as the page had it.
    for (const el of marked) el.removeAttribute(CHROME_ATTR);
    return { paragraphs, selector: selector.split(',')[0] };
  }
  return null;
}

/** Characters of the paragraphs that are not page chrome (what the text will hold). */
function keptChars(paragraphs: readonly TextBlock[]): number {
  return splitBoilerplate(paragraphs).kept.reduce((n, p) => n + p.length, 0);
}

/** Characters of the paragraphs, those of stray blocks (html-chrome.ts markStrayBlocks: not the article) left out. */
function chars(paragraphs: readonly TextBlock[]): number {
  return paragraphs.reduce((n, p) => (p.chrome === 'stray' ? n : n + p.text.length), 0);
}

/** Article text and metadata of one HTML page. Never throws on bad input: problems become warnings. */
export function extractHtml(html: string, opts: ExtractOptions = {}): HtmlArticle {
  const warnings: HtmlWarning[] = [];
  const fallbackUrl = opts.url ?? null;
  if (typeof html !== 'string') return emptyArticle([warn('not-text', `expected the page as a string, found ${typeof html}`)], fallbackUrl);
  let page = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const limit = opts.maxChars ?? HTML.maxChars;
  if (page.length > limit) {
    warnings.push(warn('too-long', `page is ${page.length} characters, over the ${limit} limit: only the first ${limit} were read`, true));
    page = page.slice(0, limit);
  }
  if (!page.trim()) return emptyArticle([...warnings, warn('blank', 'empty page: no HTML and no text')], fallbackUrl);
  const garbage = garbageShare(page);
  if (garbage > HTML.maxGarbageShare) {
    return emptyArticle([...warnings, warn('binary', `not a text page: ${(garbage * 100).toFixed(0)}% of the first characters are control or undecodable bytes (binary file or wrong encoding?)`)], fallbackUrl);
  }
  if (!/<[a-z!?/]/i.test(page.slice(0, HTML.markupProbeChars))) {
    warnings.push(warn('no-markup', `no HTML markup in the first ${HTML.markupProbeChars} characters: read as plain text`));
  }
  // No markup anywhere: there is no article block to find, and Readability's retries on such a page grow
  // faster than its length (27 KB of spaces and letters took 4 s): the text is read as it is.
  const hasMarkup = /<[a-z!?/]/i.test(page);

  const capped = capDepth(page, DEPTH.maxDepth);
  if (capped.cutElements > 0) {
    warnings.push(warn('depth', `elements nest deeper than the ${DEPTH.maxDepth}-level limit: ${capped.cutElements} deeper elements were unwrapped (their text kept)`));
    page = capped.html;
  }

  let facts: PageFacts;
  let doc: DomDocument;
  let noscriptChars: number;
  try {
    doc = parseDocument(page);
    facts = gatherPageFacts(doc, opts);
    noscriptChars = strip(doc);
    pruneOuterChrome(doc);
  } catch (e) {
    return emptyArticle([...warnings, warn('parse', `could not parse the page as HTML: ${(e as Error).message}`)], fallbackUrl);
  }

  let extracted: ReturnType<typeof runReadability> = null;
  const readabilityRan = hasMarkup && capped.elements <= HTML.maxReadabilityElements;
  if (!hasMarkup) {
    // Nothing to say beyond the warning above (or, past the probe, the page is text with no tags at all).
  } else if (!readabilityRan) {
    warnings.push(warn('too-many-elements', `page has ${capped.elements} elements, over the ${HTML.maxReadabilityElements} limit for Readability: text taken by the fallback`));
  } else {
    try {
      extracted = runReadability(doc);
    } catch (e) {
      warnings.push(warn('readability-failed', `Readability failed (${(e as Error).message}): text taken by the fallback`));
    }
  }
  let paragraphs = extracted?.paragraphs ?? [];
  const readChars = chars(paragraphs);
  // Readability changes the document it reads: the container and the fallback read the page parsed again (once,
  // and only when needed); when Readability did not run, the parsed page is used as it is.
  let unread: DomDocument | null = readabilityRan ? null : doc;
  const pageAsParsed = (): DomDocument => {
    if (!unread) strip((unread = parseDocument(page)));
    return unread;
  };
  if (readChars < HTML.minReadableChars) {
    const own = containerParagraphs(pageAsParsed());
    const ownChars = own ? keptChars(own.paragraphs) : 0;
    if (own && ownChars >= HTML.fallbackGain * Math.max(keptChars(paragraphs), 1)) {
      warnings.push(warn('own-element', `Readability found only ${readChars} characters of article text: text taken from the page's ${own.selector} element (${ownChars} characters)`));
      paragraphs = own.paragraphs;
    }
  }
  if (chars(paragraphs) < HTML.minReadableChars) {
    const fallback = fallbackParagraphs(pageAsParsed());
    const fallbackChars = chars(fallback.paragraphs);
    if (fallbackChars > 0 && fallbackChars >= HTML.fallbackGain * chars(paragraphs)) {
      if (hasMarkup) warnings.push(warn('fallback',
        extracted
          ? `Readability found only ${readChars} characters of article text: text taken from the ${fallback.method} (${fallbackChars} characters)`
          : `Readability found no article: text taken from the ${fallback.method} (${fallbackChars} characters)`,
      ));
      paragraphs = fallback.paragraphs;
    }
  }
  if (readabilityRan && chars(paragraphs) < HTML.minReadableChars && noscriptChars >= HTML.minReadableChars) {
    const rescued = noscriptParagraphs(page);
    const rescuedChars = rescued ? chars(rescued) : 0;
    if (rescued && rescuedChars >= HTML.minReadableChars && rescuedChars >= HTML.fallbackGain * chars(paragraphs)) {
      warnings.push(warn('noscript', `the article text is inside <noscript>: read from there (${rescuedChars} characters)`));
      paragraphs = rescued;
    }
  }
  const { kept, dropped } = splitBoilerplate(paragraphs);
  const removed = placeDropped(kept, dropped);
  if (kept.length === 0) warnings.push(warn('no-text', 'no article text found on the page'));

  const m = resolveMetadata(facts, extracted?.meta ?? null);
  // Readability's excerpt is the page's description, else the first paragraph of what it took for the article: when
  // another reading took the text, that paragraph is not the article's (a cookie notice Readability chose), so the
  // excerpt is the description, else the first paragraph kept.
  const excerpt = extracted !== null && paragraphs === extracted.paragraphs ? m.excerpt : (facts.description ?? kept[0] ?? null);
  // Fields in the interface's order, so serialized output reads the same for every page.
  return {
    title: m.title, text: joinParagraphs(kept), outlet: m.outlet, author: m.author, published: m.published,
    publishedBasis: m.publishedBasis, url: m.url, lang: m.lang, excerpt, warnings, removed,
  };
}

/** The chrome filter's reasons in the brief's vocabulary (the rule id keeps the filter's own name). */
const CHROME_REASON: Record<string, RemovalReason> = {
  'ad-label': 'advertisement',
  ui: 'page-chrome',
  'cookie-banner': 'page-chrome',
  copyright: 'copyright',
  plea: 'plea',
  'blog-chrome': 'blog-chrome',
  'related-links': 'related-links',
  'chrome-caption': 'caption',
  'caption-line': 'caption',
  'source-line': 'source-credit',
  'post-meta': 'metadata',
  'chrome-share': 'page-chrome',
  'chrome-related': 'related-links',
  'chrome-comments': 'blog-chrome',
  'chrome-byline': 'byline',
  'chrome-tags': 'page-chrome',
  'chrome-newsletter': 'plea',
  'chrome-ad': 'advertisement',
  'chrome-menu': 'page-chrome',
  'chrome-aside': 'page-chrome',
  'chrome-footer': 'page-chrome',
  'chrome-form': 'page-chrome',
  'chrome-plea': 'plea',
  'chrome-stray': 'page-chrome',
  'chrome-teaser': 'related-links',
  'call-to-action': 'plea',
  disclaimer: 'page-chrome',
  'link-tail': 'related-links',
};

/** Each dropped paragraph with the offset in the joined text (joinParagraphs) of the kept paragraph it preceded. */
function placeDropped(kept: readonly string[], dropped: readonly DroppedLine[]): ReaderRemoval[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of kept) {
    starts.push(at);
    at += p.length + joinParagraphs(['', '']).length;
  }
  const end = joinParagraphs(kept).length;
  return dropped.map((d) => ({ text: d.text, reason: CHROME_REASON[d.reason] ?? 'page-chrome', rule: `read/html-chrome:${d.reason}`, at: starts[d.at] ?? end }));
}
