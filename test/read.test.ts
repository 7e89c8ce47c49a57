import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, truncateSync, mkdirSync, existsSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, detectFormat, holdsMarkup } from '../src/read/index.js';
import { runCli } from './helpers/io.js';
import { readCapped } from '../src/read/source.js';
import { segmentArticle } from '../src/segment/index.js';
import { LIMITS } from '../src/limits.js';
import { outletFromDocno } from '../src/read/sgml.js';
import { checkOutlets, newsOutlets, phraseList } from '../src/lexicons.js';

const GOOD = `Storm floods the river towns of the valley

The river rose three metres overnight and flooded the lower town, the mayor said on Monday.
Hundreds of residents were moved to the school on the hill, where volunteers served soup.
The river is expected to fall by Wednesday, the weather service said.
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chorus-read-'));
}

test('an HTML page over the size limit is cut with a structured warning that counts as a cap (exit 3), even when its text is short', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bightml-'));
  const file = join(dir, 'page.html');
  // Megabytes of markup around a short article: the page is cut, its text is not.
  const padding = `<div data-x="${'y'.repeat(1000)}"></div>`.repeat(5600);
  writeFileSync(file, `<html><head><title>Levee holds</title></head><body><article><p>${'The levee near the old mill held overnight as the river crested, crews said. '.repeat(4)}</p></article>${padding}</body></html>`);
  const r = await readInputs([file]);
  const cut = r.warnings.filter((w) => w.cut);
  assert.deepEqual(cut.map((w) => [w.rule, w.file]), [['read/html-too-long', file]]);
  assert.equal(r.skipped, 1);
  assert.equal(r.articles.length, 1);
  rmSync(dir, { recursive: true, force: true });
});

test('txt: title, header date and dateline are metadata; spans index the text', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, '007_abc.txt'), ` date 2021-03-04 WORLD\nTitle of the story\nBy Staff Reporter\nMarch 4, 2021\n\nBody sentence one is here. Body two follows.\n`);
  const r = await readInputs([dir]);
  assert.equal(r.articles.length, 1);
  const a = r.articles[0];
  assert.equal(a.id, '007');
  assert.equal(a.title, 'Title of the story');
  assert.equal(a.published, '2021-03-04');
  assert.match(a.publishedBasis ?? '', /header line/);
  for (const reg of a.regions) assert.ok(a.text.slice(reg.start, reg.end).trim().length > 0);
  assert.deepEqual(a.regions.map((x) => x.role), ['metadata', 'title', 'metadata']);
});

test('txt: a dateline under the title dates an undated article; a copyright year never does', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), `Title here\nOctober 26, 2017\n\nSomething happened on Thursday in the town.\n\n© 2015 Some Site. All Rights reserved.\n`);
  writeFileSync(join(dir, 'b.txt'), `Another title\n\nSomething happened.\n\n© 2015 Some Site. All Rights reserved.\n`);
  const r = await readInputs([dir]);
  assert.equal(r.articles.find((a) => a.id === 'a')?.published, '2017-10-26');
  assert.equal(r.articles.find((a) => a.id === 'b')?.published, null);
});

test('ids: a shared file-name prefix is shortened only when it tells files apart', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, '000_aaaa.txt'), GOOD);
  writeFileSync(join(dir, '001_bbbb.txt'), GOOD);
  const r = await readInputs([dir]);
  assert.deepEqual(r.articles.map((a) => a.id), ['000', '001']);
  const dir2 = tempDir();
  writeFileSync(join(dir2, 'x_1.txt'), GOOD);
  writeFileSync(join(dir2, 'x_2.txt'), GOOD);
  assert.deepEqual((await readInputs([dir2])).articles.map((a) => a.id), ['x_1', 'x_2']);
});

test('json and jsonl: article objects, cluster lines, string documents, broken lines reported by line', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'arts.json'), JSON.stringify([{ id: 'a1', title: 'T', text: 'Some text here.', url: 'http://x', date: '2020-01-02T10:00:00Z', source: { name: 'Outlet A' } }]));
  writeFileSync(
    join(dir, 'clusters.jsonl'),
    `${JSON.stringify({ id: 'c1', documents: ['First doc text.', { text: 'Second doc.', source: 'B' }] })}\n{"id": "broken", "text": "cut off\n${JSON.stringify({ id: 'z', text: 'Last line.' })}\n`,
  );
  const r = await readInputs([dir]);
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  assert.equal(byId.get('a1')?.outlet, 'Outlet A');
  assert.equal(byId.get('a1')?.published, '2020-01-02');
  assert.equal(byId.get('c1-00')?.cluster, 'c1');
  assert.equal(byId.get('c1-01')?.outlet, 'B');
  assert.ok(byId.has('z'), 'the line after a broken one is still read');
  const broken = r.warnings.find((w) => w.rule === 'read/json-syntax');
  assert.ok(broken && /clusters\.jsonl:2$/.test(broken.file ?? ''), `broken line named with its line number: ${JSON.stringify(r.warnings)}`);
});

