// The one store on both databases: the same migrations run on SQLite and on a real PostgreSQL, an old SQLite
// file (schema 1, as `chorus serve` wrote it) upgrades in place, and the store answers the same on both.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/store.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';
import { freshDatabase } from './helpers/pg.js';

const article = (id: string, text: string, outlet: string): Article =>
  ({ id, title: `About ${id}`, text, outlet, author: null, url: null, published: '2024-05-06', publishedBasis: null, format: 'json', path: `${id}.json`, cluster: null, headerLines: [], removed: [] }) as unknown as Article;

/** The same operations on a store, and what it answered (ids of stories are random: left out). */
async function exercise(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  const a = await store.addArticles([article('a', 'One two three.', 'X'), article('b', 'Four five six.', 'Y')]);
  out.push(a);
  // The same content again is not stored again; other content under a taken id gets the next free suffix.
  out.push(await store.addArticles([article('a2', 'One two three.', 'X'), article('a', 'Seven eight.', 'Z')]));
  out.push(await store.countArticles());
  const s = await store.createStory(['a', 'a-2'], 'A story');
  out.push((await store.getStory(s.id))?.articles, await store.storyContent(s.id));
  await store.putCached('k1', 'v1');
  await store.putCached('k1', 'v2');
  out.push(await store.cached('k1'), await store.cached('nope'));
  out.push(await store.deleteArticle('a'), (await store.getStory(s.id))?.articles);
  out.push((await store.listArticles(10, 0)).map((x) => [x.article.id, x.hash.length]));
  out.push(await store.deleteStory(s.id), await store.getStory(s.id));
  return out;
}

test('SQLite: a new file migrates to the last version; a schema-1 file upgrades in place and keeps its rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-store-'));
  try {
    const fresh = await openStore(join(dir, 'new.db'));
    assert.equal(fresh.versionBefore, 0);
    await fresh.close();
    const again = await openStore(join(dir, 'new.db'));
    assert.equal(again.versionBefore, MIGRATIONS.length);
    await again.close();
    // A file as schema 1 left it, with an article in it.
    const old = new Database(join(dir, 'old.db'));
    old.exec(MIGRATIONS[0]({ id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }));
    old.prepare('INSERT INTO articles (id, hash, json, created) VALUES (?, ?, ?, ?)').run('kept', 'h', JSON.stringify(article('kept', 'Text.', 'X')), 1);
    old.pragma('user_version = 1');
    old.close();
    const up = await openStore(join(dir, 'old.db'));
    assert.equal(up.versionBefore, 1);
    assert.equal((await up.getArticles(['kept']))[0]?.article.id, 'kept');
    assert.deepEqual(await up.db.all('SELECT COUNT(*) AS n FROM jobs'), [{ n: 0 }]);
    await up.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL: the same migrations, and the store answers exactly as on SQLite', async (t: TestContext) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  const dir = mkdtempSync(join(tmpdir(), 'chorus-store-'));
  try {
    const p = await openStore(pg.url);
    assert.equal(p.versionBefore, 0);
    const fromPg = await exercise(p);
    await p.close();
    const p2 = await openStore(pg.url);
    assert.equal(p2.versionBefore, MIGRATIONS.length, 'a second open migrates nothing');
    await p2.close();
    const s = await openStore(join(dir, 's.db'));
    const fromSqlite = await exercise(s);
    await s.close();
    assert.deepEqual(fromPg, fromSqlite);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await pg.drop();
  }
});

test('PostgreSQL: two stores opening a new database at once migrate it once', async (t: TestContext) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  try {
    const both = await Promise.all([openStore(pg.url), openStore(pg.url)]);
    assert.deepEqual(both.map((s) => s.versionBefore).sort(), [0, MIGRATIONS.length]);
    await Promise.all(both.map((s) => s.close()));
  } finally {
    await pg.drop();
  }
});
