// Years and year ranges: "in 2003", "the 1996 bombing", "1973-90", "from 1973 to 1990", "the 1990s".
// Numbers that only look like years are left alone: "1,500-2,500", "$2000", "2000 fighters", "05:50", "(c) 2015".
import { COPYRIGHT_BEFORE, COUNT_NOUNS, HISTORIC_YEAR_BEFORE, YEAR_PREPOSITION } from '../lexicon.js';
import { DATES } from '../tunables.js';
import type { Found, Parser } from '../types.js';
import { TENS, UNITS } from '../count.js';

/** Characters around a number that make it part of a quantity, a code, a time or a price. */
const NOT_BEFORE = /[\d,.$£€#/:\-–]|No\.\s*$|[A-Za-z]$/;
const NOT_AFTER = /^(?:[\d%]|[.,:]\d|\/\d|-\d{1}(?!\d)|\s*(?:percent|per cent|GMT|UTC|EST|EDT|CET|hours|hrs|local time)\b)/;

const RANGE = /(?<![\d,.$£€#/:])(\d{4})\s*[-–]\s*(\d{4}|\d{2})(?![\d,%]|[.,]\d)/g;
const FROM_TO = /\b(?:from|between)\s+(\d{4})\s+(?:to|and|until|through)\s+(\d{4})\b/g;
const DECADE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{3}0)s\b/g;
const YEAR = /(?<![\d,.$£€#/:\w-])(\d{4})(?![\d%]|[.,:]\d)/g;
/** A part of a year joined to it: "mid-1996", "early-2003" (YEAR leaves a number after a hyphen alone). */
const PART_YEAR = /\b(early|mid|late)-(\d{4})\b(?![\d%]|[.,:]\d|-)/gi;

/** "1450 BC": a year before the common era, which TIMEX3 values (and the timeline) do not write as "1450". */
const ERA_AFTER = /^\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)/;

function plausible(y: number): boolean {
  return y >= DATES.yearMin && y <= DATES.yearMax;
}

function isCopyright(text: string, start: number): boolean {
  return COPYRIGHT_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Year ranges, "1973-90", "from 1973 to 1990", as one span (the timeline's reading). */
function yearRanges(text: string): { start: number; expression: string; a: number; b: number; bStart: number }[] {
  const out: { start: number; expression: string; a: number; b: number; bStart: number }[] = [];
  for (const re of [RANGE, FROM_TO]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const a = Number(m[1]);
      let b = Number(m[2]);
      if (m[2].length === 2) b = Math.floor(a / 100) * 100 + b; // "1973-90" -> 1990
      if (!plausible(a) || !plausible(b) || b <= a || isCopyright(text, start)) continue;
      out.push({ start, expression: m[0], a, b, bStart: start + m[0].lastIndexOf(m[2]) });
    }
  }
  return out;
}

export const decadeParser: Parser = {
  name: 'decade',
  gate: /\d/,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(DECADE)) {
      const a = Number(m[2]);
      const start = m.index ?? 0;
      const expression = m[0];
      if (!plausible(a)) continue;
      const note = m[1] ? `${m[1].toLowerCase()} decade` : 'decade';
      out.push({ start, end: start + expression.length, expression, resolve: () => ({ date: String(a), endDate: String(a + 9), precision: 'year', certainty: 'stated', note, basis: `"${expression}": the decade ${a} to ${a + 9}` }) });
    }
    return out;
  },
};

export const yearRangeParser: Parser = {
  name: 'year-range',
  gate: /\d/,
  find(text: string): Found[] {
    const out: Found[] = yearRanges(text).map(({ start, expression, a, b }) => ({
      start,
      end: start + expression.length,
      expression,
      resolve: () => ({ date: String(a), endDate: String(b), precision: 'year' as const, certainty: 'stated' as const, note: 'range', basis: `"${expression}": a range of years, ${a} to ${b}` }),
    }));
    return [...out, ...decadeParser.find(text)];
  },
};

/** TimeML marks the two ends of a range as two expressions: "2009-2010" is "2009" and "2010". */
export const yearRangeEndsParser: Parser = {
  name: 'year-range-ends',
  gate: /\d/,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const r of yearRanges(text)) {
      const firstText = String(r.a);
      const firstStart = r.start + r.expression.indexOf(firstText);
      const secondText = text.slice(r.bStart, r.start + r.expression.length);
      const one = (start: number, expression: string, y: number): Found => ({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: String(y), precision: 'year', certainty: 'stated', basis: `"${expression}": one end of the range "${r.expression}"` }),
      });
      out.push(one(firstStart, firstText, r.a), one(r.bStart, secondText, r.b));
    }
    return out;
  },
};

