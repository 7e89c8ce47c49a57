// Save an HTML page and its current extraction as a test fixture, as Mozilla Readability's test
// suite does (generate-testcase.js): test/fixtures/html/<name>/source.html holds the page's bytes
// unchanged, expected.json what extractHtml makes of them now. Review expected.json by hand
// before committing it: the fixture asserts that output from then on.
//
// Usage:
//   node --import tsx scripts/add-html-fixture.ts NAME PAGE.html [--url URL]   add (or replace) one fixture
//   node --import tsx scripts/add-html-fixture.ts --regenerate                  rewrite every expected.json
//                                                                                 after a deliberate change
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtmlBytes, extractHtml, type HtmlArticle } from '../src/read/html.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'html');

/** What a fixture's expected.json holds: the options it was extracted with, and the result. */
export interface HtmlFixture {
  options: { url?: string };
  expected: HtmlArticle;
}

export function extractFixture(sourceBytes: Buffer, options: { url?: string }): HtmlArticle {
  return extractHtml(decodeHtmlBytes(sourceBytes), options);
}

function writeExpected(dir: string, options: { url?: string }): HtmlArticle {
  const expected = extractFixture(fs.readFileSync(path.join(dir, 'source.html')), options);
  const fixture: HtmlFixture = { options, expected };
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(fixture, null, 2)}\n`);
  return expected;
}

function main(argv: string[]): void {
  if (argv[0] === '--regenerate') {
    if (!fs.existsSync(fixturesDir)) throw new Error(`expected fixtures in ${fixturesDir}, found no such folder`);
    for (const name of fs.readdirSync(fixturesDir).sort()) {
      const dir = path.join(fixturesDir, name);
      const previous = path.join(dir, 'expected.json');
      const options = fs.existsSync(previous) ? (JSON.parse(fs.readFileSync(previous, 'utf8')) as HtmlFixture).options : {};
      writeExpected(dir, options);
      console.log(`regenerated ${name}`);
    }
    return;
  }
  const [name, page] = argv;
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  if (!name || !page || name.startsWith('-')) {
    console.error('usage: add-html-fixture.ts NAME PAGE.html [--url URL] | --regenerate');
    process.exit(2);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error(`fixture name: expected lowercase letters, digits and dashes, found "${name}"`);
    process.exit(2);
  }
  if (!fs.existsSync(page)) {
    console.error(`page: expected an HTML file, found nothing at ${page}`);
    process.exit(1);
  }
  const dir = path.join(fixturesDir, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(page, path.join(dir, 'source.html'));
  const expected = writeExpected(dir, url ? { url } : {});
  console.log(`wrote ${path.relative(repoRoot, dir)}: title ${JSON.stringify(expected.title)}, ${expected.text.length} characters, ${expected.warnings.length} warnings`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
