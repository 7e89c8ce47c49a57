// The segmenter's caps (src/limits.ts, `segment`): what the tagger is shown and how long a sentence may be. All
// three are linear passes that keep character offsets exact, so every span still indexes the article text:
//   - a token longer than maxTokenChars is masked by spaces past the cap (wink-nlp's patterns backtrack on it);
//   - a paragraph longer than maxParagraphChars is tagged in windows cut at a space;
//   - a sentence longer than maxSentenceChars is cut at a space near the cap.
// capWarnings says, per article, where each cap will act; the reader reports it (the CLI then exits with 3).
import type { Article, Warning } from '../types.js';
import { LIMITS } from '../limits.js';

export const SEGMENT_LIMITS = LIMITS.segment;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x0b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/** Runs of non-space characters longer than `max`, as [start, end) pairs. */
export function longTokens(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      if (i - start > max) out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

/** The text with every token longer than the cap shown only up to the cap, the rest spaces: same length. */
export function maskLongTokens(text: string, max: number = SEGMENT_LIMITS.maxTokenChars): string {
  const runs = longTokens(text, max);
  if (runs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of runs) {
    out += text.slice(at, a + max) + ' '.repeat(b - a - max);
    at = b;
  }
  return out + text.slice(at);
}

/** A place to cut in [from, to]: the last space in its second half, else `to` (a hard cut). */
function cutPoint(text: string, from: number, to: number): number {
  for (let i = to; i > from + (to - from) / 2; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  return to;
}

/** [start, end) windows of at most `max` characters covering [start, end), cut at spaces where there are any. */
export function windows(text: string, start: number, end: number, max: number = SEGMENT_LIMITS.maxParagraphChars): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  while (end - a > max) {
    const b = cutPoint(text, a, a + max);
    out.push([a, b]);
    a = b;
  }
  if (end > a) out.push([a, end]);
  return out;
}

/** A range longer than the sentence cap, cut into pieces of at most the cap at spaces. */
export function cutSentence<T extends { start: number; end: number }>(text: string, r: T, max: number = SEGMENT_LIMITS.maxSentenceChars): T[] {
  if (r.end - r.start <= max) return [r];
  return windows(text, r.start, r.end, max).map(([start, end]) => ({ ...r, start, end }));
}

/** Longest stretch with no sentence end ([.!?] then a space) in [start, end), with where it starts. */
function longestRunOn(text: string, start: number, end: number): { length: number; at: number } {
  let best = { length: 0, at: start };
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 === end || isSpace(text.charCodeAt(i + 1)))) {
      if (i + 1 - from > best.length) best = { length: i + 1 - from, at: from };
      from = i + 1;
    }
  }
  if (end - from > best.length) best = { length: end - from, at: from };
  return best;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Where the segmenter's caps act on an article: one warning per cap, naming the first place and the cap. */
export function capWarnings(article: Article): Warning[] {
  const out: Warning[] = [];
  const text = article.text;
  const place = (offset: number) => `line ${lineOf(text, offset)} (offset ${offset})`;
  const tokens = longTokens(text, SEGMENT_LIMITS.maxTokenChars);
  if (tokens.length) {
    const [a, b] = tokens[0];
    out.push({
      file: article.path, article: article.id, rule: 'read/cap-token', cut: true,
      reason: `${tokens.length} token(s) longer than ${SEGMENT_LIMITS.maxTokenChars} characters (LIMITS.segment.maxTokenChars), the first of ${b - a} at ${place(a)}: the tagger reads only their first ${SEGMENT_LIMITS.maxTokenChars}`,
    });
  }
  let longParas = 0;
  let firstPara = -1;
  let longest = 0;
  let runOn = { length: 0, at: 0 };
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e - s > SEGMENT_LIMITS.maxParagraphChars) {
      longParas++;
      if (firstPara < 0) firstPara = s;
      longest = Math.max(longest, e - s);
    }
    if (e - s > SEGMENT_LIMITS.maxSentenceChars && runOn.length <= SEGMENT_LIMITS.maxSentenceChars) {
      const r = longestRunOn(text, s, e);
      if (r.length > SEGMENT_LIMITS.maxSentenceChars) runOn = r;
    }
    s = e + 1;
  }
  if (longParas) {
    out.push({
      file: article.path, article: article.id, rule: 'read/cap-paragraph', cut: true,
      reason: `${longParas} paragraph(s) longer than ${SEGMENT_LIMITS.maxParagraphChars} characters (LIMITS.segment.maxParagraphChars), the longest ${longest}, the first at ${place(firstPara)}: segmented in windows of the cap`,
    });
  }
  if (runOn.length > SEGMENT_LIMITS.maxSentenceChars) {
    out.push({
      file: article.path, article: article.id, rule: 'read/cap-sentence', cut: true,
      reason: `${runOn.length} characters without a sentence end at ${place(runOn.at)}: cut into sentences of at most ${SEGMENT_LIMITS.maxSentenceChars} characters (LIMITS.segment.maxSentenceChars)`,
    });
  }
  return out;
}
