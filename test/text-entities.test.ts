import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities } from '../src/text/entities.js';
import { clusterStream } from '../src/cluster/stream.js';
import type { StreamArticle } from '../src/cluster/features.js';

test('character references: named ones of the table and numeric ones decode, any other is left as written', () => {
  assert.equal(decodeEntities('Q&amp;A on the mayor&#39;s plan &ndash; &quot;final&quot;&#x2019;'), 'Q&A on the mayor\'s plan – "final"’');
  assert.equal(decodeEntities('&AMP; &Amp;'), '& &', 'names in any case');
  assert.equal(decodeEntities('&QL; &Cx1f; &#0; &#xD800; &#x110000; & ; &amp'), '&QL; &Cx1f; &#0; &#xD800; &#x110000; & ; &amp', 'unknown, invalid or unterminated: kept');
  const plain = 'No references here.';
  assert.equal(decodeEntities(plain), plain);
});

test('cluster: headlines escaped as feeds deliver them cluster as their plain forms do', () => {
  // Headlines of six stories with no word in common but an apostrophe each: escaped, every one holds "#39;".
  const titles = ["Mayor's budget passes", "Storm's floods recede", "Striker's transfer agreed", "Bank's profits slump", "Senator's memoir published", "Volcano's ash grounds flights"];
  const plain: StreamArticle[] = titles.map((t, i) => ({ id: `p${i}`, title: t, text: '', outlet: null, published: '2022-06-01' }));
  const escaped = plain.map((a) => ({ ...a, title: a.title!.replace(/'/g, '&#39;') }));
  assert.deepEqual(clusterStream(escaped).stories, clusterStream(plain).stories);
  assert.equal(new Set(clusterStream(plain).stories).size, titles.length, 'six stories');
});
