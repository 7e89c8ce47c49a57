// Bytes to text, refusing what is not text: empty files, binary files, undecodable bytes. UTF-8 is the rule; a
// byte-order mark says UTF-16 (LE or BE); bytes that are not UTF-8 but read clearly as Windows-1252 (Latin-1 with
// curly quotes and dashes) are decoded so, with a warning.
import { READ_LIMITS } from './limits.js';

export type Decoded =
  | {
      ok: true;
      text: string;
      /** Positions in `text` where an input character was dropped (a byte-order mark, the CR of a CRLF). */
      dropped: number[];
      /** Set when the bytes were not UTF-8 and a guess was made. */
      note?: { reason: string; rule: string };
    }
  | { ok: false; reason: string; rule: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that breaks UTF-8, for a message a person can act on. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The UTF-16 byte order a byte-order mark announces, or null. */
export function utf16Bom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;

/** True when the bytes look like a binary file: a NUL byte anywhere, or many control characters. The whole
 *  buffer is scanned (a NUL after the first 64 KiB must not reach the output either). */
export function looksBinary(buf: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return buf.length > 0 && control / buf.length > READ_LIMITS.maxControlShare;
}

/** The same test on decoded text (UTF-16 files hold NUL bytes in every ASCII character, so their bytes cannot tell). */
export function looksBinaryText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return text.length > 0 && control / text.length > READ_LIMITS.maxControlShare;
}

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, euro); the five it leaves undefined are absent. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * True when bytes that are not UTF-8 say clearly that they are Windows-1252 / Latin-1 text: no byte Windows-1252
 * leaves undefined, no well-formed UTF-8 multi-byte sequence at all (a mix means damage, not an encoding), and
 * high bytes a small share of the text, each standing between ASCII letters, spaces or punctuation as accented
 * letters and curly quotes do.
 */
function looksCp1252(buf: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    if (CP1252_UNDEFINED.has(b)) return false;
    high++;
    // A lead byte followed by a continuation byte is how UTF-8 writes a character: not a single-byte encoding.
    const next = buf[i + 1];
    if (b >= 0xc2 && b <= 0xf4 && next !== undefined && (next & 0xc0) === 0x80) return false;
  }
  return high > 0 && high / buf.length <= 0.2;
}

function decodeCp1252(buf: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    const part = buf.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k];
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Decode text bytes: a UTF-16 byte-order mark is honoured, UTF-8 is the rule, clear Windows-1252 is decoded with a
 *  note; BOM dropped, CRLF and CR turned into LF so spans are stable across platforms. */
export function decodeText(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, reason: 'empty file (0 bytes)', rule: 'read/empty' };
  const bom16 = utf16Bom(buf);
  if (bom16) {
    const text = new TextDecoder(bom16).decode(buf);
    if (looksBinaryText(text)) return { ok: false, reason: `binary content (NUL or control characters) in a ${bom16.toUpperCase()} file`, rule: 'read/binary' };
    // TextDecoder drops the byte-order mark itself; the input as given still has it.
    return { ok: true, text: normalizeNewlines(text), dropped: droppedByNormalizing(text, { bomDecoded: true, stripsBom: true }) };
  }
  if (looksBinary(buf)) return { ok: false, reason: 'binary file (NUL or control bytes): expected text', rule: 'read/binary' };
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const byte = `0x${buf[at]?.toString(16).padStart(2, '0') ?? '??'}`;
    if (looksCp1252(buf)) {
      const raw = decodeCp1252(buf);
      return {
        ok: true,
        text: normalizeNewlines(raw),
        dropped: droppedByNormalizing(raw),
        note: { reason: `not valid UTF-8 (byte ${byte} at offset ${at}); read as Windows-1252, which the bytes fit`, rule: 'read/cp1252' },
      };
    }
    return { ok: false, reason: `not valid UTF-8: bad byte ${byte} at byte offset ${at}`, rule: 'read/invalid-utf8' };
  }
  // TextDecoder drops a leading byte-order mark itself; the input as given still has it.
  const bomDecoded = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return { ok: true, text: normalizeNewlines(text), dropped: droppedByNormalizing(text, { bomDecoded, stripsBom: true }) };
}

/**
 * The positions, in the normalized text, where an input character was dropped: a byte-order mark before position 0
 * (`bomDecoded`: the decoder dropped one before `raw`; `stripsBom`: normalizing drops one at the start of `raw`),
 * and the CR of each CRLF before its LF (a lone CR becomes LF: nothing dropped).
 */
export function droppedByNormalizing(raw: string, opts: { bomDecoded?: boolean; stripsBom?: boolean } = {}): number[] {
  const out: number[] = [];
  let skipped = 0;
  if (opts.stripsBom && raw.charCodeAt(0) === 0xfeff) {
    out.push(0);
    skipped = 1;
  } else if (opts.bomDecoded) out.push(0);
  if (!raw.includes('\r')) return out;
  for (let i = raw.indexOf('\r'); i >= 0; i = raw.indexOf('\r', i + 1)) {
    if (raw.charCodeAt(i + 1) !== 10) continue;
    out.push(i - skipped);
    skipped++;
  }
  return out;
}

export function normalizeNewlines(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t;
}

/** Empty, or only whitespace: nothing to read. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}
