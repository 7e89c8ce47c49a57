// An article as the clusterer sees it: its content terms (stemmed, headline and lead weighted), its names
// (capitalised words and multi-word terms, found in the same single pass over the text), its time (publication
// date, else a date written in its lead) and its outlet. Cost is linear in the first `maxChars` characters.
import { countWords, stem, isStopword } from '../text/words.js';
import { parseDateString } from '../read/date-string.js';
import { CLEAN, ENDS_LIKE_SENTENCE, LINE_RULES, type LineContext, type LineRule } from '../clean/rules.js';
import { CLUSTER_FIXED, type ClusterSettings } from './settings.js';
import { SiteNames } from './site-names.js';
import type { BoilerplateLines } from './boilerplate.js';
import { decodeEntities } from '../text/entities.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash.js';

/** The fields of an article the clusterer reads (a reader's Article has them all). */
export interface StreamArticle {
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  /** ISO day of publication, or null. */
  published: string | null;
  /** The article's web address: its site is the outlet when `outlet` is null (src/read/url-outlet.ts). */
  url?: string | null;
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

/** A letter or digit outside ASCII (tested one character at a time, only for such characters). */
const WIDE_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the character at `i` is a letter or digit (ASCII by code; others by Unicode class). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WIDE_WORD_CHAR.test(text[i]);
}

/**
 * The end of the word starting at `i`: runs of letters and digits, with one inner apostrophe ("Reuters'",
 * "O'Brien", "it’s"). The same tokens as src/text/words.ts's pattern, by a scan that allocates nothing.
 */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordChar(text, j)) j++;
  const c = text.charCodeAt(j);
  if ((c === 39 || c === 8217) && j + 1 < text.length && isWordChar(text, j + 1)) {
    j++;
    while (j < text.length && isWordChar(text, j)) j++;
  }
  return j;
}

