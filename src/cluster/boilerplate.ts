// Lines a stream has printed in article after article are its outlets' page furniture ("Follow us on Facebook",
// "Download our app for breaking news alerts"): left in, their words are shared by every page of every story those
// outlets carry, and the first line of a page without a title is read as its headline. The line rules of the
// cleaner (./features.ts, withoutFurniture) know the common kinds; this table learns the rest from the stream: a short
// line that earlier articles have printed `minArticles` times is dropped from an article's features, unless every
// line of the article has been (a reprint: its lines are its story's, and it is one). A stress copy of the fit streams
// with furniture lines naming one of 30 outlets: mix 0.727 -> 0.778, long tail 0.852 -> 0.878, ECB+ 0.754 -> 0.819
// (with the outlet's name already taken out; docs/evaluation.md). The counts are the stream's state: they live in
// the engine and travel in its snapshot.

export const BOILERPLATE = {
  /** Lines longer than this many words are not counted: furniture is short, a story's paragraphs are long. */
  maxWords: 20,
  /** Nor lines longer than this many characters (read without a scan: a long paragraph costs nothing). */
  maxChars: 200,
  /** Non-blank lines at the top and at the bottom of a page that are counted and judged (furniture sits there;
   *  a story's own paragraphs are the lines between, and cost nothing here). */
  edgeLines: 4,
  /** Earlier articles that must have printed a line before it counts as furniture. */
  minArticles: 3,
  /** Lines counted before those printed once are forgotten (bounded memory; also done at each sweep). */
  maxLines: 200_000,
} as const;

/** lineKey's answers for lines it does not count (keys are unsigned 32-bit numbers, never negative). */
const EMPTY = -1;
const LONG = -2;

/**
 * A line's key: an FNV-1a hash of its text with white space collapsed, ASCII letters lowercased and digits read as
 * 0 ("Copyright 2014" and "Copyright 2015" are one line), in one pass without a copy; EMPTY for a blank line, LONG
 * for one of more than `maxWords` words (neither is counted).
 */
function lineKey(text: string, start: number, end: number): number {
  if (end - start > BOILERPLATE.maxChars) return LONG;
  let h = 0x811c9dc5;
  let words = 0;
  let space = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      space = true;
      continue;
    }
    if (space || words === 0) {
      if (words > 0) h = Math.imul(h ^ 32, 0x01000193);
      if (++words > BOILERPLATE.maxWords) return LONG;
      space = false;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 49 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return words === 0 ? EMPTY : h >>> 0;
}

/**
 * How many articles of the stream have printed each short line near a page's top or bottom (by key), where page
 * furniture sits. Read line by line by the furniture pass (./features.ts, withoutFurniture): `begin`, then `line`
 * for each line it keeps, then `finish` with those lines.
 */
export class BoilerplateLines {
  private readonly printed = new Map<number, number>();
  /** Scratch of one article, reused: each kept line trimmed, its word count, and the keys of the edge lines. */
  private readonly trimmed: string[] = [];
  private readonly words: number[] = [];
  private readonly keys: number[] = [];
  private readonly mine = new Set<number>();

  begin(): void {
    this.trimmed.length = 0;
    this.words.length = 0;
  }

  /** Notes the next kept line (trimmed, with its word count). */
  line(trimmed: string, words: number): void {
    this.trimmed.push(trimmed);
    this.words.push(words);
  }

  /** The kept lines joined, without the edge lines the stream has printed `minArticles` times before, unless every
   *  counted line has been (a reprint); counts this article's edge lines. */
  finish(kept: readonly string[]): string {
    const { trimmed, words, keys, mine, printed } = this;
    const n = trimmed.length;
    keys.length = n;
    // The non-blank lines at the top and the bottom, up to BOILERPLATE.edgeLines each.
    let lines = 0;
    let common = 0;
    let top = 0;
    for (let i = 0; i < n; i++) keys[i] = EMPTY;
    for (let i = 0; i < n && top < BOILERPLATE.edgeLines; i++) if (trimmed[i] !== '') { keys[i] = this.keyOf(i); top++; }
    let bottom = 0;
    for (let i = n - 1; i >= 0 && bottom < BOILERPLATE.edgeLines; i--) if (trimmed[i] !== '' && keys[i] === EMPTY) { keys[i] = this.keyOf(i); bottom++; } else if (trimmed[i] !== '') bottom++;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (k === EMPTY) continue;
      lines++;
      if (k >= 0 && (printed.get(k) ?? 0) >= BOILERPLATE.minArticles) common++;
    }
    let out: string | null = null;
    if (common > 0 && common < lines) {
      out = '';
      let first = true;
      for (let i = 0; i < kept.length; i++) {
        const k = keys[i];
        if (k >= 0 && (printed.get(k) ?? 0) >= BOILERPLATE.minArticles) continue;
        out += first ? kept[i] : `\n${kept[i]}`;
        first = false;
      }
    }
    mine.clear();
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (k < 0 || mine.has(k)) continue;
      mine.add(k);
      printed.set(k, (printed.get(k) ?? 0) + 1);
    }
    if (printed.size > BOILERPLATE.maxLines) this.prune();
    return out ?? kept.join('\n');
  }

  private keyOf(i: number): number {
    const t = this.trimmed[i];
    return this.words[i] > BOILERPLATE.maxWords ? LONG : lineKey(t, 0, t.length);
  }

  /** Forgets the lines printed once (the engine's sweep, and past `maxLines`). */
  prune(): void {
    for (const [k, n] of this.printed) if (n <= 1) this.printed.delete(k);
  }

  /** The counts, as JSON-safe data (the engine's snapshot). */
  entries(): [number, number][] {
    return [...this.printed];
  }

  static from(entries: readonly [number, number][] = []): BoilerplateLines {
    const b = new BoilerplateLines();
    for (const [k, n] of entries) b.printed.set(k, n);
    return b;
  }
}
