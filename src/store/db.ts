// One small async SQL interface over two databases, chosen by the target: a `postgres://` (or `postgresql://`)
// URL opens PostgreSQL through `pg` (a pool), anything else is a SQLite file (better-sqlite3, WAL). The store
// (./store.ts) and the job queue (./queue.ts) are written once against it. SQL uses `?` placeholders (turned
// into `$1, $2...` for PostgreSQL) and the syntax both accept (ON CONFLICT ... DO, RETURNING, partial indexes).
import Database from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | null;

export interface Sql {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs a script of several statements, without parameters. */
  exec(script: string): Promise<void>;
  /** The database's clock in milliseconds since the epoch, as an SQL expression (every worker shares it). */
  readonly nowMs: string;
}

export interface Db extends Sql {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. With `lock`, the
   * transaction first takes that exclusive lock, held to its end (PostgreSQL: an advisory transaction lock;
   * SQLite: every write transaction is exclusive already, `BEGIN IMMEDIATE`).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>, opts?: { lock?: number }): Promise<T>;
  /**
   * A value that differs whenever the content may have changed since the last call that returned it: any write
   * through this Db, or a commit by another connection or process (SQLite's `PRAGMA data_version`). null where
   * that is not cheap to tell (PostgreSQL): callers then read afresh. `chorus serve` keys its per-story memo on it.
   */
  changeMark(): Promise<string | null>;
  close(): Promise<void>;
}

export const DB_SETTINGS = {
  /** SQLite: wait this long for a lock held by another connection (another process on the file) before failing. */
  sqliteBusyTimeoutMs: 10_000,
  /**
   * SQLite: the page cache of a connection, in KiB. better-sqlite3 builds SQLite with a 16 MB default, which a
   * long-running `chorus serve` fills as its database grows (+14 MB of resident memory over a minute of mixed load);
   * SQLite's own default, 2 MiB, holds the hot index pages, and the operating system caches the file's other pages
   * outside the process. Ingest and brief rates were unchanged by the smaller cache (docs/benchmarks.md).
   */
  sqliteCacheKib: 2048,
  /**
   * SQLite: prepared statements kept per connection, the least recently used dropped first. A statement costs about
   * 200 bytes of native memory per placeholder (500 shapes of `IN (?, ...)` up to 500 ids held 24 MB), and a
   * statement built per list length would otherwise stay for the life of the process.
   */
  sqliteStatements: 64,
  /** PostgreSQL: connections per process (a worker's concurrency plus one for its heartbeat). */
  pgPoolSize: 8,
  /** PostgreSQL: fail a connection attempt after this long. */
  pgConnectTimeoutMs: 10_000,
} as const;

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** Opens the database a `--db` value names. */
export async function openDb(target: string, opts: { poolSize?: number } = {}): Promise<Db> {
  return isPostgresUrl(target) ? openPostgres(target, opts.poolSize ?? DB_SETTINGS.pgPoolSize) : openSqlite(target);
}

// ---- SQLite -------------------------------------------------------------------------------------------------

function openSqlite(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: what a call returned is on disk before the caller hears of it (a killed server loses nothing acknowledged).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${DB_SETTINGS.sqliteBusyTimeoutMs}`);
  db.pragma(`cache_size = -${DB_SETTINGS.sqliteCacheKib}`); // negative: KiB, not pages
  // Prepared statements by SQL text, the most recently used last (a Map keeps insertion order).
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (s) statements.delete(sql);
    else s = db.prepare(sql);
    statements.set(sql, s);
    if (statements.size > DB_SETTINGS.sqliteStatements) statements.delete(statements.keys().next().value as string);
    return s;
  };
  const nowMs = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;
  // Direct calls, for use inside a transaction (or by the serializer below).
  const direct: Sql = {
    dialect: 'sqlite',
    nowMs,
    all: async <T>(sql: string, params: readonly Param[] = []) => prepared(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) => prepared(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => {
      const s = prepared(sql);
      if (s.reader) {
        s.all(...params);
        return 0;
      }
      return s.run(...params).changes;
    },
    exec: async (script) => {
      db.exec(script);
    },
  };
  // One connection: a transaction's statements must not interleave with other callers', so every call waits
  // for the transaction before it (a promise chain).
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
  // Writes through this connection (PRAGMA data_version counts only other connections' commits).
  let writes = 0;
  return {
    dialect: 'sqlite',
    nowMs,
    all: (sql, params) => serial(() => direct.all(sql, params)),
    get: (sql, params) => serial(() => direct.get(sql, params)),
    run: (sql, params) => serial(() => (writes++, direct.run(sql, params))),
    exec: (script) => serial(() => (writes++, direct.exec(script))),
    changeMark: () => serial(async () => `${writes}:${(prepared('PRAGMA data_version').get() as { data_version: number }).data_version}`),
    transaction: (fn) =>
      serial(async () => {
        writes++;
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(direct);
          db.exec('COMMIT');
          writes++;
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: async () => {
      await tail;
      db.close();
    },
  };
}

// ---- PostgreSQL ---------------------------------------------------------------------------------------------

/** `?` placeholders as `$1, $2...` (the store's SQL has no `?` elsewhere: no string literals hold one). */
const dollars = new Map<string, string>();
function toDollars(sql: string): string {
  let out = dollars.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    dollars.set(sql, out);
  }
  return out;
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const pg = (await import('pg')).default;
  // 64-bit integers (counts, millisecond times, identities) as numbers: every value the store keeps is below 2^53.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
  };
  const pool: Pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: DB_SETTINGS.pgConnectTimeoutMs });
  // An idle client's error (the server restarting) must not kill the process; the next query reconnects.
  pool.on('error', () => undefined);
  const nowMs = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
  const on = (q: Pool | PoolClient): Sql => ({
    dialect: 'postgres',
    nowMs,
    all: async <T>(sql: string, params: readonly Param[] = []) => (await q.query(toDollars(sql), params as Param[])).rows as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) => (await q.query(toDollars(sql), params as Param[])).rows[0] as T | undefined,
    run: async (sql, params = []) => (await q.query(toDollars(sql), params as Param[])).rowCount ?? 0,
    exec: async (script) => {
      await q.query(script);
    },
  });
  // Fail now, with the server's message, when the URL is wrong.
  await pool.query('SELECT 1');
  return {
    ...on(pool),
    transaction: async (fn, opts = {}) => {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        if (opts.lock !== undefined) await client.query('SELECT pg_advisory_xact_lock($1)', [opts.lock]);
        const out = await fn(on(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    changeMark: async () => null,
    close: () => pool.end(),
  };
}

/** A `--db` value fit for logs: a URL's password left out. */
export const redactTarget = (target: string): string => target.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1@');
