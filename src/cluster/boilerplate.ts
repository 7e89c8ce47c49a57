// Lines a stream's pages print in story after story are its outlets' page furniture ("Follow us on Facebook",
// "Download our app for alerts"): left in, their words are shared by every page of every story those
// outlets carry, and the first line of a page without a title is read as its headline. The line rules of the
// cleaner (./features.ts, withoutFurniture) know the common kinds; this table learns the rest from the stream: a
// short line near a page's top or bottom that `minPages` different pages have printed is dropped from an article's
// features. Pages are told apart by their long lines (a page's signature: the least hash of their openings), not
// by the stories the clusterer made of them, so the table learns even while furniture still joins pages wrongly;
// a wire copy and its reprints, which share their paragraphs, are one page and keep their short lines. A stress
// copy of the fit streams with furniture lines naming one of 30 outlets: mix 0.727 -> 0.866, long tail 0.852 ->
// 0.901, ECB+ 0.754 -> 0.819 (with the outlet's name already taken out; clean: 0.866, 0.901, 0.829;
// docs/evaluation.md). The counts are the stream's state: they live in the engine and travel in its snapshot.

import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash.js';

export const BOILERPLATE = {
  /** Lines longer than this many words are not counted: furniture is short, a story's paragraphs are long. */
  maxWords: 20,
  /** Nor lines longer than this many characters (read without a scan). */
  maxChars: 200,
  /** Non-blank lines at the top and at the bottom of a page that are counted and may be taken out (furniture sits
   *  there; a story's own lines between them are not read). */
  edgeLines: 4,
  /** Different pages that must have printed a line before it counts as furniture. */
  minPages: 3,
  /** Characters of a long line's opening hashed into the page's signature. */
  signaturePrefix: 32,
  /** Lines counted before those of a single page are forgotten (bounded memory; also done at each sweep). */
  maxLines: 200_000,
} as const;

/** lineKey's answer for a line it does not count (keys are unsigned 32-bit numbers, never negative). */
const NONE = -1;

/**
 * A short line's key: an FNV-1a hash of its text with white space collapsed, ASCII letters lowercased and digits
 * read as 0 ("Copyright 2014" and "Copyright 2015" are one line), in one pass without a copy; NONE for a blank line
 * or one longer than `maxWords` or `maxChars`.
 */
function lineKey(text: string): number {
  if (text.length > BOILERPLATE.maxChars) return NONE;
  let h = FNV_OFFSET;
  let words = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      space = true;
      continue;
    }
    if (space || words === 0) {
      if (words > 0) h = Math.imul(h ^ 32, FNV_PRIME);
      if (++words > BOILERPLATE.maxWords) return NONE;
      space = false;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 49 && c <= 57) c = 48;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return words === 0 ? NONE : h >>> 0;
}

/** A line's count, packed in one number (no object per line): the pages that printed it, times 2^32, plus the last
 *  one's signature (an unsigned 32-bit number). */
const PAGE = 2 ** 32;
const pagesOf = (v: number) => Math.floor(v / PAGE);

/** FNV-1a over a long line's first characters, as they are (a reprint copies them exactly). */
const openingHash = (text: string): number => fnv1a(text, 0, Math.min(text.length, BOILERPLATE.signaturePrefix));

/**
 * How many different pages of the stream have printed each short line near a page's edge (by key). Read line by line
 * by the furniture pass (./features.ts, withoutFurniture): `begin`, `line` for each line it keeps, then `finish`.
 */
export class BoilerplateLines {
  private readonly printed = new Map<number, number>();
  /** Scratch of one article, reused: each kept line trimmed, its word count, and the key of each edge line. */
  private readonly trimmed: string[] = [];
  private readonly words: number[] = [];
  private readonly keys: number[] = [];
  /** The page's signature so far: the least opening hash of its long lines, or the xor of its short lines' keys. */
  private longSignature = NONE;

  begin(): void {
    this.trimmed.length = 0;
    this.words.length = 0;
    this.longSignature = NONE;
  }

  /** Notes the next kept line (trimmed, with its word count). */
  line(trimmed: string, words: number): void {
    this.trimmed.push(trimmed);
    this.words.push(words);
    if (trimmed !== '' && (words > BOILERPLATE.maxWords || trimmed.length > BOILERPLATE.maxChars)) {
      const h = openingHash(trimmed);
      if (this.longSignature === NONE || h < this.longSignature) this.longSignature = h;
    }
  }

  /** Whether a line's key is furniture: printed by `minPages` different pages. */
  private isFurniture(k: number): boolean {
    if (k === NONE) return false;
    const v = this.printed.get(k);
    return v !== undefined && pagesOf(v) >= BOILERPLATE.minPages;
  }

  /**
   * The kept lines joined, without the short lines near the top or the bottom that are furniture; then counts this
   * page's edge lines. Only the edge lines (up to BOILERPLATE.edgeLines non-blank ones at each end) are read at all:
   * furniture sits there, and a page's other lines cost nothing.
   */
  finish(kept: readonly string[]): string {
    const { trimmed, words, keys } = this;
    const n = trimmed.length;
    keys.length = n;
    let top = 0;
    let bottom = n;
    for (let i = 0, seen = 0; i < n && seen < BOILERPLATE.edgeLines; i++) if (trimmed[i] !== '') { top = i + 1; seen++; }
    for (let i = n - 1, seen = 0; i >= top && seen < BOILERPLATE.edgeLines; i--) if (trimmed[i] !== '') { bottom = i; seen++; }
    if (bottom < top) bottom = top;
    let short = 0;
    let any = false;
    for (let i = 0; i < n; i++) {
      if (i >= top && i < bottom) {
        keys[i] = NONE;
        continue;
      }
      const k = trimmed[i] === '' || words[i] > BOILERPLATE.maxWords ? NONE : lineKey(trimmed[i]);
      keys[i] = k;
      if (k === NONE) continue;
      short ^= k;
      if (!any && this.isFurniture(k)) any = true;
    }
    let out: string;
    if (!any) out = kept.join('\n');
    else {
      out = '';
      let first = true;
      for (let i = 0; i < kept.length; i++) {
        if (this.isFurniture(keys[i])) continue;
        out += first ? kept[i] : `\n${kept[i]}`;
        first = false;
      }
    }
    this.count(this.longSignature !== NONE ? this.longSignature : short >>> 0);
    return out;
  }

  /** Counts the page's edge lines, once each, for its signature. */
  private count(page: number): void {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === NONE) continue;
      const v = this.printed.get(k);
      if (v === undefined) this.printed.set(k, PAGE + page);
      else if (v % PAGE !== page) this.printed.set(k, (pagesOf(v) + 1) * PAGE + page);
    }
    if (this.printed.size > BOILERPLATE.maxLines) this.prune();
  }

  /** Forgets the lines one page alone has printed (the engine's sweep, and past `maxLines`). */
  prune(): void {
    for (const [k, v] of this.printed) if (pagesOf(v) <= 1) this.printed.delete(k);
  }

  /** The counts, as JSON-safe data (the engine's snapshot). */
  entries(): [number, number, number][] {
    return [...this.printed].map(([k, v]) => [k, pagesOf(v), v % PAGE]);
  }

  static from(entries: readonly [number, number, number][] = []): BoilerplateLines {
    const b = new BoilerplateLines();
    for (const [k, pages, last] of entries) b.printed.set(k, pages * PAGE + last);
    return b;
  }
}
