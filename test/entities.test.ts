import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../src/facts/names/index.js';
import type { Article, Sentence } from '../src/types.js';
import { article, split, alQaim } from './helpers/story.js';





test('Al-Qaim: one entity per real name, with aliases, titles and no junk', (t) => {
  const articles = alQaim();
  if (!articles) return t.skip('examples/al-qaim absent');
  const entities = findEntities(articles.flatMap(split), articles);
  const find = (form: string) => entities.filter((e) => e.name === form || e.aliases.includes(form));
  for (const form of ['IS', 'ISIS', 'Daesh', 'Islamic State']) assert.equal(find(form).length, 1, `${form} in exactly one entity`);
  assert.equal(find('ISIS')[0], find('Daesh')[0]);
  assert.equal(find('IS')[0].type, 'org');
  const abadi = find('Abadi');
  assert.equal(abadi.length, 1);
  assert.equal(abadi[0], find('Haider al-Abadi')[0] ?? find('Haider al Abadi')[0]);
  assert.equal(abadi[0].type, 'person');
  assert.equal(abadi[0].title, 'Prime Minister');
  assert.equal(find('Joint Operations Command')[0]?.type, 'org');
  const dillon = find('Ryan Dillon')[0];
  assert.equal(dillon?.type, 'person');
  assert.match(dillon?.title ?? '', /spokesman/);
  for (const junk of ['Thursday', 'Friday', 'The', 'Meanwhile', 'According', 'July', 'He']) assert.equal(find(junk).length, 0, `no entity "${junk}"`);
  // Order: mentions descending, then name.
  for (let i = 1; i < entities.length; i++) {
    const [a, b] = [entities[i - 1], entities[i]];
    assert.ok(a.mentions > b.mentions || (a.mentions === b.mentions && a.name <= b.name), `${a.name} before ${b.name}`);
  }
  // Spans point at one of the entity's written forms.
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const e of entities) {
    assert.equal(e.spans.length, e.mentions);
    assert.deepEqual(e.sources, [...new Set(e.spans.map((s) => s.article))].sort());
    for (const s of e.spans) {
      const written = byId.get(s.article)?.text.slice(s.start, s.end) ?? '';
      assert.ok([e.name, ...e.aliases].includes(written), `span text "${written}" is a form of ${e.name}`);
    }
  }
});

test('a place only through the isPlace callback', (t) => {
  const articles = alQaim();
  if (!articles) return t.skip('examples/al-qaim absent');
  const sentences = articles.flatMap(split);
  const without = findEntities(sentences, articles);
  assert.ok(without.every((e) => e.type !== 'place'));
  const places = new Set(['Mosul', 'Raqqa', 'Tikrit']);
  const withPlaces = findEntities(sentences, articles, { isPlace: (n) => places.has(n) });
  assert.equal(withPlaces.find((e) => e.name === 'Mosul')?.type, 'place');
  assert.equal(withPlaces.find((e) => e.name === 'Joint Operations Command')?.type, 'org');
});

test('acronyms, surnames, honorifics and sentence-initial words on a synthetic story', () => {
  const a = article('a', 'The Northern Liberation Front (NLF) attacked a convoy on Monday. However, NLF commanders denied it. Mr. Tomas Varga, the interior minister, said the army would respond.', 'Wire A');
  const b = article('b', 'Varga said the Northern Liberation Front had lost support. Meanwhile, the United Nations called for calm. The UN envoy is due on Tuesday.', 'Wire A');
  const c = article('c', 'Officials said Varga met the UN envoy. Is it over?', null);
  const entities = findEntities([a, b, c].flatMap(split), [a, b, c]);
  const nlf = entities.filter((e) => e.name === 'Northern Liberation Front' || e.aliases.includes('NLF'));
  assert.equal(nlf.length, 1);
  assert.equal(nlf[0].type, 'org');
  assert.deepEqual(nlf[0].aliases, ['NLF']);
  assert.deepEqual(nlf[0].support, { outlets: 1, articles: 2 }, 'two articles of one outlet are one voice');
  const varga = entities.filter((e) => e.name.includes('Varga') || e.aliases.includes('Varga'));
  assert.equal(varga.length, 1);
  assert.equal(varga[0].name, 'Tomas Varga');
  assert.equal(varga[0].type, 'person');
  assert.deepEqual(varga[0].sources, ['a', 'b', 'c']);
  assert.deepEqual(varga[0].support, { outlets: 2, articles: 3 });
  const un = entities.filter((e) => e.name === 'United Nations');
  assert.equal(un.length, 1);
  assert.ok(un[0].aliases.includes('UN'));
  for (const junk of ['However', 'Meanwhile', 'Monday', 'Tuesday', 'Officials', 'Is', 'IS', 'Mr.']) {
    assert.ok(!entities.some((e) => e.name === junk || e.aliases.includes(junk)), `no entity "${junk}"`);
  }
});

