// MEAD's centroid method (Radev, Jing, Styś & Tam 2004): a sentence scores the sum of the centroid values of its
// words (C), a position value (P) and its overlap with its article's first sentence (F), score = wc*C + wp*P + wf*F;
// the reranker then penalises redundancy with what is already chosen: score - wr * 2|overlap| / (|s| + |t|).
// MEAD takes idf from a background corpus; with none offline, idf is computed over the cluster's sentences.
import { articleLengths, readingOrder } from './budget.js';
import { idfOf, sentenceStats } from './features.js';
import { dice, termCounts } from '../text/words.js';
import type { Candidate, Summarizer } from './types.js';

const CENTROID = {
  /** MEAD's default feature weights (all 1). */
  wc: 1,
  wp: 1,
  wf: 1,
  /** Words whose centroid value is below this share of the largest one are not in the centroid (MEAD's cut). */
  centroidCut: 0.1,
  /** MEAD's sentence length cutoff: shorter sentences are not extracted. */
  minWords: 9,
} as const;

export const centroid: Summarizer = (req) => {
  const stats = new Map(req.candidates.map((c) => [c.id, sentenceStats(c.text, req.memo)]));
  const articleTerms = req.articles.map((a) => a.sentences.map((s) => sentenceStats(s, req.memo).content));
  const idf = idfOf(articleTerms.flat());
  // Centroid: average tf per article, times idf.
  const tf = new Map<string, number>();
  for (const sents of articleTerms) for (const s of sents) for (const t of s) tf.set(t, (tf.get(t) ?? 0) + 1);
  const nDocs = Math.max(1, req.articles.length);
  const value = new Map<string, number>();
  let top = 0;
  for (const [t, n] of tf) {
    const v = (n / nDocs) * (idf.get(t) ?? 0);
    value.set(t, v);
    top = Math.max(top, v);
  }
  for (const [t, v] of value) if (v < CENTROID.centroidCut * top) value.delete(t);
  const lengths = articleLengths(req);
  const firstOf = new Map<string, Map<string, number>>();
  for (const a of req.articles) firstOf.set(a.id, termCounts(a.sentences.length ? sentenceStats(a.sentences[0], req.memo).content : []));
  const cands = req.candidates.filter((c) => c.words >= CENTROID.minWords);
  const raw = new Map<string, { c: number; f: number }>();
  let cMax = 0;
  for (const c of cands) {
    const terms = stats.get(c.id)!.content;
    let cv = 0;
    for (const t of terms) cv += value.get(t) ?? 0;
    const first = firstOf.get(c.article) ?? new Map<string, number>();
    let f = 0;
    for (const [t, n] of termCounts(terms)) f += n * (first.get(t) ?? 0);
    raw.set(c.id, { c: cv, f });
    cMax = Math.max(cMax, cv);
  }
  // F is normalised to the range of C, as MEAD scales its features to the maximum centroid score.
  const fMax = Math.max(1e-9, ...[...raw.values()].map((r) => r.f));
  const score = new Map<string, number>();
  for (const c of cands) {
    const r = raw.get(c.id)!;
    const n = lengths.get(c.article) ?? c.index + 1;
    const p = ((n - c.index) / n) * cMax;
    score.set(c.id, CENTROID.wc * r.c + CENTROID.wp * p + CENTROID.wf * (r.f / fMax) * cMax);
  }
  const wr = Math.max(0, ...score.values());
  const words = new Map(cands.map((c) => [c.id, stats.get(c.id)!.content]));
  const redundancy = (a: Candidate, b: Candidate): number => dice(words.get(a.id) ?? [], words.get(b.id) ?? []);
  const chosen: Candidate[] = [];
  let used = 0;
  const left = [...cands];
  while (left.length) {
    let best = -1;
    let bestScore = -Infinity;
    left.forEach((c, i) => {
      if (used + c.words > req.words) return;
      let pen = 0;
      for (const d of chosen) pen = Math.max(pen, redundancy(c, d));
      const s = (score.get(c.id) ?? 0) - wr * pen;
      if (s > bestScore + 1e-12) {
        best = i;
        bestScore = s;
      }
    });
    if (best < 0) break;
    const [c] = left.splice(best, 1);
    chosen.push(c);
    used += c.words;
  }
  return readingOrder(chosen, req);
};
