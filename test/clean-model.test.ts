// The cleaner's evidence model (src/clean/evidence.ts, features.ts, model.ts): furniture made of words no list
// holds is removed by its shape and by the story's evidence; a passage of another real story spliced into a
// cluster is cut as off-topic; every removal has a confidence; a store's line counts are evidence;
// `--keep-noise` turns cleaning off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticles } from '../src/clean/index.js';
import { normalizeLine, type LineStats } from '../src/clean/evidence.js';
import { segmentArticle } from '../src/segment/index.js';
import { readInputs } from '../src/read/index.js';
import { article } from './helpers/story.js';
import { runCli } from './helpers/io.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');

// Three reports of one event, four paragraphs each (made up for this test).
const REPORTS = [
  [
    'Heavy rain flooded the river town of Marlow on Monday, forcing hundreds of families from their homes. Water rose over the old bridge before dawn.',
    'Rescue crews in boats reached families trapped on roofs in the lower streets of Marlow overnight. Two elderly residents were taken to hospital.',
    'The mayor of Marlow said the river rose two metres in six hours, faster than in any flood on record. She asked the county for pumps and sandbags.',
    'Forecasters expect more rain on Wednesday, and the river authority warned that the embankment near the mill could fail.',
  ],
  [
    'Floodwater swept through Marlow on Monday after a night of heavy rain, and hundreds of families left their homes. The old bridge was closed.',
    'Boats carried rescue crews to the lower streets of Marlow, where families waited on roofs. Hospital staff treated two elderly residents.',
    'The river rose two metres in six hours, the mayor said, the fastest rise on record in Marlow. The county sent pumps and sandbags.',
    'The river authority said the embankment near the mill was under watch as more rain was forecast for Wednesday.',
  ],
  [
    'Hundreds of families were forced from their homes in Marlow on Monday when the river burst its banks after heavy rain.',
    'Rescue crews used boats to reach residents stranded on roofs in the lower streets. Two elderly people were treated in hospital.',
    'Marlow mayor said the river had risen two metres in six hours. Pumps and sandbags arrived from the county on Monday evening.',
    'More rain is expected on Wednesday, and engineers are watching the embankment near the mill.',
  ],
];

// Page furniture in invented words (in no list of the project): a link row, a heading and its link titles,
// a one-word label, a brand line repeated by every page of the site.
const FURNITURE = {
  linkRow: 'Quenta | Drabble | Moxifold | Sprell',
  heading: 'Flimsworth Gazettery',
  titles: ['Vantrel council approves new tram depot for the eastern quarter', 'Orlinda singer cancels winter tour after throat surgery'],
  label: 'Zorbu',
  brand: 'Pellwick Tidings Ltd 2031',
};

function noisy(): [string, string][] {
  return REPORTS.map((paras, i) => {
    const lines = [paras[0], FURNITURE.linkRow, paras[1], FURNITURE.label, paras[2], paras[3], FURNITURE.heading, ...FURNITURE.titles, FURNITURE.brand];
    return [`r${i}`, lines.join('\n\n')];
  });
}

test('furniture in words no list holds is removed by its shape and evidence, and the story stays', () => {
  const cleaned = cleanArticles(noisy().map(([id, text]) => segmentArticle(article(id, text))));
  const furniture = [FURNITURE.linkRow, FURNITURE.label, FURNITURE.heading, ...FURNITURE.titles, FURNITURE.brand];
  for (const c of cleaned) {
    const removed = c.removed.map((r) => r.text);
    for (const f of furniture) assert.ok(removed.includes(f), `${c.article.id}: removed "${f}"`);
    const kept = c.sentences.map((s) => s.text).join(' ');
    for (const p of REPORTS[Number(c.article.id.slice(1))]) assert.ok(kept.includes(p.split('. ')[0].replace(/\.$/, '')), `${c.article.id}: kept "${p.slice(0, 40)}"`);
  }
});

test('every removal has a confidence between 0 and 1', () => {
  const cleaned = cleanArticles(noisy().map(([id, text]) => segmentArticle(article(id, text))));
  const all = cleaned.flatMap((c) => c.removed);
  assert.ok(all.length > 0);
  for (const r of all) assert.ok(typeof r.confidence === 'number' && r.confidence >= 0 && r.confidence <= 1, `${r.rule}: ${r.confidence}`);
  assert.ok(all.some((r) => r.rule.startsWith('clean/model')), 'the model removed something');
});

