// The calendar's words in English, one table for every reader of dates: the date finders (src/facts/dates), the
// metadata date reader (src/read/date-string.ts), the figures finder (a month name is no count) and others.

/** Full weekday names, index = JavaScript day number (0 = Sunday). Capitalized, as news writes them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Full month names, index + 1 = month number. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The abbreviations newswire writes for months (AP style "Sept.", "Oct."; "May" has none). */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Month names and abbreviations, lowercase, to month number. */
export const MONTHS: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTH_ABBREVIATIONS.map((m) => [m.toLowerCase(), MONTH_NAMES.findIndex((n) => n.startsWith(m)) + 1] as const),
]));

/**
 * Regex alternations of the first three letters of every weekday ("Sun|Mon|...") and month ("Jan|Feb|...") name,
 * as written: what each name and abbreviation begins with, for cheap gates and for date lines ("Thu 26 Oct").
 */
export const WEEKDAY_PREFIX_ALT = WEEKDAYS.map((d) => d.slice(0, 3)).join('|');
export const MONTH_PREFIX_ALT = MONTH_NAMES.map((m) => m.slice(0, 3)).join('|');

/** A regex alternation of month names, then abbreviations: full names first so "September" wins over "Sep". */
export const MONTH_ALT = `(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATIONS.join('|')})`;
