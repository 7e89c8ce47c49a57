// Loads the curated lexicons of data/lexicons/ once (static data shared by every story, not per-story state), from
// the package's data folder as every data file is found (./data-path.ts), from src/, dist/ and the CLI bundle alike.
// The one loader for the facts stages' word lists and the cleaner's call-to-action words.
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

const cache = new Map<string, unknown>();

/** The parsed JSON of data/lexicons/<file>, read once. */
export function loadLexicon<T>(file: string): T {
  const hit = cache.get(file);
  if (hit !== undefined) return hit as T;
  const path = dataPath(`lexicons/${file}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`expected valid JSON in lexicon ${path}, found: ${(err as Error).message}`);
  }
  cache.set(file, parsed);
  return parsed as T;
}
