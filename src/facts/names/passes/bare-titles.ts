// A bare title ("the Prime Minister") belongs to the only person holding it.
import type { Group, NamePass } from '../types.js';

export const bareTitlesPass: NamePass = {
  name: 'bare-titles',
  run({ groups, bareTitles }) {
    const holdersOf = new Map<string, Set<Group>>();
    for (const g of groups.values()) {
      for (const x of g.mentions) {
        if (!x.title || x.bareTitle) continue;
        const set = holdersOf.get(x.title);
        if (set) set.add(g);
        else holdersOf.set(x.title, new Set([g]));
      }
    }
    for (const m of bareTitles) {
      const holders = m.title ? holdersOf.get(m.title) : undefined;
      if (holders?.size === 1) holders.values().next().value?.mentions.push(m);
    }
  },
};
