// Dates for `chorus facts`: the dates finder's mentions as contract items. One small adapter, so the finder it calls
// can change (to a TIMEX3 finder with types and TimeML extents) without touching the rest of the report.
import type { DateMention } from '../contract.js';
import { findDates, type DateAnchor, type TemporalMention } from '../dates.js';

/** A date item without its `removed` mark (the report adds it). */
export type DateItem = Omit<DateMention, 'removed'>;

/**
 * Every time expression of an article's text, resolved against its publication date (past-biased, as the brief
 * does); an undated article is read against `inferred` (the story's latest publication date, as the timeline does).
 */
export function datesOf(text: string, published: string | null, inferred: DateAnchor | null = null): DateItem[] {
  const anchor: DateAnchor | null = published ? { date: published, certainty: 'stated', basis: 'publication date' } : inferred;
  return findDates(text, anchor).map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    type: m.note === 'vague' ? 'DURATION' : 'DATE',
    value: timexValue(m),
    precision: m.precision,
    certainty: m.certainty,
    basis: m.basis,
  }));
}

const VAGUE_UNIT: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

/** TIMEX3 value of a resolved mention: a day, an ISO week, a month, a season, a year; a vague span as `PX<unit>`. */
export function timexValue(m: Pick<TemporalMention, 'date' | 'precision' | 'note'>): string | null {
  if (m.note === 'vague') return `PX${VAGUE_UNIT[m.precision] ?? 'D'}`;
  if (!m.date) return null;
  switch (m.precision) {
    case 'week':
      return /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? isoWeek(m.date) : m.date;
    case 'season': {
      const [y, mo] = m.date.split('-').map(Number);
      return Number.isFinite(mo) ? `${y}-${SEASON_OF_MONTH[mo - 1]}` : m.date;
    }
    default:
      return m.date;
  }
}

/** Meteorological seasons, as the dates finder reads them, by month (January first). */
const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** `2017-10-23` -> `2017-W43` (ISO 8601: the week's Thursday decides its year). */
export function isoWeek(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = Date.UTC(y, m - 1, d);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
