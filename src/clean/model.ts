// The line model: a logistic regression over the features of src/clean/features.ts, whose weights are fitted
// by scripts/fit-cleaner.ts and ship in data/clean/line-model.json. Inputs are standardized with the means and
// spreads of the training lines (stored beside the weights). It holds numbers only: no word identity.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { FEATURES } from './features.js';

/** Two regressions: one for passages (lines shaped like prose), one for everything else (furniture-shaped lines). */
export interface LineModels {
  features: string[];
  /** A line is a passage when it ends like a sentence and has at least this many words. */
  passageMinWords: number;
  passage: LineModel;
  line: LineModel;
}

export interface LineModel {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Probability at or above which a line is removed (chosen by the fit for the story-loss budget). */
  threshold: number;
}

let model: LineModels | null = null;

export function loadLineModel(): LineModels {
  if (model) return model;
  const m = JSON.parse(readFileSync(dataPath('clean/line-model.json'), 'utf8')) as LineModels;
  if (m.features.join() !== FEATURES.join()) throw new Error('data/clean/line-model.json was fitted for other features: run scripts/fit-cleaner.ts');
  model = m;
  return model;
}

export function standardize(m: Pick<LineModel, 'mean' | 'std'>, x: number[]): number[] {
  return x.map((v, i) => (v - m.mean[i]) / (m.std[i] || 1));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability that a line is noise. */
export function noiseProbability(m: LineModel, x: number[]): number {
  const z = standardize(m, x);
  let s = m.bias;
  for (let i = 0; i < z.length; i++) s += m.weights[i] * z[i];
  return sigmoid(s);
}

