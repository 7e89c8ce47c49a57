// The map of a brief's places (src/render/map.ts) on its own: deterministic, escaped, only resolved places,
// and a sensible frame for one place, a region or the world.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMap, type MapPlace } from '../src/render/map.js';

interface Circle {
  cx: number;
  cy: number;
  r: number;
}

function viewBox(svg: string): [number, number, number, number] {
  const m = /viewBox="([^"]+)"/.exec(svg);
  assert.ok(m, 'the svg has a viewBox');
  const v = m[1].split(/\s+/).map(Number);
  assert.equal(v.length, 4);
  return [v[0], v[1], v[2], v[3]];
}

function circles(svg: string): Circle[] {
  return [...svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]), r: Number(m[3]) }));
}

function assertInside(svg: string, cs: Circle[]): void {
  const [x0, y0, w, h] = viewBox(svg);
  for (const c of cs) {
    assert.ok([c.cx, c.cy, c.r].every(Number.isFinite), `finite circle ${JSON.stringify(c)}`);
    assert.ok(c.cx >= x0 && c.cx <= x0 + w && c.cy >= y0 && c.cy <= y0 + h, `dot ${JSON.stringify(c)} inside ${[x0, y0, w, h]}`);
  }
}

const city = (name: string, lat: number, lon: number, mentions = 1, country: string | null = null): MapPlace => ({
  name, lat, lon, kind: 'city', country, resolved: true, mentions,
});

// A made-up regional story: towns within a few hundred km of each other.
const REGION: MapPlace[] = [
  city('Northtown', 48.2, 16.4, 6, 'AT'),
  city('Rivermouth', 47.5, 19.0, 3, 'HU'),
  city('Hillfort', 48.7, 21.3, 1, 'SK'),
  { name: 'Middle Province', lat: 47.9, lon: 18.1, kind: 'admin', country: 'SK', resolved: true, mentions: 2 },
  { name: 'Great River', lat: 47.8, lon: 18.8, kind: 'river', country: null, resolved: true, mentions: 4 },
  { name: 'Hungary', lat: 47.2, lon: 19.4, kind: 'country', country: 'HU', resolved: true, mentions: 5 },
];

test('the same places give the same bytes, whatever their order', () => {
  const a = renderMap(REGION);
  assert.ok(a.startsWith('<svg') && a.endsWith('</svg>'));
  assert.equal(renderMap(REGION), a);
  assert.equal(renderMap([...REGION].reverse()), a);
});

test('cities and admin areas are dots; rivers and countries are not; all dots are in view', () => {
  const svg = renderMap(REGION);
  const cs = circles(svg);
  assert.equal(cs.length, REGION.filter((p) => p.kind === 'city' || p.kind === 'admin').length);
  assertInside(svg, cs);
  assert.ok(!svg.includes('<title>Great River'), 'a river is not a dot');
  assert.ok(svg.includes('class="named"'), 'a country the story names is shaded');
  // Fitted to the places: the dots spread over a good part of the frame, not a speck in a world map.
  const [, , w, h] = viewBox(svg);
  const xs = cs.map((c) => c.cx);
  const ys = cs.map((c) => c.cy);
  assert.ok(Math.max(...xs) - Math.min(...xs) > w / 3 || Math.max(...ys) - Math.min(...ys) > h / 3, 'the view is fitted to the places');
  // More mentions, a bigger dot.
  const radius = (name: string) => Number(new RegExp(`<title>${name} [^<]*</title><circle[^>]* r="([^"]+)"`).exec(svg)?.[1]);
  assert.ok(radius('Northtown') > radius('Hillfort'));
});

test('an unresolved place is never drawn, even with coordinates', () => {
  const svg = renderMap([...REGION, { name: 'Nowhereville', lat: 48.0, lon: 17.0, kind: 'city', country: null, resolved: false, mentions: 9 }]);
  assert.ok(!svg.includes('Nowhereville'));
  assert.equal(svg, renderMap(REGION));
  assert.equal(renderMap([{ name: 'Lost', lat: null, lon: null, kind: 'city', country: null, resolved: false, mentions: 3 }]), '');
});

test('a hostile place name is escaped', () => {
  const svg = renderMap([city(`<script>alert("x")</script>&'`, 30.0, 31.2, 2)]);
  assert.ok(!svg.includes('<script'), 'no live script tag');
  assert.ok(svg.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;'));
});

test('a single place gets a sensible frame with some country around it', () => {
  const svg = renderMap([city('Lonely', 50.85, 4.35, 3)]);
  const cs = circles(svg);
  assert.equal(cs.length, 1);
  assertInside(svg, cs);
  const [, , w, h] = viewBox(svg);
  // Centred, not pushed to an edge.
  assert.ok(Math.abs(cs[0].cx - w / 2) < w / 4 && Math.abs(cs[0].cy - h / 2) < h / 4);
  const paths = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(paths.length > 0 && paths.every((d) => !/NaN|Infinity/.test(d)), 'finite path data');
  // Borders are drawn: the frame is wide enough to show neighbouring countries of a European town.
  assert.ok(svg.includes('stroke-linejoin="round"'), 'a border line is drawn');
});

test('places on several continents show the world, every dot in view', () => {
  const svg = renderMap([city('Southport', -33.9, 151.2, 3), city('Westport', 49.3, -123.1, 2), city('Eastport', 35.7, 139.7, 1), city('Farnorth', 64.1, -21.9, 1)]);
  const cs = circles(svg);
  assert.equal(cs.length, 4);
  assertInside(svg, cs);
  // A labelled dot per name when there is room.
  assert.equal([...svg.matchAll(/<text [^>]*>/g)].length, 4);
});
