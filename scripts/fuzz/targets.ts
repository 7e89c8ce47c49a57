// The targets of the coverage-guided fuzzer: each reader (txt, html, json, jsonl, sgml) on bytes, and the text
// pipeline (segmenter, cleaner, selection, facts, Markdown) on text. Each check is a property of
// test/helpers/fuzz-props.ts, shared with the fast-check slice: no throw, spans inside the text, pieces within their
// caps, no terminal control in the Markdown.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownProperty, readerProperty, segmentProperty } from '../../test/helpers/fuzz-props.js';
import assert from 'node:assert/strict';
import { detectFormat } from '../../src/read/index.js';
import { READ_LIMITS } from '../../src/read/limits.js';
import type { Target } from './engine.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const b = (s: string) => Buffer.from(s);

/** Tokens every format shares: what breaks text code (controls, odd spaces, dates, figures, quotes). */
const COMMON = ['\u001b[2J', '\u001b]0;x\u0007', '\u0000', '\u00a0', '\u2028', '\ufeff', '\r\n', '\n\n', '\t', 'Dr.', 'U.S.', '\u201c', '\u2019',
  'October 26, 2017', '2017-10-26', 'on Tuesday', '10/17/1998', '1,200', '$3 million', '45%', 'http://x.example/a?b=c', 'a@b.example', '...', '--'];

const ARTICLE = 'BAGHDAD (Reuters) - Iraqi forces took the town of al-Qaim on Friday, officials said.\n\nThe army said 1,200 fighters had fled toward the border on October 26, 2017.\n\nCopyright 2017 Reuters.';

/** Fixture files of the repository whose name ends in one of `exts`: real inputs to start from. */
function fixtures(exts: string[]): Buffer[] {
  const out: Buffer[] = [];
  for (const dir of ['test/fixtures/hostile', 'test/fixtures/html', 'examples/al-qaim']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(repo, dir)).sort();
    } catch {
      continue;
    }
    for (const n of names) if (exts.some((e) => n.endsWith(e))) out.push(readFileSync(join(repo, dir, n)).subarray(0, 16 * 1024));
  }
  return out.slice(0, 12);
}

/** The html target's largest input: every HTML page goes through Readability, whose cost grows with the page (its
 *  retries parse it again), so 64 KB inputs run at about 60 a second and a million would take most of a day. 16 KB
 *  still holds hundreds of nested elements, long runs and every token of the dictionary; the pages past it (deep
 *  nesting, 10 MB one-line pages) are the hostile corpus's (scripts/hostile-corpus.ts), timed by bench/hostile.bench.ts.
 *  libFuzzer's own default is 4 KB. */
const HTML_MAX_INPUT_BYTES = 16 * 1024;

function reader(name: string, ext: string, seeds: string[], dict: string[], fixtureExts: string[], maxInputBytes?: number): Target {
  return {
    name,
    maxInputBytes,
    seeds: [...seeds.map(b), ...fixtures(fixtureExts)],
    dict: [...dict, ...COMMON].map(b),
    check: (bytes) => readerProperty({ ext, bytes }),
  };
}

/** The SGML reader's target, with the sniffing of an extensionless file: bytes that open with `<DOC>` read as SGML. */
function sgmlTarget(t: Target): Target {
  return {
    ...t,
    check: (bytes) => {
      t.check(bytes);
      const head = bytes.subarray(0, READ_LIMITS.sniffBytes).toString('latin1');
      if (/^\s*<DOC>/i.test(head)) assert.equal(detectFormat('fuzz', head), 'sgml', 'a file opening with <DOC> is sniffed as SGML');
    },
  };
}

export const TARGETS: Record<string, Target> = {
  txt: reader('txt', '.txt', [ARTICLE, `title: A title\ndate: 2020-01-02\nsource: X\n\n${ARTICLE}`], ['title: ', 'date: ', 'source: ', 'url: ', '\n\n', '   '], ['.txt']),
  html: reader('html', '.html',
    [`<!doctype html><html><head><title>T</title><meta property="og:site_name" content="X"></head><body><nav>Home</nav><article><h1>T</h1><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p></article><footer>(c)</footer></body></html>`],
    ['<div>', '</div>', '<p>', '</p>', '<script>', '</script>', '<!--', '-->', '<article>', '<br>', '&amp;', '&#x1b;', '&nbsp;', '<meta charset="windows-1252">', '<time datetime="2020-01-02">', '<a href="x">', '<table><tr><td>', ' class="content"'],
    ['.html', '.htm'], HTML_MAX_INPUT_BYTES),
  json: reader('json', '.json',
    [JSON.stringify({ id: 'a', title: 'T', text: ARTICLE, published: '2020-01-02', outlet: 'X' }), JSON.stringify({ documents: [{ id: 'a', text: ARTICLE }, { id: 'b', text: ARTICLE }] })],
    ['{', '}', '[', ']', '"text":', '"id":', '"title":', '"published":', '"documents":', ',', ':', '\\u001b', '\\n', 'null', '1e999', '"'], ['.json']),
  jsonl: reader('jsonl', '.jsonl',
    [[1, 2, 3].map((i) => JSON.stringify({ id: `a${i}`, text: ARTICLE, cluster: 'c' })).join('\n')],
    ['{', '}', '"text":', '"id":', '"cluster":', '\n', ',', '\\u0000', '"'], ['.jsonl']),
  // The SGML reader on every input, by the extension DUC-style collections are given: read extensionless, an input
  // whose mutations took away `<DOC>`/`<DOCNO>` is sniffed as HTML (its `<P>`) and would fuzz the HTML reader, the
  // html target's job, at a hundredth of the pace. The sniffing of extensionless files is checked here too.
  sgml: sgmlTarget(reader('sgml', '.sgml',
    [`<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<DATE_TIME> 10/16/1998 </DATE_TIME>\n<HEADLINE> T </HEADLINE>\n<TEXT>\n<P>\n${ARTICLE}\n</P>\n</TEXT>\n</DOC>\n`],
    ['<DOC>', '</DOC>', '<DOCNO>', '</DOCNO>', '<TEXT>', '</TEXT>', '<P>', '</P>', '<HEADLINE>', '</HEADLINE>', '<DATE_TIME>', '&amp;', '``', "''", '<'], ['.sgml'])),
  text: {
    name: 'text',
    seeds: [b(ARTICLE), ...fixtures(['.txt'])],
    dict: [...COMMON, ' ', '.', '. ', '\n', 'Mr. ', 'the ', 'said ', 'In ', 'Baghdad', 'killed 12 people', 'last week'].map(b),
    check: (bytes) => {
      const text = bytes.toString('utf8');
      segmentProperty(text);
      // Hostile id, title, outlet and path too: the first line of the input, cut.
      const head = text.slice(0, 60);
      markdownProperty({ id: head, title: head, outlet: text.slice(60, 100), path: head, text });
    },
  },
};
