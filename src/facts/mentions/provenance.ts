// Sources, spans and support of a fact: what every item of the facts stage carries so the brief can cite it.
import type { Span, Support } from '../../types.js';
import { supportOf as groupSupportOf } from '../../group/index.js';
import type { FactsContext } from './context.js';

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

/** Distinct outlets and articles behind some article ids (src/group's rule: an article of unknown outlet is its own outlet). */
export function supportOf(sources: readonly string[], ctx: FactsContext): Support {
  return groupSupportOf(sources, ctx.articleById);
}

/** Distinct outlet names of some articles, sorted (unknown outlets left out). */
export function outletNames(sources: readonly string[], ctx: FactsContext): string[] {
  const names = new Set<string>();
  for (const id of sources) {
    const o = ctx.articleById.get(id)?.outlet;
    if (o) names.add(o);
  }
  return [...names].sort();
}
