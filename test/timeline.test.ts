// The timeline: event-level dates, narrative time, undated articles pinned by the events they share.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFacts, type TimelineItem } from '../src/facts/index.js';
import { readArticleDates } from '../src/facts/dates/narrative.js';
import { DATES } from '../src/facts/dates/tunables.js';
import { groupSentences } from '../src/group/index.js';
import { buildStory, type Story } from '../src/pipeline.js';
import { readInputs } from '../src/read/index.js';
import type { Article } from '../src/types.js';
import { article, split } from './helpers/story.js';

/** A story from articles given as [id, text, publication date or null], split by the plain test splitter. */
function story(...specs: [string, string, string | null][]): Story {
  const articles: Article[] = specs.map(([id, text, published]) => ({ ...article(id, text, `Outlet ${id}`), published, publishedBasis: published ? 'test' : null }));
  const sentences = articles.flatMap(split);
  return { articles, cleaned: [], sentences, groups: groupSentences(sentences, articles), warnings: [] };
}

const timeline = (s: Story) => buildFacts(s).timeline;
const itemAbout = (items: TimelineItem[], pattern: RegExp) => items.filter((t) => pattern.test(t.text));

// 2024-03-14 is a Thursday.
const THURSDAY = '2024-03-14';

test('a dateless simple-past event takes the date the story is at, one step less sure', () => {
  const items = timeline(story(['a', 'Government troops captured the town of Varna on Tuesday.\nThe air force dropped leaflets over the hills of Kesta.\n', THURSDAY]));
  const [leaflets] = itemAbout(items, /leaflets/);
  assert.ok(leaflets, `no leaflets item in ${JSON.stringify(items.map((t) => t.text))}`);
  assert.equal(leaflets.date, '2024-03-12');
  assert.equal(leaflets.certainty, 'inferred');
  assert.equal(leaflets.expression, '');
  assert.match(leaflets.basis, /no date in the sentence.*previous sentence.*2024-03-12.*on Tuesday/);
  const [varna] = itemAbout(items, /Varna/);
  assert.deepEqual([varna.date, varna.certainty], ['2024-03-12', 'stated']);
});

test('an event told by several outlets is one item with all their sources', () => {
  const items = timeline(story(
    ['a', 'Government troops captured the town of Varna on Tuesday.\nThe air force dropped leaflets over the hills of Kesta.\n', THURSDAY],
    ['b', 'Officials met reporters in the capital.\nThe air force has dropped leaflets over Kesta urging fighters to surrender.\n', null],
  ));
  const leaflets = itemAbout(items, /leaflets/);
  assert.equal(leaflets.length, 1, JSON.stringify(leaflets));
  assert.deepEqual(leaflets[0].sources, ['a', 'b']);
  assert.equal(leaflets[0].spans.length, 2);
  assert.deepEqual(leaflets[0].support, { outlets: 2, articles: 2 });
});

test('narrative time reaches back a few sentences, or within the paragraph, and not past a plan or into a perfect', () => {
  const filler = (n: number) => Array.from({ length: n }, () => 'Officials gave no figures.\n').join('');
  const near = timeline(story(['a', `Rebels seized Dorn on Monday.\n${filler(DATES.narrativeMaxSentencesBack - 1)}Soldiers captured Mira.\n`, THURSDAY]));
  assert.deepEqual(itemAbout(near, /Mira/).map((t) => [t.date, t.certainty]), [['2024-03-11', 'inferred']]);
  const far = timeline(story(['a', `Rebels seized Dorn on Monday.\n${filler(DATES.narrativeMaxSentencesBack)}Soldiers captured Mira.\n`, THURSDAY]));
  assert.deepEqual(itemAbout(far, /Mira/), []);
  const paragraph = timeline(story(['a', `Rebels seized Dorn on Monday. ${filler(DATES.narrativeMaxSentencesBack + 1).replace(/\n/g, ' ')}Soldiers captured Mira.\n`, THURSDAY]));
  assert.equal(itemAbout(paragraph, /Mira/)[0]?.date, '2024-03-11');
  const plan = timeline(story(['a', 'Rebels seized Dorn on Monday.\nLeaders will meet on Friday.\nSoldiers captured Mira.\n', THURSDAY]));
  assert.deepEqual(itemAbout(plan, /Mira/), []);
  const perfect = timeline(story(['a', 'Rebels seized Dorn on Monday.\nSoldiers have captured Mira.\n', THURSDAY]));
  assert.deepEqual(itemAbout(perfect, /Mira/), []);
});

test('no narrative time for background: a month before, an earlier happening, an aside, or with no date before', () => {
  const none = (text: string) => assert.deepEqual(itemAbout(timeline(story(['a', text, THURSDAY])), /Mira/), [], text);
  none('Rebels seized Dorn in June.\nSoldiers captured Mira.\n');
  none('Rebels seized Dorn on Monday.\nSoldiers had earlier captured Mira.\n');
  none('Rebels seized Dorn on Monday.\n(Soldiers captured Mira.)\n');
  // A dateless lead is not dated by the publication day either.
  none('Soldiers captured Mira.\nRebels seized Dorn on Monday.\n');
});

test('"that same day" counts from the date of the sentence before', () => {
  const anchor = { date: THURSDAY, certainty: 'stated' as const, basis: 'test' };
  const read = readArticleDates([{ text: 'Rebels seized Dorn on Monday.', paragraph: 0 }, { text: 'That same day, police repelled an attack.', paragraph: 1 }], anchor);
  assert.deepEqual(read[1].map((m) => [m.expression, m.date]), [['That same day', '2024-03-11']]);
  assert.deepEqual(readArticleDates([{ text: 'That same day, police repelled an attack.', paragraph: 0 }], anchor)[0].map((m) => m.date), ['']);
});

