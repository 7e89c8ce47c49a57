// `chorus serve`'s JSON API on loopback with a temporary database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers/io.js';
import { startServer } from './helpers/serve.js';
import { serve } from '../src/serve/index.js';

const json = (body: unknown, extra: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: JSON.stringify(body) });
const lead = 'Rescue teams reached the flooded valley town of Orvik on Tuesday after two days of heavy rain.';
const one = (outlet: string, extra: string) => ({ title: `Flood in Orvik (${outlet})`, text: `${lead}\n\n${extra}`, source: outlet, date: '2024-03-05' });

test('a new database is seeded with the example, whose brief is exactly `chorus brief --json`', async () => {
  const s = await startServer();
  try {
    const list = await s.call('/api/stories');
    assert.equal(list.status, 200);
    const stories = list.body as { id: string; articles: string[] }[];
    assert.equal(stories.length, 1);
    assert.equal(stories[0].articles.length, 5);
    const brief = await s.call(`/api/stories/${stories[0].id}/brief`);
    assert.equal(brief.status, 200);
    const cli = await runCli(['brief', '--json', 'examples/al-qaim']);
    assert.equal(brief.text, cli.stdout);
    // Cached: the second answer is the same bytes.
    assert.equal((await s.call(`/api/stories/${stories[0].id}/brief`)).text, cli.stdout);
    const facts = await s.call(`/api/stories/${stories[0].id}/facts`);
    assert.equal(facts.text, (await runCli(['facts', '--json', 'examples/al-qaim'])).stdout, 'the facts are `chorus facts --json`');
    const map = await s.call(`/api/stories/${stories[0].id}/map.svg`);
    assert.match(map.headers.get('content-type') ?? '', /image\/svg\+xml/);
    assert.match(map.text, /^<svg/);
    const api = await s.call('/openapi.json');
    assert.ok((api.body as { paths: Record<string, unknown> }).paths['/api/stories/{id}/brief']);
  } finally {
    await s.close();
  }
});

test('ingest in every format, idempotent by content; stories from ids or articles; briefs follow their articles', async () => {
  const s = await startServer({ seed: false });
  try {
    const a = await s.call('/api/articles', json([one('Daily One', 'The river rose four metres overnight, officials said.'), one('Second Wire', 'Schools were closed across the district on Wednesday.')]));
    assert.equal(a.status, 201, a.text);
    const first = a.body as { ids: string[]; added: number };
    assert.equal(first.added, 2);
    const again = await s.call('/api/articles', json([one('Daily One', 'The river rose four metres overnight, officials said.')]));
    assert.deepEqual((again.body as { ids: string[]; added: number }), { ids: [first.ids[0]], added: 0, warnings: [] });
    const jsonl = await s.call('/api/articles', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${JSON.stringify(one('Third Post', 'Power was cut to two thousand homes.'))}\n${JSON.stringify(one('Fourth Daily', 'The army sent boats to the lower town.'))}\n` });
    assert.equal((jsonl.body as { added: number }).added, 2);
    const text = await s.call('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `Orvik flood\n\n${lead}\nVolunteers handed out blankets at the school.\n` });
    assert.equal((text.body as { added: number }).added, 1);
    const form = new FormData();
    form.append('files', new Blob([`<html><body><article><h1>Orvik under water</h1><p>${lead}</p><p>Farmers said the harvest was lost in the lower fields.</p></article></body></html>`]), 'page.html');
    form.append('files', new Blob([`Orvik waits\n\n${lead}\nThe mayor asked for patience as the water fell slowly.\n`]), 'note.txt');
    const multi = await s.call('/api/articles', { method: 'POST', body: form });
    assert.equal(multi.status, 201, multi.text);
    assert.equal((multi.body as { added: number }).added, 2);
    const bad = new FormData();
    bad.append('files', new Blob(['MZ']), 'tool.exe');
    const refused = await s.call('/api/articles', { method: 'POST', body: bad });
    assert.equal(refused.status, 415);
    assert.equal((refused.body as { error: { code: string } }).error.code, 'unsupported-media-type');

    // A story from stored ids and a new article at once.
    const ids = [...first.ids, ...(jsonl.body as { ids: string[] }).ids];
    const st = await s.call('/api/stories', json({ articles: [...ids, one('Fifth Times', 'Officials said the dam held through the night.')] }));
    assert.equal(st.status, 201, st.text);
    const id = (st.body as { id: string }).id;
    const b1 = (await s.call(`/api/stories/${id}/brief`)).body as { articles: { id: string }[]; summary: { outlets: string[] }[] };
    assert.equal(b1.articles.length, 5);
    assert.ok(b1.summary.some((x) => x.outlets.length >= 4), 'the shared lead credited to its outlets');
    // Deleting an article changes the story, and so its brief.
    assert.equal((await s.call(`/api/articles/${ids[0]}`, { method: 'DELETE' })).status, 204);
    const b2 = (await s.call(`/api/stories/${id}/brief`)).body as { articles: { id: string }[] };
    assert.deepEqual(b2.articles.map((x) => x.id), b1.articles.map((x) => x.id).filter((x) => x !== ids[0]));
    assert.equal((await s.call(`/api/stories/${id}`, { method: 'DELETE' })).status, 204);
    const gone = await s.call(`/api/stories/${id}/brief`);
    assert.equal(gone.status, 404);
    assert.deepEqual(Object.keys((gone.body as { error: object }).error).sort(), ['code', 'message', 'status']);
  } finally {
    await s.close();
  }
});

test('clear 4xx errors in one shape; size limits', async () => {
  const s = await startServer({ seed: false });
  try {
    const cases: [string, RequestInit, number][] = [
      ['/api/stories', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }, 400],
      ['/api/stories', json({ articles: [] }), 400],
      ['/api/stories', json({ articles: ['no-such-id'] }), 404],
      ['/api/stories', json({ articles: [42] }), 400],
      ['/api/articles', json({ nothing: 'here' }), 400],
      ['/api/articles', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF' }, 415],
      ['/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(33 * 1024 * 1024) }, 413],
      ['/api/stories/nope/brief', {}, 404],
      ['/no/such/route', {}, 404],
    ];
    for (const [path, init, status] of cases) {
      const r = await s.call(path, init);
      assert.equal(r.status, status, `${init.method ?? 'GET'} ${path}: ${r.text.slice(0, 200)}`);
      const e = (r.body as { error: { status: number; code: string; message: string } }).error;
      assert.equal(e.status, status);
      assert.ok(e.code && e.message, `${path}: code and message`);
    }
    const page = await s.call('/');
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.doesNotMatch(page.text, /<script>[^<]/, 'no inline script in the page');
  } finally {
    await s.close();
  }
});

test('a token guards writes; beyond loopback the server will not start without one', async () => {
  const s = await startServer({ seed: false, token: 'sesame' });
  try {
    const body = [one('Daily One', 'The river rose four metres overnight, officials said.')];
    assert.equal((await s.call('/api/articles', json(body))).status, 401);
    assert.equal((await s.call('/api/articles', json(body, { authorization: 'Bearer wrong' }))).status, 401);
    assert.equal((await s.call('/api/articles', json(body, { authorization: 'Bearer sesame' }))).status, 201);
    assert.equal((await s.call('/api/stories')).status, 200, 'reads need no token');
  } finally {
    await s.close();
  }
  await assert.rejects(serve({ db: ':memory:', port: 0, host: '0.0.0.0', token: null }, () => {}), /needs a token/);
  assert.equal((await runCli(['serve', '--host', '0.0.0.0', '--port', '0'])).code, 2);
});
