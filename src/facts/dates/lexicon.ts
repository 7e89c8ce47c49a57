// Words and patterns for reading dates in news English, in one table; the stage's tunables are in tunables.ts.

import { MONTH_ALT, MONTH_NAMES, MONTH_PREFIX_ALT, MONTHS, WEEKDAYS } from '../../text/calendar-words.js';

/** The calendar's words (src/text/calendar-words.ts, shared with the metadata date reader). */
export { MONTH_ALT, MONTH_NAMES, MONTHS, WEEKDAYS };

/** The JavaScript day number (0 = Sunday) of a full weekday name in any case, -1 if it is none. */
export function weekdayIndex(name: string): number {
  const n = name.toLowerCase();
  return WEEKDAYS.findIndex((d) => d.toLowerCase() === n);
}

/** Weekday abbreviations as tables, listings and headlines write them ("Tues.", "Thu"). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'] as const;


/** Seasons as meteorological (northern hemisphere) month ranges: [first month, last month]. Winter spans the year end. */
export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2],
};

export type HolidayRule = { month: number; day: number } | { month: number; weekday: number; nth: number; plusDays?: number } | { easter: number };

/**
 * Named days, and how each falls in a year: a fixed month and day, the nth weekday of a month (-1: the last), or
 * days from Easter Sunday. The US civic holidays are the US ones (Thanksgiving, Labor Day...): the newswire this
 * reads is mostly American; days that differ by country ("Independence Day") are left out. `lone` names are also
 * words of the season ("Christmas shopping"): they are dates only after a time preposition ("at Christmas").
 */
export const HOLIDAYS: { name: string; rule: HolidayRule; lone?: boolean }[] = [
  { name: "New Year's Day", rule: { month: 1, day: 1 } },
  { name: "New Year's Eve", rule: { month: 12, day: 31 } },
  { name: "Valentine's Day", rule: { month: 2, day: 14 } },
  { name: "St. Patrick's Day", rule: { month: 3, day: 17 } },
  { name: 'Easter Sunday', rule: { easter: 0 } },
  { name: 'Easter Monday', rule: { easter: 1 } },
  { name: 'Easter', rule: { easter: 0 }, lone: true },
  { name: 'Martin Luther King Day', rule: { month: 1, weekday: 1, nth: 3 } },
  { name: "Presidents' Day", rule: { month: 2, weekday: 1, nth: 3 } },
  { name: 'Memorial Day', rule: { month: 5, weekday: 1, nth: -1 } },
  { name: "Mother's Day", rule: { month: 5, weekday: 0, nth: 2 } },
  { name: "Father's Day", rule: { month: 6, weekday: 0, nth: 3 } },
  { name: 'the Fourth of July', rule: { month: 7, day: 4 } },
  { name: 'July Fourth', rule: { month: 7, day: 4 } },
  { name: 'Labor Day', rule: { month: 9, weekday: 1, nth: 1 } },
  { name: 'Columbus Day', rule: { month: 10, weekday: 1, nth: 2 } },
  { name: 'Halloween', rule: { month: 10, day: 31 } },
  { name: 'Veterans Day', rule: { month: 11, day: 11 } },
  { name: 'Election Day', rule: { month: 11, weekday: 1, nth: 1, plusDays: 1 } }, // the Tuesday after the first Monday
  { name: 'Thanksgiving Day', rule: { month: 11, weekday: 4, nth: 4 } },
  { name: 'Thanksgiving', rule: { month: 11, weekday: 4, nth: 4 }, lone: true },
  { name: 'Christmas Eve', rule: { month: 12, day: 24 } },
  { name: 'Christmas Day', rule: { month: 12, day: 25 } },
  { name: 'Christmas', rule: { month: 12, day: 25 }, lone: true },
  { name: 'Boxing Day', rule: { month: 12, day: 26 } },
];

/** Before a `lone` holiday name, the words that make it a day ("at Christmas", "since Easter", "by Thanksgiving"). */
export const HOLIDAY_LONE_BEFORE = /\b(?:on|at|by|before|after|since|until|till|over|during|around|through|from|last|next|this)\s+$/;
/** After a holiday name, words that make it part of another name ("Christmas Island", "the Easter Rising"). */
export const HOLIDAY_NOT_DATE_AFTER = /^\s+(?:Island|Islands|Rising|Uprising|Offensive|Agreement|Accord|Massacre|Parade|Bowl|Classic|Carol|Carols|Tree|Seal|Bombing|Bomber|Storm)\b/;

