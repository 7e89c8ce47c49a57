// An article as the clusterer sees it: its content terms (stemmed, headline and lead weighted), its names
// (capitalised words and multi-word terms, found in the same single pass over the text), its time (publication
// date, else a date written in its lead) and its outlet. Cost is linear in the first `maxChars` characters.
import { stem, isStopword } from '../text/words.js';
import { parseDateString } from '../read/date-string.js';
import type { ClusterSettings } from './settings.js';

/** The fields of an article the clusterer reads (a reader's Article has them all). */
export interface StreamArticle {
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  /** ISO day of publication, or null. */
  published: string | null;
}

/** Raw counts before weighting: term -> weighted count, name -> weighted count. */
export interface ArticleFeatures {
  terms: Map<string, number>;
  names: Map<string, number>;
  /** Days since 1970-01-01 of the event's time, or null when neither publication nor lead gives one. */
  day: number | null;
  /** A short headline for display: the title, else the first line of the text. */
  headline: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Characters of a text's lead searched for a written date (a dateline or "Published on: ..."). */
const DATE_LEAD_CHARS = 300;
/** A first line at most this long, not ending like a sentence, is taken for the headline when there is no title. */
const HEADLINE_MAX_CHARS = 160;
/** Names longer than this many words are cut (a title in capitals is not one name). */
const NAME_MAX_WORDS = 4;

/** Days since the epoch of an ISO day, or null. */
export function dayOf(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** The ISO day of a day number. */
export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the characters between two tokens keep them in one name (spaces only, no line break). */
function joins(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Whether the characters between two tokens end a sentence or a paragraph. A single line break is not enough:
 * newswire wraps its lines mid-sentence; a blank line or an indent is.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 8220 || c === 9) return true; // . ! ? : " “ tab
    if (c === 10 && ++breaks > 1) return true;
  }
  return false;
}

/** Adds the terms and names of one passage, each occurrence weighted by `weight` (lead words by `leadWeight`). */
function scan(text: string, weight: number, leadChars: number, leadWeight: number, terms: Map<string, number>, names: Map<string, number>, sentenceStartNames: Map<string, number>, midCaps: Set<string>): void {
  let prevEnd = -1;
  let run: string[] = [];
  let runStartsSentence = false;
  let runWeight = weight;
  const flush = () => {
    // Leading stopwords ("The", "In") are not part of a name.
    let k = 0;
    while (k < run.length && isStopword(run[k])) k++;
    const words = run.slice(k, k + NAME_MAX_WORDS);
    run = [];
    if (words.length === 0) return;
    const key = words.join(' ');
    if (words.length === 1 && runStartsSentence && k === 0) {
      // A capitalised first word of a sentence is a name only if the article capitalises it elsewhere too.
      sentenceStartNames.set(key, (sentenceStartNames.get(key) ?? 0) + runWeight);
      return;
    }
    names.set(key, (names.get(key) ?? 0) + runWeight);
    if (words.length > 1) {
      // The last word alone too, so "Barack Obama" meets a later "Obama".
      const last = words[words.length - 1];
      if (!isStopword(last)) names.set(last, (names.get(last) ?? 0) + runWeight / 2);
      for (const w of words) midCaps.add(w);
    } else midCaps.add(key);
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const sentenceStart = prevEnd < 0 || endsSentence(text, prevEnd, start);
    const w = start < leadChars ? weight * leadWeight : weight;
    const lower = raw.toLowerCase().replace(/['’]s$/, '');
    if (isUpper(raw[0]) && !/^\d/.test(raw)) {
      if (run.length > 0 && !joins(text, prevEnd, start)) flush();
      if (run.length === 0) {
        runStartsSentence = sentenceStart;
        runWeight = w;
      }
      run.push(lower);
    } else if (run.length > 0) flush();
    prevEnd = start + raw.length;
    if (isStopword(lower) || (lower.length < 2 && !/\d/.test(lower))) continue;
    const t = stem(lower);
    terms.set(t, (terms.get(t) ?? 0) + w);
  }
  if (run.length > 0) flush();
}

/** The first line of a text, when it reads as a headline. */
function firstLineHeadline(text: string): string | null {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (!line || line.length > HEADLINE_MAX_CHARS || /[.!?]["”']?$/.test(line)) return null;
  return line;
}

/** The features of one article (see ArticleFeatures). */
export function articleFeatures(a: StreamArticle, s: ClusterSettings): ArticleFeatures {
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  const sentenceStart = new Map<string, number>();
  const midCaps = new Set<string>();
  const text = a.text.length > s.maxChars ? a.text.slice(0, s.maxChars) : a.text;
  const title = a.title?.trim() ? a.title.trim().slice(0, 1000) : null;
  let body = text;
  let headline = title;
  if (title) scan(title, s.titleBoost, 0, 1, terms, names, sentenceStart, midCaps);
  else {
    headline = firstLineHeadline(text);
    if (headline) {
      scan(headline, s.titleBoost, 0, 1, terms, names, sentenceStart, midCaps);
      body = text.slice(text.indexOf('\n') + 1);
    }
  }
  scan(body, 1, s.leadChars, s.leadBoost, terms, names, sentenceStart, midCaps);
  for (const [k, v] of sentenceStart) if (midCaps.has(k)) names.set(k, (names.get(k) ?? 0) + v);
  const day = dayOf(a.published) ?? dayOf(parseDateString(text.slice(0, DATE_LEAD_CHARS)));
  return { terms, names, day, headline: (headline ?? text.slice(0, HEADLINE_MAX_CHARS)).replace(/\s+/g, ' ').trim() };
}