test('json dates: epoch seconds and milliseconds (numbers or digit strings) and compact YYYYMMDD days', async () => {
  const dir = tempDir();
  const rows = [
    { id: 'ms', date: 1394470371550 }, { id: 'ms-string', timestamp: '1394470371550' }, { id: 's', date: 883612800 },
    { id: 's-string', published: '883612800' }, { id: 'compact', date: '20140310' }, { id: 'compact-number', date: 20140310 },
    { id: 'bad-compact', date: '20141340' }, { id: 'short-digits', date: '2014' },
  ];
  writeFileSync(join(dir, 'dates.jsonl'), rows.map((r) => JSON.stringify({ ...r, text: 'Some text here.' })).join('\n') + '\n');
  const r = await readInputs([dir]);
  const got = Object.fromEntries(r.articles.map((a) => [a.id, a.published]));
  assert.deepEqual(got, {
    ms: '2014-03-10', 'ms-string': '2014-03-10', s: '1998-01-01', 's-string': '1998-01-01', compact: '2014-03-10', 'compact-number': '2014-03-10',
    'bad-compact': null, 'short-digits': null,
  });
});

test('json fields in other case (a CSV export\'s TITLE, PUBLISHER, TIMESTAMP) are read; an exact key wins', async () => {
  const dir = tempDir();
  const rows = [
    { ID: 'u1', TITLE: 'Fed holds rates steady', PUBLISHER: 'Reuters', TIMESTAMP: 1394470371550, STORY: 'x' },
    { id: 'u2', Title: 'Shadowed', title: 'Exact title', Text: 'Body in other case.', Source: 'Wire' },
  ];
  writeFileSync(join(dir, 'agg.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = await readInputs([dir], { allowTitleOnly: true });
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  const u1 = byId.get('u1')!;
  assert.deepEqual([u1.title, u1.text, u1.outlet, u1.published, u1.publishedBasis], ['Fed holds rates steady', '', 'Reuters', '2014-03-10', 'JSON field "TIMESTAMP"']);
  const u2 = byId.get('u2')!;
  assert.deepEqual([u2.title, u2.text, u2.outlet], ['Exact title', 'Body in other case.', 'Wire']);
});

test('jsonl: a text field holding a crawled page is read as a page (article text extracted, JSON metadata first)', async () => {
  const dir = tempDir();
  const para = (s: string) => `<p>${s} ${'The council met again on the flood defences and heard from residents of the lower town. '.repeat(3)}</p>`;
  const page = (title: string, body: string) =>
    `<!DOCTYPE html><html><head><title>${title} | Valley News</title><meta property="og:site_name" content="Valley News">` +
    `<meta property="article:published_time" content="2021-03-04T08:00:00Z"></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
    `<article><h1>${title}</h1>${para(body)}${para('Engineers said the wall would hold.')}${para('Volunteers filled sandbags.')}</article>` +
    `<footer>Copyright Valley News. All rights reserved.</footer></body></html>`;
  writeFileSync(
    join(dir, 'crawl.jsonl'),
    [
      { id: 'p1', url: 'http://valley.example/1', html: page('River rises', 'The river rose three metres overnight.') },
      { id: 'p2', title: 'Given title', date: '2021-03-05', source: 'Given Outlet', text: page('Page title', 'Residents were moved to the school.') },
      { id: 't1', text: 'A plain text article about <p> tags in prose stays as written.' },
      { id: 'p3', content: `\n  ${page('Bridge shut', 'The bridge was shut at noon.')}` },
    ].map((o) => JSON.stringify(o)).join('\n') + '\n',
  );
  const r = await readInputs([dir]);
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  const p1 = byId.get('p1')!;
  assert.ok(p1.text.startsWith('The river rose three metres overnight.'), p1.text.slice(0, 80));
  assert.ok(!/[<>]|Home News Sport|All rights reserved/.test(p1.text), `markup and chrome left: ${p1.text}`);
  assert.equal(p1.published, '2021-03-04', 'the page dates the article when the JSON does not');
  assert.equal(p1.outlet, 'Valley News');
  const p2 = byId.get('p2')!;
  assert.deepEqual([p2.title, p2.published, p2.outlet], ['Given title', '2021-03-05', 'Given Outlet'], 'JSON fields win over the page');
  assert.ok(p2.text.startsWith('Residents were moved'), p2.text.slice(0, 80));
  assert.equal(byId.get('t1')!.text, 'A plain text article about <p> tags in prose stays as written.');
  const note = r.warnings.filter((w) => w.rule === 'read/json-html');
  assert.equal(note.length, 1, JSON.stringify(r.warnings));
  assert.ok(byId.get('p3')!.text.startsWith('The bridge was shut at noon.'), 'a page after a line break is a page too');
  // With "<" escaped as JSON writers may, the page is a page too.
  const alone = tempDir();
  const escaped = `${JSON.stringify({ id: 'p4', text: `\n ${page('Ferry late', 'The ferry was late again.')}` }).replace(/</g, '\\u003c')}\n`;
  writeFileSync(join(alone, 'one.jsonl'), escaped);
  const r2 = await readInputs([alone]);
  assert.ok(r2.articles[0].text.startsWith('The ferry was late again.'), r2.articles[0].text.slice(0, 80));
  // Which JSON inputs load the HTML reader: a string opening with a page's tag, after spaces or escaped line breaks.
  assert.ok(holdsMarkup(Buffer.from(escaped)));
  assert.ok(holdsMarkup(Buffer.from('{"text": "\\n  <html><body><p>x</p></body></html>"}')));
  assert.ok(!holdsMarkup(Buffer.from('{"text": "a < b and <p> in prose", "title": "x<y"}')));
  assert.match(note[0].reason, /^3 article text field\(s\) hold HTML pages \(the first at .*crawl\.jsonl:1\)/);
  assert.ok(!note[0].skipped);
});

test('sgml: several documents per file, date from DATE_TIME, outlet from DOCNO, paragraphs from <P>', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'APW19990101.0001'),
    `<DOC>\n<DOCNO> APW19990101.0001 </DOCNO>\n<DATE_TIME> 01/01/1999 10:00:00 </DATE_TIME>\n<TEXT>\n   LONDON (AP) _ First paragraph of the\nstory, it said \`\`quoted'' &amp; more.\n   Second paragraph.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO> NYT19990102.0002 </DOCNO>\n<TEXT>\n<P>\nOnly paragraph.\n</P>\n</TEXT>\n</DOC>\n`,
  );
  const r = await readInputs([join(dir, 'APW19990101.0001')]);
  assert.equal(r.articles.length, 2);
  const [a, b] = r.articles;
  assert.equal(a.id, 'APW19990101.0001');
  assert.equal(a.published, '1999-01-01');
  assert.equal(a.outlet, 'Associated Press');
  assert.equal(a.text, 'LONDON (AP) _ First paragraph of the story, it said "quoted" & more.\n\nSecond paragraph.');
  assert.equal(b.published, '1999-01-02', 'date from the DOCNO when there is no DATE_TIME');
  assert.equal(b.outlet, 'New York Times');
});

test('sgml: the outlet of a DOCNO is looked up by its leading capitals in the agency table, in the TIPSTER and the Gigaword forms', () => {
  const withDocno = newsOutlets().filter((o) => o.docno.length > 0);
  assert.ok(withDocno.length > 0);
  for (const o of withDocno) {
    for (const letters of o.docno) {
      assert.equal(outletFromDocno(`${letters}19990101.0001`), o.name, letters);
      assert.equal(outletFromDocno(`${letters}_ENG_19990101.0001`), o.name, `${letters}_ENG`);
      // More capitals are another source's letters, not this one's.
      assert.notEqual(outletFromDocno(`${letters}QZ19990101.0001`), o.name, `${letters}QZ`);
    }
  }
  assert.equal(outletFromDocno('19990101.0001'), null);
});

test('an agency table that gives one dateline code or DOCNO prefix to two outlets is an error naming both', () => {
  const table = (a: object, b: object) => ({ outlets: [{ name: 'Harbour Wire', kind: 'wire', ...a }, { name: 'Valley Wire', kind: 'wire', ...b }] });
  assert.equal(checkOutlets(table({ dateline: ['HW'] }, { dateline: ['VW'] }), 't.json').length, 2);
  assert.throws(() => checkOutlets(table({ dateline: ['HW'] }, { dateline: ['hw'] }), 't.json'), /t\.json.*HW.*Harbour Wire and Valley Wire/);
  assert.throws(() => checkOutlets(table({ docno: ['HWA'] }, { docno: ['HWA'] }), 't.json'), /DOCNO letters HWA/);
  assert.throws(() => checkOutlets({ outlets: [{ kind: 'wire' }] }, 't.json'), /name and a kind in t\.json, outlet 1/);
  // A misspelt kind would drop the outlet from the credit lists silently; a code given as a string is no list.
  assert.throws(() => checkOutlets(table({ kind: 'wirre' }, {}), 't.json'), /name and a kind in t\.json, outlet 1/);
  assert.throws(() => checkOutlets(table({ dateline: 'HW' }, {}), 't.json'), /"dateline".*t\.json, outlet 1 \(Harbour Wire\)/);
});

test('a phrase list that is not in its data file is an error naming the file and the list', () => {
  assert.ok(phraseList('read/boilerplate-phrases.json', 'readAlso').length > 0);
  assert.throws(() => phraseList('read/boilerplate-phrases.json', 'noSuchList'), /"noSuchList".*boilerplate-phrases\.json/);
  assert.throws(() => phraseList('read/no-such-file.json', 'readAlso'), /no-such-file\.json.*could not be read/);
});

test('the cleaner\'s phrase lists hold no Unicode class: its rules run without the u flag, where \\p{..} matches letters', () => {
  const raw = JSON.parse(readFileSync(new URL('../data/clean/line-phrases.json', import.meta.url), 'utf8')) as { lists: Record<string, unknown> };
  for (const name of Object.keys(raw.lists)) {
    for (const p of phraseList('clean/line-phrases.json', name)) assert.ok(!/\\[pPu]\{/.test(p), `${name}: "${p}" needs the u flag`);
  }
});

test('format detection by content when there is no extension', () => {
  assert.equal(detectFormat('APW19981017.0151', '<DOC>\n<DOCNO> X'), 'sgml');
  assert.equal(detectFormat('page', '<!doctype html><html>'), 'html');
  assert.equal(detectFormat('data', '{"text": "x"}'), 'json');
  assert.equal(detectFormat('notes.pdf', '%PDF-1.4'), null);
});

test('bad input: each bad file gets one stderr line, the good article is briefed, exit code 3', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait\nUne phrase.\n', 'latin1'));
  writeFileSync(join(dir, 'broken.jsonl'), '{"id": "x", "text": "never clo');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 65 * 1024 * 1024); // sparse: large on paper, instant to make
  writeFileSync(join(dir, 'notes.xyz'), 'just some words in an unknown kind of file');
  const r = await runCli(['brief', dir]);
  assert.equal(r.code, 3);
  const lines = r.stderr.trim().split('\n');
  for (const [file, why] of [
    ['empty.txt', /empty/], ['binary.bin', /binary/], ['latin1.txt', /UTF-8/], ['broken.jsonl', /JSON/], ['huge.txt', /too large/], ['notes.xyz', /unknown format/],
  ] as const) {
    const hits = lines.filter((l) => l.includes(file));
    assert.equal(hits.length, 1, `one line for ${file}: ${r.stderr}`);
    assert.match(hits[0], why);
  }
  assert.match(r.stdout, /river/i, 'the good article is still briefed');
});

