// The name cues of data/lexicons/name-cues.json (titles, role nouns, particles, connectors, other demonyms) and the
// countries' demonyms of the gazetteer's curated table: what the mention finder, the names stage and the actor keys of
// events read a capitalized run with.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';
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
  /** Adjectives of a region, a people or a faith, with what each names; a country's demonyms are the gazetteer's. */
  otherDemonyms: Record<string, string>;
}

export function nameCues(): NameCues {
  return loadLexicon<NameCues>('name-cues.json');
}

/** The countries table of the gazetteer: `ISO2<TAB>name<TAB>aliases<TAB>demonyms (;)<TAB>point`, `#` comments. */
const COUNTRIES_FILE = 'gazetteer/curated/countries.tsv';

interface Countries {
  /** Each country demonym as written ("Iraqi", "Iraqis", "North Korean") -> the country's name (column 2). */
  demonyms: Map<string, string>;
  /** The countries' names and aliases ("Philippines", "UK"). */
  names: Set<string>;
}

/**
 * The curated table only. The gazetteer's build (scripts/build-gazetteer.ts) also adds world-countries' English
 * demonyms, so about twenty rare forms ("Luxembourger", "Seychellois") are demonyms to the place finder and not to
 * this one: a known gap, not a second list.
 */
function readCountries(): Countries {
  const path = dataPath(COUNTRIES_FILE);
  const out = new Map<string, string>();
  const names = new Set<string>();
  for (const [n, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [iso2, name, aliases = '', demonyms = ''] = line.split('\t');
    if (!iso2 || !name) throw new Error(`${path}:${n + 1}: expected "ISO2<TAB>name<TAB>aliases<TAB>demonyms", found "${line}"`);
    // The first country listing a demonym keeps it, as the gazetteer's build does.
    for (const d of demonyms.split(';')) if (d && !out.has(d)) out.set(d, name);
    for (const a of [name, ...aliases.split(';')]) if (a) names.add(a);
  }
  return { demonyms: out, names };
}

// Static data, read once (not per-story state).
let demonymMap: Map<string, string> | null = null;
let countryNames: Set<string> | null = null;
/** Iraqi -> Iraq, Syrians -> Syria, Kurdish -> Kurdistan; null for other words. */
export function demonymPlace(word: string): string | null {
  if (!demonymMap) {
    const countries = readCountries();
    demonymMap = new Map([...countries.demonyms, ...Object.entries(nameCues().otherDemonyms)]);
    countryNames = countries.names;
  }
  return demonymMap.get(word) ?? null;
}

/** A demonym, or the plural of one not listed ("Sunnis"); a country's own name is none ("Philippines", not the
 *  plural of "Philippine"). */
export function isDemonymOrPlural(word: string): boolean {
  if (demonymPlace(word) !== null) return true;
  return word.endsWith('s') && !countryNames?.has(word) && demonymPlace(word.slice(0, -1)) !== null;
}
