// Temporal words of a clause as written ("on Thursday", "last week", "in July"); the dates stage resolves them.
import { MONTH_NAMES, WEEKDAYS } from '../dates/lexicon.js';
import type { Token } from '../mentions/tokens.js';

const DAYS = new Set(WEEKDAYS.map((d) => d.toLowerCase()));
const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
const RELATIVE = new Set(['yesterday', 'today', 'tonight', 'overnight']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'weeks', 'months', 'years', 'days', 'morning', 'evening', 'night', 'afternoon']);
/** Words that open a temporal phrase before its head word. */
const OPENERS = new Set(['on', 'in', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'since', 'until', 'by', 'for', 'during', 'previous', 'past', 'recent', 'coming']);
/** Openers that make a period word temporal ("last week"; "the week" alone is not). */
const PERIOD_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'previous', 'past', 'for', 'recent', 'coming']);

export interface TimePhrase {
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** The temporal phrase whose head is token `i`, or null. */
export function timePhraseAt(tokens: readonly Token[], i: number): TimePhrase | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const head = t.lower;
  const isCalendar = (DAYS.has(head) || MONTHS.has(head)) && t.cap && !(head === 'may' && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].cap);
  const isPeriod = PERIODS.has(head) && PERIOD_OPENERS.has(tokens[i - 1]?.lower ?? '');
  if (!isCalendar && !RELATIVE.has(head) && !isPeriod) return null;
  let from = i;
  while (from > 0 && OPENERS.has(tokens[from - 1].lower) && i - from < 3) from--;
  let to = i + 1;
  // "on September 28", "in July 2017"
  while (to < tokens.length && tokens[to].kind === 'num' && to - i <= 2) to++;
  if (isPeriod && from === i) return null;
  return { text: tokens.slice(from, to).map((x) => x.text).join(' '), from, to };
}

/**
 * "a week ago", "two days ago" ending at token `i`, or null. Only the subject's walk skips these (a cold front that hit
 * the plains a week ago has killed...); an event is not dated by them, as they often date another clause's happening.
 */
export function agoPhraseAt(tokens: readonly Token[], i: number): TimePhrase | null {
  if (tokens[i]?.lower !== 'ago' || !PERIODS.has(tokens[i - 1]?.lower ?? '')) return null;
  const count = tokens[i - 2];
  const from = count !== undefined && (count.kind === 'num' || count.pos === 'NUM' || count.lower === 'a' || count.lower === 'an') ? i - 2 : i - 1;
  return { text: tokens.slice(from, i + 1).map((x) => x.text).join(' '), from, to: i + 1 };
}

/** The temporal phrase nearest to token `at` within [from, to), or null. */
export function nearestTime(tokens: readonly Token[], at: number, from: number, to: number): TimePhrase | null {
  let best: TimePhrase | null = null;
  let bestDistance = Infinity;
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const p = timePhraseAt(tokens, i);
    if (!p) continue;
    const d = Math.abs(i - at);
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
