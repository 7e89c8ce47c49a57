// Business calendar expressions (TimeML DATE): quarters ("the third quarter", "third-quarter", "the 1988 second
// quarter", "this year's first quarter", "the latest quarter" = 2013-Q1), halves ("the first half of 1990" =
// 1990-H1), fiscal years ("fiscal 1989" = FY1989), and the same period a year before the one the story is at
// ("a year earlier", "the year-ago quarter", "year-earlier").
import { isValidDay } from '../calendar.js';
import { COUNT, countValue } from '../count.js';
import { DATES } from '../tunables.js';
import { timexOnly, type Discourse, type Found, type Parser, type ResolveContext, type Timex } from '../types.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const QUARTER = /\b(?:(the|this|last|next|that|its|their)\s+)?(?:(this|last|next)\s+year's\s+)?(?:(\d{4})\s+)?((?:(?:fiscal|year-earlier|year-ago|comparable|corresponding|latest|current|most\s+recent|same|flat|strong|weak|disappointing|traditionally\s+strong)[\s-]+)*)(first|second|third|fourth|1st|2nd|3rd|4th|final)?[\s-]*(?:fiscal[\s-]+)?quarter\b(?![-\s](?:century|point|mile|inch|pound|hour|final)s?\b)(?:\s+of\s+(?:fiscal\s+)?(\d{4})|,?\s+(\d{4})\b|\s+of\s+(this|last|next)\s+year\b)?/gi;
/** "the latest period", "the same period": the quarter the story is at (only when it has named one). */
const PERIOD = /\b(?:the|this|that)\s+(?:latest|most\s+recent|same|current)\s+period\b/gi;
/** The year as a whole: "the year", "the full year", "the current year", "year-end", "the end of the year", "earlier in the year". */
const WHOLE_YEAR = /\b(?:(the\s+(?:full\s+|current\s+|entire\s+|whole\s+)?year)|year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year|(?:earlier|later)\s+in\s+the\s+year)\b(?![-\s](?:old|ago|earlier|before|after|and|long)\b)(?!\s+(?:of|in|to|when|that|since|before)\b|\s+\d)/gi;
const HALF = /\b(?:(the|this|last|next)\s+)?(?:(\d{4})\s+)?(first|second|last|latter)\s+half\s+of\s+(?:(?:fiscal\s+)?(\d{4})|(the|this|last|next)\s+year)\b/gi;
const FISCAL = /\b(?:(?:fiscal(?:\s+year)?\s+(\d{4}|'\d{2}))|(\d{4})\s+fiscal\s+year|(?:(the|this|last|next|the\s+current|the\s+previous|the\s+next|the\s+latest|the\s+most\s+recent|the\s+past)\s+)fiscal\s+year)\b/gi;
const YEAR_AGO = new RegExp(`\\b(?:(?:the\\s+)?(?:comparable\\s+|corresponding\\s+|same\\s+)?(year-(?:earlier|ago))(?:\\s+(?:period|quarter|results|level|figure))?|(${COUNT})\\s+(year|quarter)s?\\s+(earlier|before(?!\\s+(?:the|a|an|his|her|its|their|[A-Z])))|the\\s+(?:corresponding|comparable|same)\\s+(?:period|quarter)\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:earlier|ago)|last\\s+year))\\b`, 'gi');

function anchorQuarter(ctx: ResolveContext): { year: number; q: number } | null {
  if (!ctx.anchor) return null;
  return { year: Number(ctx.anchor.date.slice(0, 4)), q: Math.ceil(Number(ctx.anchor.date.slice(5, 7)) / 3) };
}

/**
 * Quarter n without a year: the anchor year's when it has begun by publication (results are reported, and
 * "expected", after a quarter ends); a later one is last year's in a past-tense report, else this year's.
 */
function placeQuarter(n: number, ctx: ResolveContext): number | null {
  const a = anchorQuarter(ctx);
  if (!a) return null;
  if (n <= a.q) return a.year;
  return ctx.tense === 'past' ? a.year - 1 : a.year;
}

export function shiftQuarter(value: string, by: number): string {
  const y = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  const i = y * 4 + (q - 1) + by;
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}

/** The story's last quarter or date a year back (the period a "year-ago" figure is for). */
function yearBefore(d: Discourse | undefined, ctx: ResolveContext, years = 1, point = false): Timex {
  if (d?.quarter) return { type: 'DATE', value: shiftQuarter(d.quarter, -4 * years), precision: 'quarter', relative: true };
  const base = d?.date ?? ctx.anchor?.date;
  if (!base) return { type: 'DATE', value: 'XXXX', precision: 'year', relative: true };
  const y = String(Number(base.slice(0, 4)) - years).padStart(4, '0');
  // "A year earlier" (a point, not a "period" or "quarter") from a day the story is at is the same day a year back
  // ("up from 4 pence a year earlier" in a story dated 1989-11-02: 1988-11-02), unless that day does not exist a year
  // back (Feb. 29): then its month.
  if (point && base.length >= 10 && isValidDay(Number(y), Number(base.slice(5, 7)), Number(base.slice(8, 10)))) {
    return { type: 'DATE', value: `${y}${base.slice(4, 10)}`, precision: 'day', relative: true };
  }
  return { type: 'DATE', value: base.length >= 7 ? `${y}${base.slice(4, 7)}` : y, precision: base.length >= 7 ? 'month' : 'year', relative: true };
}

export const quarterParser: Parser = {
  name: 'quarter',
  gate: /quarter|period|year|half|fiscal/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(QUARTER)) {
      const [expression, det, yearRelBefore, yearBeforeText, mods, ordinal, yearOf, yearAfter, yearRelAfter] = m;
      const yearRel = yearRelBefore ?? yearRelAfter; // "this year's first quarter", "the third quarter of this year"
      const d = det?.toLowerCase();
      const modifiers = (mods ?? '').toLowerCase();
      if (!ordinal && !d && !yearRel && !yearBeforeText && !modifiers.trim()) continue;
      const n = ordinal ? ORDINAL[ordinal.toLowerCase()] : null;
      const stated = Number(yearBeforeText ?? yearOf ?? yearAfter) || null;
      out.push(timexOnly(m.index ?? 0, expression, 'a quarter of a year', 'month', (ctx) => {
        const a = anchorQuarter(ctx);
        const q = (year: number | null, k: number | null): Timex => ({ type: 'DATE', value: `${year ?? 'XXXX'}-Q${k ?? 'X'}`, precision: 'quarter' });
        if (stated) return q(stated, n);
        if (yearRel) return q(a ? a.year + (yearRel.toLowerCase() === 'last' ? -1 : yearRel.toLowerCase() === 'next' ? 1 : 0) : null, n);
        if (/year-(?:earlier|ago)|comparable|corresponding/.test(modifiers)) {
          const t = yearBefore(ctx.discourse, ctx);
          return n && /^\d{4}/.test(t.value) ? { ...q(Number(t.value.slice(0, 4)), n), relative: true } : t;
        }
        if (n) return q(placeQuarter(n, ctx), n);
        if (!a) return q(null, null);
        const cur = `${a.year}-Q${a.q}`;
        if (d === 'last') return { type: 'DATE', value: shiftQuarter(cur, -1), precision: 'quarter' };
        if (d === 'next') return { type: 'DATE', value: shiftQuarter(cur, 1), precision: 'quarter' };
        if (d === 'this' || /current/.test(modifiers)) return { type: 'DATE', value: cur, precision: 'quarter' };
        // "the quarter", "the latest quarter": the one the story is at, else the last one ended before publication.
        return { type: 'DATE', value: ctx.discourse?.quarter ?? shiftQuarter(cur, -1), precision: 'quarter' };
      }));
    }
    for (const m of text.matchAll(PERIOD)) {
      // "The latest period" before any quarter is named: the last quarter closed before publication, as "the latest quarter".
      const latest = /latest|most\s+recent/i.test(m[0]);
      out.push(timexOnly(m.index ?? 0, m[0], 'the period the story is at', 'month', (ctx) => {
        if (ctx.discourse?.quarter) return { type: 'DATE', value: ctx.discourse.quarter, precision: 'quarter' };
        const a = anchorQuarter(ctx);
        return latest && a ? { type: 'DATE', value: shiftQuarter(`${a.year}-Q${a.q}`, -1), precision: 'quarter' } : null;
      }));
    }
    for (const m of text.matchAll(WHOLE_YEAR)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const span = Boolean(m[1]) && /\b(?:for|over|throughout)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) && !/current|full/i.test(expression);
      out.push(timexOnly(start, expression, 'the year the story is in', 'month', (ctx) => {
        // "for the year" is the span of a year's results (TimeML: a duration); otherwise the anchor's year, and
        // "for the full year" too (the year the results are for: TimeBank marks it as the year, 2 of 2).
        if (span) return { type: 'DURATION', value: 'P1Y', precision: 'duration' };
        return { type: 'DATE', value: ctx.anchor ? ctx.anchor.date.slice(0, 4) : 'XXXX', precision: 'year' };
      }));
    }
    for (const m of text.matchAll(HALF)) {
      const [expression, , yearBeforeText, which, yearOf, rel] = m;
      const h = /^first$/i.test(which) ? 1 : 2;
      out.push(timexOnly(m.index ?? 0, expression, 'a half of a year', 'month', (ctx) => {
        const a = anchorQuarter(ctx);
        const stated = Number(yearBeforeText ?? yearOf) || null;
        const year = stated ?? (a ? a.year + (/last/i.test(rel ?? '') ? -1 : /next/i.test(rel ?? '') ? 1 : 0) : null);
        return { type: 'DATE', value: `${year ?? 'XXXX'}-H${h}`, precision: 'half' };
      }));
    }
    for (const m of text.matchAll(FISCAL)) {
      const [expression, yearA, yearB, rel] = m;
      out.push(timexOnly(m.index ?? 0, expression, 'a fiscal year', 'month', (ctx) => {
        const stated = yearA ?? yearB;
        if (stated) {
          const y = stated.startsWith("'") ? (Number(stated.slice(1)) >= DATES.twoDigitYearPivot ? 1900 : 2000) + Number(stated.slice(1)) : Number(stated);
          return { type: 'DATE', value: String(y), precision: 'fiscal year' };
        }
        const r = rel.toLowerCase();
        // "the fiscal year" names the span of a year's accounts (TimeML: a duration); "this fiscal year" the current one.
        if (r === 'the') return { type: 'DURATION', value: 'P1Y', precision: 'duration' };
        const a = anchorQuarter(ctx);
        if (!a) return { type: 'DATE', value: 'XXXX', precision: 'fiscal year' };
        // "the latest fiscal year" is the last one closed before publication.
        const shift = /last|previous|latest|recent|past/.test(r) ? -1 : /next/.test(r) ? 1 : 0;
        return { type: 'DATE', value: String(a.year + shift), precision: 'fiscal year' };
      }));
    }
    for (const m of text.matchAll(YEAR_AGO)) {
      const [expression, , countWords, unit] = m;
      const n = countWords ? countValue(countWords) : 1;
      if (n === null || n === 'X' || !Number.isInteger(n)) continue;
      out.push(timexOnly(m.index ?? 0, expression, 'the same period a year before the one the story is at', 'month', (ctx) => {
        if (unit && unit.toLowerCase() === 'quarter') {
          const base = ctx.discourse?.quarter;
          return base ? { type: 'DATE', value: shiftQuarter(base, -n), precision: 'quarter', relative: true } : null;
        }
        return yearBefore(ctx.discourse, ctx, n, Boolean(countWords));
      }));
    }
    return out;
  },
};
