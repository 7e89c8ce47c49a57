import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalKey, loadGazetteer } from '../src/facts/places/index.js';
import { findPlaces, mainPlace, placeMentionsOf, type Place, type PlaceMentionFact } from '../src/facts/places/index.js';
import type { Article, Sentence } from '../src/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.CHORUS_SHARED ?? resolve(repoRoot, '..', 'shared'), 'data');
const exampleDir = join(repoRoot, 'examples', 'al-qaim');

function article(id: string, text: string): Article {
  return { id, path: id, format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null };
}

/** A plain splitter for the tests: sentence ends at . ! ? (not after a capital initial) or a line break. */
function split(a: Article): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:(?<![A-Z]|\b(?:Gen|Mr|Mrs|Dr|St|Sen|Gov|Calif|Rep|Lt|Col|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.!?]+["'”’]*(?=\s|$)|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(a.text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ id: `${a.id}:${out.length}`, article: a.id, index: out.length, paragraph: 0, start, end, text: a.text.slice(start, end) });
  }
  return out;
}

function run(articles: Article[]): Place[] {
  return findPlaces(articles.flatMap(split), articles);
}

function distance(p: { lat: number | null; lon: number | null }, lat: number, lon: number): number {
  if (p.lat === null || p.lon === null) return Infinity;
  return Math.max(Math.abs(p.lat - lat), Math.abs(p.lon - lon));
}

test('canonical keys join the spellings of one name', () => {
  const qaim = ['Al-Qaim', 'al-Qaim', 'Al Qaim', "Al Qa'im", 'Al Qā’im'].map(canonicalKey);
  assert.equal(new Set(qaim).size, 1);
  const deir = ['Deir Ezzor', 'Deir al-Zor', 'Deir ez-Zor', 'Dayr az Zawr'.replace('Dayr', 'Deir').replace('Zawr', 'Zor')].map(canonicalKey);
  assert.equal(new Set(deir).size, 1);
  assert.notEqual(canonicalKey('Iraq'), canonicalKey('Iran'));
});

test('gazetteer: aliases point to the same entry, kinds are right', () => {
  const gaz = loadGazetteer();
  const one = (name: string) => gaz.lookup(canonicalKey(name)).map((h) => h.entry.id);
  assert.ok(one('Albu Kamal').some((id) => one('Abu Kamal').includes(id)), 'Albu Kamal and Abu Kamal share an entry');
  assert.ok(one('Qaim').some((id) => one('Al-Qaim').includes(id)), 'Qaim and Al-Qaim share an entry');
  const kinds = (name: string) => gaz.lookup(canonicalKey(name)).map((h) => h.entry.kind);
  assert.ok(kinds('Anbar').includes('admin'));
  assert.ok(kinds('Euphrates').includes('river'));
  assert.ok(kinds('Syria').includes('country'));
  assert.equal(gaz.demonym(canonicalKey('Iraqi')), 'IQ');
  assert.equal(gaz.demonym(canonicalKey('Syrian')), 'SY');
  assert.equal(gaz.country('IQ')?.kind, 'country');
  assert.equal(gaz.admin('IQ', '01')?.name, 'Anbar');
  assert.ok(gaz.size > 100_000);
});

test('al-qaim example: the places of the worked example, resolved and placed', (t) => {
  if (!existsSync(exampleDir)) return t.skip('examples/al-qaim absent');
  const articles = readdirSync(exampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => article(f.slice(0, 3), readFileSync(join(exampleDir, f), 'utf8')));
  const places = run(articles);
  const expected: [string, number, number][] = [
    ['Al-Qaim', 34.37, 41.09], ['Rawa', 34.47, 41.91], ['Albu Kamal', 34.45, 40.92], ['Deir Ezzor', 35.34, 40.14],
    ['Al Mayadin', 35.02, 40.45], ['Mosul', 36.34, 43.13], ['Raqqa', 35.95, 39.01], ['Tikrit', 34.6, 43.68],
    ['Habbaniyah', 33.37, 43.57], ['Ramadi', 33.42, 43.31], ['Baghdad', 33.34, 44.4],
  ];
  for (const [name, lat, lon] of expected) {
    const key = canonicalKey(name);
    const hits = places.filter((p) => p.resolved && [p.name, ...p.aliases].some((n) => canonicalKey(n) === key));
    assert.ok(hits.length > 0, `${name} found and resolved`);
    assert.ok(hits.some((p) => distance(p, lat, lon) <= 0.2), `${name} within 0.2 degrees: ${hits.map((p) => `${p.lat},${p.lon}`).join(' ')}`);
  }
  const byName = (n: string) => places.filter((p) => [p.name, ...p.aliases].some((a) => canonicalKey(a) === canonicalKey(n)));
  assert.equal(byName('Rawa')[0].country, 'IQ');
  assert.equal(byName('Anbar')[0].kind, 'admin');
  assert.ok(byName('Euphrates').some((p) => p.kind === 'river'));
  // Spelling variants are one place, not several.
  const qaim = byName('Al-Qaim').filter((p) => p.kind === 'city');
  assert.equal(qaim.length, 1);
  assert.ok(qaim[0].aliases.length >= 2 && qaim[0].mentions >= 10 && qaim[0].sources.length >= 4);
  assert.equal(byName('Abu Kamal')[0], byName('Albu Kamal')[0]);
  // Unknown places are listed without coordinates or absent, never placed.
  for (const n of ['Jabbab', 'Al-Obeidi', 'T2']) for (const p of byName(n)) assert.ok(!p.resolved && p.lat === null, `${n} not placed`);
  // Spans point at the name in the article text.
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const p of places) for (const s of p.spans) assert.equal(canonicalKey(texts.get(s.article)?.slice(s.start, s.end) ?? '') !== '', true);
  // Deterministic, sorted by mentions then name.
  assert.deepEqual(run(articles), places);
  for (let i = 1; i < places.length; i++) assert.ok(places[i - 1].mentions >= places[i].mentions);
});

test('the story decides between places of the same name', () => {
  const iraq = run([article('a', 'Iraqi troops advanced on the town of Rawa in Anbar province, Iraq. Fighting in Rawa continued.')]);
  const poland = run([article('b', 'Polish farmers in Rawa protested on Monday. Poland said the town of Rawa would get help.')]);
  const rawaIq = iraq.find((p) => p.name === 'Rawa');
  const rawaPl = poland.find((p) => p.name === 'Rawa');
  assert.equal(rawaIq?.country, 'IQ');
  assert.equal(rawaPl?.country, 'PL');
  assert.match(rawaIq?.basis ?? '', /IQ/);
});

test('a country\'s name that is also a big state elsewhere is read by the story\'s other places: Georgia beside Atlanta, beside Tbilisi, alone', () => {
  const georgia = (text: string) => run([article('g', text)]).find((p) => p.name === 'Georgia');
  assert.equal(georgia('The governor of Georgia signed the bill on Tuesday in Atlanta, and Savannah officials welcomed it.')?.country, 'US');
  assert.equal(georgia('Officials in Tbilisi said Georgia would hold elections in the spring.')?.country, 'GE');
  assert.equal(georgia('Georgia and Russia fought a short war in 2008.')?.country, 'GE');
  // A state named beside its own towns is the state (its towns were a town of the same name abroad before).
  const england = run([article('e', 'Floods hit Leeds and York on Monday, and rivers across England rose again.')]).find((p) => p.name === 'England');
  assert.equal(england?.country, 'GB');
});

