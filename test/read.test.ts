import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, truncateSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, detectFormat } from '../src/read/index.js';
import { runCli } from './helpers/io.js';

const GOOD = `Storm floods the river towns of the valley

The river rose three metres overnight and flooded the lower town, the mayor said on Monday.
Hundreds of residents were moved to the school on the hill, where volunteers served soup.
The river is expected to fall by Wednesday, the weather service said.
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chorus-read-'));
}

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
