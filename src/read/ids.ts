// Stable, unique article ids. A file's id is its name without the extension, shortened to the part before the
// first `_` or `-` when that part alone tells the files apart (`000_ec57a5e7294e696e.txt` -> `000`); an id the
// input gives (JSON `id`, DOCNO) is kept as it is.
import type { Article, Warning } from '../types.js';
import { READ_LIMITS } from './limits.js';

export interface Draft extends Article {
  givenId: string | null;
  /** The file name without its extension. */
  stem: string;
}

function shortened(stems: string[]): string[] {
  const prefixes = stems.map((s) => /^([^_\s-]+)[_-]/.exec(s)?.[1] ?? null);
  if (prefixes.some((p) => p === null)) return stems;
  return new Set(prefixes).size === prefixes.length ? (prefixes as string[]) : stems;
}

/** Where to cut a text at most `max` long: the last line end in the last tenth, else the last space there, else `max`
 *  (never inside a surrogate pair). */
function cutAt(text: string, max: number): number {
  const floor = Math.floor(max * 0.9);
  const nl = text.lastIndexOf('\n', max);
  if (nl >= floor) return nl;
  const sp = text.lastIndexOf(' ', max);
  if (sp >= floor) return sp;
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

export function assignIds(drafts: Draft[], warnings: Warning[]): Article[] {
  const fromFiles = drafts.filter((d) => d.givenId === null);
  const short = shortened(fromFiles.map((d) => d.stem));
  const wanted = new Map<Draft, string>();
  fromFiles.forEach((d, i) => wanted.set(d, short[i]));
  const used = new Map<string, number>();
  return drafts.map((d) => {
    let id = d.givenId ?? wanted.get(d) ?? d.stem;
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    if (n > 1) id = `${id}~${n}`;
    const { givenId: _g, stem: _s, ...article } = d;
    let text = article.text;
    if (text.length > READ_LIMITS.maxArticleChars) {
      warnings.push({ file: d.path, article: id, reason: `article text of ${text.length} characters cut to ${READ_LIMITS.maxArticleChars} (READ_LIMITS.maxArticleChars)`, rule: 'read/too-long', cut: true });
      text = text.slice(0, cutAt(text, READ_LIMITS.maxArticleChars));
    }
    return { ...article, id, text };
  });
}
