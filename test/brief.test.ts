// The reference story (examples/al-qaim) and what its brief must show (docs: ../shared/design/worked-example.md).
// The assertions are about kinds of noise and facts, checked through the reasons the pipeline gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../src/read/index.js';
import { briefOf } from '../src/pipeline.js';
import type { Brief } from '../src/contract.js';
import { runCli } from './helpers/io.js';
import { mainPlace } from '../src/facts/places/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function brief(): Promise<Brief> {
  const r = await readInputs(['examples/al-qaim']);
  return briefOf(r.articles, { warnings: r.warnings });
}

const shown = (b: Brief) => [b.headline?.text ?? '', ...b.summary.map((s) => s.text), ...b.digest.map((s) => s.text)].join('\n');
const removedText = (b: Brief) => b.articles.flatMap((a) => a.removed.map((r) => r.text)).join('\n');

test('noise is removed with a reason and never shown', async () => {
  const b = await brief();
  const noise: [RegExp, string[]][] = [
    [/robot citizen/, ['related-links', 'off-topic']],
    [/Puigdemont/, ['off-topic']],
    [/All Rights reserved/i, ['copyright']],
    [/^SOURCE:/, ['source-credit']],
    [/^By Staff Reporter$/, ['byline']],
    [/\/ AFP$/, ['photo-credit', 'caption']],
    [/^Related (news|Links)$/, ['related-links']],
    [/read more$/, ['teaser']],
    [/Billed Monthly|We need your help|block ads/i, ['plea']],
    [/http:\/\/ift\.tt/, ['feed-attribution', 'url']],
    [/Popular posts from this blog|^Comments$/, ['blog-chrome']],
    [/Mauritius|Oryx Handbook|Christie/, ['blog-chrome', 'related-links', 'off-topic']],
  ];
  const all = b.articles.flatMap((a) => a.removed);
  for (const [pattern, reasons] of noise) {
    const hits = all.filter((r) => pattern.test(r.text));
    assert.ok(hits.length > 0, `removed: ${pattern}`);
    for (const h of hits) assert.ok(reasons.includes(h.reason), `${pattern} removed as ${h.reason}, expected one of ${reasons}`);
    assert.ok(!shown(b).split('\n').some((line) => pattern.test(line)), `${pattern} must not be shown`);
  }
  // Repeated titles are removed, and every removal's span points at its text.
  assert.ok(all.filter((r) => r.reason === 'repeated-title').length >= 3);
  const texts = new Map<string, string>();
  for (const a of (await readInputs(['examples/al-qaim'])).articles) texts.set(a.id, a.text);
  for (const r of all) assert.equal(texts.get(r.span.article)?.slice(r.span.start, r.span.end), r.text);
});

test('no sentence about the offensive is removed', async () => {
  const removed = removedText(await brief());
  for (const p of [/Jabbab/, /leaflets/, /Al-Obeidi was/, /1,500/, /entered Al-Qaim/, /Rawa/, /Tikrit/, /Mosul/]) {
    assert.ok(!removed.split('\n').some((l) => p.test(l) && !/read more$/.test(l) && !/\(AFP\) Oct/.test(l)), `kept: ${p}`);
  }
});

test('the Jabbab sentence is one item from two outlets; metadata is read', async () => {
  const b = await brief();
  const jabbab = [...b.summary, ...b.digest].filter((s) => /Jabbab/.test(s.text));
  assert.ok(jabbab.length >= 1);
  assert.ok(jabbab.every((s) => s.support.outlets >= 2 && s.sources.length >= 2));
  assert.equal(new Set(jabbab.map((s) => s.text)).size, 1, 'shown once');
  const art = new Map(b.articles.map((a) => [a.id, a]));
  assert.equal(art.get('004')?.published, '2017-10-26');
  assert.equal(art.get('004')?.outlet, 'TRT World');
  assert.equal(art.get('001')?.outlet, 'Leader Call');
  for (const a of b.articles) assert.ok(!a.published?.startsWith('2015'), `${a.id} not dated 2015`);
  assert.notEqual(art.get('003')?.published, '2017-10-26', "003 is not dated from its teaser");
});

