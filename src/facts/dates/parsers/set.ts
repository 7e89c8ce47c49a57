// Recurring times (TimeML SET): "every week", "each year", "every Monday", "twice a week", "annually", "weekly";
// not the period of a rate ("$5 a year", "four flights a week", "grew 5% annually"). Value: the period ("P1W") or the recurring calendar point ("XXXX-WXX-1" for Mondays, "XXXX-07" for Julys).
import { COUNT, countValue } from '../count.js';
import { MONTH_NAMES, MONTHS, WEEKDAYS } from '../lexicon.js';
import { DAY_PART, isoWeekday, SEASON_CODE } from '../timex/value.js';
import { durationOf } from './duration.js';
import type { Found, Parser } from '../types.js';

const UNITS = 'second|minute|hour|day|night|morning|evening|week|month|quarter|year|decade|summer|winter|spring|fall|autumn';
const DAYS = WEEKDAYS.join('|');

/** "every week", "each other month", "every two years", "every Monday", "each July", "every Friday night". */
const EVERY = new RegExp(`\\b(?:every|each)\\s+(?:other\\s+)?(?:(${COUNT})\\s+)?(?:(${UNITS})s?|(${DAYS})(?:\\s+(morning|afternoon|evening|night))?|(${MONTH_NAMES.join('|')}))\\b(?!\\s+of\\b)`, 'gi');
/** "twice a week", "three times a year", "once per month": a frequency. The period is the expression. */
const PER = /(?<=(?:\b(?:once|twice|thrice|times)\s+))(?:a|an|per)\s+(hour|day|week|month|quarter|year)\b/gi;
/**
 * A rate ("$5 a year", "5% a year", "358,000 a month", "four flights a week", "700 seats a week"): TimeBank leaves
 * the period of a rate unmarked far more often than it marks it (6 to 2), so these words are no time expression.
 */
const RATE = /(?<=(?:(?:\b(?:percent|cents?|dollars?|thousand|million|billion|share)|\d%?)\s+|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\s+[a-z]+s\s+))(?:a|an|per)\s+(hour|day|week|month|quarter|year)\b/gi;
/**
 * Words of frequency. "hourly", "annually", "nightly" anywhere. "daily", "weekly", "monthly" as adverbs and as
 * adjectives too ("a weekly column", "her daily walks", "it is updated daily"): newswire annotation marks
 * them (AQUAINT 11 of 13; TimeBank, older, 1 of 5), but not after "average" ("average daily volume", a rate), nor
 * before a capitalised name ("the party daily Pravda": the noun, a newspaper).
 * "quarterly" and "biweekly" only at the end of a clause: as adjectives they are report names ("quarterly
 * earnings"), left unmarked (TimeBank 1 of 11).
 */
const ADVERB = /\b(?:(hourly|annually|yearly|nightly|semiannually|biannually)|(?<!\baverage\s+)(daily|weekly|monthly)(?!\s+[A-Z])|(quarterly|biweekly)(?=\s*(?:[.,;:!?)]|$)))/g;
const ADVERB_VALUE: Record<string, string> = {
  hourly: 'PT1H', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', semiannually: 'P6M', biannually: 'P6M', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', biweekly: 'P2W',
};

function found(start: number, expression: string, value: string): Found {
  return {
    start,
    end: start + expression.length,
    expression,
    resolve: () => ({ date: '', precision: 'day', certainty: 'stated', basis: `"${expression}": a recurring time (${value}), not one date` }),
    timex: () => ({ type: 'SET', value, precision: 'set' }),
  };
}

/** Words that hold a span so no other reading takes it (the longest match wins, the earlier parser on a tie). */
function notATime(start: number, expression: string): Found {
  return {
    start,
    end: start + expression.length,
    expression,
    resolve: () => ({ date: '', precision: 'day', certainty: 'stated', basis: `"${expression}": the period of a rate, not a time expression` }),
    timex: () => null,
  };
}

export const setParser: Parser = {
  name: 'set',
  // "every"/"each", a unit (PER, RATE, most adverbs), or an adverb without its unit's word ("daily", "annually", "nightly").
  gate: /every|each|hour|day|daily|week|month|quarter|year|annually|nightly/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(EVERY)) {
      const [expression, countWords, unitWord, day, part, month] = m;
      const start = m.index ?? 0;
      let value: string;
      if (day) value = `XXXX-WXX-${isoWeekday(day)}${part ? `T${DAY_PART[part.toLowerCase()]}` : ''}`;
      else if (month) value = `XXXX-${String(MONTHS[month.toLowerCase()]).padStart(2, '0')}`;
      else {
        const unit = unitWord.toLowerCase();
        const n = countWords ? countValue(countWords) : /\bother\b/i.test(expression) ? 2 : 1;
        if (n === null) continue;
        if (SEASON_CODE[unit]) value = `XXXX-${SEASON_CODE[unit]}`;
        else if (unit === 'night' || unit === 'morning' || unit === 'evening') value = `XXXX-XX-XXT${DAY_PART[unit]}`;
        else value = durationOf(n, unit === 'quarter' ? 'quarter' : unit);
      }
      out.push(found(start, expression, value));
    }
    for (const m of text.matchAll(PER)) out.push(found(m.index ?? 0, m[0], durationOf(1, m[1].toLowerCase())));
    for (const m of text.matchAll(RATE)) out.push(notATime(m.index ?? 0, m[0]));
    for (const m of text.matchAll(ADVERB)) {
      // "rise 8.5% annually", "10,000 units annually" (a quantity just before): the period of a rate, unmarked like "$5 a year" above.
      if (/^annually$/i.test(m[0]) && /(?:\d%?|percent|thousand|million|billion)(?:\s+[a-z]+)?\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0))) {
        out.push(notATime(m.index ?? 0, m[0]));
        continue;
      }
      out.push(found(m.index ?? 0, m[0], ADVERB_VALUE[m[0].toLowerCase()]));
    }
    return out;
  },
};