const ORDINAL_CENTURY: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};
const CENTURY = new RegExp(`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_CENTURY).join('|')}))[\\s-]+century\\b`, 'gi');
/**
 * A century named from the present: "this century", "the next century", "the end of the century" (TimeML DATE, the
 * century's leading digits: "19" in 1998, "20" for its next). "The past century" is left to the durations (the last
 * hundred years, or the one before: TimeBank marks neither).
 */
const RELATIVE_CENTURY = /\b(?:(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+)?(?:(?:the\s+)?(this|next|coming|new|current|present)\s+century|(?<=\bof\s+)the\s+century)\b(?!['’]s?\s+old\b)/gi;
/** "the '90s", "the nineties": a decade without its century, read in the anchor's century or the one before. */
const SHORT_DECADE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const DECADE_WORD: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand". */
const SPOKEN_TENS: Record<string, number> = { ten: 10, ...TENS };
const SPOKEN_ONES: Record<string, number> = Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v <= 9));
const SPOKEN_YEAR = new RegExp(`\\b(?:(nineteen|eighteen)[\\s-](${Object.keys(SPOKEN_TENS).join('|')})(?:[\\s-](${Object.keys(SPOKEN_ONES).join('|')}))?|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+(${Object.keys(SPOKEN_ONES).join('|')})|\\s+(${Object.keys(SPOKEN_ONES).join('|')}))?)\\b`, 'gi');

export const spokenYearParser: Parser = {
  name: 'spoken-year',
  gate: /nineteen|eighteen|thousand/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(SPOKEN_YEAR)) {
      const expression = m[0];
      const start = m.index ?? 0;
      // "two thousand" alone is a count ("two thousand troops") unless it is "the year two thousand".
      if (!m[1] && !/^the\s+year/i.test(expression) && !m[4] && !m[5]) continue;
      const y = m[1]
        ? (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + SPOKEN_TENS[m[2].toLowerCase()] + (m[3] ? SPOKEN_ONES[m[3].toLowerCase()] : 0)
        : 2000 + (m[4] || m[5] ? SPOKEN_ONES[(m[4] ?? m[5]).toLowerCase()] : 0);
      out.push({ start, end: start + expression.length, expression, resolve: () => ({ date: String(y), precision: 'year', certainty: 'stated', basis: `"${expression}": year said in words` }) });
    }
    return out;
  },
};

