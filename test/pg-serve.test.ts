// `chorus serve --db postgres://...`: the same API over a real PostgreSQL, answering as over SQLite (the seeded
// example story's brief, ingest by content, a new story's brief). Needs CHORUS_TEST_PG (test/helpers/pg.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from './helpers/serve.js';
import { freshDatabase } from './helpers/pg.js';

const articles = [
  { id: 'p1', title: 'Flood closes the river road', text: 'The river rose overnight and closed the road to Arden, officials said on Monday.\n\nCrews expect to reopen it on Wednesday.', source: 'Outlet A', date: '2024-05-06' },
  { id: 'p2', title: 'River road shut by flood', text: 'Flooding closed the river road to Arden on Monday, the county said.\n\nThe road may reopen on Wednesday, crews said.', source: 'Outlet B', date: '2024-05-06' },
];

/** What a client sees of one session: the example's brief, an ingest twice, a new story's brief. */
async function session(s: TestServer): Promise<unknown[]> {
  const stories = (await s.call('/api/stories')).body as { id: string }[];
  assert.equal(stories.length, 1, 'a new database is seeded with the example story');
  const example = await s.call(`/api/stories/${stories[0].id}/brief`);
  const post = () => s.call('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(articles) });
  const first = await post();
  const again = await post();
  const made = await s.call('/api/stories', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: ['p1', 'p2'] }) });
  const id = (made.body as { id: string }).id;
  const brief = await s.call(`/api/stories/${id}/brief`);
  const cachedAgain = await s.call(`/api/stories/${id}/brief`);
  assert.equal(cachedAgain.text, brief.text);
  const list = await s.call('/api/articles?limit=5');
  return [example.status, example.text, first.status, first.body, again.body, made.status, brief.status, brief.text, (list.body as { total: number }).total];
}

test('chorus serve over PostgreSQL answers as over SQLite', async (t) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  try {
    const onPg = await startServer({ db: pg.url });
    const fromPg = await session(onPg).finally(() => onPg.close());
    const onSqlite = await startServer();
    const fromSqlite = await session(onSqlite).finally(() => onSqlite.close());
    assert.equal(fromPg[0], 200);
    assert.deepEqual(fromPg, fromSqlite);
  } finally {
    await pg.drop();
  }
});
