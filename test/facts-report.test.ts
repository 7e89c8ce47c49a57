import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { factsOf, type FactsReport } from '../src/facts/report/index.js';
import { renderFactsMarkdown } from '../src/render/facts-markdown.js';
import { segmentArticle } from '../src/segment/index.js';
import { cleanArticles } from '../src/clean/index.js';
import { readInputs } from '../src/read/index.js';
import type { Article } from '../src/types.js';
import { placeMentionsOf } from '../src/facts/places/index.js';
import { runCli } from './helpers/io.js';
import { article } from './helpers/story.js';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'al-qaim');
const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** Every mention of the report is exactly the article's text at its span, and carries the contract's fields. */
function assertContract(report: FactsReport, textOf: (id: string) => string): void {
  assert.equal(report.version, 1);
  for (const a of report.articles) {
    assert.deepEqual(Object.keys(a).slice(0, 5), ['id', 'published', 'dates', 'places', 'names']);
    const text = textOf(a.id);
    for (const m of [...a.dates, ...a.places, ...a.names]) {
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.end <= text.length, `${a.id} ${m.start}-${m.end}`);
      assert.equal(m.text, text.slice(m.start, m.end));
      assert.ok(m.removed === null || typeof m.removed === 'string');
    }
    const fixed = {
      dates: ['start', 'end', 'text', 'type', 'value', 'precision', 'certainty', 'basis', 'removed'],
      places: ['start', 'end', 'text', 'name', 'lat', 'lon', 'kind', 'country', 'resolved', 'removed'],
      names: ['start', 'end', 'text', 'entity', 'type'],
    } as const;
    for (const k of ['dates', 'places', 'names'] as const) for (const m of a[k]) for (const f of fixed[k]) assert.ok(f in m, `${k} item has ${f}`);
    for (const d of a.dates) {
      assert.ok(TIMEX_TYPES.has(d.type));
      assert.ok(d.value === null || typeof d.value === 'string');
      for (const k of ['precision', 'certainty', 'basis'] as const) assert.equal(typeof d[k], 'string');
    }
    for (const p of a.places) {
      assert.equal(typeof p.name, 'string');
      assert.equal(typeof p.resolved, 'boolean');
      if (p.resolved) assert.ok(typeof p.lat === 'number' && typeof p.lon === 'number');
      else assert.ok(p.lat === null && p.lon === null);
    }
    for (const n of a.names) assert.ok(typeof n.entity === 'string' && ['org', 'person', 'place', 'other'].includes(n.type));
    // Items are in text order.
    for (const list of [a.dates, a.places, a.names]) for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start);
  }
}

test('chorus facts --json on the example: the contract, exact spans into each file, removed text marked', async () => {
  const r = await runCli(['facts', EXAMPLE, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as FactsReport;
  const files = readdirSync(EXAMPLE).sort();
  assert.equal(report.articles.length, files.length);
  const fileOf = new Map(files.map((f) => [f.slice(0, 3), readFileSync(join(EXAMPLE, f), 'utf8')]));
  assertContract(report, (id) => fileOf.get(id) ?? '');
  const all = report.articles.flatMap((a) => [...a.dates, ...a.places, ...a.names]);
  assert.ok(report.articles.every((a) => a.dates.length > 0 && a.places.length > 0 && a.names.length > 0));
  // A mention is marked removed exactly when it stands in a span the cleaner removed, with that removal's reason.
  const { articles } = await readInputs([EXAMPLE]);
  const cleaned = cleanArticles(articles.map(segmentArticle));
  for (const [i, a] of report.articles.entries()) {
    for (const m of [...a.dates, ...a.places, ...a.names]) {
      const hit = cleaned[i].removed.find((x) => m.start < x.span.end && m.end > x.span.start);
      assert.equal(m.removed, hit ? hit.reason : null, `${a.id} ${m.text} at ${m.start}`);
    }
  }
  assert.ok(all.some((m) => m.removed !== null), 'some mention stands in removed text');
  assert.ok(all.some((m) => m.removed === null));
  // A stated publication date pins the article's own relative dates.
  const dated = report.articles.find((a) => a.published);
  assert.ok(dated?.dates.some((d) => d.value && d.certainty === 'stated'));
});

test('facts of JSON input: spans index the "text" field exactly, the title apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-facts-'));
  const texts = readdirSync(EXAMPLE).sort().map((f) => readFileSync(join(EXAMPLE, f), 'utf8'));
  const lines = texts.map((t, i) => JSON.stringify({ id: `j${i}`, title: 'A title naming Paris and Kelly', text: `  ${t}`, date: '2017-10-26' }));
  const path = join(dir, 'story.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  const r = await runCli(['facts', path, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as FactsReport;
  assert.equal(report.articles.length, texts.length);
  assertContract(report, (id) => `  ${texts[Number(id.slice(1))]}`);
  assert.ok(report.articles.every((a) => a.published === '2017-10-26'));
});

