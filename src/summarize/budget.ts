// Shared helpers of the methods: the word budget and the reading order.
import type { Candidate, SummaryRequest } from './types.js';
import { compareText } from '../text/words.js';

/** Greedy fill: take candidates in the given rank order while they fit the budget. */
export function fillBudget(ranked: Candidate[], words: number): Candidate[] {
  const out: Candidate[] = [];
  let used = 0;
  for (const c of ranked) {
    if (c.words <= 0 || used + c.words > words) continue;
    out.push(c);
    used += c.words;
  }
  return out;
}

/** Reading order of a summary: articles in input order (oldest first when dated), then sentence position. */
export function readingOrder(chosen: Candidate[], req: SummaryRequest): string[] {
  const order = new Map<string, number>();
  const dated = [...req.articles].map((a, i) => ({ a, i })).sort((x, y) => compareText(x.a.published ?? '9999', y.a.published ?? '9999') || x.i - y.i);
  dated.forEach(({ a }, i) => order.set(a.id, i));
  return [...chosen]
    .sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.index - y.index)
    .map((c) => c.id);
}

/**
 * Greedy selection in rank order under the budget, skipping a candidate that `redundant` says repeats one already
 * chosen (the usual redundancy control of ranking methods). Candidates that do not fit are skipped, not stopped at.
 */
export function pickRanked(ranked: Candidate[], words: number, redundant: (c: Candidate, chosen: Candidate[]) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let used = 0;
  for (const c of ranked) {
    if (c.words <= 0 || used + c.words > words) continue;
    if (redundant(c, out)) continue;
    out.push(c);
    used += c.words;
  }
  return out;
}

/** Sentence count of each article, for position features: the larger of the kept count and the highest index + 1. */
export function articleLengths(req: SummaryRequest): Map<string, number> {
  const n = new Map(req.articles.map((a) => [a.id, a.sentences.length]));
  for (const c of req.candidates) n.set(c.article, Math.max(n.get(c.article) ?? 0, c.index + 1));
  return n;
}

/** Stable ordering by descending score; ties go to reading order (article order, then position). */
export function byScore(cands: Candidate[], score: Map<string, number>): Candidate[] {
  const pos = new Map(cands.map((c, i) => [c.id, i]));
  return [...cands].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || (pos.get(a.id) ?? 0) - (pos.get(b.id) ?? 0));
}
