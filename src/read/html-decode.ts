// Bytes of an HTML page to a string, honouring what the page says about its encoding.
// Order, after the WHATWG encoding sniffing algorithm: byte order mark, then a declaration in the
// first bytes (<meta charset>, <meta http-equiv content-type>, <?xml encoding>), then UTF-8 when
// the bytes are valid UTF-8, else windows-1252 (what browsers assume for undeclared legacy pages).

import { TextDecoder } from 'node:util';

const DECODE = {
  /** How far into the page a charset declaration is looked for (the spec prescans 1024 bytes; real pages put long <head>s first). */
  prescanBytes: 8192,
  /** Declarations found in the prescan, in the order they are tried. */
  declarationPatterns: [
    /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)/i,
    /<\?xml[^>]+encoding\s*=\s*["']\s*([a-z0-9_:.\-]+)/i,
  ],
} as const;

function hasBom(buf: Buffer, ...bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** The encoding label a page declares in its first bytes, or null. */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, DECODE.prescanBytes).toString('latin1');
  for (const pattern of DECODE.declarationPatterns) {
    const m = pattern.exec(head);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // an unknown label: RangeError
  }
}

/**
 * windows-1252 bytes 0x80-0x9F (curly quotes, dashes, €). Node's TextDecoder decodes the
 * windows-1252 label (which also covers "latin1" and "iso-8859-1") as ISO-8859-1, leaving C1
 * control characters there, so this table supplies what the WHATWG encoding maps them to.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(buf: Buffer): string {
  const latin1 = buf.toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/**
 * Decode an HTML page's bytes: BOM first, then the declared charset, then UTF-8 if valid, else
 * windows-1252. A page declaring a legacy charset (latin1, gb2312, shift_jis...) whose bytes are
 * nevertheless valid UTF-8 with multi-byte sequences is read as UTF-8: such text is almost never
 * valid UTF-8 by chance, while pages re-saved as UTF-8 keep their old declaration (reading them
 * as declared gives mojibake such as "Ã¼").
 */
export function decodeHtmlBytes(buf: Buffer): string {
  if (hasBom(buf, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (hasBom(buf, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (hasBom(buf, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(buf.subarray(2));

  const declared = declaredCharset(buf);
  const utf8 = strictUtf8(buf);
  if (declared) {
    const decoder = decoderFor(declared);
    // UTF-16 declared inside an ASCII-compatible prescan is a contradiction: the spec reads it as UTF-8.
    const isUtf16 = decoder !== null && decoder.encoding.startsWith('utf-16');
    if (decoder && !isUtf16) {
      const multiByte = utf8 !== null && /[^\x00-\x7f]/.test(utf8);
      if (multiByte && decoder.encoding !== 'utf-8') return utf8;
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(buf) : decoder.decode(buf);
    }
  }
  if (utf8 !== null) return utf8;
  return decodeWindows1252(buf);
}
