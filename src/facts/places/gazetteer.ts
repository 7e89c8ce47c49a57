// The offline gazetteer: GeoNames cities (population >= 1000), admin areas (states and provinces; counties and
// districts), countries with demonyms, and a small curated table of rivers, seas and regions, read from the compact index
// that scripts/build-gazetteer.ts writes to data/gazetteer/gazetteer.bin.
// Names are looked up by a canonical key so that spelling variants meet: "Al-Qaim", "al Qa'im",
// "Al Qā’im" -> "al qaim"; "Deir ez-Zor", "Deir Ezzor", "Deir al-Zor" -> "deir al zor".

import { existsSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATE } from './tunables.js';

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
  /** GeoNames feature code (PPLC, PPLA, PPL...), or `ADM1` (state, province), `ADM2` (county, district), `PCLI`, `CURATED`, `SITE` (a curated building or landmark). */
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
  /**
   * Whether some name key or demonym key starts with this string: a run of words whose key so far begins no name
   * can be no name however it goes on (the place finder stops lengthening it).
   */
  startsKey(prefix: string): boolean;
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
/** The Arabic article spellings canonicalKey writes as "al" before another word. */
export const ARTICLE_WORDS: ReadonlySet<string> = ARTICLES;
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

/**
 * A town of fewer than GATE.hamlet people (or of unknown population) that seats no division above the fourth level: a
 * reading of last resort (./passes/resolve.ts), and no part of a state's point or population (scripts/build-gazetteer.ts).
 * GeoNames lists the seats of states, districts and subdistricts (PPLA to PPLA3) and of governments (PPLC, PPLG)
 * whatever their size, often with no population: known places, not hamlets.
 */
export function isHamlet(e: { kind: string; population: number; featureCode: string }): boolean {
  return e.kind === 'city' && e.population < GATE.hamlet && !HIGHER_SEATS.has(e.featureCode);
}
const HIGHER_SEATS: ReadonlySet<string> = new Set(['PPLC', 'PPLG', 'PPLA', 'PPLA2', 'PPLA3']);

/** The index file in data/gazetteer/ (written by scripts/build-gazetteer.ts). */
export const GAZETTEER_FILE = 'gazetteer.bin';

/** data/gazetteer/ at the repository root, found from this file (it runs from src/, dist/src/ or dist-cli/). */
export function gazetteerDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'gazetteer');
    if (existsSync(join(candidate, GAZETTEER_FILE))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `gazetteer: expected data/gazetteer/${GAZETTEER_FILE} above ${dirname(fileURLToPath(import.meta.url))}, found none; run \`node --import tsx scripts/build-gazetteer.ts\``,
  );
}

// The index file, version 3: a 64-byte header, a sparse key index, then UTF-8 text. Loading reads the header and the
// sparse index (about 100 KB: the first key of every block of TUNING.keysPerBlock sorted keys); a lookup binary-searches
// that index, reads the one block of key lines that can hold the key (kept once read), and reads an entry's line when a
// key first points to it. No gunzip, no decoding or line scan of the 19 MB: a process that looks up a few hundred
// names reads a few hundred kilobytes.
//   bytes 0-15   MAGIC (ASCII, zero-padded)
//   16 + 4i      uint32 LE: [0] entries, [1] keys, [2] blocks, [3] block table offset, [4] first-keys offset,
//                [5] first-keys length, [6] entry text offset, [7] entry text length, [8] demonyms offset,
//                [9] demonyms length, [10] qualifiers offset, [11] qualifiers length
//   block table  blocks + 1 uint32 LE: where each block of key lines starts (the last: where key text ends)
//   first keys   the first key of each block, one a line
//   key text     lines `key<TAB>codes<LF>`, sorted by code unit (keys are printable ASCII); codes, comma-separated, are
//                `at*2` (a main name) or `at*2+1` (an alternate name only), `at` the byte offset of the entry's line
//                from the entry text's start
//   entry text   lines `tag id name lat lon country admin1 population featureCode`, tab-separated, UTF-8
//   demonyms     lines `key<TAB>ISO2`; qualifiers: lines `key<TAB>country<TAB>admin1`
const MAGIC = 'chorus-gaz 3';
const HEADER_BYTES = 64;
const TUNING = {
  // Sorted keys per block of the sparse index: more means a smaller index to load, longer blocks to read per lookup.
  keysPerBlock: 64,
  // Bytes read for an entry's line: longer than any line, so one read gets it (a longer line is read again whole).
  entryReadBytes: 512,
};

