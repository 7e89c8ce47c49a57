// The online story clusterer. Each article, in time order, joins the story it is most like or opens a new one:
//   1. features (terms, names, time) weighted by an online inverse document frequency;
//   2. candidate stories from an inverted index of the article's heaviest rare keys (a fixed number of postings
//      per key, so the cost per article does not grow with the number of stories);
//   3. a score per candidate: term and name cosines to the story's centroids, decayed by the time gap to the
//      story's own time span (a story that has run for weeks tolerates a longer gap than a one-day event);
//   4. a threshold per story from its own cohesion (the mean score at which its articles joined): a tight
//      single-event story asks more of a newcomer than a loose topic-level one;
//   5. a merge of the story just joined with a candidate whose centroid has become like its own;
//   6. every so often, stories idle past a window leave the index (they stay in the store).
// All state lives in this object and serializes to JSON (`snapshot`/`ClusterEngine.restore`), so a later run
// continues the same stories.
import { countFeatures, displayHeadline, isoOf, TermCache, type NameScratch, type StreamArticle, type TermSlot } from './features.js';
import { CLUSTER_FIXED, DEFAULT_SETTINGS, type ClusterSettings } from './settings.js';
import { defaultBackground, type Background } from './background.js';
import { SiteNames } from './site-names.js';
import { BoilerplateLines } from './boilerplate.js';
import { outletFromUrl } from '../read/url-outlet.js';
import { addTo, centroidCosine, dot, sparseDot, mergeInto, newCentroid, prune, topUnitOf, type Centroid, type SparseVector } from './vector.js';

/** Names share the index with terms under this prefix (terms never contain it). */
export const NAME_KEY = '#';
/** Counts below this many halves have their log(1 + count) in LOG1P_HALVES (counts are sums of whole and half weights). */
const LOG1P_TABLE_HALVES = 1024;
/** Math.log(1 + k / 2) for k < LOG1P_TABLE_HALVES: the same values Math.log gives, computed once, not per key per article. */
const LOG1P_HALVES = Float64Array.from({ length: LOG1P_TABLE_HALVES }, (_, k) => Math.log(1 + k / 2));

/** Math.log(1 + c) (not Math.log1p, whose last bits may differ), from the table when c is a whole number of halves within it. */
function logOnePlus(c: number): number {
  const k = 2 * c;
  return k < LOG1P_TABLE_HALVES && Number.isInteger(k) ? LOG1P_HALVES[k] : Math.log(1 + c);
}

export interface StoryState {
  id: string;
  size: number;
  terms: Centroid;
  names: Centroid;
  /** Day span of the story's dated articles. */
  first: number | null;
  last: number | null;
  /** Sum and count of the scores at which articles joined (its cohesion is their mean). */
  joinSum: number;
  joinCount: number;
  /** Ordinal of the last article that joined, for idleness in streams without dates. */
  lastSeq: number;
  headline: string;
  outlets: string[];
  /** The last few articles' vectors: a story that drifts is still near its latest articles. */
  recent: { terms: SparseVector; names: SparseVector }[];
}

/** What happened to one article. */
export interface Assignment {
  id: string;
  story: string;
  /** True when the article opened the story. */
  opened: boolean;
  /** Score against the story it joined (0 when it opened one). */
  score: number;
  /** Stories merged into `story` by this step (their articles now belong to it). */
  merged: string[];
}

/** Everything needed to continue a stream, as plain JSON. */
export interface EngineSnapshot {
  version: 1;
  seq: number;
  nextStory: number;
  /** Latest day seen. */
  now: number | null;
  docs: number;
  df: [string, number][];
  stories: {
    id: string; size: number; terms: [string, number][]; termsNorm2: number; names: [string, number][]; namesNorm2: number;
    first: number | null; last: number | null; joinSum: number; joinCount: number; lastSeq: number; headline: string; outlets: string[];
    recent: { terms: SparseVector; names: SparseVector }[];
  }[];
  postings: [string, string[]][];
  alias: [string, string][];
  /** Trailing parts of titles, how many titles each ended and the last one's head, hashed (./site-names.ts; absent
   *  in snapshots made before 2026-11-29, late). */
  sites?: [string, number, number][];
  /** Short lines, how many different pages printed each and the last one's signature (./boilerplate.ts; absent in
   *  snapshots made before 2026-11-29, late). */
  lines?: [number, number, number][];
}

