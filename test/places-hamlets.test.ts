// Villages of 500-999 people (GeoNames cities500 rows the cities1000 dump lacks) in the gazetteer: found where the
// text or the story says which state they lie in, never read for a common word, a person's name or a country.
// The sentences are invented; the villages are real GeoNames rows, looked up here rather than written as figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalKey, findPlaces, loadGazetteer, type GazEntry, type Place } from '../src/facts/places/index.js';
import { GATE } from '../src/facts/places/tunables.js';
import type { Article, Sentence } from '../src/types.js';

function article(text: string): Article {
  return { id: 'a', path: 'a', format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null };
}

/** The places of a one-article story with the text of their spans. Sentences end at a period, question or exclamation
 *  mark after a lowercase letter or digit, before a capital. */
function places(text: string): { text: string; places: Place[] } {
  const a = article(text);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const part of text.split(/(?<=[a-z0-9][.!?])\s+(?=[A-Z])/)) {
    const start = text.indexOf(part, from);
    sentences.push({ id: `a:${sentences.length}`, article: 'a', index: sentences.length, paragraph: 0, start, end: start + part.length, text: part });
    from = start + part.length;
  }
  return { text, places: findPlaces(sentences, [a]) };
}

/** The gazetteer's village of this name in this state: a town of fewer than GATE.hamlet people. */
function village(name: string, country: string, admin1: string): GazEntry {
  const e = loadGazetteer()
    .lookup(canonicalKey(name))
    .map((h) => h.entry)
    .find((x) => x.kind === 'city' && x.country === country && x.admin1 === admin1);
  assert.ok(e !== undefined, `the gazetteer knows ${name}, ${country}.${admin1}`);
  assert.ok(e.population > 0 && e.population < GATE.hamlet, `${name} is a village (${e.population} people)`);
  return e;
}

/** The places some span of which is written `name`. */
const named = (r: { text: string; places: Place[] }, name: string) => r.places.filter((p) => p.spans.some((s) => r.text.slice(s.start, s.end) === name));

test('a village is found where the text qualifies it by its state', () => {
  const v = village('Notasulga', 'US', 'AL');
  const found = named(places('A barn fire near Notasulga, Alabama, destroyed two tractors on Tuesday, the sheriff said.'), 'Notasulga');
  assert.equal(found.length, 1);
  assert.ok(found[0].resolved, 'resolved');
  assert.equal(found[0].country, 'US');
  assert.deepEqual([found[0].lat, found[0].lon], [v.lat, v.lon]);
});

test("a village is found where the story places two other names in its state and something in it; alone it is not", () => {
  const v = village('Maplesville', 'US', 'AL');
  const story = named(places('Deputies searched a field near Maplesville on Sunday. The search began in Clanton and moved on to Selma, Alabama.'), 'Maplesville');
  assert.equal(story.length, 1);
  assert.ok(story[0].resolved);
  assert.deepEqual([story[0].lat, story[0].lon], [v.lat, v.lon]);
  // The same sentence with no state around it: the name alone says nothing of where.
  const alone = named(places('Deputies searched a field near Maplesville on Sunday.'), 'Maplesville');
  assert.ok(alone.every((p) => !p.resolved), 'not resolved without its state');
});

test('a common word or a person\'s name that a village bears is not read as the village', () => {
  village('Excel', 'US', 'AL');
  village('Gould', 'US', 'AR');
  // "in Excel": a locative, in a story of the village's state; a town of its name would be listed (unresolved, at least).
  assert.deepEqual(named(places('Teachers in Mobile said pupils learn to work in Excel by the fifth grade.'), 'Excel'), []);
  assert.deepEqual(named(places('Gould said the plan would cost too much. Gould later voted against it in Little Rock, Ark., and in Conway.'), 'Gould'), []);
});

test('a village never beats a country of its name', () => {
  village('Russia', 'US', 'OH');
  const found = named(places('Wheat prices fell in Russia, U.S. traders in Columbus and Dayton, Ohio, said on Friday.'), 'Russia');
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'country');
  assert.equal(found[0].country, 'RU');
});
