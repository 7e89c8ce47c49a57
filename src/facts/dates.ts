// News-aware dates: every temporal expression in a text, resolved against the article's publication date
// as news is written. Parsers live in ./dates/parsers (ordered list in ./dates/parsers/index.ts).
//
// Conventions (the decisions the issue asked for):
// - A bare weekday in a past-tense clause is the most recent such day on or before the anchor (the same
//   day counts: "said Thursday" in a Thursday story is that day); in a future-tense clause the next such
//   day on or after (the same day counts too: "will meet Friday" in a Friday story is that evening);
//   in a present-tense clause the nearer of the two (certainty one step lower). "last Friday" is strictly
//   before, "next Friday" strictly after.
// - A week is dated by its Monday (ISO 8601 weeks), with `endDate` its Sunday, precision 'week'.
// - A season is a range of months (meteorological, northern hemisphere): date = first month, endDate = last.
// - Without an anchor, relative expressions (weekdays, "last week", "yesterday") get date '' and certainty
//   'uncertain'; month and day expressions take `opts.year` if given (certainty 'inferred'), else date ''.
// - certainty = the weaker of the expression's own and the anchor's; dates with their year are 'stated'.
// - Copyright years ("(c) 2015", "Copyright 2015") are not dates.
// Across the sentences of an article: ./dates/narrative.ts (the time the story is at, "that same day");
// across articles: ./dates/window.ts (an undated article dated by a happening a dated article also tells).
import { addDays } from './dates/calendar.js';
import { PREFILTER } from './dates/lexicon.js';
import { PARSERS } from './dates/parsers/index.js';
import { weaker } from './dates/resolve.js';
import { mentionTense } from './dates/tense.js';
import type { DateAnchor, FindDatesOptions, Found, TemporalMention } from './dates/types.js';
import type { Certainty } from '../types.js';

export { sentenceTense } from './dates/tense.js';
export { inferAnchor, type InferAnchorInput } from './dates/anchor.js';
export type { DateAnchor, FindDatesOptions, Precision, TemporalMention, Tense } from './dates/types.js';

/** The last day-precise date before the text, for "a day earlier" at the start of a sentence. */
export interface PreviousDay {
  date: string;
  certainty: Certainty;
  expression: string;
}

/** Every temporal expression in `text`, in reading order, resolved against `anchor`. */
export function findDates(text: string, anchor: DateAnchor | null, opts: FindDatesOptions & { previous?: PreviousDay } = {}): TemporalMention[] {
  if (!PREFILTER.test(text)) return [];
  const chosen = parsed(text);
  const out: TemporalMention[] = [];
  let previous: PreviousDay | undefined = opts.previous;
  for (const { f, tense } of chosen) {
    let resolved = f.resolve({ anchor, year: opts.year, tense });
    if (!resolved) continue;
    if (f.fromPrevious !== undefined && previous && previous.date) {
      resolved = {
        date: addDays(previous.date, f.fromPrevious),
        precision: 'day',
        certainty: weaker('inferred', previous.certainty),
        basis: `"${f.expression}": ${f.fromPrevious === 0 ? 'the same day as' : `${Math.abs(f.fromPrevious)} day(s) ${f.fromPrevious < 0 ? 'before' : 'after'}`} "${previous.expression}" (${previous.date})`,
      };
    }
    const mention: TemporalMention = { start: f.start, end: f.end, expression: f.expression, tense, ...resolved };
    out.push(mention);
    if (mention.precision === 'day' && mention.date && !mention.endDate) previous = { date: mention.date, certainty: mention.certainty, expression: mention.expression };
  }
  return out;
}

const parseCache = new Map<string, { f: Found; tense: ReturnType<typeof mentionTense> }[]>();
/** A wire sentence carried by many articles is parsed once; only resolving depends on the article's anchor. */
const PARSE_CACHE_MAX = 50000;

/** The expressions of a text with their tenses (memoized: neither depends on the anchor). */
function parsed(text: string): { f: Found; tense: ReturnType<typeof mentionTense> }[] {
  let hit = parseCache.get(text);
  if (!hit) {
    hit = pickNonOverlapping(text).map((f) => ({ f, tense: mentionTense(text, f.start, f.end) }));
    if (parseCache.size >= PARSE_CACHE_MAX) parseCache.clear();
    parseCache.set(text, hit);
  }
  return hit;
}

/** All parsers' matches, keeping the longest where they overlap (the earlier parser on a tie), in text order. */
function pickNonOverlapping(text: string): Found[] {
  const all: { f: Found; order: number }[] = [];
  PARSERS.forEach((p, order) => {
    for (const f of p.find(text)) all.push({ f, order });
  });
  all.sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order || a.f.start - b.f.start);
  const kept: Found[] = [];
  for (const { f } of all) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
