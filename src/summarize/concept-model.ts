// Concept weights predicted from cluster statistics by a logistic model (the supervised bigram weighting of Li,
// Qian & Liu 2013, with a handful of features): the weight of a bigram is the predicted chance that a human
// summary of the cluster uses it. Coefficients are fitted on DUC 2003 by scripts/fit-summarize.ts and stored in
// data/summarize/concept-model.json (see data/summarize/README.md).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { conceptStats, type ConceptStat } from './concepts.js';

/** Feature names, in the order of the coefficient vector; each value is computed by `featureVector`. */
export const FEATURE_NAMES = [
  'bias',
  'dfShare', // share of the articles using the concept
  'dfShare2', // its square: agreement of most outlets counts more than linearly
  'logCount', // log(1 + sentences using it)
  'leadScore', // mean over articles of 1 / (1 + position of first use): news puts the point first
  'firstShare', // share of the articles using it in their first sentence
  'namedShare', // share of its uses inside a name
  'hasStop', // one of the two words is a stopword (weaker concept)
  'hasDigit', // a number (dates, counts)
] as const;

export function featureVector(st: ConceptStat, key: string, nDocs: number): number[] {
  const n = Math.max(1, nDocs);
  const share = st.df / n;
  let lead = 0;
  let first = 0;
  for (const p of st.positions) {
    lead += 1 / (1 + p);
    if (p === 0) first++;
  }
  return [1, share, share * share, Math.log(1 + st.count), lead / n, first / n, st.named / Math.max(1, st.count), st.stop ? 1 : 0, /\d/.test(key) ? 1 : 0];
}

export interface ConceptModel {
  features: string[];
  coefficients: number[];
}

export function predict(model: ConceptModel, x: number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += model.coefficients[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export interface ClusterConcepts {
  keys: string[];
  x: number[][];
}

/** Every concept of the cluster used by at least `minDf` articles, with its features. */
export function clusterConcepts(articles: readonly (readonly string[])[], minDf: number, stats: Map<string, ConceptStat> = conceptStats(articles)): ClusterConcepts {
  const keys: string[] = [];
  const x: number[][] = [];
  for (const [k, st] of stats) {
    if (st.df < minDf) continue;
    keys.push(k);
    x.push(featureVector(st, k, articles.length));
  }
  return { keys, x };
}

let cached: ConceptModel | null = null;

/** The fitted model shipped in data/summarize/concept-model.json. */
export function shippedModel(): ConceptModel {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(dataPath('summarize/concept-model.json'), 'utf8')) as Partial<ConceptModel>;
  const names = raw.features ?? [];
  if (names.join(',') !== FEATURE_NAMES.join(',') || (raw.coefficients ?? []).length !== FEATURE_NAMES.length) {
    throw new Error(`data/summarize/concept-model.json: expected features [${FEATURE_NAMES.join(', ')}], found [${names.join(', ')}]; rerun scripts/fit-summarize.ts`);
  }
  cached = { features: names, coefficients: raw.coefficients ?? [] };
  return cached;
}
