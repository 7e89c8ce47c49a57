// Days named relative to publication ("yesterday", "today", "tomorrow", "tonight") or to the previous
// date in the text ("a day earlier", "two days later", "the next day").
import { addDays } from '../calendar.js';
import { describeAnchor, weaker } from '../resolve.js';
import type { Found, Parser } from '../types.js';
import { UNITS, wordsUpTo } from '../count.js';

/** Offsets from publication, by word. */
const FROM_ANCHOR: Record<string, number> = {
  'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0,
  'this evening': 0, 'earlier today': 0, 'later today': 0, tomorrow: 1, 'the day after tomorrow': 2,
};
const ANCHOR_PATTERN = new RegExp(`\\b(?:${Object.keys(FROM_ANCHOR).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** "a", "the" and the number words a count of days is written with (one to seven). */
const COUNTS: Record<string, number> = { a: 1, ...Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v <= 7)), the: 1 };
/**
 * "a day earlier", "two days later", "the next day", "the previous day", "the following day", "the day before.",
 * and the same day again: "that same day", "the same day", "later that day" (a bare "that day" is left out: it
 * names days of long ago as often as the day just told).
 */
const PREVIOUS_PATTERN = new RegExp(`\\b(?:(a|${wordsUpTo(7)}|\\d)\\s+days?\\s+(earlier|later|before|after)(?!\\s+(?:the|his|her|its|their|a|an)\\b)|the\\s+(next|following|previous|preceding)\\s+day|the\\s+day\\s+(before|after)(?=\\s*[.,;])|((?:that|the)\\s+(?:very\\s+)?same\\s+day|(?:later|earlier)\\s+that\\s+day))`, 'gi');

export const relativeDayParser: Parser = {
  name: 'relative-day',
  // "yesterday", "today" and the counted days hold "day"; the rest are named.
  gate: /day|tonight|tomorrow|morning|afternoon|evening/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(ANCHOR_PATTERN)) {
      const start = m.index ?? 0;
      const expression = m[0];
      // "The Tonight Show", "USA Today": a capitalised day word after another word is part of a name.
      if (/^[A-Z][a-z]+$/.test(expression) && /[A-Za-z][\s-]+$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      // "today's Iraq" and "the world of today" speak of the present era, not a day.
      if (/^today$/i.test(expression) && /^'s\s+(?:world|society|youth|generation|Iraq|China|Russia|America|economy)/.test(text.slice(start + 5, start + 30))) continue;
      const offset = FROM_ANCHOR[expression.toLowerCase()];
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve(ctx) {
          if (!ctx.anchor) return { date: '', precision: 'day', certainty: 'uncertain', basis: `"${expression}" is relative to a publication date the article does not state` };
          const date = addDays(ctx.anchor.date, offset);
          const certainty = ctx.anchor.relation === 'not-before' ? 'uncertain' : weaker('stated', ctx.anchor.certainty);
          return { date, precision: 'day', certainty, basis: `"${expression}": ${offset === 0 ? 'the day of' : `${Math.abs(offset)} day(s) ${offset < 0 ? 'before' : 'after'}`} ${describeAnchor(ctx.anchor)}` };
        },
      });
    }
    for (const m of text.matchAll(PREVIOUS_PATTERN)) {
      const start = m.index ?? 0;
      const expression = m[0];
      // "two days after Christmas", "a day before Obama spoke": counted from the name after it, not from the day told.
      if (m[1] && /^(?:before|after)$/i.test(m[2]) && /^\s+[A-Z]/.test(text.slice(start + expression.length, start + expression.length + 3))) continue;
      let offset: number;
      if (m[5]) offset = 0;
      else if (m[1]) {
        const n = /^\d$/.test(m[1]) ? Number(m[1]) : COUNTS[m[1].toLowerCase()];
        offset = /earlier|before/i.test(m[2]) ? -n : n;
      } else if (m[3]) offset = /previous|preceding/i.test(m[3]) ? -1 : 1;
      else offset = /before/i.test(m[4]) ? -1 : 1;
      out.push({
        start,
        end: start + expression.length,
        expression,
        fromPrevious: offset,
        // TimeML: "three days later" is the duration "three days" (P3D), its signal "later" outside the extent; the
        // timeline still reads the day it lands on.
        ...(m[1] ? { timex: () => ({ type: 'DURATION' as const, value: `P${Math.abs(offset)}D`, precision: 'duration', trimEnd: expression.length - expression.search(/\s+(?:earlier|later|before|after)$/i) }) } : {}),
        // Resolved by the refiner against the previous dated mention; alone it names no day.
        resolve: () => ({ date: '', precision: 'day', certainty: 'uncertain', basis: `"${expression}" is relative to an earlier date that this text does not give` }),
      });
    }
    return out;
  },
};