/** Centuries ("the 20th century" = 19) and decades written short ("the '90s" = 199). TIMEX readings only. */
export const centuryParser: Parser = {
  name: 'century',
  // CENTURY, SHORT_DECADE ("'90s" or a word ending in "ties"), DECADE (digits).
  gate: /century|\d|ties/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(CENTURY)) {
      const n = m[2] ? Number(m[2]) : ORDINAL_CENTURY[m[3].toLowerCase().replace(/\s+/, ' ')];
      if (!n || n > 30) continue;
      const start = m.index ?? 0;
      const expression = m[0];
      const value = String(n - 1).padStart(2, '0');
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: String((n - 1) * 100), endDate: String((n - 1) * 100 + 99), precision: 'year', certainty: 'stated', note: 'century', basis: `"${expression}": the years ${(n - 1) * 100} to ${(n - 1) * 100 + 99}` }),
        timex: () => ({ type: 'DATE', value, precision: 'century' }),
      });
    }
    for (const m of text.matchAll(RELATIVE_CENTURY)) {
      const which = (m[1] ?? 'this').toLowerCase();
      const start = m.index ?? 0;
      const expression = m[0];
      // "the end of the century" needs its "end of"; a bare "the century" is not read.
      if (!m[1] && !/^(?:the\s+)?(?:end|close|beginning|start|middle)\s/i.test(expression)) continue;
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: '', precision: 'year', certainty: 'inferred', note: 'century', basis: `"${expression}": a century counted from the publication date` }),
        timex: (ctx) => {
          if (!ctx.anchor) return { type: 'DATE', value: 'XX', precision: 'century' };
          const ay = Number(ctx.anchor.date.slice(0, 4));
          // "The new century" is the next one in its last decade, the present one in its first.
          const shift = which === 'next' || which === 'coming' || (which === 'new' && ay % 100 >= 50) ? 1 : 0;
          return { type: 'DATE', value: String(Math.floor(ay / 100) + shift).padStart(2, '0'), precision: 'century' };
        },
      });
    }
    for (const m of text.matchAll(SHORT_DECADE)) {
      const digit = m[2] ? Number(m[2]) : DECADE_WORD[m[3].toLowerCase()];
      const start = m.index ?? 0;
      const expression = m[0];
      // "the nineties" could be an age ("in his nineties"): only with "the" and no possessive before.
      if (m[3] && (!/^the\s/i.test(expression) || /\b(?:his|her|their|its)\s+$/i.test(text.slice(Math.max(0, start - 8), start)))) continue;
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: '', precision: 'year', certainty: 'inferred', note: 'decade', basis: `"${expression}": a decade without its century` }),
        timex: (ctx) => {
          const ay = ctx.anchor ? Number(ctx.anchor.date.slice(0, 4)) : null;
          if (ay === null) return { type: 'DATE', value: `XX${digit}`, precision: 'decade' };
          let c = Math.floor(ay / 100);
          if (c * 100 + digit * 10 > ay) c -= 1; // a decade not yet begun is the previous century's
          return { type: 'DATE', value: `${c}${digit}`, precision: 'decade' };
        },
      });
    }
    // "the 1800s" is a century (18); the timeline keeps to the years it places (1900 on).
    for (const m of text.matchAll(DECADE)) {
      const a = Number(m[2]);
      if (a % 100 !== 0 || a < 1000 || a >= DATES.yearMin) continue;
      const start = m.index ?? 0;
      const expression = m[0];
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: '', precision: 'year', certainty: 'stated', note: 'century', basis: `"${expression}": the years ${a} to ${a + 99}` }),
        timex: () => ({ type: 'DATE', value: String(a / 100), precision: 'century' }),
      });
    }
    return out;
  },
};

export const yearParser: Parser = {
  name: 'year',
  gate: /\d/,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(YEAR)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const y = Number(m[1]);
      const before = text.slice(Math.max(0, start - 24), start);
      // A year before 1900 needs a time preposition in front ("in 1898"): bare, such numbers are mostly quantities.
      const historic = y >= DATES.historicYearMin && y < DATES.yearMin && HISTORIC_YEAR_BEFORE.test(before) && !ERA_AFTER.test(text.slice(end, end + 8));
      if ((!plausible(y) && !historic) || isCopyright(text, start)) continue;
      const after = text.slice(end, end + 24);
      if (NOT_BEFORE.test(before.slice(-1)) || NOT_AFTER.test(after) || COUNT_NOUNS.test(after)) continue;
      // Without a preposition a bare number is a year only when a word (not a digit or unit) follows it.
      if (!YEAR_PREPOSITION.test(before) && !/^(?:\s+[a-z]|[\s]*[.,;:)!?'"]|\s*$)/.test(after)) continue;
      const pre = /\b(in|since|during|by|until|from|before|after)\s+$/i.exec(before);
      const expression = pre ? pre[0] + m[0] : m[0];
      const s = pre ? start - pre[0].length : start;
      out.push({ start: s, end, expression, resolve: () => ({ date: String(y), precision: 'year', certainty: 'stated', basis: `"${expression}": year stated` }) });
    }
    for (const m of text.matchAll(PART_YEAR)) {
      const y = Number(m[2]);
      if (!plausible(y)) continue;
      const start = m.index ?? 0;
      const pre = /\b(in|since|during|by|until|from|before|after)\s+$/i.exec(text.slice(Math.max(0, start - 12), start));
      const expression = pre ? pre[0] + m[0] : m[0];
      const s = pre ? start - pre[0].length : start;
      const note = m[1].toLowerCase();
      out.push({ start: s, end: start + m[0].length, expression, resolve: () => ({ date: String(y), precision: 'year', certainty: 'stated', note, basis: `"${expression}": year stated (${note} in it)` }) });
    }
    return out;
  },
};
