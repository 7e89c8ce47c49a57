// Durations (TimeML DURATION): "three years", "a month", "48 hours", "the past two years", "the next few days",
// "a 10-year bond" ("10-year"), "2 1/2 years", "for years". Value: ISO 8601, "P3Y", "PT48H", "PXD" for a vague count.
// Ages ("a 10-year-old"), "two years ago" (a date) and "a year earlier" (a date relative to the story's time) are not durations;
// "two days after the attack" is one (a stretch from an event).
import { COUNT, countValue } from '../count.js';
import { addDays, isoMonth, isoWeek } from '../calendar.js';
import { TIME_UNITS, UNIT_LETTER } from '../timex/value.js';
import { MONTH_PREFIX_ALT, WEEKDAYS } from '../../../text/calendar-words.js';
import type { Found, Parser, Precision } from '../types.js';

const UNIT = '(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie|millennium|millennia)';
/** Words between the determiner and the count that keep the span one duration ("the past two years"). */
const RELATIVE = '(past|last|next|previous|following|coming|first|final|latest|additional|further|remaining|ensuing|initial|entire|whole|full|same)';
const APPROX = '(?:(?:more\\s+than|less\\s+than|nearly|almost|about|around|roughly|approximately|at\\s+least|up\\s+to|only|just|another|over|under)\\s+)';
const FILLER = '(?:[\\s-]+(?:more|additional|full|straight|consecutive|trading|business|calendar|working))?';

/**
 * "two days after the attack" measures a stretch from an event: a duration (TimeML). Before a date ("three days
 * after Monday", "a week before Christmas") the words name a day instead, and are not read as a duration here.
 */
const DATE_WORD = `(?:\\d|${WEEKDAYS.join('|')}|${MONTH_PREFIX_ALT}|christmas|easter|new\\s+year|yesterday|today|tomorrow|the\\s+(?:end|start|beginning)\\b)`;

const PATTERN = new RegExp(
  `\\b(?:(the|its|their|his|her|this|that|these|those|a|an)\\s+)?(?:${RELATIVE}\\s+)?${APPROX}?(?:(${COUNT})${FILLER}[\\s-]+)?${UNIT}(s|es)?\\b(?!-(?:old|ago|earlier)\\b)(?!\\s+(?:old|ago|from\\s+(?:now|today))\\b)(?!\\s+(?:before|after)\\s+${DATE_WORD})`,
  'gi',
);
/** Before "the following year" these make it a stretch of time, not the year after. */
const STRETCH_BEFORE = /\b(?:for|over|throughout|during|within|through)\s+$/i;
/** After "a second" a word that does not relate it to time makes "second" an ordinal ("a second body"). */
const ORDINAL_SECOND_AFTER = /^[\s-]+(?!(?:later|earlier|ago|before|after|or|and|longer|too|in|to|of|for|each|apart|per|behind|ahead|when|while|than)\b)[A-Za-z]/;
/** A modal or a hope before "one day" makes it a day to come ("will one day be"). */
const MODAL_BEFORE = /\b(?:will|would|could|may|might|shall|can|must|hopes?|hoped|to|'ll)\s+$/i;
/** "up 10 percent over the previous year": "over" compares with that year, it does not measure a stretch. */
const COMPARED_OVER = /(?:percent|per\s+cent|%|points?|up|down|increase|decrease|rise|drop|decline|growth|higher|lower)\b[^.;]{0,24}\bover\s+$/i;
/** A count written with capitals inside a name: "the Ninth Five-Year Plan", "the Six-Day War" (not a time, TimeML). */
const IN_NAME = /^[A-Z][a-z]*(?:-[A-Z][a-z]*)*\s+[A-Z]/;
/** A bare plural ("for years") is a duration only after these. */
const BARE_PLURAL_BEFORE = /\b(?:for|took|take|takes|taking|lasted|lasting|last|spent|spend|within|after|(?:time|first|once)\s+in)\s+$/i;
/** "years of war", "months of talks": a bare plural measuring what follows is a stretch of unknown length too. */
const BARE_PLURAL_OF = /^\s+of\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b|\d)[a-z]/;
/** "over the years", "throughout the months", "the weeks ahead": a stretch of unknown length (PXY, PXW). */
const THE_PLURAL_BEFORE = /\b(?:over|throughout|through)\s+$/i;
const THE_PLURAL_AFTER = /^\s+(?:ahead|to\s+come)\b/i;

