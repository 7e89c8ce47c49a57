// The classic TDT single-pass baseline, for comparison only: TF-IDF of title and body (online IDF), cosine to
// every story centroid whose last article is within a time window, join the best above one global threshold,
// else open a story. It scans all stories in the window: its cost grows with them, as the original's does.
import { stem, isStopword, tokens } from '../text/words.js';
import { dayOf } from './features.js';
import { timeOrder } from './order.js';
import { addTo, cosine, dot, newCentroid, topUnit, type Centroid } from './vector.js';
import type { StreamArticle } from './features.js';

export interface BaselineSettings {
  threshold: number;
  /** Days a story stays open after its last article (undated articles see every story). */
  windowDays: number;
}

export const BASELINE_DEFAULT: BaselineSettings = { threshold: 0.25, windowDays: 14 };

/** Terms kept per article vector, as the method keeps them. */
const TERMS = 100;

export function baselineStream(articles: readonly StreamArticle[], settings: BaselineSettings = BASELINE_DEFAULT): string[] {
  const df = new Map<string, number>();
  let docs = 0;
  const stories: { id: string; c: Centroid; last: number | null }[] = [];
  const out = new Array<string>(articles.length);
  for (const i of timeOrder(articles)) {
    const a = articles[i];
    const counts = new Map<string, number>();
    for (const t of tokens(`${a.title ?? ''}\n${a.text.slice(0, 20_000)}`)) {
      if (isStopword(t) || t.length < 2) continue;
      const s = stem(t);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    docs++;
    for (const k of counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const v = topUnit([...counts].map(([k, c]) => [k, (1 + Math.log(c)) * Math.log(1 + docs / df.get(k)!)]), TERMS);
    const day = dayOf(a.published);
    let best = -1;
    let bestSim = -1;
    for (let j = 0; j < stories.length; j++) {
      const st = stories[j];
      if (day !== null && st.last !== null && day - st.last > settings.windowDays) continue;
      const sim = cosine(v, st.c);
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    }
    if (best >= 0 && bestSim >= settings.threshold) {
      const st = stories[best];
      addTo(st.c, v, dot(v, st.c));
      if (day !== null) st.last = st.last === null ? day : Math.max(st.last, day);
      out[i] = st.id;
    } else {
      const st = { id: `b${stories.length}`, c: newCentroid(), last: day };
      addTo(st.c, v, 0);
      stories.push(st);
      out[i] = st.id;
    }
  }
  return out;
}
