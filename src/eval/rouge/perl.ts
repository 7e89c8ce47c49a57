/** Small helpers that reproduce Perl's behaviour where JavaScript's differs. */
import { ROUGE } from './constants.js';

/**
 * sprintf("%7.5f", x) as glibc prints it: exact decimal rounding with ties to even. JavaScript's
 * toFixed rounds exact ties up, which differs for dyadic values such as 1/64 = 0.015625.
 */
export function fmt5(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(ROUGE.decimals);
  const six = x.toFixed(ROUGE.decimals + 1);
  if (six.endsWith('5') && x.toFixed(40) === six + '0'.repeat(40 - ROUGE.decimals - 1)) {
    // exact tie: round half to even on the 5th decimal
    const down = six.slice(0, -1);
    const lastDigit = Number(down[down.length - 1]);
    if (lastDigit % 2 === 0) return pad7(down);
    return pad7(s);
  }
  return pad7(s);
}

function pad7(s: string): string {
  return s.length >= 7 ? s : ' '.repeat(7 - s.length) + s;
}

/** Round like the Perl does before storing a score: the number the printed string denotes. */
export function round5(x: number): number {
  return Number(fmt5(x));
}

/** Perl's split(/\s+/, $s): keeps a leading empty field, drops trailing empty fields. */
export function perlSplitWs(s: string): string[] {
  if (s.length === 0) return [];
  const parts = s.split(ROUGE.perlSpace);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** tr/A-Z/a-z/: ASCII-only lowercasing, as the Perl does on byte strings. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** A JavaScript string as a Perl byte string: one char per UTF-8 byte (latin1). */
export function toByteString(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return Buffer.from(s, 'utf8').toString('latin1');
}
