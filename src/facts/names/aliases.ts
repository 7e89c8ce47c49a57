// Alias normalisation: when two written names mean the same thing (al-Rashid / al Rashid / Rashid,
// National League for Democracy / NLD, ISIS / Daesh via the curated lexicon).
import { demonymPlace, nameCues } from '../mentions/cues.js';
import { orgAliases, type OrgAliasEntry } from './lexicon.js';
import { NAMES } from './tunables.js';

let particleSet: Set<string> | null = null;
function particles(): Set<string> {
  if (!particleSet) particleSet = new Set(nameCues().particles);
  return particleSet;
}

/** Comparable form of a name: no diacritics, lower case, particles and hyphens unified, no leading "the", no 's. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[-‐–]+/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key without name particles (al, bin, abu...), so al-Rashid and Rashid meet. */
export function coreKey(name: string): string {
  const words = aliasKey(name).split(' ');
  const kept = words.filter((w) => !particles().has(w));
  return (kept.length ? kept : words).join(' ');
}

/** Initials of the significant words: National League for Democracy -> NLD; null when fewer than NAMES.minAcronymLength. */
export function acronymOf(name: string): string | null {
  const skip = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al']);
  const words = name.split(/[\s-]+/).filter((w) => w && !skip.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  if (words.length < NAMES.minAcronymLength) return null;
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

interface AliasIndex {
  byKey: Map<string, OrgAliasEntry>;
  exact: Map<string, OrgAliasEntry>;
}
let index: AliasIndex | null = null;

function aliasIndex(): AliasIndex {
  if (index) return index;
  const byKey = new Map<string, OrgAliasEntry>();
  const exact = new Map<string, OrgAliasEntry>();
  for (const entry of orgAliases()) {
    for (const form of [entry.name, ...entry.aliases]) {
      // Without its "the", as lexiconEntry reads a name: "the UN" is the short "UN", which must not match "Un".
      const bare = form.replace(/^the\s+/i, '');
      const letters = bare.replace(/[^\p{L}]/gu, '');
      if (letters.length <= NAMES.exactCaseMaxLength && letters === letters.toUpperCase()) exact.set(bare.replace(/\./g, ''), entry);
      else if (!byKey.has(aliasKey(form))) byKey.set(aliasKey(form), entry);
    }
  }
  return (index = { byKey, exact });
}

/** The curated lexicon entry a written name belongs to, if any. */
export function lexiconEntry(name: string): OrgAliasEntry | null {
  const idx = aliasIndex();
  const bare = name.replace(/['’]s$/u, '').replace(/^the\s+/i, '');
  return idx.exact.get(bare.replace(/\./g, '')) ?? idx.byKey.get(aliasKey(bare)) ?? null;
}


/** Words that name the kind of a group rather than which one: "Iraqi forces" and "Iraq" are the same actor. */
const GENERIC_ACTOR_WORDS = new Set([
  'forces', 'force', 'troops', 'troop', 'army', 'military', 'government', 'regime', 'units', 'unit', 'soldiers',
  'militants', 'militant', 'fighters', 'fighter', 'group', 'terrorist', 'terrorists', 'members', 'security',
  'authorities', 'officials', 'the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", 'regular', 'new', 'also',
  'backed', 'led', 'based', 'held', 'allied', 'supported',
]);

/**
 * Comparable words of an actor or target phrase: lexicon names canonical, demonyms as their place, generic words
 * dropped ("US -backed Iraqi forces" -> {united states backed iraq}; "Daesh" -> {islamic state}).
 */
export function phraseKeys(phrase: string): Set<string> {
  const out = new Set<string>();
  const whole = lexiconEntry(phrase.trim());
  if (whole) {
    out.add(aliasKey(whole.name));
    return out;
  }
  const words = phrase.replace(/\s+-/g, '-').split(/[\s,]+/).filter(Boolean);
  for (const raw of words) {
    for (const piece of raw.split(/-(?=\p{Ll})/u)) {
      const word = piece.replace(/['’]s?$/u, '');
      if (!word) continue;
      const entry = /^\p{Lu}/u.test(word) ? lexiconEntry(word) : null;
      const demonym = demonymPlace(word);
      const key = entry ? aliasKey(entry.name) : demonym ? aliasKey(demonym) : coreKey(word);
      if (!key || GENERIC_ACTOR_WORDS.has(key)) continue;
      out.add(key);
    }
  }
  return out;
}
