// Scale-out on a real PostgreSQL: three `chorus worker` processes share a 5,000-article stream while one is
// killed with `kill -9` midway; every article ends in exactly one story, none lost, none twice, and the stories
// are those one worker makes of the same stream over SQLite. `chorus cluster --db` gives the same stories on both
// databases too. Needs CHORUS_TEST_PG (see test/helpers/pg.ts) and the shared duc2003 documents.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readInputs } from '../src/read/index.js';
import { openStore } from '../src/store/store.js';
import { inClusterTransaction } from '../src/store/cluster.js';
import { articleHash } from '../src/store/hash.js';
import { runCluster } from '../src/cluster/run.js';
import { enqueueArticles, runWorker, storyBrief } from '../src/worker/worker.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';
import { syntheticStream } from '../bench/synthetic-stream.mjs';
import { freshDatabase } from './helpers/pg.js';
import pg from 'pg';

const SHARED = process.env.CHORUS_SHARED ?? resolve('..', 'shared');
const DOCS = join(SHARED, 'data', 'duc2003', 'docs');
const IN_CI = process.env.CI === '1' || process.env.CI === 'true';
const STREAM = 5000;
const BATCH = 100;

let base: Article[] | null = null;
async function stream(t: TestContext, n: number): Promise<Article[] | null> {
  if (!existsSync(DOCS)) {
    if (IN_CI) throw new Error(`${DOCS}: the shared duc2003 documents are missing`);
    t.skip('shared data not present');
    return null;
  }
  if (!base) {
    base = [];
    for (const c of readdirSync(DOCS).sort()) base.push(...(await readInputs([join(DOCS, c)])).articles);
  }
  return syntheticStream(base, n);
}

/**
 * Stories as a partition of the stream's contents: each story's sorted content hashes, the stories sorted (story
 * and article ids left out: when one content comes twice under two ids, in two batches ingested by two workers at
 * once, the id kept is that of the first to commit).
 */
async function partition(store: Store): Promise<string[]> {
  const rows = await store.db.all<{ hash: string; story_id: string }>('SELECT a.hash AS hash, m.story_id AS story_id FROM cluster_members m JOIN articles a ON a.id = m.article_id');
  const by = new Map<string, string[]>();
  for (const m of rows) by.set(m.story_id, [...(by.get(m.story_id) ?? []), m.hash.slice(0, 16)]);
  return [...by.values()].map((ids) => ids.sort().join(' ')).sort();
}

/** The same for `chorus cluster --db`, which stores memberships by article id only. */
async function idPartition(store: Store): Promise<string[]> {
  const by = new Map<string, string[]>();
  for (const m of await membersOf(store)) by.set(m.story_id, [...(by.get(m.story_id) ?? []), m.article_id]);
  return [...by.values()].map((ids) => ids.sort().join(' ')).sort();
}

const membersOf = (store: Store) => store.db.all<{ article_id: string; story_id: string }>('SELECT article_id, story_id FROM cluster_members');

/** The checks every stored stream must pass: each article of the input in exactly one live story. */
async function assertWhole(store: Store, input: Article[]): Promise<void> {
  const distinct = new Set(input.map(articleHash)).size;
  assert.equal(await store.countArticles(), distinct, 'every distinct article stored once');
  const members = await membersOf(store);
  assert.equal(members.length, distinct, 'one membership per stored article');
  assert.equal(new Set(members.map((m) => m.article_id)).size, members.length, 'no article in two stories');
  const stored = new Set((await store.db.all<{ id: string }>('SELECT id FROM articles')).map((r) => r.id));
  for (const m of members) assert.ok(stored.has(m.article_id), `membership of unknown article ${m.article_id}`);
  const live = await store.db.all<{ id: string; size: number }>('SELECT id, size FROM cluster_stories WHERE merged_into IS NULL');
  const sizes = new Map(live.map((s) => [s.id, Number(s.size)]));
  const counted = new Map<string, number>();
  for (const m of members) counted.set(m.story_id, (counted.get(m.story_id) ?? 0) + 1);
  for (const [story, n] of counted) assert.equal(sizes.get(story), n, `story ${story}: stored size is its membership count`);
  const jobs = await store.db.all<{ state: string }>("SELECT state FROM jobs WHERE state <> 'done'");
  assert.deepEqual(jobs, [], 'every job done');
}

