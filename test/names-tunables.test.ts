// The names tunables (src/facts/names/tunables.ts) as the passes use them: each check is built from the table's
// value, so it holds the behaviour at the boundary the table sets and fails if a pass stops using the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../src/facts/names/index.js';
import { aliasKey, lexiconEntry } from '../src/facts/names/aliases.js';
import { orgAliases } from '../src/facts/names/lexicon.js';
import { NAMES } from '../src/facts/names/tunables.js';
import { article, split } from './helpers/story.js';

const entitiesOf = (text: string) => {
  const a = article('a', text);
  return findEntities(split(a), [a]);
};

test('a capitalized word seen only at sentence starts is a name from the table\'s count of mentions on', () => {
  const deeds = ['signed the accord', 'rejected the offer', 'closed its border', 'recalled its envoy', 'raised its tariffs'];
  assert.ok(NAMES.minInitialOnlyMentions <= deeds.length, 'enough sentences for the check');
  const story = (n: number) => `${deeds.slice(0, n).map((d) => `Velmora ${d} on Monday.`).join(' ')} The talks went on.`;
  const named = (n: number) => entitiesOf(story(n)).some((e) => e.name === 'Velmora');
  assert.equal(named(NAMES.minInitialOnlyMentions - 1), false);
  assert.equal(named(NAMES.minInitialOnlyMentions), true);
});

test('a bracketed acronym of the table\'s length joins its name (the bound is inclusive)', () => {
  // Shorter ones never reach the pass: one capital is no name mention ("The Kessel Army (K)" has no "K").
  const words = ['Kessel', 'Army', 'Liberation', 'Front', 'Union'];
  const n = NAMES.minAcronymLength;
  assert.ok(n >= 2 && n <= words.length, 'a name of that many words can be written');
  const name = words.slice(0, n).join(' ');
  const initials = words.slice(0, n).map((w) => w[0]).join('');
  const entities = entitiesOf(`The ${name} (${initials}) struck the town. ${initials} denied it.`);
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity?.aliases.includes(initials), `${initials} joins ${name}: ${JSON.stringify(entities.map((e) => [e.name, e.aliases]))}`);
});

test('curated all-caps aliases up to the table\'s length match only as written; longer ones in any case', () => {
  const title = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
  let short = 0;
  let long = 0;
  for (const entry of orgAliases()) {
    for (const form of [entry.name, ...entry.aliases]) {
      const letters = form.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters !== letters.toUpperCase() || form !== letters) continue;
      assert.equal(lexiconEntry(form)?.name, entry.name, `${form} as written`);
      // The lexicon may list a lowercase spelling itself ("dpa" beside "DPA"): then that spelling matches too. A
      // leading "the" is no such spelling ("the UN" is "UN").
      const lower = (f: string) => f.replace(/^the\s+/i, '') !== f.replace(/^the\s+/i, '').toUpperCase();
      const listedLower = [entry.name, ...entry.aliases].some((f) => lower(f) && aliasKey(f) === aliasKey(form));
      if (letters.length <= NAMES.exactCaseMaxLength && !listedLower) {
        short++;
        assert.equal(lexiconEntry(title(form)), null, `${title(form)} is not ${form}`);
      } else if (letters.length > NAMES.exactCaseMaxLength) {
        long++;
        assert.equal(lexiconEntry(title(form))?.name, entry.name, `${title(form)} is ${form}`);
      }
    }
  }
  assert.ok(short > 0 && long > 0, `the lexicon has aliases on both sides of the bound (${short} short, ${long} long)`);
});
