// An element's content as plain text in paragraphs: block elements (p, li, headings, blockquote,
// pre, table rows...) become paragraphs separated by a blank line; everything inside one block is
// one line (inner line breaks become spaces); whitespace is normalized. No markup survives:
// script-like elements and hidden elements contribute nothing; of a javascript: link only its
// words remain (annotated texts wrap article words in such links), never the code.
import { type DomElement, type DomNode, TEXT_NODE, isElement } from './html-dom.js';
import { CHROME_ATTR } from './html-chrome.js';

const TEXT = {
  /** Elements that start and end a paragraph. */
  blocks: new Set([
    'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
    'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
  ]),
  /** Heading elements: their paragraph is marked as a heading (TextBlock.heading). */
  headings: new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
  /** Elements whose content is never article text (code, styling, embedded objects, form controls). */
  skipped: new Set([
    'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
    'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'map', 'picture', 'source',
    // Ruby annotations: the reading printed above a word (furigana) would double it in the text.
    'rt', 'rp',
  ]),
  /** Table cells and line breaks separate words inside a paragraph. */
  wordBreaks: new Set(['td', 'th', 'br', 'img', 'wbr']),
  /** Inline styles that hide an element from readers. */
  hiddenStyle: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i,
  /** Zero-width and control characters that are not text (soft hyphen, ZWSP, BOM, bidi marks). */
  invisible: /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
} as const;

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && TEXT.hiddenStyle.test(style);
}

export function normalizeSpace(s: string): string {
  return s.replace(TEXT.invisible, '').replace(/\s+/g, ' ').trim();
}

/** One paragraph with how much of it is link text (navigation and link lists are mostly links). */
export interface TextBlock {
  text: string;
  linkChars: number;
  /** The chrome kind of the marked element it came from (html-chrome.ts), when it is page chrome. */
  chrome?: string;
  /** True when it is the text of a heading element (h1-h6). */
  heading?: true;
}

/** The paragraphs of an element, in reading order, each whitespace-normalized and non-empty. */
export function blocksOf(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let pendingBr = false;
  let chrome: string | undefined;
  const flush = (heading = false): void => {
    const text = normalizeSpace(buffer.join(''));
    if (text) {
      const block: TextBlock = chrome ? { text, linkChars: Math.min(linkChars, text.length), chrome } : { text, linkChars: Math.min(linkChars, text.length) };
      if (heading) block.heading = true;
      blocks.push(block);
    }
    buffer = [];
    linkChars = 0;
    pendingBr = false;
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      buffer.push(value);
      if (linkDepth > 0) linkChars += normalizeSpace(value).length;
      if (/\S/.test(value)) pendingBr = false;
      return;
    }
    if (!isElement(node)) return; // comments, processing instructions
    const tag = node.localName;
    if (TEXT.skipped.has(tag) || isHidden(node)) return;
    if (tag === 'br') {
      // Two line breaks in a row are how pre-CSS pages separate paragraphs.
      if (pendingBr) flush();
      else {
        buffer.push(' ');
        pendingBr = true;
      }
      return;
    }
    if (TEXT.wordBreaks.has(tag)) buffer.push(' ');
    // The innermost mark wins: an author box marked inside a section marked as ads (html-chrome.ts) is a byline.
    const kind = node.getAttribute(CHROME_ATTR);
    const outer = chrome;
    if (kind) chrome = kind;
    const block = TEXT.blocks.has(tag) || kind !== null;
    if (block) flush();
    if (tag === 'a') linkDepth++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (tag === 'a') linkDepth--;
    if (block) flush(TEXT.headings.has(tag));
    else if (tag === 'td' || tag === 'th') buffer.push(' ');
    chrome = outer;
  };
  walk(root);
  flush();
  return blocks;
}

export function paragraphsOf(root: DomNode): string[] {
  return blocksOf(root).map((b) => b.text);
}

/** Paragraphs joined the way `HtmlArticle.text` is written: a blank line between paragraphs. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
