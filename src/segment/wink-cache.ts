// A binary copy of wink's English core model, made by `npm run build` (scripts/build-wink-cache.mjs) from the
// installed wink-eng-lite-web-model, so that a short command starts without its costliest step. Loading the
// package's 3 MB JSON costs a `chorus summarize` about a fifth of its time: reading and parsing the JSON, decoding
// 1.9 MB of base64, and above all filling a hash of its 87,593 words (one property at a time, 30 ms alone).
// The copy holds the same model with the big parts raw: the lexicon and expansions as 32-bit words, the word list
// as one NUL-separated string, and the word list's sorted order, so that a word's index is found by binary search
// when the tagger first meets it (lexemeHash below) instead of hashing every word at start.
//
// The copy is only used when it was made from the very file installed (its size, modification time and the
// package's version match); otherwise src/segment/nlp.ts reads the JSON as before. test/wink-cache.test.ts checks
// that both give the same tags.
import { readFileSync, statSync } from 'node:fs';

/** Format tag; a copy with another one is ignored. */
const MAGIC = 'chorus-wink-core/1';

/** The installed model file a copy was made from. */
export interface WinkSource {
  version: string;
  size: number;
  mtimeMs: number;
}

/** The parts of the core model's JSON the copy stores raw; the rest travels as JSON. */
interface CoreParts {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  lexemes: string[];
  /** Indices of `lexemes` in code-unit order of the words. */
  sorted: Uint32Array;
  rest: Record<string, unknown>;
}

/** The source key of an installed model file. */
export function sourceOf(modelFile: string, version: string): WinkSource {
  const st = statSync(modelFile);
  return { version, size: st.size, mtimeMs: st.mtimeMs };
}

function sameSource(a: WinkSource, b: WinkSource): boolean {
  return a.version === b.version && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * The copy of a parsed core model (its `lexicon` and `xpansions` already decoded to 32-bit words, its lexeme list
 * as in the file). Throws when a word holds a NUL (the separator) or occurs twice (the binary search would find
 * either index, the hash the last).
 */
export function encodeWinkCore(model: { lexicon: Uint32Array; xpansions: Uint32Array; features: object & { lexeme: { list: string[] } } }, source: WinkSource): Buffer {
  const lexemes = model.features.lexeme.list;
  if (lexemes.some((w) => w.includes('\0'))) throw new Error('wink cache: a lexeme holds a NUL byte, the separator');
  if (new Set(lexemes).size !== lexemes.length) throw new Error('wink cache: the lexeme list holds a word twice');
  const sorted = Uint32Array.from(lexemes.keys()).sort((a, b) => (lexemes[a]! < lexemes[b]! ? -1 : lexemes[a]! > lexemes[b]! ? 1 : 0));
  const { lexicon, xpansions, features, ...others } = model;
  const { lexeme, ...otherFeatures } = features;
  const { list: _list, ...lexemeRest } = lexeme;
  const rest = { ...others, features: { ...otherFeatures, lexeme: lexemeRest } };
  const text = Buffer.from(lexemes.join('\0'), 'utf8');
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, source, rest, sizes: [lexicon.length, xpansions.length, sorted.length, text.length] }), 'utf8');
  // Layout: header length (4 bytes), header, padding to 4, lexicon, xpansions, sorted (32-bit words), word text.
  const pad = (4 - ((4 + header.length) % 4)) % 4;
  const words = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return Buffer.concat([len, header, Buffer.alloc(pad), words(lexicon), words(xpansions), words(sorted), text]);
}

