// The HTML reader: metadata, text shape, safety, encodings, bad input; measured on the
// readability-pages set (metadata agreement, text overlap) and a trafilatura-eval sample.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { readInputs } from '../src/read/index.js';
import { briefOf } from '../src/pipeline.js';
import { containerParagraphs, decodeHtmlBytes, extractHtml, normalizeDate } from '../src/read/html.js';
import { parseDocument } from '../src/read/html-dom.js';
import { fallbackParagraphs } from '../src/read/html-fallback.js';
import { splitBoilerplate } from '../src/read/html-boilerplate.js';
import { capDepth, DEPTH } from '../src/read/html-depth.js';
import { runCli } from './helpers/io.js';
import { fixturesDir, extractFixture, type HtmlFixture } from '../scripts/add-html-fixture.js';
import {
  dataRoot, expectedText, metadataAgreement, ngramOverlap, prf, readabilityPages, scoreSnippets, trafilaturaItems,
} from '../scripts/eval-extraction.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hasData = fs.existsSync(path.join(dataRoot, 'readability-pages')) && fs.existsSync(path.join(dataRoot, 'trafilatura-eval'));
const para = (topic: string): string =>
  `The council said on Monday that the ${topic} would be reviewed by an independent panel, which is expected to report before the end of the year after hearing from residents and businesses.`;
