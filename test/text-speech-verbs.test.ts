import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextWords } from '../src/facts/places/context.js';
import { speechVerbs } from '../src/text/speech-verbs.js';

test('speech verbs: one list, the uses read named parts of it', () => {
  const v = speechVerbs();
  for (const w of [...v.personCue, ...v.figureSource]) assert.ok(v.all.has(w), `"${w}" is in the one list`);
  // The place finder reads the verbs of saying only: a country reports figures ("Ruritania reported 40 cases").
  assert.equal(contextWords().speechVerbs, v.saying);
  assert.ok(v.all.has('reported') && !v.saying.has('reported'));
  // Figures are attributed by verbs of saying or reporting, not of asking.
  assert.ok(v.figureSource.has('estimated') && !v.figureSource.has('urged'));
});
