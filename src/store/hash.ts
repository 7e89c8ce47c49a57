// Content keys: an article's hash covers what the pipeline reads of it (not where it came from), so the same
// article posted twice, or read from two paths, is one; a brief's key covers its articles and the options.
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

export function articleHash(a: Article): string {
  const content = [a.title, a.text, a.outlet, a.author, a.url, a.published, a.format];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Key of a derived result: its kind and version, the options, and the articles' ids and hashes in order. */
export function contentKey(kind: string, options: unknown, articles: readonly { id: string; hash: string }[]): string {
  const h = createHash('sha256').update(JSON.stringify([kind, options]));
  for (const a of articles) h.update(`\n${a.id}\t${a.hash}`);
  return `${kind}:${h.digest('hex')}`;
}