const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('text shape', () => {
  it('separates block elements by a blank line and joins the lines inside one', () => {
    const r = extractHtml(page(`<article><h2>First   heading</h2><p>${para('budget')}\n   continued here</p><ul><li>${para('plan')}</li><li>${para('road')}</li></ul><blockquote>${para('school')}</blockquote></article>`));
    const paragraphs = r.text.split('\n\n');
    assert.ok(paragraphs.length >= 4, `expected at least 4 paragraphs, found ${paragraphs.length}`);
    assert.ok(!/\n/.test(paragraphs.join('')), 'no line break inside a paragraph');
    assert.ok(!/ {2}|^ | $|\t|\n{3}/m.test(r.text) && r.text === r.text.trim(), 'whitespace normalized');
    assert.ok(r.text.includes('budget would be reviewed') && r.text.includes('year after hearing from residents and businesses. continued here'));
  });

  it('decodes entities and leaves no markup', () => {
    const r = extractHtml(page(`<article><p>${para('Smith &amp; Sons&#8217; contract')} Prices rose 5&nbsp;% &lt;b&gt;not a tag&lt;/b&gt; &eacute;t&eacute;.</p><p>${para('park')}</p></article>`));
    assert.ok(r.text.includes("Smith & Sons’ contract"), r.text);
    assert.ok(r.text.includes('5 % <b>not a tag</b> été.'), 'an escaped tag is text, written as such');
    assert.ok(!/&(amp|nbsp|eacute|#\d+);/.test(r.text));
  });

  it('reads plain text and fragments without an <html> element', () => {
    const plain = extractHtml(`${para('notice')} ${para('market')}`);
    assert.ok(plain.text.includes('independent panel'));
    assert.ok(plain.warnings.some((w) => w.rule === 'read/html-no-markup' && /no HTML markup/.test(w.reason)));
    const fragment = extractHtml(`<p>${para('bridge')}</p><p>${para('tunnel')}</p>`);
    assert.equal(fragment.text.split('\n\n').length, 2);
  });
});

describe('metadata', () => {
  it('reads JSON-LD @graph: headline, author arrays, publisher by @id, datePublished kept on its own calendar day', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'Organization', '@id': '#o', name: 'Wire One' },
      { '@type': 'NewsArticle', headline: 'Dam opens', datePublished: '2019-03-31T23:50:00-05:00', author: [{ name: 'A. Writer' }, 'B. Writer'], publisher: { '@id': '#o' } },
    ] };
    const r = extractHtml(page(`<article><p>${para('dam')}</p><p>${para('river')}</p></article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    assert.equal(r.published, '2019-03-31');
    assert.equal(r.publishedBasis, 'JSON-LD datePublished');
    assert.equal(r.author, 'A. Writer, B. Writer');
    assert.equal(r.outlet, 'Wire One');
  });

  it('prefers meta tags in trust order and records the basis', () => {
    const head = '<meta property="article:published_time" content="2020-02-29T10:00:00Z"><meta name="date" content="2001-01-01"><meta property="og:site_name" content="The Daily"><meta name="author" content="https://example.com/me"><link rel="canonical" href="/a/b">';
    const r = extractHtml(page(`<p>${para('tax')}</p><p>${para('fee')}</p>`, head), { url: 'https://news.example.org/x?y=1' });
    assert.equal(r.published, '2020-02-29');
    assert.equal(r.publishedBasis, 'meta article:published_time');
    assert.equal(r.outlet, 'The Daily');
    assert.equal(r.url, 'https://news.example.org/a/b');
    assert.notEqual(r.author, 'https://example.com/me', 'a URL is not an author name');
  });

  it('takes no date from a copyright footer, a teaser <time> or body text', () => {
    const body = `<article><p>${para('fire station')}</p><p>${para('library')} It opened on 12 March 2019.</p></article>
      <div class="related-stories"><time datetime="2018-05-05">May 5</time><a href="/o">Other story</a></div>
      <aside><time datetime="2018-06-06">June 6</time></aside><footer>© 2015 Town Paper. Updated 2016.</footer>`;
    const r = extractHtml(page(body));
    assert.equal(r.published, null, `expected no date, found ${r.published} (${r.publishedBasis})`);
  });

  it('uses a <time datetime> in the article header', () => {
    const r = extractHtml(page(`<article><header><h1>T</h1><time itemprop="dateModified" datetime="2016-08-01">1 Aug</time><time datetime="2016-07-04T09:00:00+02:00">4 July</time></header><p>${para('port')}</p><p>${para('ferry')}</p></article>`));
    assert.equal(r.published, '2016-07-04');
    assert.equal(r.publishedBasis, '<time datetime>');
  });

  it('normalizes the date forms pages use to an ISO day, and rejects what is not a full date', () => {
    const cases: [string, string | null][] = [
      ['2017-10-26T23:40:00+03:00', '2017-10-26'], ['2017/10/26', '2017-10-26'], ['20171026', '2017-10-26'],
      ['Thu, 26 Oct 2017 10:00:00 GMT', '2017-10-26'], ['October 26, 2017', '2017-10-26'], ['26. Oktober 2017', '2017-10-26'],
      ['26.10.2017', '2017-10-26'], ['2017-02-30', null], ['2017', null], ['10/26/2017', null], ['© 2015', null], ['', null],
    ];
    for (const [raw, want] of cases) assert.equal(normalizeDate(raw), want, raw);
  });
});

describe('safety and bad input', () => {
  it('lets nothing of scripts, handlers, javascript: links or hidden elements into the text', () => {
    const body = `<article><p>${para('bridge')}<img src=x onerror="alert('img')"></p><script>alert('inline')</script>
      <p>${para('tunnel')} <a href="javascript:alert('link')">tunnel map</a> <a href=" JaVaScRiPt:void(0)" onclick="steal()">legend</a></p>
      <noscript>noscript text</noscript><p hidden>hidden text</p><svg onload="alert(1)"><text>svg text</text></svg>
      <iframe srcdoc="<p>frame text</p>"></iframe><style>.x{}</style></article>`;
    const r = extractHtml(page(body, "<script>document.write('head script')</script>"));
    assert.ok(r.text.includes('tunnel map') && r.text.includes('legend'), 'the words of a javascript: link are text, its code is not');
    for (const bad of ['alert', 'script', 'javascript', 'onerror', 'steal', 'void(0)', 'noscript text', 'hidden text', 'svg text', 'frame text', '<', '.x{']) {
      assert.ok(!r.text.includes(bad), `"${bad}" leaked into the text`);
    }
    assert.ok(r.text.includes('independent panel'));
  });

  it('gives a clear warning and no crash on empty, binary and oversized input', () => {
    assert.match(extractHtml('').warnings.map((w) => w.reason).join(' '), /empty page/);
    const binary = decodeHtmlBytes(Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
    const b = extractHtml(binary);
    assert.equal(b.text, '');
    assert.match(b.warnings.map((w) => w.reason).join(' '), /not a text page/);
    const big = page(`<article>${`<p>${para('stadium')}</p>`.repeat(400)}</article>`);
    const cut = extractHtml(big, { maxChars: 20000 });
    assert.match(cut.warnings.map((w) => w.reason).join(' '), /over the 20000 limit/);
    // A cut page says so in a structured warning, which the reader counts as a cap (exit 3), as other caps do.
    assert.deepEqual(cut.warnings.filter((w) => w.cut).map((w) => w.rule), ['read/html-too-long']);
    assert.ok(cut.text.length > 0 && cut.text.length < 20000);
  });
});

describe('deep markup', () => {
  it('leaves a page within the depth cap untouched', () => {
    const html = page(`<article>${'<div><section>'.repeat(10)}<p>${para('x')}</p><ul><li>a<li>b</ul><script>if (a<b) { x = "</div>"; }</script>${'</section></div>'.repeat(10)}</article>`);
    const r = capDepth(html);
    assert.equal(r.cutElements, 0);
    assert.equal(r.html, html);
  });

  it('unwraps what nests deeper than the cap, keeping its text and paragraphs', () => {
    const r = capDepth(`<html><body>${'<div>'.repeat(100)}<p>first</p><p>second</p>${'</div>'.repeat(100)}<p>after</p></body></html>`, 10);
    assert.ok(r.cutElements >= 90 && r.cutElements <= 102, `cut ${r.cutElements}`);
    const doc = parseDocument(r.html);
    let depth = 0;
    for (let el = doc.querySelector('p'); el; el = el.parentElement) depth++;
    assert.ok(depth <= 12, `the first paragraph sits ${depth} deep`);
    assert.deepEqual(fallbackParagraphs(doc).paragraphs.map((b) => b.text), ['first', 'second', 'after']);
  });

  it('reads 100,000 nested <div>s: the text kept, a warning naming the cap', () => {
    const n = 100_000;
    const started = Date.now();
    const r = extractHtml(page(`${'<div>'.repeat(n)}<p>${para('deep')}</p><p>${para('deeper')}</p>${'</div>'.repeat(n)}`));
    // A guard only (the bench measures the time): before the cap this took minutes.
    assert.ok(Date.now() - started < 60_000);
    assert.ok(r.text.includes(para('deep')) && r.text.includes(para('deeper')), r.text.slice(0, 200));
    assert.ok(r.warnings.some((w) => w.rule === 'read/html-depth' && w.reason.includes(`${DEPTH.maxDepth}-level limit`)), JSON.stringify(r.warnings));
  });
});

describe('chorus extract --jsonl', () => {
  it('writes one JSON line per page with its path, in order; an unreadable file gets an error line and exit 3', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-jsonl-'));
    const a = path.join(dir, 'a.html');
    const b = path.join(dir, 'b.html');
    fs.writeFileSync(a, page(`<article><h1>Alpha</h1><p>${para('alpha')}</p></article>`));
    fs.writeFileSync(b, page(`<article><h1>Beta</h1><p>${para('beta')}</p></article>`));
    const missing = path.join(dir, 'missing.html');
    const r = await runCli(['extract', a, missing, b, '--jsonl']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path: string; text?: string; error?: string });
    assert.deepEqual(lines.map((l) => l.path), [a, missing, b]);
    assert.ok(lines[0].text?.includes('alpha would be reviewed') && lines[2].text?.includes('beta would be reviewed'));
    assert.match(lines[1].error ?? '', /cannot read/);
    assert.equal(r.code, 3);
    const ok = await runCli(['extract', a, b, '--jsonl']);
    assert.equal(ok.code, 0);
    assert.equal((await runCli(['extract', a, b])).code, 2, 'several files without --jsonl is a usage error');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('encodings', () => {
  it('honours a BOM, a declared legacy charset, and UTF-8 bytes under a stale declaration', () => {
    const cp1252 = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>M'), Buffer.from([0xfc]), Buffer.from('ller '),
      Buffer.from([0x96]), Buffer.from(' caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>'),
    ]);
    assert.match(decodeHtmlBytes(cp1252), /<p>Müller – café<\/p>/);
    const declaredLatin1 = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Grüße</p>', 'latin1');
    assert.match(decodeHtmlBytes(declaredLatin1), /Grüße/);
    const staleDeclaration = Buffer.from('<meta charset="gb2312"><p>Grüße 新台阶</p>', 'utf8');
    assert.match(decodeHtmlBytes(staleDeclaration), /Grüße 新台阶/);
    const bom16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Łódź</p>', 'utf16le')]);
    assert.equal(decodeHtmlBytes(bom16), '<p>Łódź</p>');
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>ok</p>')]);
    assert.equal(decodeHtmlBytes(bom8), '<p>ok</p>');
    const undeclaredLegacy = Buffer.from('<p>Stra\u00dfe</p>', 'latin1');
    assert.equal(decodeHtmlBytes(undeclaredLegacy), '<p>Straße</p>');
  });
});

describe('post-extraction chrome', () => {
  it('drops UI lines and a trailing related block, keeps in-article text, and says why', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const blocks = [long(1), { text: 'Advertisement', linkChars: 0 }, long(2), { text: 'Read also:', linkChars: 0 }, { text: 'Other story title', linkChars: 17 }, long(3), long(4), { text: 'Related articles', linkChars: 0 }, long(5)];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(kept, [para('item 1'), para('item 2'), para('item 3'), para('item 4')]);
    assert.deepEqual(dropped.map((d) => d.reason), ['ad-label', 'related-links', 'related-links', 'related-links', 'related-links']);
  });

  it('what the chrome filter drops reaches the brief: listed per article with a reason, at the place it stood', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-chrome-'));
    const body = `<article><h1>Storm hits the coast</h1><p>${para('one')}</p><p>Advertisement</p><p>${para('two')}</p><p>Share on Facebook Twitter WhatsApp</p><p>${para('three')}</p></article>`;
    fs.writeFileSync(path.join(dir, 'page.html'), page(body));
    const r = await readInputs([dir]);
    const [a] = briefOf(r.articles, { warnings: r.warnings }).articles;
    const chrome = a.removed.filter((x) => x.rule.startsWith('read/html-chrome'));
    assert.deepEqual(chrome.map((x) => [x.text, x.reason]), [['Advertisement', 'advertisement'], ['Share on Facebook Twitter WhatsApp', 'page-chrome']]);
    const text = r.articles[0].text;
    for (const x of chrome) {
      assert.equal(x.span.start, x.span.end, 'zero-width: the text is not in the article text');
      assert.ok(x.span.start > 0 && x.span.start < text.length);
    }
    // Each stands just before the paragraph that followed it on the page.
    assert.ok(text.slice(chrome[0].span.start).startsWith(para('two')));
    assert.ok(text.slice(chrome[1].span.start).startsWith(para('three')));
    fs.rmSync(dir, { recursive: true });
  });

  it('drops the link lines after the last paragraph of prose, whatever they say, and keeps short lines that are not links', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const link = (t: string): { text: string; linkChars: number } => ({ text: t, linkChars: t.length - 6 });
    const blocks = [link('Home > Region'), long(1), long(2), long(3), { text: 'The vote is on Friday.', linkChars: 0 }, link('More: Zebra crossing plan delayed again'), link('Parking fees rise in the old town')];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(kept, ['Home > Region', para('item 1'), para('item 2'), para('item 3'), 'The vote is on Friday.'], 'the head link line and the short plain line stay');
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), [['More: Zebra crossing plan delayed again', 'link-tail'], ['Parking fees rise in the old town', 'link-tail']]);
    // Never most of the text: a block that is mostly link lines keeps them.
    const mostlyLinks = [long(1), ...Array.from({ length: 12 }, (_, i) => link(`Another story number ${i} about the council`))];
    const total = mostlyLinks.reduce((n, b) => n + b.text.length, 0);
    const keptChars = splitBoilerplate(mostlyLinks).kept.reduce((n, t) => n + t.length, 0);
    assert.ok(keptChars >= total / 2 && keptChars < total, `at most half of the text goes as link lines (kept ${keptChars} of ${total})`);
  });

  it('drops a "read also" line between paragraphs (label, separator, other headline) and keeps prose that starts with the same words', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (t: string, linkChars = 0): { text: string; linkChars: number } => ({ text: t, linkChars });
    const blocks = [
      long(1), line('Read more: Council delays the harbour plan again', 37), long(2), line('VEA TAMBIÉN: El puerto cierra por la tormenta'), long(3),
      line('Lire aussi » Le conseil reporte le projet du port'), line('Read more books, the minister told the pupils on Monday.'), long(4),
      line('Le puede interesar: El puerto abre otra vez'), long(5),
    ];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), [
      ['Read more: Council delays the harbour plan again', 'related-links'],
      ['VEA TAMBIÉN: El puerto cierra por la tormenta', 'related-links'],
      ['Lire aussi » Le conseil reporte le projet du port', 'related-links'],
      ['Le puede interesar: El puerto abre otra vez', 'related-links'],
    ]);
    assert.deepEqual(kept, [para('item 1'), para('item 2'), para('item 3'), 'Read more books, the minister told the pupils on Monday.', para('item 4'), para('item 5')]);
    // Each stays listed where it stood.
    assert.deepEqual(dropped.map((d) => d.at), [1, 2, 3, 5]);
  });

  it('drops figure captions and photo credits set as paragraphs, and keeps prose about photos', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (t: string): { text: string; linkChars: number } => ({ text: t, linkChars: 0 });
    const captions = ['Figure 2: Water levels at the dam since May', 'Photograph by Ann Lee, River Trust', 'The mayor opens the new bridge. © Agency / Ann Lee', 'The flooded square on Monday. (Photo: Agency)'];
    const prose = ['The photograph by the bridge was taken in 1990, the museum said.', `${para('item 9')} © ${'x'.repeat(300)}`];
    const blocks = [long(1), line(captions[0]), long(2), line(prose[0]), line(captions[1]), line(captions[2]), long(3), line(captions[3]), line(prose[1]), long(4)];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), captions.map((c) => [c, 'caption-line']));
    assert.deepEqual(kept, [para('item 1'), para('item 2'), prose[0], para('item 3'), prose[1], para('item 4')]);
  });

  it('drops ad disclosures and rights notices wherever the notice stands in the line, and keeps prose that quotes one or names an ad', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (text: string): { text: string; linkChars: 0 } => ({ text, linkChars: 0 });
    const ads = ['*Werbung. Dieser Beitrag enthält Werbung für eine Kaffeerösterei.', 'Anzeige:'];
    const notice = 'Material protected by copyright - all rights reserved. Further distribution only with the consent of the publisher.';
    const prose = ['The licences sit between “all rights reserved” and the public domain.', 'Advertisement revenue fell by a third, the company said.'];
    const blocks = [line(ads[0]), long(1), line(prose[0]), long(2), line(ads[1]), line(prose[1]), long(3), line(notice)];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), [[ads[0], 'ad-label'], [ads[1], 'ad-label'], [notice, 'copyright']]);
    for (const p of prose) assert.ok(kept.includes(p), `${p} dropped`);
  });

  it('drops disclaimers about the article itself (whose opinion, commissions, who checked it) and keeps sentences with only one of the two parts', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (text: string): { text: string; linkChars: 0 } => ({ text, linkChars: 0 });
    const notes = [
      'This post may contain affiliate links: if you buy through them, we may earn a small commission.',
      'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
    ];
    const prose = ['In her opinion the council acted too late.', 'This article was first printed in the spring issue.'];
    const { kept, dropped } = splitBoilerplate([line(notes[0]), long(1), line(prose[0]), long(2), line(prose[1]), long(3), line(notes[1])]);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), notes.map((n) => [n, 'disclaimer']));
    for (const p of prose) assert.ok(kept.includes(p), `${p} dropped`);
  });

  it('drops show/hide toggles, legal link rows, comment log-in notes and featured-image credits, and keeps prose with the same words', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (text: string): { text: string; linkChars: 0 } => ({ text, linkChars: 0 });
    const chrome: [string, string][] = [
      ['Featured image: A. Person via a photo agency', 'caption-line'],
      ['Quellen ausblenden', 'ui'],
      ['Show more', 'ui'],
      ['Sie müssen sich einloggen, um an der Diskussion teilzunehmen.', 'blog-chrome'],
      ['IMPRINT | PRIVACY | TERMS | © A SMALL STUDIO', 'ui'],
    ];
    const prose = ['The museum will show more of its collection in May.', 'The privacy terms of the new app were criticised by the regulator.'];
    const blocks = [long(1), line(chrome[0][0]), line(chrome[1][0]), long(2), line(prose[0]), line(chrome[2][0]), long(3), line(prose[1]), long(4), line(chrome[3][0]), line(chrome[4][0])];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), chrome);
    for (const p of prose) assert.ok(kept.includes(p), `${p} dropped`);
  });

  it('a heading that points to more of the site ("Auch auf site.tld", "Mehr zum Thema auf site.tld", "Empfohlene Beiträge") opens a trailing block', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const link = (text: string): { text: string; linkChars: number } => ({ text, linkChars: text.length });
    // German compounds name the kind of item ("Weitere Reisetipps", "Ähnliche Sportnachrichten").
    for (const heading of ['Auch auf example-magazin.de', 'Mehr zum Thema auf EXAMPLE.de', 'Empfohlene Beiträge', 'More on example.com', 'Weitere Reisetipps in Norwegen', 'Ähnliche Sportnachrichten']) {
      const blocks = [long(1), long(2), long(3), { text: heading, linkChars: 0 }, link('Five ways to keep warm this winter'), link('The best soups for cold days')];
      const { kept, dropped } = splitBoilerplate(blocks);
      assert.deepEqual(kept, [para('item 1'), para('item 2'), para('item 3')], heading);
      assert.equal(dropped[0].text, heading);
    }
    // The same words inside a sentence of the story are prose.
    const { kept } = splitBoilerplate([long(1), { text: 'Auch auf example.de wurde darüber berichtet, sagte sie.', linkChars: 0 }, long(2)]);
    assert.equal(kept.length, 3);
  });

  it('drops a source credit line and keeps a sentence about sources', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const blocks = [long(1), { text: 'Sources say the vote will be close.', linkChars: 0 }, long(2), { text: 'Quelle: Landesamt für Statistik', linkChars: 0 }];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), [['Quelle: Landesamt für Statistik', 'source-line']]);
    assert.deepEqual(kept, [para('item 1'), 'Sources say the vote will be close.', para('item 2')]);
  });

  it("drops a post's own metadata lines (published, posted, filed under) and keeps prose that mentions publishing", () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    // A date and time stamp may come first ("03.05.2021 09:12 Kategorie: Politik").
    const meta = ['Posted on Tuesday 15 October 2019 by Ann Lee', 'Last updated May 2, 2020', 'Tags: council, budget', '03.05.2021 09:12 Kategorie: Politik'];
    const prose = 'The report, which the council published on Monday, names three options.';
    const dated = '03.05.2021 The council published the report on Monday.';
    const blocks = [long(1), { text: prose, linkChars: 0 }, { text: dated, linkChars: 0 }, long(2), ...meta.map((text) => ({ text, linkChars: 0 }))];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), meta.map((m) => [m, 'post-meta']));
    assert.deepEqual(kept, [para('item 1'), prose, dated, para('item 2')]);
  });

  it('drops a call to follow the outlet on a channel and keeps a sentence that mentions joining one', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    // The call may open with what it is for ("For more local news, follow ...").
    const calls = ['Follow us on Twitter and Instagram', 'Únete a nuestro canal de Telegram', 'For more stories from the valley download our app for phones.'];
    const prose = 'Even if you decide to join Facebook, the settings can be changed later.';
    const forProse = 'For years the council has tried to follow the app makers in other cities.';
    const blocks = [long(1), { text: prose, linkChars: 0 }, { text: forProse, linkChars: 0 }, long(2), ...calls.map((text) => ({ text, linkChars: 0 }))];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), calls.map((c) => [c, 'plea']));
    assert.deepEqual(kept, [para('item 1'), prose, forProse, para('item 2')]);
  });

  it('drops comment counters and actions and keeps a sentence about comments', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const ui = ['Comments (5 posted)', 'Kommentare schreiben'];
    const prose = 'Comments from residents will be heard in June.';
    const blocks = [long(1), { text: ui[0], linkChars: 0 }, { text: prose, linkChars: 0 }, long(2), { text: ui[1], linkChars: 0 }, long(3)];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), ui.map((u) => [u, 'blog-chrome']));
    assert.deepEqual(kept, [para('item 1'), prose, para('item 2'), para('item 3')]);
  });

  it("drops the outlet's call to action at the very end (reader addressed, a verb of action, a place to go) and keeps the same words in the story, in a quotation, or with one sign", () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const line = (text: string): { text: string; linkChars: 0 } => ({ text, linkChars: 0 });
    // Words that begin or end with an accented letter ("tú", "únete") are words too.
    const cta = ['Get the latest local news straight to your phone with our app.', 'Tú decides: únete hoy y cancela cuando quieras.', '¿Ya conoces nuestro canal de Telegram? Únete desde tu celular.'];
    const inStory = 'Residents who want to comment can sign up on the council website, where you will also find the plans.';
    const quote = '“Follow us on the app, you will see,” the mayor told the crowd.';
    const oneSign = 'The panel will publish its report here.';
    // The last 5% of a 40-paragraph story holds the four short lines at its end.
    const body = Array.from({ length: 40 }, (_, i) => long(i));
    const blocks = [...body.slice(0, 20), line(inStory), ...body.slice(20), line(cta[0]), line(quote), line(cta[1]), line(oneSign), line(cta[2])];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(dropped.map((d) => [d.text, d.reason]), cta.map((c) => [c, 'call-to-action']));
    for (const t of [inStory, quote, oneSign]) assert.ok(kept.includes(t), `${t} dropped`);
  });

  it('an expand button that reads like a related-links heading does not cut the article after it', () => {
    const long = (i: number): { text: string; linkChars: number } => ({ text: para(`item ${i}`), linkChars: 0 });
    const blocks = [long(1), long(2), long(3), long(4), { text: 'Read More', linkChars: 0 }, long(5), long(6), long(7)];
    const { kept, dropped } = splitBoilerplate(blocks);
    assert.deepEqual(kept, [1, 2, 3, 4, 5, 6, 7].map((i) => para(`item ${i}`)));
    assert.deepEqual(dropped.map((d) => d.text), ['Read More']);
    const teasers = [long(1), long(2), long(3), long(4), { text: 'Read More', linkChars: 0 }, { text: 'Other story one', linkChars: 15 }, long(5), { text: 'Other story two', linkChars: 15 }];
    assert.deepEqual(splitBoilerplate(teasers).kept, [1, 2, 3, 4].map((i) => para(`item ${i}`)), 'links and one teaser after the heading: the tail goes');
  });

  it('drops chrome marked inside the article block (caption, byline, tags, related links) and says why; long prose in a "teaser" box stays', async () => {
    const body = `<article><h1>Storm hits the coast</h1><p class="entry-meta">Posted on 3 May by Jane Roe</p>
      <p>${para('one')}</p><figure><img src="a.jpg"><figcaption>The pier after the storm. Photo: J. Doe</figcaption></figure>
      <p>${para('two')}</p><p class="post-tags">Tags: storm, coast, weather</p>
      <p>${para('three')}</p><div class="article-teaser"><p>${para('lead paragraph in a teaser box')}</p></div>
      <p class="recommended">Flood warnings extended</p><p>${para('four')}</p></article>`;
    const r = extractHtml(page(body));
    for (const gone of ['Jane Roe', 'The pier after the storm', 'Tags:', 'Flood warnings extended']) assert.ok(!r.text.includes(gone), `"${gone}" kept`);
    for (const kept of ['one', 'two', 'three', 'four', 'lead paragraph in a teaser box']) assert.ok(r.text.includes(para(kept)), `"${kept}" lost`);
    const reasons = new Map(r.removed.map((x) => [x.text, x.reason]));
    assert.equal(reasons.get('Posted on 3 May by Jane Roe'), 'byline');
    assert.equal(reasons.get('Tags: storm, coast, weather'), 'page-chrome');
    assert.equal(reasons.get('The pier after the storm. Photo: J. Doe'), 'caption');
    assert.equal(reasons.get('Flood warnings extended'), 'related-links');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-chrome-'));
    fs.writeFileSync(path.join(dir, 'page.html'), page(body));
    const read = await readInputs([dir]);
    const [a] = briefOf(read.articles, { warnings: read.warnings }).articles;
    const caption = a.removed.find((x) => x.text.startsWith('The pier after the storm'));
    assert.equal(caption?.rule, 'read/html-chrome:chrome-caption');
    assert.ok(read.articles[0].text.slice(caption.span.start).startsWith(para('two')), 'listed where it stood');
    fs.rmSync(dir, { recursive: true });
  });

  it('keeps a live ticker or thread whose entries are classed "comment" when they are most of the block; comments under an article still go', () => {
    // Short entries: a chrome paragraph under 100 characters goes, a long one reads as prose and stays anyway.
    const move = (minute: number): string => `A corner for the visitors in minute ${minute}, cleared at the near post.`;
    const entries = Array.from({ length: 24 }, (_, i) => `<div class="live-comment"><div class="live-comment-time">${90 - i * 3}'</div><div class="live-comment-body">${move(90 - i * 3)}</div></div>`).join('');
    const ticker = extractHtml(page(`<article><h1>Live: the match</h1><p>${para('match report')}</p><div class="live-comments">${entries}</div></article>`));
    for (const minute of [90, 51, 21]) assert.ok(ticker.text.includes(move(minute)), `ticker entry ${minute} lost: ${JSON.stringify(ticker.text.slice(0, 300))}`);
    // A few comments under a long article are the comments, not the article.
    const comments = Array.from({ length: 3 }, (_, i) => `<div class="comment"><p>${para(`reader remark ${i}`)}</p></div>`).join('');
    const body = ['bridge', 'library', 'harbour', 'school', 'market', 'park'].map((t) => `<p>${para(t)}</p>`).join('');
    const post = extractHtml(page(`<article><h1>Council plans</h1>${body}<div class="comments">${comments}</div></article>`));
    assert.ok(post.text.includes(para('park')), post.text);
    assert.ok(!post.text.includes('reader remark'), `comments kept: ${JSON.stringify(post.text)}`);
  });

  it("drops the author box at the end of a post (schema.org itemprop=author, or an author-named class) and keeps the post's prose about its author", () => {
    const bio = 'Jane Roe, photographer from Hamburg. I like every kind of photography, as long as there is a person in it. Follow me on Instagram, where my newest pictures are.';
    const bio2 = 'Sam Poe writes about harbours, ferries and the people who work on them, and has done so for twenty years in three countries.';
    const about = `The author of this post, ${para('author of this post').slice(4)}`;
    const body = `<article><h1>A new lens</h1><p>${para('one')}</p><p>${about}</p><p>${para('two')}</p>
      <div class="box-wrap" itemprop="author" itemscope><div class="box-name">Jane Roe</div><div class="box-desc"><p>${bio}</p></div></div>
      <div class="post-authorinfo"><h4>About Sam Poe</h4><p>${bio2}</p></div></article>`;
    const r = extractHtml(page(body));
    for (const gone of [bio, bio2]) assert.ok(!r.text.includes(gone), `author box kept: ${gone}`);
    for (const kept of [para('one'), about, para('two')]) assert.ok(r.text.includes(kept), `lost: ${kept}`);
    assert.equal(r.removed.find((x) => x.text === bio)?.reason, 'byline');
  });

  it('drops an author box inside a section classed as something whose prose stays (an "ads" section): the inner, always-dropped kind wins', () => {
    const bio = 'Sam Poe is head of the test lab. When he is not testing grills, he rides his bike along the harbour and writes about ferries.';
    const sections = ['one', 'two', 'three'].map((t) => `<section class="report-section report-section--ads"><h2>Part ${t}</h2><p>${para(t)}</p></section>`).join('');
    const body = `<article><h1>The grill test</h1><p>${para('intro')}</p>${sections}<section class="report-section report-section--ads"><p>${para('four')}</p>
      <div class="report-authorbox"><p class="name">Sam Poe</p><blockquote>${bio}</blockquote></div></section></article>`;
    const r = extractHtml(page(body));
    for (const kept of ['intro', 'one', 'two', 'three', 'four']) assert.ok(r.text.includes(para(kept)), `lost: ${kept}`);
    assert.ok(!r.text.includes(bio), 'author box kept inside the ads-classed section');
    assert.equal(r.removed.find((x) => x.text === bio)?.reason, 'byline');
  });

  it('drops headings left at the end of the text with nothing after them, and keeps headings inside it and a text of headings alone', () => {
    const body = `<article><h1>Harbour reopens</h1><p>${para('one')}</p><h2>What changes for ferries</h2><p>${para('two')}</p>
      <h3>The coast in pictures</h3><ul class="related"><li><a href="/a">Storm damage</a></li><li><a href="/b">Pier repairs</a></li></ul><h4>Gifts for sailors</h4></article>`;
    const r = extractHtml(page(body));
    for (const kept of [para('one'), 'What changes for ferries', para('two')]) assert.ok(r.text.includes(kept), `lost: ${kept}`);
    assert.ok(r.text.endsWith(para('two')), `text does not end with the last paragraph: ${JSON.stringify(r.text.slice(-80))}`);
    const tail = r.removed.filter((x) => x.text === 'The coast in pictures' || x.text === 'Gifts for sailors');
    assert.equal(tail.length, 2, JSON.stringify(r.removed));
    assert.ok(tail.every((x) => x.at === r.text.length), 'listed where they stood: at the end of the text');
    const { kept, dropped } = splitBoilerplate([{ text: 'Part one', linkChars: 0, heading: true }, { text: 'Part two', linkChars: 0, heading: true }]);
    assert.deepEqual([kept, dropped], [['Part one', 'Part two'], []]);
  });

  it('drops teaser cards of other stories by their structure (short items, each around a linked headline, side by side), whatever their class', () => {
    const excerpt = (t: string): string => `A look back at ${t}: what the council promised, what was built in the end, and what the people who live there think of it now.`;
    const card = (t: string): string => `<li class="item"><div class="wrap"><a href="/${t}"><img src="/${t}.jpg"></a><h3 class="title"><a href="/${t}">${t} ten years on</a></h3><p class="text">${excerpt(t)}</p></div></li>`;
    const body = `<article><h1>Harbour reopens</h1><p>${para('one')}</p><h2><a href="#two">Section two</a></h2><p>${para('two')}</p><p>${para('three')}</p>
      <div class="block"><h2 class="block-title">Elsewhere</h2><ul class="items">${['The bridge', 'The library', 'The school'].map(card).join('')}</ul></div></article>`;
    const r = extractHtml(page(body));
    for (const kept of [para('one'), 'Section two', para('two'), para('three')]) assert.ok(r.text.includes(kept), `lost: ${kept}`);
    for (const t of ['The bridge', 'The library', 'The school']) {
      assert.ok(!r.text.includes(excerpt(t)), `teaser excerpt kept: ${t}`);
      assert.ok(!r.text.includes(`${t} ten years on`), `teaser headline kept: ${t}`);
    }
    const removed = r.removed.find((x) => x.text === excerpt('The library'));
    assert.deepEqual([removed?.rule, removed?.reason], ['read/html-chrome:chrome-teaser', 'related-links']);
  });

  it('reads ruby text without its readings', () => {
    const r = extractHtml(page(`<article><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの${'虐待をなくすための法律ができました。'.repeat(20)}</p></article>`));
    assert.ok(r.text.startsWith('子どもへの虐待'), r.text.slice(0, 20));
  });

  it('falls back to the largest text block, without navigation or link lists', () => {
    const doc = parseDocument(page(`<nav><p>${para('menu')}</p></nav><div id="a"><p>${para('short')}</p></div><div id="b"><p>${para('one')}</p><p>${para('two')}</p><p><a href="/1">link one two three four</a> <a href="/2">link five six</a></p></div><footer><p>${para('footer')}</p></footer>`));
    const { paragraphs, method } = fallbackParagraphs(doc);
    assert.equal(method, 'largest text block');
    assert.deepEqual(paragraphs.map((p) => p.text), [para('one'), para('two')]);
  });
});