/** A weekday followed by one of these is a name or a habit, not a date ("Friday prayers", "Sunday Times"). */
export const WEEKDAY_NOT_DATE_AFTER =
  /^(?:'s)?\s+(?:prayers?|sermons?|best|Times|Telegraph|Express|Herald|Mirror|Post|Observer|Independent|Mail|Sport|Night Live|Morning Post|Business Review|edition|editions|paper|newspaper|supplement|magazine|Bloody|Agreement|Accord)\b/;

/** A weekday preceded by one of these is a named day or a habit ("Good Friday", "every Sunday"). */
export const WEEKDAY_NOT_DATE_BEFORE =
  /\b(?:Good|Black|Super|Ash|Holy|Maundy|Palm|Easter|Bloody|Cyber|Whit|Shrove|Blue|every|each|on alternate|Mondays|the following)\s+$/;

/** Count nouns: a four-digit number before one of these is a quantity, not a year ("2000 fighters"). */
export const COUNT_NOUNS =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|fighters|militants|police|officers|workers|students|members|votes|voters|cases|deaths|dead|victims|refugees|families|homes|houses|cars|vehicles|tons|tonnes|barrels|dollars|euros|pounds|yen|marks|francs|rupees|pesos|shares|kilometers|kilometres|km|miles|meters|metres|feet|ft|acres|hectares|calories|pages|words|units|rounds|points|jobs|hours|minutes|seconds|degrees|pieces|planes|aircraft|flights|passengers|beds|copies|sq|square|mph|kph|rpm)\b/i;

/** A four-digit year is a copyright notice, not a date, after these. */
export const COPYRIGHT_BEFORE = /(?:©|\(c\)|\bcopyright|\(C\))\s*(?:\d{4}\s*[-–]\s*)?$/i;

/**
 * Before a four-digit number older than DATES.yearMin (tunables.ts), the words that still make it a year: "in 1898",
 * "the War of 1812", "since 1776". Not "by" or "to", which also take a quantity ("rose by 1500", "fell to 1678.5").
 */
export const HISTORIC_YEAR_BEFORE = /\b(?:in|since|during|until|till|from|before|after|of|circa)\s+$/i;

/** Words before a bare number that make it a year ("in 1996", "since 2003"). */
export const YEAR_PREPOSITION = /\b(?:in|since|by|until|till|from|during|before|after|of|between|through|around|circa|early|late|mid|spring|summer|autumn|fall|winter|year|years|season|the|a|an|its|their|his|her|our|and|or|to)[\s-]+$/i;

/**
 * "effective Feb. 1", "the law takes effect Jan. 1", "goes into effect in July": the day a change takes effect, which
 * the story announces ahead of it. A yearless day or month after these words lies on or after the anchor (a day up
 * to DATES.yearlessDaySlackDays before it stays in the anchor's year: "effective Oct. 1" in an Oct. 26 story),
 * whatever the sentence's tense. Only the present's forms: "took effect" is told after the day. The text read before
 * a date is DATES.effectiveReach characters.
 */
export const EFFECTIVE_BEFORE = /\b(?:effective|takes\s+effect|goes\s+into\s+effect|comes\s+into\s+(?:force|effect))\s+(?:on\s+|in\s+)?$/i;

/** Words that put a sentence's happening before the time the story is at ("earlier", "one day after a car bomb killed"). */
export const NARRATIVE_ANTERIOR = /\b(?:earlier|previously|already|before|formerly|once|prior|ago|since|after)\b/i;
/** A sentence in brackets or opening with a quote is an aside or speech, not the narrative. */
export const NARRATIVE_ASIDE = /^\s*[("“'‘]/;

/** Cheap test run before any parser: a sentence without one of these words or a number holds no date. */
export const PREFILTER = new RegExp(
  `\\d|${WEEKDAYS.join('|')}|${MONTH_PREFIX_ALT}|yesterday|today|tomorrow|tonight|week|month|year|\\bday|spring|summer|autumn|fall|winter|recent|ago|earlier|later|Easter|Halloween|Thanksgiving|Christmas`,
  'i',
);
