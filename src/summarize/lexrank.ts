// Continuous LexRank (Erkan & Radev 2004) as sumy computes it: tf-idf vectors (idf over the cluster's sentences),
// cosine similarity, edges below the threshold dropped and the rest kept with their weight, PageRank with damping
// 0.85. Selection takes sentences by score, skipping one too similar to a sentence already chosen.
import { byScore, pickRanked, readingOrder } from './budget.js';
import { cosine, idfOf, sentenceStats, tfidf, type SparseVector } from './features.js';
import { pagerank } from './pagerank.js';
import type { Summarizer } from './types.js';

export const LEXRANK = {
  /** Cosine below which two sentences are not linked (Erkan & Radev's 0.1). */
  threshold: 0.1,
  /** PageRank damping. */
  damping: 0.85,
  /** A sentence whose cosine with one already chosen reaches this is redundant. */
  redundancy: 0.5,
  /** Fragments shorter than this are not extracted (datelines, credits, "(scl)"). */
  minWords: 6,
} as const;

export const lexrank: Summarizer = (req) => {
  const cands = req.candidates.filter((c) => c.words >= LEXRANK.minWords);
  const terms = cands.map((c) => sentenceStats(c.text, req.memo).content);
  const idf = idfOf(terms);
  const vecs: SparseVector[] = terms.map((t) => tfidf(t, idf));
  const w = vecs.map((a, i) => vecs.map((b, j) => {
    if (i === j) return 0;
    const s = cosine(a, b);
    return s > LEXRANK.threshold ? s : 0;
  }));
  const p = pagerank(w, LEXRANK.damping);
  const score = new Map(cands.map((c, i) => [c.id, p[i]]));
  const vec = new Map(cands.map((c, i) => [c.id, vecs[i]]));
  const chosen = pickRanked(byScore(cands, score), req.words, (c, sel) =>
    sel.some((d) => cosine(vec.get(c.id)!, vec.get(d.id)!) >= LEXRANK.redundancy));
  return readingOrder(chosen, req);
};
