// The facts stage: places first (they tell the other finders which names are places), then names, numbers,
// disagreements, events, and the timeline of dated happenings (./timeline.ts). Each item keeps its sources and spans.
import type { Story } from '../pipeline.js';
import { findPlaces, type Place } from './places.js';
import { findEntities, type Entity } from './entities.js';
import { findNumbers, type NumberFact } from './numbers.js';
import { findDisagreements, type Disagreement } from './disagreements.js';
import { findReportedEvents, type Event } from './events.js';
import { timelineOf, type TimelineItem } from './timeline.js';

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
  const places = findPlaces(story.sentences, story.articles);
  const placeNames = new Set(places.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const isPlace = (name: string) => placeNames.has(name.toLowerCase());
  const numbers = findNumbers(story.sentences, story.articles, { isPlace });
  const entities = findEntities(story.sentences, story.articles, { isPlace });
  const reported = findReportedEvents(story.sentences, story.articles, { isPlace });
  // The timeline dates the events; each event carries the date it was given there.
  const { timeline, eventDates } = timelineOf(story, reported);
  const events = reported.map(({ event }, i) => {
    const d = eventDates[i];
    return d ? { ...event, date: d.date, dateCertainty: d.certainty } : event;
  });
  return { facts: numbers, disagreements: findDisagreements(numbers), timeline, places, entities, events };
}