test('chorus facts lists every place mention placeMentionsOf finds, street names included (one definition for both)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-facts-'));
  const text = 'Firefighters were called to a house on Seaton Street in Toronto on Tuesday. ' +
    'Police closed Highway 403 near Hamilton, Ontario, while Canadian and American crews worked.';
  const path = join(dir, 'local.json');
  writeFileSync(path, JSON.stringify({ id: 'local', text, date: '2016-11-22' }));
  const r = await runCli(['facts', path, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const listed = (JSON.parse(r.stdout) as FactsReport).articles[0].places.map((p) => `${p.start}:${p.text}:${p.kind}`);
  const read = await readInputs([path]);
  const sentences = read.articles.flatMap((a) => segmentArticle(a).sentences);
  const found = placeMentionsOf(sentences, read.articles).map((p) => `${p.start}:${p.text}:${p.kind}`);
  assert.deepEqual(listed, found);
  for (const street of ['Seaton Street', 'Highway 403']) assert.ok(listed.some((x) => x.includes(`:${street}:other`)), `${street} in ${listed.join(', ')}`);
});

test('facts of CRLF input: spans index the file (BOM and CRs included) and the JSON text field as given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-facts-crlf-'));
  const body = 'Storm Hits Coast\r\n\r\nGovernor Laura Kelly said on Tuesday that the storm hit Topeka\r\nand Wichita.\r\n\r\nThe Kansas Air\r\nForce base in Salina closed on Monday.\r\n';
  const txt = join(dir, 'storm.txt');
  writeFileSync(txt, `\uFEFF${body}`);
  const json = join(dir, 'storm.json');
  writeFileSync(json, JSON.stringify({ id: 'j', text: body, date: '2016-05-12' }));
  for (const [path, given] of [[txt, `\uFEFF${body}`], [json, body]] as const) {
    const r = await runCli(['facts', path, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as FactsReport;
    assertContract(report, () => given);
    const a = report.articles[0];
    assert.ok(a.places.some((p) => p.text === 'Wichita'), path);
    // Mentions after several CRLFs (and the BOM) are found at their place in the input as given.
    assert.ok(a.dates.some((d) => d.text.includes('Monday') && d.start > given.indexOf('Monday') - 4), path);
    assert.ok(a.names.some((n) => n.text === 'Laura Kelly'), path);
  }
});

test('a name in a copyright line is reported, marked with the cleaner\'s reason', () => {
  const a: Article = {
    ...article('c1', 'Mayor Ann Holt opened the new bridge in Springfield on Tuesday, officials said.\n\nThe bridge cost $4 million.\n\n© 2015 Harbor Gazette. All Rights reserved.\n'),
    published: '2016-05-12',
  };
  const report = factsOf([a]);
  assertContract(report, () => a.text);
  const names = report.articles[0].names;
  const copyrightAt = a.text.indexOf('©');
  const inCopyright = names.filter((n) => n.start > copyrightAt);
  assert.ok(inCopyright.length > 0, 'the outlet named in the copyright line is a name mention');
  assert.ok(inCopyright.every((n) => n.removed === 'copyright'));
  assert.ok(names.filter((n) => n.start < copyrightAt).every((n) => n.removed === null));
  const tuesday = report.articles[0].dates.find((d) => d.text.includes('Tuesday'));
  assert.equal(tuesday?.value, '2016-05-10');
});

test('facts are deterministic: the same input gives the same report, byte for byte', async () => {
  const { articles } = await readInputs([EXAMPLE]);
  const one = JSON.stringify(factsOf(articles));
  const two = JSON.stringify(factsOf(articles.map((x) => ({ ...x, regions: [...x.regions] }))));
  assert.equal(one, two);
  const cli1 = await runCli(['facts', EXAMPLE]);
  const cli2 = await runCli(['facts', EXAMPLE]);
  assert.equal(cli1.stdout, cli2.stdout);
});

