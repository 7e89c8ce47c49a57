// The facts stage: places first (they tell the other finders which names are places), then names, numbers,
// disagreements, events, and the timeline of dated sentences. Each item keeps its sources and spans.
import type { Article, Certainty, Sentence, Span } from '../types.js';
import type { Story } from '../pipeline.js';
import { supportOf } from '../group/index.js';
import { findPlaces, type Place } from './places.js';
import { findEntities, type Entity } from './entities.js';
import { findNumbers, type NumberFact } from './numbers.js';
import { findDisagreements, type Disagreement } from './disagreements.js';
import { findEvents, type Event } from './events.js';
import { findDates, inferAnchor, type DateAnchor } from './dates.js';

export interface TimelineItem {
  date: string;
  endDate?: string;
  precision: string;
  certainty: Certainty;
  basis: string;
  expression: string;
  text: string;
  sources: string[];
  spans: Span[];
  support: { outlets: number; articles: number };
}

export interface Facts {
  facts: NumberFact[];
  disagreements: Disagreement[];
  timeline: TimelineItem[];
  places: Place[];
  entities: Entity[];
  events: Event[];
}

/** The date each article's relative expressions are read against: its own, or one inferred from the story. */
function anchorOf(a: Article, dated: { id: string; published: string }[]): DateAnchor | null {
  if (a.published) return { date: a.published, certainty: 'stated', basis: `${a.id}'s publication date ${a.published} (${a.publishedBasis ?? 'metadata'})` };
  return inferAnchor({ datedArticles: dated.filter((d) => d.id !== a.id) });
}

function timelineOf(story: Story): TimelineItem[] {
  const dated = story.articles.filter((a) => a.published).map((a) => ({ id: a.id, published: a.published as string }));
  const anchors = new Map(story.articles.map((a) => [a.id, anchorOf(a, dated)]));
  // One entry per (sentence group, date): the same sentence from two outlets is one item with both sources.
  const groupOf = new Map<string, string>();
  for (const g of story.groups) for (const m of g.members) groupOf.set(m.id, g.id);
  const byKey = new Map<string, { item: TimelineItem; members: Sentence[] }>();
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  for (const s of story.sentences) {
    for (const m of findDates(s.text, anchors.get(s.article) ?? null)) {
      if (!m.date) continue; // an expression that cannot be placed without an anchor is not put on the timeline
      const key = `${groupOf.get(s.id) ?? s.id}|${m.date}|${m.precision}`;
      const hit = byKey.get(key);
      if (hit) {
        hit.members.push(s);
        // A stated reading from one outlet beats an inferred one from another.
        if (rank(m.certainty) > rank(hit.item.certainty)) Object.assign(hit.item, { certainty: m.certainty, basis: m.basis, expression: m.expression });
        continue;
      }
      byKey.set(key, {
        members: [s],
        item: {
          date: m.date, ...(m.endDate ? { endDate: m.endDate } : {}), precision: m.precision, certainty: m.certainty, basis: m.basis,
          expression: m.expression, text: s.text, sources: [], spans: [], support: { outlets: 0, articles: 0 },
        },
      });
    }
  }
  const items = [...byKey.values()].map(({ item, members }) => {
    const sources = [...new Set(members.map((x) => x.article))].sort();
    return { ...item, sources, spans: members.map((x) => ({ article: x.article, start: x.start, end: x.end })), support: supportOf(sources, byId) };
  });
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
}

function rank(c: Certainty): number {
  return c === 'stated' ? 2 : c === 'inferred' ? 1 : 0;
}

export function buildFacts(story: Story): Facts {
  const places = findPlaces(story.sentences, story.articles);
  const placeNames = new Set(places.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const isPlace = (name: string) => placeNames.has(name.toLowerCase());
  const numbers = findNumbers(story.sentences, story.articles, { isPlace });
  return {
    facts: numbers,
    disagreements: findDisagreements(numbers),
    timeline: timelineOf(story),
    places,
    entities: findEntities(story.sentences, story.articles, { isPlace }),
    events: findEvents(story.sentences, story.articles, { isPlace }),
  };
}