test('a folder with nothing readable fails with exit code 1 and says so', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'empty.txt'), '');
  const r = await runCli(['summarize', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nothing readable|no readable article/);
});

test('standard input is read with -', async () => {
  const r = await runCli(['summarize', '-', '--words', '30'], GOOD);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.trim().split(/\s+/).length <= 30);
  assert.ok(existsSync('examples/al-qaim'));
});

test('an HTML brief Chorus wrote into the input folder is not read back as an article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-own-'));
  writeFileSync(join(dir, 'a.txt'), 'Storm hits the coast\n\nA storm hit the coast on Monday, flooding the harbour and closing the main road for the day, the mayor said.\nSchools stayed closed while crews cleared fallen trees from the streets of the old town.\n');
  const first = await runCli(['brief', dir, '--html', join(dir, 'brief.html')]);
  assert.equal(first.code, 0, first.stderr);
  const again = await runCli(['brief', dir, '--json']);
  assert.equal(again.code, 3, 'the page is reported as skipped');
  assert.match(again.stderr, /brief\.html.*written by Chorus/);
  const b = JSON.parse(again.stdout) as { articles: { path: string }[] };
  assert.deepEqual(b.articles.map((a) => a.path.split('/').pop()), ['a.txt']);
  rmSync(dir, { recursive: true });
});

