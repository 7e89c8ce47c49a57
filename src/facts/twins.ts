// Verbatim twins: the same sentence carried word for word by several articles (a wire story and its reprints).
// The text-only finders (places, names, numbers) read each distinct sentence once; their spans are then copied to
// every twin, so sources, spans and mention counts are what reading every copy would give. On a 1,000-article
// stream this is most of the facts stage's work. The timeline and the events are not run this way: a twin in an
// article of another day dates its weekdays differently: events are found once per distinct sentence too, but each
// twin becomes a report of its own, and the timeline reads every report against its own article's date.
import type { Sentence, Span } from '../types.js';
import type { FactsContext } from './mentions/context.js';
import { outletNames, supportOf } from './mentions/provenance.js';
import { comparePlaces, type Place } from './places/index.js';
import { compareEntities, type Entity } from './names/index.js';
import type { NumberFact } from './numbers/index.js';
import type { EventReport, ReportedEvent } from './events/index.js';

export interface Twins {
  /** The first sentence of each distinct text, in input order. */
  distinct: Sentence[];
  /** True when some text occurs more than once (otherwise `distinct` is the input and nothing needs copying). */
  any: boolean;
  /** Each span, plus its copy in every twin of the distinct sentence that holds it. */
  expand(spans: readonly Span[]): Span[];
  /** The other sentences with the same text as a distinct sentence. */
  copiesOf(s: Sentence): readonly Sentence[];
}

export function findTwins(sentences: readonly Sentence[]): Twins {
  const first = new Map<string, Sentence>();
  const copies = new Map<Sentence, Sentence[]>();
  for (const s of sentences) {
    const rep = first.get(s.text);
    if (!rep) first.set(s.text, s);
    else {
      const list = copies.get(rep);
      if (list) list.push(s);
      else copies.set(rep, [s]);
    }
  }
  const distinct = [...first.values()];
  // Per article, the distinct sentences that have twins, by start: a span is found in its sentence by binary search.
  const byArticle = new Map<string, Sentence[]>();
  for (const rep of copies.keys()) {
    const list = byArticle.get(rep.article);
    if (list) list.push(rep);
    else byArticle.set(rep.article, [rep]);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  const holder = (sp: Span): Sentence | null => {
    const list = byArticle.get(sp.article);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      if (sp.start < s.start) hi = mid - 1;
      else if (sp.start >= s.end && !(sp.start === s.end && sp.end === s.end)) lo = mid + 1;
      else return sp.end <= s.end ? s : null;
    }
    return null;
  };
  return {
    distinct,
    any: copies.size > 0,
    copiesOf: (s) => copies.get(s) ?? [],
    expand(spans) {
      const out: Span[] = [];
      for (const sp of spans) {
        out.push(sp);
        const rep = holder(sp);
        if (!rep) continue;
        for (const t of copies.get(rep) ?? []) out.push({ article: t.article, start: sp.start - rep.start + t.start, end: sp.end - rep.start + t.start });
      }
      return out;
    },
  };
}

/** Spans in the articles' input order, then by offset. */
function inInputOrder(spans: Span[], order: Map<string, number>): Span[] {
  return spans.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start || a.end - b.end);
}

const distinctArticles = (spans: readonly Span[]) => [...new Set(spans.map((s) => s.article))];

/** The text-only facts found on distinct sentences, with every twin's spans added back. */
export function withTwins(
  twins: Twins,
  ctx: FactsContext,
  found: { places: Place[]; entities: Entity[]; numbers: NumberFact[] },
): { places: Place[]; entities: Entity[]; numbers: NumberFact[] } {
  if (!twins.any) return found;
  const order = new Map(ctx.articles.map((a, i) => [a.id, i]));
  const places = found.places.map((p) => {
    const spans = inInputOrder(twins.expand(p.spans), order);
    return { ...p, spans, sources: distinctArticles(spans), mentions: spans.length };
  });
  // The finders' own orders: places and names by mentions, then name; figures by where they are first stated.
  places.sort(comparePlaces);
  const entities = found.entities.map((e) => {
    const spans = twins.expand(e.spans).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end));
    const sources = distinctArticles(spans).sort();
    return { ...e, spans, sources, mentions: e.mentions + spans.length - e.spans.length, support: supportOf(sources, ctx), outlets: outletNames(sources, ctx) };
  });
  entities.sort(compareEntities);
  const numbers = found.numbers.map((n) => {
    const spans = inInputOrder(twins.expand(n.spans), order);
    const sources = distinctArticles(spans).sort();
    return { ...n, spans, quantitySpans: inInputOrder(twins.expand(n.quantitySpans), order), sources, support: supportOf(sources, ctx) };
  });
  return { places, entities, numbers };
}

/** Events found on distinct sentences, with a report (and spans) for every twin of each reporting sentence. */
export function eventsWithTwins(twins: Twins, ctx: FactsContext, found: ReportedEvent[]): ReportedEvent[] {
  if (!twins.any) return found;
  return found.map(({ event, reports }) => {
    const all: EventReport[] = [];
    for (const r of reports) {
      all.push(r);
      for (const t of twins.copiesOf(r.sentence)) {
        const shift = t.start - r.sentence.start;
        all.push({ ...r, sentence: t, when: r.when ? { ...r.when, start: r.when.start + shift, end: r.when.end + shift } : null });
      }
    }
    const spans = twins.expand(event.spans).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end));
    const sources = distinctArticles(spans).sort();
    return { event: { ...event, spans, sources, support: supportOf(sources, ctx) }, reports: all };
  });
}
