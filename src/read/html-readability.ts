// Mozilla Readability, made faster over linkedom without changing what it returns.
// Readability finds elements by tag with `querySelectorAll("p")`, `querySelectorAll("ul,ol")` and so on, some
// of them once per candidate element (text and heading density in its conditional cleaning). linkedom compiles
// the selector with css-select on every call and runs the compiled matcher on every element: on trafilatura-eval
// that was about a tenth of extraction time (8.5% of a CPU profile of 200 pages). The same elements, in the same (document) order, come from one walk
// of the subtree comparing tag names.
import { Readability } from '@mozilla/readability';
import { type DomElement, type DomNode, walkElements } from './html-dom.js';

/**
 * Descendants of `root` (not `root` itself) whose tag is one of `tags`, in document order, as
 * `root.querySelectorAll(tags.join(","))` finds them in linkedom (which does not look inside <template>).
 */
export function descendantsByTag(root: DomNode, tags: readonly string[]): DomElement[] {
  const wanted = new Set(tags.map((t) => t.toLowerCase()));
  const found: DomElement[] = [];
  walkElements(root, (el) => {
    // Readability creates elements as createElement("DIV"), which linkedom names in upper case; selectors ignore case.
    if (wanted.has(el.localName) || wanted.has(el.localName.toLowerCase())) found.push(el);
    return true;
  });
  return found;
}

/** The internal methods of Readability 0.x that LinkedomReadability replaces, as its parent class has them. */
interface ReadabilityInternals {
  _isProbablyVisible(node: DomElement): boolean;
  REGEXPS: { byline: RegExp };
}

/**
 * Readability whose element look-ups by tag walk the tree instead of compiling a selector each time, and whose
 * per-element checks in its main loop skip work that cannot change their answer. Each override is one of
 * Readability's internal methods (stable across its 0.x releases) and returns what the original returns.
 */
export class LinkedomReadability extends Readability<DomNode> {
  /** Same elements, same order. */
  _getAllNodesWithTag(node: DomNode, tagNames: string[]): DomElement[] {
    return descendantsByTag(node, tagNames);
  }

  /**
   * Readability reads `node.style.display` and `.visibility` for every element; linkedom builds a style object (a
   * Map behind a Proxy) on the first read. An element without a style attribute has neither property set, so
   * only the attribute checks of the original remain.
   */
  _isProbablyVisible(node: DomElement): boolean {
    if (node.hasAttribute('style')) return (Readability.prototype as unknown as ReadabilityInternals)._isProbablyVisible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true') return true;
    const className = (node as unknown as { className?: unknown }).className;
    return typeof className === 'string' && className.includes('fallback-image');
  }

  /**
   * The original measures the element's whole text (`textContent`, of <html> and <body> too) before it asks
   * whether the element is marked as a byline at all; here the text is read only for marked elements.
   */
  _isValidByline(node: DomElement, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || (this as unknown as ReadabilityInternals).REGEXPS.byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return bylineLength > 0 && bylineLength < 100;
  }
}
