// Concepts for the coverage model: stemmed word bigrams (ROUGE tokens, Porter stems), leaving out bigrams of two
// stopwords, counted per article (document frequency) as Gillick & Favre's ICSI summarizer does.
import { sentenceStats } from './features.js';

/** The distinct concept keys of one sentence. */
export function conceptsOf(text: string): string[] {
  const { stems, stop } = sentenceStats(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) {
    if (stop[i] && stop[i + 1]) continue;
    out.add(`${stems[i]} ${stems[i + 1]}`);
  }
  return [...out];
}

export interface ConceptStats {
  /** Number of articles using the concept. */
  df: Map<string, number>;
  /** For each article using it, the position (0 = first kept sentence) of its first use there. */
  positions: Map<string, number[]>;
  /** Total occurrences (sentences) in the cluster. */
  count: Map<string, number>;
}

export function conceptStats(articles: readonly (readonly string[])[]): ConceptStats {
  const df = new Map<string, number>();
  const positions = new Map<string, number[]>();
  const count = new Map<string, number>();
  for (const sents of articles) {
    const seen = new Set<string>();
    sents.forEach((s, i) => {
      for (const k of conceptsOf(s)) {
        count.set(k, (count.get(k) ?? 0) + 1);
        if (seen.has(k)) continue;
        seen.add(k);
        df.set(k, (df.get(k) ?? 0) + 1);
        const p = positions.get(k);
        if (p) p.push(i);
        else positions.set(k, [i]);
      }
    });
  }
  return { df, positions, count };
}
