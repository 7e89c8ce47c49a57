// The offline gazetteer: GeoNames cities (population >= 1000), admin areas (states and provinces; counties and
// districts), countries with demonyms, and a small curated table of rivers, seas and regions, read from the compact index
// that scripts/build-gazetteer.ts writes to data/gazetteer/gazetteer.tsv.gz.
// Names are looked up by a canonical key so that spelling variants meet: "Al-Qaim", "al Qa'im",
// "Al Qā’im" -> "al qaim"; "Deir ez-Zor", "Deir Ezzor", "Deir al-Zor" -> "deir al zor".

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export type PlaceKind = 'city' | 'admin' | 'country' | 'river' | 'region' | 'demonym' | 'other';

/** One gazetteer entry. */
export interface GazEntry {
  /** Stable id: the GeoNames id for cities, `A:IQ.01` for admin areas, `C:IQ` for countries, `F:euphrates` for curated features. */
  id: string;
  /** The GeoNames id when the entry is a GeoNames feature. */
  geonameId?: number;
  kind: PlaceKind;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or null for features spanning several countries. */
  country: string | null;
  /** GeoNames admin1 code within the country (e.g. `01` for Anbar), or null. */
  admin1: string | null;
  /** Population (cities: GeoNames; admin areas and countries: the sum over their cities); 0 when unknown. */
  population: number;
  /** GeoNames feature code (PPLC, PPLA, PPL...), or `ADM1` (state, province), `ADM2` (county, district), `PCLI`, `CURATED`. */
  featureCode: string;
}

/** A name hit: the entry, and whether the key is one of its main names (not only an alternate name). */
export interface GazHit {
  entry: GazEntry;
  primary: boolean;
}

export interface Gazetteer {
  /** Every entry (parses the whole index: for scripts and tests, not for the hot path). */
  readonly entries: GazEntry[];
  /** Number of entries. */
  readonly size: number;
  /** All entries whose names have this canonical key (see canonicalKey). */
  lookup(key: string): GazHit[];
  /** The country (ISO2) a demonym key points to ("iraqi" -> IQ), or null. */
  demonym(key: string): string | null;
  /** The admin1 area named by a qualifier such as "Wyo." or "Calif." (keyed canonically), or null. */
  qualifier(key: string): { country: string; admin1: string } | null;
  /** The country entry for an ISO2 code. */
  country(iso2: string): GazEntry | null;
  /** The admin1 entry for a country and admin1 code. */
  admin(country: string, admin1: string): GazEntry | null;
}

// Arabic article spellings that transliterations use interchangeably (sun-letter assimilation:
// ad-, ar-, as-, az-...); all become "al" so "Salah ad Din" meets "Salah al-Din".
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'ath', 'adh', 'az', 'an', 'ed', 'er', 'es', 'et', 'ez', 'en', 'ud', 'ur', 'us', 'un',
]);
// An article glued to its word with the doubled sun letter ("Ezzor", "Assadr") when not first in the name.
const GLUED_ARTICLE = /^[ae]([bdhlnrstz])\1([a-z]{2,})$/;
// Letters that NFD does not decompose into a base letter plus a mark.
const FOLD: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ħ': 'h' };

const ASCII = /^[\x00-\x7f]*$/;

/** The lookup key of a place name: lowercase ASCII words, apostrophes dropped, Arabic articles unified. */
export function canonicalKey(name: string): string {
  // Most names are plain ASCII, which NFD and the folds leave as they are.
  let t = name.toLowerCase();
  if (!ASCII.test(t)) t = t.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ßæœøđðłıþħ]/g, (c) => FOLD[c] ?? c);
  // Apostrophes and ayn/hamza marks vanish rather than split: "Qa'im" = "Qaim".
  t = t.replace(/[’'‘`ʿʾ´ʻ]/g, '');
  t = t.replace(/[^a-z0-9]+/g, ' ').trim();
  if (t === '') return '';
  const toks = t.split(' ');
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i];
    if (ARTICLES.has(w) && i < toks.length - 1) {
      out.push('al');
      continue;
    }
    const glued = i > 0 ? GLUED_ARTICLE.exec(w) : null;
    if (glued) out.push('al', glued[1] + glued[2]);
    else out.push(w);
  }
  return out.join(' ');
}

const KIND_CODES: Record<string, PlaceKind> = { c: 'city', a: 'admin', n: 'country', r: 'river', g: 'region', o: 'other' };

