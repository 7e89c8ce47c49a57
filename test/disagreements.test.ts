import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDisagreements } from '../src/facts/numbers/index.js';
import { findNumbers } from '../src/facts/numbers/index.js';
import type { Article, Sentence } from '../src/types.js';
import { article, split, alQaim } from './helpers/story.js';





function disagreements(...texts: string[]) {
  const articles = texts.map((t, i) => article(String(i), t));
  return findDisagreements(findNumbers(articles.flatMap(split), articles));
}

test('Al-Qaim: one disagreement on fighters in Al-Qaim, none with Albu Kamal', (t) => {
  const articles = alQaim();
  if (!articles) return t.skip('examples/al-qaim absent');
  const d = findDisagreements(findNumbers(articles.flatMap(split), articles));
  const fighters = d.filter((x) => x.unit === 'fighters');
  assert.equal(fighters.length, 1);
  assert.match(fighters[0].subject, /fighters in al-Qaim/i);
  assert.equal(fighters[0].conservative, 1500);
  assert.deepEqual(fighters[0].claims.map((c) => [c.value, c.sources]), [['1,500', ['000', '001']], ['1,500-2,500', ['002']]]);
  assert.equal(fighters[0].claims[0].attribution, 'US military');
  assert.ok(!d.some((x) => x.claims.some((c) => c.low === 2000)), 'Albu Kamal is not in conflict with Al-Qaim');
});

test('same value in other words agrees', () => {
  assert.deepEqual(disagreements('About 400 rebels hold Varna.', 'Approximately 400 rebels hold Varna.'), []);
});

test('different counts of the dead in the same town disagree; the conservative figure is the lowest', () => {
  const d = disagreements('At least 20 people were killed in Ostrava on Monday.', 'Police said 35 people died in Ostrava.', 'Doctors counted 28 people killed in Ostrava.');
  assert.equal(d.length, 1);
  assert.equal(d[0].conservative, 20);
  assert.deepEqual(d[0].claims.map((c) => c.low), [20, 28, 35]);
  assert.match(d[0].claims[2].attribution ?? '', /Police/);
});

test('a bound that allows the other figure is no conflict; other places, units and one article are none', () => {
  assert.deepEqual(disagreements('More than 20 people were killed in Ostrava.', 'Some 25 people were killed in Ostrava.'), []);
  assert.deepEqual(disagreements('About 500 fighters are in Brno.', 'About 900 fighters are in Zlin.'), []);
  assert.deepEqual(disagreements('The road is 80 km long near Brno.', 'The road is 80 miles long near Brno.'), []);
  assert.deepEqual(disagreements('About 500 fighters are in Brno. Later 900 fighters were in Brno.'), []);
});

test('reports days apart speak of different times: a rising toll is not a disagreement', () => {
  const texts = ['Police said 35 people died in Ostrava.', 'Doctors counted 28 people killed in Ostrava.'];
  const articles = texts.map((t, i) => article(String(i), t));
  const numbers = findNumbers(articles.flatMap(split), articles);
  const dates: Record<string, string> = { 0: '2024-03-01', 1: '2024-03-09' };
  assert.equal(findDisagreements(numbers, { published: (id) => dates[id] ?? null }).length, 0, 'a week apart');
  const sameDay: Record<string, string> = { 0: '2024-03-01', 1: '2024-03-02' };
  assert.equal(findDisagreements(numbers, { published: (id) => sameDay[id] ?? null }).length, 1, 'a day apart');
  assert.equal(findDisagreements(numbers, { published: () => null }).length, 1, 'undated reports are compared');
});

test('one article giving two counts for the same subject means two things were counted, not a dispute', () => {
  assert.deepEqual(disagreements('Police said 20 people were killed in Ostrava. Later 35 people were killed in Ostrava.', 'Doctors counted 28 people killed in Ostrava.'), []);
});
