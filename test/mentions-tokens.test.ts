import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/facts/mentions/tokens.js';

const exampleDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'examples', 'al-qaim');

test('every mention token\'s fields follow their definitions, the fast paths\' tokens included (real text and edge cases)', () => {
  const texts = readdirSync(exampleDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(exampleDir, f), 'utf8'));
  texts.push('Gen. Ryan Dillon, U.S.-backed SDF (Syrian Democratic Forces) said: "ISIS\'s fall" cost $1,500.5 — Émile, Ōtsu & NATO; x@y #tag `q` {a} [b] ~c ^d |e A I.');
  const kinds = new Map<string, number>();
  for (const text of texts) {
    for (const t of tokenize(text, 7)) {
      const letters = t.text.replace(/[^\p{L}]/gu, '');
      assert.equal(text.slice(t.start - 7, t.end - 7), t.text);
      assert.equal(t.lower, t.text.toLowerCase(), t.text);
      assert.equal(t.kind, /^\d/.test(t.text) ? 'num' : /^\p{L}/u.test(t.text) ? 'word' : 'punct', t.text);
      assert.equal(t.cap, /\p{Lu}/u.test(t.text.charAt(0)), t.text);
      assert.equal(t.allCaps, letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(), t.text);
      kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
    }
  }
  for (const kind of ['word', 'num', 'punct']) assert.ok((kinds.get(kind) ?? 0) > 10, kind);
});
