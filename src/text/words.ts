// Words as the statistical stages see them: lowercased runs of letters and digits (as ROUGE tokenizes), a
// light suffix-stripping stem so "forces"/"force" and "captured"/"capture" meet, and a stopword list.
import { STOPWORDS } from './stopwords.js';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lowercased word tokens, in order. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((t) => t.replace(/['’]s$/, ''));
}

/** A light stemmer (plural and verb endings); enough for overlap counting, not for display. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Memo of contentWords: the same sentence is looked at by the cleaner, the grouper and the summarizer. */
const contentMemo = new Map<string, string[]>();
const CONTENT_MEMO_MAX = 100_000;

/** Stemmed content words (no stopwords, no bare numbers of one digit). The array is shared: do not modify it. */
export function contentWords(text: string): readonly string[] {
  const hit = contentMemo.get(text);
  if (hit) return hit;
  if (contentMemo.size >= CONTENT_MEMO_MAX) contentMemo.clear();
  const out = computeContentWords(text);
  contentMemo.set(text, out);
  return out;
}

function computeContentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (STOPWORDS.has(t) || (t.length < 2 && !/\d/.test(t))) continue;
    out.push(stem(t));
  }
  return out;
}

/** Whitespace-separated words, as ROUGE's -l limit and `--words N` count them. */
export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
