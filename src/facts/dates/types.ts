// Types shared by the date parsers; the public ones are re-exported from ../dates.ts.
import type { Certainty } from '../../types.js';
import type { Tense } from './tense.js';

export type { Tense };

export type Precision = 'day' | 'week' | 'month' | 'season' | 'year';

/**
 * The date an article's relative expressions are read against.
 * `relation` says what the date is: the article's own publication date (default), or only a date the
 * article was written on or after (an undated article anchored on its cluster, see inferAnchor).
 */
export interface DateAnchor {
  date: string;
  certainty: Certainty;
  basis: string;
  relation?: 'published' | 'not-before';
  /**
   * With 'not-before': the anchor is the latest happening the story dates in its other articles (narrative order),
   * not a publication date. A past weekday read from it is the first such day after it: inferred, not a guess.
   */
  afterHappening?: string;
}

export interface TemporalMention {
  /** Offsets of the expression in the text given to findDates. */
  start: number;
  end: number;
  /** The words, e.g. `on Friday`. */
  expression: string;
  /** ISO as precise as known: `2017-10-26`, `2017-10`, `2014`; a week is given by its Monday; '' when not pinned. */
  date: string;
  /** Last day/month/year of a range (a week's Sunday, a season's last month, "1973-90" -> 1990). */
  endDate?: string;
  precision: Precision;
  certainty: Certainty;
  /** How the date was worked out, in plain words. */
  basis: string;
  /** The tense the expression was read in. */
  tense: Tense;
  /** A qualifier the date does not carry: 'early', 'late', 'mid', 'summer', 'vague', 'range'. */
  note?: string;
}

export interface FindDatesOptions {
  /** The story's year, used for month and day expressions when there is no anchor. */
  year?: number;
}

/** What a resolver may use: the anchor, the story year and the tense around the expression. */
export interface ResolveContext {
  anchor: DateAnchor | null;
  year?: number;
  tense: Tense;
  /** What the article has dated so far (TIMEX readings only), for "a year earlier", "the year-ago quarter". */
  discourse?: Discourse;
}

/** The article's last TIMEX3 values so far, in reading order: the time the story is at. */
export interface Discourse {
  /** The last quarter named, e.g. "1989-Q3". */
  quarter?: string;
  /** The last calendar value named (a day, month or year), e.g. "1989-10-26". */
  date?: string;
}

export interface Resolved {
  date: string;
  endDate?: string;
  precision: Precision;
  certainty: Certainty;
  basis: string;
  note?: string;
}

/** One expression a parser recognised; `resolve` turns it into a date (null: not a date after all). */
export interface Found {
  start: number;
  end: number;
  expression: string;
  /** Days relative to the previous day-precise mention in the same text ("a day earlier" = -1); resolved by the refiner. */
  fromPrevious?: number;
  resolve(ctx: ResolveContext): Resolved | null;
  /** The TIMEX3 reading, when it is not the plain calendar value of the resolved date (../timex/value.ts): null drops the expression, undefined keeps the plain value. */
  timex?: (ctx: ResolveContext, resolved: Resolved) => Timex | null | undefined;
}

/**
 * An expression with a TIMEX3 reading only ("the quarter", "the day" of the story): it names no calendar date the
 * timeline could place, so its resolution is empty with the reason as basis, and `timex` gives the reading.
 */
export function timexOnly(start: number, expression: string, basis: string, precision: Precision, timex: (ctx: ResolveContext) => Timex | null): Found {
  return {
    start,
    end: start + expression.length,
    expression,
    resolve: () => ({ date: '', precision, certainty: 'inferred', basis: `"${expression}": ${basis}` }),
    timex: (ctx) => timex(ctx),
  };
}

/** A TimeML TIMEX3 reading of an expression: its type and normalized value ("2013-03-22", "P3Y", "PRESENT_REF"). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export interface Timex {
  type: TimexType;
  value: string;
  /** What the value is precise to when it is not a calendar date: 'time', 'quarter', 'decade', 'duration', 'set', 'reference'. */
  precision?: string;
  /** Counted from the period the story is at ("a year earlier"): it does not move the story to a new period. */
  relative?: boolean;
  /** Characters at the end of the expression that TimeML leaves outside the extent ("later" in "three days later"). */
  trimEnd?: number;
}

export interface Parser {
  name: string;
  find(text: string): Found[];
  /**
   * A cheap test every text that `find` matches in passes (a word each of its patterns requires): a text that fails
   * it is not searched. Only a speed-up: it must never be narrower than the patterns (test/dates-gates.test.ts).
   */
  gate?: RegExp;
}
