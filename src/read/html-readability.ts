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

/** Readability whose element look-ups by tag walk the tree instead of compiling a selector each time. */
export class LinkedomReadability extends Readability<DomNode> {
  /** Overrides Readability's own (an internal method, stable across its 0.x releases): same elements, same order. */
  _getAllNodesWithTag(node: DomNode, tagNames: string[]): DomElement[] {
    return descendantsByTag(node, tagNames);
  }
}
