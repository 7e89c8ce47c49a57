// Weeks, months and years named relative to publication: "last week", "this week", "earlier this month",
// "next year", "two weeks ago", "the weekend". A week runs Monday to Sunday (ISO 8601) and is dated by its Monday.
import { addDays, isoMonth, mondayOf, shiftMonth, yearMonth } from '../calendar.js';
import { describeAnchor, placeWeekday, weaker } from '../resolve.js';
import type { Found, Parser, Precision, Resolved, ResolveContext } from '../types.js';
import { shiftQuarter } from './quarter.js';
import { UNITS, wordsUpTo } from '../count.js';

/** "a", "an" and the number words a count of days, weeks, months or years ago is written with (one to twelve). */
const NUMBERS: Record<string, number> = { a: 1, an: 1, ...Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v <= 12)) };

const PERIOD = /\b(?:(earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)\b/gi;
const AGO = new RegExp(`\\b(a|an|${wordsUpTo(12)}|\\d{1,2})\\s+(day|week|month|year)s?(?:\\s+or\\s+so)?\\s+ago\\b`, 'gi'); // "a week or so ago": the round figure's date
/** "a year from now", "ten years from today": the date that many units after publication. */
const FROM_NOW = new RegExp(`\\b(a|an|${wordsUpTo(12)}|\\d{1,2})\\s+(day|week|month|year)s?\\s+from\\s+(?:now|today)\\b`, 'gi');
/** "a decade ago", "two decades ago", "a quarter-century ago": the decade or year that far back (a decade's value is "198"). */
const DECADES_AGO = new RegExp(`\\b(a|an|${wordsUpTo(10)}|\\d{1,2})\\s+(decade|quarter[\\s-]century|half[\\s-]century|century)s?\\s+ago\\b`, 'gi');
const WEEKEND = /\b(?:(last|this|next|over the|during the|on the|at the|the)\s+)weekend\b/gi;

export const relativePeriodParser: Parser = {
  name: 'relative-period',
  // PERIOD and WEEKEND need a unit ("weekend" holds "week"); AGO needs "ago".
  gate: /week|month|year|ago/i, // FROM_NOW needs a unit, DECADES_AGO "ago"
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PERIOD)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const part = m[1]?.toLowerCase();
      const which = m[2].toLowerCase();
      const unit = m[3].toLowerCase() as 'week' | 'month' | 'year';
      // "ABC's "This Week"": both words capitalised inside a sentence make a title, not a time.
      if (/^[A-Z]/.test(m[2]) && /^[A-Z]/.test(m[3]) && !part && /[\w,'"`]\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      // "the past year" is the twelve months up to publication; "last year" the previous calendar year.
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      out.push({ start, end: start + expression.length, expression, resolve: (ctx) => resolvePeriod(expression, unit, shift, which === 'past', part, ctx) });
    }
    for (const m of text.matchAll(AGO)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: (ctx) => resolveAgo(expression, n, unit, ctx),
        // In a story about a quarter's results, "a year ago" is that quarter a year before (TimeML reference time).
        timex: (ctx) => (unit === 'year' && ctx.discourse?.quarter ? { type: 'DATE', value: shiftQuarter(ctx.discourse.quarter, -4 * n), precision: 'quarter', relative: true } : undefined),
      });
    }
    for (const m of text.matchAll(FROM_NOW)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
      out.push({ start, end: start + expression.length, expression, resolve: (ctx) => resolveAgo(expression, -n, unit, ctx) });
    }
    for (const m of text.matchAll(DECADES_AGO)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      const unit = m[2].toLowerCase().replace(/\s+|-/, '-');
      const years = n * (unit === 'decade' ? 10 : unit === 'quarter-century' ? 25 : unit === 'half-century' ? 50 : 100);
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: (ctx) => {
          if (!ctx.anchor) return unanchored(expression, 'year');
          const y = Number(ctx.anchor.date.slice(0, 4)) - years;
          return { date: String(y), precision: 'year', certainty: weaker('inferred', certaintyOf(ctx)), basis: `"${expression}": ${years} years back from ${describeAnchor(ctx.anchor)}`, ...(unit === 'decade' ? { note: 'decade' } : {}) };
        },
      });
    }
    for (const m of text.matchAll(WEEKEND)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const which = (m[1] ?? '').toLowerCase();
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve(ctx) {
          if (!ctx.anchor) return unanchored(expression, 'day');
          const dir = which === 'next' ? 'forward' : which === 'last' ? 'back' : ctx.tense === 'future' ? 'forward' : 'back';
          let saturday = placeWeekday(ctx.anchor.date, 6, dir);
          // A Sunday story's "weekend" is the one it is in.
          if (dir === 'back' && ctx.anchor.date === addDays(saturday, 8)) saturday = addDays(saturday, 7);
          if (dir === 'back' && which === 'last' && addDays(saturday, 1) >= ctx.anchor.date) saturday = addDays(saturday, -7);
          return { date: saturday, endDate: addDays(saturday, 1), precision: 'day', note: 'weekend', certainty: certaintyOf(ctx), basis: `"${expression}" (${ctx.tense} tense): Saturday-Sunday relative to ${describeAnchor(ctx.anchor)}` };
        },
      });
    }
    return out;
  },
};

