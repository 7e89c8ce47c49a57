// What bounds the memory of a long-running `chorus serve`: the renderings kept in memory stay within their byte
// bound (least recently used out first), and the SQLite connection's page cache is the size DB_SETTINGS gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecentRenderings } from '../src/serve/renderings.js';
import { openStore } from '../src/store/store.js';
import { DB_SETTINGS } from '../src/store/db.js';

const bytes = (n: number, fill: number) => Buffer.alloc(n, fill);

test('renderings: held within the byte bound, the least recently used dropped first', () => {
  const r = new RecentRenderings(100);
  r.put('a', bytes(40, 1));
  r.put('b', bytes(40, 2));
  assert.equal(r.get('a')?.[0], 1); // 'a' is now the most recent: 'b' goes first
  r.put('c', bytes(40, 3));
  assert.equal(r.get('b'), undefined);
  assert.deepEqual([r.get('a')?.[0], r.get('c')?.[0]], [1, 3]);
  assert.equal(r.bytes, 80);
  // Replacing a key counts its new size only.
  r.put('a', bytes(10, 4));
  assert.equal(r.bytes, 50);
  for (let i = 0; i < 50; i++) r.put(`k${i}`, bytes(7 + (i % 5), i));
  assert.ok(r.bytes <= 100, `held ${r.bytes} bytes`);
  assert.equal(r.get('k49')?.[0], 49);
});

test('renderings: one larger than the bound is still kept (alone), so its request is answered', () => {
  const r = new RecentRenderings(100);
  r.put('small', bytes(50, 1));
  r.put('big', bytes(500, 2));
  assert.equal(r.size, 1);
  assert.equal(r.get('big')?.length, 500);
  r.put('next', bytes(10, 3));
  assert.equal(r.get('big'), undefined);
  assert.equal(r.bytes, 10);
});

test('store: the SQLite page cache is DB_SETTINGS.sqliteCacheKib, not the driver\'s larger default', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-mem-'));
  try {
    const store = await openStore(join(dir, 'm.db'));
    const row = await store.db.get<{ cache_size: number }>('PRAGMA cache_size');
    assert.equal(row?.cache_size, -DB_SETTINGS.sqliteCacheKib);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store: look-ups of any number of ids (padded to a few statement shapes) answer each id in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-mem-'));
  try {
    const store = await openStore(join(dir, 'm.db'));
    const art = (id: string) => ({ id, title: id, text: `Text of ${id}.`, outlet: 'X', author: null, url: null, published: null, publishedBasis: null, format: 'json', path: `${id}.json`, cluster: null, headerLines: [], removed: [] }) as unknown as Parameters<typeof store.addArticles>[0][number];
    const ids = Array.from({ length: 37 }, (_, i) => `a${i}`);
    await store.addArticles(ids.map(art));
    for (const n of [1, 2, 3, 5, 8, 13, 37]) {
      const asked = [...ids.slice(0, n).reverse(), 'missing', ids[0]];
      const got = await store.getArticles(asked);
      assert.deepEqual(got.map((a) => a?.article.id ?? null), asked.map((id) => (id === 'missing' ? null : id)));
    }
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