/** What the table and the store show of a story. */
export interface StorySummary {
  id: string;
  size: number;
  headline: string;
  outlets: string[];
  first: string | null;
  last: string | null;
}

export function summaryOf(s: StoryState): StorySummary {
  return { id: s.id, size: s.size, headline: s.headline, outlets: s.outlets, first: s.first === null ? null : isoOf(s.first), last: s.last === null ? null : isoOf(s.last) };
}

/** A key's document frequency (`n` documents of the stream, `prior` pseudo-documents of the background), kept on
 *  the slot the term cache counts on (a term is counted and weighed without a look-up by its key). */
interface DfSlot extends TermSlot {
  n: number;
  prior: number;
}

interface Prepared {
  terms: SparseVector;
  names: SparseVector;
  lookup: string[];
  day: number | null;
  /** The headline's text before it is tidied for display (only a story that opens shows it). */
  headlineSource: string;
}

export class ClusterEngine {
  readonly settings: Readonly<ClusterSettings>;
  private seq = 0;
  private nextStory = 0;
  private now: number | null = null;
  private docs = 0;
  /** Document frequency per key, boxed so counting it costs one look-up; `prior` is the background's pseudo-count. */
  private readonly df = new Map<string, DfSlot>();
  /** Background document frequencies (data/cluster), mixed in as `backgroundDocs` pseudo-documents. */
  private readonly background: Background;
  private readonly stories = new Map<string, StoryState>();
  private readonly postings = new Map<string, string[]>();
  /** Merged-away story -> the story it was folded into (cleared at each sweep, once postings are rewritten). */
  private readonly alias = new Map<string, string>();
  /** Token -> the df slot of its stem. */
  private readonly cache = new TermCache<DfSlot>((k) => this.df.get(k) ?? this.box(k));
  /** The site names the stream's titles end with (./site-names.ts): cut off the titles that carry them. */
  private sites = new SiteNames();
  /** The short lines the stream's pages have printed, counted (./boilerplate.ts): furniture, once in several. */
  private boilerplate = new BoilerplateLines();
  /** Name -> its df slot (bounded like the term cache: cleared past CLUSTER_FIXED.nameSlotsMax). */
  private readonly nameSlots = new Map<string, DfSlot>();
  /** Scratch of `countFeatures`: the article's name tables, emptied for each article (read in `prepare`, before the next). */
  private readonly nameScratch: NameScratch = { names: new Map(), sentenceStart: new Map(), midCaps: new Set() };
  /** Scratch of `add`, emptied for each article (one pair of tables, not two new ones per article). */
  private readonly hits = new Map<string, number>();
  private readonly lastKey = new Map<string, number>();
  /** Scratch of `prepare`: an article's keys and weights before the heaviest are kept (reused, not one pair per article). */
  private readonly scratchKeys: string[] = [];
  private readonly scratchWeights: number[] = [];
  /** Called with a story that leaves the in-memory index (idle past the window). */
  onEvict: ((s: StoryState) => void) | null = null;

