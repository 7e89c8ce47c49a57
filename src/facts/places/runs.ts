// Runs of capitalized words, what place names are made of: whether a token goes on with the run before it (joins),
// and a sentence's maximal runs (runs). Matching, the lists of names and the designated names read them.
import { CONNECTORS, DOTTED } from './context.js';
import type { Token } from './types.js';

/** Can token i continue the name run that token i-1 is in? */
export function joins(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev.possessive || prev.compound) return false;
  const gap = tokens[i].gap;
  if (/^[ \t]*\n?[ \t]*$/.test(gap) && gap.length > 0) return true;
  // "Gen. Augusto", "St. Louis": the period belongs to an abbreviation.
  // A middle initial ("Charles W. Murphy") keeps a person's name in one run.
  return /^\.\s+$/.test(gap) && (DOTTED.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
}

/** The maximal runs of capitalized words (with connectors inside) as [start, end] token indexes. */
export function runs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joins(tokens, j + 1) && (tokens[j + 1].cap || CONNECTORS.has(tokens[j + 1].lower))) j++;
    while (j > i && !tokens[j].cap) j--;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}
