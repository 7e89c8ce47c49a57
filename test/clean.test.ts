// The cleaner on small synthetic stories: page chrome a crawler copies with the text, and the limits of the
// off-topic rule (a splice is a minority of its article; an article left without text is no evidence).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cleanArticles, lineFeatureTable, markParagraphs } from '../src/clean/index.js';
import { LINE_RULES, PATTERNS } from '../src/clean/rules.js';
import { newsOutlets } from '../src/lexicons.js';
import { findDateline } from '../src/segment/dateline.js';
import { countWords } from '../src/text/words.js';
import { storyWords, type LineEvidence } from '../src/clean/evidence.js';
import { FEATURES, lineFeatures, type FeatureName } from '../src/clean/features.js';
import { segmentArticle } from '../src/segment/index.js';
import { article } from './helpers/story.js';

const clean = (...texts: [string, string][]) => cleanArticles(texts.map(([id, text]) => segmentArticle(article(id, text))));

const FLOOD = [
  'Heavy rain flooded the river town of Marlow on Monday, forcing hundreds of families from their homes.',
  'Rescue crews in boats reached families trapped on roofs in the lower streets of Marlow overnight.',
  'The mayor of Marlow said the river rose two metres in six hours, faster than in any flood on record.',
];

test('widget chrome and archive notices are removed as page chrome, with their rule', () => {
  const chrome = [
    'Tweet with a location',
    'You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more',
    'Story Continued Below',
    "Media playback is unsupported on your device Media caption The mayor says the town has never seen water this high",
    'Embed Floods hit Marlow 2:49 autoplay autoplay Copy this code to your website or blog',
    'Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.',
    'These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.',
  ];
  const [a] = clean(['a', [FLOOD[0], chrome[0], chrome[1], FLOOD[1], chrome[2], chrome[3], chrome[4], FLOOD[2], chrome[5], chrome[6]].join('\n\n')], ['b', FLOOD.join('\n\n')]);
  const removed = a.removed.filter((r) => r.reason === 'page-chrome');
  assert.deepEqual(removed.map((r) => r.text), chrome);
  assert.deepEqual(removed.map((r) => r.rule), [...Array(5).fill('clean/widget-chrome'), 'clean/archive-notice', 'clean/archive-notice']);
  assert.deepEqual(a.sentences.map((s) => s.text), FLOOD);
});

test('a teaser call is found at the end of a line whatever its case and the dots, spaces and guillemets after it', () => {
  const teaser = LINE_RULES.find((r) => r.id === 'clean/teaser')!;
  const judge = (text: string) => teaser.test({ text, words: countWords(text), index: 3, total: 9, title: '' });
  for (const call of ['read more', 'READ MORE', 'Continue Reading', 'read the full story', 'Full Story', 'Read the full ARTICLE'])
    for (const tail of ['', ' »', '...', '\u00a0>>']) assert.ok(judge(`Officials said the road will reopen on Friday … ${call}${tail}`), call + tail);
  // The call must end the line, after a break in the sentence; a word that only ends like one is not a call.
  assert.equal(judge('Officials said the road will reopen … read more about it'), false);
  assert.equal(judge('She spent the evening reading'), false);
  assert.equal(judge('He wrote a story'), false);
  // Outside ASCII: a dotted capital I lowercases to two characters ("i" and a combining dot) and does not read as "i".
  assert.equal(judge('Officials said … READİNG'), false);
  assert.equal(judge('Officials said … Continue readİng'), false);
});

test('off-topic: a splice is cut, but an article that is mostly about something else is left whole', () => {
  const splice = 'The regional football final was postponed after a dispute between the two clubs over ticket prices.';
  const [a] = clean(['a', [...FLOOD, splice].join('\n\n')], ['b', FLOOD.join('\n\n')], ['c', FLOOD.slice(0, 2).join('\n\n')]);
  assert.deepEqual(a.removed.filter((r) => r.reason === 'off-topic').map((r) => r.text), [splice]);
  // An article about something else entirely: every sentence scores low, so none is cut as a "splice".
  const other = [
    'The regional football final was postponed after a dispute between the two clubs over ticket prices.',
    'Supporters of both clubs had already bought train tickets for the match at the national stadium.',
    'The league said a new date for the final would be announced after talks with the clubs next week.',
  ];
  const [, , d] = clean(['a', FLOOD.join('\n\n')], ['b', FLOOD.join('\n\n')], ['d', other.join('\n\n')]);
  assert.equal(d.removed.filter((r) => r.reason === 'off-topic').length, 0);
  assert.equal(d.sentences.length, other.length);
});

test('off-topic: articles left without text are no evidence against the one that has text', () => {
  const widget = 'Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications.';
  const [, b] = clean(['a', widget], ['b', FLOOD.join('\n\n')], ['c', widget]);
  assert.equal(b.removed.length, 0);
  assert.equal(b.sentences.length, FLOOD.length);
});