function unanchored(expression: string, precision: Precision): Resolved {
  return { date: '', precision, certainty: 'uncertain', basis: `"${expression}" is relative to a publication date the article does not state` };
}

function certaintyOf(ctx: ResolveContext): Resolved['certainty'] {
  if (!ctx.anchor) return 'uncertain';
  return ctx.anchor.relation === 'not-before' ? 'uncertain' : weaker('stated', ctx.anchor.certainty);
}

function resolvePeriod(expression: string, unit: 'week' | 'month' | 'year', shift: number, past: boolean, part: string | undefined, ctx: ResolveContext): Resolved {
  if (!ctx.anchor) return unanchored(expression, unit);
  const a = ctx.anchor.date;
  const note = part ? (part === 'earlier' ? 'earlier' : 'later') : past ? 'past' : undefined;
  const base = { certainty: certaintyOf(ctx), ...(note ? { note } : {}) };
  const anchorWords = describeAnchor(ctx.anchor);
  if (past) {
    // "the past week/month/year": the span that ends on the publication day.
    const from = unit === 'week' ? addDays(a, -6) : unit === 'month' ? addDays(a, -29) : addDays(a, -364);
    return { ...base, date: from, endDate: a, precision: unit, basis: `"${expression}": the ${unit} up to ${anchorWords}` };
  }
  if (unit === 'week') {
    const monday = addDays(mondayOf(a), 7 * shift);
    return { ...base, date: monday, endDate: addDays(monday, 6), precision: 'week', basis: `"${expression}": the week (Monday to Sunday) ${shift < 0 ? 'before' : shift > 0 ? 'after' : 'of'} ${anchorWords}` };
  }
  const { year, month } = yearMonth(a);
  if (unit === 'month') {
    const t = shiftMonth(year, month, shift);
    return { ...base, date: isoMonth(t.year, t.month), precision: 'month', basis: `"${expression}": the month ${shift < 0 ? 'before' : shift > 0 ? 'after' : 'of'} ${anchorWords}` };
  }
  return { ...base, date: String(year + shift), precision: 'year', basis: `"${expression}": the year ${shift < 0 ? 'before' : shift > 0 ? 'after' : 'of'} ${anchorWords}` };
}

/** `n` units before the anchor (after it when `n` is negative: "a year from now"). */
function resolveAgo(expression: string, n: number, unit: 'day' | 'week' | 'month' | 'year', ctx: ResolveContext): Resolved {
  if (!ctx.anchor) return unanchored(expression, unit);
  const a = ctx.anchor.date;
  const basis = `"${expression}": counted ${n < 0 ? 'forward' : 'back'} from ${describeAnchor(ctx.anchor)}`;
  // Counts of days are exact; "two weeks ago" or "a year ago" are round figures, so they are inferred at most.
  if (unit === 'day') return { date: addDays(a, -n), precision: 'day', certainty: certaintyOf(ctx), basis };
  const c = weaker('inferred', certaintyOf(ctx));
  if (unit === 'week') {
    const monday = mondayOf(addDays(a, -7 * n));
    return { date: monday, endDate: addDays(monday, 6), precision: 'week', certainty: c, basis };
  }
  const { year, month } = yearMonth(a);
  if (unit === 'month') {
    const t = shiftMonth(year, month, -n);
    return { date: isoMonth(t.year, t.month), precision: 'month', certainty: c, basis };
  }
  return { date: String(year - n), precision: 'year', certainty: c, basis };
}