test('the last town of a list after a preposition is no speaker of the verb after it: "crews from Gainesville and Ocala responded"', () => {
  const places = run([article('l', 'Fire crews from Gainesville and Ocala responded to the blaze on Tuesday.')]);
  assert.equal(places.find((p) => p.name === 'Ocala')?.country, 'US');
  // A name that opens the clause still speaks: "Smith and Jones said".
  assert.equal(run([article('s', 'Smith and Jones said the plan would work.')]).find((p) => p.name === 'Jones'), undefined);
});

test('a governor makes a name a state: "Washington\'s governor", "the governor of Washington" beside Olympia is the state, not the capital', () => {
  for (const text of ['Lawmakers in Olympia debated the bill. Washington\'s governor said he would sign it.', 'The governor of Washington signed the bill in Olympia on Tuesday.']) {
    const wa = run([article('w', text)]).find((p) => p.name === 'Washington');
    assert.equal(wa?.kind, 'admin', text);
    assert.equal(wa?.country, 'US');
  }
});

test('the residents or the mayor of a town put it in the story as "in" does: "Residents of Fort Myers and Cape Coral lost power"', () => {
  const places = run([article('r', 'Residents of Fort Myers and Cape Coral lost power after the storm, and the mayor of Ocala asked for help.')]);
  for (const name of ['Fort Myers', 'Cape Coral', 'Ocala']) assert.equal(places.find((p) => p.name === name)?.country, 'US', name);
});

test('an outlet\'s site named after its town puts the story at home: amarillo.com\'s Canyon is in Texas, a Savannah paper\'s Georgia is the state', async () => {
  const { siteHome } = await import('../src/facts/places/home.js');
  const gaz = loadGazetteer();
  const home = (url: string) => { const e = siteHome(url, gaz); return e === null ? null : `${e.country}.${e.admin1}`; };
  assert.equal(home('https://www.amarillo.com/news/1'), 'US.TX');
  assert.equal(home('https://www.lemarssentinel.com/story/2'), 'US.IA'); // two words run together
  assert.equal(home('https://www.washingtonpost.com/politics/'), 'US.DC'); // the city before the state of its name
  assert.equal(home('https://www.cnn.com/2017/01/01/x'), null);
  assert.equal(home('https://www.huntingtonnews.net/a'), null); // many towns share the name: no home
  const { outletHome } = await import('../src/facts/places/home.js');
  assert.equal(outletHome('Amarillo Globe-News', gaz)?.admin1, 'TX');
  assert.equal(outletHome('Associated Press', gaz), null);
  const at = (url: string | null, text: string) => run([{ ...article('h', text), url }]);
  const canyon = (url: string | null) => at(url, 'Deputies in Canyon arrested a man on Tuesday after a chase through Hereford.').find((p) => p.name === 'Canyon');
  assert.equal(canyon(null)?.lat ?? null, null, 'unresolved without a home');
  assert.equal(canyon('https://www.amarillo.com/news/1')?.country, 'US');
  assert.equal(at('https://www.savannahnow.com/news/1', 'A storm hit Georgia on Monday, knocking out power.').find((p) => p.name === 'Georgia')?.kind, 'admin');
  assert.equal(at(null, 'A storm hit Georgia on Monday, knocking out power.').find((p) => p.name === 'Georgia')?.kind, 'country');
});

test('local news puts towns in the story by their people, a neighbour or a direction: "a Falkville woman", "in nearby Hartselle", "north of Cullman", "Hartselle and Priceville schools"', () => {
  const listed = (text: string, name: string) => run([article('n', text)]).some((p) => p.name === name);
  assert.ok(listed('A Falkville woman was killed in the wreck, troopers said.', 'Falkville'));
  assert.ok(listed('The crash happened in nearby Hartselle, police said.', 'Hartselle'));
  assert.ok(listed('The plant is north of Cullman.', 'Cullman'));
  const both = run([article('s', 'Hartselle and Priceville schools will close early, the Morgan County superintendent said.')]);
  assert.deepEqual(['Hartselle', 'Priceville'].map((n) => both.find((p) => p.name === n)?.country), ['US', 'US']);
});

test('a town\'s name that the story uses as a speaker\'s given name is the person where it stands alone', () => {
  const names = (text: string) => run([article('g', text)]).map((p) => p.name);
  assert.ok(!names('The harvest came late this year, Marion Quist told the cooperative. Marion blames the cold spring in Ohio.').includes('Marion'));
  assert.ok(!names('"Prices will fall," said Warren Ebbesen. Since then Warren has sold half the herd in Kansas.').includes('Warren'));
  // Not a team or a firm: after "the", the name is an organisation's, and the town stays.
  assert.ok(names('The Dallas Cowboys said on Monday they would appeal. Dallas police said the arrest was made in the city.').includes('Dallas'));
  // Not a big city's name: "Tulsa World said" is a newspaper.
  assert.ok(names('Tulsa World said the storm hit hard. Tulsa officials closed the schools.').includes('Tulsa'));
  // The town is still the town where the story has no such speaker.
  assert.ok(names('Police in Marion, Ohio, said the fire started at night.').includes('Marion'));
});

test('a name the story surely uses for a person (a title before it) stays the person wherever that mention itself puts nothing in it', () => {
  const text = "President Clinton wrote a letter. A letter was sent to Clinton on Monday. Clinton aides feared the worst, and Clinton's veto came on Friday.";
  const ms = mentions(text).filter((m) => m.text === 'Clinton');
  // Only the mention after "to" may be read as a place; "Clinton aides" and "Clinton's veto" are the person's.
  assert.deepEqual(ms.map((m) => text.slice(m.start - 3, m.start)), ['to ']);
});

test('a comma list reads as a list of places only when the next name is a country, a state or a region too', () => {
  const names = (text: string) => run([article('l', text)]).map((p) => p.name);
  const story = 'The jury in Montevideo heard Irene Rivera, Tomas Ugarte and Lucia Benz on Monday.';
  assert.ok(!run([article('l', story)]).some((p) => p.spans.some((sp) => story.slice(sp.start, sp.end) === 'Rivera')));
  assert.deepEqual(['Russia', 'Turkey', 'Iran'].filter((n) => names('Leaders of Russia, Turkey and Iran met on Monday.').includes(n)), ['Russia', 'Turkey', 'Iran']);
});

test('a big city known only by an alternate name needs the text to call it a place or the story to name its country', () => {
  const countries = (text: string) => run([article('a', text)]).map((p) => p.country);
  // GeoNames lists "Julia" among Plovdiv's old names: alone, mid-sentence, it is a person.
  assert.deepEqual(countries('Fans cheered as Julia smiled and waved for the cameras.'), []);
  assert.deepEqual(countries('He flew to Bombay on Monday.'), ['IN']);
  // Mid-sentence, no locative: the story's country is what makes it the city.
  const both = countries("Traders said Bombay shares fell as India's markets slid.");
  assert.deepEqual([both.length, both.every((c) => c === 'IN')], [2, true]);
});

