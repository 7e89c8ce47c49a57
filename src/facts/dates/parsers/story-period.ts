// "The day" and "the week" the story is at (TimeML DATE, timex readings only): "later in the day" is the day the
// story last named (else publication day); "for the week, the index dropped" is a week of the story's year that
// the words do not pin down ("1989-WXX", as TimeML writes a week it cannot place). The timeline does not use them.
import { addDays } from '../calendar.js';
import { DAY_PART } from '../timex/value.js';
import { timexOnly, type Found, type Parser } from '../types.js';
import { WEEKDAYS } from '../lexicon.js';

/**
 * Not "the week before last", "the week of May 3"; "the day before." is read by relative-day.ts (the longer match);
 * not "during the day Friday" (the weekday names the day).
 */
const STORY_DAY = new RegExp(`\\bthe\\s+day\\b(?!'s\\b|\\s+of\\s+the\\s+week\\b|[-\\s]+(?:to|long|care|trader|trip|shift)\\b|,?\\s+(?:${WEEKDAYS.join('|')})\\b)`, 'g');
/** "the day after ..." / "the day before ...": one day on from the story's day. */
const STORY_DAY_STEP = /^\s+(after|before)\b/i;
/** ", the day before": the phrase stands in apposition to the date just before it. */
const APPOSITION_BEFORE = /,\s*$/;
const STORY_WEEK = /\bthe\s+week\b(?!\s+(?:before|after|of|ending|ended|beginning|starting|earlier|later)\b|[-\s]+(?:long|end|ends|ahead)\b)/g;

/**
 * "During the night", "that evening", "throughout the morning": a part of the day the story is at (TimeML TIME, e.g.
 * "1998-11-06TNI"). Not "the night of Oct. 5" (the day is named after it), "the night the plane fell" (a clause
 * names it) nor "the evening news" (a kind of thing).
 */
const STORY_DAY_PART = /\b(?:the|that)\s+(morning|afternoon|evening|night)\b(?!'s\b|\s+(?:of|before|after|when|in|shift|news|session|edition|paper|train|flight|sky|air|prayers?|rush|show|program|newscast|the|a|an)\b|[-\s]+(?:long|time|club|life)\b)/gi;

/** "Later that year", "the same month": the year or month of the date the story last named. */
const THAT_PERIOD = /\b(?:that(?:\s+same)?|the\s+same)\s+(year|month)\b(?![-\s](?:old|long|end|earlier|ago)\b)/gi;

/** "By the end of the month", "later in the month", "the end of the decade": the month or decade of publication. */
const PART_OF_PERIOD = /\b(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+the|(?:earlier|later)\s+in\s+the)\s+(month|decade)\b(?!\s+of\b)/gi;

export const storyPeriodParser: Parser = {
  name: 'story-period',
  gate: /(?:the|that|same)\s+(?:day|week|month|year|decade|morning|afternoon|evening|night)/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(STORY_DAY)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "the day after the vote": a day from the event the story is at. After a date in apposition ("May 4, the
      // day before the vote") the phrase renames that date and the day is the date's.
      const step = STORY_DAY_STEP.exec(text.slice(end, end + 8))?.[1]?.toLowerCase();
      const shift = step && !APPOSITION_BEFORE.test(text.slice(Math.max(0, start - 3), start)) ? (step === 'after' ? 1 : -1) : 0;
      out.push(timexOnly(start, m[0], shift ? `the day ${step} the story's day` : 'the day the story is at', 'day', (ctx) => {
        const told = ctx.discourse?.date;
        if (told && told.length === 10) return { type: 'DATE', value: shift ? addDays(told, shift) : told, precision: 'day', relative: true };
        return ctx.anchor ? { type: 'DATE', value: shift ? addDays(ctx.anchor.date, shift) : ctx.anchor.date, precision: 'day', relative: true } : null;
      }));
    }
    for (const m of text.matchAll(STORY_DAY_PART)) {
      if (/^\s+[A-Z]/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3))) continue; // "the night Flight 800 fell"
      const part = DAY_PART[m[1].toLowerCase()];
      out.push(timexOnly(m.index ?? 0, m[0], 'a part of the day the story is at', 'day', (ctx) => {
        const told = ctx.discourse?.date;
        const day = told && told.length === 10 ? told : ctx.anchor?.date;
        return day ? { type: 'TIME', value: `${day}T${part}`, precision: 'time', relative: true } : null;
      }));
    }
    for (const m of text.matchAll(THAT_PERIOD)) {
      const month = m[1].toLowerCase() === 'month';
      out.push(timexOnly(m.index ?? 0, m[0], `the ${month ? 'month' : 'year'} of the date the story last named`, month ? 'month' : 'year', (ctx) => {
        const told = ctx.discourse?.date;
        if (!told || (month && told.length < 7)) return null;
        return { type: 'DATE', value: told.slice(0, month ? 7 : 4), precision: month ? 'month' : 'year', relative: true };
      }));
    }
    for (const m of text.matchAll(PART_OF_PERIOD)) {
      const decade = m[1].toLowerCase() === 'decade';
      out.push(timexOnly(m.index ?? 0, m[0], `a part of the ${decade ? 'decade' : 'month'} of publication`, decade ? 'year' : 'month', (ctx) =>
        ctx.anchor ? { type: 'DATE', value: ctx.anchor.date.slice(0, decade ? 3 : 7), precision: decade ? 'decade' : 'month', relative: true } : null));
    }
    for (const m of text.matchAll(STORY_WEEK)) {
      out.push(timexOnly(m.index ?? 0, m[0], 'a week of the story that the words do not place', 'day', (ctx) =>
        ctx.anchor ? { type: 'DATE', value: `${ctx.anchor.date.slice(0, 4)}-WXX`, precision: 'week', relative: true } : null));
    }
    return out;
  },
};
