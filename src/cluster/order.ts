// Time order for a stream: by the article's day (publication, else a date written in its lead); an article
// without either keeps its place after the dated article before it in the input. Stable, so same-day articles
// keep their input order.
import { parseDateString } from '../read/date-string.js';
import { dayOf, type StreamArticle } from './features.js';

/** Characters of the lead searched for a written date (as features.ts does). */
const DATE_LEAD_CHARS = 300;

/** Indexes of `articles` in time order. */
export function timeOrder(articles: readonly StreamArticle[]): number[] {
  let carried = Number.NEGATIVE_INFINITY;
  const days = articles.map((a) => {
    const d = dayOf(a.published) ?? dayOf(parseDateString(a.text.slice(0, DATE_LEAD_CHARS)));
    if (d !== null) carried = d;
    return d ?? carried;
  });
  return articles.map((_, i) => i).sort((x, y) => days[x] - days[y] || x - y);
}
