// The curated alias lexicon (data/lexicons/org-aliases.json): names that mean one body ("ISIS", "Daesh").
import { loadLexicon } from '../../lexicons.js';

export interface OrgAliasEntry {
  name: string;
  type: 'org' | 'person' | 'place' | 'other';
  aliases: string[];
}

export function orgAliases(): OrgAliasEntry[] {
  return loadLexicon<{ entries: OrgAliasEntry[] }>('org-aliases.json').entries;
}
