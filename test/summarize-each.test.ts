// `chorus summarize --each DIR`: one summary per cluster in one process, the same as one run per cluster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/io.js';

function clusters(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-each-'));
  const storm = 'A storm struck the northern coast of the island on Monday, cutting power to thousands of homes in three districts.';
  const vote = 'Members of the regional council voted on Thursday to approve a new budget for the city schools after months of debate.';
  mkdirSync(join(dir, 'storm'));
  writeFileSync(join(dir, 'storm', 'a.txt'), `Storm hits coast\n\n${storm}\nCrews worked through the night to restore the lines, the utility company said.\n`);
  writeFileSync(join(dir, 'storm', 'b.txt'), `Coast battered\n\n${storm}\nSchools in the three districts were closed on Tuesday as the clean-up began.\n`);
  // A JSON lines file of clusters: one cluster per line, named by its id (one with a name unsafe as a file name).
  writeFileSync(join(dir, 'more.jsonl'), `${JSON.stringify({ id: 'vote/1', documents: [{ text: `${vote} Teachers welcomed the decision.` }, { text: `${vote} Parents said they hoped class sizes would fall.` }] })}\n`);
  return dir;
}

test('--each --out writes one file per cluster, equal to summarizing the cluster alone', async () => {
  const dir = clusters();
  const out = join(dir, 'out');
  const r = await runCli(['summarize', '--each', dir, '--out', out, '--words', '30']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['storm.txt', 'vote_1.txt']);
  const alone = await runCli(['summarize', join(dir, 'storm'), '--words', '30']);
  assert.equal(readFileSync(join(out, 'storm.txt'), 'utf8'), alone.stdout);
  assert.match(readFileSync(join(out, 'vote_1.txt'), 'utf8'), /regional council voted/);
});

test('--each without --out prints one JSON line per cluster; usage errors exit 2', async () => {
  const dir = clusters();
  const r = await runCli(['summarize', '--each', dir, '--words', '30']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cluster: string; sentences: string[] });
  assert.deepEqual(lines.map((l) => l.cluster), ['vote/1', 'storm']);
  assert.ok(lines.every((l) => l.sentences.length > 0));
  assert.equal((await runCli(['summarize', '--each', dir, 'extra-path'])).code, 2);
  assert.equal((await runCli(['summarize', '--out', dir, dir])).code, 2);
});