test('a family word before a name makes it a person\'s ("his wife, Nina,", "and son Austin"), and "from" or "between" does not make a sure person a place', () => {
  const names = (text: string) => run([article('k', text)]).map((p) => p.name);
  assert.ok(!names('The trust was set up by his widow, Chelsea, after the floods in Texas.').includes('Chelsea'));
  const story = 'Survivors include his son Austin and his daughter, Georgia, who live in Austin.';
  assert.deepEqual(run([article('k', story)]).flatMap((p) => p.spans.map((sp) => story.slice(sp.start - 3, sp.end))), ['in Austin']);
  const governor = "Governor Clinton had no knowledge of it. There was no contact between Clinton and Hale, Clinton's spokeswoman said.";
  assert.deepEqual(run([article('k', governor)]).map((p) => p.name), []);
});

test('"Dominican" is the Dominican Republic\'s demonym, not Dominica\'s', () => {
  assert.deepEqual(mentions('Dominican officials met Haitian envoys on Monday.').map((m) => [m.text, m.kind, m.country]), [['Dominican', 'demonym', 'DO'], ['Haitian', 'demonym', 'HT']]);
});

test('person cues never hide a real place: lowercase adjectives, a title before a given name, a place before a noun, a paper', () => {
  const names = (text: string) => run([article('r', text)]).map((p) => p.name);
  assert.ok(names('Bombs exploded in the general Baghdad area. Refugees fled from Baghdad.').includes('Baghdad'));
  assert.ok(names('Coach Austin Mills praised the defense. The team flew home from Austin on Sunday.').includes('Austin'));
  assert.ok(names('He is survived by his son, New York attorney Mark Reed. The family moved from New York in 1990.').includes('New York'));
  assert.ok(names('Israel and Jordan signed the accord in 1994. Smith is survived by his son, Jordan.').includes('Jordan'));
  assert.ok(names('Tulsa World said the storm hit hard. Tulsa officials closed the schools.').includes('Tulsa'));
});

test('"according to X," names a source: the place after the comma does not qualify X ("According to Shelby, Kenya...")', () => {
  const ms = mentions('The mine will reopen in March, Shelby Okafor wrote. According to Shelby, Kenya expects more exports.');
  assert.deepEqual(ms.map((m) => m.text), ['Kenya']);
});

test('a town before "on" a street is the town, not an organisation\'s word: "in Cullman on Main Street", "in Cullman on Interstate 65"', () => {
  for (const street of ['Main Street', 'Interstate 65']) {
    const places = run([article('c', `The crash happened in Cullman on ${street} on Tuesday.`)]);
    assert.ok(places.some((p) => p.name === 'Cullman'), street);
  }
  // An organisation's name keeps its own words: "the Bank of England" is no town of England.
  assert.equal(run([article('b', 'He works at the Bank of England on Threadneedle Street.')]).find((p) => p.name === 'England')?.country, 'GB');
});

test('"on U.S. 231" is a highway, not a mention of the country; "The U.S. 23 percent tariff" still names the country', () => {
  const road = mentions('The wreck occurred on U.S. 231 about two miles south of the city.');
  assert.ok(road.some((m) => m.text === 'U.S. 231' && m.kind === 'other'), JSON.stringify(road));
  assert.ok(!road.some((m) => m.text === 'U.S.'));
  assert.ok(mentions('The U.S. 23 percent tariff was raised.').some((m) => m.text === 'U.S.' && m.kind === 'country'));
});

test('US regions are places of their own: "New England" is not England, the Midwest is listed', () => {
  const ms = mentions('Heavy snow fell across the Midwest and New England on Sunday.');
  assert.deepEqual(ms.map((m) => [m.text, m.kind, m.country]), [['Midwest', 'region', 'US'], ['New England', 'region', 'US']]);
});

test('the Americas are a region of their own, spanning countries', () => {
  assert.deepEqual(mentions('Cases were reported across the Americas on Monday.').map((m) => [m.text, m.kind, m.country]), [['Americas', 'region', null]]);
});

test('a city that is its own state does not make the next name a state: "in Beijing and Washington" are two capitals', () => {
  const w = mentions('Officials in Beijing and Washington resumed talks on Monday.').find((m) => m.text === 'Washington');
  assert.equal(w?.kind, 'city');
  assert.equal(w?.country, 'US');
  assert.ok(w !== undefined && w.lat !== null && Math.abs(w.lat - 38.9) < 0.5, JSON.stringify(w));
});

test('a long run of capitals still yields its multi-word names, an article spelt "ad" included (the run is lengthened only while its key begins a name)', () => {
  const text = 'Officials Said Salah Ad Din Province And New York City Leaders Met Paris London Berlin Rome Officials Today.';
  const names = run([article('a', text)]).map((p) => p.name);
  assert.ok(names.includes('New York City'), `New York City in ${names}`);
  assert.ok(names.some((n) => /Salah/.test(n)), `Salah ad Din in ${names}`);
});

test('people, organisations, months and adjectives are not place mentions', () => {
  const text =
    'Michael Jordan scored 30 points. Jordan said he was tired. Washington said the talks failed. ' +
    'The Syrian Democratic Forces and the Islamic State fought in May. US-led jets struck. ' +
    'President Clinton met the press. Clinton said nothing.';
  const places = run([article('c', text)]);
  const names = places.map((p) => p.name);
  for (const n of ['Jordan', 'Washington', 'Syria', 'Syrian', 'May', 'Clinton', 'Islamic State']) assert.ok(!names.includes(n), `${n} is not a place here: ${names.join(', ')}`);
});

test('unknown places named as places stay unresolved', () => {
  const places = run([article('d', 'Troops took the village of Xqzabad near Mosul. The Wurrbal district fell on Friday.')]);
  const x = places.find((p) => p.name === 'Xqzabad');
  const w = places.find((p) => p.name === 'Wurrbal');
  assert.ok(x && !x.resolved && x.lat === null && x.lon === null && /not in gazetteer/.test(x.basis));
  assert.ok(w && !w.resolved && w.kind === 'admin');
  assert.ok(places.find((p) => p.name === 'Mosul')?.resolved);
});

function mentions(text: string): PlaceMentionFact[] {
  const a = article('m', text);
  return placeMentionsOf(split(a), [a]);
}

/** The mention written `text`, which must be one, of this kind and country. */
function oneMention(ms: PlaceMentionFact[], text: string, kind: string, country: string): PlaceMentionFact {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `"${text}" is one mention: ${ms.map((x) => x.text).join(', ')}`);
  assert.equal(m.kind, kind);
  assert.equal(m.country, country);
  return m;
}

