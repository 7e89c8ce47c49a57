import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contentWords, tokens } from '../src/text/words.js';

const exampleDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'examples', 'al-qaim');

/** The tokenizer as it was written before (a regex per word for the possessive): the reference the loop must equal. */
function tokensBefore(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) => t.replace(/['’]s$/, ''));
}

test('word tokens drop a possessive\'s \'s or ’s, as the per-word regex did, on real text and edge cases', () => {
  const lines = readdirSync(exampleDir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(exampleDir, f), 'utf8').split('\n'));
  lines.push("Iraq's army, Syria’s border, IRAQ'S, its boss's bus, the Jones’ house, don't, it’S, 1990's, ô's, 's alone, O'Neill's");
  let words = 0;
  for (const line of lines) {
    assert.deepEqual(tokens(line), tokensBefore(line), line);
    words += tokens(line).length;
  }
  assert.ok(words > 500, 'the example has words');
  assert.deepEqual(tokens("Iraq's Syria’s its boss's"), ['iraq', 'syria', 'its', 'boss']);
  assert.deepEqual(contentWords("Iraq's forces"), ['iraq', 'forc']);
});
