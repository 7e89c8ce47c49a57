import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demonymPlace, isDemonymOrPlural } from '../src/facts/mentions/cues.js';

test('a demonym or its plural is not a name; a country named like a plural demonym is', () => {
  assert.equal(demonymPlace('Iraqi'), 'Iraq');
  assert.ok(isDemonymOrPlural('Iraqis'));
  assert.ok(isDemonymOrPlural('Sunnis'));
  // "Lao" + s and "Philippine" + s are countries' own names, not plurals of their demonyms.
  assert.ok(!isDemonymOrPlural('Laos'));
  assert.ok(!isDemonymOrPlural('Philippines'));
  assert.ok(!isDemonymOrPlural('Smiths'));
});