test('placeMentionsOf: one row per span, text exactly the article\'s, demonyms as kind demonym', () => {
  const text = 'Iraqi troops crossed into Syria. The U.S. said Syria and Iraq agreed. Iraqis celebrated. She spoke in Turkish.';
  const ms = mentions(text);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  const iraqi = ms.find((m) => m.text === 'Iraqi');
  assert.ok(iraqi && iraqi.kind === 'demonym' && iraqi.country === 'IQ' && iraqi.resolved && iraqi.lat !== null);
  const us = ms.find((m) => m.text.startsWith('U.S'));
  assert.equal(us?.text, 'U.S.', 'the abbreviation keeps its final period');
  assert.equal(us?.kind, 'country');
  assert.equal(ms.filter((m) => m.text === 'Syria').length, 2, 'each mention is listed');
  assert.ok(!ms.some((m) => m.text === 'Iraqis' || m.text === 'Turkish'), 'a people or a language is not a place mention');
  const starts = ms.map((m) => m.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'in text order');
});

test('counties are found whole, at admin2 level, and the story\'s state picks among homonyms', () => {
  const ms = mentions('Deputies in Laurel County, Ky., arrested two men. The Laurel County sheriff said Kentucky roads were icy.');
  const county = oneMention(ms, 'Laurel County', 'admin2', 'US');
  // Laurel County, Kentucky lies around 37.1N 84.1W; other Laurel Counties do not exist, but the state must agree.
  assert.ok(county.lat !== null && county.lon !== null && Math.abs(county.lat - 37.1) < 0.5 && Math.abs(county.lon + 84.1) < 0.5, `${county.lat},${county.lon}`);
  const ky = ms.find((m) => m.text === 'Ky.');
  assert.ok(ky && ky.kind === 'admin1' && ky.country === 'US', 'a state\'s abbreviation after a comma is a mention of the state, with its period');
});

test('a state code written alone in capitals is the state; other short capitals stay acronyms', () => {
  const ms = mentions('Drought aid for farmers in QLD and NSW was approved, the ABC said, and the NSW minister welcomed it.');
  const codes = ms.filter((m) => m.text === 'NSW' || m.text === 'QLD');
  assert.equal(codes.length, 3, ms.map((m) => m.text).join(', '));
  for (const m of codes) assert.ok(m.kind === 'admin1' && m.country === 'AU' && m.lat !== null, `${m.text}: ${m.kind} ${m.country}`);
  assert.ok(!ms.some((m) => m.text === 'ABC'), 'an unknown acronym is no place');
});

test('a place inside an organisation\'s name or an adjective is a mention; a surname after a given name is not', () => {
  const ms = mentions('The Dublin City Council met on Monday. London-based lawyers objected. Texas Senator Lee Barr spoke at the University of Kentucky. Later, Ann Phoenix said the vote was fair.');
  const texts = ms.map((m) => m.text);
  for (const t of ['Dublin', 'London', 'Texas', 'Kentucky']) assert.ok(texts.includes(t), `${t} is a place mention here: ${texts.join(', ')}`);
  assert.ok(!texts.includes('Phoenix'), 'Phoenix after a given name is a surname');
});

test('two unknown villages joined by "and" are two mentions; a street is not its namesake town; the state keeps no sentence period', () => {
  const ms = mentions('Rebels shelled the villages of Qarzuba and Wenhatti on Monday. A crash closed Phoenix Road near Austin, Texas.');
  const texts = ms.map((m) => m.text);
  assert.ok(texts.includes('Qarzuba') && texts.includes('Wenhatti'), texts.join(', '));
  assert.ok(ms.every((m) => !m.resolved || m.text !== 'Qarzuba'), 'unknown villages stay unresolved');
  assert.ok(!texts.includes('Phoenix'), 'Phoenix Road is a street');
  assert.ok(texts.includes('Texas') && !texts.includes('Texas.'), texts.join(', '));
});

