// The JSON contract is mapped from the stages' internal types field by field: a field a finder adds does not
// reach the JSON until src/contract.ts names it, and the fields it names keep the stage's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractFacts } from '../src/brief.js';
import { pickFields } from '../src/contract.js';
import type { Facts } from '../src/facts/index.js';

test('pickFields keeps the named fields in the object\'s own order and leaves out the rest and undefined ones', () => {
  const o = { b: 1, a: 2, internal: 3, c: undefined as number | undefined };
  assert.deepEqual(Object.entries(pickFields(o, { a: true, b: true, c: true })), [['b', 1], ['a', 2]]);
});

test('a field a finder adds to its own type stays out of the brief', () => {
  const span = { article: 'a', start: 0, end: 5 };
  const support = { outlets: 1, articles: 1 };
  const place = { name: 'Orvik', aliases: [], lat: 1, lon: 2, kind: 'city', country: 'NO', resolved: true, basis: 'test', sources: ['a'], mentions: 1, spans: [span], scoreDebug: 42 };
  const timeline = { date: '2024-03-05', precision: 'day', certainty: 'stated', basis: 'test', expression: 'Tuesday', text: 'x', sources: ['a'], spans: [span], support, kindInternal: 'own' };
  const facts = { facts: [], disagreements: [], timeline: [timeline], places: [place], entities: [], events: [] } as unknown as Facts;
  const out = contractFacts(facts);
  assert.ok(!('scoreDebug' in out.places[0]));
  assert.ok(!('kindInternal' in out.timeline[0]));
  assert.deepEqual(Object.keys(out.places[0]), ['name', 'aliases', 'lat', 'lon', 'kind', 'country', 'resolved', 'basis', 'sources', 'mentions', 'spans']);
});

test('the pipeline map: every stage\'s folder exists, and the table lists the stages in the order the header map draws', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { STAGES } = await import('../src/pipeline.js');
  const root = join(import.meta.dirname, '..');
  for (const s of STAGES) assert.ok(existsSync(join(root, s.folder)), `${s.name}: ${s.folder} is missing`);
  const drawn = /^\/\/\s+(read ->[^\n]+)$/m.exec(readFileSync(join(root, 'src/pipeline.ts'), 'utf8'))?.[1].split(' -> ');
  assert.deepEqual(drawn, STAGES.map((s) => s.name));
});
