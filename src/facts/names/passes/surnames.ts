// Surnames: a one-word name joins the only multi-word person whose last name it is, unless written as a place.
import { coreKey } from '../aliases.js';
import { isAcronymGroup, isPersonLike, isSingleWord, merge } from '../groups.js';
import type { Group, NamePass } from '../types.js';

export const surnamesPass: NamePass = {
  name: 'surnames',
  run({ groups }) {
    const bySurname = new Map<string, Group[]>();
    for (const g of groups.values()) {
      if (isSingleWord(g) || !isPersonLike(g)) continue;
      const last = coreKey(g.mentions[0].words[g.mentions[0].words.length - 1]);
      const list = bySurname.get(last);
      if (list) list.push(g);
      else bySurname.set(last, [g]);
    }
    for (const g of [...groups.values()]) {
      if (!isSingleWord(g) || g.lexicon || g.mentions.some((m) => m.locative) || isAcronymGroup(g)) continue;
      const owners = bySurname.get(coreKey(g.mentions[0].text));
      if (owners?.length === 1) merge(groups, g, owners[0]);
    }
  },
};