/** Reads a copy; null when it is missing, of another format or made from another file than `source`. */
export function decodeWinkCore(file: string, source: WinkSource): CoreParts | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  if (buf.length < 4) return null;
  const headerEnd = 4 + buf.readUInt32LE(0);
  if (headerEnd > buf.length) return null;
  let header: { magic?: string; source?: WinkSource; rest?: Record<string, unknown>; sizes?: number[] };
  try {
    header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  if (header.magic !== MAGIC || !header.source || !sameSource(header.source, source) || !header.rest || header.sizes?.length !== 4) return null;
  const [nLexicon, nXpansions, nSorted, nText] = header.sizes as [number, number, number, number];
  let at = headerEnd + ((4 - (headerEnd % 4)) % 4);
  // Views into the file's buffer (a file this size gets a buffer of its own, at offset 0, so the parts are aligned;
  // a copy otherwise). wink only reads the lexicon and expansions.
  const take = (n: number): Uint32Array => {
    const from = buf.byteOffset + at;
    at += n * 4;
    if (from % 4 === 0) return new Uint32Array(buf.buffer, from, n);
    const out = new Uint32Array(n);
    new Uint8Array(out.buffer).set(buf.subarray(at - n * 4, at));
    return out;
  };
  if (at + (nLexicon + nXpansions + nSorted) * 4 + nText !== buf.length) return null;
  const lexicon = take(nLexicon);
  const xpansions = take(nXpansions);
  const sorted = take(nSorted);
  const lexemes = buf.toString('utf8', at, at + nText).split('\0');
  if (lexemes.length !== nSorted) return null;
  return { lexicon, xpansions, lexemes, sorted, rest: header.rest };
}

/** Tunables of the lexeme hash below. */
export const WINK_CACHE = {
  /**
   * First look-ups (words not yet on the hash) answered by binary search before the hash is filled with every word
   * and the fall-through removed. While the fall-through is in the hash's prototype chain every look-up is slower
   * (about 75 ns: V8 cannot keep its fast path with a proxy in the chain), so a long text is better served by the
   * full hash (30-50 ms to fill) once it has met this many distinct words; a 10-article story meets about 1,800 (duc2003), the Al-Qaim example 900.
   */
  maxFirstLookups: 4_000,
} as const;

/**
 * The lexeme hash wink reads (`hash[word]` gives the word's index, and wink sets `hash[word]` when it adds a word),
 * filled as words are met: a word's first look-up falls through to the prototype, which finds the index by binary
 * search in the sorted list and stores it on the hash itself, so a later look-up is an own property read. Words the
 * model lacks read as undefined until wink adds them, as with a full hash. After WINK_CACHE.maxFirstLookups first
 * look-ups the hash takes every word and drops the fall-through: from then on it is the full hash.
 */
export function lexemeHash(list: string[], sorted: Uint32Array, maxFirstLookups: number = WINK_CACHE.maxFirstLookups): Record<string, number> {
  const n = sorted.length;
  let firstLookups = 0;
  const find = (key: string): number | undefined => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const index = sorted[mid]!;
      const word = list[index]!;
      if (word === key) return index;
      if (word < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  /** Every word of the model on the hash (words wink added keep their own indices), no fall-through. */
  const complete = (hash: Record<string, number>) => {
    Object.setPrototypeOf(hash, null);
    for (let k = 0; k < n; k += 1) {
      const word = list[k]!;
      if (hash[word] === undefined) hash[word] = k;
    }
  };
  // The fall-through has no `set` trap, so that an assignment to the hash (wink adding a word, or the look-up below
  // storing what it found) passes through it to its empty target and, by the language's rule for a property the
  // receiver lacks, becomes an own data property of the hash: as fast as a plain assignment, where an
  // Object.defineProperty in a trap cost about 6 microseconds a word (10 ms of a 10-article `chorus summarize`).
  const fallThrough = new Proxy(Object.create(null) as object, {
    get(_target, key, receiver: Record<string, number>) {
      if (typeof key !== 'string') return undefined;
      if (++firstLookups > maxFirstLookups) {
        complete(receiver);
        return receiver[key];
      }
      const index = find(key);
      if (index !== undefined) receiver[key] = index;
      return index;
    },
  });
  return Object.create(fallThrough) as Record<string, number>;
}
