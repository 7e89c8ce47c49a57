// Character references in plain text: SGML wire text ("AT&amp;T"), and the titles and texts of feeds and news APIs,
// which often arrive escaped ("Obama&#39;s plan", "Q&amp;A"). Decoded where text is only read, never where spans
// into the text as given must hold.

/** Named references decoded (case-insensitive), beyond which a reference is left as it is ("&QL;" of DUC files). */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(\w{1,12}));/g;

/** A numeric reference's character, or null for none (zero, a surrogate, past U+10FFFF). */
function codePointChar(cp: number): string | null {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : null;
}

/** The text with its named (NAMED_ENTITIES) and numeric character references decoded; others left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(REFERENCE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? m;
    return codePointChar(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16)) ?? m;
  });
}