  constructor(settings: Partial<ClusterSettings> = {}, background?: Background) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.background = background ?? (this.settings.backgroundDocs > 0 ? defaultBackground() : { docs: 0, df: new Map() });
  }

  /** A new document-frequency box for a key: its background share of the pseudo-documents. */
  private box(k: string): DfSlot {
    const b = this.background;
    const bdf = b.docs > 0 ? b.df.get(k) : undefined;
    const box: DfSlot = { key: k, count: 0, article: -1, live: true, n: 0, prior: bdf === undefined ? 0 : (this.settings.backgroundDocs * bdf) / b.docs };
    this.df.set(k, box);
    return box;
  }

  /** Stories in memory (not evicted, not merged away). */
  get active(): ReadonlyMap<string, StoryState> {
    return this.stories;
  }

  /** Distinct keys the document-frequency table holds. */
  get vocabulary(): number {
    return this.df.size;
  }

  /** Assigns one article (call in time order). */
  add(article: StreamArticle): Assignment {
    const s = this.settings;
    // An article that names no outlet is its address's site's (as the cleaner reads it for briefs).
    const host = article.outlet ? null : outletFromUrl(article.url);
    const a = host === null ? article : { ...article, outlet: host };
    const p = this.prepare(a);
    this.seq++;
    if (p.day !== null && (this.now === null || p.day > this.now)) this.now = p.day;
    // Candidates: stories sharing the most lookup keys (ties: the most recently updated, last in the postings).
    const hits = this.hits;
    // The key each story was last counted for: a story met twice in one key's postings (through a merge) counts once.
    const lastKey = this.lastKey;
    hits.clear();
    lastKey.clear();
    for (let ki = 0; ki < p.lookup.length; ki++) {
      const list = this.postings.get(p.lookup[ki]);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const raw = list[i];
        const id = this.stories.has(raw) ? raw : this.resolve(raw);
        if (id === null || lastKey.get(id) === ki) continue;
        lastKey.set(id, ki);
        hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    // A short article (a headline) joins only a story it shares several of its heaviest keys with: one shared
    // word is a large cosine between vectors of a few keys, and a generic headline word ("charged") bridges events.
    const minShared = p.terms.keys.length <= s.shortTerms ? s.shortMinShared : 1;
    let cands = minShared > 1 ? [...hits.keys()].filter((id) => hits.get(id)! >= minShared) : [...hits.keys()];
    if (cands.length > s.candidates) {
      cands = cands.map((id, i) => [id, hits.get(id)!, i] as const).sort((x, y) => y[1] - x[1] || x[2] - y[2]).slice(0, s.candidates).map((x) => x[0]);
    }
    // Centroid similarity for every candidate; the recent articles only of the closest few (they are costlier).
    const pre = cands.map((id, i) => {
      const st = this.stories.get(id)!;
      const td = dot(p.terms, st.terms);
      const nd = dot(p.names, st.names);
      const tc = st.terms.norm2 > 0 ? td / Math.sqrt(st.terms.norm2) : 0;
      const nc = st.names.norm2 > 0 ? nd / Math.sqrt(st.names.norm2) : 0;
      const w = p.names.keys.length > 0 && st.names.norm2 > 0 ? s.nameWeight : 0;
      return { st, td, nd, tc, nc, near: (1 - w) * tc + w * nc, i };
    });
    pre.sort((x, y) => y.near - x.near || x.i - y.i);
    const termMap = new Map<string, number>();
    const nameMap = new Map<string, number>();
    if (pre.length > 0 && s.recentWeight > 0) {
      p.terms.keys.forEach((k, i) => termMap.set(k, p.terms.weights[i]));
      p.names.keys.forEach((k, i) => nameMap.set(k, p.names.weights[i]));
    }
    let best: StoryState | null = null;
    let bestScore = -1;
    let bestTermDot = 0;
    let bestNameDot = 0;
    const scored: [StoryState, number][] = [];
    const need = this.shortness(p);
    // The runner-up by names: the candidate closest to its threshold among those sharing the article's rare names.
    let named: (typeof pre)[number] | null = null;
    let namedScore = 0;
    let namedRatio = 0;
    for (let rank = 0; rank < pre.length; rank++) {
      const { st, td, nd, tc, nc } = pre[rank];
      const nearest = rank < CLUSTER_FIXED.recentCandidates && s.recentWeight > 0 ? this.nearestRecent(p, termMap, nameMap, st) : 0;
      const score = this.score(tc, nc, p, st, nearest);
      scored.push([st, score]);
      const bar = need * this.threshold(st);
      if (score >= bar && score > bestScore) {
        best = st;
        bestScore = score;
        bestTermDot = td;
        bestNameDot = nd;
      }
      if (nc >= s.namedCosine && score > namedRatio * bar) {
        named = pre[rank];
        namedScore = score;
        namedRatio = score / bar;
      }
    }
    // No story passes its threshold, but one that shares the article's rare names comes close: the names are
    // the evidence the words lack (a follow-up written from another angle, weeks later).
    if (!best && named && namedRatio >= s.namedRatio) {
      best = named.st;
      bestScore = namedScore;
      bestTermDot = named.td;
      bestNameDot = named.nd;
    }
    if (!best) {
      const st = this.open(p, a);
      this.index(p.lookup, st.id);
      this.maybeSweep();
      return { id: a.id, story: st.id, opened: true, score: 0, merged: [] };
    }
    this.join(best, p, a, bestScore, bestTermDot, bestNameDot);
    this.index(p.lookup, best.id);
    const { survivor, merged } = this.mergeStep(best, scored, need);
    this.maybeSweep();
    return { id: a.id, story: survivor.id, opened: false, score: bestScore, merged };
  }

  /** The best combined similarity of the article to one of the story's recent articles. */
  private nearestRecent(p: Prepared, termMap: Map<string, number>, nameMap: Map<string, number>, st: StoryState): number {
    let best = 0;
    for (const r of st.recent) {
      const tc = sparseDot(termMap, r.terms);
      const nc = sparseDot(nameMap, r.names);
      const w = p.names.keys.length > 0 && r.names.keys.length > 0 ? this.settings.nameWeight : 0;
      best = Math.max(best, (1 - w) * tc + w * nc);
    }
    return best;
  }

  /**
   * Term and name cosines to the centroid combined (or the similarity to the nearest recent article, when
   * higher, times `recentWeight`), decayed by the gap between the article's day and the story's span.
   */
  private score(termCos: number, nameCos: number, p: Prepared, st: StoryState, nearest: number): number {
    const s = this.settings;
    // An article without names (a short headline) is scored on terms alone.
    const w = p.names.keys.length > 0 && st.names.norm2 > 0 ? s.nameWeight : 0;
    const sim = Math.max((1 - w) * termCos + w * nameCos, s.recentWeight * nearest);
    if (termCos >= s.copyCosine || p.day === null || st.first === null || st.last === null) return sim;
    const gap = p.day < st.first ? st.first - p.day : p.day > st.last ? p.day - st.last : 0;
    return sim * this.decay(gap, st.last - st.first);
  }

  /**
   * The time factor of a gap in days: none within a grace period, then exponential. The story's own spread
   * widens both (half its span is added): a story that has run for weeks tolerates a longer silence than a
   * one-day event.
   */
  private decay(gap: number, spread: number): number {
    const s = this.settings;
    const over = gap - s.graceDays - spread / 2;
    return over <= 0 ? 1 : Math.exp(-over / (s.decayDays + spread / 2));
  }

  /**
   * How much more a short article (a headline, a brief) must score than a full one: one shared word is a large
   * cosine between vectors of a few keys and a small one between vectors of sixty. `shortRatio` at `shortTerms`
   * keys or fewer, 1 at `termsPerArticle`, interpolated on the log of the article's key count.
   */
  private shortness(p: Prepared): number {
    const s = this.settings;
    const n = p.terms.keys.length;
    if (n >= s.termsPerArticle || s.shortRatio === 1) return 1;
    if (n <= s.shortTerms) return s.shortRatio;
    const t = Math.log(n / s.shortTerms) / Math.log(s.termsPerArticle / s.shortTerms);
    return s.shortRatio + t * (1 - s.shortRatio);
  }

  /** The score a newcomer needs to join `st`: relative to the story's own cohesion once it has one. */
  private threshold(st: StoryState): number {
    const s = this.settings;
    if (st.joinCount === 0) return s.baseThreshold;
    const cohesion = st.joinSum / st.joinCount;
    return Math.min(s.baseThreshold + s.ceilingOverBase, Math.max(s.floorThreshold, s.cohesionRatio * cohesion));
  }

  private prepare(a: StreamArticle): Prepared {
    const s = this.settings;
    const f = countFeatures(a, s, this.cache, this.sites, this.boilerplate, this.nameScratch);
    // Documents so far, the background's pseudo-documents included (none when there is no background table).
    const docs = ++this.docs + (this.background.docs > 0 ? s.backgroundDocs : 0);
    // Document frequency counted and inverse frequency weighed in one pass (this article included), into the
    // engine's scratch arrays (the first `n` places), from which the vector takes its heaviest keys.
    const keys = this.scratchKeys;
    const weights = this.scratchWeights;
    let n = 0;
    for (let i = 0; i < f.termCount; i++) {
      const box = f.terms[i];
      const d = ++box.n + box.prior;
      keys[n] = box.key;
      weights[n++] = logOnePlus(box.count) * Math.log(1 + docs / d);
    }
    const terms = topUnitOf(keys, weights, s.termsPerArticle, n);
    n = 0;
    for (const [name, c] of f.names) {
      const box = this.nameSlot(name);
      const d = ++box.n + box.prior;
      keys[n] = box.key;
      weights[n++] = logOnePlus(c) * Math.log(1 + docs / d);
    }
    const names = topUnitOf(keys, weights, s.namesPerArticle, n);
    // Lookup keys: the heaviest names and terms (heavy = frequent here and rare in the stream).
    const nNames = Math.min(names.keys.length, Math.floor(s.lookupKeys / 3));
    const lookup = [...names.keys.slice(0, nNames), ...terms.keys.slice(0, s.lookupKeys - nNames)];
    return { terms, names, lookup, day: f.day, headlineSource: f.headlineSource };
  }

  /** The df slot of a name (its key is the name under NAME_KEY), found by the bare name without building the key. */
  private nameSlot(name: string): DfSlot {
    let slot = this.nameSlots.get(name);
    if (slot === undefined || !slot.live) {
      const k = NAME_KEY + name;
      slot = this.df.get(k) ?? this.box(k);
      if (this.nameSlots.size >= CLUSTER_FIXED.nameSlotsMax) this.nameSlots.clear();
      this.nameSlots.set(name, slot);
    }
    return slot;
  }

  private open(p: Prepared, a: StreamArticle): StoryState {
    const id = `s${(this.nextStory++).toString().padStart(6, '0')}`;
    const st: StoryState = {
      id, size: 0, terms: newCentroid(), names: newCentroid(), first: null, last: null, joinSum: 0, joinCount: 0,
      lastSeq: this.seq, headline: displayHeadline(p.headlineSource).slice(0, 200), outlets: [], recent: [],
    };
    this.stories.set(id, st);
    this.join(st, p, a, 0, 0, 0);
    st.joinCount = 0;
    st.joinSum = 0;
    return st;
  }

  private join(st: StoryState, p: Prepared, a: StreamArticle, score: number, termDot: number, nameDot: number): void {
    st.size++;
    addTo(st.terms, p.terms, termDot);
    if (p.names.keys.length) addTo(st.names, p.names, nameDot);
    prune(st.terms, this.settings.termsPerStory);
    prune(st.names, this.settings.termsPerStory);
    if (p.day !== null) {
      st.first = st.first === null ? p.day : Math.min(st.first, p.day);
      st.last = st.last === null ? p.day : Math.max(st.last, p.day);
    }
    st.joinSum += score;
    st.joinCount++;
    st.lastSeq = this.seq;
    st.recent.push({ terms: p.terms, names: p.names });
    if (st.recent.length > this.settings.recentArticles) st.recent.shift();
    const outlet = a.outlet?.trim();
    if (outlet && st.outlets.length < CLUSTER_FIXED.maxOutlets && !st.outlets.includes(outlet)) st.outlets.push(outlet);
  }

  /** Puts the story at the recent end of each key's postings, dropping the oldest past the cap. */
  private index(keys: string[], id: string): void {
    const cap = this.settings.postingsPerKey;
    for (const k of keys) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      const at = list.lastIndexOf(id);
      if (at >= 0) list.splice(at, 1);
      list.push(id);
      if (list.length > cap) list.shift();
    }
  }

  /** Merges into `st` the other candidates whose centroids now read as the same story. */
  private mergeStep(st: StoryState, scored: [StoryState, number][], need: number): { survivor: StoryState; merged: string[] } {
    const s = this.settings;
    // Only stories that would have taken this article too: the article bridges them, so they may be one.
    const others = scored.filter(([o, sc]) => o !== st && sc >= need * this.threshold(o)).sort((x, y) => y[1] - x[1]).slice(0, CLUSTER_FIXED.mergeCandidates);
    const merged: string[] = [];
    for (const [o] of others) {
      if (!this.stories.has(o.id)) continue;
      if (this.storySimilarity(st, o) < s.mergeThreshold) continue;
      // The older story (lower id) survives, so ids stay stable; the other is folded into it.
      const [keep, gone] = st.id < o.id ? [st, o] : [o, st];
      this.fold(keep, gone);
      merged.push(gone.id);
      // Once `st` is folded into an older story the step stops: the survivor is checked again on its next join.
      if (gone === st) return { survivor: keep, merged };
    }
    return { survivor: st, merged };
  }

  /** Two stories' similarity: their centroids' cosines (names and terms, as the score), decayed by the gap between their spans. */
  private storySimilarity(a: StoryState, b: StoryState): number {
    const s = this.settings;
    const tc = centroidCosine(a.terms, b.terms);
    const nc = centroidCosine(a.names, b.names);
    const w = a.names.norm2 > 0 && b.names.norm2 > 0 ? s.nameWeight : 0;
    let sim = (1 - w) * tc + w * nc;
    if (a.first !== null && a.last !== null && b.first !== null && b.last !== null) {
      const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
      sim *= this.decay(gap, Math.max(a.last - a.first, b.last - b.first));
    }
    return sim;
  }

  private fold(keep: StoryState, gone: StoryState): void {
    keep.size += gone.size;
    mergeInto(keep.terms, gone.terms);
    mergeInto(keep.names, gone.names);
    prune(keep.terms, this.settings.termsPerStory);
    prune(keep.names, this.settings.termsPerStory);
    if (gone.first !== null) keep.first = keep.first === null ? gone.first : Math.min(keep.first, gone.first);
    if (gone.last !== null) keep.last = keep.last === null ? gone.last : Math.max(keep.last, gone.last);
    keep.joinSum += gone.joinSum;
    keep.joinCount += gone.joinCount;
    keep.lastSeq = Math.max(keep.lastSeq, gone.lastSeq);
    keep.recent = [...keep.recent, ...gone.recent].slice(-this.settings.recentArticles);
    for (const o of gone.outlets) if (keep.outlets.length < CLUSTER_FIXED.maxOutlets && !keep.outlets.includes(o)) keep.outlets.push(o);
    this.stories.delete(gone.id);
    // The gone story's postings point at the survivor through the alias until the next sweep rewrites them.
    this.alias.set(gone.id, keep.id);
  }

  /** The story an id now stands for (itself, or the survivor of the merges it went through), or null if gone. */
  private resolve(id: string): string | null {
    let r = id;
    for (let hop = 0; hop < 64 && !this.stories.has(r); hop++) {
      const next = this.alias.get(r);
      if (next === undefined) return null;
      r = next;
    }
    return this.stories.has(r) ? r : null;
  }

  private maybeSweep(): void {
    if (this.seq % CLUSTER_FIXED.sweepEvery !== 0) return;
    const s = this.settings;
    for (const st of [...this.stories.values()]) {
      const idleDays = this.now !== null && st.last !== null ? this.now - st.last : 0;
      if (idleDays > s.idleDays || this.seq - st.lastSeq > s.idleArticles) {
        this.stories.delete(st.id);
        this.onEvict?.(st);
      }
    }
    for (const [k, list] of this.postings) {
      const kept: string[] = [];
      // Resolved from the recent end so a survivor keeps its most recent place.
      for (let i = list.length - 1; i >= 0; i--) {
        const id = this.resolve(list[i]);
        if (id !== null && !kept.includes(id)) kept.push(id);
      }
      kept.reverse();
      if (kept.length === 0) this.postings.delete(k);
      else this.postings.set(k, kept);
    }
    this.alias.clear();
    // Lines one page alone has printed are forgotten at each sweep: furniture comes back within a thousand articles,
    // a page's own short lines mostly never do, and the table (and the snapshot) stays small.
    this.boilerplate.prune();
    // The document frequencies grow with the stream's vocabulary (new names every day): past the bound, keys
    // seen in one article only are forgotten (their weight as "rare" is kept by the stories that hold them).
    // A forgotten key's slot is marked so the term cache asks for a new one.
    if (this.df.size > s.maxVocabulary) {
      for (const [k, d] of this.df) {
        if (d.n <= 1) {
          d.live = false;
          this.df.delete(k);
        }
      }
    }
  }

  /** The whole state, as JSON-safe data. */
  snapshot(): EngineSnapshot {
    return {
      version: 1, seq: this.seq, nextStory: this.nextStory, now: this.now, docs: this.docs, df: [...this.df].map(([k, d]) => [k, d.n]),
      stories: [...this.stories.values()].map((st) => ({
        id: st.id, size: st.size, terms: [...st.terms.sum], termsNorm2: st.terms.norm2, names: [...st.names.sum], namesNorm2: st.names.norm2,
        first: st.first, last: st.last, joinSum: st.joinSum, joinCount: st.joinCount, lastSeq: st.lastSeq, headline: st.headline, outlets: st.outlets,
        recent: st.recent,
      })),
      postings: [...this.postings].map(([k, l]) => [k, [...l]]),
      alias: [...this.alias],
      sites: this.sites.entries(),
      lines: this.boilerplate.entries(),
    };
  }

  /** An engine that continues from a snapshot exactly where it stopped. */
  static restore(snap: EngineSnapshot, settings: Partial<ClusterSettings> = {}, background?: Background): ClusterEngine {
    if (snap.version !== 1) throw new Error(`unknown clustering state version ${String(snap.version)}`);
    const e = new ClusterEngine(settings, background);
    e.seq = snap.seq;
    e.nextStory = snap.nextStory;
    e.now = snap.now;
    e.docs = snap.docs;
    for (const [k, v] of snap.df) e.box(k).n = v;
    for (const x of snap.stories) {
      e.stories.set(x.id, {
        id: x.id, size: x.size, terms: { sum: new Map(x.terms), norm2: x.termsNorm2 }, names: { sum: new Map(x.names), norm2: x.namesNorm2 },
        first: x.first, last: x.last, joinSum: x.joinSum, joinCount: x.joinCount, lastSeq: x.lastSeq, headline: x.headline, outlets: [...x.outlets],
        recent: x.recent.map((r) => ({ terms: { keys: [...r.terms.keys], weights: [...r.terms.weights] }, names: { keys: [...r.names.keys], weights: [...r.names.weights] } })),
      });
    }
    for (const [k, l] of snap.postings) e.postings.set(k, [...l]);
    for (const [k, v] of snap.alias) e.alias.set(k, v);
    e.sites = SiteNames.from(snap.sites);
    e.boilerplate = BoilerplateLines.from(snap.lines);
    return e;
  }
}
