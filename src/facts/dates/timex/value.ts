// The TIMEX3 value of a resolved date (TimeML, ISO-TimeML): a day "2013-03-22", an ISO week "2013-W12", a
// weekend "2013-W12-WE", a month "2013-03", a season "2013-SU", a year "2013", a decade "199", a century "19"
// (TimeML 1.2.1: the leading digits of the years it spans, as TimeBank writes them; "199X" is some year of the
// 1990s, not the decade); a part of a day is a time ("2013-03-22TNI"); vague spans are PX<unit> durations.
import { isoWeek } from '../calendar.js';
import { WEEKDAYS, weekdayIndex } from '../lexicon.js';
import type { Found, Resolved, Timex } from '../types.js';

/** TimeML's season codes. */
export const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** TimeML's parts of the day. */
export const DAY_PART: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI',
};

/** A weekday's name in lowercase words. */
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|').toLowerCase()})\\b`);

/** ISO day number of a weekday name in any case (Monday = 1 ... Sunday = 7), 0 if it is none. */
export function isoWeekday(name: string): number {
  const js = weekdayIndex(name);
  return js < 0 ? 0 : js === 0 ? 7 : js;
}
/** Unit letters of ISO 8601 durations (time units go after "T"). */
export const UNIT_LETTER: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'E', century: 'C', millennium: 'L',
};
export const TIME_UNITS = new Set(['second', 'minute', 'hour']);

/** "P3Y", "PT2H", "PXM". */
export function durationValue(n: number | 'X', unit: string): string {
  const letter = UNIT_LETTER[unit] ?? 'X';
  return TIME_UNITS.has(unit) ? `PT${n}${letter}` : `P${n}${letter}`;
}

/** The unknown value of an expression's kind, for an expression that could not be placed. */
function unknown(precision: Resolved['precision']): string {
  return precision === 'day' ? 'XXXX-XX-XX' : precision === 'month' ? 'XXXX-XX' : precision === 'week' ? 'XXXX-WXX' : 'XXXX';
}

/** The default TIMEX3 reading of a parser's resolved date. */
export function timexOf(f: Found, r: Resolved): Timex {
  const words = f.expression.toLowerCase();
  if (r.note === 'vague') {
    if (/\bago\b/.test(words)) return { type: 'DATE', value: 'PAST_REF', precision: 'reference' };
    // TimeML reads a vague stretch that ends at the story's time as a time before or after it, not a length:
    // "the coming months" (FUTURE_REF), "in recent years", "recent days" (PAST_REF). Recent weeks, months and
    // quarters are the stretch the story measures, a duration (PXW, PXM), as TimeBank marks them.
    // "The past few weeks" measures the stretch too: a duration (PXW).
    if (/\bcoming\b/.test(words)) return { type: 'DATE', value: 'FUTURE_REF', precision: 'reference' };
    if (/\brecent\b/.test(words) && (r.precision === 'year' || r.precision === 'day')) return { type: 'DATE', value: 'PAST_REF', precision: 'reference' };
    const unit = /\bquarters\b/.test(words) ? 'quarter' : r.precision === 'season' ? 'month' : r.precision;
    return { type: 'DURATION', value: durationValue('X', unit), precision: 'duration' };
  }
  if (r.note === 'past') return { type: 'DURATION', value: durationValue(1, r.precision), precision: 'duration' };
  const part = /\b(morning|afternoon|evening|night|tonight|overnight)$/.exec(words);
  if (!r.date) {
    // Without an anchor a weekday is still a weekday: "Friday" = XXXX-WXX-5 (ISO day number, Monday = 1).
    const wd = WEEKDAY_WORD.exec(words);
    const day = wd && r.precision === 'day' ? `XXXX-WXX-${isoWeekday(wd[1])}` : unknown(r.precision);
    return { type: part ? 'TIME' : 'DATE', value: day + (part && r.precision === 'day' ? `T${DAY_PART[part[1]]}` : '') };
  }
  switch (r.precision) {
    case 'day':
      if (r.note === 'weekend') return { type: 'DATE', value: `${isoWeek(r.date)}-WE` };
      if (part) return { type: 'TIME', value: `${r.date}T${DAY_PART[part[1]]}`, precision: 'time' };
      return { type: 'DATE', value: r.date };
    case 'week':
      return { type: 'DATE', value: isoWeek(r.date) };
    case 'month':
      return { type: 'DATE', value: r.date.slice(0, 7) };
    case 'season': {
      const season = /(spring|summer|autumn|fall|winter)/.exec(r.note ?? words);
      return { type: 'DATE', value: `${r.date.slice(0, 4)}-${season ? SEASON_CODE[season[1]] : 'XX'}` };
    }
    case 'year':
      if (r.note?.includes('decade')) return { type: 'DATE', value: r.date.slice(0, 3), precision: 'decade' };
      return { type: 'DATE', value: r.date.slice(0, 4) };
  }
}
