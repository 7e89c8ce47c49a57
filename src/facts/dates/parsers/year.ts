// Years and year ranges: "in 2003", "the 1996 bombing", "1973-90", "from 1973 to 1990", "the 1990s".
// Numbers that only look like years are left alone: "1,500-2,500", "$2000", "2000 fighters", "05:50", "(c) 2015".
import { COPYRIGHT_BEFORE, COUNT_NOUNS, YEAR_MAX, YEAR_MIN, YEAR_PREPOSITION } from '../lexicon.js';
import type { Found, Parser } from '../types.js';

/** Characters around a number that make it part of a quantity, a code, a time or a price. */
const NOT_BEFORE = /[\d,.$£€#/:\-–]|No\.\s*$|[A-Za-z]$/;
const NOT_AFTER = /^(?:[\d%]|[.,:]\d|\/\d|-\d{1}(?!\d)|\s*(?:percent|per cent|GMT|UTC|EST|EDT|CET|hours|hrs|local time)\b)/;

const RANGE = /(?<![\d,.$£€#/:])(\d{4})\s*[-–]\s*(\d{4}|\d{2})(?![\d,%]|[.,]\d)/g;
const FROM_TO = /\b(?:from|between)\s+(\d{4})\s+(?:to|and|until|through)\s+(\d{4})\b/g;
const DECADE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{3}0)s\b/g;
const YEAR = /(?<![\d,.$£€#/:\w-])(\d{4})(?![\d%]|[.,:]\d)/g;

function plausible(y: number): boolean {
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

function isCopyright(text: string, start: number): boolean {
  return COPYRIGHT_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

export const yearRangeParser: Parser = {
  name: 'year-range',
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const re of [RANGE, FROM_TO]) {
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0;
        const a = Number(m[1]);
        let b = Number(m[2]);
        if (m[2].length === 2) b = Math.floor(a / 100) * 100 + b; // "1973-90" -> 1990
        if (!plausible(a) || !plausible(b) || b <= a || isCopyright(text, start)) continue;
        const expression = m[0];
        out.push({
          start,
          end: start + expression.length,
          expression,
          resolve: () => ({ date: String(a), endDate: String(b), precision: 'year', certainty: 'stated', note: 'range', basis: `"${expression}": a range of years, ${a} to ${b}` }),
        });
      }
    }
    for (const m of text.matchAll(DECADE)) {
      const a = Number(m[2]);
      if (!plausible(a)) continue;
      const start = m.index ?? 0;
      const expression = m[0];
      const note = m[1] ? `${m[1].toLowerCase()} decade` : 'decade';
      out.push({ start, end: start + expression.length, expression, resolve: () => ({ date: String(a), endDate: String(a + 9), precision: 'year', certainty: 'stated', note, basis: `"${expression}": the decade ${a} to ${a + 9}` }) });
    }
    return out;
  },
};

export const yearParser: Parser = {
  name: 'year',
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(YEAR)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const y = Number(m[1]);
      if (!plausible(y) || isCopyright(text, start)) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      const after = text.slice(end, end + 24);
      if (NOT_BEFORE.test(before.slice(-1)) || NOT_AFTER.test(after) || COUNT_NOUNS.test(after)) continue;
      // Without a preposition a bare number is a year only when a word (not a digit or unit) follows it.
      if (!YEAR_PREPOSITION.test(before) && !/^(?:\s+[a-z]|[\s]*[.,;:)!?'"]|\s*$)/.test(after)) continue;
      const pre = /\b(in|since|during|by|until|from|before|after)\s+$/i.exec(before);
      const expression = pre ? pre[0] + m[0] : m[0];
      const s = pre ? start - pre[0].length : start;
      out.push({ start: s, end, expression, resolve: () => ({ date: String(y), precision: 'year', certainty: 'stated', basis: `"${expression}": year stated` }) });
    }
    return out;
  },
};
