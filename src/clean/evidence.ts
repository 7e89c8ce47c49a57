// The evidence a story gives about each of its lines, computed once per story (linear in its text):
// - cohesion: how much of a line's content words the rest of the story uses (other articles; with one article,
//   its other paragraphs), each word weighted by how rare it is in general news (a background document
//   frequency, data/clean/background.json), so "said" and "officials" prove nothing and names prove a lot;
// - repetition: how many other articles of the input carry the same normalized line, and, through `LineStats`,
//   how often the line was seen before across everything ingested (kept by the caller, e.g. the service store).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { contentWords } from '../text/words.js';
import { normalizeForCompare } from './rules.js';

/**
 * Counts of normalized lines kept across everything a long-running Chorus has ingested. The cleaner only reads
 * them; the store that owns them decides how to count (per outlet, per story). `stories` is the number of
 * distinct stories a line was seen in, `outlets` the number of distinct outlets that printed it.
 */
export interface LineStats {
  /** Look-up by the line normalized with `normalizeLine`; undefined when never seen. */
  get(normalizedLine: string): { stories: number; outlets: number } | undefined;
}

/** The key a `LineStats` store counts lines under (lowercased letters and digits, single spaces). */
export function normalizeLine(text: string): string {
  return normalizeForCompare(text);
}

const EVIDENCE = {
  /** A core word of the story is in at least this share of its articles (of its lines, for one article)... */
  coreShare: 0.5,
  /** ... and rarer than this in general news (idf; 2.5 is about 1 document in 12). */
  coreMinIdf: 2.5,
} as const;

export interface Background {
  /** Documents the frequencies were counted over. */
  docs: number;
  /** Stemmed content word -> documents containing it (only words seen in at least a few). */
  df: Map<string, number>;
  /** The idf of a word never seen (the rarest). */
  unseenIdf: number;
}

let background: Background | null = null;

/** The background frequencies, read once (data, not state: the same file for every story). The file holds the words
 *  and their counts as two arrays: JSON.parse reads that in about 1.5 ms, one object with a key per word in about 7
 *  (V8 builds such an object key by key), a share of a short command's start. */
export function loadBackground(): Background {
  if (background) return background;
  const raw = JSON.parse(readFileSync(dataPath('clean/background.json'), 'utf8')) as { docs: number; words: string[]; counts: number[] };
  if (raw.words.length !== raw.counts.length) throw new Error(`data/clean/background.json: ${raw.words.length} words but ${raw.counts.length} counts`);
  const df = new Map<string, number>();
  for (let i = 0; i < raw.words.length; i++) df.set(raw.words[i], raw.counts[i]);
  background = { docs: raw.docs, df, unseenIdf: Math.log(raw.docs + 1) };
  return background;
}

/** Inverse document frequency in general news; a word the background never saw counts as rarest. */
export function idf(bg: Background, w: string): number {
  // Computed on demand (storyEvidence asks once per word of a story), not tabled for the whole background at load.
  const n = bg.df.get(w);
  return n === undefined ? bg.unseenIdf : Math.log((bg.docs + 1) / (n + 1));
}

export interface LineInput {
  article: string;
  /** Paragraph texts of the article, in order. */
  lines: string[];
}

export interface LineEvidence {
  /** Weighted share of the line's content words used by other articles (by the article's other lines if alone). */
  cohesionStory: number;
  /** Weighted share used by the article's other lines. */
  cohesionOwn: number;
  /** Weighted share used by any other line of the story (own article or others). */
  cohesionAny: number;
  /** Weighted share used by the lines just before and after it in its article. */
  cohesionNeighbours: number;
  /** How much more the lines before and after share with each other than with this one (a splice interrupts a flow). */
  bridge: number;
  /** The story's core words in the line: used by most of its articles (most of its lines if alone) and rare in general news. */
  coreWords: number;
  /** Summed rarity of the line's words that no other line of the story uses (log scale). */
  foreignMass: number;
  /** Share of the line's capitalized words (names, mid-sentence) that no other line of the story uses. */
  foreignNames: number;
  /** Capitalized mid-sentence words in the line. */
  names: number;
  /** cohesionStory less the median of the judged lines of its article (an article loosely on the story is not all splices). */
  relativeStory: number;
  /** cohesionAny less the same median of its article's judged lines. */
  relativeAny: number;
  /** Content words in the line. */
  contentWords: number;
  /** Other articles of the input that carry the same normalized line. */
  repeatsInInput: number;
  /** Stories the line was seen in before (from LineStats), 0 without a store. */
  repeatsStored: number;
  /** Whether the story has a single article (cohesion then comes from the article itself). */
  single: boolean;
}