test('a hyphenated pair of places is a mention of each; a hyphenated name, a double surname and a compass word are not split', () => {
  const text = 'The attack hurt Russia-Turkey ties and Turkish-Russian trade, and a German-Iraqi boy was held. ' +
    'Officials in Guinea-Bissau and Winston-Salem agreed. Ann Lloyd-Jackson spoke for the Calgary-North riding.';
  const ms = mentions(text);
  const got = ms.map((m) => `${m.text}/${m.kind}`);
  for (const x of ['Russia/country', 'Turkey/country', 'Turkish/demonym', 'Russian/demonym', 'German/demonym', 'Iraqi/demonym']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(got.some((x) => x.startsWith('Guinea-Bissau/')), `a name of its own stays whole: ${got.join(', ')}`);
  // An organisation's acronym beside a place: the place is a mention; two acronyms are none.
  const acr = mentions('They ratified the Canada-EU trade deal; the EU-Canada pact and the NATO-EU summit followed.');
  assert.deepEqual(acr.map((m) => m.text), ['Canada', 'Canada']);
  // A lowercase prefix before a place: the place is a mention, at its own span.
  const prefixed = 'Farmers from mid-Ohio backed a made-in-China plan; the e-Commerce firm did not.';
  const pm = mentions(prefixed);
  assert.deepEqual(pm.map((m) => [m.text, prefixed.slice(m.start, m.end)]), [['Ohio', 'Ohio'], ['China', 'China']]);
  assert.ok(!ms.some((m) => ['Guinea', 'Bissau', 'Winston', 'Salem', 'Jackson', 'North'].includes(m.text)), got.join(', '));
});

test('a name after "according to" is a source, not a place the story goes to: a speaker stays a person', () => {
  const ms = mentions('Skating is everything, said Georgia, noting her hard work. According to Georgia, the rink is her second home.');
  assert.deepEqual(ms.map((m) => m.text), []);
  // Nor does a possessive after "to" ("to Georgia's credit"): the credit is hers.
  assert.deepEqual(mentions('Skating is everything, said Georgia, noting her hard work. To Georgia\'s credit, she trained daily.').map((m) => m.text), []);
  // Where the text does go somewhere, the same name is a place.
  assert.ok(mentions('Skating is everything, said Georgia. The team flew to Georgia, where it won.').some((m) => m.text === 'Georgia'));
});

test('a list of countries or states is a list, not a place qualified by the next: each is resolved', () => {
  const ms = mentions('The talks were backed by Russia, Turkey and Iran. Storms hit Texas, California and Florida.');
  for (const [name, kind, cc] of [['Russia', 'country', 'RU'], ['Turkey', 'country', 'TR'], ['Iran', 'country', 'IR'], ['Texas', 'admin1', 'US'], ['California', 'admin1', 'US']]) {
    const m = ms.find((x) => x.text === name);
    assert.ok(m && m.resolved && m.kind === kind && m.country === cc, `${name}: ${JSON.stringify(m)}`);
  }
  // A town and its state stay a qualified pair.
  const q = mentions('Police in Springfield, Illinois, said the road was closed.').find((x) => x.text === 'Springfield');
  assert.ok(q && q.resolved && q.country === 'US' && q.lat !== null && Math.abs(q.lat - 39.8) < 0.5, JSON.stringify(q));
});

test('a named site (airport, stadium, park) is an unresolved place of its own; an institution is not; a town in its name is the site\'s', () => {
  const text = 'Flights at Toronto\'s Pearson International Airport were cancelled. Crowds filled St. James\'s Park and Yankee Stadium. ' +
    'She teaches at Ryerson University. The Vancouver Art Gallery reopened.';
  const got = mentions(text).map((m) => `${m.text}/${m.kind}/${m.resolved}`);
  for (const x of ['Toronto/city/true', 'Pearson International Airport/other/false', 'St. James\'s Park/other/false', 'Yankee Stadium/other/false']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  assert.ok(!got.some((x) => x.startsWith('Ryerson')), `a university is an organisation: ${got.join(', ')}`);
});

test('a country or state opening an organisation\'s or office\'s name is a mention; before a person\'s surname it is a given name', () => {
  const got = mentions('Quebec Health Minister Gaetan Barrette spoke. The U.S. Transportation Secretary agreed. ' +
    'Donors helped Manitoba Underdogs Rescue. Russia\'s Vladimir Putin and Jordan Spieth were there.').map((m) => m.text);
  for (const x of ['Quebec', 'U.S.', 'Manitoba', 'Russia']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  for (const x of ['Vladimir', 'Jordan']) assert.ok(!got.includes(x), `${x} is a given name here: ${got.join(', ')}`);
});

test('a dateline before a dash names a place, listed unresolved when its readings tie; a state abbreviation after "Town, " needs no period', () => {
  const tied = mentions('TORRINGTON — Mayor Ryan Bingham is scheduled to speak on Tuesday.');
  assert.deepEqual(tied.map((m) => [m.text, m.resolved]), [['TORRINGTON', false]]);
  const ky = mentions('EDMONTON, Ky (WBKO) -- One of the biggest stories of the year.');
  const state = ky.find((m) => m.text === 'Ky');
  assert.ok(state && state.kind === 'admin1' && state.country === 'US', JSON.stringify(ky));
  assert.deepEqual(mentions('Then Pa said no to the plan.').map((m) => m.text), []);
});

test('a capitalised compass word before a place is part of the mention, placed at the place; a name of its own stays whole', () => {
  const text = 'A wedding party at a Southern California park was hit. Crews in North London worked. South Africa won; North Korea lost.';
  const ms = mentions(text);
  const got = ms.map((m) => `${m.text}/${m.name}`);
  for (const x of ['Southern California/California', 'North London/London', 'South Africa/South Africa', 'North Korea/North Korea']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  // Lowercase, the direction describes: "northern Iraq" is a mention of Iraq alone.
  assert.deepEqual(mentions('Fighting spread in northern Iraq.').map((m) => m.text), ['Iraq']);
});

test('a town the text puts something in, with several readings and nothing in the story to choose: listed, unresolved', () => {
  const ms = mentions('Police in Gainesville arrested a man on Friday after a chase.');
  assert.deepEqual(ms.map((m) => [m.text, m.kind, m.resolved, m.lat]), [['Gainesville', 'city', false, null]]);
  // With the state named, the same town resolves.
  const fl = mentions('Police in Gainesville, Florida, arrested a man on Friday.').find((m) => m.text === 'Gainesville');
  assert.ok(fl && fl.resolved && fl.country === 'US' && fl.lat !== null && Math.abs(fl.lat - 29.65) < 0.3, JSON.stringify(fl));
});

test('a town\'s own institution names the town: "Danbury police", "Litchfield Superior Court", "Beaconsfield Mayor"; a company does not', () => {
  const got = mentions('He was arrested by Danbury police on Monday. He will appear in Litchfield Superior Court on April 7. ' +
    'Beaconsfield Mayor Georges Bourelle said no. The Campbell Soup Company grew.').map((m) => m.text);
  assert.deepEqual(got, ['Danbury', 'Litchfield', 'Beaconsfield']);
});

test('a local story that never names its country: a located name with one dominant reading resolves', () => {
  const ms = mentions('Police searched several homes in Regina on Sunday. A Regina man, 18, was arrested.');
  const regina = ms.filter((m) => m.text === 'Regina');
  assert.equal(regina.length, 2);
  assert.ok(regina.every((m) => m.resolved && m.country === 'CA'), JSON.stringify(regina));
  // Without a locative the same name stays out (it is also a given name).
  assert.ok(!mentions('Regina smiled at the crowd.').some((m) => m.text === 'Regina'));
});

test('gazetteer: countries and states carry GeoNames-style points, counties exist', () => {
  const gaz = loadGazetteer();
  const us = gaz.country('US');
  assert.ok(us && Math.abs(us.lat - 39.76) < 0.1 && Math.abs(us.lon + 98.5) < 0.1, 'the US at GeoNames\' point, not a polygon centroid');
  const texas = gaz.lookup(canonicalKey('Texas')).find((h) => h.entry.kind === 'admin' && h.entry.country === 'US');
  // GeoNames puts Texas at 31.25N 99.25W; the middle of its towns' extent must be within 161 km.
  assert.ok(texas && Math.abs(texas.entry.lat - 31.25) < 1 && Math.abs(texas.entry.lon + 99.25) < 1.2, `Texas at ${texas?.entry.lat},${texas?.entry.lon}`);
  assert.ok(gaz.lookup(canonicalKey('Cook County')).some((h) => h.entry.featureCode === 'ADM2' && h.entry.country === 'US'));
  assert.equal(gaz.demonym(canonicalKey('Russian')), 'RU');
});

interface Labelled {
  file: string;
  docno: string;
  context: string;
  mention: string;
  expected: { country: string | null; lat: number; lon: number; tolerance: number } | null;
}

/** DUC TEXT with whitespace collapsed: the form the fixture's contexts were cut from. */
function ducText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw);
  return (m ? m[1] : '').replace(/\s+/g, ' ');
}

test('duc2003 hand-labelled sample: precision >= 0.97', (t) => {
  const docs = join(dataDir, 'duc2003', 'docs');
  if (!existsSync(docs)) return t.skip('../shared/data/duc2003 absent');
  const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'places-duc2003.json'), 'utf8')) as { items: Labelled[] };
  assert.ok(fixture.items.length >= 100);
  const byFile = new Map<string, Labelled[]>();
  for (const it of fixture.items) byFile.set(it.file, [...(byFile.get(it.file) ?? []), it]);
  let resolvedCount = 0;
  let correct = 0;
  let expectedPlaces = 0;
  const errors: string[] = [];
  const misses: string[] = [];
  for (const [file, items] of byFile) {
    const cluster = file.split('/')[0];
    const docno = file.split('/')[1];
    // The whole cluster is the story, as in the pipeline.
    const articles = readdirSync(join(docs, cluster))
      .sort()
      .map((f) => article(f, ducText(join(docs, cluster, f))));
    const places = run(articles);
    const target = articles.find((a) => a.id === docno) as Article;
    for (const it of items) {
      const at = target.text.indexOf(it.context);
      assert.ok(at >= 0, `context of ${it.mention} found in ${file}`);
      const start = at + it.context.indexOf(it.mention);
      const end = start + it.mention.length;
      const hit = places.find((p) => p.resolved && p.spans.some((s) => s.article === docno && s.start < end && s.end > start));
      if (it.expected !== null) expectedPlaces++;
      if (hit === undefined) {
        if (it.expected !== null) misses.push(`${file} "${it.mention}" missed`);
        continue;
      }
      resolvedCount++;
      const e = it.expected;
      const ok = e !== null && (e.country === null || hit.country === e.country) && distance(hit, e.lat, e.lon) <= e.tolerance;
      if (ok) correct++;
      else errors.push(`${file} "${it.mention}" -> ${hit.name} ${hit.country} ${hit.lat},${hit.lon} (expected ${e ? `${e.country} ${e.lat},${e.lon}` : 'not a place'})`);
    }
  }
  const precision = correct / resolvedCount;
  const recall = correct / expectedPlaces;
  t.diagnostic(`precision ${precision.toFixed(3)} (${correct}/${resolvedCount}), recall ${recall.toFixed(3)} (${correct}/${expectedPlaces})`);
  for (const e of errors) t.diagnostic(`wrong: ${e}`);
  for (const m of misses) t.diagnostic(m);
  assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)} below 0.97`);
  assert.ok(recall >= 0.6, `recall ${recall.toFixed(3)} below 0.60`);
});

test('mainPlace: the most widely carried place below country level, unless it is a side location', () => {
  const place = (name: string, kind: Place['kind'], sources: number, mentions: number, resolved = true): Place => ({
    name, aliases: [], lat: 0, lon: 0, kind, country: 'XX', resolved, basis: '', sources: Array.from({ length: sources }, (_, i) => `a${i}`), mentions, spans: [],
  });
  const country = place('Iraq', 'country', 5, 15);
  assert.equal(mainPlace([country, place('Qaim', 'city', 5, 20), place('Rawa', 'city', 4, 30)])?.name, 'Qaim');
  assert.equal(mainPlace([country, place('Qaim', 'city', 4, 3), place('Rawa', 'city', 4, 5)])?.name, 'Rawa', 'ties on articles go to mentions');
  assert.equal(mainPlace([country, place('Rawa', 'city', 1, 2)])?.name, 'Iraq', 'a city in one article of five is a side location');
  assert.equal(mainPlace([place('Nowhere', 'other', 5, 9, false)]), null, 'unresolved names are never the main place');
});

test('a place called so in one article is found whatever another article holds at the same offset', () => {
  // Both names start at character 15 of their article: "Baghdad" is a gazetteer match in the first, "Xqzabad" a
  // designated unknown in the second. Offsets are per article, so the first must not hide the second.
  const first = article('e1', 'Troops entered Baghdad on Monday.');
  const second = article('e2', 'The village of Xqzabad was shelled.');
  assert.equal(first.text.indexOf('Baghdad'), second.text.indexOf('Xqzabad'));
  const alone = run([second]).find((p) => p.name === 'Xqzabad');
  const together = run([first, second]).find((p) => p.name === 'Xqzabad');
  assert.ok(alone, 'found in its own article');
  assert.ok(together, 'still found beside an article with a match at the same offset');
});

test('homonyms: the state the story names with several other names wins over a more populous namesake', () => {
  // Paris, Kentucky (seat of Bourbon County) in a Kentucky local story; Paris, France elsewhere.
  const local = mentions('The driver, 34, of Paris, was taken to a hospital in Lexington after the crash in Bourbon County, Ky., on Friday. Kentucky State Police are investigating.');
  const paris = local.find((m) => m.text === 'Paris');
  assert.ok(paris?.resolved && paris.country === 'US' && paris.lat !== null && Math.abs(paris.lat - 38.2) < 0.5, JSON.stringify(paris));
  const abroad = mentions('The minister flew to Paris on Monday for talks.').find((m) => m.text === 'Paris');
  assert.equal(abroad?.country, 'FR');
  // One passing mention of a state is not enough: the great city keeps its name.
  const once = mentions('A Texas oil firm opened an office in Paris last year.').find((m) => m.text === 'Paris');
  assert.equal(once?.country, 'FR');
});

test('homonyms: a county of the state the story names most; a name joined to a state is a state', () => {
  const ms = mentions('Farmers in Monroe County met in Columbia, Mo., on Friday. Missouri growers said prices fell. A buyer from Indiana attended.');
  const county = ms.find((m) => m.text === 'Monroe County');
  assert.ok(county?.resolved && county.lat !== null && county.lon !== null && county.lon < -91 && county.lon > -93, JSON.stringify(county));
  const state = mentions('Ranchers drove their herds across Montana and Wyoming last fall, a breeder in Ohio said.').find((m) => m.text === 'Wyoming');
  assert.equal(state?.kind, 'admin1', JSON.stringify(state));
});

test('a region followed by a country it is not in is the next clause, not a qualified place', () => {
  const ms = mentions('Coffee exports to Europe doubled. In Europe, Brazil is still a small supplier, the trader said.').filter((m) => m.text === 'Europe');
  assert.equal(ms.length, 2);
  assert.ok(ms.every((m) => m.resolved && m.kind === 'region'), JSON.stringify(ms));
});

test('the first of a list of states is a state; "X, in Y County" says which X', () => {
  const georgia = mentions('Cases were confirmed in states including Georgia, Kansas, Ohio and Oregon.').find((m) => m.text === 'Georgia');
  assert.ok(georgia?.resolved && georgia.kind === 'admin1' && georgia.country === 'US', JSON.stringify(georgia));
  // Salem, Indiana (the seat of Washington County), not Salem, Oregon, in a story of southern Indiana.
  const salem = mentions('Flooding closed roads in southern Indiana. Salem, in Washington County, Indiana, opened a shelter.').find((m) => m.text === 'Salem');
  assert.ok(salem?.resolved && salem.lat !== null && salem.lon !== null && Math.abs(salem.lat - 38.61) < 0.3 && Math.abs(salem.lon + 86.10) < 0.3, JSON.stringify(salem));
});

test('a name after a preposition is a place even before a speech verb: the object of "in" or "of" is not the speaker', () => {
  const got = mentions('Officials in Denver confirmed two cases. A farmer from Nashville said the herd was safe. ' +
    'The Mayor of Pittsburgh declared an emergency.').map((m) => `${m.text}/${m.resolved}`);
  for (const x of ['Denver/true', 'Nashville/true', 'Pittsburgh/true']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  // With no preposition before it, the name before the verb is the speaker.
  assert.deepEqual(mentions('The vote was fair, Austin said on Monday.').map((m) => m.text), []);
});

test('the state after "Town, " is a place whatever verb follows it', () => {
  const ms = mentions('A clinic in Boulder, Colorado admitted two patients on Friday.');
  const st = ms.find((m) => m.text === 'Colorado');
  assert.ok(st && st.resolved && st.kind === 'admin1' && st.country === 'US', JSON.stringify(ms));
  assert.ok(ms.some((m) => m.text === 'Boulder' && m.resolved), JSON.stringify(ms));
});

test('a country written as its abbreviation before a name is the country: no given name is written "U.S." or "UK"', () => {
  const text = 'Four UK Typhoon jets flew over the base. Donations poured in from across the U.S. Later the U.S. Embassy closed.';
  const got = mentions(text).map((m) => `${m.text}@${m.start}`);
  for (const w of ['UK', 'U.S.']) for (const at of [...text.matchAll(new RegExp(w.replace(/\./g, '\\.'), 'g'))].map((x) => x.index)) assert.ok(got.includes(`${w}@${at}`), `${w}@${at} in ${got.join(', ')}`);
  // A country's own name before a surname is still a given name.
  assert.ok(!mentions('Chad Hurley spoke first.').some((m) => m.text === 'Chad'));
});

test('a country\'s code joined to a dollar sign is a currency, not a place', () => {
  const text = 'The fund asked for US$12 million and NZ$3 million; crops worth $US 2 billion are at risk, a US official said.';
  const ms = mentions(text);
  // Only the last "US", the official's country, is a mention.
  assert.deepEqual(ms.map((m) => [m.text, m.start]), [['US', text.lastIndexOf('US')]]);
});

test('a place designator alone ("City", "Town") is the rest of a name, never a place of its own', () => {
  const ms = mentions('A Bristol City Council spokeswoman said so. A member of Truro Town Council agreed. The City of Fresno and City Councilman Ruiz objected.');
  const got = ms.map((m) => m.text);
  assert.ok(!got.includes('City') && !got.includes('Town'), got.join(', '));
  for (const x of ['Bristol', 'Truro', 'Fresno']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
});

test('a capitalised landform word after a place names the landform: one mention, placed only at a district of the name', () => {
  const text = 'Farms in the Napa Valley and the Swat Valley flooded in Pakistan and California; the Mekong Delta in Vietnam too.';
  const ms = mentions(text);
  const by = new Map(ms.map((m) => [m.text, m]));
  for (const x of ['Napa Valley', 'Swat Valley', 'Mekong Delta']) assert.ok(by.has(x), `${x} in ${ms.map((m) => m.text).join(', ')}`);
  assert.ok(!by.has('Napa') && !by.has('Swat') && !by.has('Mekong'), ms.map((m) => m.text).join(', '));
  // A town's or a river's point is not the valley's or the delta's: unresolved; a district named like its valley covers it.
  assert.equal(by.get('Napa Valley')?.resolved, false);
  assert.equal(by.get('Mekong Delta')?.resolved, false);
  assert.ok(by.get('Swat Valley')?.resolved && by.get('Swat Valley')?.country === 'PK', JSON.stringify(by.get('Swat Valley')));
});

test('a capital "The" opening a sentence is not part of the name after it, unless the name\'s own form holds it', () => {
  const text = 'The Netherlands sent aid. The Hague is its seat of government.';
  const got = mentions(text).map((m) => [m.text, m.start]);
  assert.deepEqual(got, [['Netherlands', 4], ['The Hague', text.indexOf('The Hague')]]);
});

test('a news outlet\'s name in apposition ("the news agency X", "X news agency") is the outlet\'s throughout the story', () => {
  const got = mentions('Officials in Colorado spoke to the news agency Aurora on Monday. The Aurora news agency said more. Aurora reported nothing else.').map((m) => m.text);
  assert.deepEqual(got, ['Colorado']);
  // Where the story puts something in it, the name is a place again.
  assert.ok(mentions('The news agency Aurora said so. A reporter in Aurora, Colorado confirmed it.').some((m) => m.text === 'Aurora'));
  // A possessive before "news agency" is the agency's country: "Colorado's news agency".
  assert.ok(mentions('Colorado\'s news agency reported it.').some((m) => m.text === 'Colorado'));
});

test('inside an organisation\'s name a town known only by an alternate spelling is not taken', () => {
  // "Leghorn" is an old English name of Livorno and a breed of chicken.
  const got = mentions('The Leghorn Breeders Association met in Italy.').map((m) => m.text);
  assert.deepEqual(got, ['Italy']);
});

test('"in the X said": a name after a preposition and "the" is not the speaker either', () => {
  const ms = mentions('Doctors in the Crimea confirmed two cases.');
  assert.ok(ms.some((m) => m.text === 'Crimea' && m.resolved && m.country === 'UA'), JSON.stringify(ms));
});

test('a compass word before a country is a description, not part of the mention; before a province it is', () => {
  const text = 'Storms hit Western Brazil and Northern Ontario.';
  assert.deepEqual(mentions(text).map((m) => [m.text, m.start]), [['Brazil', text.indexOf('Brazil')], ['Northern Ontario', text.indexOf('Northern')]]);
});

test('an alternate spelling opening a sentence is a place when the story writes it after a preposition elsewhere', () => {
  const text = 'Ships left the harbour of Leghorn in Italy. Leghorn, a busy port, was quiet.';
  assert.deepEqual(mentions(text).filter((m) => m.text === 'Leghorn').map((m) => m.start), [text.indexOf('Leghorn'), text.lastIndexOf('Leghorn')]);
});

test('a season before a year is a season, though a town bears its name', () => {
  const text = 'Two children in Texas fell ill in Spring 2002. Floods hit Spring, Texas.';
  assert.deepEqual(mentions(text).filter((m) => m.text === 'Spring').map((m) => m.start), [text.lastIndexOf('Spring')]);
});

test('a name the gazetteer lacks, qualified by a country, a state or a large city after a comma, is a place (unresolved)', () => {
  const text = 'Cases were found in Ombakuru, Kenya, and in Velistroma, Toronto; talks were led by Jan Ombakuru, Kenya\'s envoy.';
  const ms = mentions(text);
  const got = ms.map((m) => `${m.text}@${m.start}/${m.resolved}`);
  assert.ok(got.includes(`Ombakuru@${text.indexOf('Ombakuru')}/false`), got.join(', '));
  assert.ok(got.includes(`Velistroma@${text.indexOf('Velistroma')}/false`), got.join(', '));
  // A person's name before a possessive country is no place.
  assert.ok(!got.includes(`Ombakuru@${text.lastIndexOf('Ombakuru')}/false`), got.join(', '));
});

test('a plural designator calls every name of the list after it a place ("the towns of A, B and C")', () => {
  const got = mentions('Floods reached the towns of Zorvanek, Springfield and Yurbalo on Monday.').map((m) => m.text);
  assert.deepEqual(got, ['Zorvanek', 'Springfield', 'Yurbalo']);
  // The list ends with the name after its "and": a name after it is not called a town.
  assert.deepEqual(mentions('Floods reached the towns of Zorvanek and Yurbalo, Springfield officials said.').map((m) => m.text), ['Zorvanek', 'Yurbalo']);
});

test('three or more state names in a row are a list of states: each is the state, not a town qualified by the next', () => {
  const ms = mentions('The recall covers Idaho, Washington, West Virginia, Missouri, Oregon, Nevada and Wyoming.');
  assert.equal(ms.length, 7);
  for (const m of ms) assert.ok(m.kind === 'admin1' && m.country === 'US', `${m.text}: ${m.kind} ${m.name}`);
  // Two names are still a town and its state.
  const pair = mentions('A plant in Washington, West Virginia closed.').find((m) => m.text === 'Washington');
  assert.ok(pair && pair.kind === 'city', JSON.stringify(pair));
  // A list of countries keeps "Georgia" the country.
  assert.equal(mentions('Travellers from Armenia, Georgia, Iraq and Syria were warned.').find((m) => m.text === 'Georgia')?.kind, 'country');
});

test('a name the gazetteer lacks before "area", "region" or "valley" is a place, unresolved', () => {
  const ms = mentions('Herders moved their cattle out of the Marovalo area on Monday.');
  assert.deepEqual(ms.map((m) => [m.text, m.resolved]), [['Marovalo', false]]);
  // An adjective before "region" is no name.
  assert.deepEqual(mentions('Fighting spread in the Kurdish region.').filter((m) => m.kind !== 'demonym').map((m) => m.text), []);
});

test('a landform\'s or a fort\'s word opening a name ("Lake X", "Mount X", "Fort X") makes a place the gazetteer may lack', () => {
  const got = mentions('Climbers reached Mount Zorvanek and camped by Lake Yurbalo near Fort Kessling; traffic on Lake Street stopped.')
    .map((m) => `${m.text}/${m.kind}/${m.resolved}`);
  for (const x of ['Mount Zorvanek/region/false', 'Lake Yurbalo/region/false', 'Fort Kessling/other/false']) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`);
  // A street stays a street.
  assert.ok(!got.some((x) => x.startsWith('Lake Street/region')), got.join(', '));
});

