// The background document frequencies of data/cluster/background-df.json (built by
// scripts/build-cluster-background.ts from the fit parts of the dev streams only): how common each term and name
// is in news at large. An online clusterer counts document frequency from the stream so far, so its first
// articles see a cold vocabulary ("said" and "year" as rare as the event's own names); the background is mixed in
// as `backgroundDocs` pseudo-documents (src/cluster/settings.ts), which the stream's own counts soon outweigh.
// Static data read once and shared by every engine (not per-story state).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Background {
  /** Documents the table was counted over. */
  docs: number;
  /** Key (a term stem, or a name under the engine's name prefix) -> documents holding it (2 or more). */
  df: ReadonlyMap<string, number>;
}

/** The file's format. */
export interface BackgroundFile {
  docs: number;
  df: Record<string, number>;
}

export const BACKGROUND_FILE = join('data', 'cluster', 'background-df.json');
/** Folders up from this module to look for the data folder (src/cluster -> repo is 2, dist/src/cluster is 3). */
const MAX_LEVELS_UP = 5;

export const EMPTY_BACKGROUND: Background = Object.freeze({ docs: 0, df: new Map<string, number>() });

let loaded: Background | null = null;

/** The shipped background table, read once. */
export function defaultBackground(): Background {
  if (loaded) return loaded;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const file = join(dir, BACKGROUND_FILE);
    if (existsSync(file)) {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as BackgroundFile;
      if (!(raw.docs > 0) || typeof raw.df !== 'object') throw new Error(`expected {docs, df} in ${file}`);
      return (loaded = { docs: raw.docs, df: new Map(Object.entries(raw.df)) });
    }
    dir = dirname(dir);
  }
  throw new Error(`expected ${BACKGROUND_FILE} within ${MAX_LEVELS_UP} levels above ${fileURLToPath(import.meta.url)}, found none; run \`node --import tsx scripts/build-cluster-background.ts\``);
}
