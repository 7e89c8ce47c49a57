// Spellings of one place: groups whose mentions the places stage resolved to the same place join the largest.
import { merge } from '../groups.js';
import type { Group, NamePass } from '../types.js';

export const placeSpellingsPass: NamePass = {
  name: 'place-spellings',
  run({ groups, opts }) {
    if (!opts.placeAt) return;
    const byPlace = new Map<string, Group>();
    const ranked = [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1));
    for (const g of ranked) {
      if (g.lexicon && g.lexicon.type !== 'place') continue;
      const at = g.mentions.map((m) => opts.placeAt?.(m.article, m.start)).find((k): k is string => k !== undefined);
      if (at === undefined) continue;
      const owner = byPlace.get(at);
      if (owner && groups.has(owner.key)) merge(groups, g, owner);
      else byPlace.set(at, g);
    }
  },
};