test('deterministic: same input, same output', () => {
  const a = article('x', 'Rebels of the Sun Brigade entered Norville. General Ana Ruiz said the Sun Brigade retreated.');
  const once = JSON.stringify(findEntities(split(a), [a]));
  assert.equal(JSON.stringify(findEntities(split(a), [a])), once);
});

test('a sentence opening with a bare title attaches it to the only holder and never throws', () => {
  const a = article('a', 'Prime Minister Jane Holt said on Monday the talks would resume. Prime Minister said the deal was close. The Prime Minister left for Geneva.');
  const entities = findEntities(split(a), [a]);
  const holt = entities.find((e) => e.name === 'Jane Holt');
  assert.ok(holt, 'Jane Holt found');
  assert.equal(holt.title, 'Prime Minister');
  assert.equal(holt.mentions, 3, 'both bare titles count as her mentions');
});

test('local news titles: a trooper, a sheriff or a detective is a title, not part of the name', () => {
  const a = article('a', 'Trooper Dana Whitfield stopped the car on Monday. Sheriff Carl Ortman said the driver was held. Detective Maria Lund is investigating, Whitfield said.');
  const entities = findEntities(split(a), [a]);
  for (const [name, title] of [['Dana Whitfield', 'Trooper'], ['Carl Ortman', 'Sheriff'], ['Maria Lund', 'Detective']]) {
    const e = entities.find((x) => x.name === name);
    assert.ok(e, `${name} found: ${entities.map((x) => x.name).join(', ')}`);
    assert.equal(e.title, title);
    assert.equal(e.type, 'person');
  }
});

test('spellings the places stage resolved to one place are one entity', () => {
  const a = article('a', 'Fighting went on in the city of Deir Ezzor on Monday. Officials in Deir Ezzor said the army had entered Deir al-Zor from the south.');
  const sentences = split(a);
  const plain = findEntities(sentences, [a]);
  assert.ok(plain.some((e) => e.name === 'Deir Ezzor') && plain.some((e) => e.name === 'Deir al-Zor'), 'apart without place evidence');
  const starts = new Set([a.text.indexOf('Deir Ezzor'), a.text.lastIndexOf('Deir Ezzor'), a.text.indexOf('Deir al-Zor')]);
  const merged = findEntities(sentences, [a], { placeAt: (article, start) => (article === 'a' && starts.has(start) ? 'city:35.3,40.1' : undefined) });
  const deir = merged.filter((e) => /Deir/.test(e.name));
  assert.equal(deir.length, 1);
  assert.equal(deir[0].mentions, 3);
  assert.deepEqual([deir[0].name, ...deir[0].aliases].sort(), ['Deir Ezzor', 'Deir al-Zor']);
});

