// Sources, spans and support of a fact: what every item of the facts stage carries so the brief can cite it.
import type { Article, Span, Support } from '../types.js';

/** Sorted distinct article ids of some spans. */
export function sourcesOf(spans: readonly Span[]): string[] {
  return [...new Set(spans.map((s) => s.article))].sort();
}

/** Spans sorted by article then offset, duplicates removed. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end))) {
    const key = `${s.article}:${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ article: s.article, start: s.start, end: s.end });
  }
  return out;
}

/** Distinct outlets and articles behind some article ids; an article of unknown outlet counts as its own outlet. */
export function supportOf(sources: readonly string[], articles: readonly Article[]): Support {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const outlets = new Set<string>();
  const ids = new Set(sources);
  for (const id of ids) {
    const outlet = byId.get(id)?.outlet;
    outlets.add(outlet ? `outlet:${outlet.trim().toLowerCase()}` : `article:${id}`);
  }
  return { outlets: outlets.size, articles: ids.size };
}
