// Pass 7, assemble: one Place per gazetteer entry (or per unresolved name) with every span of it, its most written
// form as its name and the others as aliases; the list in comparePlaces order.
import type { Article, Sentence, Span } from '../../../types.js';
import { comparePlaces } from '../place-list.js';
import type { Place, Resolved } from '../types.js';

/** The article order, for sorting sources and spans. */
function articleOrder(articles: Article[], sentences: Sentence[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const a of articles) if (!order.has(a.id)) order.set(a.id, order.size);
  for (const s of sentences) if (!order.has(s.article)) order.set(s.article, order.size);
  return order;
}

function stripArticle(key: string): string {
  return key.startsWith('al ') ? key.slice(3) : key;
}

export function assemble(resolved: Resolved[], sentences: Sentence[], articles: Article[]): Place[] {
  const order = articleOrder(articles, sentences);
  const groups = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const id = r.choice !== null ? `${r.demonym ? 'D:' : ''}${r.choice.entry.id}` : `U:${stripArticle(r.match.key)}`;
    const g = groups.get(id) ?? [];
    g.push(r);
    groups.set(id, g);
  }
  const places: Place[] = [];
  for (const g of groups.values()) {
    const seen = new Set<string>();
    const spans: Span[] = [];
    const forms = new Map<string, { n: number; first: number }>();
    for (const r of g) {
      const m = r.match;
      const span: Span = { article: m.sentence.article, start: m.tokens[m.i].start, end: m.tokens[m.j].end };
      const sk = `${span.article}:${span.start}:${span.end}`;
      if (seen.has(sk)) continue;
      seen.add(sk);
      spans.push(span);
    }
    spans.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start);
    for (const r of g) {
      const f = forms.get(r.match.surface);
      const pos = (order.get(r.match.sentence.article) ?? 0) * 1e9 + r.match.tokens[r.match.i].start;
      if (f === undefined) forms.set(r.match.surface, { n: 1, first: pos });
      else {
        f.n++;
        f.first = Math.min(f.first, pos);
      }
    }
    const ranked = [...forms.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
    const head = g[0];
    const e = head.choice?.entry;
    const sources = [...new Set(spans.map((s) => s.article))];
    const place: Place = {
      name: ranked[0][0],
      aliases: ranked.slice(1).map(([s]) => s),
      lat: e ? e.lat : null,
      lon: e ? e.lon : null,
      kind: head.demonym ? 'demonym' : e ? e.kind : (head.unresolvedKind ?? 'other'),
      country: e ? e.country : null,
      resolved: e !== undefined,
      basis: head.basis,
      sources,
      mentions: spans.length,
      spans,
    };
    if (e?.geonameId !== undefined) place.geonameId = e.geonameId;
    if (e !== undefined) place.entryName = e.name;
    if (e?.kind === 'admin') place.level = e.featureCode === 'ADM2' ? 2 : 1;
    places.push(place);
  }
  places.sort(comparePlaces);
  return places;
}
