// Demonyms (FindPlacesOptions.demonyms): a country's adjective or demonym before the word it modifies ("Iraqi
// officials") as a place of kind `demonym`, listed apart from the country itself.
import type { Gazetteer } from '../gazetteer.js';
import type { Match, Resolved } from '../types.js';

/** The matches that are demonyms modifying the next word, each read as its country. */
export function demonymReadings(matches: Match[], gaz: Gazetteer): Resolved[] {
  const resolved: Resolved[] = [];
  for (const m of matches) {
    if (m.demonym === null || m.personLike) continue;
    // An adjective modifies the next word ("Turkish officials"); alone it is a language or a people ("in
    // Turkish", "the French"), and a plural is the people ("Americans"): not a mention of the country.
    const next = m.tokens[m.j + 1];
    // A line break inside a paragraph is a space ("Cuban\n    people"); a blank line is not.
    // The first of a hyphenated pair ("Turkish-Russian relations") modifies the word after the pair too.
    const inPair = next !== undefined && /^[-‐]$/.test(next.gap) && next.cap;
    if (next === undefined || (!inPair && (!/^\s+$/.test(next.gap) || /\n\s*\n/.test(next.gap))) || m.tokens[m.j].possessive) continue;
    if (m.key.endsWith('s') && !m.key.endsWith('ss')) continue;
    const e = gaz.country(m.demonym);
    if (e !== null) resolved.push({ match: m, choice: { entry: e, score: 0, reasons: [], stateNames: 0 }, basis: `demonym of ${e.name}`, unresolvedKind: null, demonym: true });
  }
  return resolved;
}