function worker(db: string, extra: string[] = [], briefs = false): { child: ChildProcess; exited: Promise<number | null>; out: () => string } {
  const args = ['--db', db, '--until-idle', ...(briefs ? [] : ['--no-briefs']), '--lease', '2', ...extra];
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/worker-process.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, out: () => out };
}

test('three workers on PostgreSQL, one killed with kill -9 midway: every article in exactly one story, the same stories as one worker over SQLite', { timeout: 180_000 }, async (t) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  const input = await stream(t, STREAM);
  if (!input) return pg.drop();
  const dir = mkdtempSync(join(tmpdir(), 'chorus-worker-'));
  try {
    const file = join(dir, 'stream.jsonl');
    writeFileSync(file, input.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, published: a.published })).join('\n'));
    const reread = (await readInputs([file], { allowTitleOnly: true, maxArticles: STREAM })).articles;
    assert.equal(reread.length, STREAM);

    const store = await openStore(pg.url);
    assert.equal(await enqueueArticles(store, reread, BATCH), STREAM / BATCH);
    const workers = [worker(pg.url), worker(pg.url), worker(pg.url)];
    // Kill the first worker once a good part of the stream is stored and it holds a job.
    const victim = workers[0];
    let held: { id: number; kind: string }[] = [];
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      const n = await store.countArticles();
      held = await store.db.all<{ id: number; kind: string }>(`SELECT id, kind FROM jobs WHERE state = 'running' AND locked_by LIKE ?`, [`%:${victim.child.pid}:%`]);
      if (n >= 1000 && held.length > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exited, null, 'killed');
    const codes = await Promise.all(workers.slice(1).map((w) => w.exited));
    assert.deepEqual(codes, [0, 0], workers.map((w) => w.out()).join('\n'));
    assert.ok(held.length > 0, 'the killed worker held a job');
    const heldIds = held.map((h) => h.id);
    const after = await store.db.all<{ id: number; state: string; attempts: number }>(`SELECT id, state, attempts FROM jobs WHERE id IN (${heldIds.map(() => '?').join(', ')})`, heldIds);
    for (const j of after) assert.equal(j.state, 'done', `job ${j.id}, held by the killed worker, was run again`);
    t.diagnostic(`killed holding ${held.map((h) => `${h.kind} job ${h.id}`).join(', ')}; attempts after: ${after.map((j) => j.attempts).join(', ')}`);
    await assertWhole(store, reread);
    const onPg = await partition(store);
    await store.close();

    // The same stream, the same batches, one worker in this process over SQLite.
    const lite = await openStore(join(dir, 'lite.db'));
    await enqueueArticles(lite, reread, BATCH);
    await lite.close();
    const report = await runWorker({ db: join(dir, 'lite.db'), untilIdle: true, briefs: false, pollMs: 20 });
    assert.equal(report.done.ingest, STREAM / BATCH);
    const lite2 = await openStore(join(dir, 'lite.db'));
    await assertWhole(lite2, reread);
    const onSqlite = await partition(lite2);
    await lite2.close();
    assert.ok(onPg.length > 20 && onPg.length < reread.length / 2, `a stream of stories, not one story nor singletons (${onPg.length})`);
    assert.deepEqual(onPg, onSqlite);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await pg.drop();
  }
});

test('a worker killed with kill -9 while it runs a clustering job: nothing of that run is kept, the next worker redoes it whole', { timeout: 120_000 }, async (t) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  const input = await stream(t, 2000);
  if (!input) return pg.drop();
  try {
    const store = await openStore(pg.url);
    await enqueueArticles(store, input, BATCH);
    const victim = worker(pg.url, ['--concurrency', '1']);
    let held: { id: number }[] = [];
    for (const started = Date.now(); Date.now() - started < 60_000 && held.length === 0; ) {
      held = await store.db.all<{ id: number }>(`SELECT id FROM jobs WHERE kind = 'cluster' AND state = 'running' AND locked_by LIKE ?`, [`%:${victim.child.pid}:%`]);
      if (held.length === 0) await new Promise((r) => setTimeout(r, 10));
    }
    victim.child.kill('SIGKILL');
    await victim.exited;
    assert.equal(held.length, 1, 'the worker was killed holding a clustering job');
    // Nothing of the killed run is stored: its transaction died with its connection.
    const cursor = await store.db.get<{ position: number }>(`SELECT position FROM queue_cursor WHERE name = 'cluster'`);
    const membersThen = (await membersOf(store)).length;
    const next = worker(pg.url);
    assert.equal(await next.exited, 0, next.out());
    const [job] = await store.db.all<{ state: string; attempts: number }>('SELECT state, attempts FROM jobs WHERE id = ?', [held[0].id]);
    assert.equal(job.state, 'done');
    t.diagnostic(`cursor when killed: ${cursor?.position ?? 'none'}, memberships then: ${membersThen}; the killed job ran ${job.attempts} times`);
    await assertWhole(store, input);
    await store.close();
  } finally {
    await pg.drop();
  }
});

