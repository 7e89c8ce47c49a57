// The small part of the DOM the HTML reader uses, typed structurally. The project compiles
// without the DOM lib (it runs on Node), and linkedom's own typings resolve to that missing lib,
// so these interfaces keep the reader type-checked without `any`.
import { parseHTML } from 'linkedom';
import './html-listeners.js'; // linkedom's nodes without its per-node WeakMap entry (why: in that module)

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  /** Put these nodes (moved from wherever they are) in this element's place. */
  replaceWith(...nodes: DomNode[]): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Parse an HTML string with linkedom. Scripts are never run: linkedom has no script engine.
 * linkedom builds no <html> element for fragments and plain text (and then fails on `body`), so
 * a page without one is wrapped first, the way a browser would infer it.
 */
export function parseDocument(html: string): DomDocument {
  let source = html;
  // An <html> tag after the first <body> is a page pasted inside the article (a CMS copy), not this page's root.
  const htmlAt = source.search(/<html[\s>]/i);
  const bodyAt = source.search(/<body[\s>]/i);
  if (htmlAt < 0 || (bodyAt >= 0 && htmlAt > bodyAt)) {
    source = /<body[\s>]/i.test(source) ? `<html>${source}</html>` : `<html><head></head><body>${source}</body></html>`;
  }
  let window = parseHTML(source) as unknown as { document: DomDocument };
  const root = window.document.documentElement;
  if (root && root.localName !== 'html') {
    // Markup before the doctype or <html> (a server's error lines printed ahead of the page): linkedom makes its
    // first element the document's root and loses the page's body. A browser moves such markup into the body.
    const start = source.search(/<!doctype[\s>]|<html[\s>]/i);
    if (start > 0) {
      const prefix = source.slice(0, start);
      const rest = source.slice(start);
      const restBodyAt = rest.search(/<body[\s>]/i);
      const bodyEnd = restBodyAt < 0 ? -1 : rest.indexOf('>', restBodyAt) + 1;
      const moved = bodyEnd > 0 ? rest.slice(0, bodyEnd) + prefix + rest.slice(bodyEnd) : rest;
      const again = parseHTML(moved) as unknown as { document: DomDocument };
      if (again.document.documentElement?.localName === 'html') window = again;
    }
  }
  if (!window.document.documentElement) {
    // Markup before <html> that linkedom cannot place (e.g. an XML prolog followed by other roots).
    window = parseHTML(`<html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument };
  }
  return window.document;
}

/** Element links as linkedom provides them: walking them builds no child lists (linkedom builds one per `children` read). */
interface ElementLinks {
  firstElementChild: ElementLinks | null;
  nextElementSibling: ElementLinks | null;
  parentNode: ElementLinks | null;
}

/**
 * linkedom keeps a document as one linked list of nodes in document order: each element, then its attributes,
 * its children and an end marker; `next` links each node to the following one and `end` links an element to its
 * end marker. Walking that list visits every element without linkedom's sibling getters, which search the list
 * node by node for each step (a fifth of a walk's time went to them). The two links are private symbols of
 * linkedom, found on a parsed element by their descriptions; null when a linkedom version lacks them, and the
 * walk then uses the public getters.
 */
const LIST_LINKS: { next: symbol; end: symbol } | null = (() => {
  const probe = (parseHTML('<html><body><p></p></body></html>') as unknown as { document: DomDocument }).document.body;
  if (!probe) return null;
  const symbols = Object.getOwnPropertySymbols(probe);
  const next = symbols.find((s) => s.description === 'next');
  const end = symbols.find((s) => s.description === 'end');
  return next && end ? { next, end } : null;
})();

interface ListNode {
  nodeType: number;
  localName?: string;
  [link: symbol]: ListNode | null;
}

/** walkElements over linkedom's node list (LIST_LINKS). */
function walkList(root: DomNode | DomDocument, visit: (el: DomElement) => boolean, links: { next: symbol; end: symbol }): void {
  const { next, end } = links;
  const top = root as unknown as ListNode;
  const stop = top[end];
  let at = top[next];
  while (at && at !== stop) {
    if (at.nodeType === ELEMENT_NODE) {
      // A mark the visitor sets is an attribute node right after the element: the walk steps over it like text.
      const enter = visit(at as unknown as DomElement) && at.localName !== 'template';
      at = enter ? at[next] : (at[end] as ListNode)[next];
    } else {
      at = at[next];
    }
  }
}

/**
 * Visit the elements under `root` (not `root` itself) in document order; `visit` returns whether to go into the
 * element's children. The contents of <template> are never visited (linkedom's querySelectorAll skips them too).
 * Linear, and cheaper than a selector query: linkedom compiles a selector on every query. `visit` may change
 * attributes but must not move or remove elements.
 */
export function walkElements(root: DomNode | DomDocument, visit: (el: DomElement) => boolean): void {
  if (LIST_LINKS && (root as unknown as ListNode)[LIST_LINKS.end]) {
    walkList(root, visit, LIST_LINKS);
    return;
  }
  const top = root as unknown as ElementLinks;
  let at = top.firstElementChild;
  while (at) {
    const el = at as unknown as DomElement;
    const child = visit(el) && el.localName !== 'template' ? at.firstElementChild : null;
    if (child) {
      at = child;
      continue;
    }
    // No children to enter: the next sibling, else the next sibling of the nearest ancestor below root that has one.
    while (at && at !== top && !at.nextElementSibling) at = at.parentNode;
    at = at && at !== top ? at.nextElementSibling : null;
  }
}

/** The elements under `root` that `keep` accepts, in document order (a selector query without the selector's compile). */
export function elementsWhere(root: DomNode | DomDocument, keep: (el: DomElement) => boolean): DomElement[] {
  const found: DomElement[] = [];
  walkElements(root, (el) => {
    if (keep(el)) found.push(el);
    return true;
  });
  return found;
}

/** Whether attribute `name` holds `word` among its whitespace-separated words, ignoring case: the selector `[name~="word" i]` as css-select reads it (JavaScript's \s). */
export function hasWord(el: DomElement, name: string, word: string): boolean {
  const value = el.getAttribute(name);
  return value !== null && value.toLowerCase().split(/\s+/).includes(word.toLowerCase());
}

/** Remove every element matching `selector`; returns how many were removed. */
export function removeAll(root: DomDocument | DomElement, selector: string): number {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of found) el.remove();
  return found.length;
}

/** Whitespace-normalized text content of a node (entities are already decoded by the parser). */
export function textOf(node: DomNode | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
