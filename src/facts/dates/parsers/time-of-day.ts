// Times of day (TimeML TIME): "8 p.m.", "8:30 a.m. EST", "noon Thursday", "midnight Friday", "10 p.m. Wednesday",
// "this morning" is read by relative-day.ts, "Friday night" by weekday.ts (their part of day becomes "T..NI").
// Here also "yesterday morning", "last night", "overnight". The day is the one named with the time, else the
// anchor's (news gives a time of the day it reports). Value: "2013-03-22T20:00", "2013-03-21TMO".
import { addDays, pad2 } from '../calendar.js';
import { describeAnchor, directionFor, placeMonthDayNews, placeWeekday, relativeCertainty } from '../resolve.js';
import { MONTH_ALT, MONTHS, WEEKDAYS, weekdayIndex } from '../lexicon.js';
import type { Found, Parser, Resolved, ResolveContext } from '../types.js';
import { DAY_PART } from '../timex/value.js';

const DAYS = WEEKDAYS.join('|');
const ZONE = '(?:\\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|GMT|UTC|BST|CET|CEST|local\\s+time)\\b)?';
/** The day said with the time: a day word or weekday ("10 p.m. Wednesday"), or a month and day ("5 p.m. EST, Nov. 9"). */
const DAY_WORD = `(?:,?\\s+(?:(today|yesterday|tomorrow|tonight|${DAYS})\\b|(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?![\\d:])))?`;
const CLOCK = `(?:(?:around|about|at|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock\\b)`;
const TIME = new RegExp(`\\b(?:${CLOCK}|(noon|midnight|midday))${ZONE}${DAY_WORD}`, 'g');
/** "yesterday morning", "last night", "tomorrow evening", "overnight", "late last night", "mid-afternoon (yesterday)". */
const PART = /\b(?:(yesterday|tomorrow|last)\s+(morning|afternoon|evening|night)|(overnight)|mid[-\s]?(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?)\b/gi;

/** A 24-hour clock with its zone, as wire copy gives it beside local time: "(0745 GMT)", "1430 GMT Friday". */
const ZONED_CLOCK = new RegExp(`(?<![\\d.,:$])([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)\\b${DAY_WORD}`, 'gi');

const DAY_BEFORE = new RegExp(`\\b(?:(${DAYS})|(${MONTH_ALT})\\.?\\s+(\\d{1,2}))(?:,)?\\s+(?:at\\s+|around\\s+|about\\s+|by\\s+)?$`);
const DAY_AFTER = new RegExp(`^,?\\s+on\\s+(?:(${DAYS})\\b|(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?![\\d:]))`);

/** The weekday or month and day said right before ("Friday at 3 p.m.") or after ("8 p.m. on Nov. 3") a clock time. */
function dayBeside(text: string, start: number, end: number): { word?: string; monthDay?: [number, number] } | null {
  const m = DAY_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) ?? DAY_AFTER.exec(text.slice(end, end + 24));
  if (!m) return null;
  if (m[1]) return { word: m[1] };
  const month = MONTHS[m[2].toLowerCase()];
  const day = Number(m[3]);
  return month && day >= 1 && day <= 31 ? { monthDay: [month, day] } : null;
}

/**
 * "the night of March 20", "the morning of Oct. 5": a part of that day. A year after the day, or a month and day
 * after the weekday ("the night of Friday, Oct. 23"), is left to the date, which names the day in full.
 */
const PART_OF_DAY = new RegExp(`\\bthe\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:(${DAYS})\\b(?!,?\\s+(?:${MONTH_ALT})\\.?\\s+\\d)|(${MONTH_ALT})\\.?\\s+(\\d{1,2})\\b(?![\\d:]|,?\\s+\\d{4}))`, 'gi');

const OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, last: -1 };

/** The day a time is on: the weekday or day word with it, else the anchor's day. */
function dayOf(word: string | undefined, ctx: ResolveContext, monthDay?: [number, number]): { date: string; basis: string } | null {
  if (!ctx.anchor) return null;
  if (monthDay) {
    const date = placeMonthDayNews(ctx.anchor.date, monthDay[0], monthDay[1], directionFor(ctx.tense, ctx.anchor));
    if (date) return { date, basis: `month and day stated, year from ${describeAnchor(ctx.anchor)}` };
  }
  if (!word) return { date: ctx.anchor.date, basis: `the day of ${describeAnchor(ctx.anchor)}` };
  const w = word.toLowerCase();
  if (OFFSET[w] !== undefined) return { date: addDays(ctx.anchor.date, OFFSET[w]), basis: `"${word}" from ${describeAnchor(ctx.anchor)}` };
  const wd = weekdayIndex(w);
  const dir = directionFor(ctx.tense, ctx.anchor);
  return { date: placeWeekday(ctx.anchor.date, wd, dir), basis: `"${word}" in a ${ctx.tense}-tense clause from ${describeAnchor(ctx.anchor)}` };
}

