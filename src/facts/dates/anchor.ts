// An anchor for an article that states no publication date, taken from the cluster it belongs to.
import { dayNumber } from './calendar.js';
import type { DateAnchor } from './types.js';

export interface InferAnchorInput {
  /** The other articles of the cluster that do state a date (ISO `YYYY-MM-DD`, longer ISO strings are cut to the day). */
  datedArticles: { id: string; published: string }[];
}

/**
 * The latest publication date among the cluster's dated articles, as the earliest date the undated article
 * can be from (`relation: 'not-before'`): a story keeps moving, so an undated report of it is most likely
 * as recent as the newest dated one. Certainty 'inferred'. Null when no article of the cluster is dated.
 * The undated article's text is not used to move the anchor: a date inside it may belong to a teaser or an
 * older event, and guessing from it would claim more than is known.
 */
export function inferAnchor(input: InferAnchorInput, _text?: string): DateAnchor | null {
  const dated = input.datedArticles
    .map((a) => ({ id: a.id, day: a.published.slice(0, 10) }))
    .filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.day))
    .sort((a, b) => dayNumber(b.day) - dayNumber(a.day) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (dated.length === 0) return null;
  const latest = dated[0];
  const others = dated.length - 1;
  return {
    date: latest.day,
    certainty: 'inferred',
    relation: 'not-before',
    basis: `the article states no date; the latest publication date in its cluster is ${latest.id}'s ${latest.day}${others > 0 ? ` (of ${dated.length} dated articles)` : ''}, taken as the earliest it can be from`,
  };
}