test('an entity names the outlets that mention it', () => {
  const a = article('a', 'Prime Minister Jane Holt said on Monday the talks would resume.', 'Daily Planet');
  const b = article('b', 'On Tuesday, Jane Holt left for Geneva.', null);
  const c = article('c', 'Jane Holt met the press in Geneva.', 'The Courier');
  const holt = findEntities([a, b, c].flatMap(split), [a, b, c]).find((e) => e.name === 'Jane Holt');
  assert.ok(holt);
  assert.deepEqual(holt.sources, ['a', 'b', 'c']);
  assert.deepEqual(holt.outlets, ['Daily Planet', 'The Courier']);
  assert.equal(holt.support.outlets, 3, 'the article of unknown outlet counts as its own outlet');
});

test('storyPersonNames: people written with a title or role, and their surnames, for the places stage', async () => {
  const { storyPersonNames } = await import('../src/facts/names/index.js');
  const { createFactsContext } = await import('../src/facts/mentions/index.js');
  const a = article('p1', 'Governor Laura Kelly said the storm hit Topeka on Monday. Kelly toured the county. Flooding closed roads in Kelly Springs.');
  const names = storyPersonNames(createFactsContext([a]), split(a));
  assert.ok(names.has('laura kelly'));
  assert.ok(names.has('kelly'));
  assert.ok(!names.has('topeka'));
  assert.ok(!names.has('kelly springs'), 'a place written after a preposition is no person');
});

test('name mentions have one set of fields in one order, with a title, an acronym, only a title or none', async () => {
  // One shape for all (the name passes that read mentions stay compiled once): optional fields are there, undefined.
  const { createFactsContext, findMentions, readMentions } = await import('../src/facts/mentions/index.js');
  const a = article('m', 'General Ana Ruiz met the Coastal Defence Agency (CDA) in Porto Verde. The Minister said nothing.');
  const sentences = split(a);
  const ctx = createFactsContext([a]);
  readMentions(ctx, sentences);
  const mentions = sentences.flatMap((s) => [...findMentions(ctx, s)]);
  assert.ok(mentions.some((m) => m.title !== undefined && !m.bareTitle), 'a name with a title');
  assert.ok(mentions.some((m) => m.acronym !== undefined), 'a name with an acronym');
  assert.ok(mentions.some((m) => m.bareTitle), 'a bare title');
  assert.ok(mentions.some((m) => m.title === undefined && m.acronym === undefined), 'a plain name');
  const keys = (o: object) => Object.keys(o).join(',');
  for (const m of mentions) assert.equal(keys(m), keys(mentions[0]), m.text);
});

test('a demonym of the gazetteer\'s country table is no name and opens a title, as the place finder reads it', () => {
  const articles = [article('a', 'Salvadoran President Anna Kessel met Spaniards in the capital. Later Anna Kessel returned home.')];
  const entities = findEntities(articles.flatMap(split), articles);
  assert.ok(!entities.some((e) => e.name === 'Spaniards' || e.aliases.includes('Spaniards')), 'a plural demonym is no name');
  const kessel = entities.filter((e) => e.name === 'Anna Kessel');
  assert.equal(kessel.length, 1);
  assert.equal(kessel[0].title, 'President');
});

test('an abbreviated title is a title: "Gov." opens no name', () => {
  const text = 'On Monday, Gov. Tomas Ulbrecht signed the bill. Ulbrecht said the state would pay.';
  const a = article('a', text);
  // One sentence per full stop that ends one (the test splitter would split after "Gov." too).
  const cut = text.lastIndexOf('. ') + 1;
  const sentences: Sentence[] = [
    { id: 'a:0', article: 'a', index: 0, paragraph: 0, start: 0, end: cut, text: text.slice(0, cut) },
    { id: 'a:1', article: 'a', index: 1, paragraph: 0, start: cut + 1, end: text.length, text: text.slice(cut + 1) },
  ];
  const entities = findEntities(sentences, [a]);
  const ulbrecht = entities.filter((e) => e.name === 'Tomas Ulbrecht');
  assert.equal(ulbrecht.length, 1);
  assert.equal(ulbrecht[0].title, 'Gov.');
  assert.ok(!entities.some((e) => e.name.startsWith('Gov')));
});
