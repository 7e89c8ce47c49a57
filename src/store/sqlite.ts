// The embedded store: one SQLite file (better-sqlite3), WAL journal, FULL sync so that what a call returned is on
// disk before the caller hears of it (a killed server loses nothing it acknowledged), foreign keys on.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Article } from '../types.js';
import type { IngestResult, Store, StoredArticle, StoryRecord } from './types.js';
import { articleHash } from './hash.js';
import { MIGRATIONS } from './migrations.js';

const SQLITE = {
  /** Wait this long for a lock held by another connection (a second process on the same file) before failing. */
  busyTimeoutMs: 5000,
  /** Cached renderings kept; the oldest go first (each is a few hundred kB at most). */
  maxCached: 2000,
} as const;

interface ArticleRow {
  id: string;
  hash: string;
  json: string;
  created: number;
}

const fromRow = (r: ArticleRow): StoredArticle => ({ article: JSON.parse(r.json) as Article, hash: r.hash, created: r.created });

export interface OpenedStore extends Store {
  /** The schema version the file was at before opening (0: a new database). */
  readonly versionBefore: number;
}

export function openSqliteStore(file: string): OpenedStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${SQLITE.busyTimeoutMs}`);
  const versionBefore = db.pragma('user_version', { simple: true }) as number;
  if (versionBefore > MIGRATIONS.length) {
    db.close();
    throw new Error(`${file}: schema version ${versionBefore} is newer than this Chorus knows (${MIGRATIONS.length})`);
  }
  for (let v = versionBefore; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }

  const q = {
    byHash: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE hash = ?'),
    idTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
    insertArticle: db.prepare('INSERT INTO articles (id, hash, json, created) VALUES (?, ?, ?, ?)'),
    article: db.prepare<[string], ArticleRow>('SELECT id, hash, json, created FROM articles WHERE id = ?'),
    articles: db.prepare<[number, number], ArticleRow>('SELECT id, hash, json, created FROM articles ORDER BY seq LIMIT ? OFFSET ?'),
    countArticles: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM articles'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    insertStory: db.prepare('INSERT INTO stories (id, title, created) VALUES (?, ?, ?)'),
    insertMember: db.prepare('INSERT INTO story_articles (story, position, article) VALUES (?, ?, ?)'),
    story: db.prepare<[string], { id: string; title: string | null; created: number }>('SELECT id, title, created FROM stories WHERE id = ?'),
    stories: db.prepare<[], { id: string; title: string | null; created: number }>('SELECT id, title, created FROM stories ORDER BY seq DESC'),
    members: db.prepare<[string], { article: string }>('SELECT article FROM story_articles WHERE story = ? ORDER BY position'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    storyExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM stories WHERE id = ?'),
    content: db.prepare<[string], { id: string; hash: string }>('SELECT a.id AS id, a.hash AS hash FROM story_articles s JOIN articles a ON a.id = s.article WHERE s.story = ? ORDER BY s.position'),
    cached: db.prepare<[string], { value: string }>('SELECT value FROM cache WHERE key = ?'),
    putCached: db.prepare('INSERT OR REPLACE INTO cache (key, value, created) VALUES (?, ?, ?)'),
    trimCache: db.prepare(`DELETE FROM cache WHERE key IN (SELECT key FROM cache ORDER BY created DESC LIMIT -1 OFFSET ${SQLITE.maxCached})`),
  };

  /** The article's own id when free, else the id with the first free `-2`, `-3`... suffix. */
  const freeId = (id: string): string => {
    if (!q.idTaken.get(id)) return id;
    for (let n = 2; ; n++) if (!q.idTaken.get(`${id}-${n}`)) return `${id}-${n}`;
  };

  const addBatch = db.transaction((articles: readonly Article[]): IngestResult => {
    const ids: string[] = [];
    let added = 0;
    const now = Date.now();
    for (const a of articles) {
      const hash = articleHash(a);
      const existing = q.byHash.get(hash);
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const id = freeId(a.id);
      q.insertArticle.run(id, hash, JSON.stringify({ ...a, id }), now);
      ids.push(id);
      added++;
    }
    return { ids, added };
  });

  const storyOf = (row: { id: string; title: string | null; created: number }): StoryRecord => ({
    id: row.id, title: row.title, created: row.created, articles: q.members.all(row.id).map((m) => m.article),
  });

  const createStory = db.transaction((articleIds: readonly string[], title: string | null): StoryRecord => {
    const id = randomBytes(8).toString('hex');
    const created = Date.now();
    q.insertStory.run(id, title, created);
    articleIds.forEach((a, i) => q.insertMember.run(id, i, a));
    return { id, title, created, articles: [...articleIds] };
  });

  return {
    versionBefore,
    addArticles: (articles) => addBatch(articles),
    getArticles: (ids) => ids.map((id) => {
      const r = q.article.get(id);
      return r ? fromRow(r) : null;
    }),
    listArticles: (limit, offset) => q.articles.all(limit, offset).map(fromRow),
    countArticles: () => q.countArticles.get()?.n ?? 0,
    deleteArticle: (id) => q.deleteArticle.run(id).changes > 0,
    createStory: (ids, title) => createStory(ids, title),
    getStory: (id) => {
      const r = q.story.get(id);
      return r ? storyOf(r) : null;
    },
    listStories: () => q.stories.all().map(storyOf),
    storyContent: (id) => (q.storyExists.get(id) ? q.content.all(id) : null),
    deleteStory: (id) => q.deleteStory.run(id).changes > 0,
    cached: (key) => q.cached.get(key)?.value ?? null,
    putCached: (key, value) => {
      q.putCached.run(key, value, Date.now());
      q.trimCache.run();
    },
    close: () => db.close(),
  };
}
