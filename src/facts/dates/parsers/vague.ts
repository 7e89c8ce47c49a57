// Vague spans ("in recent weeks", "the past few days", "the coming months"): marked, never pinned to a date.
import type { Found, Parser, Precision } from '../types.js';

const PATTERN = /\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:recent|past\s+(?:few|several)|last\s+(?:few|several)|coming|next\s+(?:few|several)|few|several)\s+(day|week|month|quarter|year)s\b(?:\s+ago)?/gi;

/** A quarter has no precision of its own here; its value is PXQ (timex/value.ts). */
const PRECISION: Record<string, Precision> = { day: 'day', week: 'week', month: 'month', quarter: 'month', year: 'year' };

export const vagueParser: Parser = {
  name: 'vague',
  gate: /day|week|month|quarter|year/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      const expression = m[0];
      const precision = PRECISION[m[1].toLowerCase()];
      out.push({
        start,
        end: start + expression.length,
        expression,
        resolve: () => ({ date: '', precision, certainty: 'uncertain', note: 'vague', basis: `"${expression}" is a vague span: marked, not pinned to a date` }),
      });
    }
    return out;
  },
};
