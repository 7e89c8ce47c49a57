// The text a facts report reads: every sentence the segmenter found (kept or later removed by the cleaner), plus
// every stretch of a line no sentence covers (a title, a header line, a dateline), so no mention is silently lost.
import type { Article, Removal, RemovalReason, Sentence } from '../../types.js';

/** The article's sentences and, as pseudo-sentences, the non-blank stretches of text outside them, in text order. */
export function textUnits(article: Article, sentences: readonly Sentence[]): Sentence[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Sentence[] = [];
  let cursor = 0;
  let extra = 0;
  const gap = (from: number, to: number) => {
    // Line by line: a pseudo-sentence never crosses a line end, as the segmenter's never do.
    const re = /[^\n]+/g;
    const piece = article.text.slice(from, to);
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      const start = from + m.index + lead;
      // No tags (the tagger never saw it), and the field set anyway: the segmenter's sentences' shape (src/segment).
      out.push({ id: `${article.id}:x${extra}`, article: article.id, index: sentences.length + extra, paragraph: -1, start, end: start + body.length, text: body, tags: undefined });
      extra++;
    }
  };
  for (const s of sorted) {
    if (s.start > cursor) gap(cursor, s.start);
    out.push(s);
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < article.text.length) gap(cursor, article.text.length);
  return out;
}

/** The reason of the removal a span starts in, or null; `removals` of one article. */
export function removedAt(removals: readonly Removal[]): (start: number, end: number) => RemovalReason | null {
  const spans = [...removals].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return (start, end) => {
    // The last removal starting at or before the mention; removals do not nest, so it is the only candidate.
    let lo = 0;
    let hi = spans.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].span.start <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = at; k >= 0 && k >= at - 1; k--) {
      const r = spans[k].span;
      if (start < r.end && end > r.start) return spans[k].reason;
    }
    // A mention that starts just before a removal and runs into it.
    const next = spans[at + 1];
    return next && next.span.start < end ? next.reason : null;
  };
}

/** How many of the sorted positions are below `x` (or at most `x` when `inclusive`). */
function countBelow(sorted: readonly number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (inclusive && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps a span of the article's `text` onto the input as given, where the reader dropped characters (a BOM, the CR
 * of CRLF line ends: `Article.dropped`): a start moves past every dropped character at or before it, an end past
 * those before it; the text is the input's own (CRs inside the span put back). Identity when nothing was dropped.
 */
export function toInputSpan(article: Article): (start: number, end: number) => { start: number; end: number; text: string } {
  const dropped = article.dropped ?? [];
  if (dropped.length === 0) return (start, end) => ({ start, end, text: article.text.slice(start, end) });
  return (start, end) => {
    const from = countBelow(dropped, start, true);
    const to = countBelow(dropped, end, false);
    let text = '';
    let at = start;
    for (let k = from; k < to; k++) {
      text += `${article.text.slice(at, dropped[k])}\r`;
      at = dropped[k];
    }
    text += article.text.slice(at, end);
    return { start: start + from, end: end + to, text };
  };
}
