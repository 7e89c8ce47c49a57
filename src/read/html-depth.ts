// A cap on how deep a page's elements nest, applied to the markup before it is parsed.
// linkedom's parser and Readability's walk both slow down with depth faster than linearly (100,000 nested
// <div>s took 33 s to parse alone, 1,000 took 10 s through Readability), while real pages nest a few dozen
// levels (the deepest of a sample of trafilatura-eval pages: 32). So one linear scan follows the tags the way
// the parser will (a stack of open elements, void elements, raw-text elements, the implicit closes of <p>,
// <li>, table cells...) and leaves out every tag that would open deeper than the cap, with its matching
// close tag: the text inside stays, in the element at the cap. A left-out block element becomes a double
// line break, so its text still reads as its own paragraph.

export const DEPTH = {
  /** Elements nested deeper than this (counting <html> as 1) lose their tags; their text stays. Twice the deepest real page seen. */
  maxDepth: 64,
} as const;

/** Elements that never have content or a close tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'image', 'isindex']);
/** Elements whose content is raw text up to their close tag (no markup inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Block elements: opening one closes an open <p>; left out, one becomes a paragraph break. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'ul', 'li', 'dd', 'dt', 'tr', 'td', 'th', 'caption', 'tbody', 'thead', 'tfoot',
]);
/** Opening the key closes these when they are the innermost open element (as the HTML parser does). */
const IMPLIED_CLOSE: Record<string, readonly string[]> = {
  li: ['li', 'p'], dt: ['dt', 'dd', 'p'], dd: ['dt', 'dd', 'p'], option: ['option'], optgroup: ['optgroup', 'option'],
  tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], tbody: ['thead', 'tbody', 'tr', 'td', 'th'], tfoot: ['thead', 'tbody', 'tr', 'td', 'th'],
};

export interface DepthCut {
  /** The markup to parse: the input itself when nothing was cut. */
  html: string;
  /** How many elements lost their tags. */
  cutElements: number;
  /** How many elements the markup opens (void ones and left-out ones included): the size of the page's tree. */
  elements: number;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** End (index after '>') of a tag whose name ends at `from`, skipping quoted attribute values; the input's length if unterminated. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1; // >
    if (c === 34 || c === 39) {
      // A quote opens a value only after '='; elsewhere it is a stray character.
      let k = i - 1;
      while (k > from && (html.charCodeAt(k) === 32 || html.charCodeAt(k) === 9 || html.charCodeAt(k) === 10 || html.charCodeAt(k) === 13)) k--;
      if (html.charCodeAt(k) === 61) {
        const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
        if (close < 0) return html.length;
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return html.length;
}

/** Index of the close tag `</name` (any case) at or after `from`, or the input's length. Linear: one regex scan. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

/** The markup with every element deeper than `maxDepth` unwrapped (its text kept). Linear in the input's length. */
export function capDepth(html: string, maxDepth: number = DEPTH.maxDepth): DepthCut {
  // The stack of open elements as the parser will see them; `dropped` marks those whose tags were left out.
  const names: string[] = [];
  const dropped: boolean[] = [];
  const openCount = new Map<string, number>();
  let keptDepth = 0;
  const out: string[] = [];
  let copiedTo = 0;
  let cutElements = 0;
  let elements = 0;
  // Whether the last thing written was a left-out tag's break or space with only whitespace since: a run of
  // left-out tags (100,000 nested <div>s) becomes one break, not 100,000.
  let lastCut: 'break' | 'space' | null = null;
  const leaveOut = (start: number, end: number, name: string): void => {
    const between = html.slice(copiedTo, start);
    out.push(between);
    if (/\S/.test(between)) lastCut = null;
    const mark = BLOCK.has(name) ? 'break' : 'space';
    if (lastCut !== 'break' && lastCut !== mark) {
      out.push(mark === 'break' ? '<br><br>' : ' ');
      lastCut = mark;
    }
    copiedTo = end;
  };
  const pop = (): void => {
    const name = names.pop() as string;
    if (!dropped.pop()) keptDepth--;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
  };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    let end: number;
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Comment, doctype, CDATA or processing instruction: no element.
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        end = close < 0 ? html.length : close + 3;
      } else {
        const close = html.indexOf('>', i + 2);
        end = close < 0 ? html.length : close + 1;
      }
    } else if (next === 47 /* / */ && i + 2 < html.length && isLetter(html.charCodeAt(i + 2))) {
      let j = i + 2;
      while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
      const name = html.slice(i + 2, j).toLowerCase();
      end = tagEnd(html, j);
      if ((openCount.get(name) ?? 0) > 0) {
        // Close every element above the match, then the match; left out if the match was.
        while (names[names.length - 1] !== name) pop();
        const wasDropped = dropped[dropped.length - 1];
        pop();
        if (wasDropped) leaveOut(i, end, name);
      }
      // A close tag that matches nothing is left for the parser, which ignores it after searching its (now shallow) stack.
    } else if (isLetter(next)) {
      let j = i + 1;
      while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
      const name = html.slice(i + 1, j).toLowerCase();
      end = tagEnd(html, j);
      if (VOID.has(name)) elements++;
      else {
        const implied = IMPLIED_CLOSE[name] ?? (BLOCK.has(name) ? ['p'] : null);
        while (implied && names.length > 0 && implied.includes(names[names.length - 1])) pop();
        const cut = keptDepth >= maxDepth;
        names.push(name);
        dropped.push(cut);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        elements++;
        if (cut) {
          cutElements++;
          leaveOut(i, end, name);
        } else keptDepth++;
        if (RAW_TEXT.has(name)) {
          // Raw text runs to its close tag, which is handled as a close tag on the next round.
          const close = rawTextEnd(html, end, name);
          i = close < html.length ? close : -1;
          continue;
        }
      }
    } else {
      end = i + 1; // a '<' that opens no tag is text
    }
    i = end < html.length ? html.indexOf('<', end) : -1;
  }
  if (cutElements === 0) return { html, cutElements: 0, elements };
  out.push(html.slice(copiedTo));
  return { html: out.join(''), cutElements, elements };
}