test('a name of compass words alone right before a place says which part of it: no place of its own', () => {
  const text = 'Storms hit Far North Ontario overnight.';
  assert.deepEqual(mentions(text).map((m) => [m.text, m.kind]), [['Ontario', 'admin1']]);
});

test('a compass word or a title opening a street\'s name is part of it ("South Maple Avenue", "Queen Victoria Street")', () => {
  const got = mentions('Traffic stopped on South Maple Avenue and on Queen Victoria Street.').map((m) => m.text);
  assert.deepEqual(got, ['South Maple Avenue', 'Queen Victoria Street']);
});

test('"X City" is the city\'s name unless an organisation\'s or a site\'s name goes on after it ("Dublin City Council")', () => {
  const got = mentions('Trains from Quebec City and Moncton resumed. The Dublin City Council met. London City airport closed.').map((m) => `${m.text}/${m.resolved}`);
  assert.deepEqual(got, ['Quebec City/true', 'Moncton/true', 'Dublin/true', 'London/true']);
});

test('a capitalised "Area" after a place names the area: one mention', () => {
  assert.deepEqual(mentions('Prices rose in the Greater Boston Area last year.').map((m) => m.text), ['Greater Boston Area']);
});

test('the places tokenizer flags as lowercase exactly the words of lowercase letters only (the story\'s lowercase vocabulary)', async () => {
  const { tokenize } = await import('../src/facts/places/passes/tokenize.js');
  const { contextWords } = await import('../src/facts/places/context.js');
  const gaz = loadGazetteer();
  const texts = readdirSync(exampleDir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => readFileSync(join(exampleDir, f), 'utf8'));
  texts.push('Police said the café\'s owner, it\'s 2003 e-mail and a US-led raid in al-Qaim near mid-Ohio; Émile ate crêpes at 8pm, naïve.');
  let lowercase = 0;
  for (const [k, text] of texts.entries()) {
    for (const s of split(article(`t${k}`, text))) {
      for (const t of tokenize(s, gaz, contextWords())) {
        assert.equal(t.lowercase, /^\p{Ll}+$/u.test(t.text), `"${t.text}" in "${s.text}"`);
        if (t.lowercase) lowercase++;
      }
    }
  }
  assert.ok(lowercase > 100, 'the texts hold lowercase words');
});

