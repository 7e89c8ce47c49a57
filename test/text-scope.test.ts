// The text memo lives for one pipeline call: segmentation and content words are shared inside it and
// forgotten after it, so a long-running process keeps none of the stories it has finished.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inTextScope, textScope } from '../src/text/scope.js';
import { contentWords } from '../src/text/words.js';
import { segmentArticle } from '../src/segment/index.js';
import { briefOf } from '../src/pipeline.js';
import { alQaim, article } from './helpers/story.js';

test('a scope memoizes inside the call and is gone after it, even when the call throws', () => {
  assert.equal(textScope(), null);
  const seen = inTextScope(() => {
    const scope = textScope();
    assert.ok(scope);
    const a = contentWords('Troops captured the border town on Friday.');
    assert.equal(contentWords('Troops captured the border town on Friday.'), a, 'the same array from the memo');
    inTextScope(() => assert.equal(textScope(), scope, 'a nested call shares the open scope'));
    return scope.contentWords.size;
  });
  assert.equal(seen, 1);
  assert.equal(textScope(), null);
  assert.throws(() => inTextScope(() => { throw new Error('stage failed'); }), /stage failed/);
  assert.equal(textScope(), null, 'closed after a throw');
});

test('outside a scope nothing is remembered, and results do not depend on the memo', () => {
  const text = 'Officials said the river rose four metres overnight. Schools were closed across the district.';
  const a = contentWords(text);
  assert.notEqual(contentWords(text), a, 'computed again: no memo outside a scope');
  assert.deepEqual(contentWords(text), a);
  const doc = article('x', `${text}\n\n${text}`);
  const plain = segmentArticle(doc);
  const scoped = inTextScope(() => segmentArticle(doc));
  assert.deepEqual(scoped.sentences.map((s) => [s.start, s.end, s.text]), plain.sentences.map((s) => [s.start, s.end, s.text]));
  assert.equal(plain.sentences.length, 4, 'the repeated paragraph is segmented at its own offsets');
});

test('a brief leaves no scope open behind it', () => {
  const story = alQaim();
  assert.ok(story, 'the example is in the repo');
  const b = briefOf(story);
  assert.ok(b.summary.length > 0);
  assert.equal(textScope(), null);
});