/** Capitalized words not opening a sentence (names, mostly), as stemmed content words, unique. */
function namesOf(line: string): string[] {
  const out = new Set<string>();
  const re = /(^|[.!?]["'”’)]*\s+|\s)([\p{Lu}][\p{L}'’-]+)/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[1].trim() !== '' || m.index === 0) continue;
    for (const w of contentWords(m[2])) out.add(w);
  }
  return [...out];
}

/** The words of every line of a story, computed once and shared by both passes of the cleaner. */
export interface StoryWords {
  /** The story's distinct stemmed content words; lines refer to them by index. */
  vocabulary: string[];
  /** Index in `vocabulary` of each word. */
  wordIds: Map<string, number>;
  /** Unique content words of each line, as vocabulary indices: lineWords[article][line] (lines of the same text share one array; read only). */
  lineWords: number[][][];
  /** Normalized text of each line (the repetition key). */
  keys: string[][];
  /** Articles of the input carrying each normalized line. */
  articlesWithLine: Map<string, number>;
  /** The names (namesOf) of each distinct line text as vocabulary indices (-1: a word no line has), filled as storyEvidence asks. */
  namesByText: Map<string, number[]>;
}

export function storyWords(inputs: LineInput[]): StoryWords {
  const vocabulary: string[] = [];
  const wordIds = new Map<string, number>();
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = vocabulary.push(w) - 1;
      wordIds.set(w, id);
    }
    return id;
  };
  // Words and key depend on the text alone: computed once per distinct line text of the story.
  const byText = new Map<string, { words: number[]; key: string }>();
  const of = (l: string) => {
    let e = byText.get(l);
    if (!e) {
      e = { words: [...new Set(contentWords(l))].map(idOf), key: normalizeLine(l) };
      byText.set(l, e);
    }
    return e;
  };
  const lineWords = inputs.map((a) => a.lines.map((l) => of(l).words));
  const keys = inputs.map((a) => a.lines.map((l) => of(l).key));
  const articlesWithLine = new Map<string, number>();
  for (const ks of keys) for (const k of new Set(ks)) articlesWithLine.set(k, (articlesWithLine.get(k) ?? 0) + 1);
  return { vocabulary, wordIds, lineWords, keys, articlesWithLine, namesByText: new Map() };
}