test('"County Kerry": a designator before the name is part of the mention, which reads only as the county', () => {
  const ms = mentions('Rescuers in County Kerry pulled two walkers from the cliffs, and the County Coroner praised them.');
  oneMention(ms, 'County Kerry', 'admin2', 'IE');
  assert.ok(!ms.some((m) => /Coroner/.test(m.text)), 'an office is not a county');
});

test('"X police": a town\'s institution names the town, but not over a state or country of the name; a big city keeps it', () => {
  const state = mentions('Minnesota police stopped the truck near the border on Friday.').find((m) => m.text === 'Minnesota');
  assert.equal(state?.kind, 'admin1', JSON.stringify(state));
  const town = mentions('Danbury police stopped the truck on Friday.').find((m) => m.text === 'Danbury');
  assert.equal(town?.kind, 'city');
  const city = mentions('New York police stopped the truck on Friday.').find((m) => m.text === 'New York');
  assert.equal(city?.kind, 'city');
  assert.ok(city.lat !== null && Math.abs(city.lat - 40.7) < 0.3, 'New York City');
});

test('a possessive inside a place\'s own name is part of the mention; elsewhere it ends the name', () => {
  const ms = mentions("Schools in Prince George's County closed early, and Iraq's Anbar province stayed calm.");
  const county = ms.find((m) => m.text === "Prince George's County");
  assert.ok(county, `one mention: ${ms.map((m) => m.text).join(', ')}`);
  assert.equal(county.kind, 'admin2');
  assert.ok(county.lat !== null && Math.abs(county.lat - 38.8) < 0.5, 'in Maryland');
  assert.ok(ms.some((m) => m.text === 'Iraq') && ms.some((m) => m.text === 'Anbar'), 'two mentions');
});

