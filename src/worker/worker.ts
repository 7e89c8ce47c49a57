// `chorus worker`: runs ingest, clustering and brief jobs from the store's queue (src/store/queue.ts). Several
// workers, on one machine or many, share one PostgreSQL database (or, on one machine, one SQLite file).
//   ingest  (payload: articles): stores them by content, records their stored ids in order as the job's result,
//           then (after its commit) queues a clustering job. Ingest jobs run in parallel.
//   cluster: under the cluster lock (one at a time per database), takes the ingest jobs finished since the
//           stream cursor, in job order, stopping at the first unfinished one; clusters each job's articles as
//           one batch, writes memberships, stories and the engine's state, moves the cursor; after the commit,
//           queues a brief job per changed story. The stories depend only on the batches and their order, never on which worker ran
//           what or when: two workers seeing articles of the same new story at once cannot split it.
//   brief   (key: a story): the brief of the story's latest articles, cached by content key as `chorus serve`
//           caches it. Brief jobs run in parallel.
// Jobs are queued after the commit of the work that calls for them: a job of the same key queued already, and
// claimed meanwhile, would otherwise read the state before that work and stand for it. An idle worker also
// queues what a worker killed between the two steps did not (`sweep`): the clustering job after an ingest, and
// the brief jobs of a clustering run (its job stays `followup`, its changed stories in its result, until they are
// queued).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Article } from '../types.js';
import type { StreamArticle } from '../cluster/features.js';
import { clusterBatches, type EngineHolder } from '../cluster/run.js';
import { openStore, addArticlesIn, getArticlesIn, putCachedIn, STORE } from '../store/store.js';
import { clusterStoreOn } from '../store/cluster.js';
import { contentKey } from '../store/hash.js';
import { LOCKS } from '../store/migrations.js';
import { claim, complete, enqueue, fail, followUps, followUpsQueued, pending, renew, type Job, type JobKind } from '../store/queue.js';
import type { Sql } from '../store/db.js';
import type { Store } from '../store/types.js';

export const WORKER = {
  /** Jobs run at once by one worker process. */
  concurrency: 2,
  /** A claimed job's lease; renewed every third of it while the job runs. A killed worker's jobs are taken again after it. */
  leaseMs: 30_000,
  /** Wait between looks at an empty queue. */
  pollMs: 200,
  /** Ingest jobs one clustering job takes at most (the rest wait for the next one). */
  clusterJobsPerRun: 200,
  /** Articles per ingest job queued by `chorus worker --enqueue`. */
  enqueueBatch: 100,
} as const;

export interface WorkerOptions {
  db: string;
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  /** Exit once no job of the kinds this worker runs is queued or running (for batch runs and tests). */
  untilIdle?: boolean;
  /** Run brief jobs and queue them after clustering (default true). */
  briefs?: boolean;
  log?: (line: string) => void;
}

export interface WorkerReport {
  worker: string;
  /** Jobs completed, by kind. */
  done: Record<JobKind, number>;
  /** Failed runs (retried or given up). */
  failures: number;
}

const BRIEF_KEY = 'brief-v1';

/**
 * The articles a story's brief is made of (its latest, in assignment order) and the cache key of that brief:
 * a brief job's work, and what a check that a story's brief is current compares.
 */
export async function storyBrief(sql: Sql, story: string): Promise<{ articles: Article[]; key: string | null }> {
  const members = await sql.all<{ article_id: string }>('SELECT article_id FROM cluster_members WHERE story_id = ? ORDER BY seq DESC LIMIT ?', [story, STORE.clusterBriefArticles]);
  const arts = (await getArticlesIn(sql, members.map((m) => m.article_id).reverse())).filter((a) => a !== null);
  const key = arts.length > 0 ? contentKey(BRIEF_KEY, {}, arts.map((a) => ({ id: a.article.id, hash: a.hash }))) : null;
  return { articles: arts.map((a) => a.article), key };
}

const streamArticle = (a: Article): StreamArticle => ({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, published: a.published, url: a.url });

/** Queues articles as ingest jobs of `batch` articles each, in order, in one transaction; returns the job count. */
export async function enqueueArticles(store: Store, articles: readonly Article[], batch: number = WORKER.enqueueBatch): Promise<number> {
  return store.db.transaction(async (tx) => {
    let n = 0;
    for (let i = 0; i < articles.length; i += batch) {
      await enqueue(tx, 'ingest', articles.slice(i, i + batch));
      n++;
    }
    return n;
  });
}

