// Chorus's default method: exact budgeted coverage of weighted concepts (the concept model of Gillick & Favre's
// ICSI summarizer, solved exactly by branch-bound.ts). Concepts are stemmed bigrams. Their weights are either
// predicted by the fitted logistic model (concept-model.ts: how many articles use a bigram, how early, in names...),
// or, with `weighting: 'heuristic'`, document frequency plus a bonus for early use.
import { readingOrder } from './budget.js';
import { branchAndBound } from './branch-bound.js';
import { featureVector, predict, shippedModel, type ConceptModel } from './concept-model.js';
import { conceptsOf, conceptStats, type ConceptStat } from './concepts.js';
import type { CoverItem } from './cover.js';
import type { Candidate, Summarizer, SummaryRequest } from './types.js';
import { PERSON_PRONOUNS } from '../text/pronouns.js';

export interface ChorusParams {
  weighting: 'model' | 'heuristic';
  /** Sentences shorter than this are not extracted (ICSI drops sentences under 10 words). */
  minWords: number;
  /** Share of the articles a concept must appear in to be a concept at all (ICSI: 3 of 10). */
  minDfShare: number;
  /** Concepts kept for the search, heaviest first (bounds the work). */
  maxConcepts: number;
  /** Heuristic weighting: df plus, per article using it, positionBonus / (1 + position / positionScale). */
  positionBonus: number;
  positionScale: number;
  /**
   * Leave out sentences that open with a quotation mark. Off by default: on DUC 2003 it changes nothing (R-1 41.60
   * with, 41.59 without), on the Multi-News digests quotes carry facts the human summaries keep (R-1 44.91 with,
   * 45.62 without). The headline never is a quote (headline.ts).
   */
  skipQuotes: boolean;
  /**
   * Leave out sentences whose subject is a personal pronoun ("He went on...", "They said..."): out of their
   * article, nobody knows who "he" is (dangling anaphora).
   */
  skipDanglingPronouns: boolean;
}

export const CHORUS: ChorusParams = {
  weighting: 'model',
  minWords: 10,
  minDfShare: 0.3,
  maxConcepts: 200,
  positionBonus: 3,
  positionScale: 1,
  skipQuotes: false,
  skipDanglingPronouns: true,
};

const QUOTE_START = /^["“'‘`]/;
/** A pronoun for a person first ("He said", "Their plan"): the sentence leans on an earlier one naming the person. */
const PERSON_PRONOUN_START = new RegExp(`^(?:${PERSON_PRONOUNS.join('|')})\\b`, 'i');

/** Whether a sentence may be extracted at all under the parameters (length aside). */
function extractable(c: Candidate, p: ChorusParams): boolean {
  if (p.skipQuotes && QUOTE_START.test(c.text)) return false;
  if (p.skipDanglingPronouns && PERSON_PRONOUN_START.test(c.text)) return false;
  return true;
}

function minDfOf(nDocs: number, share: number): number {
  if (share <= 0) return 1;
  return nDocs <= 1 ? 1 : Math.max(2, Math.round(share * nDocs));
}

// The headline, the summary and the digest of one story ask for the statistics of the same articles: computed once
// per story, in the story's memo (the pipeline hands every request of a story the same one).
function statsOf(req: SummaryRequest): Map<string, ConceptStat> {
  const compute = () => conceptStats(req.articles.map((a) => a.sentences), req.memo);
  if (!req.memo) return compute();
  return (req.memo.conceptStats ??= compute());
}

/** Concept weights of a cluster under the given parameters (and model, for `weighting: 'model'`). */
export function conceptWeights(req: SummaryRequest, p: ChorusParams, model?: ConceptModel): Map<string, number> {
  // Memoized for the shipped model only (a model passed in, as the fitting script does, may change between calls).
  if (model || !req.memo) return computeWeights(req, p, model);
  const key = `${p.weighting} ${minDfOf(req.articles.length, p.minDfShare)} ${p.positionBonus} ${p.positionScale}`;
  let hit = req.memo.weights.get(key);
  if (!hit) req.memo.weights.set(key, (hit = computeWeights(req, p)));
  return hit;
}

function computeWeights(req: SummaryRequest, p: ChorusParams, model?: ConceptModel): Map<string, number> {
  const articles = req.articles.map((a) => a.sentences);
  const minDf = minDfOf(articles.length, p.minDfShare);
  const weight = new Map<string, number>();
  const stats = statsOf(req);
  if (p.weighting === 'model') {
    const m = model ?? shippedModel();
    // The concepts of clusterConcepts(), each predicted as its features are made: the fitting script keeps them
    // all, which for a story of 1,000 articles is some 300,000 vectors alive at once.
    for (const [k, st] of stats) if (st.df >= minDf) weight.set(k, predict(m, featureVector(st, k, articles.length)));
    return weight;
  }
  for (const [k, st] of stats) {
    if (st.df < minDf) continue;
    let w = articles.length <= 1 ? st.count : st.df;
    for (const pos of st.positions) w += p.positionBonus / (1 + pos / p.positionScale);
    weight.set(k, w);
  }
  return weight;
}

export function chorusWith(p: ChorusParams, model?: ConceptModel): Summarizer {
  return (req) => {
    const weight = conceptWeights(req, p, model);
    const kept = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, p.maxConcepts);
    const index = new Map(kept.map(([k], i) => [k, i]));
    const weights = kept.map(([, w]) => w);
    const cands: Candidate[] = [];
    const items: CoverItem[] = [];
    for (const c of req.candidates) {
      if (c.words < p.minWords || c.words > req.words || !extractable(c, p)) continue;
      const ks = conceptsOf(c.text, req.memo).map((k) => index.get(k)).filter((i): i is number => i !== undefined);
      if (ks.length === 0) continue;
      cands.push(c);
      items.push({ cost: c.words, concepts: ks });
    }
    const chosen = branchAndBound(items, weights, req.words, undefined, req.stop).chosen.map((j) => cands[j]);
    return readingOrder(fillRest(req, p, chosen, model), req);
  };
}