test('a dateline in capitals is a place even when a name follows it without a dash', () => {
  const ms = mentions('SACRAMENTO Maria Olsen won the seat on Tuesday, county officials said.');
  oneMention(ms, 'SACRAMENTO', 'city', 'US');
});

test('a name going on past "de", "da" or "d\'" is one name: its first word is no town (a country inside it still is)', () => {
  const ms = mentions("The striker won the Ballon d'Or in Paris, and a sketch by Leonardo da Vinci hung at the Stade de France.");
  assert.ok(!ms.some((m) => m.text === 'Ballon' || m.text === 'Leonardo' || m.text === 'Stade'), ms.map((m) => m.text).join(', '));
  assert.ok(ms.some((m) => m.text === 'Paris'));
  assert.ok(ms.some((m) => m.text === 'France' && m.kind === 'country'));
});

test('a curated site is a place where the text puts something in it, not where its name stands for its occupant', () => {
  const at = mentions('Reporters waited outside the White House on Monday.').find((m) => m.text === 'White House');
  assert.ok(at?.resolved && at.lat !== null && Math.abs(at.lat - 38.9) < 0.1, JSON.stringify(at));
  assert.deepEqual(mentions('The White House said the bill would pass.').filter((m) => m.text === 'White House'), []);
  const town = mentions('A farmer from White House, Tennessee, won the prize.').find((m) => m.text === 'White House');
  assert.equal(town?.kind, 'city');
});
