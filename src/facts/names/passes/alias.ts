// Pass 1: mentions with the same comparable form, or the same entry of the curated lexicon (ISIS = Daesh), are one
// group; bare titles ("the Prime Minister") wait for the last pass.
import type { Mention } from '../../mentions/mentions.js';
import { aliasKey, lexiconEntry } from '../aliases.js';
import { addTo } from '../groups.js';
import type { EntityOptions, NameState } from '../types.js';

export function groupByAlias(mentions: readonly Mention[], opts: EntityOptions): NameState {
  const state: NameState = { groups: new Map(), bareTitles: [], opts };
  for (const m of mentions) {
    if (m.bareTitle) {
      state.bareTitles.push(m);
      continue;
    }
    const lexicon = lexiconEntry(m.text);
    addTo(state.groups, lexicon ? `lex:${lexicon.name}` : `key:${aliasKey(m.text)}`, lexicon, m);
  }
  return state;
}
