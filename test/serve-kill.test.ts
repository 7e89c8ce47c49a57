// `kill -9` of the server in the middle of a 1,000-article ingest loses nothing it acknowledged, and a restart
// serves the same briefs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOWNS = ['Arden', 'Belmor', 'Caskel', 'Dunmere', 'Elvor', 'Fenwick', 'Galt', 'Harrow', 'Ilmen', 'Jorvik'];

/** A distinct, readable article per index. */
function article(i: number) {
  const town = TOWNS[i % TOWNS.length];
  return {
    id: `n${i}`,
    title: `Council of ${town} meets (${i})`,
    text: `The council of ${town} met on Monday to vote on budget item ${i} for the coming year.\n\nMembers said item ${i} would pay for ${i % 7 + 2} new buses and repairs to the old bridge over the river.\nThe vote is expected on ${['Tuesday', 'Wednesday', 'Thursday'][i % 3]}, officials said.`,
    source: `Outlet ${i % 13}`,
    date: '2024-05-06',
  };
}

async function start(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/serve-process.ts', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /chorus serve: (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, url };
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('kill -9 mid-ingest: every acknowledged article survives, briefs are the same after restart', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'chorus-kill-')), 'kill.db');
  let { child, url } = await start(db);
  const acked = new Set<string>();
  try {
    const [seeded] = (await (await fetch(`${url}/api/stories`)).json()) as { id: string }[];
    const seededBrief = await (await fetch(`${url}/api/stories/${seeded.id}/brief`)).text();
    const BATCH = 25;
    const all = Array.from({ length: 1000 }, (_, i) => article(i));
    let storyId = '';
    let storyBrief = '';
    let killedAt = -1;
    for (let at = 0; at < all.length; at += BATCH) {
      const batch = all.slice(at, at + BATCH);
      if (at >= 400) {
        // In flight when the server dies: not acknowledged, so free to be lost or kept.
        const pending = post(`${url}/api/articles`, batch).catch(() => null);
        child.kill('SIGKILL');
        await pending;
        killedAt = at;
        break;
      }
      const r = await post(`${url}/api/articles`, batch);
      assert.equal(r.status, 201);
      for (const id of ((await r.json()) as { ids: string[] }).ids) acked.add(id);
      if (at === 100) {
        const s = await post(`${url}/api/stories`, { articles: [...acked].slice(0, 40) });
        storyId = ((await s.json()) as { id: string }).id;
        storyBrief = await (await fetch(`${url}/api/stories/${storyId}/brief`)).text();
      }
    }
    assert.equal(killedAt, 400);
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    ({ child, url } = await start(db));
    for (const id of acked) assert.equal((await fetch(`${url}/api/articles/${id}`)).status, 200, `acknowledged article ${id} is there`);
    assert.equal(acked.size, 400);
    assert.equal(await (await fetch(`${url}/api/stories/${seeded.id}/brief`)).text(), seededBrief);
    assert.equal(await (await fetch(`${url}/api/stories/${storyId}/brief`)).text(), storyBrief);
    // Posting everything again stores only what was never stored: ingest is idempotent by content.
    let added = 0;
    for (let at = 0; at < all.length; at += 100) added += ((await (await post(`${url}/api/articles`, all.slice(at, at + 100))).json()) as { added: number }).added;
    const { total } = (await (await fetch(`${url}/api/articles?limit=1`)).json()) as { total: number };
    assert.equal(total, 1000 + 5, 'the 1,000 articles and the 5 of the example, each once');
    assert.ok(added >= 575 && added <= 600, `re-posting added only the missing ones (${added})`);
  } finally {
    child.kill('SIGKILL');
  }
});
