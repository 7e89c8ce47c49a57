// Where the clusterer keeps what it learned, in the store's cluster_* tables (migration 2), so a later run (or
// another worker) continues the same stories: stories (for listing), memberships (article -> story), and the
// engine's state (a JSON snapshot of the stories still in memory, the document frequencies and the index) with
// a revision number. Bound to an `Sql`: inside a transaction that holds the cluster lock, a run reads and writes
// all of it atomically.
import type { EngineSnapshot, StorySummary } from '../cluster/clusterer.js';
import type { Db, Param, Sql } from './db.js';
import { LOCKS } from './migrations.js';

/** What one run hands the store, written in the caller's transaction. */
export interface StoreBatch {
  /** New memberships, in the order the articles were assigned. */
  memberships: { article: string; story: string }[];
  /** Stories folded into others during the run, in order: their stored articles move too. */
  merges: [from: string, into: string][];
  /** Current summaries of every story the run touched (including those that left memory). */
  stories: StorySummary[];
  state: EngineSnapshot;
}

export interface ClusterStore {
  /** The revision of the saved state (0: none saved yet); it grows by one at each commit. */
  stateRev(): Promise<number>;
  /** The state the last run saved, or null for a new store. */
  loadState(): Promise<EngineSnapshot | null>;
  /** The stories these articles already belong to (re-reading an article does not cluster it twice). */
  storiesOf(articles: readonly string[]): Promise<Map<string, string>>;
  /** Writes a run's results; returns the new state revision. */
  commit(batch: StoreBatch): Promise<number>;
  /** Stories, largest first (then by id), with their sizes as stored; merged-away stories are left out. */
  listStories(): Promise<StorySummary[]>;
  /** Every article -> story, as stored, in assignment order. */
  memberships(): Promise<Map<string, string>>;
}

/** Rows per multi-row statement (SQLite allows 32,766 parameters, PostgreSQL 65,535). */
const ROWS_PER_STATEMENT = 500;

async function insertRows(sql: Sql, head: string, width: number, rows: Param[][], tail = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const one = `(${new Array(width).fill('?').join(', ')})`;
    await sql.run(`${head} VALUES ${chunk.map(() => one).join(', ')} ${tail}`, chunk.flat());
  }
}

export function clusterStoreOn(sql: Sql): ClusterStore {
  return {
    stateRev: async () => Number((await sql.get<{ rev: number }>('SELECT rev FROM cluster_state WHERE id = 1'))?.rev ?? 0),
    loadState: async () => {
      const row = await sql.get<{ state: string }>('SELECT state FROM cluster_state WHERE id = 1');
      return row ? (JSON.parse(row.state) as EngineSnapshot) : null;
    },
    storiesOf: async (articles) => {
      const out = new Map<string, string>();
      for (let i = 0; i < articles.length; i += ROWS_PER_STATEMENT) {
        const chunk = articles.slice(i, i + ROWS_PER_STATEMENT);
        const rows = await sql.all<{ article_id: string; story_id: string }>(
          `SELECT article_id, story_id FROM cluster_members WHERE article_id IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        );
        for (const r of rows) out.set(r.article_id, r.story_id);
      }
      return out;
    },
    commit: async (batch) => {
      const seq0 = Number((await sql.get<{ n: number }>('SELECT COALESCE(MAX(seq), 0) AS n FROM cluster_members'))?.n ?? 0);
      await insertRows(sql, 'INSERT INTO cluster_members (article_id, story_id, seq)', 3, batch.memberships.map((m, i) => [m.article, m.story, seq0 + i + 1]));
      for (const [from, into] of batch.merges) {
        await sql.run('UPDATE cluster_members SET story_id = ? WHERE story_id = ?', [into, from]);
        await sql.run('UPDATE cluster_stories SET merged_into = ?, size = 0 WHERE id = ?', [into, from]);
      }
      await insertRows(
        sql,
        'INSERT INTO cluster_stories (id, headline, size, outlets, first_day, last_day, merged_into)',
        7,
        batch.stories.map((s) => [s.id, s.headline, s.size, JSON.stringify(s.outlets), s.first, s.last, null]),
        `ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, size = excluded.size, outlets = excluded.outlets,
           first_day = excluded.first_day, last_day = excluded.last_day`,
      );
      const rev = Number((await sql.get<{ rev: number }>('SELECT rev FROM cluster_state WHERE id = 1'))?.rev ?? 0) + 1;
      await sql.run(
        `INSERT INTO cluster_state (id, version, state, rev) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, rev = excluded.rev`,
        [batch.state.version, JSON.stringify(batch.state), rev],
      );
      return rev;
    },
    listStories: async () => {
      const rows = await sql.all<{ id: string; headline: string; size: number; outlets: string; first_day: string | null; last_day: string | null }>(
        'SELECT id, headline, size, outlets, first_day, last_day FROM cluster_stories WHERE merged_into IS NULL',
      );
      // Sorted here, not in SQL: PostgreSQL's collation would order ids unlike SQLite's bytes.
      return rows
        .map((r) => ({ id: r.id, headline: r.headline, size: Number(r.size), outlets: JSON.parse(r.outlets) as string[], first: r.first_day, last: r.last_day }))
        .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    memberships: async () => {
      const rows = await sql.all<{ article_id: string; story_id: string }>('SELECT article_id, story_id FROM cluster_members ORDER BY seq');
      return new Map(rows.map((r) => [r.article_id, r.story_id]));
    },
  };
}

/** Runs `fn` on the cluster tables in one transaction holding the cluster lock: one run at a time per database. */
export function inClusterTransaction<T>(db: Db, fn: (store: ClusterStore) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(clusterStoreOn(tx)), { lock: LOCKS.cluster });
}