describe('fixtures (test/fixtures/html, made by scripts/add-html-fixture.ts)', () => {
  const names = fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir).sort() : [];
  it('has fixtures', () => assert.ok(names.length >= 5, `expected at least 5 fixtures in ${path.relative(repoRoot, fixturesDir)}, found ${names.length}`));
  for (const name of names) {
    it(`${name}: extraction unchanged`, () => {
      const fixture = JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as HtmlFixture;
      const got = extractFixture(fs.readFileSync(path.join(fixturesDir, name, 'source.html')), fixture.options);
      assert.deepEqual(got, fixture.expected);
    });
  }
  it('fixture behaviour: JSON-LD date and publisher, no footer or teaser date, nothing hostile, clear warnings', () => {
    const load = (name: string): HtmlFixture['expected'] =>
      extractFixture(fs.readFileSync(path.join(fixturesDir, name, 'source.html')), (JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as HtmlFixture).options);
    const ld = load('jsonld-graph');
    assert.equal(ld.published, '2017-10-26');
    assert.equal(ld.outlet, 'Example Wire');
    assert.ok(!ld.text.includes('tracking pixel') && !ld.text.includes('Related stories'));
    const copyright = load('copyright');
    assert.equal(copyright.published, null);
    assert.equal(copyright.outlet, 'Leader Call');
    assert.ok(!copyright.text.includes('2015') && !copyright.text.includes('Robot'));
    const hostile = load('hostile');
    assert.ok(!/alert|javascript|onerror|trap|noscript|svg text|iframe/i.test(hostile.text), hostile.text);
    assert.ok(hostile.text.split('\n\n').length === 3);
    assert.match(load('empty').warnings.map((w) => w.reason).join(' '), /empty/);
    assert.match(load('garbage').warnings.map((w) => w.reason).join(' '), /not a text page/);
    assert.match(load('latin1').title ?? '', /Müller gewinnt das Rennen in Köln/);
  });
  it('fixture behaviour: each page\'s chrome is removed with its reason and is not in the text; the article stays', () => {
    const load = (name: string): HtmlFixture['expected'] =>
      extractFixture(fs.readFileSync(path.join(fixturesDir, name, 'source.html')), (JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as HtmlFixture).options);
    // [fixture, reason of a removal, the removed line's opening]: the line is listed as removed and gone from the text.
    const chrome: [string, string, string][] = [
      ['call-to-action', 'related-links', 'Read: '], ['call-to-action', 'caption', 'Noah Berger / AP'],
      ['caption-lines', 'caption', 'Abbildung: '], ['comment-actions', 'blog-chrome', 'Kommentare schreiben'],
      ['entry-footer', 'page-chrome', 'Tags: '], ['entry-footer', 'page-chrome', 'Kommentarfeed'],
      ['follow-plea', 'plea', 'Follow '], ['post-meta-line', 'metadata', 'Erstellt am '], ['post-metadata', 'byline', 'Der Beitrag wurde am'],
      ['read-also-line', 'related-links', 'Read more: '], ['source-line', 'source-credit', 'Quelle: '], ['tail-call-to-action', 'plea', 'For the latest stories'],
    ];
    for (const [name, reason, opening] of chrome) {
      const page = load(name);
      assert.ok(page.removed.some((r) => r.reason === reason && r.text.startsWith(opening)), `${name}: no ${reason} removal opening "${opening}"`);
      assert.ok(!page.text.split('\n').some((line) => line.startsWith(opening)), `${name}: "${opening}" still in the text`);
    }
    // Pages whose article a plain reading misses: it is found whole.
    assert.match(load('article-in-aside').text, /^The council said on Monday/);
    assert.ok(load('br-paragraphs').text.split('\n\n').length >= 3, 'line breaks make paragraphs');
    // Readability chose a cookie notice: the text is the dialogue, and the excerpt is not the notice either.
    const cookie = load('cookie-notice-chosen');
    assert.match(cookie.text, /Is this seat free/);
    assert.ok(!/cookie/i.test(cookie.text) && !/cookie/i.test(cookie.excerpt ?? ''), cookie.excerpt ?? '');
  });
});

