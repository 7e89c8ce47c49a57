// The present, past and future as such (TimeML PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
// "these days", "the past", "recently", "the future", "soon", "the near term". Not "so far" or "previously":
// TimeBank leaves them unmarked far more often than not.
import type { Found, Parser } from '../types.js';

/** Words and phrases by reference; longest first within each. */
const REFERENCES: [string, RegExp][] = [
  ['PRESENT_REF', /\b(?:right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|at\s+this\s+time|the\s+present(?!\s+(?:day|time|tense|value|system|government|case|form|situation)\b))\b/gi],
  // "the current weakness", "current market conditions": the adjective alone is the present (TimeBank marks 8 of the
  // 15 it could; "the current year" and "the current quarter" are longer readings of their own, which win).
  ['PRESENT_REF', /\bcurrent(?=\s+[a-z])(?!\s+(?:accounts?|assets?|liabilit(?:y|ies)|affairs|events|dollars?|prices?|year|years|quarter|quarters|month|months|week|weeks|period|fiscal|season|term|session|decade|century|issues?|edition|version|flowing|flows?|through|in|of|to|and|or|is|are|was|were)\b)/gi],
  ['PAST_REF', /\bthen[\s-]current\b/gi],
  ['PAST_REF', /\b(?:(?:more|most|until|only|very)\s+recently|recently|the\s+(?:distant|recent|not-too-distant|not\s+too\s+distant)\s+past|the\s+past(?!\s+(?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|day|week|month|year|decade|century|quarter|season|weekend|summer|winter|spring|fall|autumn|hour|minute|night|morning)\b)|in\s+the\s+old\s+days|once\s+upon\s+a\s+time)\b/gi],
  ['FUTURE_REF', /\b(?:the\s+(?:near|distant|foreseeable|immediate)\s+future|the\s+future|as\s+soon\s+as\s+possible|soon|the\s+(?:near|short|long)\s+term|a\s+later\s+date|one\s+day\s+soon)\b/gi],
];

/** "soon after" is a relation to another event. ("Now that" stays: it is the present, and TimeBank marks it, 2 of 2.) */
const NOT_AFTER: Record<string, RegExp> = {
  FUTURE_REF: /^\s+(?:after|afterwards|thereafter|before)\b/i,
};
/**
 * "soon" that is no future: the conjunction "as soon as he arrives" / "as soon as Monday" (the time is the clause's
 * or the date's; "as soon as possible" is its own phrase above), and "soon" in a past narrative ("the fire was soon
 * contained", "the smoke soon cleared"), which is a step after the story's last event, not the future. TimeBank and
 * AQUAINT leave all of these unmarked (8 of 8) and mark a "soon" ahead of a future or present verb.
 */
const SOON_CONJUNCTION_AFTER = /^\s+as\b/i;
const SOON_PAST_BEFORE = /\b(?:was|were|had|'d)\s+$/i;
const SOON_PAST_AFTER = /^\s+(?:[a-z]+ed|became|began|came|went|found|gave|took|made|left|fell|grew|saw|got|knew|led|ran|rose|sent|spread|won|lost|turned|was|were|had)\b/;

export const referenceParser: Parser = {
  name: 'reference',
  // One word of each phrase in REFERENCES.
  gate: /now|current|present|these\s+days|moment|at\s+this\s+time|recently|past|old\s+days|upon|future|soon|term|later\s+date/i,
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const [value, re] of REFERENCES) {
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0;
        const expression = m[0];
        const end = start + expression.length;
        if (value === 'FUTURE_REF' && /^soon$/i.test(expression)) {
          const after = text.slice(end, end + 16);
          const before = text.slice(Math.max(0, start - 8), start);
          if (NOT_AFTER.FUTURE_REF.test(after) || SOON_CONJUNCTION_AFTER.test(after) || SOON_PAST_BEFORE.test(before) || SOON_PAST_AFTER.test(after)) continue;
        }
        out.push({
          start,
          end,
          expression,
          resolve: () => ({ date: '', precision: 'day', certainty: 'stated', basis: `"${expression}": ${value === 'PRESENT_REF' ? 'the present' : value === 'PAST_REF' ? 'the past, no date' : 'the future, no date'}` }),
          timex: () => ({ type: 'DATE', value, precision: 'reference' }),
        });
      }
    }
    return out;
  },
};
