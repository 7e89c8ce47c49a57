// The DUC lead baseline: the first sentences of the most recent article, in order, up to the budget. The newest
// article is the one with the latest date (ties: the later one in input order; undated articles count as oldest).
// A sentence of that article may be represented in its group by another outlet's wording; the group is found by
// the article's membership and the closest text.
import { readingOrder } from './budget.js';
import { sentenceStats } from './features.js';
import type { TextMemo } from './memo.js';
import { dice } from '../text/words.js';
import type { ArticleInfo, Candidate, Summarizer, SummaryRequest } from './types.js';

export function newestArticle(req: SummaryRequest): ArticleInfo | null {
  let best: ArticleInfo | null = null;
  for (const a of req.articles) {
    if (!best || (a.published ?? '') >= (best.published ?? '')) best = a;
  }
  return best;
}

function overlap(a: string, b: string, memo?: TextMemo): number {
  return dice(sentenceStats(a, memo).stems, sentenceStats(b, memo).stems);
}

/** The candidates of one article's sentences, in the article's order. */
export function candidatesOfArticle(req: SummaryRequest, article: ArticleInfo): Candidate[] {
  const mine = req.candidates.filter((c) => c.sources.includes(article.id));
  const out: Candidate[] = [];
  const used = new Set<string>();
  for (const s of article.sentences) {
    let best: Candidate | null = null;
    let bestSim = 0;
    for (const c of mine) {
      if (used.has(c.id)) continue;
      const sim = c.text === s ? 1 : overlap(c.text, s, req.memo);
      if (sim > bestSim) {
        best = c;
        bestSim = sim;
      }
      if (sim === 1) break;
    }
    if (best) {
      out.push(best);
      used.add(best.id);
    }
  }
  return out;
}

export const lead: Summarizer = (req) => {
  const a = newestArticle(req);
  if (!a) return [];
  const out: Candidate[] = [];
  let used = 0;
  for (const c of candidatesOfArticle(req, a)) {
    if (used + c.words > req.words) break;
    out.push(c);
    used += c.words;
  }
  return readingOrder(out, req);
};