describe('datasets', () => {
  it('readability-pages: metadata agrees with expected-metadata.json', (t) => {
    if (!hasData) return t.skip('shared data not present');
    const fields = metadataAgreement(readabilityPages());
    const rate = (f: string): number => fields[f].agree / fields[f].total;
    // Floors a little under what was measured (title 0.985, author 0.954, outlet 0.962, dated pages 1.000).
    assert.ok(rate('title') >= 0.95, `title ${rate('title')}`);
    assert.ok(rate('author') >= 0.92, `author ${rate('author')}`);
    assert.ok(rate('outlet') >= 0.93, `outlet ${rate('outlet')}`);
    assert.ok(rate('published (pages with a date)') >= 0.95, `published ${rate('published (pages with a date)')}`);
  });

  it('readability-pages: text overlaps expected.html on a sample', (t) => {
    if (!hasData) return t.skip('shared data not present');
    const sample = readabilityPages().filter((_, i) => i % 4 === 0);
    let p = 0;
    let r = 0;
    for (const pg of sample) {
      const got = extractHtml(decodeHtmlBytes(fs.readFileSync(path.join(pg.dir, 'source.html')))).text;
      const o = ngramOverlap(got, expectedText(fs.readFileSync(path.join(pg.dir, 'expected.html'), 'utf8')));
      p += o.precision;
      r += o.recall;
    }
    assert.ok(p / sample.length >= 0.95 && r / sample.length >= 0.95, `4-gram precision ${p / sample.length}, recall ${r / sample.length}`);
  });

  it('trafilatura-eval: snippet F1 on a sample beats raw HTML and readability-lxml', (t) => {
    if (!hasData) return t.skip('shared data not present');
    const items = trafilaturaItems().filter((_, i) => i % 20 === 0);
    const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const { url, item, file } of items) {
      const c = scoreSnippets(extractHtml(decodeHtmlBytes(fs.readFileSync(file)), { url }).text, item);
      total.tp += c.tp; total.fn += c.fn; total.fp += c.fp; total.tn += c.tn;
    }
    const { f1 } = prf(total);
    assert.ok(f1 >= 0.83, `F1 ${f1} on ${items.length} pages`);
  });
});