test('a wire dateline is read, not listed as removed: its agency is the outlet, the first sentence keeps its words', () => {
  const [a, b] = clean(['d0', `MARLOW, England (AP) _ ${FLOOD.join('\n\n')}`], ['d1', FLOOD.join('\n\n')]);
  assert.ok(!a.removed.some((r) => r.text.includes('MARLOW, England')), JSON.stringify(a.removed));
  assert.equal(a.article.outlet, 'Associated Press');
  assert.match(a.outletBasis ?? '', /dateline/);
  // The dateline stays out of the first sentence, which is kept.
  assert.ok(a.sentences[0].text.startsWith('Heavy rain'), a.sentences[0].text);
  assert.equal(a.sentences.length, b.sentences.length);
});

test('every wire agency of the table (data/lexicons/agencies.json) is known wherever wire copy names it: dateline, credit line, photo credit, teaser dateline', () => {
  const wire = newsOutlets().filter((o) => o.kind === 'wire');
  assert.ok(wire.length > 0);
  for (const o of wire) {
    assert.ok(o.dateline.length > 0 && o.credits.length > 0, `${o.name}: a wire agency has a dateline code and a credit spelling`);
    for (const code of o.dateline) {
      assert.equal(findDateline(`MARLOW, England (${code}) - Heavy rain fell on Tuesday.`)?.agency, o.name, code);
      assert.equal(findDateline(`MARLOW, England (${code.toLowerCase()}) - Heavy rain fell on Tuesday.`)?.agency, o.name, `${code}, any case`);
    }
    for (const credit of o.credits) {
      assert.ok(PATTERNS.wireCredit.test(`(${credit})`) && PATTERNS.wireCredit.test(credit), `${credit} alone on its line`);
      assert.ok(PATTERNS.photoCredit.test(`Rescue teams reach the flooded town. / ${credit}`), `${credit} after a caption`);
      assert.ok(PATTERNS.photoCredit.test(`Rescue teams reach the town (${credit} Photo/A. Person) on Tuesday.`), `(${credit} Photo/...)`);
      assert.ok(PATTERNS.teaserDateline.test(`Marlow, England (${credit}) Oct 26, 2017`), `${credit} in a teaser's dateline`);
    }
  }
  // A word in capitals but not an agency is no dateline's outlet; a mixed-case word that is no agency is no credit.
  assert.equal(findDateline('MARLOW, England (Marlow) - Heavy rain fell on Tuesday.')?.agency ?? null, null);
  assert.ok(!PATTERNS.wireCredit.test('Comments') && !PATTERNS.wireCredit.test('(Marlow)'));
});

test('an article that names no outlet is its address\'s site: two pages of one site are one outlet, a stated outlet wins', () => {
  const page = (id: string, url: string | null, outlet: string | null = null, text = FLOOD.join('\n\n')) => segmentArticle({ ...article(id, text, outlet), url });
  const [a, b, c, d, e] = cleanArticles([
    page('a', 'https://www.marlow-courier.co.uk/news/flood'),
    page('b', 'http://news.marlow-courier.co.uk/river?id=2'),
    page('c', 'https://www.marlow-courier.co.uk/x', 'Marlow Courier'),
    page('d', 'http://127.0.0.1:8080/flood'),
    page('e', null, null, `MARLOW, England (AP) _ ${FLOOD.join('\n\n')}`),
  ]);
  assert.equal(a.article.outlet, 'marlow-courier.co.uk');
  assert.equal(b.article.outlet, 'marlow-courier.co.uk');
  assert.match(a.outletBasis ?? '', /^address "https:\/\/www\.marlow-courier/);
  assert.equal(c.article.outlet, 'Marlow Courier');
  assert.equal(c.outletBasis, null);
  // An IP address names no site; without an address the dateline's agency is still read.
  assert.equal(d.article.outlet, null);
  assert.equal(e.article.outlet, 'Associated Press');
});

test('never most of an article: a short article alone keeps its lines, and a story of short sentences still has a summary', async () => {
  const lines = ['Rescue teams reached the flooded town on Tuesday.', 'The river rose four metres overnight, officials said.'];
  const [a] = clean(['a', lines.join('\n\n')]);
  assert.deepEqual(a.removed.map((r) => r.text), []);
  assert.deepEqual(a.sentences.map((s) => s.text), lines);
  // With a host article, the same guard still lets a minority splice go (see the test above): the guard is per article.
  const { briefOf } = await import('../src/pipeline.js');
  const b = briefOf([article('a', lines.join('\n\n'))]);
  assert.deepEqual(b.summary.map((s) => s.text), lines);
});

test('countWords counts runs of non-space as trim + split(/\s+/) does, every Unicode space included', () => {
  // Every character \s matches, and look-alikes it does not (zero-width space, Mongolian vowel separator, word joiner).
  const alphabet = ['a', 'Z', '1', '.', '-', 'é', '😀', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', '\u2060'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      assert.equal(countWords(s), s.trim() ? s.trim().split(/\s+/).length : 0, JSON.stringify(s));
    }),
    { numRuns: 2000 },
  );
});