test('facts Markdown: article text is escaped and carries no control characters', async () => {
  const hostile = article('h1', 'Gen. Omar [Haddad](javascript:alert(1)) said in Mosul\u001b[2J\u0007 that <script>alert(1)</script> troops\u202e left Baghdad.\r\n# Heading');
  hostile.published = '2017-10-26';
  const md = renderFactsMarkdown(factsOf([hostile]));
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(md, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  assert.doesNotMatch(md, /<script>/);
  assert.doesNotMatch(md, /\]\(javascript:/);
  assert.match(md, /## h1 \(published 2017-10-26\)/);
  assert.match(md, /Mosul/);
  const line = JSON.stringify({ id: 's1', title: 'Mosul <b>\u001b[31m', text: 'Troops entered Mosul on Friday \u001b[31m, said Gen. Omar Haddad.\n' });
  const cli = await runCli(['facts', '-'], line);
  assert.equal(cli.code, 0, cli.stderr);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(cli.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
});

test('chorus facts: usage errors and help', async () => {
  assert.equal((await runCli(['facts'])).code, 2);
  assert.equal((await runCli(['facts', '--bogus', EXAMPLE])).code, 2);
  const h = await runCli(['facts', '--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /--json/);
});

test('facts --each: each article is a story of its own; by default undated articles borrow the story\'s date', () => {
  const dated: Article = { ...article('d1', 'Mayor Ann Holt visited Springfield on Tuesday, officials said.'), published: '2016-05-12' };
  const undated = article('u1', 'Crews reached Springfield on Monday, the mayor said.');
  const together = factsOf([dated, undated]);
  const apart = factsOf([dated, undated], { each: true });
  assert.deepEqual(apart.articles.map((a) => a.id), ['d1', 'u1']);
  assert.deepEqual(apart.articles[1], factsOf([undated]).articles[0]);
  const monday = (r: FactsReport) => r.articles[1].dates.find((d) => d.text.includes('Monday'));
  assert.match(monday(together)?.value ?? '', /^2016-05-\d\d$/);
  assert.notEqual(monday(together)?.certainty, 'stated');
  // Alone, the undated article has no anchor: the weekday keeps only its day of the week (TIMEX3 XXXX-WXX-1).
  assert.equal(monday(apart)?.value, 'XXXX-WXX-1');
  assert.equal(monday(apart)?.certainty, 'uncertain');
});

test('TIMEX3 values through the dates adapter: seasons, vague durations, months, TimeML extents', async () => {
  const { datesOf } = await import('../src/facts/report/dates.js');
  const { isoWeek } = await import('../src/facts/dates/calendar.js');
  assert.equal(isoWeek('2018-12-31'), '2019-W01');
  assert.equal(isoWeek('2020-12-28'), '2020-W53');
  const text = 'In the summer of 2014 the war spread, and fighting went on for weeks. It ended in October 2017.';
  const got = datesOf(text, '2017-11-02').map((d) => [d.text, d.type, d.value]);
  assert.deepEqual(got, [['the summer of 2014', 'DATE', '2014-SU'], ['weeks', 'DURATION', 'PXW'], ['October 2017', 'DATE', '2017-10']]);
  for (const d of datesOf(text, '2017-11-02')) assert.equal(text.slice(d.start, d.end), d.text);
});

test('sentences have one set of fields in one order, tagged or not, the report\'s pseudo-sentences too', async () => {
  // One shape for all (the finders that read them stay compiled once): `tags` is there, undefined, when there are none.
  const { textUnits } = await import('../src/facts/report/units.js');
  const a = { ...article('shape', 'A HEADLINE LINE\n\nTroops entered the town on Friday. They met little resistance.\nThe convoy stopped near the u.s. embassy. which is closed.'), regions: [{ start: 0, end: 15, role: 'title' as const, note: 'a test title' }] };
  const seg = segmentArticle(a);
  const units = textUnits(a, seg.sentences);
  assert.ok(seg.sentences.some((s) => s.tags !== undefined) && seg.sentences.some((s) => s.tags === undefined), 'a tagged and an untagged (merged) sentence');
  assert.ok(units.length > seg.sentences.length, 'a pseudo-sentence for the headline');
  const keys = (o: object) => Object.keys(o).join(',');
  for (const s of units) assert.equal(keys(s), keys(units[0]), s.text);
});