test('input holding several clusters is read as one story, and the reader is told so (not an error)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-clusters-'));
  const doc = (t: string) => `${t} flooded the valley on Monday, the mayor said, and hundreds of families left their homes for the night.`;
  writeFileSync(join(dir, 'two.jsonl'), `${JSON.stringify({ id: 'c1', documents: [doc('The river'), doc('A storm')] })}\n${JSON.stringify({ id: 'c2', documents: [doc('Heavy rain')] })}\n`);
  writeFileSync(join(dir, 'one.jsonl'), `${JSON.stringify({ id: 'c1', documents: [doc('The river'), doc('A storm')] })}\n`);
  const two = await readInputs([join(dir, 'two.jsonl')]);
  const w = two.warnings.filter((x) => x.rule === 'read/several-clusters');
  assert.equal(w.length, 1);
  assert.match(w[0].reason, /2 clusters \(c1, c2\)/);
  assert.equal(two.skipped, 0);
  assert.equal(two.articles.length, 3);
  const one = await readInputs([join(dir, 'one.jsonl')]);
  assert.equal(one.warnings.length, 0);
  const r = await runCli(['summarize', join(dir, 'two.jsonl')]);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /read as one story/);
  rmSync(dir, { recursive: true });
});

// Issue 12: bounded and safe on any input.

