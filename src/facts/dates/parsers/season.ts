// Seasons: "the summer of 2014", "summer 2014", "last summer", "in the spring", "early in the fall of 2003".
// Seasons are the meteorological northern-hemisphere ones (summer = June to August), as a range of months.
import { isoMonth, shiftMonth } from '../calendar.js';
import { SEASONS } from '../lexicon.js';
import { describeAnchor, directionFor, weaker } from '../resolve.js';
import type { Found, Parser, Resolved, ResolveContext } from '../types.js';

// A season word needs a year, a determiner or a modifier: "spring" and "fall" are also ordinary words.
const PATTERN = /\b(?:(last|next|this\s+past|this|that|the|early|late|mid)[\s-]+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi;

export const seasonParser: Parser = {
  name: 'season',
  gate: /spring|summer|autumn|fall|winter/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      const [expression, first, part, name, yearText] = m;
      // "this past spring" is the last one.
      const modifier = first?.toLowerCase().replace(/^this\s+past$/, 'last');
      if (!modifier && !yearText) continue;
      // "the fall" and "the spring" are seasons only with a year or "in"/"during" before them ("the fall of Raqqa" is
      // not); "the summer", "the winter" need neither ("well into the summer", "the levels of the early summer"),
      // unless a capitalised name follows ("the Winter Olympics").
      const plainWord = /^(?:fall|spring)$/i.test(name);
      if (modifier === 'the' && !yearText && (plainWord || /^[A-Z]/.test(name)) && !/\b(?:in|during|over|through|until|by|since|into|throughout)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (/^[A-Z]/.test(name) && /^\s+[A-Z]/.test(text.slice(start + expression.length, start + expression.length + 3))) continue;
      const season = name.toLowerCase();
      const note = [part?.toLowerCase() ?? (['early', 'late', 'mid'].includes(modifier ?? '') ? modifier : undefined), season].filter(Boolean).join(' ');
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: (ctx) => resolveSeason(expression, season, yearText ? Number(yearText) : undefined, modifier, note, ctx),
      });
    }
    return out;
  },
};

/** First and last month of the season that starts in `year` (winter runs into the next year). */
function span(season: string, year: number): { from: string; to: string; startIndex: number; endIndex: number } {
  const [a, b] = SEASONS[season];
  const end = b < a ? shiftMonth(year, b, 12) : { year, month: b };
  return { from: isoMonth(year, a), to: isoMonth(end.year, end.month), startIndex: year * 12 + a, endIndex: end.year * 12 + end.month };
}

function resolveSeason(expression: string, season: string, year: number | undefined, modifier: string | undefined, note: string, ctx: ResolveContext): Resolved {
  const base = { precision: 'season' as const, note };
  if (year !== undefined) {
    const s = span(season, year);
    // "winter of 2014" may mean either side of the new year: it is read as December 2014 to February 2015.
    return { ...base, date: s.from, endDate: s.to, certainty: season === 'winter' ? 'inferred' : 'stated', basis: `"${expression}": season and year stated (${s.from} to ${s.to})` };
  }
  if (!ctx.anchor) {
    if (ctx.year !== undefined) {
      const s = span(season, ctx.year);
      return { ...base, date: s.from, endDate: s.to, certainty: 'inferred', basis: `"${expression}": season stated, year ${ctx.year} taken from the story` };
    }
    return { ...base, date: '', certainty: 'uncertain', basis: `"${expression}": season stated but no year is known` };
  }
  const ay = Number(ctx.anchor.date.slice(0, 4));
  const now = ay * 12 + Number(ctx.anchor.date.slice(5, 7));
  const options = [ay - 2, ay - 1, ay, ay + 1].map((y) => span(season, y));
  const dir = directionFor(ctx.tense, ctx.anchor, 'month');
  const containing = options.find((s) => s.startIndex <= now && now <= s.endIndex);
  let chosen;
  if (modifier === 'last') chosen = options.filter((s) => s.endIndex < now).pop();
  else if (modifier === 'next') chosen = options.find((s) => s.startIndex > now);
  else if (containing) chosen = containing;
  else if (modifier === 'this') chosen = options.find((s) => s.startIndex >= ay * 12 + 1 && s.startIndex <= ay * 12 + 12); // "this summer": the anchor year's
  else if (dir === 'back') chosen = options.filter((s) => s.startIndex <= now).pop();
  else if (dir === 'forward') chosen = options.find((s) => s.endIndex >= now);
  else {
    const before = options.filter((s) => s.endIndex < now).pop();
    const after = options.find((s) => s.startIndex > now);
    chosen = before && after ? (now - before.endIndex <= after.startIndex - now ? before : after) : (before ?? after);
  }
  if (!chosen) return { ...base, date: '', certainty: 'uncertain', basis: `"${expression}": no matching season near the anchor` };
  return {
    ...base,
    date: chosen.from,
    endDate: chosen.to,
    certainty: weaker('inferred', ctx.anchor.certainty),
    basis: `"${expression}": season stated, year from ${describeAnchor(ctx.anchor)} (${ctx.tense} tense)`,
  };
}