test('chorus cluster --db: the same stream in two runs gives the same stories on SQLite and PostgreSQL', async (t) => {
  const pg = await freshDatabase(t);
  if (!pg) return;
  const input = await stream(t, 1200);
  if (!input) return pg.drop();
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cluster-db-'));
  try {
    const run = async (target: string) => {
      const store = await openStore(target);
      try {
        const first = await inClusterTransaction(store.db, (s) => runCluster(input.slice(0, 700), { store: s }));
        const second = await inClusterTransaction(store.db, (s) => runCluster(input.slice(500), { store: s }));
        // Known: ids of the first run, and ids given twice (a document in two duc2003 clusters).
        const seen = new Set(input.slice(0, 700).map((a) => a.id));
        const expectKnown = input.slice(500).filter((a) => seen.has(a.id) || !seen.add(a.id)).length;
        assert.ok(expectKnown >= 200);
        assert.equal(second.known, expectKnown, 'articles of the first run keep their story');
        return { stories: [...first.stories, ...second.stories], all: await idPartition(store) };
      } finally {
        await store.close();
      }
    };
    const onPg = await run(pg.url);
    const onSqlite = await run(join(dir, 'c.db'));
    assert.deepEqual(onPg, onSqlite);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await pg.drop();
  }
});

test('a worker over SQLite makes and caches each changed story\'s brief', async (t) => {
  const input = await stream(t, 60);
  if (!input) return;
  const dir = mkdtempSync(join(tmpdir(), 'chorus-worker-brief-'));
  try {
    const db = join(dir, 'b.db');
    const store = await openStore(db);
    await enqueueArticles(store, input.slice(0, 60), 30);
    await store.close();
    const report = await runWorker({ db, untilIdle: true, concurrency: 2, pollMs: 20 });
    const s = await openStore(db);
    try {
      const stories = (await s.db.all<{ id: string }>('SELECT id FROM cluster_stories WHERE merged_into IS NULL')).map((r) => r.id);
      assert.ok(stories.length > 0);
      assert.ok(report.done.brief >= stories.length, 'a brief job per live story at least');
      const cached = await s.db.all<{ key: string; value: string }>("SELECT key, value FROM cache WHERE key LIKE 'brief-v1:%'");
      assert.ok(cached.length >= stories.length, `${cached.length} briefs for ${stories.length} stories`);
      for (const c of cached) assert.ok(Array.isArray((JSON.parse(c.value) as { summary: unknown[] }).summary), 'a brief as `chorus brief --json` prints it');
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker killed between an ingest\'s commit and queueing its clustering job: an idle worker queues it', async (t) => {
  const input = await stream(t, 40);
  if (!input) return;
  const dir = mkdtempSync(join(tmpdir(), 'chorus-worker-sweep-'));
  try {
    const db = join(dir, 'w.db');
    const store = await openStore(db);
    // The state that worker left: the articles stored and the ingest job done, no clustering job queued.
    const { ids } = await store.addArticles(input);
    await store.db.run(`INSERT INTO jobs (kind, payload, state, attempts, run_after, created, result) VALUES ('ingest', '[]', 'done', 1, 0, 0, ?)`, [JSON.stringify({ ids })]);
    await store.close();
    const report = await runWorker({ db, untilIdle: true, briefs: false, pollMs: 20 });
    assert.equal(report.done.cluster, 1);
    const s = await openStore(db);
    try {
      assert.equal((await membersOf(s)).length, new Set(ids).size, 'every stored article clustered');
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker killed with kill -9 after a clustering run\'s commit, before queueing its brief jobs: an idle worker queues them, every story gets its brief', { timeout: 120_000 }, async (t) => {
  const db = await freshDatabase(t);
  if (!db) return;
  const input = await stream(t, 60);
  if (!input) return db.drop();
  // Another session holds a queued brief job of the first story, uncommitted: the worker's own enqueue of that
  // key waits on it (the unique index of queued keys), which holds the worker between its clustering commit and
  // queueing the brief jobs, where it is killed.
  const blocker = new pg.Client({ connectionString: db.url });
  const store = await openStore(db.url);
  try {
    await enqueueArticles(store, input, 30);
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`INSERT INTO jobs (kind, key, payload, state, attempts, run_after, created) VALUES ('brief', 's000000', '{"story":"s000000"}', 'queued', 0, 0, 0)`);
    const victim = worker(db.url, ['--concurrency', '1'], true);
    let clustered = false;
    for (const started = Date.now(); Date.now() - started < 60_000 && !clustered; ) {
      clustered = (await store.db.get(`SELECT 1 AS one FROM jobs WHERE kind = 'cluster' AND state NOT IN ('queued', 'running')`)) !== undefined;
      if (!clustered) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(clustered, `the clustering run committed: ${victim.out()}`);
    // Still waiting: no brief job queued by it.
    assert.equal((await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE kind = 'brief'`))?.n, 0);
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exited, null, 'killed');
    await blocker.query('ROLLBACK');

    const next = worker(db.url, [], true);
    assert.equal(await next.exited, 0, next.out());
    const live = (await store.db.all<{ id: string }>('SELECT id FROM cluster_stories WHERE merged_into IS NULL')).map((r) => r.id);
    assert.ok(live.length > 1, `${live.length} stories`);
    for (const story of live) {
      const { key } = await storyBrief(store.db, story);
      assert.ok(key !== null, `story ${story} has articles`);
      assert.ok((await store.db.get('SELECT 1 AS one FROM cache WHERE key = ?', [key])) !== undefined, `story ${story}: its current brief is cached`);
    }
    assert.deepEqual(await store.db.all("SELECT id, kind, state FROM jobs WHERE state <> 'done'"), [], 'every job done');
  } finally {
    await blocker.end().catch(() => undefined);
    await store.close();
    await db.drop();
  }
});

test('a brief job whose worker died mid-run (its lease run out) is run again by the next worker', { timeout: 60_000 }, async (t) => {
  const input = await stream(t, 30);
  if (!input) return;
  const dir = mkdtempSync(join(tmpdir(), 'chorus-worker-brief-lease-'));
  try {
    const db = join(dir, 'b.db');
    const store = await openStore(db);
    await enqueueArticles(store, input, 30);
    await store.close();
    await runWorker({ db, untilIdle: true, briefs: false, pollMs: 20 });
    const s = await openStore(db);
    const [story] = (await s.db.all<{ id: string }>('SELECT id FROM cluster_stories WHERE merged_into IS NULL ORDER BY size DESC, id')).map((r) => r.id);
    // The state a worker killed during the brief job leaves: running, under its lease, which has run out.
    await s.db.run(`INSERT INTO jobs (kind, key, payload, state, attempts, run_after, created, locked_by, locked_until) VALUES ('brief', ?, ?, 'running', 1, 0, 0, 'dead-host:1:000000', 1)`, [story, JSON.stringify({ story })]);
    await s.close();
    const report = await runWorker({ db, untilIdle: true, pollMs: 20 });
    assert.equal(report.done.brief, 1);
    const s2 = await openStore(db);
    try {
      const [job] = await s2.db.all<{ state: string; attempts: number }>(`SELECT state, attempts FROM jobs WHERE kind = 'brief'`);
      assert.deepEqual({ ...job, attempts: Number(job.attempts) }, { state: 'done', attempts: 2 });
      const { key } = await storyBrief(s2.db, story);
      assert.ok((await s2.db.get('SELECT 1 AS one FROM cache WHERE key = ?', [key])) !== undefined, 'the story\'s brief is cached');
    } finally {
      await s2.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
