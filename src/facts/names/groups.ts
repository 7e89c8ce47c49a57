// Helpers the names passes share: adding and merging groups, and what a group's mentions say about its kind.
import type { Mention } from '../mentions/mentions.js';
import type { OrgAliasEntry } from './lexicon.js';
import { NAMES } from './tunables.js';
import type { Group } from './types.js';

export function addTo(groups: Map<string, Group>, key: string, lexicon: OrgAliasEntry | null, m: Mention): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { key, lexicon, mentions: [] }));
  g.mentions.push(m);
}

export function merge(groups: Map<string, Group>, from: Group, into: Group): void {
  if (from === into) return;
  into.mentions.push(...from.mentions);
  groups.delete(from.key);
}

export const sum = (g: Group, f: (m: Mention) => number) => g.mentions.reduce((n, m) => n + f(m), 0);

/** Title or role evidence, or else speech-verb and particle evidence for a name never written as a place. */
export const isPersonLike = (g: Group) => {
  if (g.lexicon) return false;
  const strong = sum(g, (m) => m.person);
  const org = sum(g, (m) => m.org);
  // Written as a place more often than with a title or role: a place ("off Nova Scotia").
  if (strong > 0) return strong >= org && g.mentions.filter((m) => m.locative).length < g.mentions.filter((m) => m.person > 0).length;
  return org === 0 && sum(g, (m) => m.personWeak) > 0 && !g.mentions.some((m) => m.locative);
};

export const isSingleWord = (g: Group) => g.mentions.every((m) => m.words.length === 1 || m.bareTitle);
/** A whole all-caps word of at least NAMES.minAcronymLength letters ("NLD", "NATO"). */
const ACRONYM = new RegExp(`^\\p{Lu}{${NAMES.minAcronymLength},}$`, 'u');
export const isAcronymGroup = (g: Group) => g.mentions.every((m) => ACRONYM.test(m.text));
