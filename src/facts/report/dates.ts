// Dates for `chorus facts`: the dates finder's mentions as contract items. One small adapter, so the finder it calls
// can change (to a TIMEX3 finder with types and TimeML extents) without touching the rest of the report.
import type { DateMention } from '../contract.js';
import { timeExpressions, type DateAnchor, type DatesContext } from '../dates.js';

/** A date item without its `removed` mark (the report adds it). */
export type DateItem = Omit<DateMention, 'removed'>;

/**
 * Every time expression of an article's text (TIMEX3 types and values, TimeML extents), resolved against its
 * publication date (past-biased, as the brief does); an undated article is read against `inferred` (the story's
 * latest publication date, as the timeline does), and its anchored values are then at best `inferred`.
 */
export function datesOf(text: string, published: string | null, inferred: DateAnchor | null = null, context?: DatesContext): DateItem[] {
  const anchorDate = published ?? inferred?.date ?? null;
  const borrowed = !published && anchorDate !== null;
  return timeExpressions(text, anchorDate, { context }).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    precision: t.precision,
    certainty: borrowed && t.certainty === 'stated' && t.date !== '' && !/\b\d{4}\b/.test(t.expression) ? 'inferred' : t.certainty,
    basis: borrowed ? `${t.basis} (the article is undated: anchored on ${inferred?.basis ?? 'the story'})` : t.basis,
  }));
}
