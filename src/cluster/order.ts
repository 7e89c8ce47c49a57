// Time order for a stream: by the article's day (publication, else a date written in its lead); an article
// without either keeps its place after the dated article before it in the input. Stable, so same-day articles
// keep their input order.
import { articleDay, type StreamArticle } from './features.js';

/** Indexes of `articles` in time order. */
export function timeOrder(articles: readonly StreamArticle[]): number[] {
  let carried = Number.NEGATIVE_INFINITY;
  const days = articles.map((a) => {
    const d = articleDay(a.published, a.text);
    if (d !== null) carried = d;
    return d ?? carried;
  });
  return articles.map((_, i) => i).sort((x, y) => days[x] - days[y] || x - y);
}
