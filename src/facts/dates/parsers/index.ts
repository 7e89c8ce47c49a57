// The dates stage's parsers, one kind of expression each. read.ts (pickNonOverlapping) runs them all on a sentence and
// keeps the longest match where matches overlap ("Oct. 26, 2017" over "2017", "8 p.m. Friday" over "Friday"), whatever
// the order: the order only breaks a tie, two parsers matching the same words, and the earlier one wins. In PARSERS no
// two tie on the dev text (reversing the list changes nothing); in TIMEX_PARSERS the durations come after the readings
// that tie with them, so those win: "next month" is a date, "the full year" the story's year, "a day" in "$5 a day" a
// rate (dropped), not durations.
import { explicitParser } from './explicit.js';
import { holidayParser } from './holiday.js';
import { monthParser } from './month.js';
import { relativeDayParser } from './relative-day.js';
import { relativePeriodParser } from './relative-period.js';
import { seasonParser } from './season.js';
import { vagueParser } from './vague.js';
import { weekdayParser } from './weekday.js';
import { centuryParser, decadeParser, spokenYearParser, yearParser, yearRangeEndsParser, yearRangeParser } from './year.js';
import { durationParser } from './duration.js';
import { quarterParser } from './quarter.js';
import { referenceParser } from './reference.js';
import { setParser } from './set.js';
import { storyPeriodParser } from './story-period.js';
import { timeOfDayParser } from './time-of-day.js';
import type { Parser } from '../types.js';

export const PARSERS: readonly Parser[] = [
  explicitParser, // a day written out: "Oct. 26, 2017", "September 28", "10/17/1998", "Dec. 6-20"
  yearRangeParser, // a span of years as one: "1973-90", "from 1973 to 1990"
  seasonParser, // "the summer of 2014", "last summer", "in the spring"
  monthParser, // "July 2017", "early September", "last July"
  vagueParser, // spans marked but never dated: "in recent weeks", "the coming months"
  relativePeriodParser, // weeks, months, years from publication: "last week", "two weeks ago", "the weekend"
  relativeDayParser, // days from publication or the previous date: "yesterday", "a day earlier"
  weekdayParser, // bare weekdays: "on Thursday", "late Friday", "last Monday"
  holidayParser, // named days: "Thanksgiving Day", "on Christmas Eve"
  yearParser, // bare years: "in 2003", "the 1996 bombing"
];

/**
 * The parsers for every TimeML time expression (`timeExpressions`): the dates above and the kinds the timeline does
 * not use. Same rule: the longest match wins, the earlier parser on a tie.
 */
export const TIMEX_PARSERS: readonly Parser[] = [
  timeOfDayParser, // times of day: "8 p.m. Friday", "noon", "yesterday morning", "last night"
  setParser, // recurring times: "every Monday", "twice a week"; a rate's "$5 a year" is claimed here and dropped
  quarterParser, // business periods: "the third quarter", "fiscal 1989", "a year earlier" (the period a year back)
  ...PARSERS.filter((p) => p !== yearRangeParser),
  yearRangeEndsParser, // TimeML: "2009-2010" is two expressions
  decadeParser, // "the 1990s"
  centuryParser, // "the 20th century", "the '90s"
  spokenYearParser, // "nineteen ninety-six"
  durationParser, // stretches of time: "three years", "the past two years"; after the kinds it ties with (above)
  referenceParser, // "now", "the past", "the future"
  storyPeriodParser, // "the day", "the week" the story is at
];
