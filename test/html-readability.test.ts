// Look-ups done by one tree walk instead of a selector query (src/read/html-readability.ts): the same elements in the
// same order as linkedom's querySelectorAll, including elements Readability creates in upper case, and the same
// article from Readability as the stock class on real pages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Readability } from '@mozilla/readability';
import { type DomElement, type DomNode, elementsWhere, hasWord, parseDocument } from '../src/read/html-dom.js';
import { descendantsByTag, LinkedomReadability } from '../src/read/html-readability.js';
import { decodeHtmlBytes } from '../src/read/html.js';
import { dataRoot, readabilityPages } from '../scripts/eval-extraction.js';

const TAG_SETS = [['p'], ['div'], ['ul', 'ol'], ['img', 'picture', 'figure'], ['a'], ['h1', 'h2'], ['br'], ['table'], ['template']];

function sameElements(a: ArrayLike<DomElement>, b: readonly DomElement[]): boolean {
  return a.length === b.length && Array.from(a).every((el, i) => el === b[i]);
}

/** A page of random nesting built from `seed` (a small linear congruential generator keeps it reproducible). */
function randomPage(seed: number): string {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const tags = ['div', 'p', 'ul', 'ol', 'li', 'a', 'span', 'img', 'br', 'h1', 'h2', 'table', 'template', 'figure', 'section'];
  const open: string[] = [];
  let html = '<html><body>';
  for (let i = 0; i < 300; i++) {
    const roll = next(10);
    if (roll < 5) {
      const tag = tags[next(tags.length)];
      html += `<${tag}>word${i} `;
      if (tag !== 'img' && tag !== 'br') open.push(tag);
    } else if (roll < 8 && open.length > 0) html += `</${open.pop()}>`;
    else html += `text ${i} `;
  }
  return `${html}${open.reverse().map((t) => `</${t}>`).join('')}</body></html>`;
}

describe('descendantsByTag', () => {
  it('finds what querySelectorAll finds, in the same order, on random nesting', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const doc = parseDocument(randomPage(seed));
      for (const root of [doc.body as DomElement, doc.documentElement as DomElement]) {
        for (const tags of TAG_SETS) {
          assert.ok(sameElements(root.querySelectorAll(tags.join(',')), descendantsByTag(root, tags)), `seed ${seed}, tags ${tags.join(',')}`);
        }
      }
    }
  });

  it('matches elements created with an upper-case name, as selectors do', () => {
    const doc = parseDocument('<html><body><div id="a"><p>x</p></div></body></html>') as unknown as { body: DomElement; createElement(name: string): DomElement };
    const made = doc.createElement('DIV');
    (doc.body as unknown as { appendChild(n: DomNode): void }).appendChild(made);
    const found = descendantsByTag(doc.body, ['div']);
    assert.equal(found.length, 2);
    assert.ok(sameElements(doc.body.querySelectorAll('div'), found));
  });

  it('does not return the root itself', () => {
    const doc = parseDocument('<html><body><div><div><p>x</p></div></div></body></html>');
    const outer = doc.body?.querySelector('div') as DomElement;
    assert.equal(descendantsByTag(outer, ['div']).length, 1);
  });
});

describe('hasWord and elementsWhere', () => {
  it('select what [attr~="word" i] selects, in document order', () => {
    const values = ['datePublished', 'DATEPUBLISHED', 'x datePublished', 'datePublished\ty', 'datePublishedX', 'date Published', '', 'xdatePublished'];
    const doc = parseDocument(`<html><body>${values.map((v, i) => `<div itemprop="${v}"><span itemprop="${v}" id="s${i}">${i}</span></div>`).join('')}<p>no attribute</p></body></html>`);
    const viaSelector = doc.querySelectorAll('[itemprop~="datePublished" i]');
    const viaWalk = elementsWhere(doc, (el) => hasWord(el, 'itemprop', 'datePublished'));
    assert.ok(viaWalk.length > 0);
    assert.ok(sameElements(viaSelector, viaWalk));
  });
});

describe('LinkedomReadability', () => {
  const pages = fs.existsSync(path.join(dataRoot, 'readability-pages')) ? readabilityPages(25) : [];
  it('returns the same article as the stock Readability on real pages', { skip: pages.length === 0 && 'shared data missing' }, () => {
    // Default serializer: the article as an HTML string, compared whole.
    for (const page of pages) {
      const html = decodeHtmlBytes(fs.readFileSync(path.join(page.dir, 'source.html')));
      const stock = new Readability(parseDocument(html) as never).parse();
      const ours = new LinkedomReadability(parseDocument(html) as never).parse();
      assert.deepEqual(ours, stock, page.name);
    }
  });
});
