// Small stories for the facts tests: Article objects from strings, a plain sentence splitter (so the facts
// finders are tested apart from the segmenter), and the Al-Qaim example as articles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Sentence } from '../../src/types.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function article(id: string, text: string, outlet: string | null = null): Article {
  return { id, path: `${id}.txt`, format: 'txt', title: null, text, regions: [], outlet, author: null, url: null, published: null, publishedBasis: null, cluster: null };
}

/** A simple splitter: lines, then sentence-final punctuation. */
export function split(a: Article): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const p of a.text.matchAll(/[^\n]+/g)) {
    for (const m of p[0].matchAll(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = (p.index ?? 0) + (m.index ?? 0) + lead;
      out.push({ id: `${a.id}:${out.length}`, article: a.id, index: out.length, paragraph, start, end: start + text.length, text });
    }
    paragraph++;
  }
  return out;
}

export function alQaim(): Article[] | null {
  const dir = join(repoRoot, 'examples', 'al-qaim');
  if (!existsSync(dir)) return null;
  return readdirSync(dir).sort().map((f) => article(f.slice(0, 3), readFileSync(join(dir, f), 'utf8')));
}
