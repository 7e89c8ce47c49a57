// The package as a user imports it: by name, through package.json `exports` (the built dist/, with its types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, summarize, facts, extract, readPaths, rouge, type Brief, type ArticleInput } from 'chorus';

test('brief of the example, read with readPaths: the same JSON as the command gives', async () => {
  const r = await readPaths(['examples/al-qaim']);
  assert.equal(r.articles.length, 5);
  const b: Brief = brief(r.articles, { warnings: r.warnings });
  assert.equal(b.version, 1);
  assert.ok(b.headline && b.headline.sources.length > 0, 'a headline with its sources');
  assert.ok(b.summary.length > 0 && b.summary.every((s) => s.sources.length > 0) && b.summary.some((s) => s.outlets.length > 0), 'every summary sentence credited');
  assert.ok(b.places.some((p) => p.resolved && p.lat !== null), 'a located place');
  // Same input, same output: a second call in the same process gives the same bytes (no state kept between stories).
  assert.equal(JSON.stringify(brief(r.articles, { warnings: r.warnings })), JSON.stringify(b));
});

test('plain objects are articles: ids given in order, dates read, summary under budget', () => {
  const a: ArticleInput[] = [
    { text: 'Rescue teams reached the flooded valley town of Orvik on Tuesday after two days of rain.\n\nThe river rose four metres overnight, officials said.', outlet: 'Daily One', published: '2024-03-05' },
    { text: 'Rescue teams reached the flooded valley town of Orvik on Tuesday after two days of rain.\n\nSchools were closed across the district.', outlet: 'Second Wire', published: 'March 5, 2024' },
  ];
  const b = brief(a, { words: 20 });
  assert.deepEqual(b.articles.map((x) => [x.id, x.published]), [['a1', '2024-03-05'], ['a2', '2024-03-05']]);
  const lead = b.summary.find((s) => s.text.startsWith('Rescue teams'));
  assert.ok(lead, 'the shared lead is in the summary');
  assert.deepEqual(lead.outlets, ['Daily One', 'Second Wire']);
  const lines = summarize(a, { words: 20 });
  assert.ok(lines.join(' ').split(/\s+/).length <= 20, `within 20 words: ${lines.join(' ')}`);
  assert.deepEqual(facts(a).articles.map((x) => x.id), ['a1', 'a2']);
  assert.throws(() => brief([{ text: 42 } as unknown as ArticleInput]), /expected a string "text"/);
});

test('extract and rouge from the package', () => {
  const h = extract('<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1><p>A storm hit the northern coast on Monday, cutting power to thousands of homes across three districts.</p><p>Crews worked through the night to restore lines, the utility said.</p></article></body></html>');
  assert.match(h.text, /cutting power to thousands/);
  const r = rouge({ maxNgram: 1, noLcs: true }, [{ id: 't', peers: [{ id: 'p', sentences: ['the cat sat'] }], models: [{ id: 'm', sentences: ['the cat sat on the mat'] }] }]);
  const r1 = r.systems[0].metrics.find((m) => m.metric === 'ROUGE-1');
  assert.ok(r1);
  assert.equal(r1.average.P, 1);
  assert.equal(r1.average.R, 0.5);
});
