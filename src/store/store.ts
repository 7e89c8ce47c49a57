// The one store, on SQLite or PostgreSQL (./db.ts picks by the target): articles by content, stories, cached
// renderings. The functions taking an `Sql` run inside a caller's transaction too (the worker stores a batch
// and completes its job in one).
import { randomBytes } from 'node:crypto';
import type { Article } from '../types.js';
import { openDb, redactTarget, type Sql } from './db.js';
import { articleHash } from './hash.js';
import { migrate } from './migrations.js';
import { clusterStoreOn } from './cluster.js';
import type { IngestResult, Store, StoredArticle, StoryRecord } from './types.js';

const STORE = {
  /** Cached renderings kept; the oldest go first (each is a few hundred kB at most). */
  maxCached: 2000,
  /** Ids per `IN (...)` look-up. */
  idsPerQuery: 500,
  /** A clusterer's story is briefed from its latest articles, at most this many: by `chorus worker` and by `chorus serve` alike. */
  clusterBriefArticles: 200,
} as const;

interface ArticleRow {
  id: string;
  hash: string;
  json: string;
  created: number;
}
interface StoryRow {
  id: string;
  title: string | null;
  created: number;
}

const fromRow = (r: ArticleRow): StoredArticle => ({ article: JSON.parse(r.json) as Article, hash: r.hash, created: Number(r.created) });

/**
 * Stores articles in the caller's transaction; content already stored keeps its id. An id taken by other content
 * gets the first free `-2`, `-3`... suffix. Safe against a concurrent writer: an insert that meets the same hash
 * or id (ON CONFLICT DO NOTHING waits for that writer) looks again.
 */
export async function addArticlesIn(sql: Sql, articles: readonly Article[]): Promise<IngestResult> {
  const ids: string[] = [];
  let added = 0;
  const now = Date.now();
  for (const a of articles) {
    const hash = articleHash(a);
    for (let n = 1; ; n++) {
      const existing = await sql.get<{ id: string }>('SELECT id FROM articles WHERE hash = ?', [hash]);
      if (existing) {
        ids.push(existing.id);
        break;
      }
      const id = n === 1 ? a.id : `${a.id}-${n}`;
      const inserted = await sql.run('INSERT INTO articles (id, hash, json, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [id, hash, JSON.stringify({ ...a, id }), now]);
      if (inserted > 0) {
        ids.push(id);
        added++;
        break;
      }
    }
  }
  return { ids, added };
}

export async function getArticlesIn(sql: Sql, ids: readonly string[]): Promise<(StoredArticle | null)[]> {
  const found = new Map<string, StoredArticle>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += STORE.idsPerQuery) {
    const chunk: (string | null)[] = unique.slice(i, i + STORE.idsPerQuery);
    // The list padded with NULLs (which match no id) to a power of two: a few statement shapes, not one per length.
    while (chunk.length & (chunk.length - 1)) chunk.push(null);
    const rows = await sql.all<ArticleRow>(`SELECT id, hash, json, created FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const r of rows) found.set(r.id, fromRow(r));
  }
  return ids.map((id) => found.get(id) ?? null);
}

export async function putCachedIn(sql: Sql, key: string, value: string): Promise<void> {
  await sql.run('INSERT INTO cache (key, value, created) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created = excluded.created', [key, value, Date.now()]);
  const cut = await sql.get<{ created: number }>('SELECT created FROM cache ORDER BY created DESC LIMIT 1 OFFSET ?', [STORE.maxCached]);
  if (cut) await sql.run('DELETE FROM cache WHERE created <= ?', [cut.created]);
}

export { STORE };

/** Opens (creating and migrating when needed) the store a `--db` value names: a file path or a postgres:// URL. */
export async function openStore(target: string, opts: { poolSize?: number } = {}): Promise<Store> {
  const db = await openDb(target, opts);
  let versionBefore: number;
  try {
    versionBefore = await migrate(db, redactTarget(target));
  } catch (err) {
    await db.close();
    throw err;
  }

  const storyOf = async (row: StoryRow): Promise<StoryRecord> => ({
    id: row.id,
    title: row.title,
    created: Number(row.created),
    articles: (await db.all<{ article: string }>('SELECT article FROM story_articles WHERE story = ? ORDER BY position', [row.id])).map((m) => m.article),
  });

  return {
    db,
    versionBefore,
    addArticles: (articles) => db.transaction((tx) => addArticlesIn(tx, articles)),
    getArticles: (ids) => getArticlesIn(db, ids),
    listArticles: async (limit, offset) => (await db.all<ArticleRow>('SELECT id, hash, json, created FROM articles ORDER BY seq LIMIT ? OFFSET ?', [limit, offset])).map(fromRow),
    countArticles: async () => Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0),
    deleteArticle: (id) =>
      db.transaction(async (tx) => {
        // The cluster tables hold ids only (`chorus cluster` stores no article): the membership goes with it.
        await tx.run('DELETE FROM cluster_members WHERE article_id = ?', [id]);
        return (await tx.run('DELETE FROM articles WHERE id = ?', [id])) > 0;
      }),
    createStory: (articleIds, title) =>
      db.transaction(async (tx) => {
        const id = randomBytes(8).toString('hex');
        const created = Date.now();
        await tx.run('INSERT INTO stories (id, title, created) VALUES (?, ?, ?)', [id, title, created]);
        for (const [i, a] of articleIds.entries()) await tx.run('INSERT INTO story_articles (story, position, article) VALUES (?, ?, ?)', [id, i, a]);
        return { id, title, created, articles: [...articleIds] };
      }),
    getStory: async (id) => {
      const r = await db.get<StoryRow>('SELECT id, title, created FROM stories WHERE id = ?', [id]);
      if (r) return storyOf(r);
      // A clusterer's story: its stored articles in assignment order (`created`: unknown, 0).
      const c = await db.get<{ headline: string }>('SELECT headline FROM cluster_stories WHERE id = ? AND merged_into IS NULL', [id]);
      if (!c) return null;
      const members = await db.all<{ id: string }>('SELECT a.id AS id FROM cluster_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY m.seq', [id]);
      return { id, title: c.headline, created: 0, articles: members.map((m) => m.id) };
    },
    listStories: async () => Promise.all((await db.all<StoryRow>('SELECT id, title, created FROM stories ORDER BY seq DESC')).map(storyOf)),
    listClusterStories: () => clusterStoreOn(db).listStories(),
    storyContent: async (id) => {
      if (await db.get('SELECT 1 AS one FROM stories WHERE id = ?', [id])) {
        return db.all<{ id: string; hash: string }>('SELECT a.id AS id, a.hash AS hash FROM story_articles s JOIN articles a ON a.id = s.article WHERE s.story = ? ORDER BY s.position', [id]);
      }
      if (!(await db.get('SELECT 1 AS one FROM cluster_stories WHERE id = ? AND merged_into IS NULL', [id]))) return null;
      return db.all<{ id: string; hash: string }>(
        `SELECT a.id AS id, a.hash AS hash FROM (SELECT article_id, seq FROM cluster_members WHERE story_id = ? ORDER BY seq DESC LIMIT ?) m
         JOIN articles a ON a.id = m.article_id ORDER BY m.seq`,
        [id, STORE.clusterBriefArticles],
      );
    },
    deleteStory: async (id) => (await db.run('DELETE FROM stories WHERE id = ?', [id])) > 0,
    cached: async (key) => (await db.get<{ value: string }>('SELECT value FROM cache WHERE key = ?', [key]))?.value ?? null,
    putCached: (key, value) => db.transaction((tx) => putCachedIn(tx, key, value)),
    close: () => db.close(),
  };
}