test('the per-story caches by line text change nothing: rule marks and line features equal those computed line by line', () => {
  // Reprints of one wire story (each drops a different paragraph, as a stream does) with chrome, a byline and a
  // related-links block, so lines repeat across articles at different positions and with different neighbours.
  const body = [...FLOOD, 'By Jane Doe', 'Related Links', 'Tweet with a location', 'Share this'];
  const articles = body.map((_, drop) => ({ ...article(`r${drop}`, body.filter((__, k) => k !== drop).join('\n\n')), title: FLOOD[drop % 3] }));
  const segmented = articles.map(segmentArticle);
  const rules = new Map();
  const cachedMarks = segmented.map((s) => markParagraphs(s.article, s.paragraphs, rules));
  assert.ok(rules.size > 0 && rules.size < segmented.reduce((n, s) => n + s.paragraphs.length, 0), 'lines repeat, so the cache holds fewer texts than lines');
  assert.deepEqual(cachedMarks, segmented.map((s) => markParagraphs(s.article, s.paragraphs)));
  // markStory shares one StoryLines across its passes; the table without it recomputes everything per call.
  const texts = segmented.map((s) => s.paragraphs.map((p) => s.article.text.slice(p.start, p.end).trim()));
  const words = storyWords(segmented.map((s, i) => ({ article: s.article.id, lines: texts[i] })));
  const story = { texts, words, shapes: new Map() };
  const shared = lineFeatureTable(segmented, undefined, undefined, undefined, story);
  assert.ok(story.shapes.size > 0 && words.vocabulary.length > 0);
  assert.deepEqual(lineFeatureTable(segmented, undefined, undefined, undefined, story), shared, 'a second pass over the filled caches');
  assert.deepEqual(lineFeatureTable(segmented), shared);
});

test('a line\'s feature vector holds each feature at its name\'s place in FEATURES', () => {
  // Every evidence field a different value, so a value at another feature's place shows.
  const ev: LineEvidence = {
    cohesionStory: 0.11, cohesionOwn: 0.12, cohesionAny: 0.13, cohesionNeighbours: 0.14, bridge: 0.15, coreWords: 0.16,
    foreignMass: 0.17, foreignNames: 0.18, names: 3, relativeStory: 0.19, relativeAny: 0.21, contentWords: 0, repeatsInInput: 2,
    repeatsStored: 5, single: false,
  };
  const text = 'Read more | Archives:';
  const v = lineFeatures({ text, sentences: [], index: 3, total: 5 }, 'Top Stories', 'The mayor said the river rose two metres overnight.', ev);
  const f = (name: FeatureName) => v[FEATURES.indexOf(name)];
  assert.equal(v.length, FEATURES.length);
  assert.equal(f('logWords'), Math.log1p(3)); // three words: runs of letters (the bar is none)
  assert.equal(f('short'), 1);
  assert.equal(f('sentences'), 0);
  assert.equal(f('linkLike'), 1);
  assert.equal(f('endsColon'), 1);
  assert.equal(f('position'), 3 / 4);
  assert.equal(f('tail'), 1);
  for (const name of ['cohesionStory', 'cohesionOwn', 'cohesionAny', 'cohesionNeighbours', 'bridge', 'coreWords', 'foreignMass', 'foreignNames', 'relativeStory', 'relativeAny'] as const) {
    assert.equal(f(name), ev[name], name);
  }
  assert.equal(f('manyForeignNames'), Math.log1p(ev.foreignNames * ev.names));
  assert.equal(f('noContent'), 1);
  assert.equal(f('repeatsInInput'), Math.log1p(2));
  assert.equal(f('repeatsStored'), Math.log1p(5));
  assert.equal(f('prevFragment'), 1);
  assert.equal(f('nextFragment'), 0);
  assert.equal(f('fragmentLowCohesion'), 1 - ev.cohesionStory);
  assert.equal(f('sentenceLowCohesion'), 0);
});

test('a photo credit names an agency as a whole word: prose after "photo:" that starts like an agency code stays', () => {
  assert.ok(PATTERNS.photoCredit.test('The square after the storm. Photo: Reuters'));
  assert.ok(PATTERNS.photoCredit.test('Rescuers at work. (Archive) / AFP'));
  // "Anita" begins with ANI, a wire agency's code; "Tasso" with TASS.
  assert.ok(!PATTERNS.photoCredit.test('The mural, seen in the photo: Anita Lopez painted it in 1990.'));
  assert.ok(!PATTERNS.photoCredit.test('The mural, seen in the photo: Tasso Reyes painted it.'));
});
