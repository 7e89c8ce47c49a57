// Named days: "Thanksgiving Day", "on Christmas Eve", "Election Day", "Easter 1999". The day of the year each names
// comes from the table in ../lexicon.ts (a fixed day, the nth weekday of a month, or days from Easter); the year is
// the one stated, else the one the clause's tense points to from the anchor, as for a yearless month and day.
import { addDays, dayNumber, easterSunday, isoDay, nthWeekdayOf } from '../calendar.js';
import { HOLIDAYS, HOLIDAY_LONE_BEFORE, HOLIDAY_NOT_DATE_AFTER, type HolidayRule } from '../lexicon.js';
import { describeAnchor, directionFor, directionWords, relativeCertainty } from '../resolve.js';
import type { Found, Parser } from '../types.js';

/** A name as a pattern: any apostrophe, any spacing, a period optional ("St. Patrick's Day", "St Patrick’s Day"). */
const escape = (s: string) => s.replace(/[*+?^${}()|[\]\\]/g, '\\$&').replace(/\./g, '\\.?').replace(/'/g, "['’]").replace(/ /g, '\\s+');
/** The table's key for a name as written: lowercase, plain apostrophe, single spaces, no periods. */
const normal = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\./g, '').replace(/\s+/g, ' ');
/** Longer names first, so "Christmas Eve" wins over "Christmas". */
const BY_LENGTH = [...HOLIDAYS].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
const PATTERN = new RegExp(`\\b(?:(last|next|this)\\s+)?(${BY_LENGTH.map((h) => escape(h.name)).join('|')})\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
const NORMAL = new Map(BY_LENGTH.map((h) => [normal(h.name), h]));

/** The day a holiday falls on in `year`. */
export function holidayIn(rule: HolidayRule, year: number): string {
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if ('day' in rule) return isoDay(year, rule.month, rule.day);
  return addDays(nthWeekdayOf(year, rule.month, rule.weekday, rule.nth), rule.plusDays ?? 0);
}

export const holidayParser: Parser = {
  name: 'holiday',
  // Every name in the table holds one of these words.
  gate: /Day|Eve|Easter|Halloween|Thanksgiving|Christmas|Fourth/,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const [expression, modifier, name, yearText] = m;
      // Names are capitalised ("Labor Day"); "the fourth of july" or "labor day" in lower case is another thing.
      if (!/^(?:the\s+)?[A-Z]/.test(name)) continue;
      const holiday = NORMAL.get(normal(name));
      if (!holiday) continue;
      const start = m.index ?? 0;
      const end = start + expression.length;
      if (HOLIDAY_NOT_DATE_AFTER.test(text.slice(end, end + 16))) continue;
      if (holiday.lone && !modifier && !yearText && !HOLIDAY_LONE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
      const stated = yearText ? Number(yearText) : undefined;
      out.push({
        start,
        end,
        expression,
        resolve(ctx) {
          if (stated !== undefined) return { date: holidayIn(holiday.rule, stated), precision: 'day', certainty: 'stated', basis: `"${expression}": a named day of the year stated` };
          if (!ctx.anchor) return { date: '', precision: 'day', certainty: 'uncertain', basis: `"${expression}": a named day, in a year the article does not state` };
          const anchor = ctx.anchor;
          const y = Number(anchor.date.slice(0, 4));
          const a = dayNumber(anchor.date);
          const options = [y - 1, y, y + 1].map((yy) => holidayIn(holiday.rule, yy));
          const back = options.filter((d) => dayNumber(d) <= a).pop() as string;
          const forward = options.find((d) => dayNumber(d) >= a) as string;
          const mod = (modifier ?? '').toLowerCase();
          // "last Christmas" is the one before; "next Easter" the one after; "this Thanksgiving" the anchor year's.
          const dir = mod === 'last' ? 'back' : mod === 'next' ? 'forward' : directionFor(ctx.tense, anchor);
          const date = mod === 'this' ? holidayIn(holiday.rule, y)
            : dir === 'back' ? back : dir === 'forward' ? forward
            : a - dayNumber(back) <= dayNumber(forward) - a ? back : forward;
          return { date, precision: 'day', certainty: relativeCertainty({ ...ctx, anchor }, dir), basis: `"${expression}" in a ${ctx.tense}-tense clause: the ${holiday.name} ${directionWords(dir)} ${describeAnchor(anchor)}` };
        },
      });
    }
    return out;
  },
};
