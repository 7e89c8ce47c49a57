// `chorus serve` on a store that `chorus cluster --db` fills (issue 11 item 3): the clusterer's stories are listed
// with their sizes, each story's brief is `chorus brief --json` of its articles, and a later clustering run that
// adds articles to a story changes the brief the server gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/io.js';
import { startServer } from './helpers/serve.js';

interface Line { id: string; story: string }
interface Listed { id: string; title: string | null; source: string; size: number }

/** Articles of two unrelated events, several outlets each, dated over two days. */
function article(event: 'flood' | 'vote', n: number) {
  const flood = [
    'Rescue teams reached the flooded valley town of Orvik on Tuesday after two days of heavy rain.',
    'The Orvik river rose four metres overnight and the mayor of Orvik, Lena Brandt, ordered the lower town evacuated.',
    'Boats from the army carried families from Orvik to the school on the hill, where volunteers handed out blankets.',
    'Farmers near Orvik said the harvest in the lower fields was lost to the flood water.',
  ];
  const vote = [
    'Voters in the port city of Castemar elected Tomas Ferreira as mayor on Sunday with 54 percent of the vote.',
    'Ferreira, a former harbour engineer, promised to rebuild the Castemar docks and to cut the ferry fares.',
    'His rival in Castemar, Ines Moura, conceded late on Sunday and called for unity in the city council.',
    'Turnout in Castemar reached 61 percent, the highest in a municipal election there since 1990.',
  ];
  const lines = event === 'flood' ? flood : vote;
  const outlets = ['Daily One', 'Second Wire', 'Harbour Post', 'Valley News', 'Evening Star'];
  return {
    id: `${event}-${n}`,
    title: event === 'flood' ? `Orvik flood: rescue teams reach the town (${outlets[n]})` : `Ferreira elected mayor of Castemar (${outlets[n]})`,
    text: [lines[n % lines.length], lines[(n + 1) % lines.length], lines[(n + 2) % lines.length]].join('\n\n'),
    source: outlets[n],
    date: event === 'flood' ? `2024-03-0${5 + (n % 2)}` : `2024-05-1${2 + (n % 2)}`,
  };
}

/** A brief without its articles' paths (the store keeps where each article was first read: another file here). */
function withoutPaths(text: string): unknown {
  const b = JSON.parse(text) as { articles: { path?: string }[] };
  for (const a of b.articles) delete a.path;
  return b;
}

const jsonl = (rows: object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

test('serve lists the stories `chorus cluster --db` made, with sizes, and serves and updates their briefs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-serve-cluster-'));
  const db = join(dir, 'stream.db');
  const first = [article('flood', 0), article('vote', 0), article('flood', 1), article('vote', 1), article('flood', 2)];
  writeFileSync(join(dir, 'first.jsonl'), jsonl(first));
  const run1 = await runCli(['cluster', '--db', db, '--json', join(dir, 'first.jsonl')]);
  assert.equal(run1.code, 0, run1.stderr);
  const lines1 = run1.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
  const membersOf = (lines: Line[]) => {
    const m = new Map<string, string[]>();
    for (const l of lines) m.set(l.story, [...(m.get(l.story) ?? []), l.id]);
    return m;
  };
  const members1 = membersOf(lines1);
  const byId = new Map(first.map((a) => [a.id, a]));

  // One server for both runs: the second run writes from another connection while it serves (its memo and
  // caches must notice).
  const s = await startServer({ db, seed: false });
  const before = new Map<string, string>();
  try {
    const list = (await s.call('/api/stories')).body as Listed[];
    const fromCluster = list.filter((x) => x.source === 'cluster');
    assert.equal(fromCluster.length, members1.size, 'every story of the clusterer is listed');
    for (const st of fromCluster) {
      assert.equal(st.size, members1.get(st.id)?.length, `story ${st.id}: its size`);
      assert.ok(st.title && st.title.length > 0);
    }
    for (let i = 1; i < fromCluster.length; i++) assert.ok(fromCluster[i - 1].size >= fromCluster[i].size, 'largest first');
    // Each story's brief is exactly `chorus brief --json` of its articles, in the order they were assigned.
    for (const [story, ids] of members1) {
      writeFileSync(join(dir, `${story}.jsonl`), jsonl(ids.map((id) => byId.get(id)!)));
      const cli = await runCli(['brief', '--json', join(dir, `${story}.jsonl`)]);
      const served = await s.call(`/api/stories/${encodeURIComponent(story)}/brief`);
      assert.equal(served.status, 200, served.text);
      assert.deepEqual(withoutPaths(served.text), withoutPaths(cli.stdout), `story ${story}: the brief of its articles`);
      before.set(story, served.text);
      const one = (await s.call(`/api/stories/${encodeURIComponent(story)}`)).body as { articles: string[] };
      assert.deepEqual(one.articles, ids);
    }

    // A later run adds articles: the stories they join get a new brief; the others keep theirs.
    const second = [article('vote', 2), article('flood', 3), article('vote', 3)];
    for (const a of second) byId.set(a.id, a);
    writeFileSync(join(dir, 'second.jsonl'), jsonl(second));
    const run2 = await runCli(['cluster', '--db', db, '--json', join(dir, 'second.jsonl')]);
    assert.equal(run2.code, 0, run2.stderr);
    const lines2 = run2.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    const grown = new Set(lines2.map((l) => l.story));
    const list2 = ((await s.call('/api/stories')).body as Listed[]).filter((x) => x.source === 'cluster');
    // Every article is in exactly one listed story (a story merged into another during the run is no longer listed).
    const seen: string[] = [];
    for (const st of list2) {
      const ids = ((await s.call(`/api/stories/${encodeURIComponent(st.id)}`)).body as { articles: string[] }).articles;
      assert.equal(st.size, ids.length, `story ${st.id}: its size after the second run`);
      seen.push(...ids);
      const served = (await s.call(`/api/stories/${encodeURIComponent(st.id)}/brief`)).text;
      if (grown.has(st.id)) {
        writeFileSync(join(dir, `${st.id}-2.jsonl`), jsonl(ids.map((id) => byId.get(id)!)));
        assert.deepEqual(withoutPaths(served), withoutPaths((await runCli(['brief', '--json', join(dir, `${st.id}-2.jsonl`)])).stdout), `story ${st.id}: the brief of its new articles`);
        if (before.has(st.id)) assert.notEqual(served, before.get(st.id), `story ${st.id}: its brief changed`);
      } else if (before.has(st.id)) {
        assert.equal(served, before.get(st.id), `story ${st.id}: unchanged`);
      }
    }
    assert.deepEqual([...seen].sort(), [...byId.keys()].sort());
    assert.equal((await s.call('/api/stories/no-such-story/brief')).status, 404);
  } finally {
    await s.close();
  }
});
