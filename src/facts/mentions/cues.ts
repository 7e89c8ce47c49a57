// The name cues of data/lexicons/name-cues.json (titles, role nouns, particles, connectors, demonyms): what the
// mention finder, the names stage and the actor keys of events read a capitalized run with.
import { loadLexicon } from '../../lexicons.js';

export interface NameCues {
  titles: string[];
  honorifics: string[];
  roleNouns: string[];
  orgCues: string[];
  orgFollowers: string[];
  particles: string[];
  connectors: string[];
  locativeBefore: string[];
  notNames: string[];
  demonyms: Record<string, string>;
}

export function nameCues(): NameCues {
  return loadLexicon<NameCues>('name-cues.json');
}

let demonymMap: Map<string, string> | null = null;
/** Iraqi -> Iraq, Syrian -> Syria; null for other words. */
export function demonymPlace(word: string): string | null {
  if (!demonymMap) demonymMap = new Map(Object.entries(nameCues().demonyms));
  return demonymMap.get(word) ?? null;
}