describe('measurement helpers', () => {
  it('ngram overlap and snippet scoring count what they should', () => {
    assert.deepEqual(ngramOverlap('a b c d e', 'a b c d e'), { precision: 1, recall: 1 });
    const o = ngramOverlap('a b c d x', 'a b c d e f');
    assert.equal(o.precision, 1 / 2);
    assert.equal(o.recall, 1 / 3);
    assert.deepEqual(scoreSnippets('foo  bar baz', { with: ['foo bar', 'qux'], without: ['baz', 'zzz'] }), { tp: 1, fn: 1, fp: 1, tn: 1 });
    assert.deepEqual(scoreSnippets(null, { with: ['a', 'b'], without: ['c'] }), { tp: 0, fn: 2, fp: 0, tn: 1 });
  });
});

describe('page structure the parser or Readability lose', () => {
  it('reads the page when markup precedes the doctype (server error lines printed first)', () => {
    const body = `<article><h1>Title</h1><p>${para('budget')}</p><p>${para('bridge')}</p><p>${para('library')}</p></article>`;
    const clean = extractHtml(page(body));
    const prefixed = extractHtml(`<br />\n<b>Warning</b>: something failed on line <b>299</b><br />\n${page(body)}`);
    assert.ok(clean.text.includes('the bridge would be reviewed'), clean.text);
    assert.ok(prefixed.text.includes('the bridge would be reviewed'), `the article is lost: ${JSON.stringify(prefixed.text)}`);
    const doc = parseDocument(`<b>x</b><!DOCTYPE html><html><head><title>T</title></head><body><p>Body text</p></body></html>`);
    assert.equal(doc.documentElement?.localName, 'html');
    assert.equal(doc.title, 'T');
    assert.ok((doc.body?.textContent ?? '').includes('Body text'));
  });

  it("finds the page's one article container, its chrome marked, and none when there are two", () => {
    const items = ['budget', 'bridge', 'library', 'harbour', 'school']
      .map((t, i) => `<li><p><a href="https://example.org/${i}">Study questions the ${t} plan of the city council</a></p><p>via <a href="https://example.org/">example.org</a></p></li>`)
      .join('');
    const one = containerParagraphs(parseDocument(page(`<div><p>Site intro</p></div><main><article><h1>Links of the day</h1><ul>${items}</ul><div class="share">Share this</div></article></main>`)));
    assert.ok(one, 'one <article>: found');
    assert.equal(one.selector, 'article');
    const texts = one.paragraphs.map((p) => p.text);
    assert.ok(texts.includes('Study questions the harbour plan of the city council'), texts.join(' | '));
    assert.ok(!texts.includes('Site intro'), 'text outside the container stays out');
    assert.equal(one.paragraphs.find((p) => p.text === 'Share this')?.chrome, 'share', 'chrome inside is marked');
    const two = containerParagraphs(parseDocument(page(`<article><ul>${items}</ul></article><article><p>Other</p></article>`)));
    assert.equal(two, null, 'two <article>s and no <main>: no single container');
    const itemprop = containerParagraphs(parseDocument(page(`<article><div itemprop="articleBody"><p>Body</p></div></article><article><p>Other</p></article>`)));
    assert.equal(itemprop?.selector, '[itemprop~="articleBody"]');
  });

  it('reads a page whose article holds another page pasted whole (its own doctype, <html> and <body>)', () => {
    // No <html> tag of its own before <body>: the only <html> is the pasted one inside the article.
    const pasted = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body><p>${para('pasted budget')}</p></body></html>`;
    const html = `<!DOCTYPE html><head><title>T</title></head><body class="single"><article><h1>Title</h1><p>${para('bridge')}</p>${pasted}<p>${para('library')}</p></article></body>`;
    const r = extractHtml(html);
    for (const topic of ['bridge', 'pasted budget', 'library']) assert.ok(r.text.includes(`the ${topic} would be reviewed`), `${topic} lost: ${JSON.stringify(r.text)}`);
    const doc = parseDocument(html);
    assert.equal(doc.title, 'T');
    assert.ok((doc.body?.textContent ?? '').includes('the library would be reviewed'));
  });

  it("keeps an aside or nav that holds the page's article body (itemprop articleBody); other asides go", () => {
    // The article is a small part of a page full of headline links (under the 30% share that keeps a large aside).
    const article = `<div itemprop="articleBody"><p>${para('bridge')}</p><p>${para('library')}</p><p>${para('harbour')}</p></div>`;
    const headlines = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Residents of district ${i} ask the council for a new bus timetable before winter</a></li>`).join('');
    const more = `<aside class="more"><h2>More</h2><p>${para('museum')}</p></aside>`;
    const r = extractHtml(page(`<main><aside class="direct-content"><h1>Title</h1>${article}</aside>${more}<div class="list"><ul>${headlines}</ul></div></main>`));
    for (const topic of ['bridge', 'library', 'harbour']) assert.ok(r.text.includes(`the ${topic} would be reviewed`), `${topic} lost: ${JSON.stringify(r.text)}`);
    assert.ok(!r.text.includes('the museum would be reviewed'), 'the aside without the article body still goes');
  });

  it('reads a post that a script-rendered blog puts inside <noscript>, and no "enable JavaScript" notice', () => {
    const post = ['bridge', 'library', 'harbour', 'school', 'market', 'park', 'museum'].map((t) => `<p>${para(t)}</p>`).join('');
    const r = extractHtml(page(`<div class="blog"><div class="post"><script>render()</script><noscript>${post}</noscript></div><h2>Archive</h2></div>`));
    for (const t of ['bridge', 'museum']) assert.ok(r.text.includes(para(t)), `post lost: ${JSON.stringify(r.text.slice(0, 200))}`);
    assert.ok(r.warnings.some((w) => w.rule === 'read/html-noscript' && /noscript/.test(w.reason)), JSON.stringify(r.warnings));
    // A short page whose <noscript> holds only a notice is read as before.
    const notice = extractHtml(page(`<article><p>${para('bridge')}</p><noscript><p>Please enable JavaScript to see the comments on this page.</p></noscript></article>`));
    assert.ok(notice.text.includes(para('bridge')) && !notice.text.includes('enable JavaScript'), notice.text);
  });

  it('takes a cookie notice that Readability chose for a post of short lines as no article, and reads the post', () => {
    // Readability scores no paragraph under 25 characters: the notice is the only block it can choose.
    const notice = '<div class="cookie-notice"><p>Privacy and cookies: this site, like most sites, stores small files on your device. If you continue to use it, you are fine with that, as our policy says.</p><p>We use them to count visits, to remember your settings, and, with partners, to show offers that may interest you, on this site and on others.</p><p>You can change your choice at any time, in your browser or on our policy page, where we also list, partner by partner, what each of them stores and for how long.</p></div>';
    const post = '<div class="post"><h2><a href="/2013/06/seat">Seat</a></h2><p>“Is this seat free?”</p><p>– “Yes, it is.”</p><p>– “Thank you.”</p></div>';
    const archive = `<div class="links"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/2013/0${(i % 9) + 1}/post-${i}">An earlier post, number ${i}, from the archive</a></li>`).join('')}</ul></div>`;
    const r = extractHtml(page(`<div class="post-wrap">${post}</div>${archive}${notice}`));
    assert.ok(r.text.includes('“Is this seat free?”') && r.text.includes('– “Thank you.”'), `the post is lost: ${JSON.stringify(r.text)}`);
    assert.ok(!r.text.includes('small files'), `the notice is kept: ${JSON.stringify(r.text)}`);
    // A header block Readability joins to a real article is not a wrong choice: both are read as before.
    const body = [para('bridge'), para('library'), para('harbour'), para('school'), para('market')].map((t) => `<p>${t}</p>`).join('');
    const standfirst = 'A short header line that sits beside the article, with a comma.';
    const withHeader = extractHtml(page(`<div class="wrap"><div class="article-header"><p>${standfirst}</p></div><div class="article-body">${body}</div></div>`));
    assert.ok(withHeader.text.includes('the harbour would be reviewed') && withHeader.text.includes(standfirst), withHeader.text);
  });
});