test('an undated article is pinned by an event a dated article dates, and never stated', () => {
  const s = story(
    ['a', 'Government forces launched an offensive on Monday against Varna.\n', THURSDAY],
    ['b', 'Government forces on Wednesday entered Varna.\nGovernment forces launched the offensive on Monday.\n', null],
    ['c', 'Troops on Friday entered Kesta.\n', null],
  );
  const items = timeline(s);
  const launch = itemAbout(items, /launched/);
  assert.equal(launch.length, 1, JSON.stringify(launch));
  assert.deepEqual([launch[0].date, launch[0].certainty, launch[0].sources], ['2024-03-11', 'stated', ['a', 'b']]);
  // b tells the launch of Monday 2024-03-11 as "on Monday": it is from 2024-03-14 to 2024-03-17, when "Wednesday" is 2024-03-13.
  const [entry] = itemAbout(items, /Wednesday/);
  assert.deepEqual([entry.date, entry.certainty], ['2024-03-13', 'inferred']);
  assert.match(entry.basis, /undated.*a dates 2024-03-11/);
  // c shares nothing with a dated article: its Friday is a guess after the cluster's latest date.
  const [friday] = itemAbout(items, /Friday/);
  assert.equal(friday.certainty, 'uncertain');
  for (const t of items) if (t.sources.every((id) => id !== 'a')) assert.notEqual(t.certainty, 'stated', `${t.text}: ${t.basis}`);
  // Events carry the date the timeline gave them.
  const events = buildFacts(s).events;
  assert.equal(events.find((e) => e.action === 'launch-offensive')?.date, '2024-03-11');
});

test('an undated article that shares no happening: its past weekdays come after the latest happening the story dates', () => {
  const s = story(
    ['a', 'Government forces launched an offensive on Thursday against Varna.\n', THURSDAY],
    ['b', 'Government forces launched the offensive on Thursday.\nGovernment forces on Tuesday battled to the edge of Varna.\n', null],
    ['c', 'Troops on Friday entered Kesta.\nThe minister praised the troops.\n', null],
  );
  const items = timeline(s);
  const [tuesday] = itemAbout(items, /Tuesday/);
  assert.equal(tuesday.date, '2024-03-19');
  // Friday after Tuesday 2024-03-19, not the Friday after the cluster's latest publication date (2024-03-15).
  const [friday] = itemAbout(items, /Friday/);
  assert.deepEqual([friday.date, friday.certainty], ['2024-03-22', 'inferred'], friday.basis);
  assert.match(friday.basis, /latest happening/);
  // Without a later happening elsewhere the old reading stands: a guess after the latest publication date.
  const alone = timeline(story(['a', 'Government forces launched an offensive on Thursday against Varna.\n', THURSDAY], ['c', 'Troops on Friday entered Kesta.\n', null]));
  const [guess] = itemAbout(alone, /Friday/);
  assert.deepEqual([guess.date, guess.certainty], ['2024-03-15', 'uncertain']);
});

test('Al-Qaim: launch, Jabbab and leaflets on 2017-10-26; nothing from 2015; relative days of undated articles not stated', async (t) => {
  const r = await readInputs(['examples/al-qaim']);
  if (r.articles.length === 0) return t.skip('examples/al-qaim absent');
  const items = buildFacts(buildStory(r.articles, r.warnings)).timeline;
  const on = (date: string, pattern: RegExp) => items.filter((x) => x.date === date && pattern.test(x.text));
  const launch = on('2017-10-26', /launched (an|the) offensive/);
  assert.equal(launch.length, 1, JSON.stringify(items.map((x) => [x.date, x.text.slice(0, 60)])));
  assert.equal(launch[0].certainty, 'stated');
  assert.equal(on('2017-10-26', /Jabbab/).length, 1);
  const leaflets = on('2017-10-26', /leaflets|pamphlets/);
  assert.equal(leaflets.length, 1);
  for (const id of ['000', '001', '004']) assert.ok(leaflets[0].sources.includes(id), `leaflets from ${id}: ${leaflets[0].sources}`);
  assert.deepEqual(items.filter((x) => x.date.startsWith('2015')), []);
  // 003's teaser is removed: none of its dates is on the timeline.
  assert.ok(!items.some((x) => /read more|Oct 26, 2017/.test(x.text)));
  const friday = items.filter((x) => /on Friday entered/.test(x.text));
  assert.equal(friday.length, 1);
  // The worked example: 002 is undated and shares no dated happening; its Friday comes after Tuesday's fighting.
  assert.deepEqual([friday[0].date, friday[0].certainty], ['2017-11-03', 'inferred'], friday[0].basis);
  const tuesday = items.filter((x) => /on Tuesday battled/.test(x.text));
  assert.deepEqual(tuesday.map((x) => x.date), ['2017-10-31']);
  assert.notEqual(tuesday[0].certainty, 'stated');
  assert.match(tuesday[0].basis, /undated/);
  // One item per sentence and date.
  const seen = new Set<string>();
  for (const x of items) for (const sp of x.spans) {
    const key = `${sp.article}:${sp.start}|${x.date}|${x.precision}`;
    assert.ok(!seen.has(key), `two items for ${key}`);
    seen.add(key);
  }
});
