// The ordered list of parsers. On overlapping matches the longer one wins; on equal length, the earlier parser.
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
  explicitParser, // "Oct. 26, 2017" before its parts ("October", "2017", "Thursday")
  yearRangeParser, // "1973-90" before "1973"
  seasonParser, // "the summer of 2014" before "2014"
  monthParser, // "July 2017", "early September"
  vagueParser, // "recent weeks" before "weeks ago"
  relativePeriodParser, // "last week", "two days ago", "the weekend"
  relativeDayParser, // "yesterday", "a day earlier"
  weekdayParser, // "on Thursday"
  holidayParser, // "Thanksgiving Day", "on Christmas Eve"
  yearParser, // "in 2003"
];

/**
 * The parsers for every TimeML time expression (`timeExpressions`): the dates above and the kinds the timeline does
 * not use. Same rule: the longest match wins, the earlier parser on a tie.
 */
export const TIMEX_PARSERS: readonly Parser[] = [
  timeOfDayParser, // "8 p.m. Friday" before "Friday"; "yesterday morning" before "yesterday"
  setParser, // "every Monday" before "Monday"; "$5 a year" before the duration "a year"
  quarterParser, // "the third quarter", "fiscal 1989", "a year earlier" (the story's period a year back)
  ...PARSERS.filter((p) => p !== yearRangeParser),
  yearRangeEndsParser, // TimeML: "2009-2010" is two expressions
  decadeParser, // "the 1990s"
  centuryParser, // "the 20th century", "the '90s"
  spokenYearParser, // "nineteen ninety-six"
  durationParser, // "three years", "the past two years"
  referenceParser, // "now", "the past", "the future"
  storyPeriodParser, // "the day", "the week" the story is at
];
