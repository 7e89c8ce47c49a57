// When an undated article was written, from a happening it shares with a dated article: if 004 (dated) puts
// the launch on 2017-10-26 and the undated 003 tells the same launch as "on Thursday", 003 is from a day on
// which "on Thursday" means 2017-10-26, i.e. 2017-10-26 to 2017-11-01. Its other relative days are read against
// every day of that span: where they all agree the date is inferred, where not it stays uncertain.
import type { Certainty } from '../../types.js';
import { addDays, dayNumber, isoFromDayNumber } from './calendar.js';
import { findDates } from '../dates.js';
import type { DatesContext } from './read.js';
import { readArticleDates, type SentenceText } from './narrative.js';
import { DATES } from './tunables.js';
import type { DateAnchor, Precision, TemporalMention } from './types.js';

/** An undated article's telling of a happening that a dated article dates. */
export interface Pin {
  /** The undated article's sentence and the offsets of its expression in it. */
  text: string;
  start: number;
  end: number;
  expression: string;
  /** The date the dated article gives the happening. */
  date: string;
  precision: Precision;
  /** "004", `"on Thursday"`, "the launch-offensive (Iraq, Al-Qaim region)": for the basis. */
  by: string;
  byExpression: string;
  what: string;
}

export interface PublicationWindow {
  /** First and last day the article can be from (ISO). */
  from: string;
  to: string;
  basis: string;
}

const anchorOn = (date: string, basis: string): DateAnchor => ({ date, certainty: 'inferred', basis, relation: 'published' });

/** The days (day numbers) on which the pin's expression, read as of that day, names the dated article's date. */
export function pinDays(pin: Pin, context?: DatesContext): number[] {
  if (pin.precision !== 'day' && pin.precision !== 'week') return [];
  const first = dayNumber(pin.date);
  const out: number[] = [];
  // A happening told in the past is told on or after it.
  for (let d = first; d <= first + DATES.windowSearchDays; d++) {
    const m = findDates(pin.text, anchorOn(isoFromDayNumber(d), ''), context ? { context } : {}).find((x) => x.start === pin.start && x.end === pin.end);
    if (m && m.date === pin.date && m.precision === pin.precision) out.push(d);
  }
  return out;
}

/**
 * The days an undated article can be from, given its pins and the latest publication date of its cluster
 * (taken as a lower bound when that leaves any day: the assumption inferAnchor makes). Null when the pins
 * say nothing, disagree, or leave more than DATES.windowMaxDays days.
 */
export function publicationWindow(pins: readonly Pin[], latestDated: string | null, context?: DatesContext): PublicationWindow | null {
  if (pins.length === 0) return null;
  let days: number[] | null = null;
  for (const pin of pins) {
    const these = new Set(pinDays(pin, context));
    days = days === null ? [...these] : days.filter((d) => these.has(d));
  }
  if (!days || days.length === 0) return null;
  let clipped = false;
  if (latestDated) {
    const after = days.filter((d) => d >= dayNumber(latestDated));
    if (after.length > 0 && after.length < days.length) clipped = true;
    if (after.length > 0) days = after;
  }
  const from = Math.min(...days);
  const to = Math.max(...days);
  if (to - from + 1 > DATES.windowMaxDays) return null;
  const p = pins[0];
  const more = pins.length > 1 ? ` (and ${pins.length - 1} more shared event${pins.length > 2 ? 's' : ''})` : '';
  return {
    from: isoFromDayNumber(from),
    to: isoFromDayNumber(to),
    basis: `the article is undated; it tells ${p.what} as "${p.expression}", which ${p.by} dates ${p.date} ("${p.byExpression}")${more}, so it is from ${isoFromDayNumber(from)}${to > from ? ` to ${isoFromDayNumber(to)}` : ''}${clipped ? `, not before ${latestDated} (the latest dated article)` : ''}`,
  };
}

const sameDate = (a: TemporalMention, b: TemporalMention) => a.date === b.date && a.precision === b.precision && (a.endDate ?? '') === (b.endDate ?? '');

/**
 * An undated article's dates read across its publication window. `base` holds them as read against the
 * cluster's not-before anchor; a date the text states outright stays as it is. Others: the same on every day
 * of the window -> that date, inferred at best; different -> read from the window's first day, uncertain.
 */
export function readInWindow(
  sentences: readonly SentenceText[],
  base: readonly (readonly TemporalMention[])[],
  window: PublicationWindow,
  isEventWhen: (sentence: number, m: TemporalMention) => boolean,
  context?: DatesContext,
): TemporalMention[][] {
  const days: string[] = [];
  for (let d = window.from; dayNumber(d) <= dayNumber(window.to); d = addDays(d, 1)) days.push(d);
  const perDay = days.map((d) => readArticleDates(sentences, anchorOn(d, window.basis), isEventWhen, context));
  const notBefore: DateAnchor = { date: window.from, certainty: 'inferred', basis: window.basis, relation: 'not-before' };
  const fallback = readArticleDates(sentences, notBefore, isEventWhen, context);
  return base.map((mentions, i) =>
    mentions.map((m) => {
      if (m.certainty === 'stated') return m; // a date in full does not depend on when the article was written
      const readings = perDay.map((r) => r[i].find((x) => x.start === m.start && x.end === m.end));
      const first = readings[0];
      if (first && first.date && readings.every((x) => x && sameDate(x, first))) {
        const certainty: Certainty = first.certainty === 'stated' ? 'inferred' : first.certainty;
        return { ...first, certainty, basis: `"${m.expression}": ${first.date}${first.endDate ? ` to ${first.endDate}` : ''} on every day the article can be from (${window.basis})` };
      }
      const loose = fallback[i].find((x) => x.start === m.start && x.end === m.end);
      if (!loose || !loose.date) return m;
      const options = [...new Set(readings.map((x) => x?.date).filter((d): d is string => !!d))].sort();
      return { ...loose, certainty: 'uncertain' as Certainty, basis: `${loose.basis}; the days the article can be from give ${options.join(' or ')}` };
    }),
  );
}
