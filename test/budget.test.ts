// The time budget per article and per run (src/budget.ts, issue 12 item 2). A clock of the test's own (one
// millisecond per reading) makes the skipping deterministic: an article that needs more windows of the tagger than
// its budget allows is left out with a named warning, and the rest is briefed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../src/read/index.js';
import { briefOf, segmentWithin, Deadline, BudgetExceeded } from '../src/pipeline.js';
import { summaryOf } from '../src/summary.js';
import { factsOf } from '../src/facts/report/index.js';
import { LIMITS } from '../src/limits.js';
import type { Article, Warning } from '../src/types.js';
import { runCli } from './helpers/io.js';

/** A clock that advances one millisecond each time it is read. */
function ticking(): () => number {
  let t = 0;
  return () => t++;
}

const story = async () => (await readInputs(['examples/al-qaim'])).articles;

/** A long article: many paragraphs, so many windows for the tagger and many checks of the deadline. */
function longArticle(base: Article, paragraphs: number): Article {
  const text = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i} repeats the river report, officials said on Monday.`).join('\n\n');
  return { ...base, id: 'long-one', path: 'long-one.txt', text, regions: [] };
}

test('Deadline: past the article budget check throws, naming the scope, place and cap; a new article starts afresh', () => {
  const d = new Deadline({ articleMs: 3, runMs: 100, now: ticking() });
  d.startArticle();
  d.check('segment');
  d.check('segment');
  assert.throws(() => { d.check('segment'); d.check('segment'); }, (e: unknown) => e instanceof BudgetExceeded && e.scope === 'article' && e.place === 'segment' && e.capMs === 3);
  d.startArticle();
  assert.doesNotThrow(() => d.check('segment'));
});

test('Deadline: the run counts from runStart when given (the CLI: the command\'s start), else from its creation', () => {
  assert.equal(new Deadline({ runMs: 10, now: () => 100 }).runSpent(), false);
  assert.equal(new Deadline({ runMs: 10, runStart: 50, now: () => 100 }).runSpent(), true);
  assert.equal(new Deadline({ runMs: 60, runStart: 50, now: () => 100 }).runSpent(), false);
});

test('the default budget changes nothing: the brief is the same bytes with and without it', async () => {
  const articles = await story();
  const warnings: Warning[] = [];
  const a = briefOf(articles, { warnings });
  const b = briefOf(articles, { budget: { articleMs: 1e9, runMs: 1e9 } });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  assert.ok(!warnings.some((w) => w.rule.startsWith('budget/')));
  assert.ok(LIMITS.budget.articleMs >= 1000 && LIMITS.budget.runMs >= LIMITS.budget.articleMs);
});

test('an article past its budget is left out with a named warning, and the rest is briefed', async () => {
  const articles = await story();
  const long = longArticle(articles[0], 400);
  const input = [articles[0], long, ...articles.slice(1)];
  // Each short article needs a few readings of the clock; the long one needs one per paragraph.
  const warnings: Warning[] = [];
  const kept = segmentWithin(input, warnings, { articleMs: 60, runMs: 1e9, now: ticking() });
  assert.deepEqual(kept.map((s) => s.article.id), articles.map((a) => a.id));
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].rule, 'budget/article');
  assert.equal(warnings[0].file, 'long-one.txt');
  assert.ok(warnings[0].skipped && warnings[0].cut);
  assert.match(warnings[0].reason, /article time budget of 60 ms at segment.*LIMITS\.budget\.articleMs/);

  // Through the whole brief: the long article is not credited, the others are, as in their own brief.
  const w2: Warning[] = [];
  const brief = briefOf(input, { warnings: w2, budget: { articleMs: 60, runMs: 1e9, now: ticking() } });
  assert.equal(JSON.stringify(brief.summary), JSON.stringify(briefOf(articles).summary));
  assert.ok(w2.some((w) => w.rule === 'budget/article' && w.article === 'long-one'));
});

test('past the run budget the articles not yet read are left out, each with a warning; the first ones are briefed', async () => {
  const articles = await story();
  const warnings: Warning[] = [];
  const kept = segmentWithin(articles, warnings, { articleMs: 1e9, runMs: 40, now: ticking() });
  assert.ok(kept.length > 0 && kept.length < articles.length, `kept ${kept.length} of ${articles.length}`);
  assert.deepEqual(kept.map((s) => s.article.id), articles.slice(0, kept.length).map((a) => a.id));
  const ruled = warnings.filter((w) => w.rule === 'budget/run');
  // Every article left out is named (the one the run ran out in may be cut mid-way: also budget/run).
  assert.equal(ruled.length, articles.length - kept.length);
  assert.ok(summaryOf(articles, { budget: { articleMs: 1e9, runMs: 40, now: ticking() } }).length > 0);
});

test('CLI: --budget-ms 0 leaves every article out, names each with the cap, exit 3; a bad value is a usage error', async () => {
  const r = await runCli(['summarize', 'examples/al-qaim', '--budget-ms', '0']);
  assert.equal(r.code, 3);
  const files = (await story()).map((a) => a.path);
  for (const f of files) assert.ok(r.stderr.includes(f), `${f} named`);
  assert.match(r.stderr, /--budget-ms/);
  const bad = await runCli(['brief', 'examples/al-qaim', '--budget-ms', 'soon']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--budget-ms expects a whole number of milliseconds/);
  const ok = await runCli(['facts', 'examples/al-qaim', '--budget-ms', '60000', '--json']);
  assert.equal(ok.code, 0);
});

/** A clock that stands still for its first `reads` readings, then jumps far past the run's budget. */
function jumpingAfter(reads: number): () => number {
  let n = 0;
  return () => (n++ < reads ? 0 : 1e9);
}

test('past the run budget each later stage does less, named once in a warning; the stages cut are always the last ones', async () => {
  const articles = await story();
  const order = ['clean', 'group', 'facts', 'headline', 'select'];
  // How many readings of the clock a whole brief takes.
  let total = 0;
  briefOf(articles, { budget: { now: () => (total++, 0) } });
  const plain = JSON.stringify(briefOf(articles));
  const cutCounts: number[] = [];
  // Stages cut at a checkpoint inside their loops (a place in parentheses other than a facts pass's start).
  const innerCuts = new Set<string>();
  // Cut before each reading of the clock after segmenting, and after the last one: from the end back to the first
  // cut point that leaves an article unread.
  for (let k = total; k >= 0; k--) {
    const warnings: Warning[] = [];
    const brief = briefOf(articles, { warnings, budget: { articleMs: 1e12, runMs: 1000, now: jumpingAfter(k) } });
    if (warnings.some((w) => w.rule === 'budget/run')) break;
    // The summary search stopped early ('search') is part of the selection stage: it is named before 'select' when
    // the digest's selection then starts past the deadline, or alone.
    const cut = [...new Set(warnings.filter((w) => w.rule.startsWith('budget/run-')).map((w) => w.rule.slice('budget/run-'.length)).map((s) => (s === 'search' ? 'select' : s)))];
    assert.deepEqual(cut, order.slice(order.length - cut.length), `k=${k}: the stages cut are the last ones, each named once: ${cut}`);
    for (const w of warnings.filter((x) => x.rule.startsWith('budget/run-'))) {
      assert.ok(w.cut);
      assert.match(w.reason, /run's time budget of 1000 ms \(LIMITS\.budget\.runMs, --run-budget-ms\) at \w+/);
    }
    assert.equal(brief.articles.length, articles.length, 'every article read in is briefed');
    assert.ok(brief.summary.length > 0 && brief.digest.length > 0 && brief.headline !== null, `k=${k}: a summary, a digest and a headline`);
    if (cut.includes('select')) {
      // The lead sentences that fit, in reading order: the first item is the first kept sentence of the first article.
      const first = brief.articles[0];
      assert.ok(brief.summary[0].sources.includes(first.id));
      assert.ok(brief.summary.reduce((n, it) => n + it.text.split(/\s+/).filter(Boolean).length, 0) <= 100);
    }
    if (cut.includes('group')) for (const it of brief.digest) assert.equal(it.sources.length, 1, 'ungrouped: one source per item');
    if (cut.includes('clean')) for (const a of brief.articles) assert.equal(a.removed.filter((r) => r.rule.startsWith('clean/')).length, 0, 'the cleaner is off');
    if (cut.includes('facts') && warnings.some((w) => w.reason.includes('facts (mentions)'))) assert.equal(brief.places.length + brief.facts.length + brief.events.length, 0);
    if (cut.length === 0) assert.equal(JSON.stringify(brief), plain, `k=${k}: nothing cut, the same bytes as without a budget`);
    for (const w of warnings) {
      const inner = /at (clean|group|facts) \((?!mentions\)|places\)|names\)|numbers\)|events\)|timeline\)|disagreements\))/.exec(w.reason);
      if (inner) innerCuts.add(inner[1]);
    }
    cutCounts.push(cut.length);
  }
  assert.equal(cutCounts.at(-1), order.length, 'the earliest cut reaches every later stage');
  assert.deepEqual([...innerCuts].sort(), ['clean', 'facts', 'group'], 'cleaning, grouping and the facts passes are cut inside their loops too');
  assert.equal(cutCounts[0], 0, 'a clock that never jumps within the run cuts nothing');
  for (let i = 1; i < cutCounts.length; i++) assert.ok(cutCounts[i] >= cutCounts[i - 1], 'an earlier cut cuts as many stages or more');
  // Every number of late stages cut is reached by some cut point (each stage checks the clock).
  for (let n = 0; n <= order.length; n++) assert.ok(cutCounts.includes(n), `some cut point cuts ${n} stages: ${cutCounts}`);
});

test('CLI: a run budget of 0 ms ends with exit 3 and the cap named on stderr', async () => {
  const r = await runCli(['brief', 'examples/al-qaim', '--run-budget-ms', '0']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /run's time budget of 0 ms/);
});

test('chorus facts past the run budget: the dates of the articles not yet read are skipped, each article still listed, one warning', async () => {
  const articles = await story();
  let total = 0;
  const plain = factsOf(articles, { budget: { now: () => (total++, 0) } });
  // The last readings of the clock are the per-article dates checks: cut before the last article's.
  const warnings: Warning[] = [];
  const cut = factsOf(articles, { warnings, budget: { articleMs: 1e12, runMs: 1000, now: jumpingAfter(total - 1) } });
  assert.deepEqual(cut.articles.map((a) => a.id), plain.articles.map((a) => a.id));
  assert.deepEqual(cut.articles.slice(0, -1), plain.articles.slice(0, -1), 'the articles read before the deadline are as without it');
  assert.ok(plain.articles.at(-1)!.dates.length > 0 && cut.articles.at(-1)!.dates.length === 0);
  assert.deepEqual(warnings.map((w) => w.rule), ['budget/run-facts']);
  assert.match(warnings[0].reason, new RegExp(`at facts \\(dates of ${articles.at(-1)!.id}\\)`));
  // Cut from the start of the facts passes: no places or names, and every article still listed.
  const early: Warning[] = [];
  const none = factsOf(articles, { warnings: early, budget: { articleMs: 1e12, runMs: 1000, now: jumpingAfter(total - articles.length - 1) } });
  assert.equal(none.articles.length, articles.length);
  assert.ok(none.articles.every((a) => a.places.length === 0 && a.names.length === 0 && a.dates.length === 0));
  assert.ok(early.some((w) => /at facts \(mentions\)/.test(w.reason)));
});
