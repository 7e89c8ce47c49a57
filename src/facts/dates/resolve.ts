// Shared rules for placing a partial date (weekday, month, day of month) relative to the anchor by tense.
import type { Certainty } from '../../types.js';
import { addDays, dayNumber, isoDay, isValidDay, weekdayOf, yearMonth } from './calendar.js';
import { WEEKDAYS } from './lexicon.js';
import { DATES } from './tunables.js';
import type { DateAnchor, ResolveContext, Tense } from './types.js';

const ORDER: Record<Certainty, number> = { stated: 0, inferred: 1, uncertain: 2 };

/** The weaker of two certainties. */
export function weaker(a: Certainty, b: Certainty): Certainty {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** Which way to look from the anchor: past tense backwards, future forwards, present to the nearest. */
export type Direction = 'back' | 'forward' | 'nearest';

export function directionFor(tense: Tense, anchor: DateAnchor, scale: 'day' | 'month' = 'day'): Direction {
  // An undated article is written on or after its anchor: the days it names lie after the anchor, whatever
  // the tense. Months and seasons are too coarse for that shift to matter, so they follow the tense.
  if (anchor.relation === 'not-before' && scale === 'day') return 'forward';
  return tense === 'past' ? 'back' : tense === 'future' ? 'forward' : 'nearest';
}

/** The weekday `wd` (0 = Sunday) nearest the anchor in the given direction; the anchor's own day counts. */
export function placeWeekday(anchorDate: string, wd: number, dir: Direction): string {
  const back = (weekdayOf(anchorDate) - wd + 7) % 7;
  const forward = (wd - weekdayOf(anchorDate) + 7) % 7;
  if (dir === 'back') return addDays(anchorDate, -back);
  if (dir === 'forward') return addDays(anchorDate, forward);
  return back <= forward ? addDays(anchorDate, -back) : addDays(anchorDate, forward);
}

/** The (month, day) nearest the anchor in the given direction, as an ISO day; null if no such day exists. */
export function placeMonthDay(anchorDate: string, month: number, day: number, dir: Direction): string | null {
  const { year } = yearMonth(anchorDate);
  const a = dayNumber(anchorDate);
  const options = [year - 1, year, year + 1]
    .filter((y) => isValidDay(y, month, day))
    .map((y) => isoDay(y, month, day));
  if (options.length === 0) return null;
  const back = options.filter((d) => dayNumber(d) <= a).pop();
  const forward = options.find((d) => dayNumber(d) >= a);
  if (dir === 'back') return back ?? null;
  if (dir === 'forward') return forward ?? null;
  if (!back) return forward ?? null;
  if (!forward) return back;
  return a - dayNumber(back) <= dayNumber(forward) - a ? back : forward;
}

/**
 * The year of a yearless (month, day): the anchor's, unless the tense puts it more than DATES.yearlessDaySlackDays on
 * the wrong side.
 */
export function placeMonthDayNews(anchorDate: string, month: number, day: number, dir: Direction): string | null {
  const y = Number(anchorDate.slice(0, 4));
  const a = dayNumber(anchorDate);
  const inYear = (yy: number): string | null => (isValidDay(yy, month, day) ? isoDay(yy, month, day) : null);
  const same = inYear(y);
  if (!same) return placeMonthDay(anchorDate, month, day, dir); // Feb. 29 outside a leap year
  const gap = dayNumber(same) - a;
  if (dir === 'back' && gap > DATES.yearlessDaySlackDays) return inYear(y - 1);
  if (dir === 'forward' && gap < -DATES.yearlessDaySlackDays) return inYear(y + 1);
  if (dir === 'nearest' && Math.abs(gap) > 182) return placeMonthDay(anchorDate, month, day, 'nearest');
  return same;
}

/** The year of `month` nearest the anchor's month in the given direction (the anchor's month counts). */
export function placeMonth(anchorDate: string, month: number, dir: Direction): number {
  const { year, month: am } = yearMonth(anchorDate);
  const backYear = month <= am ? year : year - 1;
  const forwardYear = month >= am ? year : year + 1;
  if (dir === 'back') return backYear;
  if (dir === 'forward') return forwardYear;
  const backGap = (am - month + 12) % 12;
  const forwardGap = (month - am + 12) % 12;
  return backGap <= forwardGap ? backYear : forwardYear;
}

export function directionWords(dir: Direction): string {
  return dir === 'back' ? 'on or before' : dir === 'forward' ? 'on or after' : 'nearest to';
}

/** "2017-10-26 (004's publication date, a Thursday)" */
export function describeAnchor(anchor: DateAnchor): string {
  const what = anchor.afterHappening ? 'the latest happening the story dates elsewhere,' : anchor.relation === 'not-before' ? 'the earliest date the article can be from' : 'the publication date';
  return `${what} ${anchor.date} (${WEEKDAYS[weekdayOf(anchor.date)]}; ${anchor.basis})`;
}

/** Certainty of a date read relative to the anchor: never more than the anchor's, and a guessed tense costs one step. */
export function relativeCertainty(ctx: ResolveContext & { anchor: DateAnchor }, dir: Direction): Certainty {
  let c: Certainty = 'stated';
  if (dir === 'nearest') c = 'inferred';
  // Days counted forward from a not-before anchor could be a week later: say so.
  // Days after the latest happening the story dates are in narrative order: inferred (the worked example's Friday).
  if (ctx.anchor.relation === 'not-before') c = ctx.anchor.afterHappening && dir === 'forward' ? 'inferred' : 'uncertain';
  return weaker(c, ctx.anchor.certainty);
}
