// Acronyms: "(NLD)" after a name, or an all-caps word equal to a name's initials, join that name.
import { acronymOf } from '../aliases.js';
import { isAcronymGroup, merge } from '../groups.js';
import { NAMES } from '../tunables.js';
import type { Group, NamePass } from '../types.js';

export const acronymsPass: NamePass = {
  name: 'acronyms',
  run({ groups }) {
    const acronymGroups = new Map<string, Group>();
    for (const g of groups.values()) if (isAcronymGroup(g)) acronymGroups.set(g.mentions[0].text, g);
    for (const g of [...groups.values()]) {
      if (!groups.has(g.key) || isAcronymGroup(g)) continue;
      const explicit = g.mentions.find((m) => m.acronym)?.acronym;
      const derived = acronymOf(g.mentions[0].text);
      for (const acr of [explicit, derived]) {
        const target = acr && acr.length >= NAMES.minAcronymLength ? acronymGroups.get(acr) : undefined;
        if (target && groups.has(target.key) && !(target.lexicon && g.lexicon && target.lexicon !== g.lexicon)) {
          if (target.lexicon && !g.lexicon) merge(groups, g, target);
          else merge(groups, target, g);
          break;
        }
      }
    }
  },
};