const PRECISION: Record<string, Precision> = {
  second: 'day', minute: 'day', hour: 'day', day: 'day', week: 'week', fortnight: 'week', month: 'month', quarter: 'month', year: 'year', decade: 'year', century: 'year', millennium: 'year',
};

/** The next smaller unit, for a fractional count ("2 1/2 years" = P2Y6M). */
const SMALLER: Record<string, [string, number]> = { year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };

/** "P3Y", "PT48H", "P2Y6M", "PXD". */
export function durationOf(n: number | 'X', unit: string): string {
  const letter = UNIT_LETTER[unit];
  const t = TIME_UNITS.has(unit);
  if (n === 'X' || Number.isInteger(n)) return t ? `PT${n}${letter}` : `P${n}${letter}`;
  const whole = Math.floor(n);
  const small = SMALLER[unit];
  if (!small) return `P${n}${letter}`;
  const rest = Math.round((n - whole) * small[1]);
  const smallT = TIME_UNITS.has(small[0]);
  const head = whole > 0 ? `${whole}${letter}` : '';
  if (t) return `PT${head}${rest}${UNIT_LETTER[small[0]]}`;
  return smallT ? `P${head}T${rest}${UNIT_LETTER[small[0]]}` : `P${head}${rest}${UNIT_LETTER[small[0]]}`;
}

/** "one day" meaning some day to come: DATE FUTURE_REF, with no calendar date for the timeline. */
function timexOnlyReference(start: number, expression: string): Found {
  return {
    start,
    end: start + expression.length,
    expression,
    resolve: () => ({ date: '', precision: 'day', certainty: 'stated', basis: `"${expression}": some day to come, no date` }),
    timex: () => ({ type: 'DATE', value: 'FUTURE_REF', precision: 'reference' }),
  };
}

function unitOf(word: string): string {
  const u = word.toLowerCase();
  if (u === 'centurie') return 'century';
  if (u === 'millennia') return 'millennium';
  return u;
}

/** "for a while", "for some time": a stretch of unknown length and unit (TimeML PXX). */
const A_WHILE = /\b(?:for|in|after|within|since)\s+(a\s+while|some\s+time)\b(?!\s+(?:ago|later|before|after|now|to\s+come)\b)/gi;

/** "two to three weeks", "12 to 18 months", "five or six days": TimeML and HeidelTime value a range by its low end (P2W). */
const RANGE = new RegExp(`\\b(${COUNT})\\s+(?:to|or)\\s+(${COUNT})[\\s-]+${UNIT}s\\b(?!\\s+(?:old|ago|earlier|later)\\b|-old\\b)`, 'gi');