test('special files: a FIFO as PATH and in a folder is refused by name and never waited on', async () => {
  const dir = tempDir();
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  mkdirSync(join(dir, 'f'));
  writeFileSync(join(dir, 'f', 'a.txt'), GOOD);
  execFileSync('mkfifo', [join(dir, 'f', 'b.txt')]);
  const alone = await readInputs([join(dir, 'pipe')]);
  assert.equal(alone.articles.length, 0);
  assert.match(alone.warnings[0].reason, /named pipe/);
  const inFolder = await readInputs([join(dir, 'f')]);
  assert.equal(inFolder.articles.length, 1);
  const w = inFolder.warnings.find((x) => x.file?.endsWith('b.txt'));
  assert.ok(w?.skipped && /named pipe/.test(w.reason), JSON.stringify(inFolder.warnings));
});

test('folders: a symlinked subfolder is read, a link back into the walk is named and not followed', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'x.txt'), GOOD);
  mkdirSync(join(dir, 'top'));
  writeFileSync(join(dir, 'top', 'y.txt'), GOOD.replace('Storm', 'Gale'));
  symlinkSync(join(dir, 'real'), join(dir, 'top', 'sub'));
  symlinkSync(join(dir, 'top'), join(dir, 'top', 'loop'));
  const r = await readInputs([join(dir, 'top')]);
  assert.equal(r.articles.length, 2, JSON.stringify(r.warnings));
  assert.ok(r.warnings.some((w) => w.rule === 'read/folder-loop' && w.file?.endsWith('loop')));
});

test('standard input and pipes are read with the size cap: one byte past it is enough to refuse', async () => {
  async function* chunks() {
    for (let i = 0; i < 100; i++) yield Buffer.alloc(1000, 0x61);
  }
  const r = await readCapped(chunks(), 5000);
  assert.equal(r.over, true);
  assert.equal(r.bytes.length, 5001);
  const small = await readCapped(chunks(), 1_000_000);
  assert.deepEqual([small.over, small.bytes.length], [false, 100_000]);
});

