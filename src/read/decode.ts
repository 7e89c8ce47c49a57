// Bytes to text, refusing what is not text: empty files, binary files, invalid UTF-8.
import { READ_LIMITS } from './limits.js';

export type Decoded = { ok: true; text: string; dropped: number[] } | { ok: false; reason: string; rule: string };

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

/** True when the bytes look like a binary file (NUL bytes or many control characters). */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > READ_LIMITS.maxControlShare;
}

/** Decode bytes as UTF-8 text; BOM dropped, CRLF and CR turned into LF so spans are stable across platforms. */
export function decodeUtf8(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, reason: 'empty file (0 bytes)', rule: 'read/empty' };
  if (looksBinary(buf)) return { ok: false, reason: 'binary file (NUL or control bytes): expected text', rule: 'read/binary' };
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    return { ok: false, reason: `not valid UTF-8: bad byte 0x${buf[at]?.toString(16).padStart(2, '0') ?? '??'} at byte offset ${at}`, rule: 'read/invalid-utf8' };
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
