// Fast start (issue 10 item 3): the wink model loaded by src/segment/nlp.ts (one JSON.parse, native base64, no
// named-entity / negation / sentiment machines) tags exactly as the package's own loader does, and the commands
// still read HTML once the HTML extractor is loaded on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagger, referenceTagger } from '../src/segment/nlp.js';
import { runCli } from './helpers/io.js';

const example = 'examples/al-qaim';

test('the fast wink loader gives the same sentences, tags and token features as the package loader', async () => {
  const fast = tagger();
  const ref = await referenceTagger();
  const texts = readdirSync(example).map((f) => readFileSync(join(example, f), 'utf8'));
  // Words the lexicon lacks (added to it as they are met) and odd tokens, besides the example's articles.
  texts.push('Zorblaxian officials met in Qwertyville on 3 Jan. 2024 at 10:30 a.m.; U.S.-led talks ended :) #peace @un e-mail: a@b.co', 'Dr. Smith\'s co-workers didn\'t say "no" -- they said 1,250.75 USD!');
  let tokens = 0;
  for (const text of texts) {
    const view = (nlp: typeof fast) => {
      const d = nlp.readDoc(text);
      const its = nlp.its;
      return {
        sentences: d.sentences().out(),
        pos: d.tokens().out(its.pos),
        type: d.tokens().out(its.type),
        normal: d.tokens().out(its.normal),
        shape: d.tokens().out(its.shape),
        spaces: d.tokens().out(its.precedingSpaces),
      };
    };
    const a = view(fast);
    assert.deepEqual(a, view(ref));
    tokens += a.pos.length;
  }
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