/** One worker's context: its store, its id, the engine it keeps between clustering jobs. */
class Worker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  readonly holder: EngineHolder = { held: null };
  readonly running = new Set<number>();
  readonly report: WorkerReport;
  stopping = false;

  constructor(
    readonly store: Store,
    readonly opts: Required<Omit<WorkerOptions, 'log' | 'db'>> & { log: (line: string) => void },
  ) {
    this.report = { worker: this.id, done: { ingest: 0, cluster: 0, brief: 0 }, failures: 0 };
  }

  get kinds(): JobKind[] {
    return this.opts.briefs ? ['ingest', 'cluster', 'brief'] : ['ingest', 'cluster'];
  }

  async ingest(job: Job): Promise<void> {
    const articles = JSON.parse(job.payload) as Article[];
    await this.store.db.transaction(async (tx) => {
      const { ids } = await addArticlesIn(tx, articles);
      await complete(tx, job, { ids });
      // The articles are stored now; the job keeps their ids, not their text.
      await tx.run(`UPDATE jobs SET payload = '[]' WHERE id = ?`, [job.id]);
    });
    // After the commit, not in the transaction: a clustering job queued already might otherwise be claimed, and
    // read the ingest jobs, before this one is visible as done. (A worker dying between the two leaves the job
    // to `sweep`.)
    await this.afterCommit(job, () => enqueue(this.store.db, 'cluster', {}, 'stream'));
  }

  /**
   * Work after a job's commit (queueing the jobs it calls for). A failure there must not fail the job, whose
   * effects are committed: it is logged, and `sweep` does the work instead.
   */
  async afterCommit(job: Job, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.opts.log(`chorus worker: job ${job.id} (${job.kind}) is done; queueing what follows it failed, left to an idle worker: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Queues the brief jobs of a clustering run's changed stories, then marks its job done. */
  async queueBriefs(jobId: number, stories: readonly string[]): Promise<void> {
    for (const story of stories) await enqueue(this.store.db, 'brief', { story }, story);
    await followUpsQueued(this.store.db, jobId);
  }

  /**
   * A clustering job when the stream has finished ingest jobs past the cursor and no clustering job is queued or
   * running (its worker died between an ingest's commit and queueing the clustering job).
   */
  async sweep(): Promise<void> {
    const { db } = this.store;
    // Clustering runs whose worker died before queueing their brief jobs. (A live worker may be queueing the
    // same ones now: a brief job queued twice finds its brief cached the second time.)
    if (this.opts.briefs) {
      for (const f of await followUps(db, 'cluster')) {
        const stories = f.result ? ((JSON.parse(f.result) as { briefs?: string[] }).briefs ?? []) : [];
        await this.queueBriefs(f.id, stories);
      }
    }
    const cursor = Number((await db.get<{ position: number }>(`SELECT position FROM queue_cursor WHERE name = 'cluster'`))?.position ?? 0);
    const next = await db.get<{ state: string }>(`SELECT state FROM jobs WHERE kind = 'ingest' AND id > ? ORDER BY id LIMIT 1`, [cursor]);
    if (!next || (next.state !== 'done' && next.state !== 'failed')) return;
    if (await db.get(`SELECT 1 AS one FROM jobs WHERE kind = 'cluster' AND state IN ('queued', 'running')`)) return;
    await enqueue(db, 'cluster', {}, 'stream');
  }

  async cluster(job: Job): Promise<void> {
    const { touched, more } = await this.store.db.transaction(
      async (tx) => {
        const cursor = Number((await tx.get<{ position: number }>(`SELECT position FROM queue_cursor WHERE name = 'cluster'`))?.position ?? 0);
        const rows = await tx.all<{ id: number; state: string; result: string | null }>(
          `SELECT id, state, result FROM jobs WHERE kind = 'ingest' AND id > ? ORDER BY id LIMIT ?`,
          [cursor, WORKER.clusterJobsPerRun],
        );
        const ready: typeof rows = [];
        for (const r of rows) {
          if (r.state !== 'done' && r.state !== 'failed') break;
          ready.push(r);
        }
        if (ready.length > 0) {
          const batches: StreamArticle[][] = [];
          for (const r of ready) {
            const ids = r.state === 'done' && r.result ? (JSON.parse(r.result) as { ids: string[] }).ids : [];
            const stored = await getArticlesIn(tx, ids);
            batches.push(stored.filter((a) => a !== null).map((a) => streamArticle(a.article)));
          }
          const res = await clusterBatches(batches, clusterStoreOn(tx), { holder: this.holder });
          const last = Number(ready[ready.length - 1].id);
          await tx.run(`INSERT INTO queue_cursor (name, position) VALUES ('cluster', ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position`, [last]);
          // With briefs, the changed stories are kept in the job (`followup`) until their brief jobs are queued.
          if (this.opts.briefs && res.touched.length > 0) await complete(tx, job, { batches: ready.length, briefs: res.touched }, 'followup');
          else await complete(tx, job, { batches: ready.length });
          // More finished ingest jobs than one run takes: another clustering job follows.
          return { touched: res.touched, more: ready.length === WORKER.clusterJobsPerRun };
        }
        await complete(tx, job, { batches: 0 });
        return { touched: [] as string[], more: false };
      },
      { lock: LOCKS.cluster },
    ).catch((err: unknown) => {
      // The transaction rolled back: an engine advanced in memory is not the stored one any more.
      this.holder.held = null;
      throw err;
    });
    // Queued after the commit, so that a brief job already queued for a story, claimed meanwhile, cannot have
    // read the memberships before this run's.
    await this.afterCommit(job, async () => {
      if (more) await enqueue(this.store.db, 'cluster', {}, 'stream');
      if (this.opts.briefs && touched.length > 0) await this.queueBriefs(job.id, touched);
    });
  }

  async brief(job: Job): Promise<void> {
    const { story } = JSON.parse(job.payload) as { story: string };
    const { db } = this.store;
    const { articles, key } = await storyBrief(db, story);
    if (key !== null && (await db.get('SELECT 1 AS one FROM cache WHERE key = ?', [key])) === undefined) {
      const { briefOf } = await import('../pipeline.js');
      const text = `${JSON.stringify(briefOf(articles), null, 2)}\n`;
      await db.transaction((tx) => putCachedIn(tx, key, text));
    }
    await complete(db, job, { articles: articles.length });
  }

  async runOne(job: Job): Promise<void> {
    this.running.add(job.id);
    try {
      if (job.kind === 'ingest') await this.ingest(job);
      else if (job.kind === 'cluster') await this.cluster(job);
      else await this.brief(job);
      this.report.done[job.kind]++;
    } catch (err) {
      this.report.failures++;
      const message = err instanceof Error ? err.message : String(err);
      const state = await fail(this.store.db, job, message).catch(() => 'unknown');
      this.opts.log(`chorus worker: job ${job.id} (${job.kind}, run ${job.attempts}) failed: ${message} -> ${state}`);
      // A failed ingest must not hold the stream back: clustering passes over it once it has failed for good.
      if (job.kind === 'ingest' && state === 'failed') await enqueue(this.store.db, 'cluster', {}, 'stream').catch(() => null);
    } finally {
      this.running.delete(job.id);
    }
  }

  async loop(): Promise<void> {
    while (!this.stopping) {
      let job: Job | null;
      try {
        job = await claim(this.store.db, this.id, this.kinds, this.opts.leaseMs);
      } catch (err) {
        // A lost connection or a busy database: look again shortly.
        this.opts.log(`chorus worker: claiming a job failed: ${err instanceof Error ? err.message : String(err)}`);
        await new Promise((r) => setTimeout(r, this.opts.pollMs));
        continue;
      }
      if (job) {
        await this.runOne(job);
        continue;
      }
      try {
        await this.sweep();
        if (this.opts.untilIdle && (await pending(this.store.db, this.kinds)) === 0) return;
      } catch (err) {
        this.opts.log(`chorus worker: looking at the queue failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      await new Promise((r) => setTimeout(r, this.opts.pollMs));
    }
  }
}

/**
 * Runs a worker until `signal` aborts (or, with `untilIdle`, until the queue is empty). In-flight jobs finish
 * before it returns.
 */
export async function runWorker(opts: WorkerOptions, signal?: AbortSignal): Promise<WorkerReport> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? WORKER.concurrency));
  const store = await openStore(opts.db, { poolSize: concurrency + 2 });
  const w = new Worker(store, {
    concurrency,
    leaseMs: opts.leaseMs ?? WORKER.leaseMs,
    pollMs: opts.pollMs ?? WORKER.pollMs,
    untilIdle: opts.untilIdle ?? false,
    briefs: opts.briefs ?? true,
    log: opts.log ?? (() => undefined),
  });
  const stop = () => {
    w.stopping = true;
  };
  signal?.addEventListener('abort', stop);
  const heartbeat = setInterval(() => {
    renew(store.db, w.id, [...w.running], w.opts.leaseMs).catch(() => undefined);
  }, Math.max(50, Math.floor(w.opts.leaseMs / 3)));
  try {
    await Promise.all(Array.from({ length: concurrency }, () => w.loop()));
  } finally {
    clearInterval(heartbeat);
    signal?.removeEventListener('abort', stop);
    await store.close();
  }
  return w.report;
}
