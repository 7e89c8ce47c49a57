// Words as the statistical stages see them: lowercased runs of letters and digits (as ROUGE tokenizes), a
// light suffix-stripping stem so "forces"/"force" and "captured"/"capture" meet, and a stopword list.
import { STOPWORDS } from './stopwords.js';
import { textScope } from './scope.js';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lowercased word tokens, in order, a possessive's 's dropped. */
export function tokens(text: string): string[] {
  const out = text.toLowerCase().match(TOKEN) ?? [];
  // In place (the array is this call's own), testing the last two characters: no second array, no regex per word.
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const n = t.length;
    if (n > 1 && t.charCodeAt(n - 1) === 115 && (t.charCodeAt(n - 2) === 39 || t.charCodeAt(n - 2) === 0x2019)) out[i] = t.slice(0, -2);
  }
  return out;
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

/**
 * Stemmed content words (no stopwords, no bare numbers of one digit). Memoized in the story's text scope (the same
 * sentence is read by the cleaner, the grouper and the summarizer). The array is shared: do not modify it.
 */
export function contentWords(text: string): readonly string[] {
  const memo = textScope()?.contentWords;
  const hit = memo?.get(text);
  if (hit) return hit;
  const out = computeContentWords(text);
  memo?.set(text, out);
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
  // Runs of non-space characters, in one pass without building the array: the cleaner counts every line several times.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a UTF-16 code unit is white space as JavaScript's `\s` and `trim()` read it (WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How often each term occurs. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Dice overlap of two term bags given with their sizes: twice the shared (clipped) count over the total. */
export function diceOfCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, sizeA: number, sizeB: number): number {
  let common = 0;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w) common += Math.min(v, w);
  }
  const total = sizeA + sizeB;
  return total ? (2 * common) / total : 0;
}

/** Dice overlap of two term lists (near-duplicate and redundancy tests). */
export function dice(a: readonly string[], b: readonly string[]): number {
  return diceOfCounts(termCounts(a), termCounts(b), a.length, b.length);
}

/** How often each run of n consecutive tokens occurs (keys are the tokens joined by a space). */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Strings in code-unit order: the same under every locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