/** data/gazetteer/ at the repository root, found from this file (it runs from src/ or dist/src/). */
export function gazetteerDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'gazetteer');
    if (existsSync(join(candidate, 'gazetteer.tsv.gz'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `gazetteer: expected data/gazetteer/gazetteer.tsv.gz above ${dirname(fileURLToPath(import.meta.url))}, found none; run \`node --import tsx scripts/build-gazetteer.ts\``,
  );
}

/** Start offsets of the lines of `text` in [from, to), each line ending at the next newline. */
function lineStarts(text: string, from: number, to: number): Int32Array {
  let starts = new Int32Array(1 << 16);
  let n = 0;
  for (let p = from; p < to; p = text.indexOf('\n', p) + 1) {
    if (n === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = p;
  }
  return starts.subarray(0, n);
}

/** Where a section's header line starts and where its body (the line after the header) starts. */
function section(text: string, name: string): { header: number; body: number } {
  const at = text.indexOf(`\n@${name}`);
  if (at < 0) throw new Error(`gazetteer: expected a section "@${name}" in the index, found none`);
  return { header: at + 1, body: text.indexOf('\n', at + 1) + 1 };
}

/**
 * Open the index text (the format scripts/build-gazetteer.ts writes). Nothing is parsed up front but
 * line offsets: keys are binary-searched in their sorted section, and entries parsed when first hit,
 * so loading costs little more than the gunzip.
 */
export function parseGazetteer(text: string): Gazetteer {
  if (!text.startsWith('#chorus-gazetteer 2')) {
    throw new Error(`gazetteer: expected a first line "#chorus-gazetteer 2", found "${text.slice(0, 40)}"`);
  }
  const entriesAt = section(text, 'entries');
  const keysAt = section(text, 'keys');
  const demonymsAt = section(text, 'demonyms');
  const qualifiersAt = section(text, 'qualifiers');
  const entryStarts = lineStarts(text, entriesAt.body, keysAt.header);
  const keyStarts = lineStarts(text, keysAt.body, demonymsAt.header);
  const parsed: (GazEntry | undefined)[] = new Array(entryStarts.length);

  const entry = (i: number): GazEntry => {
    const done = parsed[i];
    if (done !== undefined) return done;
    const end = text.indexOf('\n', entryStarts[i]);
    const f = text.slice(entryStarts[i], end).split('\t');
    const kind = KIND_CODES[f[0]];
    if (kind === undefined) throw new Error(`gazetteer: entry ${i}: expected a kind tag (c a n r g o), found "${f[0]}"`);
    const e: GazEntry = {
      id: f[1],
      kind,
      name: f[2],
      lat: Number(f[3]),
      lon: Number(f[4]),
      country: f[5] === '' ? null : f[5],
      admin1: f[6] === '' ? null : f[6],
      population: f[7] === '' ? 0 : Number(f[7]),
      featureCode: f[8],
    };
    if (kind === 'city' && /^\d+$/.test(e.id)) e.geonameId = Number(e.id);
    parsed[i] = e;
    return e;
  };

  // The key stored at offset s (ended by a tab) against `key`, by UTF-16 code units as the build sorted them, without
  // cutting the stored key out of the text (a lookup is ~20 probes; most words tried are not names).
  const compareAt = (s: number, key: string): number => {
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(s + i);
      const stored = c === 9 ? -1 : c;
      const wanted = i < key.length ? key.charCodeAt(i) : -1;
      if (stored !== wanted) return stored < wanted ? -1 : 1;
      if (stored === -1) return 0;
    }
  };
  // Binary search in the sorted key section; keys are ASCII so code-unit order is the build's order.
  const codesOf = (key: string): string | null => {
    let lo = 0;
    let hi = keyStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareAt(keyStarts[mid], key);
      if (c === 0) {
        const tab = keyStarts[mid] + key.length;
        return text.slice(tab + 1, text.indexOf('\n', tab));
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };

  const smallMap = (from: number, to: number): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const line of text.slice(from, to).split('\n')) {
      if (line === '' || line[0] === '@') continue;
      const f = line.split('\t');
      m.set(f[0], f.slice(1));
    }
    return m;
  };
  const demonyms = smallMap(demonymsAt.body, qualifiersAt.header);
  const qualifiers = smallMap(qualifiersAt.body, text.length);

  // Countries, admin areas and curated features come after the GeoNames cities in the index; they are
  // read by id from the end on first use (a few thousand lines).
  let byId: Map<string, GazEntry> | null = null;
  const nonCity = (id: string): GazEntry | null => {
    if (byId === null) {
      byId = new Map();
      for (let i = entryStarts.length - 1; i >= 0; i--) {
        const e = entry(i);
        if (e.geonameId !== undefined) break;
        byId.set(e.id, e);
      }
    }
    return byId.get(id) ?? null;
  };
  // Names are asked for again and again: the hits of each key found are kept with the data (bounded by the index's
  // keys; callers must not mutate hits). A miss is not kept, so text never grows this map.
  const looked = new Map<string, GazHit[]>();
  const none: GazHit[] = [];
  const lookup = (key: string): GazHit[] => {
    const hit = looked.get(key);
    if (hit) return hit;
    const codes = codesOf(key);
    if (codes === null) return none;
    const hits = codes.split(',').map((c) => {
      const n = Number(c);
      return { entry: entry(n >> 1), primary: (n & 1) === 0 };
    });
    looked.set(key, hits);
    return hits;
  };
  return {
    get entries(): GazEntry[] {
      return Array.from({ length: entryStarts.length }, (_, i) => entry(i));
    },
    size: entryStarts.length,
    lookup,
    demonym: (key) => demonyms.get(key)?.[0] ?? null,
    qualifier: (key) => {
      const q = qualifiers.get(key);
      return q ? { country: q[0], admin1: q[1] } : null;
    },
    country: (iso2) => nonCity(`C:${iso2}`),
    admin: (country, admin1) => nonCity(`A:${country}.${admin1}`),
  };
}

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first use and kept for the life of the process. */
export function loadGazetteer(): Gazetteer {
  if (cached === null) cached = parseGazetteer(gunzipSync(readFileSync(join(gazetteerDataDir(), 'gazetteer.tsv.gz'))).toString('utf8'));
  return cached;
}
