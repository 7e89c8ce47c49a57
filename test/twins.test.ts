// Verbatim twins (wire copies): the facts stage reads each distinct sentence once and copies its findings to every
// twin. What a reader sees must be what reading every copy gives: every copy's spans and sources, and dates read
// against each copy's own article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFacts } from '../src/facts/index.js';
import { findTwins } from '../src/facts/twins.js';
import { groupSentences } from '../src/group/index.js';
import type { Story } from '../src/pipeline.js';
import type { Article } from '../src/types.js';
import { article, split } from './helpers/story.js';

function story(...specs: [string, string, string | null][]): Story {
  const articles: Article[] = specs.map(([id, text, published]) => ({ ...article(id, text, `Outlet ${id}`), published, publishedBasis: published ? 'test' : null }));
  const sentences = articles.flatMap(split);
  return { articles, cleaned: [], sentences, groups: groupSentences(sentences, articles), warnings: [] };
}

const WIRE = 'Government troops captured the town of Mosul in northern Iraq on Tuesday, killing about 200 fighters, said General Ali Hassan.';

test('findTwins: one distinct sentence per text, spans copied to each twin at the same offset', () => {
  const s = story(['a', `Intro line here.\n${WIRE}\n`, null], ['b', `${WIRE}\nOther text.\n`, null]);
  const twins = findTwins(s.sentences);
  assert.equal(twins.any, true);
  assert.equal(twins.distinct.length, s.sentences.length - 1);
  const inA = s.sentences.find((x) => x.article === 'a' && x.text === WIRE);
  const inB = s.sentences.find((x) => x.article === 'b' && x.text === WIRE);
  assert.ok(inA && inB);
  const at = WIRE.indexOf('Mosul');
  const copied = twins.expand([{ article: 'a', start: inA.start + at, end: inA.start + at + 5 }]);
  assert.deepEqual(copied.map((sp) => s.articles.find((x) => x.id === sp.article)?.text.slice(sp.start, sp.end)), ['Mosul', 'Mosul']);
  assert.deepEqual(copied.map((sp) => sp.article), ['a', 'b']);
  // A span outside any twinned sentence is left alone.
  assert.deepEqual(twins.expand([{ article: 'a', start: 0, end: 5 }]), [{ article: 'a', start: 0, end: 5 }]);
});

test('facts of a wire story and its reprint: every copy cited, weekdays read against each copy\'s own date', () => {
  // 2024-03-14 is a Thursday, 2024-03-21 the next one: the same "on Tuesday" is 03-12 in one copy and 03-19 in the other.
  const s = story(['a', `${WIRE}\n`, '2024-03-14'], ['b', `Breaking news from the north.\n${WIRE}\n`, '2024-03-21']);
  const f = buildFacts(s);
  const mosul = f.places.find((p) => p.name === 'Mosul');
  assert.ok(mosul, 'Mosul found');
  assert.deepEqual(mosul.sources, ['a', 'b']);
  assert.equal(mosul.mentions, 2);
  for (const sp of mosul.spans) assert.equal(s.articles.find((x) => x.id === sp.article)?.text.slice(sp.start, sp.end), 'Mosul');
  const general = f.entities.find((e) => /Ali Hassan/.test(e.name));
  assert.ok(general);
  assert.deepEqual(general.sources, ['a', 'b']);
  assert.equal(general.mentions, 2);
  const fighters = f.facts.find((n) => n.low === 200);
  assert.ok(fighters);
  assert.deepEqual(fighters.sources, ['a', 'b']);
  assert.equal(fighters.quantitySpans.length, 2);
  const capture = f.events.find((e) => e.action === 'capture');
  assert.ok(capture);
  assert.deepEqual(capture.sources, ['a', 'b']);
  const dates = f.timeline.filter((t) => /Mosul/.test(t.text)).map((t) => [t.date, t.sources.join(',')]).sort();
  assert.deepEqual(dates, [['2024-03-12', 'a'], ['2024-03-19', 'b']]);
});
