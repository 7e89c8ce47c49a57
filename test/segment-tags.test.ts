import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from '../src/segment/index.js';
import { tagger } from '../src/segment/nlp.js';
import { sentenceTags } from '../src/segment/tags.js';
import { article } from './helpers/story.js';

const exampleDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'examples', 'al-qaim');
const exampleTexts = () => readdirSync(exampleDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(exampleDir, f), 'utf8'));

/** The Map a sentence's tags were before the view: one entry per token, offset from the sentence's first token. */
function tagMap(starts: Int32Array, pos: readonly string[], from: number, to: number): Map<number, string> {
  const m = new Map<number, string>();
  for (let k = from; k < to; k++) m.set(starts[k] - starts[from], pos[k]);
  return m;
}

function assertSameMap(got: ReadonlyMap<number, string>, want: Map<number, string>, where: string): void {
  assert.equal(got.size, want.size, where);
  assert.deepEqual([...got.keys()], [...want.keys()], where);
  assert.deepEqual([...got.values()], [...want.values()], where);
  assert.deepEqual([...got.entries()], [...want.entries()], where);
  assert.deepEqual([...got], [...want], where);
  const each: [number, string][] = [];
  got.forEach((v, k) => each.push([k, v]));
  assert.deepEqual(each, [...want], where);
  const last = [...want.keys()].at(-1) ?? 0;
  for (let offset = -2; offset <= last + 2; offset++) {
    assert.equal(got.get(offset), want.get(offset), `${where} at ${offset}`);
    assert.equal(got.has(offset), want.has(offset), `${where} at ${offset}`);
  }
  assert.equal(got.get(0.5), undefined);
}

test('a sentence\'s tags answer exactly as the Map of its tokens\' offsets did, on wink\'s own tokens of real paragraphs', () => {
  const nlp = tagger();
  let sentences = 0;
  for (const text of exampleTexts()) {
    for (const paragraph of text.split('\n').filter((p) => p.trim() !== '')) {
      const doc = nlp.readDoc(paragraph);
      const values = doc.tokens().out(nlp.its.value) as string[];
      const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
      const pos = doc.tokens().out(nlp.its.pos) as string[];
      const starts = new Int32Array(values.length);
      for (let i = 0, at = 0; i < values.length; i++) {
        at += spaces[i].length;
        starts[i] = at;
        at += values[i].length;
      }
      for (const [a, b] of doc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
        assertSameMap(sentenceTags(starts, pos, a, b + 1), tagMap(starts, pos, a, b + 1), paragraph.slice(starts[a], starts[a] + 40));
        sentences++;
      }
    }
  }
  assert.ok(sentences > 50, 'the example has sentences');
});

test('offsets that do not increase get a plain Map, the last tag of a repeated offset kept', () => {
  const starts = Int32Array.from([0, 4, 4, 9]);
  const pos = ['NOUN', 'VERB', 'PUNCT', 'NOUN'];
  const tags = sentenceTags(starts, pos, 0, 4);
  assert.ok(tags instanceof Map);
  assertSameMap(tags, tagMap(starts, pos, 0, 4), 'repeated offset');
  assert.equal(tags.get(4), 'PUNCT');
});

test('the segmenter\'s sentences carry a tag at each of their tokens\' starts, by offset in the sentence', () => {
  let tagged = 0;
  for (const text of exampleTexts()) {
    for (const s of segmentArticle(article('t', text)).sentences) {
      if (s.tags === undefined) continue;
      tagged++;
      assert.equal(s.tags.get(0) !== undefined, true, s.text);
      for (const [offset, tag] of s.tags) {
        assert.ok(offset >= 0 && offset < s.text.length && /\S/.test(s.text[offset]), `${s.text} at ${offset}`);
        assert.equal(typeof tag, 'string');
      }
    }
  }
  assert.ok(tagged > 50);
});
