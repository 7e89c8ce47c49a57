// Chorus's default method: exact budgeted coverage of weighted concepts (ICSI's concept model, solved exactly by
// branch-bound.ts). Concepts are stemmed bigrams; a concept's weight grows with the number of articles using it
// (what several outlets say is what the story is about) and with how early those articles use it (news leads).
import { readingOrder } from './budget.js';
import { branchAndBound } from './branch-bound.js';
import { conceptsOf, conceptStats } from './concepts.js';
import type { CoverItem } from './cover.js';
import type { Candidate, Summarizer, SummaryRequest } from './types.js';

export interface ChorusParams {
  /** Sentences shorter than this are not extracted (ICSI drops sentences under 10 words). */
  minWords: number;
  /** Share of the articles a concept must appear in to carry weight (ICSI: 3 of 10). */
  minDfShare: number;
  /** Concepts kept for the search, heaviest first (bounds the work). */
  maxConcepts: number;
  /** Exponent on document frequency. */
  dfPower: number;
  /** Extra weight of an article's use of a concept in its first sentences: positionBonus / (1 + position / positionScale). */
  positionBonus: number;
  positionScale: number;
  /** Leave out sentences that open with a quotation mark (quotes are rarely summary material). */
  skipQuotes: boolean;
}

export const CHORUS: ChorusParams = {
  minWords: 10,
  minDfShare: 0.3,
  maxConcepts: 200,
  dfPower: 1,
  positionBonus: 0,
  positionScale: 3,
  skipQuotes: false,
};

const QUOTE_START = /^["“'‘`]/;

export function conceptWeights(req: SummaryRequest, p: ChorusParams): Map<string, number> {
  const stats = conceptStats(req.articles.map((a) => a.sentences));
  const nDocs = req.articles.length;
  const minDf = nDocs <= 1 ? 1 : Math.max(2, Math.round(p.minDfShare * nDocs));
  const weight = new Map<string, number>();
  for (const [k, d] of stats.df) {
    if (d < minDf) continue;
    let w = nDocs <= 1 ? stats.count.get(k) ?? 1 : Math.pow(d, p.dfPower);
    if (p.positionBonus) for (const pos of stats.positions.get(k) ?? []) w += p.positionBonus / (1 + pos / p.positionScale);
    weight.set(k, w);
  }
  return weight;
}

export function chorusWith(p: ChorusParams): Summarizer {
  return (req) => {
    const weight = conceptWeights(req, p);
    const kept = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, p.maxConcepts);
    const index = new Map(kept.map(([k], i) => [k, i]));
    const weights = kept.map(([, w]) => w);
    const cands: Candidate[] = [];
    const items: CoverItem[] = [];
    for (const c of req.candidates) {
      if (c.words < p.minWords || c.words > req.words) continue;
      if (p.skipQuotes && QUOTE_START.test(c.text)) continue;
      const ks = conceptsOf(c.text).map((k) => index.get(k)).filter((i): i is number => i !== undefined);
      if (ks.length === 0) continue;
      cands.push(c);
      items.push({ cost: c.words, concepts: ks });
    }
    const chosen = branchAndBound(items, weights, req.words).chosen.map((j) => cands[j]);
    return readingOrder(chosen, req);
  };
}

export const chorus: Summarizer = chorusWith(CHORUS);
