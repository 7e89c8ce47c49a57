import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterEngine } from '../src/cluster/clusterer.js';
import { clusterStream } from '../src/cluster/stream.js';
import { baselineStream } from '../src/cluster/baseline.js';
import { runCluster } from '../src/cluster/run.js';
import { openStore } from '../src/store/store.js';
import { inClusterTransaction, type ClusterStore } from '../src/store/cluster.js';
import { articleFeatures, isTitleCase, TermCache, withoutFurniture } from '../src/cluster/features.js';
import { defaultBackground, EMPTY_BACKGROUND, type Background } from '../src/cluster/background.js';
import { DEFAULT_SETTINGS } from '../src/cluster/settings.js';
import { renderStoryTable } from '../src/cluster/table.js';
import { timeOrder } from '../src/cluster/order.js';
import type { StreamArticle } from '../src/cluster/features.js';
import { readInputs } from '../src/read/index.js';
import { runCli } from './helpers/io.js';
import { mulberry32 as rng } from '../scripts/random.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'zen', 'tor', 'vel', 'an', 'dru', 'sso', 'ne', 'bi', 'qua', 'pel', 'gri', 'ost'];
const COMMON = ['officials', 'said', 'report', 'people', 'city', 'government', 'week', 'statement', 'police', 'local', 'according', 'yesterday'];

function word(r: () => number, n = 3): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** `stories` synthetic stories of `perStory` articles each: every story has its own names and words. */
function syntheticStream(stories: number, perStory: number, seed = 7): { articles: StreamArticle[]; gold: string[] } {
  const r = rng(seed);
  const articles: StreamArticle[] = [];
  const gold: string[] = [];
  const day0 = Date.UTC(2020, 0, 1) / 86_400_000;
  for (let s = 0; s < stories; s++) {
    const names = [`${cap(word(r))} ${cap(word(r))}`, cap(word(r, 4)), `${cap(word(r))} ${cap(word(r))}`];
    const words = Array.from({ length: 12 }, () => word(r));
    const start = day0 + Math.floor(r() * 300);
    for (let k = 0; k < perStory; k++) {
      const sentences: string[] = [];
      for (let j = 0; j < 6; j++) {
        const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
        sentences.push(`${cap(pick(COMMON))} ${pick(words)} ${pick(COMMON)} ${names[j % names.length]} ${pick(words)} ${pick(words)} ${pick(COMMON)} ${pick(words)}.`);
      }
      const day = start + Math.floor(r() * 3);
      articles.push({ id: `a${s}-${k}`, title: `${names[0]} ${words[0]} ${words[1]}`, text: sentences.join(' '), outlet: `Outlet ${k % 4}`, published: new Date(day * 86_400_000).toISOString().slice(0, 10) });
      gold.push(`g${s}`);
    }
  }
  return { articles, gold };
}

/** Whether two labelings are the same partition (labels may differ). */
function samePartition(a: readonly string[], b: readonly string[]): boolean {
  const ab = new Map<string, string>();
  const ba = new Map<string, string>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]) ?? b[i]) !== b[i] || (ba.get(b[i]) ?? a[i]) !== a[i]) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return true;
}

test('features: capitalised multi-word names, their last word, and no sentence-initial common word', () => {
  const f = articleFeatures({ id: 'x', title: null, text: 'Officials said Maria Lopez arrived in Port Vela on Monday. Later, Lopez spoke to officials in Port Vela.', outlet: null, published: null }, DEFAULT_SETTINGS);
  assert.ok(f.names.has('maria lopez'));
  assert.ok(f.names.has('port vela'));
  assert.ok(f.names.has('lopez'));
  assert.ok(!f.names.has('officials'), 'a capitalised first word that the article writes in lower case elsewhere is not a name');
});

