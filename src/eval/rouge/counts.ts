/** n-gram and skip-bigram bags of ROUGE-1.5.5 (createNGram, createSkipBigram, ngramScore). */

export interface GramBag {
  grams: Map<string, number>;
  /** The Perl's "_cn_": number of grams generated. */
  count: number;
}

/** Contiguous n-grams across the whole text (sentence boundaries are not respected, as in the Perl). */
export function ngramBag(tokens: readonly string[], n: number): GramBag {
  const grams = new Map<string, number>();
  let count = 0;
  for (let i = 0; i <= tokens.length - n; i++) {
    const gram = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    count++;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { grams, count };
}

/**
 * Skip-bigrams with at most skipDistance words between (negative = unlimited); with unigrams
 * (-u), each token but the last is also counted alone: the Perl's loop stops one token early.
 */
export function skipBigramBag(tokens: readonly string[], skipDistance: number, withUnigrams: boolean): GramBag {
  const grams = new Map<string, number>();
  let count = 0;
  const last = tokens.length - 1;
  for (let i = 0; i < last; i++) {
    if (withUnigrams) {
      count++;
      grams.set(tokens[i], (grams.get(tokens[i]) ?? 0) + 1);
    }
    for (let j = i + 1; j <= last && (skipDistance < 0 || j <= i + skipDistance + 1); j++) {
      const gram = `${tokens[i]} ${tokens[j]}`;
      count++;
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
  }
  return { grams, count };
}

/** Co-occurrences, each model gram clipped at its count in the peer. */
export function clippedHits(model: GramBag, peer: GramBag): number {
  let hit = 0;
  for (const [gram, m] of model.grams) {
    const p = peer.grams.get(gram);
    if (p !== undefined) hit += p <= m ? p : m;
  }
  return hit;
}
