import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers, type NumberFact } from '../src/facts/numbers/index.js';
import type { Article, Sentence } from '../src/types.js';
import { article, split, alQaim } from './helpers/story.js';





function figures(...texts: string[]): NumberFact[] {
  const articles = texts.map((t, i) => article(String(i), t));
  return findNumbers(articles.flatMap(split), articles);
}

test('figures, ranges, units and hedges', () => {
  const f = figures('About 1,500 fighters remain. He estimated 1,500-2,500 fighters and 2,000 to 3,000 civilians. More than 95% of the land is free. The town lies 80 km away, or 12 miles. Entry costs $5 a day. The battle lasted nine months. Planes dropped thousands of leaflets. They face two sets of rival forces.');
  const by = (q: string) => f.find((x) => x.quantity === q);
  assert.deepEqual([by('About 1,500')?.low, by('About 1,500')?.high, by('About 1,500')?.approx, by('About 1,500')?.unit], [1500, 1500, true, 'fighters']);
  assert.deepEqual(by('1,500-2,500')?.value, [1500, 2500]);
  assert.equal(by('1,500-2,500')?.approx, false);
  assert.deepEqual(by('2,000 to 3,000')?.value, [2000, 3000]);
  assert.equal(by('2,000 to 3,000')?.unit, 'civilians');
  assert.equal(by('More than 95')?.unit, '%');
  assert.equal(by('More than 95')?.bound, 'at-least');
  assert.equal(by('80')?.unit, 'km');
  assert.equal(by('12')?.unit, 'miles');
  assert.equal(by('$5')?.unit, 'USD');
  assert.deepEqual([by('nine')?.low, by('nine')?.unit], [9, 'months']);
  assert.equal(by('thousands')?.vague, true);
  assert.equal(by('thousands')?.unit, 'leaflets');
  assert.ok((by('thousands')?.low ?? 0) >= 1000 && (by('thousands')?.high ?? 0) > (by('thousands')?.low ?? 0));
  assert.deepEqual([by('two')?.low, by('two')?.unit], [2, 'sets']);
});

test('years, dates, times, identifiers and list numbers are not figures; ages are', () => {
  const f = figures('The war began in 2014 and ended on September 28. The meeting was at 10:30 in room T2. 1762. Mauritius post office. Pinochet, 82, was arrested on 4th May.');
  const quantities = f.map((x) => x.quantity);
  for (const q of ['2014', '28', '10', '30', '2', '1762', '4']) assert.ok(!quantities.includes(q), `"${q}" is not a figure`);
  const age = f.find((x) => x.quantity === '82');
  assert.equal(age?.unit, 'years old');
});

test('attribution, place and owner of a figure', () => {
  const f = figures(
    'There are about 1,500 IS fighters remaining in the area surrounding Al-Qaim, according to the US military.',
    'Some 300 civilians fled Darra, coalition spokesman Ryan Dillon said.',
  );
  const is = f.find((x) => x.quantity === 'about 1,500');
  assert.equal(is?.attribution, 'US military');
  assert.equal(is?.place, 'Al-Qaim');
  assert.equal(is?.key.owner, 'Islamic State');
  assert.match(is?.subject ?? '', /fighters in Al-Qaim/);
  const civ = f.find((x) => x.quantity === 'Some 300');
  assert.match(civ?.attribution ?? '', /Ryan Dillon/);
});

test('a figure is attributed through a verb of saying or reporting, not of asking', () => {
  const f = figures('The regional health office reported 41 new cases on Friday.', 'The county board urged 200 families to leave.');
  assert.equal(f.find((x) => x.quantity === '41')?.attribution, 'regional health office');
  assert.equal(f.find((x) => x.quantity === '200')?.attribution, null);
});

test('a pronoun names no source of a figure', () => {
  const f = figures('They estimated 300 fighters remained in the valley.', 'Some 45 homes burned, the fire service said.');
  assert.equal(f.find((x) => x.quantity === '300')?.attribution, null);
  assert.equal(f.find((x) => x.quantity === 'Some 45')?.attribution, 'fire service');
});

test('the same figure in the same words from two articles is one fact with both sources', () => {
  const a = article('a', 'Planes dropped thousands of leaflets on the town.', 'Outlet');
  const b = article('b', 'The planes dropped thousands of leaflets on the town on Monday.', 'Outlet');
  const f = findNumbers([...split(a), ...split(b)], [a, b]);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].sources, ['a', 'b']);
  assert.deepEqual(f[0].support, { outlets: 1, articles: 2 });
  for (const s of f[0].quantitySpans) assert.equal((s.article === 'a' ? a : b).text.slice(s.start, s.end), 'thousands');
});

test('Al-Qaim: the three fighter estimates name the same place', (t) => {
  const articles = alQaim();
  if (!articles) return t.skip('examples/al-qaim absent');
  const f = findNumbers(articles.flatMap(split), articles).filter((x) => x.unit === 'fighters');
  const inQaim = f.filter((x) => x.key.place === f.find((y) => y.sources.includes('001'))?.key.place);
  assert.deepEqual(inQaim.flatMap((x) => x.sources).sort(), ['000', '001', '002']);
  assert.ok(f.some((x) => x.sources.includes('002') && x.low === 2000 && x.key.place !== inQaim[0].key.place), 'Albu Kamal is another place');
});
