// Explicit calendar dates: "Oct. 26, 2017", "September 28", "26 October 2017", "Dec. 6-20", "10/17/1998", "2017-10-26".
// A date with its year is stated whatever the anchor; without a year, the year comes from the anchor or the story.
import { isoDay, isValidDay } from '../calendar.js';
import { COUNT_NOUNS, EFFECTIVE_BEFORE, MONTHS, MONTH_ALT, WEEKDAYS } from '../lexicon.js';
import { describeAnchor, directionFor, directionWords, placeMonthDayNews, weaker } from '../resolve.js';
import { DATES } from '../tunables.js';
import type { Found, Parser, Resolved, ResolveContext } from '../types.js';

const WD = `(?:(?:${WEEKDAYS.join('|')}),?\\s+)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Patterns in priority order; each names the groups it fills. */
const PATTERNS: { re: RegExp; groups: { month: number; day: number; endDay?: number; year?: number }; numericMonth?: boolean; pairedDay?: boolean }[] = [
  // "Oct. 26, 2017", "September 28", "Dec. 6-20", "Sunday, Nov. 1"
  { re: new RegExp(`\\b${WD}(${MONTH_ALT})\\.?\\s+${DAY}(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d|:\\d)(?:,?\\s+${YEAR}\\b)?`, 'g'), groups: { month: 1, day: 2, endDay: 3, year: 4 } },
  // "26 October 2017", "28th of September"
  { re: new RegExp(`\\b${WD}${DAY}\\s+(?:of\\s+)?(${MONTH_ALT})\\b\\.?(?:,?\\s+${YEAR}\\b)?`, 'g'), groups: { day: 1, month: 2, year: 3 } },
  // "April 24 and 25", "Oct. 3 or 4": the second day of a pair, in the first one's month (TimeML marks each day)
  { re: new RegExp(`(?<=\\b(${MONTH_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+)${DAY}(?![\\d%:]|\\s*(?:percent|per cent)\\b)(?:,?\\s+${YEAR}\\b)?`, 'g'), groups: { month: 1, day: 2, year: 3 }, pairedDay: true },
  // "10/17/1998", "10/17/98" (US order, as US newswire writes it)
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g, groups: { month: 1, day: 2, year: 3 }, numericMonth: true },
  // "2017-10-26"
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, groups: { year: 1, month: 2, day: 3 }, numericMonth: true },
];

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n >= DATES.twoDigitYearPivot ? 1900 + n : 2000 + n; // two-digit years in news: 98 -> 1998, 05 -> 2005
}

export const explicitParser: Parser = {
  name: 'explicit',
  // Every pattern has a day number.
  gate: /\d/,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.re)) {
        const monthText = m[p.groups.month];
        const month = p.numericMonth ? Number(monthText) : MONTHS[monthText.toLowerCase()];
        const day = Number(m[p.groups.day]);
        const endDay = p.groups.endDay && m[p.groups.endDay] ? Number(m[p.groups.endDay]) : undefined;
        const year = p.groups.year && m[p.groups.year] ? fullYear(m[p.groups.year]) : undefined;
        if (!month || day < 1 || day > 31 || (endDay !== undefined && (endDay <= day || endDay > 31))) continue;
        // "May 5" is a date, but "may 5" is a verb and a number: month words must be capitalized.
        if (!p.numericMonth && monthText[0] !== monthText[0].toUpperCase()) continue;
        const start = m.index ?? 0;
        const expression = m[0];
        // "May 3 and 4 people died": a quantity, not a second day.
        if (p.pairedDay && COUNT_NOUNS.test(text.slice(start + expression.length, start + expression.length + 24))) continue;
        const effective = EFFECTIVE_BEFORE.test(text.slice(Math.max(0, start - DATES.effectiveReach), start));
        out.push({
          start,
          end: start + expression.length,
          expression,
          resolve: (ctx) => resolveExplicit(expression, month, day, endDay, year, ctx, effective),
        });
      }
    }
    return out;
  },
};

function resolveExplicit(expression: string, month: number, day: number, endDay: number | undefined, year: number | undefined, ctx: ResolveContext, effective = false): Resolved | null {
  const range = (y: number): Pick<Resolved, 'endDate' | 'note'> =>
    endDay !== undefined && isValidDay(y, month, endDay) ? { endDate: isoDay(y, month, endDay), note: 'range' } : {};
  if (year !== undefined) {
    if (!isValidDay(year, month, day)) return null;
    return { date: isoDay(year, month, day), precision: 'day', certainty: 'stated', basis: `"${expression}": date stated in full`, ...range(year) };
  }
  if (ctx.anchor) {
    const dir = effective ? 'forward' : directionFor(ctx.tense, ctx.anchor, 'month');
    const date = placeMonthDayNews(ctx.anchor.date, month, day, dir);
    if (!date) return null;
    const y = Number(date.slice(0, 4));
    const certainty = weaker(dir === 'nearest' ? 'inferred' : 'stated', ctx.anchor.certainty);
    return {
      date,
      precision: 'day',
      certainty,
      basis: `"${expression}": day stated, year from the anchor (${ctx.tense} tense, the anchor's year unless far ${directionWords(dir).replace('on or ', '')} it: ${describeAnchor(ctx.anchor)})`,
      ...range(y),
    };
  }
  if (ctx.year !== undefined) {
    if (!isValidDay(ctx.year, month, day)) return null;
    return { date: isoDay(ctx.year, month, day), precision: 'day', certainty: 'inferred', basis: `"${expression}": day stated, year ${ctx.year} taken from the story`, ...range(ctx.year) };
  }
  return { date: '', precision: 'day', certainty: 'uncertain', basis: `"${expression}": day stated but no year is known` };
}