test('the headline is about Iraqi forces and names the main place; summary within budget, no sentence twice', async () => {
  const b = await brief();
  assert.match(b.headline?.text ?? '', /Iraq/);
  // The main place is the one the facts stage found most widely reported; the headline's spans hold a mention of it.
  const where = mainPlace(b.places);
  assert.ok(where && where.kind !== 'country', `main place ${where?.name}`);
  const h = b.headline;
  assert.ok(h && h.spans.some((hs) => where.spans.some((ps) => ps.article === hs.article && ps.start >= hs.start && ps.end <= hs.end)), `headline names ${where.name}: ${h?.text}`);
  for (const s of b.summary) assert.doesNotMatch(s.text, /^(he|she|they)\b/i, 'no dangling pronoun opens a summary sentence');
  const words = b.summary.map((s) => s.text).join(' ').split(/\s+/).length;
  assert.ok(words <= 100, `${words} words`);
  const all = [...b.summary.map((s) => s.text)];
  assert.equal(new Set(all).size, all.length);
});

test('output is deterministic, byte for byte', async () => {
  const a = await runCli(['brief', 'examples/al-qaim', '--json']);
  const b = await runCli(['brief', 'examples/al-qaim', '--json']);
  assert.equal(a.code, 0);
  assert.equal(a.stdout, b.stdout);
  const parsed = JSON.parse(a.stdout) as Brief;
  assert.equal(parsed.version, 1);
  for (const key of ['headline', 'summary', 'digest', 'facts', 'disagreements', 'timeline', 'places', 'entities', 'events', 'articles', 'warnings']) {
    assert.ok(key in parsed, `contract field ${key}`);
  }
});

test('summarize on a DUC cluster prints at most N words of source sentences, one per line', async (t) => {
  const dir = '../shared/data/duc2003/docs/d30003t';
  const { existsSync } = await import('node:fs');
  if (!existsSync(dir)) return t.skip('shared data not present');
  const r = await runCli(['summarize', dir, '--words', '100']);
  assert.equal(r.code, 0);
  const lines = r.stdout.trim().split('\n');
  assert.ok(r.stdout.trim().split(/\s+/).length <= 100);
  const story = await readInputs([dir]);
  const source = story.articles.map((a) => a.text.replace(/\s+/g, ' ')).join('\n');
  for (const l of lines) assert.ok(source.includes(l), `source sentence: ${l}`);
});

test('an item names the articles that report its event in other words, apart from its sources', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-corrob-'));
  const lead = 'Government troops captured the town of Varna on Monday after a week of heavy fighting in the northern hills.';
  const leaflets = 'The national air force dropped thousands of leaflets over the town of Kesta calling on the rebels to surrender.';
  writeFileSync(join(dir, 'a.txt'), `Troops take Varna\n\n${lead}\n${leaflets}\nResidents said the streets were quiet by evening.\n`);
  writeFileSync(join(dir, 'b.txt'), `Varna falls\n\n${lead}\n${leaflets}\nAid groups said food was running short in the camps.\n`);
  writeFileSync(join(dir, 'c.txt'), `Rebels urged to give up\n\n${lead}\nThe national air force has dropped thousands of pamphlets over Kesta urging the rebels to surrender.\nThe rebels did not answer.\n`);
  const r = await readInputs([dir]);
  const b = briefOf(r.articles, { warnings: r.warnings, digestWords: 250 });
  const item = b.digest.find((s) => s.text === leaflets);
  assert.ok(item, `leaflets sentence in the digest: ${b.digest.map((s) => s.text).join(' | ')}`);
  assert.deepEqual(item.sources, ['a', 'b']);
  assert.deepEqual(item.corroboratedBy, ['c']);
  for (const s of [...b.summary, ...b.digest]) for (const id of s.corroboratedBy ?? []) assert.ok(!s.sources.includes(id), 'never both a source and a corroboration');
  rmSync(dir, { recursive: true });
});