test('a store that has seen a line in many stories makes it furniture', () => {
  // A credit line that names the story's town: kept on the evidence of one story, removed when the store has
  // seen it in forty stories (an outlet's standing line).
  const standing = 'Pellwick reporters contributed from Marlow.';
  const seg = () => [segmentArticle(article('a', [...REPORTS[0].slice(0, 3), standing, REPORTS[0][3]].join('\n\n'))), segmentArticle(article('b', REPORTS[1].join('\n\n')))];
  const stats: LineStats = { get: (k) => (k === normalizeLine(standing) ? { stories: 40, outlets: 1 } : undefined) };
  assert.ok(!cleanArticles(seg())[0].removed.some((r) => r.text === standing), 'kept without the store');
  assert.ok(cleanArticles(seg(), { lineStats: stats })[0].removed.some((r) => r.text === standing), 'removed with it');
});

test('--keep-noise shows the brief with cleaning off', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chorus-keep-noise-'));
  try {
    for (const [id, text] of noisy()) writeFileSync(path.join(dir, `${id}.txt`), text);
    const on = JSON.parse((await runCli(['brief', dir, '--json'])).stdout) as { articles: { kept: number; removed: { rule: string }[] }[] };
    const off = JSON.parse((await runCli(['brief', dir, '--json', '--keep-noise'])).stdout) as typeof on;
    assert.ok(on.articles.some((a) => a.removed.some((r) => r.rule.startsWith('clean/'))));
    for (const a of off.articles) assert.ok(!a.removed.some((r) => r.rule.startsWith('clean/')), 'nothing removed by the cleaner');
    const kept = (b: typeof on) => b.articles.reduce((n, a) => n + a.kept, 0);
    assert.ok(kept(off) > kept(on), `more sentences kept with --keep-noise (${kept(off)} vs ${kept(on)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const duc = path.join(shared, 'data', 'duc2003', 'docs');

test('passages of other real stories spliced into a cluster are cut as off-topic, the story kept', { skip: !existsSync(duc) && `no ${duc}` }, async () => {
  // The first cluster hosts; each of its first eight articles gets a paragraph of an article of another cluster
  // (a different one each: splices of one story into every article would make that story part of this one).
  const [a, ...others] = readdirSync(duc).sort().slice(0, 9);
  const host = (await readInputs([path.join(duc, a)])).articles.slice(0, 8);
  const donors = await Promise.all(others.map(async (c) => (await readInputs([path.join(duc, c)])).articles[0]));
  const splices: string[] = [];
  const mixed = host.map((h, i) => {
    const paras = h.text.split('\n').filter((l) => l.trim());
    // A donor article's middle long paragraph, in the middle of the host article.
    const dparas = donors[i].text.split('\n').filter((l) => l.split(/\s+/).length > 25);
    const splice = dparas[Math.floor(dparas.length / 2)].trim();
    splices.push(splice);
    const at = Math.max(1, Math.floor(paras.length / 2));
    return article(h.id, [...paras.slice(0, at), splice, ...paras.slice(at)].join('\n\n'));
  });
  const cleaned = cleanArticles(mixed.map(segmentArticle));
  let cut = 0;
  let storyChars = 0;
  let storyLost = 0;
  cleaned.forEach((c, i) => {
    if (c.removed.some((r) => r.text === splices[i] && r.reason === 'off-topic')) cut++;
    for (const r of c.removed) if (r.text !== splices[i] && r.rule.startsWith('clean/model')) storyLost += r.text.length;
    storyChars += host[i].text.length;
  });
  assert.ok(cut >= 0.6 * splices.length, `splices cut: ${cut}/${splices.length}`);
  assert.ok(storyLost <= 0.02 * storyChars, `story lost ${storyLost}/${storyChars}`);
});

test('real page chrome for the line model: blocks with a "without" snippet and no "with" snippet, English pages only', async () => {
  const { pageChromeLines } = await import('../scripts/chrome-lines.js');
  const story = REPORTS[0].map((p) => `<p>${p}</p>`).join('');
  const page = `<html><body><nav><a href="/">Quenta</a> | <a href="/d">Drabble</a></nav><article>${story}<p>Share this on Sprellnet and the rest of the web</p></article><footer><p>Pellwick Tidings Ltd 2031, all of it is ours</p></footer></body></html>`;
  const lines = pageChromeLines(page, { with: ['Rescue crews in boats', 'the rest of the web'], without: ['Drabble', 'Pellwick Tidings'] });
  // The footer line is chrome; the nav line too; a block holding a "with" snippet never is, nor the story.
  assert.deepEqual(lines, ['Quenta | Drabble', 'Pellwick Tidings Ltd 2031, all of it is ours']);
  // A page that is not English gives nothing.
  const german = '<html><body><p>Der Fluss ist über die Ufer getreten und hat die Stadt überflutet, sagte die Bürgermeisterin.</p><p>Impressum</p></body></html>';
  assert.equal(pageChromeLines(german, { with: [], without: ['Impressum'] }), null);
});
