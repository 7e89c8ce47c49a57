// "Danube" and "Danube River": a one-word name joins the only longer name that adds just a generic word.
import { aliasKey } from '../aliases.js';
import { isPersonLike, isSingleWord, merge } from '../groups.js';
import type { Group, NamePass } from '../types.js';

/** Words that only say what kind of place or body a name is: "Danube River" is the Danube. Not the place finder's
 *  designators (context-words.json designatorsAfter), which are lowercase words after a name and know no party or
 *  sea: these are the last word of the name itself, organisations' kinds ("Party", "Movement") included. */
const GENERIC_SUFFIXES = new Set(['River', 'Province', 'Governorate', 'City', 'District', 'Lake', 'Sea', 'Mountains', 'Valley', 'Island', 'Islands', 'Desert', 'Party', 'Movement']);

export const genericSuffixPass: NamePass = {
  name: 'generic-suffix',
  run({ groups }) {
    const byStem = new Map<string, Group[]>();
    for (const g of groups.values()) {
      const words = g.mentions[0].words;
      if (words.length === 2 && GENERIC_SUFFIXES.has(words[1]) && !isPersonLike(g)) {
        const stem = aliasKey(words[0]);
        const list = byStem.get(stem);
        if (list) list.push(g);
        else byStem.set(stem, [g]);
      }
    }
    for (const g of [...groups.values()]) {
      if (!isSingleWord(g) || g.lexicon || isPersonLike(g)) continue;
      const owners = byStem.get(aliasKey(g.mentions[0].text));
      if (owners?.length === 1 && groups.has(owners[0].key)) merge(groups, g, owners[0]);
    }
  },
};
