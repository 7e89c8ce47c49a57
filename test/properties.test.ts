// What every brief must satisfy, checked on real stories: every duc2003 cluster and a sample of Multi-News
// clusters (noisy web text). Extractive and faithful (each shown sentence is its sources' text at its spans),
// within budget, nothing twice, support never more than the sources, removals never overlapping kept sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readInputs } from '../src/read/index.js';
import { briefOf } from '../src/pipeline.js';
import type { Brief, BriefItem } from '../src/contract.js';
import type { Article } from '../src/types.js';

const data = resolve('..', 'shared', 'data');
const duc = join(data, 'duc2003', 'docs');
const multinews = join(data, 'multinews-sample250', 'multinews_test_sample250.jsonl');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function check(label: string, b: Brief, articles: Article[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items: [string, BriefItem][] = [
    ...(b.headline ? [['headline', b.headline] as [string, BriefItem]] : []),
    ...b.summary.map((s): [string, BriefItem] => ['summary', s]),
    ...b.digest.map((s): [string, BriefItem] => ['digest', s]),
  ];
  for (const [part, it] of items) {
    assert.deepEqual(it.sources, [...new Set(it.sources)].sort(), `${label} ${part}: sources sorted and distinct`);
    assert.ok(it.support.articles === it.sources.length && it.support.outlets <= it.support.articles && it.support.outlets >= 1, `${label} ${part}: support`);
    assert.deepEqual([...new Set(it.spans.map((s) => s.article))].sort(), it.sources, `${label} ${part}: a span in every source`);
    // Faithful: the shown text is one of its spans, verbatim.
    assert.ok(it.spans.some((s) => byId.get(s.article)?.text.slice(s.start, s.end) === it.text), `${label} ${part}: text is a source span: ${it.text.slice(0, 60)}`);
    for (const id of it.corroboratedBy ?? []) assert.ok(!it.sources.includes(id), `${label} ${part}: corroboration is another article`);
  }
  assert.ok(words(b.summary.map((s) => s.text).join(' ')) <= 100, `${label}: summary within 100 words`);
  assert.ok(words(b.digest.map((s) => s.text).join(' ')) <= 250, `${label}: digest within 250 words`);
  for (const part of [b.summary, b.digest]) assert.equal(new Set(part.map((s) => s.text)).size, part.length, `${label}: no sentence twice`);
  for (const a of b.articles) {
    for (const r of a.removed) {
      assert.equal(r.span.article, a.id);
      const text = byId.get(a.id)?.text ?? '';
      assert.ok(r.span.start <= r.span.end && r.span.end <= text.length, `${label} ${a.id}: removal span inside the text`);
    }
  }
  for (const t of b.timeline) assert.ok(t.sources.length > 0 && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.date), `${label}: timeline item dated ${t.date}`);
  for (const p of b.places) if (!p.resolved) assert.ok(p.lat === null && p.lon === null, `${label}: an unresolved place has no coordinates`);
}

test('every duc2003 cluster: a faithful brief within budget', async (t) => {
  if (!existsSync(duc)) return t.skip('../shared/data/duc2003 absent');
  for (const c of readdirSync(duc).sort()) {
    const r = await readInputs([join(duc, c)]);
    check(c, briefOf(r.articles, { warnings: r.warnings }), r.articles);
  }
});

test('Multi-News sample (noisy web text): a faithful brief within budget', async (t) => {
  if (!existsSync(multinews)) return t.skip('../shared/data/multinews-sample250 absent');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-mn-'));
  const lines = readFileSync(multinews, 'utf8').trim().split('\n');
  // Every fifth cluster: 50 stories.
  for (let i = 0; i < lines.length; i += 5) {
    const file = join(dir, `c${i}.jsonl`);
    writeFileSync(file, `${lines[i]}\n`);
    const r = await readInputs([file]);
    check(`multinews line ${i + 1}`, briefOf(r.articles, { warnings: r.warnings }), r.articles);
  }
  rmSync(dir, { recursive: true });
});
