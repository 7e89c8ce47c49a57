// Chorus's default method: greedy maximisation of weighted concept coverage under the word budget (the
// submodular objective of Gillick & Favre's concept model and Lin & Bilmes, solved greedily with the
// cost-scaled gain). Concepts are content-word bigrams; a concept's weight is the number of articles using it,
// so what several outlets say counts more, and a concept counts once however many sentences repeat it.
import { contentWords } from '../text/words.js';
import { fillBudget, readingOrder } from './budget.js';
import type { Candidate, Summarizer } from './types.js';

const COVERAGE = {
  /** Concepts used by fewer articles than this carry no weight (unless the story has a single article). */
  minDocFrequency: 2,
  /** Exponent on the word cost in the greedy gain (Lin & Bilmes' r): below 1 favours longer sentences. */
  costExponent: 0.6,
  /** Bonus for early sentences (leads carry the news), decaying with position. */
  positionWeight: 0.15,
  /** Sentences shorter than this are rarely informative in a summary. */
  minWords: 8,
} as const;

function concepts(text: string): string[] {
  const w = contentWords(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(`${w[i]} ${w[i + 1]}`);
  for (const x of w) out.push(x);
  return [...new Set(out)];
}

export const coverage: Summarizer = (req) => {
  const df = new Map<string, number>();
  for (const a of req.articles) {
    const seen = new Set<string>();
    for (const s of a.sentences) for (const c of concepts(s)) seen.add(c);
    for (const c of seen) df.set(c, (df.get(c) ?? 0) + 1);
  }
  const minDf = req.articles.length > 1 ? COVERAGE.minDocFrequency : 1;
  const weight = (c: string) => {
    const d = df.get(c) ?? 0;
    if (d < minDf) return 0;
    return c.includes(' ') ? d * 1.5 : d * 0.5;
  };
  const cands = req.candidates.filter((c) => c.words >= COVERAGE.minWords && !/^["“]?[a-z]/.test(c.text));
  const conceptsOf = new Map(cands.map((c) => [c.id, concepts(c.text)]));
  const covered = new Set<string>();
  const chosen: Candidate[] = [];
  let used = 0;
  const remaining = new Set(cands);
  while (remaining.size > 0) {
    let best: Candidate | null = null;
    let bestGain = 0;
    for (const c of remaining) {
      if (used + c.words > req.words) continue;
      let gain = 0;
      for (const k of conceptsOf.get(c.id) ?? []) if (!covered.has(k)) gain += weight(k);
      gain *= 1 + COVERAGE.positionWeight / (1 + c.index);
      const scaled = gain / Math.pow(c.words, COVERAGE.costExponent);
      if (scaled > bestGain + 1e-12 || (best && Math.abs(scaled - bestGain) <= 1e-12 && c.id < best.id)) {
        best = c;
        bestGain = scaled;
      }
    }
    if (!best) break;
    chosen.push(best);
    used += best.words;
    remaining.delete(best);
    for (const k of conceptsOf.get(best.id) ?? []) covered.add(k);
  }
  if (chosen.length === 0) return readingOrder(fillBudget(req.candidates, req.words), req);
  return readingOrder(chosen, req);
};
