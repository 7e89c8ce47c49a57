// The fuzz properties of issue 12 (and of issues 9 and 11: facts and clustering on hostile input), shared by the seeded slice in `npm test` (test/fuzz-*.test.ts) and the long run
// of `npm run fuzz` (scripts/fuzz.ts). Each property takes one generated input and throws when it breaks a rule:
// a reader or the segmenter never throws, keeps every span inside the text and every piece within its cap; the
// Markdown never carries a terminal control.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { loadHtmlReader, parseBytes } from '../../src/read/index.js';
import { assignIds } from '../../src/read/ids.js';
import { segmentArticle } from '../../src/segment/index.js';
import { LIMITS } from '../../src/limits.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { briefOf } from '../../src/pipeline.js';
import { factsOf } from '../../src/facts/report/index.js';
import { ClusterEngine, type EngineSnapshot } from '../../src/cluster/clusterer.js';
import { clusterStream } from '../../src/cluster/stream.js';
import type { StreamArticle } from '../../src/cluster/features.js';

await loadHtmlReader(); // parseBytes (sync) reads the generated HTML too
import type { Article } from '../../src/types.js';

// eslint-disable-next-line no-control-regex
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Pieces hostile text is made of: runs of one character, long tokens, markup, dates, figures, controls. */
const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(' ', '\n', '\n\n', '\t', '.', '. ', '-', '--', '_', '@', 'Dr.', 'U.S.', '"', '\u201c', '\u2019', '\r\n', '\u001b[2J', '\u001b]0;x\u0007', '\u0000', '\u00a0', '\u2028', '\ufeff'),
  fc.constantFrom('<DOC>', '</DOC>', '<DOCNO>', '</DOCNO>', '<TEXT>', '</TEXT>', '<P>', '</P>', '<!--', '-->', '<HEADLINE>', '&amp;', '&#x1b;', '``', "''"),
  fc.constantFrom('{', '}', '[', ']', '"text":', '"id":', ',', ':', '"documents":'),
  fc.constantFrom('October 26, 2017', '2017-10-26', 'on Tuesday', '10/17/1998', '1,200', '$3 million', '45%', 'date: 2020-01-02', 'source: X', 'title: Y'),
  fc.tuple(fc.constantFrom(' ', '-', 'a', '.', '\n', 'x@', '/'), fc.integer({ min: 50, max: 3000 })).map(([c, n]) => c.repeat(n)),
);

export const hostileText = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

export const hostileInput = fc.record({
  ext: fc.constantFrom('.txt', '.json', '.jsonl', '.sgml', '', '.html', '.md'),
  bytes: fc.oneof(
    hostileText.map((t) => Buffer.from(t)),
    fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)),
    fc.json({ maxDepth: 6 }).map((j) => Buffer.from(j)),
    hostileText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
    hostileText.map((t) => Buffer.from(t, 'latin1')),
  ),
});

function assertSpans(a: Article): void {
  for (const r of a.regions) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= a.text.length, `region ${r.start}-${r.end} outside ${a.text.length}`);
}

/** A reader on any bytes: no throw, regions inside the text, every draft with some text, every warning with a rule. */
export function readerProperty(input: { ext: string; bytes: Buffer }): void {
  const r = parseBytes(input.bytes, `fuzz${input.ext}`, null);
  for (const d of r.drafts) {
    assert.equal(typeof d.text, 'string');
    assertSpans(d);
  }
  for (const w of r.warnings) assert.ok(w.rule && w.reason, 'a warning has a rule and a reason');
  const warnings = [...r.warnings];
  for (const a of assignIds(r.drafts, warnings)) assert.ok(a.text.length <= LIMITS.read.maxArticleChars);
}

/** The segmenter on any text: no throw, sentences inside their paragraph and the text, within the sentence cap. */
export function segmentProperty(text: string): void {
  const a: Article = { id: 'f', path: 'f', format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null };
  const s = segmentArticle(a);
  for (const p of s.paragraphs) assert.ok(p.start >= 0 && p.start < p.end && p.end <= text.length);
  let last = -1;
  for (const x of s.sentences) {
    assert.ok(x.start >= 0 && x.start < x.end && x.end <= text.length, `sentence ${x.start}-${x.end} outside ${text.length}`);
    assert.ok(x.start >= last, 'sentences in order, not overlapping');
    last = x.end;
    assert.ok(x.end - x.start <= LIMITS.segment.maxSentenceChars, `sentence of ${x.end - x.start}`);
    assert.equal(x.text, text.slice(x.start, x.end));
    assert.ok(!x.text.includes('\n'), 'no sentence crosses a line');
  }
}

export const briefInput = fc.record({
  id: hostileText,
  title: hostileText,
  outlet: hostileText,
  path: hostileText,
  text: hostileText,
});