/** The index's content as scripts/build-gazetteer.ts produces it. */
export interface GazetteerSections {
  /** Entry lines (tab-separated fields, no newline). */
  entries: string[];
  /** Keys (printable ASCII) with the entries they name: index into `entries`, and whether the name is only an alternate. */
  keys: Map<string, { entry: number; alt: boolean }[]>;
  /** Lines `key<TAB>ISO2`. */
  demonyms: string[];
  /** Lines `key<TAB>country<TAB>admin1`. */
  qualifiers: string[];
  /** Free text stored after the header's fields (provenance). */
  note: string;
}

/** Lay out the index file (see the format above). */
export function encodeGazetteer(s: GazetteerSections): Buffer {
  const entryAt: number[] = [];
  let at = 0;
  const entryText = Buffer.from(
    s.entries
      .map((l) => {
        entryAt.push(at);
        at += Buffer.byteLength(l, 'utf8') + 1;
        return `${l}\n`;
      })
      .join(''),
    'utf8',
  );
  const sorted = [...s.keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const blockStarts: number[] = [];
  const firstKeys: string[] = [];
  const keyLines: string[] = [];
  let keyBytes = 0;
  sorted.forEach((k, i) => {
    if (!/^[\x20-\x7e]+$/.test(k)) throw new Error(`gazetteer: expected printable ASCII keys, found "${k.slice(0, 40)}"`);
    if (i % TUNING.keysPerBlock === 0) {
      blockStarts.push(keyBytes);
      firstKeys.push(k);
    }
    const line = `${k}\t${(s.keys.get(k) ?? []).map((c) => entryAt[c.entry] * 2 + (c.alt ? 1 : 0)).join(',')}\n`;
    keyLines.push(line);
    keyBytes += line.length;
  });
  blockStarts.push(keyBytes);
  const keyText = Buffer.from(keyLines.join(''), 'latin1');
  const first = Buffer.from(firstKeys.map((k) => `${k}\n`).join(''), 'latin1');
  const demonyms = Buffer.from(s.demonyms.map((l) => `${l}\n`).join(''), 'utf8');
  const qualifiers = Buffer.from(s.qualifiers.map((l) => `${l}\n`).join(''), 'utf8');
  const note = Buffer.from(`${s.note}\n`, 'utf8');
  const blockTable = HEADER_BYTES + note.length;
  const firstAt = blockTable + 4 * blockStarts.length;
  const keyTextAt = firstAt + first.length;
  const entryTextAt = keyTextAt + keyText.length;
  const demonymsAt = entryTextAt + entryText.length;
  const qualifiersAt = demonymsAt + demonyms.length;
  const out = Buffer.alloc(qualifiersAt + qualifiers.length);
  out.write(MAGIC, 0, 'ascii');
  const fields = [s.entries.length, sorted.length, firstKeys.length, blockTable, firstAt, first.length, entryTextAt, entryText.length, demonymsAt, demonyms.length, qualifiersAt, qualifiers.length];
  fields.forEach((v, i) => out.writeUInt32LE(v, 16 + 4 * i));
  note.copy(out, HEADER_BYTES);
  blockStarts.forEach((v, i) => out.writeUInt32LE(keyTextAt + v, blockTable + 4 * i));
  first.copy(out, firstAt);
  keyText.copy(out, keyTextAt);
  entryText.copy(out, entryTextAt);
  demonyms.copy(out, demonymsAt);
  qualifiers.copy(out, qualifiersAt);
  return out;
}

/** Where the index's bytes come from: `read(at, length)` returns that many bytes from offset `at` (fewer at the end). */
export interface GazetteerSource {
  read(at: number, length: number): Buffer;
}

/** A source over bytes already in memory (tests, scripts). */
export function bufferSource(buf: Buffer): GazetteerSource {
  return { read: (at, length) => buf.subarray(at, Math.min(buf.length, at + length)) };
}

/** A source over an open file, read with positioned reads when asked (the descriptor stays open with the gazetteer). */
export function fileSource(path: string): GazetteerSource {
  const fd = openSync(path, 'r');
  return {
    read: (at, length) => {
      const b = Buffer.allocUnsafe(length);
      const n = readSync(fd, b, 0, length, at);
      return b.subarray(0, n);
    },
  };
}

/**
 * Open the index (the format above) through `src`. Only the header and the sparse key index are read here; key blocks
 * and entries are read when a lookup needs them, and kept (bounded by the index's size; a miss adds no key).
 */
export function parseGazetteer(src: GazetteerSource | Buffer): Gazetteer {
  const source = Buffer.isBuffer(src) ? bufferSource(src) : src;
  const head = source.read(0, HEADER_BYTES);
  if (head.length < HEADER_BYTES || head.toString('ascii', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`gazetteer: expected a file starting "${MAGIC}", found "${head.toString('latin1', 0, Math.min(16, head.length))}"; rebuild it with scripts/build-gazetteer.ts`);
  }
  const [nEntries, , nBlocks, blockTable, firstAt, firstLen, entryTextAt, entryTextLen, demonymsAt, demonymsLen, qualifiersAt, qualifiersLen] = Array.from(
    { length: 12 },
    (_, i) => head.readUInt32LE(16 + 4 * i),
  );
  const table = source.read(blockTable, 4 * (nBlocks + 1));
  const blockStarts = new Uint32Array(nBlocks + 1);
  for (let i = 0; i <= nBlocks; i++) blockStarts[i] = table.readUInt32LE(4 * i);
  const firstKeys = source.read(firstAt, firstLen).toString('latin1').split('\n');

  // Key blocks read so far, each as "\n" + its lines, so `\nkey\t` finds a key's line.
  const blocks = new Map<number, string>();
  const blockText = (b: number): string => {
    let t = blocks.get(b);
    if (t === undefined) {
      t = `\n${source.read(blockStarts[b], blockStarts[b + 1] - blockStarts[b]).toString('latin1')}`;
      blocks.set(b, t);
    }
    return t;
  };
  /** The last block whose first key is <= key (0 when key precedes them all). */
  const blockOf = (key: string): number => {
    let lo = 0;
    let hi = nBlocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firstKeys[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const codesOf = (key: string): string | null => {
    const lo = blockOf(key);
    if (nBlocks === 0 || firstKeys[lo] > key) return null;
    const t = blockText(lo);
    const at = t.indexOf(`\n${key}\t`);
    if (at < 0) return null;
    const from = at + key.length + 2;
    return t.slice(from, t.indexOf('\n', from));
  };

  const parsed = new Map<number, GazEntry>();
  const entryLine = (at: number, fields: string[]): GazEntry => {
    const kind = KIND_CODES[fields[0]];
    if (kind === undefined) throw new Error(`gazetteer: entry at ${at}: expected a kind tag (c a n r g o), found "${fields[0]}"`);
    const id = fields[1];
    // geonameId is written for every entry (undefined when there is none), last as before: every entry has one shape,
    // so the passes that read entries are not compiled again when an entry of the other shape comes.
    return {
      id,
      kind,
      name: fields[2],
      lat: Number(fields[3]),
      lon: Number(fields[4]),
      country: fields[5] === '' ? null : fields[5],
      admin1: fields[6] === '' ? null : fields[6],
      population: fields[7] === '' ? 0 : Number(fields[7]),
      featureCode: fields[8],
      geonameId: kind === 'city' && /^\d+$/.test(id) ? Number(id) : undefined,
    };
  };
  const entry = (at: number): GazEntry => {
    const done = parsed.get(at);
    if (done !== undefined) return done;
    let len = TUNING.entryReadBytes;
    let b = source.read(entryTextAt + at, Math.min(len, entryTextLen - at));
    let nl = b.indexOf(10);
    while (nl < 0 && at + len < entryTextLen) {
      len *= 4;
      b = source.read(entryTextAt + at, Math.min(len, entryTextLen - at));
      nl = b.indexOf(10);
    }
    const e = entryLine(at, b.toString('utf8', 0, nl < 0 ? b.length : nl).split('\t'));
    parsed.set(at, e);
    return e;
  };

  const smallMap = (from: number, length: number): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const line of source.read(from, length).toString('utf8').split('\n')) {
      if (line === '') continue;
      const f = line.split('\t');
      m.set(f[0], f.slice(1));
    }
    return m;
  };
  let demonyms: Map<string, string[]> | null = null;
  let qualifiers: Map<string, string[]> | null = null;
  let demonymKeys: string[] | null = null;
  const startsKey = (prefix: string): boolean => {
    if (prefix === '') return true;
    if (nBlocks > 0) {
      // Keys are sorted: one starting with `prefix` is in prefix's block, after it, or first in the next block.
      const b = blockOf(prefix);
      if (firstKeys[b] > prefix ? firstKeys[b].startsWith(prefix) : blockText(b).includes(`\n${prefix}`)) return true;
      if (b + 1 < nBlocks && firstKeys[b + 1].startsWith(prefix)) return true;
    }
    demonymKeys ??= [...(demonyms ??= smallMap(demonymsAt, demonymsLen)).keys()].sort();
    let lo = 0;
    let hi = demonymKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (demonymKeys[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < demonymKeys.length && demonymKeys[lo].startsWith(prefix);
  };

  // Names are asked for again and again: the hits of each key found are kept with the data (bounded by the index's
  // keys; callers must not mutate hits). A miss is not kept, so text never grows this map.
  const looked = new Map<string, GazHit[]>();
  const none = noHits();
  const lookup = (key: string): GazHit[] => {
    const hit = looked.get(key);
    if (hit) return hit;
    // Only canonical keys are names; `#id` keys are the index's own (see byId).
    if (key === '' || key.charCodeAt(0) === 35) return none;
    const codes = codesOf(key);
    if (codes === null) return none;
    const hits = codes.split(',').map((c) => {
      const n = Number(c);
      return { entry: entry(Math.floor(n / 2)), primary: n % 2 === 0 };
    });
    looked.set(key, hits);
    return hits;
  };
  // Countries, admin areas and curated features are keyed by `#` + id too.
  const byId = (id: string): GazEntry | null => {
    const codes = codesOf(`#${id}`);
    return codes === null ? null : entry(Math.floor(Number(codes.split(',')[0]) / 2));
  };
  return {
    get entries(): GazEntry[] {
      const all: GazEntry[] = [];
      const text = source.read(entryTextAt, entryTextLen);
      for (let at = 0; at < entryTextLen; ) {
        const nl = text.indexOf(10, at);
        const end = nl < 0 ? entryTextLen : nl;
        all.push(parsed.get(at) ?? entryLine(at, text.toString('utf8', at, end).split('\t')));
        at = end + 1;
      }
      return all;
    },
    size: nEntries,
    lookup,
    startsKey,
    demonym: (key) => (demonyms ??= smallMap(demonymsAt, demonymsLen)).get(key)?.[0] ?? null,
    qualifier: (key) => {
      const q = (qualifiers ??= smallMap(qualifiersAt, qualifiersLen)).get(key);
      return q ? { country: q[0], admin1: q[1] } : null;
    },
    country: (iso2) => byId(`C:${iso2}`),
    admin: (country, admin1) => byId(`A:${country}.${admin1}`),
  };
}

/**
 * An empty list of hits, of the array kind a list of found hits has. A literal `[]` is, to V8, an array of small
 * integers and a list of objects another kind: code that reads both (`.length`, `.some`) sees two shapes and, having
 * been optimized on one, is thrown away and compiled again when the other comes (the places passes are the largest
 * functions of `chorus facts`: each recompile is tens of milliseconds). Read only, as every list of hits is.
 */
export function noHits(): GazHit[] {
  const out: GazHit[] = [{} as GazHit];
  out.pop();
  return out;
}

let cached: Gazetteer | null = null;

/** The gazetteer, opened on first use and kept for the life of the process (its file stays open, read on demand). */
export function loadGazetteer(): Gazetteer {
  if (cached === null) cached = parseGazetteer(fileSource(join(gazetteerDataDir(), GAZETTEER_FILE)));
  return cached;
}
