/**
 * The two word lists ROUGE-1.5.5 reads from its data directory: the SMART stopwords (-s) and the
 * WordNet 2.0 exception database (-m). Loaded once from data/rouge and cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUGE } from './constants.js';

let dataDirCache: string | undefined;

/** data/rouge of the repository, found by walking up from this module (works from src and dist). */
export function rougeDataDir(): string {
  if (dataDirCache) return dataDirCache;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'data', 'rouge');
    if (existsSync(path.join(candidate, 'smart_common_words.txt'))) return (dataDirCache = candidate);
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `ROUGE data not found: expected data/rouge/smart_common_words.txt above ${path.dirname(fileURLToPath(import.meta.url))}, found none`,
      );
    }
    dir = parent;
  }
}

let stopwordsCache: Set<string> | undefined;
let exceptionsCache: Map<string, string> | undefined;

/** The SMART stopword list, one word per line (Perl: chomp, exact match). */
export function stopwords(): Set<string> {
  if (stopwordsCache) return stopwordsCache;
  const text = readFileSync(path.join(rougeDataDir(), 'smart_common_words.txt'), 'latin1');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return (stopwordsCache = new Set(lines));
}

/** inflected form -> base form, as buildExceptionDB.pl stores it (first two columns). */
export function exceptions(): Map<string, string> {
  if (exceptionsCache) return exceptionsCache;
  const map = new Map<string, string>();
  for (const file of ROUGE.exceptionFiles) {
    const text = readFileSync(path.join(rougeDataDir(), 'WordNet-2.0-Exceptions', file), 'latin1');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const cols = line.split(ROUGE.perlSpace);
      if (cols.length >= 2 && cols[0] !== '') map.set(cols[0], cols[1]);
    }
  }
  return (exceptionsCache = map);
}
