// Months: "in July", "early September", "mid-July", "July 2017", "last July", "June last year".
// Without a year, a past-tense July is the most recent July not after publication; a planned one the next.
import { isoMonth } from '../calendar.js';
import { EFFECTIVE_BEFORE, MONTH_NAMES, MONTHS } from '../lexicon.js';
import { MONTH_ABBREVIATIONS, MONTH_PREFIX_ALT } from '../../../text/calendar-words.js';
import { describeAnchor, directionFor, directionWords, placeMonth, weaker, type Direction } from '../resolve.js';
import { DATES } from '../tunables.js';
import type { Found, Parser, Resolved, ResolveContext } from '../types.js';

const FULL = MONTH_NAMES.join('|');
const ABBR = MONTH_ABBREVIATIONS.join('|');

/** Part-of-month words and the note each leaves. */
const PART = '(early|late|mid|end of|beginning of|middle of|the end of|the beginning of|the middle of|the start of|start of)';
const PART_NOTE: Record<string, string> = {
  early: 'early', late: 'late', mid: 'mid', 'end of': 'late', 'the end of': 'late', 'beginning of': 'early',
  'the beginning of': 'early', 'start of': 'early', 'the start of': 'early', 'middle of': 'mid', 'the middle of': 'mid',
};

/** A lone month name needs one of these before it, except unambiguous full names. */
const LONE_MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|during|through|of|to|and|or|between|before|after|last|next|this|that|early|late|mid|end of|beginning of|middle of|start of)\s*-?\s*$/i;
/** Months that are also common words; alone they need the context above. */
const WORDLIKE = new Set(['May', 'March']);

const PATTERN = new RegExp(
  `\\b(?:(last|next|this|that)\\s+)?(?:${PART}[\\s-]+)?(${FULL}|(?:${ABBR})\\.)(?:,?\\s+(\\d{4})|\\s+(last|this|next)\\s+year\\b)?\\b(?![\\s.]*\\d{1,2}\\b)`,
  'g',
);

export const monthParser: Parser = {
  name: 'month',
  // Every month name and abbreviation starts with one of these (the pattern is case-sensitive too).
  gate: new RegExp(MONTH_PREFIX_ALT),
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      const [expression, modifier, part, name, yearText, yearRel] = m;
      const month = MONTHS[name.replace('.', '').toLowerCase()];
      if (!month) continue;
      const year = yearText ? Number(yearText) : undefined;
      const hasContext = Boolean(modifier || part || year || yearRel) || LONE_MONTH_CONTEXT.test(text.slice(Math.max(0, start - 20), start));
      if (!hasContext && (WORDLIKE.has(name) || name.endsWith('.'))) continue;
      const note = part ? PART_NOTE[part.toLowerCase()] : undefined;
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: (ctx) => yearRel
          ? monthOfYear(expression, month, yearRel.toLowerCase(), note, ctx)
          : resolveMonth(expression, month, year, modifier, note, ctx, UNTIL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || planBefore(text, start), EFFECTIVE_BEFORE.test(text.slice(Math.max(0, start - DATES.effectiveReach), start))),
      });
    }
    return out;
  },
};

/** "June last year", "January this year": the month of the year before, of, or after the anchor's. */
function monthOfYear(expression: string, month: number, rel: string, note: string | undefined, ctx: ResolveContext): Resolved {
  const base = { precision: 'month' as const, ...(note ? { note } : {}) };
  const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  const y = ctx.anchor ? Number(ctx.anchor.date.slice(0, 4)) : ctx.year;
  if (y === undefined) return { ...base, date: '', certainty: 'uncertain', basis: `"${expression}": month stated, no year is known` };
  const certainty = ctx.anchor ? weaker('stated', ctx.anchor.certainty) : 'inferred';
  return { ...base, date: isoMonth(y + shift, month), certainty, basis: `"${expression}": month stated, ${rel} year counted from ${ctx.anchor ? describeAnchor(ctx.anchor) : `the story's year ${y}`}` };
}

/**
 * "until November", "through January": the end of a stretch, which a past-tense report ("gave it until
 * mid-November", "extended loans through January") often sets after publication. Read as the nearer month.
 */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;

/** An infinitive: "to acquire", "to be paid" (not "to the", "to $90 million", "to Paris"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|all|about|more|less|up|date|day|\d)\b)[a-z]+\b/g;
/** A past verb that would make the month part of a later, past clause ("to sell the stake it bought in March"). */
const PAST_AFTER = /\b(?:[a-z]{2,}ed|said|was|were|had|did|bought|sold|took|made|began|came|went)\b/;

/**
 * A plan reported in the past ("announced an agreement to acquire the bank in January", "agreed to purchase the line
 * in February"): the month is the plan's, read like "until": ahead of publication when close.
 */
function planBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - DATES.planReach), start);
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(INFINITIVE)) last = m;
  if (!last) return false;
  const rest = before.slice((last.index ?? 0) + last[0].length);
  return !/[;:]/.test(rest) && !PAST_AFTER.test(rest);
}

function resolveMonth(expression: string, month: number, year: number | undefined, modifier: string | undefined, note: string | undefined, ctx: ResolveContext, until = false, effective = false): Resolved {
  const base = { precision: 'month' as const, ...(note ? { note } : {}) };
  if (year !== undefined) return { ...base, date: isoMonth(year, month), certainty: 'stated', basis: `"${expression}": month and year stated` };
  if (ctx.anchor) {
    let dir: Direction = directionFor(ctx.tense, ctx.anchor, 'month');
    // A past-tense "until March" (or a plan's month) sets an end after publication only when that month is close ahead
    // ("gave it until mid-November" in an October story); a month further ahead is the last one ("remained chief until March").
    if (until && dir === 'back' && (month - Number(ctx.anchor.date.slice(5, 7)) + 12) % 12 <= DATES.untilAheadMonths) dir = 'nearest';
    if (effective) dir = 'forward';
    let y: number;
    const am = Number(ctx.anchor.date.slice(5, 7));
    const ay = Number(ctx.anchor.date.slice(0, 4));
    if (modifier === 'last') {
      dir = 'back';
      y = month < am ? ay : ay - 1;
    } else if (modifier?.toLowerCase() === 'this') {
      y = ay; // "this September" is the anchor year's, whichever side of the anchor it lies
    } else if (modifier === 'next') {
      dir = 'forward';
      y = month > am ? ay : ay + 1;
    } else {
      y = placeMonth(ctx.anchor.date, month, dir);
    }
    const certainty = weaker(dir === 'nearest' ? 'inferred' : 'stated', ctx.anchor.certainty === 'uncertain' ? 'uncertain' : ctx.anchor.certainty);
    return { ...base, date: isoMonth(y, month), certainty, basis: `"${expression}": month stated, year from the anchor (${ctx.tense} tense: ${directionWords(dir)} ${describeAnchor(ctx.anchor)})` };
  }
  if (ctx.year !== undefined) return { ...base, date: isoMonth(ctx.year, month), certainty: 'inferred', basis: `"${expression}": month stated, year ${ctx.year} taken from the story` };
  return { ...base, date: '', certainty: 'uncertain', basis: `"${expression}": month stated but no year is known` };
}