export const durationParser: Parser = {
  name: 'duration',
  // A unit (UNIT) is in both patterns.
  gate: /second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|millenni|while|some\s+time/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(RANGE)) {
      const low = countValue(m[1]);
      const high = countValue(m[2]);
      const unit = unitOf(m[3]);
      if (typeof low !== 'number' || typeof high !== 'number' || high <= low || unit === 'fortnight') continue;
      const value = durationOf(low, unit);
      out.push({
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        expression: m[0],
        resolve: () => ({ date: '', precision: PRECISION[unit] ?? 'year', certainty: 'stated', basis: `"${m[0]}": a duration of ${m[1]} to ${m[2]} ${unit}s (${value}, its low end)` }),
        timex: () => ({ type: 'DURATION', value, precision: 'duration' }),
      });
    }
    for (const m of text.matchAll(A_WHILE)) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      out.push({
        start,
        end: start + m[1].length,
        expression: m[1],
        resolve: () => ({ date: '', precision: 'day', certainty: 'stated', basis: `"${m[1]}": a stretch of unknown length (PXX), not a date` }),
        timex: () => ({ type: 'DURATION', value: 'PXX', precision: 'duration' }),
      });
    }
    for (const m of text.matchAll(PATTERN)) {
      const [, det, relative, countWords, unitWord, plural] = m;
      let unit = unitOf(unitWord);
      let start = m.index ?? 0;
      let expression = m[0];
      let n: number | 'X' | null = countWords ? countValue(countWords) : null;
      if (unit === 'fortnight') {
        unit = 'week';
        n = n === null ? 2 : n === 'X' ? 'X' : n * 2;
      }
      if (n === null && det && /^an?$/i.test(det) && !plural) n = 1; // "a year", "an hour"
      // "a year-long inquiry", "a decade-long war", "a three-month-long strike": the length, "-long" inside the extent.
      const long = /^-long\b/i.exec(text.slice(start + expression.length, start + expression.length + 6));
      if (long && !plural) {
        if (n === null) n = 1;
        if (det && !countWords) {
          start += det.length + 1;
          expression = expression.slice(det.length + 1);
        }
        expression += long[0];
      }
      const after = text.slice(start + expression.length, start + expression.length + 12);
      // "a year earlier" is the story's period a year back (quarter.ts), not a length.
      if ((unit === 'year' || unit === 'quarter') && /^\s+earlier\b/i.test(after)) continue;
      if (n === null) {
        const bare = !det && !relative;
        if (bare) {
          // "for years"; "hours later", "months earlier": a stretch of unknown length (TimeML: PTXH, PXM).
          const approx = /^(?:just|only)\s/i.test(expression); // "just weeks after", "only hours before"
          if (!plural || !(approx || BARE_PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /^\s+(?:later|earlier)\b/i.test(after) || BARE_PLURAL_OF.test(after))) continue;
          n = 'X';
        } else if (!relative && plural && det && /^the$/i.test(det) && unit !== 'quarter' &&
          (THE_PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || THE_PLURAL_AFTER.test(text.slice(start + expression.length, start + expression.length + 10)))) {
          n = 'X';
          const ahead = THE_PLURAL_AFTER.exec(text.slice(start + expression.length, start + expression.length + 10));
          if (ahead) expression += ahead[0]; // "the weeks ahead" is one expression
        } else {
          // "the past year", "the next few..." with a time-line word; "the next day" is a date (relative-day.ts).
          if (!relative || !/^(?:past|last|next|coming|previous|following|first|final|entire|whole|full)$/i.test(relative) || unit === 'day' || unit === 'quarter') continue;
          if (/^full$/i.test(relative) && unit !== 'year') continue;
          if (det && !/^(?:the|its|their|his|her)$/i.test(det)) continue;
          n = plural ? 'X' : 1;
        }
      }
      // "three-quarters" and "four-quarter" are fractions or results spans, not a count of quarters.
      if (unit === 'quarter' && /-quarters?$/i.test(expression)) continue;
      // "a second term" is an ordinal; "a quarter" of something is a fraction.
      if (countWords && /^an?$/i.test(countWords.trim()) && (unit === 'second' || unit === 'quarter')) continue;
      // "a quarter of the world's satellites", "a quarter-point", "the size of a quarter": a fraction or a coin.
      if (unit === 'quarter' && !plural && !countWords && det && /^an?$/i.test(det) &&
        (/^(?:\s+of\b|-)/.test(text.slice(start + expression.length, start + expression.length + 4)) || /\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start)))) continue;
      // "Five-Year Plan", "Six-Day War": a name (the count is capitalised inside a sentence, a capitalised word follows).
      if (countWords && /^[A-Z]/.test(countWords) && IN_NAME.test(text.slice(start + (det ? det.length + 1 : 0), start + expression.length + 12)) &&
        /[a-z,]\s+$/.test(text.slice(Math.max(0, start - 3), start + (det ? det.length + 1 : 0)))) continue;
      // "a second body", "one second group": "second" before a word that is not about time is an ordinal.
      if (unit === 'second' && !plural && !countWords && ORDINAL_SECOND_AFTER.test(text.slice(start + expression.length, start + expression.length + 16))) continue;
      // A determiner before a bare count ("a 10-year bond") is not part of the duration.
      // Nor is a possessive before a count ("his 17-year rule": the duration is "17-year").
      // An adjectival count ("the eight-year war", "its two-year plan") leaves any determiner outside, as TimeBank does.
      const adjectival = Boolean(countWords) && !relative && !plural && new RegExp(`${UNIT}$`, 'i').test(expression) && /-\s*[a-z]+$/i.test(expression.slice(0, expression.length - unitWord.length + 1));
      if (det && (/^an?$/i.test(det) || (/^(?:his|her|its|their)$/i.test(det) && !relative) || adjectival) && countWords && !/^few\b/i.test(countWords)) {
        start += det.length + 1;
        expression = expression.slice(det.length + 1);
      }
      // "a year and a half", "an hour and a half": the half follows the unit (P1Y6M, PT1H30M).
      const half = /^\s+and\s+a\s+half\b/i.exec(text.slice(start + expression.length, start + expression.length + 14));
      if (half && typeof n === 'number' && Number.isInteger(n) && !plural) {
        n += 0.5;
        expression += half[0];
      }
      const value = durationOf(n, unit);
      // "Islam will one day be...", "will be arrested one day or another": some day to come, not a length (TimeML FUTURE_REF).
      const someDay = unit === 'day' && !plural && /^one$/i.test(countWords?.trim() ?? '') && !det && !relative &&
        (MODAL_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || /^\s+or\s+another\b/i.test(text.slice(start + expression.length, start + expression.length + 14)));
      if (someDay) {
        out.push(timexOnlyReference(start, expression));
        continue;
      }
      // "The following year he resigned": the year after the one the story last named, a date (TimeML; HeidelTime
      // reads it from its reference date). "For the following year" measures a stretch: a duration.
      const step = !countWords && !plural && /^(?:following|previous)$/i.test(relative ?? '') && (unit === 'year' || unit === 'month' || unit === 'week') &&
        (!STRETCH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || COMPARED_OVER.test(text.slice(Math.max(0, start - 40), start)))
        ? (/^following$/i.test(relative ?? '') ? 1 : -1)
        : 0;
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: '', precision: PRECISION[unit] ?? 'year', certainty: 'stated', basis: `"${expression}": a duration (${value}), not a date` }),
        timex: (ctx) => {
          // "the past year", "the last decade" (no count): TimeBank marks the calendar year or decade before the
          // story's. ("The full year" is read in quarter.ts as the story's year; this covers it where that does not.)
          const ay = ctx.anchor ? Number(ctx.anchor.date.slice(0, 4)) : null;
          if (ay !== null && !countWords && !plural && det && /^the$/i.test(det)) {
            if (/^(?:past|last)$/i.test(relative ?? '') && unit === 'year') return { type: 'DATE', value: String(ay - 1), precision: 'year', relative: true };
            if (/^(?:past|last)$/i.test(relative ?? '') && unit === 'decade') return { type: 'DATE', value: String(Math.floor(ay / 10) - 1), precision: 'decade', relative: true };
            if (/^full$/i.test(relative ?? '') && unit === 'year') return { type: 'DATE', value: String(ay), precision: 'year', relative: true };
          }
          const ref = ctx.discourse?.date;
          if (step !== 0 && ref !== undefined) {
            const y = Number(ref.slice(0, 4));
            if (unit === 'year') return { type: 'DATE', value: String(y + step), precision: 'year', relative: true };
            // "The following week" after a day the story named: that day's week, one on.
            if (unit === 'week') return ref.length === 10 ? { type: 'DATE', value: isoWeek(addDays(ref, 7 * step)), precision: 'week', relative: true } : { type: 'DURATION', value, precision: 'duration' };
            if (ref.length >= 7) {
              const m = y * 12 + Number(ref.slice(5, 7)) - 1 + step;
              return { type: 'DATE', value: isoMonth(Math.floor(m / 12), (m % 12) + 1), precision: 'month', relative: true };
            }
          }
          return { type: 'DURATION', value, precision: 'duration' };
        },
      });
    }
    return out;
  },
};
