// The stopword list, loaded once from data/text/stopwords-en.txt (its header names the source).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

function load(): Set<string> {
  const text = readFileSync(dataPath('text/stopwords-en.txt'), 'utf8');
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

export const STOPWORDS: ReadonlySet<string> = load();
