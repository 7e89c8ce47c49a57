// A date written as metadata ("2017-10-26", "October 26, 2017", "26 Oct 2017", "10/17/1998 05:50:00",
// "Thu, 26 Oct 2017 10:00:00 GMT") to an ISO day. Only whole, unambiguous dates: metadata is a fact or nothing.

import { MONTH_PREFIX_ALT, MONTHS, WEEKDAY_PREFIX_ALT } from '../text/calendar-words.js';

/** Years outside this range are taken as typos or placeholders, not publication dates. */
const YEAR_RANGE = { min: 1800, max: 2200 };

function iso(y: number, m: number, d: number): string | null {
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => string | null }[] = [
  // 2017-10-26, 2017/10/26, 2017-10-26T10:00:00Z
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, make: (m) => iso(+m[1], +m[2], +m[3]) },
  // 10/17/1998 (US order, as NIST <DATE_TIME> and US outlets write it)
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, make: (m) => iso(+m[3], +m[1], +m[2]) },
  // October 26, 2017 / Oct. 26 2017
  {
    re: /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/,
    make: (m) => (MONTHS[m[1].toLowerCase()] ? iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]) : null),
  },
  // 26 October 2017 / 26 Oct, 2017
  {
    re: /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/,
    make: (m) => (MONTHS[m[2].toLowerCase()] ? iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]) : null),
  },
];

/** How much of a metadata field is searched for a date ("Thu, 26 Oct 2017 10:00:00 GMT" is 29 characters). */
const DATE_FIELD_MAX_CHARS = 200;

/** The ISO day written in `s`, or null when it holds no complete date. */
export function parseDateString(s: string): string | null {
  // Metadata dates are short: a longer field is read only as far as a date could go, so no pattern runs long.
  const head = s.length > DATE_FIELD_MAX_CHARS ? s.slice(0, DATE_FIELD_MAX_CHARS) : s;
  for (const p of PATTERNS) {
    const m = p.re.exec(head);
    if (m) {
      const d = p.make(m);
      if (d) return d;
    }
  }
  return null;
}

/** Words allowed beside the date on a bare date line ("Updated: Thu 26 Oct 2017, 10:05 GMT"). */
const DATE_LINE_WORDS =
  new RegExp(`\\b(?:published|updated|posted|date|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|cet|bst|${WEEKDAY_PREFIX_ALT})[a-z]*\\b|\\b(?:${MONTH_PREFIX_ALT})[a-z]*\\b`, 'gi');

/** True when the whole line is a date and nothing else (a dateline printed under a title). */
export function isBareDateLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || !parseDateString(t)) return false;
  return t.replace(DATE_LINE_WORDS, '').replace(/[\d\s,./:|+-]/g, '') === '';
}

/** The DUC/TREC DOCNO convention: `APW19981017.0151` -> 1998-10-17. */
export function dateFromDocno(docno: string): string | null {
  const m = /^[A-Z_]+(\d{4})(\d{2})(\d{2})[.\-_]/.exec(docno.trim());
  return m ? iso(+m[1], +m[2], +m[3]) : null;
}
