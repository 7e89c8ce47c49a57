// One `chorus cluster` run: with a store, continue its stories (articles it already holds keep their story and
// are not clustered again); without one, a fresh engine. Returns each article's story in input order.
import { ClusterEngine, type StorySummary } from './clusterer.js';
import type { StreamArticle } from './features.js';
import type { ClusterSettings } from './settings.js';
import type { ClusterStore } from './store.js';
import { clusterWith, type StreamHooks } from './stream.js';

export interface RunResult {
  /** Story of each input article, in input order. */
  stories: string[];
  /** The stories of this run's articles (with a store: their stored sizes, all runs counted). */
  summaries: StorySummary[];
  /** Articles the store already held (not clustered again). */
  known: number;
}

export function runCluster(articles: readonly StreamArticle[], opts: { store?: ClusterStore; settings?: Partial<ClusterSettings>; hooks?: StreamHooks } = {}): RunResult {
  const { store } = opts;
  const snap = store?.loadState() ?? null;
  const engine = snap ? ClusterEngine.restore(snap, opts.settings) : new ClusterEngine(opts.settings);
  const stories = new Array<string>(articles.length);
  const fresh: number[] = [];
  const seenIds = new Set<string>();
  articles.forEach((a, i) => {
    const stored = store?.storyOf(a.id) ?? null;
    if (stored !== null) stories[i] = stored;
    else if (!seenIds.has(a.id)) fresh.push(i);
    seenIds.add(a.id);
  });
  const r = clusterWith(engine, fresh.map((i) => articles[i]), undefined, opts.hooks);
  fresh.forEach((i, k) => (stories[i] = r.stories[k]));
  if (!store) {
    // An id given twice is clustered once; its repeats take the same story.
    const byId = new Map<string, string>();
    fresh.forEach((i) => byId.set(articles[i].id, stories[i]));
    return { stories: articles.map((a, i) => stories[i] ?? byId.get(a.id) ?? ''), summaries: r.summaries, known: 0 };
  }
  store.commit({
    memberships: fresh.map((i, k) => ({ article: articles[i].id, story: r.stories[k] })),
    merges: r.merges,
    stories: r.touched,
    state: engine.snapshot(),
  });
  // Stories of earlier runs may have been merged since: read every article's story back from the store.
  const now = store.memberships();
  const out = articles.map((a) => now.get(a.id) ?? '');
  const ids = new Set(out);
  return { stories: out, summaries: store.listStories().filter((s) => ids.has(s.id)), known: articles.length - fresh.length };
}
