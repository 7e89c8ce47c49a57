// The facts stage: places first (they tell the other finders which names are places), then names, numbers,
// disagreements, events, and the timeline of dated happenings (./timeline.ts). Each item keeps its sources and spans.
import type { Story } from '../pipeline.js';
import { findPlaces, type Place } from './places/index.js';
import { findEntities, type Entity } from './entities.js';
import { findNumbers, type NumberFact } from './numbers.js';
import { findDisagreements, type Disagreement } from './disagreements.js';
import { findReportedEvents, type Event } from './events.js';
import { timelineOf, type TimelineItem } from './timeline.js';
import { eventsWithTwins, findTwins, withTwins } from './twins.js';

export type { TimelineItem } from './timeline.js';

export interface Facts {
  facts: NumberFact[];
  disagreements: Disagreement[];
  timeline: TimelineItem[];
  places: Place[];
  entities: Entity[];
  events: Event[];
}

export function buildFacts(story: Story): Facts {
  // Places, names, figures and events read each verbatim sentence once (./twins.ts); the timeline reads every copy.
  const twins = findTwins(story.sentences);
  const once = twins.distinct;
  const placesOnce = findPlaces(once, story.articles);
  const placeNames = new Set(placesOnce.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const isPlace = (name: string) => placeNames.has(name.toLowerCase());
  // Where each resolved place is mentioned, so the names finder can join spellings of one place.
  const placeKeyAt = new Map<string, string>();
  for (const p of placesOnce) if (p.resolved) for (const sp of p.spans) placeKeyAt.set(`${sp.article}:${sp.start}`, `${p.kind}:${p.lat},${p.lon}`);
  const placeAt = (article: string, start: number) => placeKeyAt.get(`${article}:${start}`);
  const publishedOf = new Map(story.articles.map((a) => [a.id, a.published]));
  const { places, entities, numbers } = withTwins(twins, story.articles, {
    places: placesOnce,
    entities: findEntities(once, story.articles, { isPlace, placeAt }),
    numbers: findNumbers(once, story.articles, { isPlace }),
  });
  const reported = eventsWithTwins(twins, story.articles, findReportedEvents(once, story.articles, { isPlace }));
  // The timeline dates the events; each event carries the date it was given there.
  const { timeline, eventDates } = timelineOf(story, reported);
  const events = reported.map(({ event }, i) => {
    const d = eventDates[i];
    return d ? { ...event, date: d.date, dateCertainty: d.certainty } : event;
  });
  return { facts: numbers, disagreements: findDisagreements(numbers, { published: (id) => publishedOf.get(id) ?? null }), timeline, places, entities, events };
}
