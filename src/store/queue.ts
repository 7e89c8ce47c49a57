// The job queue of `chorus worker`, in the store's `jobs` table (migration 3), on SQLite or PostgreSQL. A worker
// claims the oldest ready job with one UPDATE (on PostgreSQL its inner SELECT takes `FOR UPDATE SKIP LOCKED`, so
// workers never wait on each other's claims), holds it under a lease it renews while running, and completes it in
// the same transaction as the job's effects. A worker killed mid-job leaves its job `running` with a lease that
// runs out; the next claim takes it again. A job whose effects call for more jobs, queued only after its commit,
// is completed as `followup` with those jobs in its result, and marked done once they are queued: a worker killed
// between the two leaves it `followup`, and an idle worker queues them (`followUps`, `followUpsQueued`). Every job's effects are idempotent (ingest by content hash, clustering
// by a cursor under a lock, briefs by content key), so a job run twice changes nothing the second time.
import type { Sql } from './db.js';

export type JobKind = 'ingest' | 'cluster' | 'brief';

export interface Job {
  id: number;
  kind: JobKind;
  key: string | null;
  payload: string;
  /** Runs so far, this one included. */
  attempts: number;
}

export const QUEUE = {
  /** Runs of a failing job before it is marked failed. */
  maxAttempts: 8,
  /** First retry after this long; each later one waits twice as long, up to `retryMaxMs`. */
  retryBaseMs: 250,
  retryMaxMs: 30_000,
} as const;

/** Queues a job; with a key, not when a job of that kind and key is queued already (returns null then). */
export async function enqueue(sql: Sql, kind: JobKind, payload: unknown, key: string | null = null): Promise<number | null> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO jobs (kind, key, payload, state, attempts, run_after, created) VALUES (?, ?, ?, 'queued', 0, ${sql.nowMs}, ${sql.nowMs})
     ON CONFLICT DO NOTHING RETURNING id`,
    [kind, key, JSON.stringify(payload)],
  );
  return row ? Number(row.id) : null;
}

/** Takes the oldest ready job of these kinds (queued and due, or running with its lease run out), or null. */
export async function claim(sql: Sql, worker: string, kinds: readonly JobKind[], leaseMs: number): Promise<Job | null> {
  const skipLocked = sql.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  const row = await sql.get<Job>(
    `UPDATE jobs SET state = 'running', locked_by = ?, locked_until = ${sql.nowMs} + ?, attempts = attempts + 1
     WHERE id = (
       SELECT id FROM jobs
       WHERE kind IN (${kinds.map(() => '?').join(', ')})
         AND ((state = 'queued' AND run_after <= ${sql.nowMs}) OR (state = 'running' AND locked_until < ${sql.nowMs}))
       ORDER BY id LIMIT 1 ${skipLocked})
     RETURNING id, kind, key, payload, attempts`,
    [worker, leaseMs, ...kinds],
  );
  return row ? { ...row, id: Number(row.id), attempts: Number(row.attempts) } : null;
}

/** Renews the leases of a worker's running jobs. */
export async function renew(sql: Sql, worker: string, ids: readonly number[], leaseMs: number): Promise<void> {
  if (ids.length === 0) return;
  await sql.run(
    `UPDATE jobs SET locked_until = ${sql.nowMs} + ? WHERE locked_by = ? AND state = 'running' AND id IN (${ids.map(() => '?').join(', ')})`,
    [leaseMs, worker, ...ids],
  );
}

/**
 * Marks a job done (in the transaction of its effects), with an optional JSON result; `followup` when the
 * result names jobs still to queue after the commit (then `followUpsQueued` once they are).
 */
export async function complete(sql: Sql, job: Job, result: unknown = null, state: 'done' | 'followup' = 'done'): Promise<void> {
  await sql.run(`UPDATE jobs SET state = ?, result = ?, finished = ${sql.nowMs}, locked_until = NULL WHERE id = ?`, [state, result === null ? null : JSON.stringify(result), job.id]);
}

/** Jobs completed whose follow-up jobs may not be queued yet (their worker may have died before), oldest first. */
export async function followUps(sql: Sql, kind: JobKind): Promise<{ id: number; result: string | null }[]> {
  const rows = await sql.all<{ id: number; result: string | null }>(`SELECT id, result FROM jobs WHERE state = 'followup' AND kind = ? ORDER BY id`, [kind]);
  return rows.map((r) => ({ id: Number(r.id), result: r.result }));
}

/** A `followup` job's follow-up jobs are queued: it is done. */
export async function followUpsQueued(sql: Sql, id: number): Promise<void> {
  await sql.run(`UPDATE jobs SET state = 'done' WHERE id = ? AND state = 'followup'`, [id]);
}

/**
 * A failed run: queued again after a backoff, or failed for good after `maxAttempts`. A keyed job whose key is
 * queued again already is done: the queued one covers it. Only a running job changes: one whose effects were
 * committed (done or `followup`) is never run again. Returns the job's new state.
 */
export async function fail(sql: Sql, job: Job, error: string): Promise<'queued' | 'failed' | 'done'> {
  if (job.attempts >= QUEUE.maxAttempts) {
    await sql.run(`UPDATE jobs SET state = 'failed', error = ?, finished = ${sql.nowMs}, locked_until = NULL WHERE id = ? AND state = 'running'`, [error, job.id]);
    return 'failed';
  }
  const wait = Math.min(QUEUE.retryMaxMs, QUEUE.retryBaseMs * 2 ** (job.attempts - 1));
  const requeued = await sql.run(
    `UPDATE jobs SET state = 'queued', error = ?, run_after = ${sql.nowMs} + ?, locked_by = NULL, locked_until = NULL
     WHERE id = ? AND state = 'running' AND (key IS NULL OR NOT EXISTS (SELECT 1 FROM jobs q WHERE q.kind = ? AND q.key = ? AND q.state = 'queued'))`,
    [error, wait, job.id, job.kind, job.key],
  );
  if (requeued > 0) return 'queued';
  await sql.run(`UPDATE jobs SET state = 'done', error = ?, finished = ${sql.nowMs}, locked_until = NULL WHERE id = ? AND state = 'running'`, [`superseded after: ${error}`, job.id]);
  return 'done';
}

/** Jobs of these kinds not finished yet (queued, or running under any worker's lease). */
export async function pending(sql: Sql, kinds: readonly JobKind[]): Promise<number> {
  const row = await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE state IN ('queued', 'running') AND kind IN (${kinds.map(() => '?').join(', ')})`, kinds);
  return Number(row?.n ?? 0);
}

/** Counts of jobs by kind and state. */
export async function queueCounts(sql: Sql): Promise<Record<string, number>> {
  const rows = await sql.all<{ kind: string; state: string; n: number }>('SELECT kind, state, COUNT(*) AS n FROM jobs GROUP BY kind, state');
  const out: Record<string, number> = {};
  for (const r of rows.sort((a, b) => (`${a.kind}/${a.state}` < `${b.kind}/${b.state}` ? -1 : 1))) out[`${r.kind}/${r.state}`] = Number(r.n);
  return out;
}
