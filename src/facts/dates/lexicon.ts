// Words and tunable constants for reading dates in news English, in one table.

/** Full weekday names, index = JavaScript day number (0 = Sunday). Capitalized, as news writes them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month names and the abbreviations newswire uses (AP style "Sept.", "Oct."), to month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** A regex alternation of month names; full names first so "September" wins over "Sep". */
export const MONTH_ALT =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

/** Seasons as meteorological (northern hemisphere) month ranges: [first month, last month]. Winter spans the year end. */
export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2],
};

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

/** Plausible years for bare four-digit numbers (wider spans need a preposition such as "in 1066"). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2099;
/** The earliest year a four-digit number can be after a time preposition (HISTORIC_YEAR_BEFORE): "in 1898". */
export const HISTORIC_YEAR_MIN = 1000;
/**
 * Before an older four-digit number, the words that still make it a year: "in 1898", "the War of 1812", "since 1776".
 * Not "by" or "to", which also take a quantity ("rose by 1500", "fell to 1678.5").
 */
export const HISTORIC_YEAR_BEFORE = /\b(?:in|since|during|until|till|from|before|after|of|circa)\s+$/i;

/** Words before a bare number that make it a year ("in 1996", "since 2003"). */
export const YEAR_PREPOSITION = /\b(?:in|since|by|until|till|from|during|before|after|of|between|through|around|circa|early|late|mid|spring|summer|autumn|fall|winter|year|years|season|the|a|an|its|their|his|her|our|and|or|to)[\s-]+$/i;

/**
 * "effective Feb. 1", "effective January": the day a change takes effect, which the story announces ahead of it. A
 * yearless day or month after this word lies on or after the anchor (a day up to the yearless slack before it stays in
 * the anchor's year: "effective Oct. 1" in an Oct. 26 story), whatever the sentence's tense.
 */
export const EFFECTIVE_BEFORE = /\beffective\s+$/i;

/** Cheap test run before any parser: a sentence without one of these words or a number holds no date. */
export const PREFILTER =
  /\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|yesterday|today|tomorrow|tonight|week|month|year|\bday|spring|summer|autumn|fall|winter|recent|ago|earlier|later/i;
