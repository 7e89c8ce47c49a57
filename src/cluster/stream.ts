// A whole stream through the engine: time order, one assignment per article, merges applied to the articles
// already assigned (a union-find over story ids), the stories at the end.
import { ClusterEngine, summaryOf, type StorySummary } from './clusterer.js';
import type { StreamArticle } from './features.js';
import { timeOrder } from './order.js';
import type { ClusterSettings } from './settings.js';

/** Story ids after merges: each merged-away id points at the story it was folded into. */
export class StoryAliases {
  private readonly parent = new Map<string, string>();
  merge(from: string, into: string): void {
    this.parent.set(from, into);
  }
  find(id: string): string {
    let r = id;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    // Path compression keeps later look-ups short.
    let x = id;
    while (x !== r) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }
}

export interface StreamResult {
  /** Story of each article, in input order. */
  stories: string[];
  /** Every story with at least one article of this run, by id. */
  summaries: StorySummary[];
  /** Every story the run touched (in memory at the end or evicted during it), by id: what a store saves. */
  touched: StorySummary[];
  /** Stories folded into others, in order. */
  merges: [from: string, into: string][];
}

/** Observer of a run: progress and the stories that leave memory. */
export interface StreamHooks {
  progress?: (done: number, total: number) => void;
}

/** Clusters `articles` with `engine` (a fresh one, or one restored from a store), returning input-order stories. */
export function clusterWith(engine: ClusterEngine, articles: readonly StreamArticle[], aliases = new StoryAliases(), hooks: StreamHooks = {}): StreamResult {
  const order = timeOrder(articles);
  const raw: string[] = new Array<string>(articles.length);
  const seen = new Map<string, StorySummary>();
  const prevEvict = engine.onEvict;
  engine.onEvict = (st) => {
    seen.set(st.id, summaryOf(st));
    prevEvict?.(st);
  };
  let done = 0;
  const merges: [string, string][] = [];
  for (const i of order) {
    const r = engine.add(articles[i]);
    raw[i] = r.story;
    for (const m of r.merged) {
      aliases.merge(m, r.story);
      merges.push([m, r.story]);
      seen.delete(m);
    }
    if (hooks.progress && ++done % 500 === 0) hooks.progress(done, articles.length);
  }
  engine.onEvict = prevEvict;
  for (const st of engine.active.values()) seen.set(st.id, summaryOf(st));
  const stories = raw.map((s) => aliases.find(s));
  const ids = new Set(stories);
  const touched = [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { stories, summaries: touched.filter((s) => ids.has(s.id)), touched, merges };
}

/** One stream, one fresh engine. */
export function clusterStream(articles: readonly StreamArticle[], settings: Partial<ClusterSettings> = {}): StreamResult {
  return clusterWith(new ClusterEngine(settings), articles);
}
