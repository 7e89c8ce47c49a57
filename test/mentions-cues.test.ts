import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFactsContext } from '../src/facts/mentions/context.js';
import { demonymPlace, isDemonymOrPlural } from '../src/facts/mentions/cues.js';
import { findMentions } from '../src/facts/mentions/mentions.js';
import { article, split } from './helpers/story.js';

test('a demonym or its plural is not a name; a country named like a plural demonym is', () => {
  assert.equal(demonymPlace('Iraqi'), 'Iraq');
  assert.ok(isDemonymOrPlural('Iraqis'));
  assert.ok(isDemonymOrPlural('Sunnis'));
  // "Lao" + s and "Philippine" + s are countries' own names, not plurals of their demonyms.
  assert.ok(!isDemonymOrPlural('Laos'));
  assert.ok(!isDemonymOrPlural('Philippines'));
  assert.ok(!isDemonymOrPlural('Smiths'));
});

test('a word after a name that makes it a place: the place finder\'s designators and the named extras', () => {
  const a = [article('a', 'Roads in the Marlow township and the Kesson countryside were closed by snow, Anna Marlow said.')];
  const mentions = findMentions(createFactsContext(a), split(a[0])[0]);
  const locative = (text: string) => mentions.find((m) => m.text === text)?.locative;
  assert.equal(locative('Marlow'), true, '"township" is a designator of context-words.json');
  assert.equal(locative('Kesson'), true, '"countryside" is an extra of the mention finder');
  assert.equal(locative('Anna Marlow'), false);
});