test("features: a possessive 's is not part of a word or a name; an inner apostrophe is, in any script", () => {
  const text = "Anna Brandt spoke on Monday. Then Brandt's team and Brandt’s crew met O'Brien's pilots and O'Brien.";
  // The same passage with a word whose lowercase is longer than itself ('İ'), which lowercases word by word.
  for (const t of [text, `${text} İzmir mourned.`]) {
    const f = articleFeatures({ id: 'x', title: null, text: t, outlet: null, published: null }, DEFAULT_SETTINGS);
    const once = articleFeatures({ id: 'y', title: null, text: 'Anna Brandt spoke on Monday.', outlet: null, published: null }, DEFAULT_SETTINGS);
    assert.equal(f.terms.get('brandt'), 3 * once.terms.get('brandt')!, "Brandt, Brandt's and Brandt’s count on one term");
    assert.ok(![...f.terms.keys(), ...f.names.keys()].some((k) => /['’]s$/.test(k)), 'no key keeps the possessive');
    assert.ok(f.names.has("o'brien") && f.names.has('brandt'));
  }
});

test('features: the event day comes from the publication date, else from a date written in the lead', () => {
  const dated = articleFeatures({ id: 'x', title: null, text: 'Published on: Fri, 11 Nov 2011. Pirates were caught.', outlet: null, published: null }, DEFAULT_SETTINGS);
  assert.equal(dated.day, Date.UTC(2011, 10, 11) / 86_400_000);
  const pub = articleFeatures({ id: 'x', title: null, text: 'Published on: Fri, 11 Nov 2011.', outlet: null, published: '2012-01-02' }, DEFAULT_SETTINGS);
  assert.equal(pub.day, Date.UTC(2012, 0, 2) / 86_400_000);
});

test('wire copies from several outlets are one story; an unrelated article opens another', () => {
  const text = 'Rescue teams pulled 14 survivors from the collapsed Marlow Tower in Kestrel Bay on Tuesday, said fire chief Anna Brandt. The tower, built in 1978, fell after heavy rain.';
  const copies: StreamArticle[] = ['AP', 'Reuters Wire', 'Daily Post', 'The Herald'].map((o, i) => ({ id: `c${i}`, title: 'Survivors pulled from collapsed Marlow Tower', text, outlet: o, published: '2021-05-04' }));
  const other: StreamArticle = { id: 'o', title: 'Central bank holds interest rates', text: 'The Reserve Council kept its main rate at 2 percent on Tuesday, citing slowing inflation, governor Paul Ostrander said.', outlet: 'AP', published: '2021-05-04' };
  const r = clusterStream([...copies, other]);
  assert.equal(new Set(r.stories.slice(0, 4)).size, 1);
  assert.notEqual(r.stories[4], r.stories[0]);
  const story = r.summaries.find((s) => s.id === r.stories[0]);
  assert.equal(story?.size, 4);
  assert.deepEqual(story?.outlets, ['AP', 'Reuters Wire', 'Daily Post', 'The Herald']);
});

test('articles that name no outlet are listed by their address\'s site, one site once', () => {
  const text = 'Rescue teams pulled 14 survivors from the collapsed Marlow Tower in Kestrel Bay on Tuesday, said fire chief Anna Brandt. The tower, built in 1978, fell after heavy rain.';
  const urls = ['https://www.kestrel-herald.com/a', 'https://m.kestrel-herald.com/b', 'https://bay-news.org.uk/c', 'not an address'];
  const r = clusterStream(urls.map((url, i) => ({ id: `u${i}`, title: 'Survivors pulled from collapsed Marlow Tower', text, outlet: null, published: '2021-05-04', url })));
  assert.equal(new Set(r.stories).size, 1);
  assert.deepEqual(r.summaries[0].outlets, ['kestrel-herald.com', 'bay-news.org.uk']);
});

test('a synthetic stream of distinct stories is recovered, and time order is independent of input order', () => {
  const { articles, gold } = syntheticStream(40, 6);
  const r = clusterStream(articles);
  assert.ok(samePartition(r.stories, gold), `expected the 40 gold stories, found ${new Set(r.stories).size}`);
  const reversed = [...articles].reverse();
  const rr = clusterStream(reversed);
  assert.ok(samePartition([...rr.stories].reverse(), gold));
});

test('the single-pass baseline runs on the same stream and finds stories', () => {
  const { articles, gold } = syntheticStream(10, 5);
  const b = baselineStream(articles, { threshold: 0.2, windowDays: 14 });
  assert.equal(b.length, articles.length);
  assert.ok(samePartition(b, gold));
});

test('an engine restored from its snapshot continues exactly as the one that never stopped', () => {
  const { articles } = syntheticStream(30, 5, 11);
  const order = timeOrder(articles).map((i) => articles[i]);
  const whole = new ClusterEngine();
  const one = order.map((a) => whole.add(a).story);
  const first = new ClusterEngine();
  const half = Math.floor(order.length / 2);
  const a = order.slice(0, half).map((x) => first.add(x).story);
  const restored = ClusterEngine.restore(JSON.parse(JSON.stringify(first.snapshot())));
  const b = order.slice(half).map((x) => restored.add(x).story);
  assert.deepEqual([...a, ...b], one);
  assert.deepEqual(restored.snapshot(), whole.snapshot());
});

test('--db: a stream in two halves over two runs gives the same stories as one run; articles are not clustered twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cluster-'));
  /** One run on the store in `file`, opened for it and closed after, as `chorus cluster --db` does. */
  const onStore = async <T>(file: string, fn: (s: ClusterStore) => Promise<T>): Promise<T> => {
    const store = await openStore(join(dir, file));
    try {
      return await inClusterTransaction(store.db, fn);
    } finally {
      await store.close();
    }
  };
  try {
    const { articles } = syntheticStream(30, 5, 5);
    const order = timeOrder(articles).map((i) => articles[i]);
    const half = Math.floor(order.length / 2);
    const one = (await onStore('one.db', (store) => runCluster(order, { store }))).stories;
    await onStore('two.db', (store) => runCluster(order.slice(0, half), { store }));
    const second = await onStore('two.db', (store) => runCluster(order.slice(half), { store }));
    assert.equal(second.known, 0);
    const all = await onStore('two.db', (store) => store.memberships());
    const replay = await onStore('two.db', (store) => runCluster(order.slice(0, 3), { store }));
    assert.equal(replay.known, 3, 'articles already stored keep their story');
    assert.deepEqual(order.map((a) => all.get(a.id)), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stories idle past the window leave the in-memory index', () => {
  const { articles } = syntheticStream(60, 3, 3);
  const e = new ClusterEngine({ idleDays: 5 });
  let evicted = 0;
  e.onEvict = () => evicted++;
  const order = timeOrder(articles).map((i) => articles[i]);
  // Sweeps run every 1,000 articles: feed the stream until one has run.
  for (let k = 0; k < 6; k++) for (const a of order) e.add({ ...a, id: `${a.id}#${k}`, published: a.published!.replace(/^2020/, String(2020 + k)) });
  assert.ok(evicted > 0);
  assert.ok(e.active.size < 60 * 6, `active stories ${e.active.size}`);
});

test('the document frequencies stay bounded: past the bound, keys seen once are dropped at a sweep', () => {
  // Singleton stories: most of their words occur in one article only.
  const { articles } = syntheticStream(1000, 1, 13);
  const e = new ClusterEngine({ maxVocabulary: 500 });
  for (const a of timeOrder(articles).map((i) => articles[i])) e.add(a);
  // One sweep ran (at 1,000 articles) and dropped the keys seen once.
  const unbounded = new ClusterEngine();
  for (const a of timeOrder(articles).map((i) => articles[i])) unbounded.add(a);
  assert.ok(e.vocabulary < unbounded.vocabulary, `${e.vocabulary} vs ${unbounded.vocabulary}`);
});

test('a key the bounded document frequencies forgot is counted afresh when it comes back (as after a restore)', () => {
  // Sweeps at 1,000 articles drop the keys seen once; words recur across stories, so forgotten keys come back.
  const { articles } = syntheticStream(700, 2, 17);
  const order = timeOrder(articles).map((i) => articles[i]);
  const settings = { maxVocabulary: 500 };
  const whole = new ClusterEngine(settings);
  const one = order.map((a) => whole.add(a).story);
  const first = new ClusterEngine(settings);
  const cut = 1200;
  const a = order.slice(0, cut).map((x) => first.add(x).story);
  // A restored engine knows no forgotten key: its counts are what the one that never stopped must also have.
  const restored = ClusterEngine.restore(JSON.parse(JSON.stringify(first.snapshot())), settings);
  const b = order.slice(cut).map((x) => restored.add(x).story);
  assert.deepEqual([...a, ...b], one);
  assert.deepEqual(restored.snapshot(), whole.snapshot());
});

test('features do not depend on the term cache: one shared (grown, or starting over at a small bound) or a fresh one per article', () => {
  const { articles } = syntheticStream(200, 2, 19);
  const shared = new TermCache();
  const tiny = new TermCache(undefined, 8);
  for (const a of articles) {
    const fresh = articleFeatures(a, DEFAULT_SETTINGS);
    assert.deepEqual(articleFeatures(a, DEFAULT_SETTINGS, shared), fresh);
    assert.deepEqual(articleFeatures(a, DEFAULT_SETTINGS, tiny), fresh);
  }
});

test('page furniture goes line by line: the other lines keep their breaks, blank lines and indentation; CRLF lines are judged trimmed', () => {
  const story = ['The river rose two metres overnight.', '', '  Crews reached families on roofs.', 'More rain is expected.'];
  assert.equal(withoutFurniture(story.join('\n')), story.join('\n'));
  assert.equal(withoutFurniture(story.join('\r\n')), story.join('\r\n'));
  const withByline = [story[0], 'By Jane Doe\r', ...story.slice(1)].join('\n');
  assert.equal(withoutFurniture(withByline), story.join('\n'));
  // A related-links heading takes the short link titles after it; the story's next sentence stays.
  const withBlock = [story[0], 'Related Links', 'Dam upgrade delayed again', 'Bridge closed', ...story.slice(1)].join('\n');
  assert.equal(withoutFurniture(withBlock), story.join('\n'));
});

test('reader: a JSON headline without text is read only when asked for (cluster)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cluster-read-'));
  try {
    const f = join(dir, 'h.jsonl');
    writeFileSync(f, `${JSON.stringify({ id: 'h1', title: 'Quake hits coastal town', text: '', date: '2020-01-02' })}\n${JSON.stringify({ id: 'h2', title: '', text: '' })}\n`);
    const strict = await readInputs([f]);
    assert.equal(strict.articles.length, 0);
    const loose = await readInputs([f], { allowTitleOnly: true });
    assert.deepEqual(loose.articles.map((a) => [a.id, a.title, a.text]), [['h1', 'Quake hits coastal town', '']]);
    assert.equal(loose.skipped, 1, 'no title and no text is still skipped');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('table: control characters and bidi overrides from the input never reach the terminal', () => {
  const out = renderStoryTable([{ id: 's1', size: 2, headline: 'Evil \u001b[31mred\u001b[0m \u202eheadline\r\nnext', outlets: ['Out\u0007let'], first: '2020-01-01', last: '2020-01-02' }]);
  assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  assert.match(out, /Evil \[31mred \[0m headline next/);
});

test('chorus cluster --json: one line per article in input order; the table lists stories', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cluster-cli-'));
  try {
    const { articles } = syntheticStream(3, 3, 9);
    const shuffled = [articles[4], articles[0], articles[8], articles[2], articles[6], articles[1], articles[3], articles[5], articles[7]];
    const f = join(dir, 's.jsonl');
    writeFileSync(f, shuffled.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, date: a.published, source: a.outlet })).join('\n'));
    const r = await runCli(['cluster', f, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
    assert.deepEqual(lines.map((l) => l.id), shuffled.map((a) => a.id));
    assert.equal(new Set(lines.map((l) => l.story)).size, 3);
    const t = await runCli(['cluster', f]);
    assert.equal(t.code, 0);
    assert.match(t.stdout, /^story\s+size\s+first\s+last\s+outlets\s+headline/);
    assert.equal(t.stdout.trim().split('\n').length, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dev streams: fit and held-out parts share no story; headlines span two days with empty text; the long tail one week', async (t) => {
  const { makeDevStreams, sharedRoot } = await import('../scripts/make-dev-streams.js');
  const { existsSync, readFileSync } = await import('node:fs');
  if (!existsSync(join(sharedRoot(), 'data', 'duc2003', 'docs'))) return t.skip('shared data not present');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-devstreams-'));
  try {
    const streams = await makeDevStreams(dir);
    const read = (name: string) => readFileSync(streams.find((s) => s.name === name)!.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string; text: string; date: string; story: string });
    for (const kind of ['mix', 'headlines', 'longtail', 'ecbplus']) {
      const fit = new Set(read(`${kind}-fit`).map((l) => l.story));
      const held = read(`${kind}-test`);
      assert.ok(held.length > 100 && fit.size > 20, kind);
      assert.equal(held.filter((l) => fit.has(l.story)).length, 0, `${kind}: a story in both parts`);
      assert.equal(new Set(held.map((l) => l.id)).size, held.length, `${kind}: an id twice`);
    }
    const h = read('headlines-test');
    assert.ok(h.every((l) => l.text === '' && l.title.length > 0));
    assert.equal(new Set(h.map((l) => l.date)).size, 2);
    // Shuffled within a day: a story's articles do not come together.
    const runs = h.filter((l, i) => i > 0 && h[i - 1].story === l.story).length;
    assert.ok(runs < h.length / 5, `${runs} adjacent same-story pairs`);
    const lt = read('longtail-test');
    assert.ok(new Set(lt.map((l) => l.date)).size <= 7);
    const sizes = new Map<string, number>();
    for (const l of lt) sizes.set(l.story, (sizes.get(l.story) ?? 0) + 1);
    const small = [...sizes.values()].filter((n) => n <= 2).length;
    assert.ok(small / sizes.size > 0.6, `${small} of ${sizes.size} stories have one or two articles`);
    // Same bytes on a second run.
    const again = await makeDevStreams(join(dir, 'again'));
    for (const s of streams) assert.equal(readFileSync(again.find((x) => x.name === s.name)!.file, 'utf8'), readFileSync(s.file, 'utf8'), s.name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('page furniture shared by unrelated crawled pages does not make them one story; the story text still does', async () => {
  const { withoutFurniture } = await import('../src/cluster/features.js');
  // A crawler copies the same widget notice and archive notice into every page (the cleaner's line rules know them).
  const chrome = 'Tweet with a location\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications.\nThese crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.';
  const pages: StreamArticle[] = [
    { id: 'p1', title: null, text: `${chrome}\nA ferry carrying 80 passengers ran aground near Ostrava Point on Sunday, the coast guard said.`, outlet: null, published: '2021-03-01' },
    { id: 'p2', title: null, text: `${chrome}\nThe city council of Brennwick approved a new budget for its libraries after a long debate.`, outlet: null, published: '2021-03-01' },
    { id: 'p3', title: null, text: `${chrome}\nCoast guard crews freed the ferry that ran aground near Ostrava Point; all 80 passengers are safe.`, outlet: null, published: '2021-03-02' },
  ];
  assert.doesNotMatch(withoutFurniture(pages[0].text), /Tweet|crawls/);
  assert.match(withoutFurniture(pages[0].text), /ferry carrying 80 passengers/);
  // A text of one line is judged as one line of a longer text is.
  assert.equal(withoutFurniture('https://news.example.org/2021/03/01/ferry-aground.html'), '');
  assert.equal(withoutFurniture(pages[0].text.split('\n')[3]), pages[0].text.split('\n')[3]);
  const r = clusterStream(pages).stories;
  assert.notEqual(r[0], r[1]);
  assert.notEqual(r[1], r[2]);
  assert.equal(r[0], r[2]);
});

test('a short article (a headline) needs a higher score than a full one to join a story', () => {
  const r = rng(21);
  const words = Array.from({ length: 120 }, () => word(r, 3));
  const day = '2022-02-01';
  // Two headlines sharing two of their words; two full articles sharing fifty of their sixty words.
  const h1: StreamArticle = { id: 'h1', title: `${words[0]} ${words[1]} ${words[2]} ${words[3]} ${words[4]}`, text: '', outlet: null, published: day };
  const h2: StreamArticle = { id: 'h2', title: `${words[0]} ${words[1]} ${words[5]} ${words[6]} ${words[7]}`, text: '', outlet: null, published: day };
  const f1: StreamArticle = { id: 'f1', title: null, text: `${words.slice(10, 70).join(' ')}.`, outlet: null, published: day };
  const f2: StreamArticle = { id: 'f2', title: null, text: `${[...words.slice(10, 60), ...words.slice(70, 80)].join(' ')}.`, outlet: null, published: day };
  const joins = (ratio: number, a: StreamArticle, b: StreamArticle) => {
    // Stream counts only (no background table): the synthetic words are the same to it, and the figures above
    // are about the short-article factor.
    const e = new ClusterEngine({ shortRatio: ratio, shortMinShared: 1 }, EMPTY_BACKGROUND);
    return e.add(a).story === e.add(b).story;
  };
  assert.equal(joins(1, h1, h2), true, 'two shared words join two headlines with no short-article factor');
  assert.equal(joins(3, h1, h2), false, 'a large factor keeps them apart');
  // Full articles (as many keys as termsPerArticle) are not affected by the factor.
  assert.equal(joins(1, f1, f2), joins(3, f1, f2));
  assert.equal(joins(3, f1, f2), true);
});

test('background document frequencies: in a cold stream, words common in news count less than the story\'s own', () => {
  // Two articles that share a long run of everyday news words and differ in what the story is about.
  const common = 'Officials said on Monday that the government would announce a new plan next week, people familiar with the matter told reporters in the city.';
  const a1: StreamArticle = { id: '1', title: null, text: `${common} The plan concerns the harbour of Port Vela.`, outlet: null, published: '2020-01-01' };
  const a2: StreamArticle = { id: '2', title: null, text: `${common} The plan concerns the railway of Ostrava.`, outlet: null, published: '2020-01-01' };
  const scoreWith = (bg: Background | undefined) => {
    const e = new ClusterEngine({ baseThreshold: 0 }, bg);
    e.add(a1);
    return e.add(a2).score;
  };
  const bg = defaultBackground();
  assert.ok(bg.docs > 100 && bg.df.size > 1000, 'the shipped table is loaded');
  assert.ok((bg.df.get('year') ?? 0) > bg.docs / 3, '"year" is in many news articles');
  const cold = scoreWith(EMPTY_BACKGROUND);
  const warm = scoreWith(undefined);
  assert.ok(warm < cold - 0.1, `shared everyday words score less with the background (${warm.toFixed(3)} vs ${cold.toFixed(3)})`);
});

test('a title-case headline gives terms, not one long name; a sentence-case one keeps its names', () => {
  assert.ok(isTitleCase('Texas Prison Escapee Added to Most Wanted List'));
  assert.ok(!isTitleCase('Greek police charged over death of Athens schoolboy'));
  const tc = articleFeatures({ id: 'x', title: 'Texas Prison Escapee Added to Most Wanted List', text: '', outlet: null, published: null }, DEFAULT_SETTINGS);
  assert.equal(tc.names.size, 0);
  assert.ok(tc.terms.size >= 5);
  const sc = articleFeatures({ id: 'y', title: 'Police in Kestrel Bay charge Anna Brandt over fire', text: '', outlet: null, published: null }, DEFAULT_SETTINGS);
  assert.ok(sc.names.has('kestrel bay') && sc.names.has('anna brandt'));
});

test('a headline is scored only against stories sharing enough of its heaviest keys (shortMinShared); a full article is not held to it', () => {
  const r = rng(33);
  const words = Array.from({ length: 120 }, () => word(r, 3));
  const day = '2022-02-01';
  const headline = (id: string, ws: string[]): StreamArticle => ({ id, title: ws.join(' '), text: '', outlet: null, published: day });
  const h1 = headline('h1', words.slice(0, 5));
  const twoShared = headline('h2', [words[0], words[1], words[5], words[6], words[7]]);
  const threeShared = headline('h3', [words[0], words[1], words[2], words[8], words[9]]);
  const f1: StreamArticle = { id: 'f1', title: null, text: `${words.slice(10, 70).join(' ')}.`, outlet: null, published: day };
  const f2: StreamArticle = { id: 'f2', title: null, text: `${[...words.slice(10, 60), ...words.slice(70, 80)].join(' ')}.`, outlet: null, published: day };
  const joins = (minShared: number, a: StreamArticle, b: StreamArticle) => {
    const e = new ClusterEngine({ shortRatio: 1, shortMinShared: minShared }, EMPTY_BACKGROUND);
    return e.add(a).story === e.add(b).story;
  };
  assert.equal(joins(1, h1, twoShared), true, 'two shared words are enough without the rule');
  assert.equal(joins(3, h1, twoShared), false, 'two shared words are not enough at three');
  assert.equal(joins(3, h1, threeShared), true, 'three shared words are');
  assert.equal(joins(3, f1, f2), true, 'full articles are not held to it');
});

test('an article no story takes by its score joins a close story that shares its names (namedRatio), and not without the names', () => {
  const r = rng(41);
  const words = Array.from({ length: 200 }, () => word(r, 3));
  const names = [`${cap(word(r))} ${cap(word(r))}`, `${cap(word(r, 4))}`, `${cap(word(r))} ${cap(word(r))}`];
  const day = '2022-03-01';
  // Two articles about the same people in different words: a third of their words shared, all their names.
  const text = (ws: string[], ns: string[]) => ws.map((w, i) => (i % 10 === 0 && ns.length ? `${w} ${ns[(i / 10) % ns.length]}` : w)).join(' ') + '.';
  const a1: StreamArticle = { id: 'a1', title: null, text: text(words.slice(0, 60), names), outlet: null, published: day };
  const a2: StreamArticle = { id: 'a2', title: null, text: text([...words.slice(0, 20), ...words.slice(100, 140)], names), outlet: null, published: day };
  // The same second article without the names.
  const a2bare: StreamArticle = { ...a2, id: 'a2bare', text: text([...words.slice(0, 20), ...words.slice(100, 140)], []) };
  const base = { shortRatio: 1, backgroundDocs: 0 };
  const scoreOf = (b: StreamArticle) => {
    const e = new ClusterEngine({ ...base, baseThreshold: 0 }, EMPTY_BACKGROUND);
    e.add(a1);
    return e.add(b).score;
  };
  const s = scoreOf(a2);
  assert.ok(s > 0, 'the two articles are alike');
  // A threshold the score reaches 80% of: the score alone does not join them.
  const settings = { ...base, baseThreshold: s / 0.8 };
  const joins = (namedRatio: number, b: StreamArticle, threshold = settings.baseThreshold) => {
    const e = new ClusterEngine({ ...settings, baseThreshold: threshold, namedRatio }, EMPTY_BACKGROUND);
    return e.add(a1).story === e.add(b).story;
  };
  assert.equal(joins(1, a2), false, 'below the threshold, the rule off: apart');
  assert.equal(joins(0.7, a2), true, 'the shared names take it in at 80% of the threshold');
  assert.equal(joins(0.9, a2), false, 'not when the rule asks for 90%');
  assert.equal(joins(0.7, a2bare, scoreOf(a2bare) / 0.8), false, 'the same closeness without shared names: apart');
});

test('a wire desk\'s flags before a headline ("UPDATE 2-", "RPT-", "BREAKING:") give it no terms: it reads as the bare headline', () => {
  const bare = articleFeatures({ id: 'a', title: 'Strong quake shakes coastal towns', text: '', outlet: null, published: '2023-03-02' }, DEFAULT_SETTINGS);
  for (const flagged of ['UPDATE 2-Strong quake shakes coastal towns', 'RPT-UPDATE 2-Strong quake shakes coastal towns', 'BREAKING: Strong quake shakes coastal towns']) {
    const f = articleFeatures({ id: 'b', title: flagged, text: '', outlet: null, published: '2023-03-02' }, DEFAULT_SETTINGS);
    assert.deepEqual([...f.terms], [...bare.terms], flagged);
    assert.equal(f.headline, bare.headline);
  }
});

test('a site name after the headline is the outlet\'s, not the story\'s: headlines of other stories do not join on it', () => {
  // Two stories told in headlines, each outlet adding its name after every title, as pages and feeds do.
  const quake = ['Strong quake shakes coastal towns', 'Quake toll rises as rescuers dig', 'Coastal quake survivors wait for aid', 'Aftershocks rattle quake towns'];
  const budget = ['Parliament passes budget after long vote', 'Budget vote ends weeks of talks', 'Lawmakers back budget deal', 'Budget deal passes in late vote'];
  const outlets = ['Marlowe Gazette', 'Kestrel Daily Courier'];
  // Each outlet writes both stories: q0 and b0 by the first, q1 and b1 by the second, and so on.
  const stream = (withOutlet: boolean): StreamArticle[] => quake.flatMap((q, i) => [q, budget[i]]).map((t, i) => {
    const outlet = outlets[Math.floor(i / 2) % 2];
    return { id: `h${i}`, title: `${t} - ${outlet}`, text: '', outlet: withOutlet ? outlet : null, published: '2023-03-01' };
  });
  for (const withOutlet of [true, false]) {
    const r = clusterStream(stream(withOutlet)).stories;
    // Without an outlet field each outlet's first title keeps the name (it has ended no other title yet).
    const quakes = new Set(r.filter((_, i) => i % 2 === 0));
    const budgets = new Set(r.filter((_, i) => i % 2 === 1));
    for (const q of quakes) assert.ok(!budgets.has(q), `a quake headline and a budget headline share a story (outlet field ${withOutlet})`);
  }
});

test('site names: the outlet\'s own name, or a trailing part that ends two titles with other heads, is cut; a reprint, a clause or a lowercase end is not; desk flags go', async () => {
  const { SiteNames } = await import('../src/cluster/site-names.js');
  const s = new SiteNames();
  assert.equal(s.strip('Storm hits coast | The Harbour Post', 'Harbour Post'), 'Storm hits coast', 'the outlet\'s name, "The" aside');
  assert.equal(s.strip('Storm hits coast - Wirenews', null), 'Storm hits coast - Wirenews', 'seen once: kept');
  assert.equal(s.strip('Storm hits coast - Wirenews', null), 'Storm hits coast - Wirenews', 'the same title again (a reprint): kept');
  assert.equal(s.strip('Ferry service resumes - Wirenews', null), 'Ferry service resumes', 'a second head: a name');
  assert.equal(s.strip('Mayor quits - Hit, Run', null), 'Mayor quits - Hit, Run');
  assert.equal(s.strip('Talks fail - Hit, Run', null), 'Talks fail - Hit, Run', 'clause punctuation: no name');
  assert.equal(s.strip('Prices rise - again', null), 'Prices rise - again');
  assert.equal(s.strip('Rates fall - again', null), 'Rates fall - again', 'lowercase: no name');
  assert.equal(s.strip('Twelve-year-old wins prize', null), 'Twelve-year-old wins prize', 'a hyphen inside a word is no separator');
  // The desk's flags before a headline go, however many and in any case; a headline that is only a flag stays.
  assert.equal(s.strip('RPT-UPDATE 2-Storm hits coast', null), 'Storm hits coast');
  assert.equal(s.strip('Breaking News: Bridge reopens', null), 'Bridge reopens');
  assert.equal(s.strip('Update on the storm damage', null), 'Update on the storm damage', 'no flag without its dash or colon');
  assert.equal(s.strip('WATCH:', null), 'WATCH:');
  // The counts continue across a snapshot.
  const t = SiteNames.from(s.entries());
  assert.equal(t.strip('Bridge reopens - Wirenews', null), 'Bridge reopens');
});

test('an outlet\'s own name in its pages is furniture: two stories told by the same outlets do not join on it', async () => {
  const outlets = ['Marlowe Gazette', 'Kestrel Daily Courier'];
  const bodies = [
    'Crews rebuilt the collapsed Fenwick footbridge over the weekend, engineers said, and it reopened to walkers.',
    'The Fenwick footbridge reopened after engineers finished repairs to the collapsed span.',
    'Voters in Ashby approved the school levy by a wide margin in a special election.',
    'The Ashby school levy passed easily, election officials said after the count.',
  ];
  // Each outlet tells both stories, and its pages carry its name in two lines of furniture.
  const stream: StreamArticle[] = bodies.map((b, i) => {
    const o = outlets[Math.floor(i / 2) === 0 ? i % 2 : (i + 1) % 2];
    return { id: `a${i}`, title: null, text: `Follow the ${o} for more\n${b}\nSubscribe to the ${o} today`, outlet: o, published: '2022-09-01' };
  });
  const r = clusterStream(stream).stories;
  assert.equal(r[0], r[1], 'the footbridge story');
  assert.equal(r[2], r[3], 'the levy story');
  assert.notEqual(r[0], r[2]);
  const { SiteNames } = await import('../src/cluster/site-names.js');
  assert.equal(new SiteNames().withoutOutlet('Follow the Marlowe  Gazette on X. marlowe gazette', 'Marlowe Gazette').replace(/\s+/g, ' ').trim(), 'Follow the on X.');
});

test('boilerplate lines: a short line near a page\'s edge that three other pages printed is dropped; a reprint\'s lines stay', async () => {
  const { BoilerplateLines } = await import('../src/cluster/boilerplate.js');
  const { withoutFurniture } = await import('../src/cluster/features.js');
  const b = new BoilerplateLines();
  const page = (body: string, year: number) => `Our weekday digest, straight to your inbox\n${body}\nAll content © ${year} Harbour Media Group`;
  const bodies = ['The ferry service resumed after the storm.', 'The council approved the new budget.', 'Police closed the bridge for repairs.', 'The school board met on Tuesday night.', 'Crews restored power to most homes.'];
  // From the fourth page on, the lines three other pages printed are furniture (the year read as any year).
  const out = bodies.map((body, i) => withoutFurniture(page(body, 2019 + i), b));
  assert.equal(out[2], page(bodies[2], 2021));
  assert.equal(out[3], bodies[3]);
  assert.equal(out[4], bodies[4]);
  // A wire copy printed again and again is one page (its long paragraph says so): its short lines are its own.
  const c = new BoilerplateLines();
  const wire = 'Officials said the bridge would reopen next week.\nThe long paragraph of the story goes on and on here, with the names, the places and the figures that a wire story carries.\nMore details will follow.';
  for (let i = 0; i < 5; i++) assert.equal(withoutFurniture(wire, c), wire);
  // A line in the middle of a long page is counted but, no edge line, never taken out.
  const ends = ['alpha', 'beta', 'gamma', 'delta', 'omega'];
  const long = (k: number) => ['Top line of the page', 'one', 'two', 'three', 'four', 'Sign up for alerts', 'five', 'six', 'seven', 'eight', `Story ${ends[k]} ends here.`].join('\n');
  const d = new BoilerplateLines();
  for (let k = 0; k < 4; k++) withoutFurniture(long(k), d);
  const last = withoutFurniture(long(4), d);
  assert.ok(last.includes('Sign up for alerts'));
  assert.ok(!last.startsWith('Top line'));
});

test('two stories whose pages share the same furniture lines are not joined on them', () => {
  const furnished = (body: string) => `Our weekday digest, straight to your inbox\nRead more stories like this on our app\n${body}\nShare this article with a friend today\nAll content copyright Harbour Media Group`;
  const bridge = ['Engineers closed the Fenwick bridge after finding cracks in its main span.', 'The Fenwick bridge stays closed while engineers study cracks in the span.', 'Cracks in the Fenwick span keep the bridge closed, engineers said.'];
  const levy = ['Voters in Ashby approved the school levy in a special election.', 'The Ashby school levy passed in the special election.', 'Ashby voters backed the school levy, officials said.'];
  const stream: StreamArticle[] = [];
  for (let i = 0; i < 3; i++) {
    stream.push({ id: `b${i}`, title: null, text: furnished(bridge[i]), outlet: null, published: '2022-10-03' });
    stream.push({ id: `l${i}`, title: null, text: furnished(levy[i]), outlet: null, published: '2022-10-03' });
  }
  // Earlier pages of the site, about other things, teach the engine its furniture.
  const earlier: StreamArticle[] = [
    'The city library will extend its opening hours on weekdays from next month, the head librarian told trustees, after a survey of readers asked for evening visits and more study rooms.',
    'A family bakery opened on Main Street on Saturday, selling rye loaves and pastries from recipes the owners brought from their grandmother\'s village, and a queue formed before dawn.',
    'Organisers announced the marathon route along the river and through the old harbour district, with road closures from six in the morning and extra trains for runners and spectators.',
    'The zoo welcomed two red panda cubs born in the spring, keepers said, and visitors will see them in the mountain enclosure once the cubs finish their health checks next week.',
  ].map((b, i) => ({ id: `e${i}`, title: null, text: furnished(b), outlet: null, published: '2022-10-01' }));
  const r = clusterStream([...earlier, ...stream]).stories.slice(earlier.length);
  const bridges = new Set(r.filter((_, i) => i % 2 === 0));
  const levies = new Set(r.filter((_, i) => i % 2 === 1));
  for (const s of bridges) assert.ok(!levies.has(s), 'a bridge article and a levy article share a story');
});
