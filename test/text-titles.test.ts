import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceSpans } from '../src/facts/dates/timex/sentences.js';
import { tokenize } from '../src/facts/mentions/tokens.js';
import { contextWords, DOTTED } from '../src/facts/places/context.js';
import { singleWordTitles, titleAbbreviations } from '../src/text/titles.js';
import { segmentArticle } from '../src/segment/index.js';
import { article } from './helpers/story.js';

test('the abbreviated titles of the one titles list keep their period everywhere', () => {
  const abbreviations = titleAbbreviations();
  assert.ok(abbreviations.includes('Gen') && abbreviations.includes('Mrs') && !abbreviations.includes('General'));
  for (const a of abbreviations) {
    // The facts tokenizer keeps "Capt." whole, the place runs go on after it, and the timex splitter ends no sentence.
    assert.equal(tokenize(`${a}. Ilse Varga left.`)[0].text, `${a}.`);
    assert.ok(DOTTED.has(a.toLowerCase()), `${a} in DOTTED`);
    const text = `Then ${a}. Ilse Varga left.`;
    assert.equal(sentenceSpans(text).length, 1, `no sentence end after "${a}."`);
    // Nor does the segmenter of the brief end one there (the tagger does after some: "Det.", "Cpl.").
    const said = `The report was read out by ${a}. Ilse Varga on Monday. It was short.`;
    assert.deepEqual(segmentArticle(article('t', said)).sentences.map((x) => x.text), [`The report was read out by ${a}. Ilse Varga on Monday.`, 'It was short.'], a);
  }
});

test('the place finder reads the one-word titles of the titles list, less its named exceptions', () => {
  const w = contextWords();
  for (const t of singleWordTitles()) assert.equal(w.titles.has(t), t !== 'director', t);
  assert.ok(w.titles.has('prime') && w.titles.has('coach'), 'and title words of its own');
});
