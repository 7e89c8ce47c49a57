// One `chorus cluster` run, and the clustering step of `chorus worker`: with a store, continue its stories
// (articles it already holds keep their story and are not clustered again); without one, a fresh engine.
// With a store, call inside a transaction holding the cluster lock (LOCKS.cluster), so that one run at a time
// reads the engine's state, assigns, and writes memberships and state back.
import { ClusterEngine, type StorySummary } from './clusterer.js';
import type { StreamArticle } from './features.js';
import type { ClusterSettings } from './settings.js';
import type { ClusterStore } from '../store/cluster.js';
import { clusterWith, type StreamHooks } from './stream.js';

export interface RunResult {
  /** Story of each input article, in input order. */
  stories: string[];
  /** The stories of this run's articles (with a store: their stored sizes, all runs counted). */
  summaries: StorySummary[];
  /** Articles the store already held (not clustered again). */
  known: number;
}

/**
 * An engine kept in memory between runs by a long-lived process (a worker), with the state revision it matches:
 * when the store's revision is still that one, the snapshot is not read back.
 */
export interface EngineHolder {
  held: { rev: number; engine: ClusterEngine } | null;
}

export interface BatchesResult {
  /** Stories the run changed (joined, opened, or survivors of merges), by id. */
  touched: string[];
  /** Articles already in a story before the run (or earlier in it), not clustered again. */
  known: number;
  /** Articles assigned by this run. */
  assigned: number;
}

async function engineFor(store: ClusterStore, settings: Partial<ClusterSettings> | undefined, holder: EngineHolder | undefined): Promise<ClusterEngine> {
  const rev = await store.stateRev();
  if (holder?.held && rev > 0 && holder.held.rev === rev) return holder.held.engine;
  const snap = await store.loadState();
  return snap ? ClusterEngine.restore(snap, settings) : new ClusterEngine(settings);
}

/**
 * Clusters several batches in order, each as one time-ordered pass (so the stories depend on the batches, never
 * on how many of them one call takes), and writes the result to the store once.
 */
export async function clusterBatches(
  batches: readonly (readonly StreamArticle[])[],
  store: ClusterStore,
  opts: { settings?: Partial<ClusterSettings>; hooks?: StreamHooks; holder?: EngineHolder } = {},
): Promise<BatchesResult> {
  const engine = await engineFor(store, opts.settings, opts.holder);
  // While the engine runs ahead of the store it is nobody's cache: a failure below leaves none behind.
  if (opts.holder) opts.holder.held = null;
  const memberships: { article: string; story: string }[] = [];
  const merges: [string, string][] = [];
  const touched = new Map<string, StorySummary>();
  const assigned = new Set<string>();
  let known = 0;
  for (const batch of batches) {
    const stored = await store.storiesOf(batch.map((a) => a.id));
    const fresh: StreamArticle[] = [];
    for (const a of batch) {
      if (stored.has(a.id) || assigned.has(a.id)) known++;
      else {
        // An id given twice is clustered once.
        fresh.push(a);
        assigned.add(a.id);
      }
    }
    if (fresh.length === 0) continue;
    const r = clusterWith(engine, fresh, undefined, opts.hooks);
    fresh.forEach((a, k) => memberships.push({ article: a.id, story: r.stories[k] }));
    for (const m of r.merges) {
      merges.push(m);
      touched.delete(m[0]);
    }
    for (const s of r.touched) touched.set(s.id, s);
  }
  if (memberships.length === 0) {
    if (opts.holder && (await store.stateRev()) > 0) opts.holder.held = { rev: await store.stateRev(), engine };
    return { touched: [], known, assigned: 0 };
  }
  const stories = [...touched.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rev = await store.commit({ memberships, merges, stories, state: engine.snapshot() });
  if (opts.holder) opts.holder.held = { rev, engine };
  return { touched: stories.map((s) => s.id), known, assigned: memberships.length };
}

export async function runCluster(
  articles: readonly StreamArticle[],
  opts: { store?: ClusterStore; settings?: Partial<ClusterSettings>; hooks?: StreamHooks } = {},
): Promise<RunResult> {
  const { store } = opts;
  if (!store) {
    // An id given twice is clustered once; its repeats take the same story.
    const seenIds = new Set<string>();
    const fresh = articles.filter((a) => !seenIds.has(a.id) && seenIds.add(a.id));
    const r = clusterWith(new ClusterEngine(opts.settings), fresh, undefined, opts.hooks);
    const byId = new Map<string, string>();
    fresh.forEach((a, k) => byId.set(a.id, r.stories[k]));
    return { stories: articles.map((a) => byId.get(a.id) ?? ''), summaries: r.summaries, known: 0 };
  }
  const { known } = await clusterBatches([articles], store, { settings: opts.settings, hooks: opts.hooks });
  // Stories of earlier runs may have been merged since: read every article's story back from the store.
  const now = await store.storiesOf([...new Set(articles.map((a) => a.id))]);
  const out = articles.map((a) => now.get(a.id) ?? '');
  const ids = new Set(out);
  return { stories: out, summaries: (await store.listStories()).filter((s) => ids.has(s.id)), known };
}