test('encodings: UTF-16 with a BOM (LE and BE) is read; clear Windows-1252 is read with a note; a late NUL is binary', async () => {
  const dir = tempDir();
  const le = Buffer.from(GOOD, 'utf16le');
  const be = Buffer.from(le.map((_, i) => le[i ^ 1]));
  writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
  writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'cp.txt'), Buffer.from(`${GOOD}The caf\u00e9 said \u201cno\u201d \u2013 twice.\n`.replace(/[\u201c\u201d\u2013]/g, (c) => ({ '\u201c': '\x93', '\u201d': '\x94', '\u2013': '\x96' })[c] ?? c), 'latin1'));
  writeFileSync(join(dir, 'nul.txt'), `${GOOD}${'word '.repeat(20_000)}\u0000 end\n`);
  const r = await readInputs([dir]);
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  assert.equal(byId.get('le')?.text, GOOD);
  assert.equal(byId.get('be')?.text, GOOD);
  assert.match(byId.get('cp')?.text ?? '', /caf\u00e9 said \u201cno\u201d \u2013 twice/);
  assert.ok(r.warnings.some((w) => w.rule === 'read/cp1252' && w.file?.endsWith('cp.txt')));
  assert.ok(!byId.has('nul'));
  assert.ok(r.warnings.some((w) => w.rule === 'read/binary' && w.file?.endsWith('nul.txt')));
});

test('sgml: an unclosed <TEXT> is read to the end with a warning; many unclosed documents are each read', async () => {
  const dir = tempDir();
  const one = `<DOC>\n<DOCNO> XYZ20000101.0001 </DOCNO>\n<TEXT>\n<P>\nThe first paragraph is here.\n</P>\n<P>\nThe last paragraph is never closed`;
  writeFileSync(join(dir, 'a.sgml'), one);
  writeFileSync(join(dir, 'b.sgml'), Array.from({ length: 300 }, (_, i) => `<DOC><DOCNO> D${i} </DOCNO><TEXT>Paragraph ${i} of a broken feed.`).join('\n'));
  const a = await readInputs([join(dir, 'a.sgml')]);
  assert.equal(a.articles.length, 1);
  assert.match(a.articles[0].text, /never closed$/);
  assert.ok(a.warnings.some((w) => w.rule === 'read/sgml-unclosed-text'));
  const b = await readInputs([join(dir, 'b.sgml')]);
  assert.equal(b.articles.length, 300);
  assert.equal(b.articles[299].text, 'Paragraph 299 of a broken feed.');
});

test('json: nesting 100,000 deep is a clear warning, not a stack overflow taken for broken JSON', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  writeFileSync(join(dir, 'authors.json'), `{"text": "Some text.", "author": ${'['.repeat(50_000)}"x"${']'.repeat(50_000)}}`);
  const r = await readInputs([dir]);
  assert.ok(r.warnings.some((w) => w.rule === 'read/json-too-deep'), JSON.stringify(r.warnings.map((w) => w.reason)));
  assert.ok(!r.warnings.some((w) => w.rule === 'read/json-syntax'));
  assert.equal(r.articles.length, 1);
});

test('txt: header lines are matched only by a bounded key, never by a prototype name', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), `constructor: x\nsource: Outlet\n\nTitle ${' '.repeat(50_000)} here\n\nBody text.\n`);
  const r = await readInputs([join(dir, 'a.txt')]);
  assert.equal(r.articles[0].title, 'constructor: x');
});

test('caps: a 100 KB token and a 50,000-character run-on line are cut for the tagger with warnings, spans exact, exit 3', async () => {
  const dir = tempDir();
  const text = `Title of it\n\nA ${'x'.repeat(100_000)} word. ${'and then more words '.repeat(2_500)}end.\n`;
  writeFileSync(join(dir, 'a.txt'), text);
  const r = await readInputs([join(dir, 'a.txt')]);
  const rules = r.warnings.map((w) => w.rule);
  for (const rule of ['read/cap-token', 'read/cap-paragraph', 'read/cap-sentence']) assert.ok(rules.includes(rule), `${rule} in ${rules}`);
  assert.ok(r.warnings.every((w) => !w.cut || /LIMITS\./.test(w.reason)), 'each cut names its cap');
  const s = segmentArticle(r.articles[0]);
  for (const x of s.sentences) {
    assert.ok(x.end - x.start <= LIMITS.segment.maxSentenceChars, `sentence of ${x.end - x.start}`);
    assert.equal(x.text, r.articles[0].text.slice(x.start, x.end));
  }
  const cli = await runCli(['summarize', join(dir, 'a.txt')]);
  assert.equal(cli.code, 3);
  assert.match(cli.stderr, /maxTokenChars/);
});

