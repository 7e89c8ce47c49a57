// Every time expression of an article as TimeML sees it (TIMEX3: DATE, TIME, DURATION, SET), with its
// normalized value, for `chorus facts` and the TempEval-3 evaluation (scripts/eval-timex.ts). The timeline keeps
// reading dates with findDates (../../dates.ts); this reads more kinds, with the same resolution rules, and gives
// TimeML extents: the expression without a leading preposition ("2003", not "in 2003").
import type { Certainty } from '../../../types.js';
import { TIMEX_PARSERS } from '../parsers/index.js';
import { readExpressions, type DatesContext, type PreviousDay } from '../read.js';
import type { Tense } from '../tense.js';
import type { DateAnchor, Discourse, Timex, TimexType } from '../types.js';
import { timexOf } from './value.js';
import { sentenceSpans } from './sentences.js';

export interface TimeExpression {
  /** JavaScript string indices into the text given, TimeML extent: `text === given.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2013-03-22`, `2013-W12`, `2013-Q1`, `199` (the 1990s), `19` (the 20th century), `P3Y`, `PT2H`, `PRESENT_REF`, `XXXX-WXX-1`, `2013-03-22T20:00`. */
  value: string;
  /** 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century' | 'time' | 'duration' | 'set' | 'reference'. */
  precision: string;
  certainty: Certainty;
  /** How the value was worked out, in plain words. */
  basis: string;
  /** The tense of the clause it was read in. */
  tense: Tense;
  /** The words that gave the date as the brief shows them, preposition included ("on Friday"). */
  expression: string;
  /** The calendar date the timeline would use ('' when the expression names none: durations, sets, references). */
  date: string;
  endDate?: string;
}

export interface TimexOptions {
  /** The story's year, for month and day expressions when the article is undated. */
  year?: number;
  /** A cache owned by the caller, shared across the articles of one run. */
  context?: DatesContext;
}

/** Prepositions that TimeML leaves outside the expression ("on Friday" -> "Friday"). */
const LEADING_PREPOSITION = /^(?:(?:on|in|at|by|since|until|till|from|during|before|after|of|for|over|through|throughout)\s+)+/i;

/** Every time expression of `text`, in reading order, anchored on `published` (ISO date or datetime, or null). */
export function timeExpressions(text: string, published: string | null, opts: TimexOptions = {}): TimeExpression[] {
  const day = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const anchor: DateAnchor | null = day ? { date: day, certainty: 'stated', basis: 'the publication date' } : null;
  const out: TimeExpression[] = [];
  let previous: PreviousDay | undefined;
  const discourse: Discourse = {};
  for (const s of sentenceSpans(text)) {
    const sentence = text.slice(s.start, s.end);
    const readings = readExpressions(sentence, TIMEX_PARSERS, anchor, { year: opts.year, previous, context: opts.context, list: 'timex', prefilter: null, discourse });
    for (const { found, tense, resolved } of readings) {
      const own = found.timex?.({ anchor, year: opts.year, tense, discourse }, resolved);
      const timex = own === undefined ? timexOf(found, resolved) : own;
      if (!timex) continue;
      remember(discourse, timex);
      const lead = LEADING_PREPOSITION.exec(found.expression)?.[0].length ?? 0;
      const start = s.start + found.start + (lead < found.expression.length ? lead : 0);
      const end = s.start + found.end - Math.min(timex.trimEnd ?? 0, found.end - found.start - 1);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: timex.type,
        value: timex.value,
        precision: timex.precision ?? resolved.precision,
        certainty: resolved.certainty,
        basis: resolved.basis,
        tense,
        expression: found.expression,
        date: resolved.date,
        ...(resolved.endDate ? { endDate: resolved.endDate } : {}),
      });
      if (resolved.precision === 'day' && resolved.date && !resolved.endDate) previous = { date: resolved.date, certainty: resolved.certainty, expression: found.expression };
    }
  }
  return out;
}

/** The period the story is at: the last quarter named until another calendar date is named. */
function remember(d: Discourse, t: Timex): void {
  if (t.type !== 'DATE' || t.relative) return;
  if (/^\d{4}-Q\d$/.test(t.value)) d.quarter = t.value;
  else if (/^\d{4}(?:-\d{2}){0,2}$/.test(t.value)) {
    d.date = t.value;
    d.quarter = undefined;
  }
}
