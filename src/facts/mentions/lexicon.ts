// Loads the curated lexicons of data/lexicons/ once (static data shared by every story, not per-story state). The folder is found by walking up from this module, so the
// same code works from src/ (tsx) and from dist/src/ (compiled) without copying data next to the code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEXICON_DIR = join('data', 'lexicons');
/** How many folders up from this module to look for data/lexicons (src/facts -> repo is 2, dist/src/facts is 3). */
const MAX_LEVELS_UP = 5;

let lexiconRoot: string | null = null;
const cache = new Map<string, unknown>();

function findLexiconRoot(): string {
  if (lexiconRoot) return lexiconRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const candidate = join(dir, LEXICON_DIR);
    if (existsSync(join(candidate, 'README.md'))) return (lexiconRoot = candidate);
    dir = dirname(dir);
  }
  throw new Error(`expected a folder ${LEXICON_DIR} within ${MAX_LEVELS_UP} levels above ${fileURLToPath(import.meta.url)}, found none`);
}

/** The parsed JSON of data/lexicons/<file>, read once. */
export function loadLexicon<T>(file: string): T {
  const hit = cache.get(file);
  if (hit !== undefined) return hit as T;
  const path = join(findLexiconRoot(), file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`expected valid JSON in lexicon ${path}, found: ${(err as Error).message}`);
  }
  cache.set(file, parsed);
  return parsed as T;
}