test('too many articles: refused at once with the cap and a pointer to chorus cluster', async () => {
  const dir = tempDir();
  const n = LIMITS.read.maxArticles + 1;
  writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: n }, (_, i) => `{"id":"a${i}","text":"Text ${i}."}`).join('\n'));
  const r = await runCli(['brief', join(dir, 'many.jsonl')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`more than ${LIMITS.read.maxArticles} articles.*chorus cluster`));
});

test('too many JSON lines: reading stops one article past the cap (the lines after it are not parsed); a larger cap reads them all', async () => {
  const dir = tempDir();
  const cap = LIMITS.read.maxArticles;
  const lines = Array.from({ length: cap + 500 }, (_, i) => `{"id":"a${i}","text":"Text ${i}."}`);
  lines.push('{"id": broken');
  writeFileSync(join(dir, 'many.jsonl'), lines.join('\n'));
  const r = await readInputs([join(dir, 'many.jsonl')]);
  assert.equal(r.articles.length, 0);
  assert.ok(r.warnings.some((w) => w.reason.includes(`read ${cap + 1} so far`)), 'refused after reading one past the cap');
  assert.ok(!r.warnings.some((w) => w.rule === 'read/json-syntax'), 'the broken last line is never parsed');
  const all = await readInputs([join(dir, 'many.jsonl')], { maxArticles: cap + 1000 });
  assert.equal(all.articles.length, cap + 500);
  assert.ok(all.warnings.some((w) => w.rule === 'read/json-syntax' && w.file?.endsWith(`:${cap + 501}`)), 'a larger cap reads every line, numbered');
});

test('too many SGML documents: reading stops one article past the cap, the documents after it are not read', async () => {
  const dir = tempDir();
  const cap = LIMITS.read.maxArticles;
  const docs = Array.from({ length: cap + 500 }, (_, i) => `<DOC>\n<DOCNO> D${i} </DOCNO>\n<TEXT>\nText ${i}.\n</TEXT>\n</DOC>`);
  docs.push('<DOC>\n<DOCNO> LAST </DOCNO>\n</DOC>');
  writeFileSync(join(dir, 'many.sgml'), docs.join('\n'));
  const r = await readInputs([join(dir, 'many.sgml')]);
  assert.equal(r.articles.length, 0);
  assert.ok(r.warnings.some((w) => w.reason.includes(`read ${cap + 1} so far`)), 'refused after reading one past the cap');
  assert.ok(!r.warnings.some((w) => w.rule === 'read/sgml-no-text'), 'the last document is never read');
  const all = await readInputs([join(dir, 'many.sgml')], { maxArticles: cap + 1000 });
  assert.equal(all.articles.length, cap + 500);
  assert.ok(all.warnings.some((w) => w.rule === 'read/sgml-no-text' && w.article === 'LAST'));
});

test('nothing raw reaches the terminal: controls in file names, ids and outlets are escaped on stdout and stderr', async () => {
  const dir = tempDir();
  const esc = '\u001b';
  writeFileSync(join(dir, `clear${esc}[2J\nchorus: forged.txt`), GOOD);
  writeFileSync(join(dir, 'ids.jsonl'), [
    JSON.stringify({ id: `${esc}]8;;http://x${esc}\\link\r\u009b2J`, source: `Out${esc}[31mlet\nTwo`, text: GOOD.replace('Storm', 'Gale') }),
    `{"id": "${esc}[2J", broken`,
  ].join('\n'));
  const r = await runCli(['brief', dir]);
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  assert.ok(!control.test(r.stdout), 'no control character in the Markdown');
  assert.ok(!control.test(r.stderr), 'no control character on stderr');
  assert.ok(r.stderr.split('\n').every((l) => l === '' || l.startsWith('chorus') || l.startsWith('Run ')), r.stderr);
  assert.ok(!/^chorus: forged/m.test(r.stderr), 'a newline in a file name does not forge a line');
  assert.ok(r.stdout.split('\n').every((l) => !l.startsWith('chorus: forged')));
});

test('--html into a missing folder: one clear line, exit 1', async () => {
  const r = await runCli(['brief', 'examples/al-qaim', '--html', join(tempDir(), 'no', 'such', 'out.html')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cannot write .*out\.html: no such folder/);
});