/** Evidence for every line of every article: evidence[articleIndex][lineIndex] (null for lines not wanted). */
export function storyEvidence(
  inputs: LineInput[],
  words: StoryWords,
  stats?: LineStats,
  skip?: boolean[][],
  wanted?: boolean[][],
  bg: Background = loadBackground(),
): (LineEvidence | null)[][] {
  // Lines already judged furniture are no evidence of what the story is about (another story's teaser in a
  // related-links block would vouch for a splice of that story).
  const counted = (ai: number, li: number) => !skip?.[ai]?.[li];
  const { lineWords, keys: lineKeys, articlesWithLine, vocabulary } = words;
  // Counts by word (vocabulary index) in typed arrays: a story of 1,000 articles has some 500,000 word uses. The loops
  // over a line's words are indexed: a for-of steps an iterator object per word until the function is optimized, and
  // a story's single pass is mostly before that.
  const size = vocabulary.length;
  /** Articles whose counted lines use the word. */
  const articlesWith = new Int32Array(size);
  /** Counted lines of the story using the word. */
  const linesWith = new Int32Array(size);
  const lastArticle = new Int32Array(size).fill(-1);
  let substantial = 0;
  let countedLines = 0;
  for (let ai = 0; ai < lineWords.length; ai++) {
    const lines = lineWords[ai];
    let any = false;
    for (let li = 0; li < lines.length; li++) {
      if (!counted(ai, li)) continue;
      any = true;
      countedLines++;
      const ws = lines[li];
      for (let q = 0; q < ws.length; q++) {
        const w = ws[q];
        linesWith[w]++;
        if (lastArticle[w] !== ai) {
          lastArticle[w] = ai;
          articlesWith[w]++;
        }
      }
    }
    if (any) substantial++;
  }
  const single = substantial <= 1;
  const coreMin = Math.max(2, EVIDENCE.coreShare * (single ? countedLines : substantial));
  // Each word's idf, looked up once per word rather than once per line that uses it (NaN: not yet).
  const weights = new Float64Array(size).fill(NaN);
  const weightOf = (w: number) => {
    let x = weights[w];
    if (Number.isNaN(x)) weights[w] = x = idf(bg, vocabulary[w]);
    return x;
  };
  const namesIn = (line: string) => {
    let ids = words.namesByText.get(line);
    if (!ids) {
      ids = namesOf(line).map((w) => words.wordIds.get(w) ?? -1);
      words.namesByText.set(line, ids);
    }
    return ids;
  };
  // The article's counted lines containing each word, filled for one article at a time and emptied after it.
  const own = new Int32Array(size);
  const fillOwn = (ai: number, sign: 1 | -1) => {
    const lines = lineWords[ai];
    for (let li = 0; li < lines.length; li++) {
      if (!counted(ai, li)) continue;
      const ws = lines[li];
      for (let q = 0; q < ws.length; q++) own[ws[q]] += sign;
    }
  };
  // The words of the line before and after the one judged, marked with that line's number (a stamp, so nothing is
  // cleared between lines): a look-up each instead of a scan of the neighbour's words for every word of the line.
  const inBefore = new Int32Array(size).fill(-1);
  const inAfter = new Int32Array(size).fill(-1);
  let stamp = 0;

  const evidence = inputs.map((a, ai) => {
    // Only the lines a pass judges need their evidence.
    if (wanted && !wanted[ai]?.some(Boolean)) return a.lines.map(() => null);
    fillOwn(ai, 1);
    const rows = a.lines.map((line, li): LineEvidence | null => {
      if (wanted && !wanted[ai]?.[li]) return null;
      const ws = lineWords[ai][li];
      // The line's own count is taken out of every count below (when it was counted at all).
      const self = counted(ai, li) ? 1 : 0;
      const before = li > 0 ? lineWords[ai][li - 1] : [];
      const after = li + 1 < a.lines.length ? lineWords[ai][li + 1] : [];
      stamp++;
      for (let q = 0; q < before.length; q++) inBefore[before[q]] = stamp;
      for (let q = 0; q < after.length; q++) inAfter[after[q]] = stamp;
      let total = 0;
      let inOwn = 0;
      let inOthers = 0;
      let inAny = 0;
      let inNear = 0;
      let core = 0;
      let foreignMass = 0;
      for (let q = 0; q < ws.length; q++) {
        const w = ws[q];
        const weight = weightOf(w);
        total += weight;
        const ownCount = own[w];
        if (ownCount - self > 0) inOwn += weight;
        if (articlesWith[w] - (ownCount > 0 ? 1 : 0) > 0) inOthers += weight;
        const elsewhere = linesWith[w] - self > 0;
        if (elsewhere) inAny += weight;
        else foreignMass += weight;
        if (inBefore[w] === stamp || inAfter[w] === stamp) inNear += weight;
        // A core word of the story (see EVIDENCE), read with the weight in hand (no second look-up per word).
        if (weight >= EVIDENCE.coreMinIdf && (single ? linesWith[w] : articlesWith[w]) >= coreMin) core++;
      }
      const cohesionOwn = total > 0 ? inOwn / total : 0;
      const cohesionStory = single ? cohesionOwn : total > 0 ? inOthers / total : 0;
      // Prev-next overlap, weighted the same way, against this line's overlap with them.
      let bridgeTotal = 0;
      let bridgeShared = 0;
      if (before.length && after.length) {
        for (let q = 0; q < before.length; q++) {
          const w = before[q];
          const weight = weightOf(w);
          bridgeTotal += weight;
          if (inAfter[w] === stamp) bridgeShared += weight;
        }
      }
      const names = namesIn(line);
      let foreign = 0;
      for (let q = 0; q < names.length; q++) if (names[q] < 0 || linesWith[names[q]] - self <= 0) foreign++;
      const key = lineKeys[ai][li];
      const seen = key ? stats?.get(key) : undefined;
      return {
        cohesionStory,
        cohesionOwn,
        cohesionAny: total > 0 ? inAny / total : 0,
        cohesionNeighbours: total > 0 ? inNear / total : 0,
        bridge: (bridgeTotal > 0 ? bridgeShared / bridgeTotal : 0) - (total > 0 ? inNear / total : 0),
        foreignMass: Math.log1p(foreignMass),
        coreWords: Math.log1p(core),
        foreignNames: names.length ? foreign / names.length : 0,
        names: names.length,
        contentWords: ws.length,
        repeatsInInput: key ? (articlesWithLine.get(key) ?? 1) - 1 : 0,
        repeatsStored: seen ? seen.stories : 0,
        single,
        relativeStory: 0,
        relativeAny: 0,
      };
    });
    fillOwn(ai, -1);
    return rows;
  });
  for (const lines of evidence) {
    const judged = lines.filter((e): e is LineEvidence => e !== null);
    const midStory = median(judged.map((e) => e.cohesionStory));
    const midAny = median(judged.map((e) => e.cohesionAny));
    for (const e of judged) {
      e.relativeStory = e.cohesionStory - midStory;
      e.relativeAny = e.cohesionAny - midAny;
    }
  }
  return evidence;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
