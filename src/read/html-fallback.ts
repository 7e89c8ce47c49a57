// Text when Readability finds no article: the element holding the most paragraph text (not link
// text), from a body stripped of navigation, footers, asides and forms; else the whole stripped body.
// Paragraphs that are mostly links (menus, link lists) are dropped either way.
import { type DomDocument, type DomElement, isElement, removeAll, TEXT_NODE } from './html-dom.js';
import { type TextBlock, blocksOf, normalizeSpace } from './html-text.js';

const FALLBACK = {
  /** Page chrome removed before looking for the text. */
  chrome: 'nav, footer, aside, form, header nav, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="banner"], [role="search"], [aria-modal="true"]',
  /** Class/id tokens of page chrome; matched on elements that are not the page's outer wrappers. */
  chromeClass: /(?:^|[\s_-])(comments?|sidebar|menu|navbar|nav|breadcrumbs?|cookie|consent|share|sharing|social|related|newsletter|subscribe|advert|ads|banner|promo|footer|pagination|widget)(?:$|[\s_-])/i,
  /** Paragraph-like children that count towards a container's score. */
  paragraphTags: new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'li', 'td', 'dd']),
  /** A container needs this many characters of non-link paragraph text to be "the article". */
  minContainerChars: 200,
  /** A chrome-classed element holding more than this share of the body's text is a page wrapper ("has-sidebar"), kept. */
  maxChromeShare: 0.3,
  /** Share of a paragraph in links above which it is navigation. */
  maxLinkDensity: 0.5,
} as const;

function ownScore(el: DomElement): number {
  let score = 0;
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === TEXT_NODE) score += normalizeSpace(child.nodeValue ?? '').length;
    else if (isElement(child) && FALLBACK.paragraphTags.has(child.localName)) {
      for (const b of blocksOf(child)) score += b.text.length - b.linkChars;
    }
  }
  return score;
}

function usable(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((b) => b.linkChars / b.text.length <= FALLBACK.maxLinkDensity);
}

/** Fallback paragraphs for a document whose scripts and styles were already removed. Mutates `doc`. */
export function fallbackParagraphs(doc: DomDocument): { paragraphs: TextBlock[]; method: string } {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { paragraphs: [], method: 'empty document' };
  removeAll(body, FALLBACK.chrome);
  const bodyChars = (body.textContent ?? '').length;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (el.localName === 'main' || el.localName === 'article') continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!FALLBACK.chromeClass.test(label)) continue;
    if ((el.textContent ?? '').length <= FALLBACK.maxChromeShare * bodyChars) el.remove();
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const score = ownScore(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best && bestScore >= FALLBACK.minContainerChars) {
    return { paragraphs: usable(blocksOf(best)), method: 'largest text block' };
  }
  return { paragraphs: usable(blocksOf(body)), method: 'body text' };
}
