// The names stage: names in a story (people, organisations, places, other), grouped across articles by alias. The
// mentions come from the shared layer (../mentions); these passes join them, in order. A join reads the groups the
// joins before it left ("the only person", "the largest group"), so the order counts: on the dev stories, moving
// acronyms or surnames after a later pass changes the names found; generic suffix, place spellings and bare titles
// give the same names in any order among themselves.
//   1. alias:           same comparable form, or one entry of the curated lexicon (ISIS = Daesh)  (./passes/alias.ts)
//   2. acronyms:        "(NLD)" or initials join their name                                        (./passes/acronyms.ts)
//   3. surnames:        "Okafor" joins the only person "Ada Okafor"                                (./passes/surnames.ts)
//   4. generic suffix:  "Limpopo" joins "Limpopo River"                                            (./passes/generic-suffix.ts)
//   5. place spellings: mentions the places stage resolved to one place join the largest group     (./passes/place-spellings.ts)
//   6. bare titles:     "the Prime Minister" joins the one person holding the title, once      (./passes/bare-titles.ts)
//                       acronyms and surnames made each person one group (else two holders, no join)
//   7. emit:            each group an entity with its best form, type and title, or dropped        (./emit.ts)
import type { Article, Sentence } from '../../types.js';
import { createFactsContext, type FactsContext } from '../mentions/context.js';
import { findMentions } from '../mentions/mentions.js';
import { prepare } from '../mentions/tokens.js';
import { emitEntities } from './emit.js';
import { acronymsPass } from './passes/acronyms.js';
import { groupByAlias } from './passes/alias.js';
import { bareTitlesPass } from './passes/bare-titles.js';
import { genericSuffixPass } from './passes/generic-suffix.js';
import { placeSpellingsPass } from './passes/place-spellings.js';
import { surnamesPass } from './passes/surnames.js';
import type { Entity, EntityOptions, NamePass } from './types.js';

export type { Entity, EntityOptions, EntityType } from './types.js';
export { compareEntities } from './emit.js';
export { storyPersonNames } from './persons.js';
export { outletNames } from '../mentions/provenance.js';

/** The passes after grouping by alias, in the order they run. */
export const NAME_PASSES: readonly NamePass[] = [acronymsPass, surnamesPass, genericSuffixPass, placeSpellingsPass, bareTitlesPass];

/** Names in the story, grouped by alias, most mentioned first. */
export function findEntities(sentences: readonly Sentence[], articles: readonly Article[], opts: EntityOptions = {}, ctx: FactsContext = createFactsContext(articles)): Entity[] {
  const checkpoint = opts.checkpoint ?? (() => {});
  prepare(ctx, sentences, checkpoint);
  const state = groupByAlias(sentences.flatMap((s) => {
    checkpoint('facts (names)');
    return findMentions(ctx, s);
  }), opts);
  for (const pass of NAME_PASSES) {
    checkpoint(`facts (names: ${pass.name})`);
    pass.run(state);
  }
  return emitEntities(ctx, sentences, state);
}
