// The facts stage of the brief. Folders by ownership: ./mentions (the shared layer: tokens, tags and name mentions
// of each sentence, read once), ./dates, ./places, ./names, ./numbers (figures and disagreements), ./events; the
// timeline (./timeline.ts) dates the events. `chorus facts` (./report) lists every mention instead.
//
// The passes, in order (each item keeps its sources and spans):
//   1. twins:         each verbatim sentence is read once by the text-only finders (./twins.ts);
//   2. mentions:      tokens, tags and name mentions of those sentences, into the story's context (./mentions);
//   3. places:        the gazetteer's places, resolved with the whole story as context (./places.ts);
//   4. names:         names joined by alias, told which are places and where the places were resolved (./names);
//   5. numbers:       figures with what they count (./numbers);
//   6. copies:        the places, names and figures found once are copied to every twin (./twins.ts);
//   7. events:        who did what to whom, a report for every copy (./events);
//   8. timeline:      the dated happenings; each event takes the date it was given there (./timeline.ts);
//   9. disagreements: figures outlets give differently for the same thing (./numbers/disagreements.ts).
// Per-story state lives in one FactsContext created here, never in module-level maps.
import type { Story } from '../pipeline.js';
import { lateStage, type Checkpoint } from '../budget.js';
import { findPlaces, type Place } from './places/index.js';
import { createFactsContext, readMentions } from './mentions/index.js';
import { findEntities, type Entity } from './names/index.js';
import { findDisagreements, findNumbers, type Disagreement, type NumberFact } from './numbers/index.js';
import { findReportedEvents, type Event } from './events/index.js';
import { timelineOf, type TimelineItem } from './timeline.js';
import { eventsWithTwins, findTwins, withTwins } from './twins.js';

export type { TimelineItem } from './timeline.js';
export { createFactsContext, type FactsContext } from './mentions/index.js';

export interface Facts {
  facts: NumberFact[];
  disagreements: Disagreement[];
  timeline: TimelineItem[];
  places: Place[];
  entities: Entity[];
  events: Event[];
}

export function buildFacts(story: Story): Facts {
  // Past the run's time budget (src/budget.ts), at a pass's start or at a checkpoint inside it, the pass and the ones
  // after it are skipped: each finds nothing.
  const deadline = story.deadline;
  const spent = (pass: string) => deadline?.spentAt('facts', story.warnings, `facts (${pass})`) ?? false;
  const within = <T>(pass: string, run: (checkpoint?: Checkpoint) => T, skipped: T): T =>
    lateStage(deadline, 'facts', story.warnings, run, () => skipped, `facts (${pass})`);
  const none: Facts = { facts: [], disagreements: [], timeline: [], places: [], entities: [], events: [] };
  const ctx = createFactsContext(story.articles);
  const twins = findTwins(story.sentences);
  const once = twins.distinct;
  if (!within('mentions', (checkpoint) => (readMentions(ctx, once, checkpoint), true), false)) return none;
  const placesOnce = within('places', (checkpoint) => findPlaces(once, story.articles, undefined, { checkpoint }), null);
  if (placesOnce === null) return none;
  const placeNames = new Set(placesOnce.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const isPlace = (name: string) => placeNames.has(name.toLowerCase());
  // Where each resolved place is mentioned, so the names finder can join spellings of one place.
  const placeKeyAt = new Map<string, string>();
  for (const p of placesOnce) if (p.resolved) for (const sp of p.spans) placeKeyAt.set(`${sp.article}:${sp.start}`, `${p.kind}:${p.lat},${p.lon}`);
  const placeAt = (article: string, start: number) => placeKeyAt.get(`${article}:${start}`);
  const publishedOf = new Map(story.articles.map((a) => [a.id, a.published]));
  const { places, entities, numbers } = withTwins(twins, ctx, {
    places: placesOnce,
    entities: within('names', (checkpoint) => findEntities(once, story.articles, { isPlace, placeAt, checkpoint }, ctx), []),
    numbers: spent('numbers') ? [] : findNumbers(once, story.articles, { isPlace }, ctx),
  });
  const reported = spent('events') ? [] : eventsWithTwins(twins, ctx, findReportedEvents(once, story.articles, { isPlace }, ctx));
  // The timeline dates the events; each event carries the date it was given there.
  const { timeline, eventDates } = spent('timeline') ? { timeline: [], eventDates: [] } : timelineOf(story, reported);
  const events = reported.map(({ event }, i) => {
    const d = eventDates[i];
    return d ? { ...event, date: d.date, dateCertainty: d.certainty } : event;
  });
  const disagreements = spent('disagreements') ? [] : findDisagreements(numbers, { published: (id) => publishedOf.get(id) ?? null });
  return { facts: numbers, disagreements, timeline, places, entities, events };
}