function timeFound(start: number, expression: string, clock: (date: string) => string, dayWord: string | undefined, monthDay?: [number, number]): Found {
  return {
    start,
    end: start + expression.length,
    expression,
    resolve(ctx): Resolved {
      const day = dayOf(dayWord, ctx, monthDay);
      if (!day || !ctx.anchor) {
        return { date: '', precision: 'day', certainty: 'uncertain', basis: `"${expression}": a time of a day that is not known` };
      }
      return { date: day.date, precision: 'day', certainty: relativeCertainty({ ...ctx, anchor: ctx.anchor }, 'back'), basis: `"${expression}": ${clock(day.date)}, ${day.basis}` };
    },
    timex: (_ctx, r) => ({ type: 'TIME', value: clock(r.date || 'XXXX-XX-XX'), precision: 'time' }),
  };
}

export const timeOfDayParser: Parser = {
  name: 'time-of-day',
  // A clock time has a digit; the named times and parts of the day are words.
  gate: /\d|noon|midnight|midday|morning|afternoon|evening|night/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(TIME)) {
      const [expression, hourText, minuteText, meridiem, named, dayWord, monthName, dayNumber] = m;
      const month = monthName ? MONTHS[monthName.toLowerCase()] : undefined;
      const monthDay: [number, number] | undefined = month && Number(dayNumber) >= 1 && Number(dayNumber) <= 31 ? [month, Number(dayNumber)] : undefined;
      let clock: (date: string) => string;
      if (named) {
        const n = named.toLowerCase();
        clock = (d) => (n === 'midnight' ? `${d}T24:00` : `${d}T12:00`);
      } else {
        let hour = Number(hourText);
        const minute = minuteText ? Number(minuteText) : 0;
        if (hour > 12 || minute > 59 || hour === 0) continue;
        const mer = meridiem.toLowerCase();
        if (mer.startsWith('p') && hour < 12) hour += 12;
        if (mer.startsWith('a') && hour === 12) hour = 0;
        clock = (d) => `${d}T${pad2(hour)}:${pad2(minute)}`;
      }
      if (monthName && !monthDay) continue;
      // "Friday at 3 p.m.", "at 8 p.m. on Nov. 3": the day said beside the time, outside its extent.
      const beside = dayWord || monthDay ? null : dayBeside(text, m.index ?? 0, (m.index ?? 0) + expression.length);
      out.push(timeFound(m.index ?? 0, expression, clock, dayWord ?? beside?.word, monthDay ?? beside?.monthDay));
    }
    for (const m of text.matchAll(ZONED_CLOCK)) {
      const [expression, hourText, minuteText, dayWord, monthName, dayNumber] = m;
      const month = monthName ? MONTHS[monthName.toLowerCase()] : undefined;
      const monthDay: [number, number] | undefined = month && Number(dayNumber) >= 1 && Number(dayNumber) <= 31 ? [month, Number(dayNumber)] : undefined;
      if (monthName && !monthDay) continue;
      out.push(timeFound(m.index ?? 0, expression, (d) => `${d}T${hourText}:${minuteText}`, dayWord, monthDay));
    }
    for (const m of text.matchAll(PART_OF_DAY)) {
      const [expression, part, dayWord, monthName, dayNumber] = m;
      const month = monthName ? MONTHS[monthName.toLowerCase()] : undefined;
      const monthDay: [number, number] | undefined = month && Number(dayNumber) >= 1 && Number(dayNumber) <= 31 ? [month, Number(dayNumber)] : undefined;
      if (monthName && !monthDay) continue;
      const code = DAY_PART[part.toLowerCase()];
      out.push(timeFound(m.index ?? 0, expression, (d) => `${d}T${code}`, dayWord, monthDay));
    }
    for (const m of text.matchAll(PART)) {
      const [expression, dayWord, part, overnight, midPart, midDay] = m;
      const code = DAY_PART[(part ?? overnight ?? midPart).toLowerCase()];
      const word = dayWord ?? midDay;
      out.push(timeFound(m.index ?? 0, expression, (d) => `${d}T${code}`, word?.toLowerCase() === 'last' ? 'yesterday' : word));
    }
    return out;
  },
};
