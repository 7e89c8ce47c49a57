// The binary copy of wink's core model (src/segment/wink-cache.ts) must give a tagger exactly like the JSON's, and
// must not be used when it was made from another file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreModelFile, modelVersion, parsedCoreJson, taggerFrom } from '../src/segment/nlp.js';
import { decodeWinkCore, encodeWinkCore, lexemeHash, sourceOf } from '../src/segment/wink-cache.js';
import { assertSameTags } from './helpers/tags.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-wink-'));
const cacheFile = join(dir, 'wink-core.bin');
const source = sourceOf(coreModelFile(), modelVersion());
writeFileSync(cacheFile, encodeWinkCore(parsedCoreJson(), source));

test('a tagger on the binary copy gives the same sentences, tags and features as one on the JSON', () => {
  const tokens = assertSameTags(taggerFrom(cacheFile), taggerFrom(null));
  assert.ok(tokens > 1000, `compared ${tokens} tokens`);
});

test('the lexeme hash answers as a full hash, before and after it fills itself', () => {
  const list = parsedCoreJson().features.lexeme.list;
  const parts = decodeWinkCore(cacheFile, source);
  assert.ok(parts);
  assert.deepEqual(parts.lexemes, list);
  // A small threshold, so that the look-ups below cross it and the hash completes itself midway.
  const hash = lexemeHash(parts.lexemes.slice(), parts.sorted, 50);
  const step = Math.floor(list.length / 400);
  for (let k = 0; k < list.length; k += step) assert.equal(hash[list[k]!], k, list[k]);
  assert.equal(hash['zzqxnotaword'], undefined);
  hash['zzqxnotaword'] = list.length;
  assert.equal(hash['zzqxnotaword'], list.length);
  assert.equal(Object.getPrototypeOf(hash), null, 'past the threshold the hash holds every word');
  assert.equal(Object.keys(hash).length, list.length + 1);
  // Below the threshold: found by binary search, words added by the caller kept, names of Object.prototype plain keys.
  const lazy = lexemeHash(parts.lexemes, parts.sorted);
  assert.equal(lazy[list[list.length - 1]!], list.length - 1);
  assert.equal(lazy['constructor'], list.indexOf('constructor') === -1 ? undefined : list.indexOf('constructor'));
  assert.equal(lazy['__proto__'], undefined);
  lazy['__proto__'] = 7;
  assert.equal(lazy['__proto__'], 7);
});

test('a copy made from another file or of another format is not used', () => {
  assert.equal(decodeWinkCore(cacheFile, { ...source, size: source.size + 1 }), null);
  assert.equal(decodeWinkCore(cacheFile, { ...source, version: '0.0.0' }), null);
  assert.equal(decodeWinkCore(join(dir, 'missing.bin'), source), null);
  const broken = join(dir, 'broken.bin');
  writeFileSync(broken, readFileSync(cacheFile).subarray(0, 1000));
  assert.equal(decodeWinkCore(broken, source), null);
});