/** Days since the epoch of an ISO day, or null. */
export function dayOf(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** An article's day: its publication day, else a date written in its lead (a dateline, "Published on: ..."); the
 *  one reading for the stream's time order (./order.ts) and the article's features. */
export function articleDay(published: string | null, text: string): number | null {
  return dayOf(published) ?? dayOf(parseDateString(text.slice(0, CLUSTER_FIXED.dateLeadChars)));
}

/** The ISO day of a day number. */
export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the word at `at` starts with a capital letter (ASCII fast path; other scripts by case mapping). */
function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[at];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * A term's record, one per key per cache: the engine keeps its document frequency on it too (see TermCache). While
 * an article is read, `count` is the term's weighted count in it; `article` says which article that count is of.
 */
export interface TermSlot {
  readonly key: string;
  count: number;
  article: number;
  /** False once the owner forgot the key (the engine's bounded vocabulary): the cache then asks for a new slot. */
  live: boolean;
}

/** A fresh slot for a key. */
const newSlot = (key: string): TermSlot => ({ key, count: 0, article: -1, live: true });

/**
 * Lowercased token -> the slot of its stem, or null for a stopword or a one-letter word. Owned by one engine (a
 * context object, not module state) and cleared when it grows past its bound: a stream repeats its words. The
 * slot is the engine's per-key record (`slotOf`), so counting a word costs one look-up by its token and none by
 * its stem; a cache of its own (no `slotOf`) keeps one slot per stem itself.
 */
export class TermCache<S extends TermSlot = TermSlot> {
  /**
   * An open-addressing table keyed by the token's characters (FNV-1a over its code units, linear probing), so a
   * word is looked up where it stands in the lowercased text, without a string made for it: most words of a
   * stream are already known, and only a new token is sliced out and kept.
   * `places[2i]` is the token's hash code (never 0), 0 for a free place, and `places[2i + 1]` its length: a probe
   * compares both and reads a token's characters only when they agree. The length is kept beside the code, not read
   * from the token: tokens are strings of several representations (short copies, slices of longer texts), and a
   * property read that meets that many kinds takes V8's slow generic path, once per word of every article.
   * `tokens[i]` is the token; `slots[i]` its slot, or null (not a term).
   */
  private places = new Int32Array(0);
  private tokens: string[] = [];
  private slots: (S | null)[] = [];
  private mask = 0;
  private size = 0;
  /** Ordinal of the article being read: a slot whose `article` differs holds an older article's count. */
  private article = 0;
  /**
   * The token of the last `termAt`, as the table keeps it: one string per distinct token, so a caller that keeps the
   * word (a name) takes it without slicing its own copy, and a map keyed by it finds its hash already computed.
   */
  token = '';
  /** The slots met in the article being read, in first-occurrence order (`counted` of them): reused by every article. */
  readonly met: S[] = [];
  counted = 0;
  private readonly slotOf: (key: string) => S;
  constructor(slotOf?: (key: string) => S, private readonly max = 200_000) {
    if (slotOf) this.slotOf = slotOf;
    else {
      const own = new Map<string, S>();
      this.slotOf = (key) => {
        let slot = own.get(key);
        if (slot === undefined) own.set(key, (slot = newSlot(key) as S));
        return slot;
      };
    }
    this.reset(INITIAL_TOKEN_TABLE);
  }

  /** The slot a lowercased token counts on, or null when it is not a term. */
  term(lower: string): S | null {
    return this.termAt(lower, 0, lower.length);
  }

  /** The same for the token `text.slice(from, to)`, read in place. */
  termAt(text: string, from: number, to: number): S | null {
    return this.termAtCode(text, from, to, hashCode(text, from, to));
  }

  /** The same, the caller having computed the token's `hashCode` as it read the word. */
  termAtCode(text: string, from: number, to: number, code: number): S | null {
    const n = to - from;
    const places = this.places;
    let at = code & this.mask;
    for (let c = places[2 * at]; c !== 0; c = places[2 * (at = (at + 1) & this.mask)]) {
      if (c !== code || places[2 * at + 1] !== n) continue;
      const t = this.tokens[at];
      if (sameChars(t, text, from, n)) {
        this.token = t;
        const slot = this.slots[at];
        if (slot === null || slot.live) return slot;
        // The owner forgot the key: the token counts on its new slot.
        return (this.slots[at] = this.slotOf(slot.key));
      }
    }
    // A new token. Past the bound the table starts over (the words of the day come back at once).
    if (this.size >= this.max) {
      this.reset(INITIAL_TOKEN_TABLE);
      at = code & this.mask;
    }
    const lower = text.slice(from, to);
    const key = isStopword(lower) || (lower.length < 2 && !/\d/.test(lower)) ? '' : stem(lower);
    const slot = key ? this.slotOf(key) : null;
    this.places[2 * at] = code;
    this.places[2 * at + 1] = n;
    this.tokens[at] = lower;
    this.slots[at] = slot;
    this.token = lower;
    if (++this.size * 2 > this.tokens.length) this.grow();
    return slot;
  }

  /** Starts counting a new article: every slot's count is stale until it is met again. */
  nextArticle(): number {
    this.counted = 0;
    return ++this.article;
  }

  /** Adds `weight` to the slot's count in the article being read (listing the slot the first time it is met). */
  count(slot: S, weight: number): void {
    if (slot.article !== this.article) {
      slot.article = this.article;
      slot.count = 0;
      this.met[this.counted++] = slot;
    }
    slot.count += weight;
  }
  isStopword(lower: string): boolean {
    return isStopword(lower);
  }

  private reset(capacity: number): void {
    this.places = new Int32Array(2 * capacity);
    this.tokens = new Array<string>(capacity).fill('');
    this.slots = new Array<S | null>(capacity).fill(null);
    this.mask = capacity - 1;
    this.size = 0;
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const { places, tokens, slots } = this;
    this.reset(tokens.length * 2);
    for (let i = 0; i < tokens.length; i++) {
      const code = places[2 * i];
      if (code === 0) continue;
      let at = code & this.mask;
      while (this.places[2 * at] !== 0) at = (at + 1) & this.mask;
      this.places[2 * at] = code;
      this.places[2 * at + 1] = places[2 * i + 1];
      this.tokens[at] = tokens[i];
      this.slots[at] = slots[i];
      this.size++;
    }
  }
}

/** Places in a fresh token table (a power of two). */
const INITIAL_TOKEN_TABLE = 1 << 12;

/** A token's code in the table: FNV-1a over the code units of `text.slice(from, to)`, as an int32, never 0 (a free place). */
function hashCode(text: string, from: number, to: number): number {
  return codeOf(fnv1a(text, from, to));
}

/** The table code of a finished FNV-1a hash. */
const codeOf = (h: number): number => h | 0 || 1;

/** Whether the `n` characters of `t` (its length, which the caller checked) equal those of `text` from `at`. */
function sameChars(t: string, text: string, at: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (t.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
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
function scan<S extends TermSlot>(text: string, weight: number, leadChars: number, leadWeight: number, cache: TermCache<S>, names: Map<string, number>, sentenceStartNames: Map<string, number>, midCaps: Set<string>): void {
  let prevEnd = -1;
  // The words of the current run of capitalised words: the first `runLength` places of one array for the passage.
  const run: string[] = [];
  let runLength = 0;
  let runStartsSentence = false;
  let runWeight = weight;
  const flush = () => {
    // Leading stopwords ("The", "In") are not part of a name.
    let k = 0;
    while (k < runLength && isStopword(run[k])) k++;
    const n = runLength - k;
    // A one-word name (the most common) is its word: no array or join for it.
    const words = n > 1 ? run.slice(k, k + Math.min(n, CLUSTER_FIXED.nameMaxWords)) : null;
    const key = words !== null ? words.join(' ') : n === 1 ? run[k] : '';
    runLength = 0;
    if (!key) return;
    if (words === null && runStartsSentence && k === 0) {
      // A capitalised first word of a sentence is a name only if the article capitalises it elsewhere too.
      sentenceStartNames.set(key, (sentenceStartNames.get(key) ?? 0) + runWeight);
      return;
    }
    names.set(key, (names.get(key) ?? 0) + runWeight);
    if (words !== null) {
      // The last word alone too, so "Barack Obama" meets a later "Obama".
      const last = words[words.length - 1];
      if (!isStopword(last)) names.set(last, (names.get(last) ?? 0) + runWeight / 2);
      for (const w of words) midCaps.add(w);
    } else midCaps.add(key);
  };
  // Lowercased once for the whole passage; per word only when case mapping changed the length (rare scripts).
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const length = text.length;
  for (let start = 0; start < length; ) {
    if (!isWordChar(text, start)) {
      start++;
      continue;
    }
    // The word is looked up lowercased where it stands: no string is made for it unless it is new to the cache.
    // A possessive "'s" is not part of the word.
    let end: number;
    let slot: S | null;
    if (aligned) {
      // One pass: the word's end (wordEnd's scan) and its code in the cache (FNV-1a over the lowercased characters).
      let h = FNV_OFFSET;
      let j = start;
      do h = Math.imul(h ^ lowered.charCodeAt(j++), FNV_PRIME);
      while (j < length && isWordChar(text, j));
      let to = j;
      const c = text.charCodeAt(j);
      if ((c === 39 || c === 8217) && j + 1 < length && isWordChar(text, j + 1)) {
        const beforeApostrophe = h;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
        do h = Math.imul(h ^ lowered.charCodeAt(j++), FNV_PRIME);
        while (j < length && isWordChar(text, j));
        // "'s" alone after the apostrophe is a possessive: the word stops before the apostrophe.
        if (j - to === 2 && lowered.charCodeAt(j - 1) === 115) h = beforeApostrophe;
        else to = j;
      }
      end = j;
      slot = cache.termAtCode(lowered, start, to, codeOf(h));
    } else {
      // Case mapping changed the passage's length (rare scripts): the word is lowercased alone.
      end = wordEnd(text, start);
      const lower = text.slice(start, end).toLowerCase();
      let to = lower.length;
      if (to > 2 && lower.charCodeAt(to - 1) === 115 && (lower.charCodeAt(to - 2) === 39 || lower.charCodeAt(to - 2) === 8217)) to -= 2;
      slot = cache.termAt(lower, 0, to);
    }
    const w = start < leadChars ? weight * leadWeight : weight;
    if (startsUpper(text, start)) {
      if (runLength > 0 && !joins(text, prevEnd, start)) flush();
      if (runLength === 0) {
        runStartsSentence = prevEnd < 0 || endsSentence(text, prevEnd, start);
        runWeight = w;
      }
      // The cache's own copy of the word, as looked up just above.
      run[runLength++] = cache.token;
    } else if (runLength > 0) flush();
    prevEnd = end;
    if (slot !== null) cache.count(slot, w);
    start = end;
  }
  if (runLength > 0) flush();
}

/** The first line of a text, when it reads as a headline. */
function firstLineHeadline(text: string): string | null {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (!line || line.length > CLUSTER_FIXED.headlineMaxChars || /[.!?]["”']?$/.test(line)) return null;
  return line;
}

/** The cleaner's line rule a trimmed line matches (page furniture), if any. */
function furnitureRule(t: string, words: number, index: number, total: number): LineRule | undefined {
  // One context for all the rules of a line (they only read it).
  const line: LineContext = { text: t, words, index, total, title: '' };
  for (const r of LINE_RULES) if (r.test(line)) return r;
  return undefined;
}

/** Whether one trimmed line is page furniture (a whole one-line text, or a title). */
const isFurnitureLine = (t: string, index: number, total: number): boolean => t.length > 0 && furnitureRule(t, countWords(t), index, total) !== undefined;

/**
 * The text without the page furniture a crawler copies with it (Twitter's location notice, the Internet Archive's
 * crawl notice, bylines, credits, related-link blocks...): the cleaner's line rules (src/clean/rules.ts), one line
 * at a time. Furniture repeats across unrelated pages, so left in it reads as a story they share. A line that opens
 * a block (a related-links heading) takes the short unpunctuated lines after it.
 */
export function withoutFurniture(text: string, boilerplate?: BoilerplateLines): string {
  if (text.indexOf('\n') < 0) return isFurnitureLine(text.trim(), 0, 1) ? '' : text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let inBlock = false;
  boilerplate?.begin();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) {
      kept.push(lines[i]);
      boilerplate?.line('', 0);
      continue;
    }
    const words = countWords(t);
    if (inBlock && words <= CLEAN.blockLineMaxWords && !ENDS_LIKE_SENTENCE.test(t)) continue;
    inBlock = false;
    const rule = furnitureRule(t, words, i, lines.length);
    if (rule) {
      inBlock = rule.opensBlock === true;
      continue;
    }
    kept.push(lines[i]);
    boilerplate?.line(t, words);
  }
  // The lines the stream has printed again and again go too, when the engine keeps that table (./boilerplate.ts).
  return boilerplate ? boilerplate.finish(kept) : kept.join('\n');
}


/**
 * Whether a headline is in title case ("Texas Prison Escapee Added to Most Wanted List"): its capitals mark the
 * style, not names, so runs of them are not taken for names (they would be one long name no other article shares).
 */
export function isTitleCase(title: string): boolean {
  let words = 0;
  let upper = 0;
  for (let start = 0; start < title.length; ) {
    if (!isWordChar(title, start)) {
      start++;
      continue;
    }
    const end = wordEnd(title, start);
    const lower = title.slice(start, end).toLowerCase();
    if (!isStopword(lower) && /^\p{L}/u.test(lower)) {
      words++;
      if (startsUpper(title, start)) upper++;
    }
    start = end;
  }
  return words >= CLUSTER_FIXED.titleCaseMinWords && upper >= CLUSTER_FIXED.titleCaseShare * words;
}

/** The features of one article (see ArticleFeatures). */
export function articleFeatures(a: StreamArticle, s: ClusterSettings, cache: TermCache = new TermCache()): ArticleFeatures {
  const f = countFeatures(a, s, cache);
  const terms = new Map<string, number>();
  for (let i = 0; i < f.termCount; i++) terms.set(f.terms[i].key, f.terms[i].count);
  return { terms, names: f.names, day: f.day, headline: displayHeadline(f.headlineSource) };
}

/**
 * The features as counted: the terms as the cache's slots, each holding its count in this article (the first
 * `termCount` of `terms`, in first-occurrence order: the cache's array, valid until the next article), and the
 * headline's source text, not yet tidied for display (see displayHeadline).
 */
export interface CountedFeatures<S extends TermSlot> extends Omit<ArticleFeatures, 'terms' | 'headline'> {
  terms: readonly S[];
  termCount: number;
  headlineSource: string;
}

/** The name tables of one article's count, kept by an engine and reused for each article (countFeatures empties them). */
export interface NameScratch {
  names: Map<string, number>;
  sentenceStart: Map<string, number>;
  midCaps: Set<string>;
}

/** The features of one article as the engine counts them (see CountedFeatures). */
export function countFeatures<S extends TermSlot>(a: StreamArticle, s: ClusterSettings, cache: TermCache<S>, sites: SiteNames = new SiteNames(), boilerplate?: BoilerplateLines, scratch?: NameScratch): CountedFeatures<S> {
  cache.nextArticle();
  // An engine passes its own tables, emptied here: the names it returns are read before its next article.
  const names = scratch ? (scratch.names.clear(), scratch.names) : new Map<string, number>();
  const sentenceStart = scratch ? (scratch.sentenceStart.clear(), scratch.sentenceStart) : new Map<string, number>();
  const midCaps = scratch ? (scratch.midCaps.clear(), scratch.midCaps) : new Set<string>();
  // Character references as feeds deliver them ("Obama&#39;s") read as the characters: left in, "39" and "amp" are
  // words every escaped headline shares. The site's name after a title is the outlet's, not the story's (./site-names.ts).
  // The outlet's own name goes before the furniture pass, so that its lines read the same in every outlet's pages.
  const text = withoutFurniture(sites.withoutOutlet(decodeEntities(a.text.length > s.maxChars ? a.text.slice(0, s.maxChars) : a.text), a.outlet), boilerplate);
  const title = a.title?.trim() ? sites.strip(decodeEntities(a.title.trim().slice(0, 1000)), a.outlet) : null;
  let body = text;
  let headline = title;
  // A title-case headline gives terms only (its capitals are style); its names come from the text, if any.
  if (title) {
    if (isTitleCase(title)) scan(title, s.titleBoost, 0, 1, cache, new Map(), new Map(), new Set());
    else scan(title, s.titleBoost, 0, 1, cache, names, sentenceStart, midCaps);
  }
  else {
    const first = firstLineHeadline(text);
    headline = first === null ? null : sites.strip(first, a.outlet);
    if (headline) {
      scan(headline, s.titleBoost, 0, 1, cache, names, sentenceStart, midCaps);
      body = text.slice(text.indexOf('\n') + 1);
    }
  }
  scan(body, 1, s.leadChars, s.leadBoost, cache, names, sentenceStart, midCaps);
  // forEach, not for-of with [k, v]: the same entries in the same order, without the entry pair and its iteration.
  sentenceStart.forEach((v, k) => {
    if (midCaps.has(k)) names.set(k, (names.get(k) ?? 0) + v);
  });
  const day = articleDay(a.published, text);
  return { terms: cache.met, termCount: cache.counted, names, day, headlineSource: headline ?? text.slice(0, CLUSTER_FIXED.headlineMaxChars) };
}

/** The display headline of `countFeatures`'s `headlineSource` (white space collapsed): made only for a story that opens. */
export function displayHeadline(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}
