// Nothing raw reaches a terminal from `--json` either (issue 12, item 4): JSON.stringify leaves DEL, the C1 controls
// (U+009B is CSI to many terminals) and U+2028/U+2029 raw; the CLI writes them as \u escapes, the same JSON value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/io.js';
import { jsonText } from '../src/cli/main.js';
import { TERMINAL_CONTROL } from './helpers/fuzz-props.js';

const NASTY = ['\u009b2J', '\u007f', '\u001b[31m', '\u0085', '\u2028', '\u0007'];

test('jsonText: the same value as JSON.stringify, with no control or line separator left raw', () => {
  for (let i = 0; i < 0x3000; i += 7) {
    const value = { s: `a${String.fromCharCode(i)}b`, list: [String.fromCharCode(i, i + 1, i + 2)] };
    const text = jsonText(value, 2);
    assert.deepEqual(JSON.parse(text), value);
    assert.ok(!TERMINAL_CONTROL.test(text.replace(/\n/g, '')) && !/[\u2028\u2029]/.test(text), `U+${i.toString(16)}`);
  }
});

test('brief --json and facts --json: controls from ids, titles and text are escaped, the output still JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-json-'));
  const body = 'The council closed the bridge in Springfield on Monday after the river rose, officials said.';
  const lines = NASTY.map((c, i) => JSON.stringify({ id: `a${i}${c}`, title: `Title ${c} ${i}`, outlet: `Out${c}let`, text: `${body} ${c} Repairs will take ${i + 2} weeks.` }));
  const file = join(dir, 'nasty.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  for (const cmd of ['brief', 'facts']) {
    const r = await runCli([cmd, file, '--json']);
    assert.ok([0, 3].includes(r.code), r.stderr);
    assert.ok(!TERMINAL_CONTROL.test(r.stdout.replace(/\n/g, '')), `${cmd}: raw control in --json`);
    assert.ok(!/[\u2028\u2029]/.test(r.stdout));
    assert.ok(!TERMINAL_CONTROL.test(r.stderr.replace(/\n/g, '')), `${cmd}: raw control on stderr`);
    // Still JSON, and what the text carried is there as a value (escaped on the wire, not dropped).
    const parsed = JSON.stringify(JSON.parse(r.stdout) as unknown);
    assert.ok(parsed.includes('Springfield'), `${cmd}: the articles are in the output`);
  }
});

test('cluster --json and its table: ids, titles and outlets with controls reach neither stdout nor stderr raw', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cluster-'));
  const body = 'The council closed the bridge in Springfield on Monday after the river rose, officials said.';
  const lines = NASTY.map((c, i) => JSON.stringify({ id: `a${i}${c}`, title: `Title ${c} ${i}`, outlet: `Out${c}let`, date: '2024-05-06', text: `${body} ${c} Repairs will take ${i + 2} weeks.` }));
  // A broken line whose reason quotes its bytes: the warning on stderr is escaped too.
  const file = join(dir, 'nasty.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n{"id": "b\u001b]0;x\u0007", "text": \u001b[2J\n`);
  for (const json of [true, false]) {
    const r = await runCli(['cluster', file, ...(json ? ['--json'] : [])]);
    assert.ok([0, 3].includes(r.code), r.stderr);
    assert.ok(!TERMINAL_CONTROL.test(r.stdout.replace(/\n/g, '')), `raw control on stdout (json: ${json})`);
    assert.ok(!/[\u2028\u2029]/.test(r.stdout));
    assert.ok(!TERMINAL_CONTROL.test(r.stderr.replace(/\n/g, '')), `raw control on stderr (json: ${json})`);
    if (json) {
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
      assert.deepEqual(rows.map((x) => x.id), NASTY.map((c, i) => `a${i}${c}`.trim())); // ids as the reader gives them (trimmed)
    }
  }
});
