// Fast start (issue 10 item 3): the wink model loaded by src/segment/nlp.ts (one JSON.parse, native base64, no
// named-entity / negation / sentiment machines) tags exactly as the package's own loader does, and the commands
// still read HTML once the HTML extractor is loaded on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagger, referenceTagger } from '../src/segment/nlp.js';
import { runCli } from './helpers/io.js';
import { assertSameTags } from './helpers/tags.js';


test('the fast wink loader gives the same sentences, tags and token features as the package loader', async () => {
  const tokens = assertSameTags(tagger(), await referenceTagger());
  assert.ok(tokens > 1000, `compared ${tokens} tokens`);
});

test('a brief of an HTML page reads it (the extractor loads when the input is HTML)', async () => {
  const page = '<html><head><title>Flood in Orvik</title></head><body><article><h1>Flood in Orvik</h1><p>Rescue teams reached the flooded valley town of Orvik on Tuesday after two days of heavy rain.</p><p>The river rose four metres overnight, officials said.</p></article></body></html>';
  const r = await runCli(['brief', '--json', '-'], page);
  assert.equal(r.code, 0, r.stderr);
  const b = JSON.parse(r.stdout) as { articles: { title: string | null }[]; summary: unknown[] };
  // Read as HTML: the title is the page's, not a first line of markup.
  assert.equal(b.articles[0]?.title, 'Flood in Orvik');
  assert.ok(b.summary.length > 0);
});
