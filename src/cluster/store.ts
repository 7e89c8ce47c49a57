// Where the clusterer keeps what it learned, so a later run continues the same stories: stories (for listing),
// memberships (article -> story), and the engine's state (a JSON snapshot of the stories still in memory, the
// document frequencies and the index). Behind a small interface so the shared store of `chorus serve` (and a
// PostgreSQL one) can implement it later; this one is SQLite (better-sqlite3), in its own `cluster_*` tables with
// their own versioned migrations, so it can live in the same database file as other tables.
import Database from 'better-sqlite3';
import type { EngineSnapshot, StorySummary } from './clusterer.js';

/** What one run hands the store, written in one transaction. */
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
  /** The state the last run saved, or null for a new store. */
  loadState(): EngineSnapshot | null;
  /** The story an article already belongs to, or null (re-reading an article does not cluster it twice). */
  storyOf(article: string): string | null;
  commit(batch: StoreBatch): void;
  /** Stories, largest first (then by id), with their sizes as stored; merged-away stories are left out. */
  listStories(): StorySummary[];
  /** Every article -> story, as stored. */
  memberships(): Map<string, string>;
  close(): void;
}

/** Migrations, in order; each runs once, in a transaction, and is recorded in cluster_migrations. */
const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE cluster_stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        size INTEGER NOT NULL,
        outlets TEXT NOT NULL,            -- JSON array of outlet names
        first_day TEXT,                   -- ISO day or NULL
        last_day TEXT,
        merged_into TEXT                  -- set when the story was folded into another
      );
      CREATE TABLE cluster_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL              -- order of assignment over all runs
      );
      CREATE INDEX cluster_members_story ON cluster_members (story_id);
      CREATE TABLE cluster_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,         -- EngineSnapshot.version
        state TEXT NOT NULL               -- EngineSnapshot as JSON
      );`,
  },
];

export class SqliteClusterStore implements ClusterStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS cluster_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM cluster_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO cluster_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      })();
    }
  }

  loadState(): EngineSnapshot | null {
    const row = this.db.prepare('SELECT state FROM cluster_state WHERE id = 1').get() as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as EngineSnapshot) : null;
  }

  private storyOfStmt: Database.Statement | null = null;

  storyOf(article: string): string | null {
    this.storyOfStmt ??= this.db.prepare('SELECT story_id FROM cluster_members WHERE article_id = ?');
    const row = this.storyOfStmt.get(article) as { story_id: string } | undefined;
    return row?.story_id ?? null;
  }

  commit(batch: StoreBatch): void {
    const seq0 = (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM cluster_members').get() as { n: number }).n;
    const member = this.db.prepare('INSERT INTO cluster_members (article_id, story_id, seq) VALUES (?, ?, ?)');
    const move = this.db.prepare('UPDATE cluster_members SET story_id = ? WHERE story_id = ?');
    const fold = this.db.prepare('UPDATE cluster_stories SET merged_into = ?, size = 0 WHERE id = ?');
    const story = this.db.prepare(`INSERT INTO cluster_stories (id, headline, size, outlets, first_day, last_day, merged_into)
      VALUES (@id, @headline, @size, @outlets, @first, @last, NULL)
      ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, size = excluded.size, outlets = excluded.outlets,
        first_day = excluded.first_day, last_day = excluded.last_day`);
    const state = this.db.prepare(`INSERT INTO cluster_state (id, version, state) VALUES (1, ?, ?)
      ON CONFLICT(id) DO UPDATE SET version = excluded.version, state = excluded.state`);
    this.db.transaction(() => {
      batch.memberships.forEach((m, i) => member.run(m.article, m.story, seq0 + i + 1));
      for (const [from, into] of batch.merges) {
        move.run(into, from);
        fold.run(into, from);
      }
      for (const s of batch.stories) story.run({ id: s.id, headline: s.headline, size: s.size, outlets: JSON.stringify(s.outlets), first: s.first, last: s.last });
      state.run(batch.state.version, JSON.stringify(batch.state));
    })();
  }

  listStories(): StorySummary[] {
    const rows = this.db.prepare('SELECT id, headline, size, outlets, first_day, last_day FROM cluster_stories WHERE merged_into IS NULL ORDER BY size DESC, id').all() as {
      id: string; headline: string; size: number; outlets: string; first_day: string | null; last_day: string | null;
    }[];
    return rows.map((r) => ({ id: r.id, headline: r.headline, size: r.size, outlets: JSON.parse(r.outlets) as string[], first: r.first_day, last: r.last_day }));
  }

  memberships(): Map<string, string> {
    const rows = this.db.prepare('SELECT article_id, story_id FROM cluster_members ORDER BY seq').all() as { article_id: string; story_id: string }[];
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  close(): void {
    this.db.close();
  }
}