/** The Markdown of a brief whose ids, titles, outlets, paths and text are hostile: no terminal control in it. */
export function markdownProperty(x: { id: string; title: string; outlet: string; path: string; text: string }): void {
  const body = 'The council closed the bridge on Monday after the river rose, officials said.\nRepairs will take a week.';
  const articles: Article[] = [
    { id: x.id || 'a', path: x.path, format: 'txt', title: x.title, text: `${body}\n${x.text}`, regions: [], outlet: x.outlet, author: null, url: null, published: '2020-01-02', publishedBasis: null, cluster: null },
    { id: `${x.id}~2`, path: 'b', format: 'txt', title: null, text: body, regions: [], outlet: 'Other', author: null, url: null, published: null, publishedBasis: null, cluster: null },
  ];
  const md = renderMarkdown(briefOf(articles, { warnings: [{ file: x.path, reason: x.text.slice(0, 200), rule: 'fuzz' }] }));
  assert.ok(!TERMINAL_CONTROL.test(md), `terminal control in the Markdown: ${JSON.stringify(md.match(TERMINAL_CONTROL))}`);
}

/** A sentence of news a hostile text is mixed with, so that the finders have dates, places and names to report. */
const NEWS = 'Rebels entered Mosul on Friday, three days after the talks in Geneva collapsed, Reuters reported on 3 May 2017.';

export const factsInput = fc.record({
  text: hostileText,
  published: fc.option(fc.constantFrom('2017-05-05', '1998-10-01', '2020-02-29'), { nil: null }),
  withNews: fc.boolean(),
});

/**
 * `chorus facts` on hostile text (issue 9): no throw; every date, place and name item stands where it says, its
 * `text` exactly the article's text at its span; the same report twice.
 */
export function factsProperty(x: { text: string; published: string | null; withNews: boolean }): void {
  const text = x.withNews ? `${NEWS}\n${x.text}\n${NEWS}` : x.text;
  const article: Article = { id: 'f', path: 'f', format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: x.published, publishedBasis: null, cluster: null };
  const report = factsOf([article]);
  const [a] = report.articles;
  for (const item of [...a.dates, ...a.places, ...a.names]) {
    assert.ok(item.start >= 0 && item.start < item.end && item.end <= text.length, `item ${item.start}-${item.end} outside ${text.length}`);
    assert.equal(item.text, text.slice(item.start, item.end));
  }
  for (const d of a.dates) assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(d.type), `date type ${d.type}`);
  if (x.withNews) assert.ok(a.dates.length > 0 && a.places.length > 0, 'the news sentence has dates and places');
  assert.equal(JSON.stringify(factsOf([article])), JSON.stringify(report), 'the same report twice');
}

/** Words stories are made of: few enough that articles share them and join, with names among them. */
const STORY_WORDS = ['flood', 'river', 'bridge', 'closed', 'Mayor', 'Ortiz', 'election', 'votes', 'counted', 'Senate', 'fire', 'forest', 'crews', 'Lakeport', 'police', 'shooting', 'said', 'the', 'on', 'Tuesday'];

export const streamInput = fc.array(
  fc.record({
    // Some titles end with a site's name, as pages and feeds write them (the engine learns and cuts those).
    title: fc.option(fc.tuple(fc.array(fc.constantFrom(...STORY_WORDS), { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' - Tribune', ' | The Sun', ' - Wire')).map(([w, site]) => w.join(' ') + site), { nil: null }),
    // Texts in one line, hostile ones, and pages with furniture lines that recur (the engine learns and drops those).
    text: fc.oneof(
      fc.array(fc.constantFrom(...STORY_WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
      hostileText,
      fc.tuple(fc.array(fc.constantFrom(...STORY_WORDS), { maxLength: 30 }), fc.constantFrom('Follow us for more', 'Share this story', 'Get the app')).map(([w, f]) => `${f}\n${w.join(' ')}\n${f} today`),
    ),
    outlet: fc.option(fc.constantFrom('Tribune', 'Sun', 'Wire'), { nil: null }),
    day: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  }),
  { maxLength: 40 },
);

/**
 * The story clusterer on any stream (issue 11): every article gets one story, the same on a second run; an engine
 * stopped anywhere, saved as JSON and restored, continues exactly as one that never stopped.
 */
export function clusterProperty(xs: { title: string | null; text: string; outlet: string | null; day: number | null }[]): void {
  const articles: StreamArticle[] = xs.map((x, i) => ({
    id: `a${i}`, title: x.title, text: x.text, outlet: x.outlet, published: x.day === null ? null : new Date(Date.UTC(2020, 0, 1 + x.day)).toISOString().slice(0, 10),
  }));
  const once = clusterStream(articles).stories;
  assert.equal(once.length, articles.length);
  assert.ok(once.every((s) => typeof s === 'string' && s.length > 0));
  assert.deepEqual(clusterStream(articles).stories, once, 'the same stories twice');
  const stop = Math.floor(articles.length / 2);
  const whole = new ClusterEngine();
  const first = new ClusterEngine();
  const a = articles.map((x) => whole.add(x));
  articles.slice(0, stop).forEach((x) => first.add(x));
  const restored = ClusterEngine.restore(JSON.parse(JSON.stringify(first.snapshot())) as EngineSnapshot);
  const b = articles.slice(stop).map((x) => restored.add(x));
  assert.deepEqual(b, a.slice(stop), 'the restored engine assigns the rest as the one that never stopped');
  assert.deepEqual(restored.snapshot(), whole.snapshot());
}
