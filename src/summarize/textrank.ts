// TextRank for sentences (Mihalcea & Tarau 2004): similarity of two sentences is the number of shared words
// divided by log|Si| + log|Sj| (words: stemmed content words), PageRank with damping 0.85 on the weighted graph.
// Selection takes sentences by score, skipping one too similar to a sentence already chosen.
import { byScore, pickRanked, readingOrder } from './budget.js';
import { cosine, sentenceStats, tfVector, type SparseVector } from './features.js';
import { pagerank } from './pagerank.js';
import type { Summarizer } from './types.js';

export const TEXTRANK = {
  damping: 0.85,
  /** A sentence whose term cosine with one already chosen reaches this is redundant. */
  redundancy: 0.5,
  /** Fragments shorter than this are not extracted. */
  minWords: 6,
} as const;

export const textrank: Summarizer = (req) => {
  const cands = req.candidates.filter((c) => c.words >= TEXTRANK.minWords);
  const terms = cands.map((c) => sentenceStats(c.text, req.memo).content);
  const sets = terms.map((t) => new Set(t));
  const w = sets.map((a, i) => sets.map((b, j) => {
    if (i === j || a.size < 2 || b.size < 2) return 0;
    let common = 0;
    for (const x of a) if (b.has(x)) common++;
    return common / (Math.log(terms[i].length) + Math.log(terms[j].length));
  }));
  const p = pagerank(w, TEXTRANK.damping);
  const score = new Map(cands.map((c, i) => [c.id, p[i]]));
  const vecs: SparseVector[] = terms.map(tfVector);
  const vec = new Map(cands.map((c, i) => [c.id, vecs[i]]));
  const chosen = pickRanked(byScore(cands, score), req.words, (c, sel) =>
    sel.some((d) => cosine(vec.get(c.id)!, vec.get(d.id)!) >= TEXTRANK.redundancy));
  return readingOrder(chosen, req);
};