/**
 * When few concepts are shared (two or three articles, long budgets) the exact solve can leave much of the budget
 * unused. The rest is filled greedily by the gain in weight of concepts used by any article (model weights with
 * no document-frequency floor), per word, counting only concepts the summary does not cover yet, so a filler
 * never repeats what is there.
 */
function fillRest(req: SummaryRequest, p: ChorusParams, chosen: Candidate[], model?: ConceptModel): Candidate[] {
  let used = chosen.reduce((s, c) => s + c.words, 0);
  if (req.words - used < p.minWords) return chosen;
  const weight = conceptWeights(req, { ...p, minDfShare: 0 }, model);
  const covered = new Set(chosen.flatMap((c) => conceptsOf(c.text, req.memo)));
  const taken = new Set(chosen.map((c) => c.id));
  const out = [...chosen];
  // Lazy greedy (Minoux): a filler's gain only falls as the summary covers more, and a filler that no longer fits
  // or repeats the summary never comes back, so the last computed gain is an upper bound. Candidates wait in a
  // max-heap on that bound (ties to reading order) and are recomputed only when they reach the top.
  const gainOf = (c: Candidate, ks: readonly string[]): number => {
    if (used + c.words > req.words) return -1;
    let g = 0;
    let fresh = 0;
    for (const k of ks) {
      if (covered.has(k)) continue;
      g += weight.get(k) ?? 0;
      fresh++;
    }
    // A sentence most of whose bigrams are already covered repeats the summary.
    if (fresh / ks.length < FILL.minFreshShare) return -1;
    return g / c.words;
  };
  const heap: { c: Candidate; ks: string[]; gain: number; order: number }[] = [];
  const above = (a: (typeof heap)[number], b: (typeof heap)[number]) => a.gain > b.gain + 1e-12 || (Math.abs(a.gain - b.gain) <= 1e-12 && a.order < b.order);
  const push = (x: (typeof heap)[number]) => {
    heap.push(x);
    for (let i = heap.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!above(heap[i], heap[up])) break;
      [heap[i], heap[up]] = [heap[up], heap[i]];
      i = up;
    }
  };
  const pop = (): (typeof heap)[number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && above(heap[l], heap[m])) m = l;
        if (r < heap.length && above(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  req.candidates.forEach((c, order) => {
    if (taken.has(c.id) || c.words < p.minWords || c.words > req.words || !extractable(c, p)) return;
    const ks = conceptsOf(c.text, req.memo);
    if (ks.length === 0) return;
    const gain = gainOf(c, ks);
    if (gain > 0) push({ c, ks, gain, order });
  });
  for (;;) {
    const top = pop();
    if (!top) return out;
    const gain = gainOf(top.c, top.ks);
    if (gain <= 0) continue;
    const next = heap[0];
    if (next && !above({ ...top, gain }, next)) {
      push({ ...top, gain });
      continue;
    }
    out.push(top.c);
    taken.add(top.c.id);
    used += top.c.words;
    for (const k of top.ks) covered.add(k);
  }
}

const FILL = {
  /** Share of a filler sentence's bigrams that must be new to the summary. */
  minFreshShare: 0.7,
} as const;

export const chorus: Summarizer = chorusWith(CHORUS);
