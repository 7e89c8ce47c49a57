// FNV-1a (32 bits), the one string hash of the clusterer: the term table's codes (./features.ts), a title's head and
// a page's lines and signature (./site-names.ts, ./boilerplate.ts).

/** FNV-1a's offset basis and prime (32 bits). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `text.slice(from, to)`, as an unsigned 32-bit number. */
export function fnv1a(text: string, from = 0, to = text.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
