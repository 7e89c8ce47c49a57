// Sentence statistics the methods share: ROUGE-style tokens (lowercased runs of a-z0-9, Porter stems, as
// ROUGE-1.5.5 -m counts them, so that what a method optimises is what the evaluation measures), content stems,
// tf-idf vectors and cosine similarity.
import { porterStem } from '../eval/rouge/porter.js';
import { isStopword, termCounts } from '../text/words.js';
import type { TextMemo } from './memo.js';

const FEATURES = {
  /** ROUGE stems only tokens longer than this (shorter ones are kept verbatim). */
  stemMinExclusiveLength: 3,
} as const;

/** Porter stem of a lowercased token, memoized in the story's memo when given (the same words recur across a cluster). */
export function stemOf(token: string, memo?: TextMemo): string {
  let s = memo?.stems.get(token);
  if (s === undefined) {
    s = token.length > FEATURES.stemMinExclusiveLength ? porterStem(token) : token;
    memo?.stems.set(token, s);
  }
  return s;
}

/** A token that carries no content for the summarizer: a stopword (the one list, src/text/words.ts) or a single character. */
function carriesNoContent(token: string): boolean {
  return isStopword(token) || token.length < 2;
}

export interface SentenceStats {
  /** Every token, stemmed. */
  stems: string[];
  /** Whether each token is a stopword (parallel to `stems`). */
  stop: boolean[];
  /** Stems of the content tokens only. */
  content: string[];
  /** Whether each token was written with a capital first letter (parallel to `stems`). */
  caps: boolean[];
}

/** Tokens, stems, stopword and capital flags of a sentence (memoized in the story's memo when given: methods and features ask for the same text). */
export function sentenceStats(text: string, memo?: TextMemo): SentenceStats {
  const hit = memo?.stats.get(text);
  if (hit) return hit;
  // Tokens are cut from the original text so their case is known, then lowercased (as ROUGE's lowercase-then-cut
  // for every ASCII text).
  const raw = text.match(/[A-Za-z0-9]+/g) ?? [];
  const toks = raw.map((t) => t.toLowerCase());
  const stems = toks.map((t) => stemOf(t, memo));
  const stop = toks.map(carriesNoContent);
  const caps = raw.map((t) => t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90);
  const out = { stems, stop, content: stems.filter((_, i) => !stop[i]), caps };
  memo?.stats.set(text, out);
  return out;
}


/** A sparse vector with its Euclidean norm precomputed. */
export interface SparseVector {
  weights: Map<string, number>;
  norm: number;
}

export function sparse(weights: Map<string, number>): SparseVector {
  let s = 0;
  for (const v of weights.values()) s += v * v;
  return { weights, norm: Math.sqrt(s) };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small.weights) {
    const w = large.weights.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot / (a.norm * b.norm);
}

/** Inverse document frequency over a collection of term sets (sumy's form: log(N / (1 + df)), floored at 0). */
export function idfOf(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.max(0, Math.log(docs.length / (1 + n))));
  return idf;
}

/** tf-idf vector of a sentence: raw term frequency times idf. */
export function tfidf(terms: readonly string[], idf: Map<string, number>): SparseVector {
  const w = new Map<string, number>();
  for (const [t, n] of termCounts(terms)) w.set(t, n * (idf.get(t) ?? 0));
  return sparse(w);
}

/** Plain term-frequency vector (for redundancy checks, where rare words should not dominate). */
export function tfVector(terms: readonly string[]): SparseVector {
  return sparse(termCounts(terms));
}
