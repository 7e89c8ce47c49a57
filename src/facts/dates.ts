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
import { PARSERS } from './dates/parsers/index.js';
import { readExpressions, type DatesContext, type PreviousDay } from './dates/read.js';
import type { DateAnchor, FindDatesOptions, TemporalMention } from './dates/types.js';

export { sentenceTense } from './dates/tense.js';
export { inferAnchor, type InferAnchorInput } from './dates/anchor.js';
export { newDatesContext, type DatesContext, type PreviousDay } from './dates/read.js';
export { timeExpressions, type TimeExpression, type TimexOptions } from './dates/timex/index.js';
export type { DateAnchor, FindDatesOptions, Precision, TemporalMention, Tense } from './dates/types.js';

/** Every temporal expression in `text`, in reading order, resolved against `anchor`. */
export function findDates(text: string, anchor: DateAnchor | null, opts: FindDatesOptions & { previous?: PreviousDay; context?: DatesContext } = {}): TemporalMention[] {
  return readExpressions(text, PARSERS, anchor, { ...opts, list: 'dates' }).map(({ found: f, tense, resolved }) => ({ start: f.start, end: f.end, expression: f.expression, tense, ...resolved }));
}
