// The people of a story, for the places stage: names written with a title or a role ("Gov. John Kelly", "Kelly, a
// spokesman") and their surnames, so a surname is not taken for a town of that name ("Kelly" the town). Read from
// the mentions alone, so it can run before places (which the names stage itself then uses to type its entities).
import type { Sentence } from '../../types.js';
import type { FactsContext } from '../mentions/context.js';
import { findMentions } from '../mentions/mentions.js';
import { aliasKey, coreKey } from './aliases.js';

/** Comparable forms (aliasKey) of the story's person names and of their last words, e.g. {"john kelly", "kelly"}. */
export function storyPersonNames(ctx: FactsContext, sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of findMentions(ctx, s)) {
      // Strong evidence only (a title or a role next to a full name), never a name written as a place.
      if (m.bareTitle || m.person <= 0 || m.org > 0 || m.locative) continue;
      out.add(aliasKey(m.text));
      out.add(coreKey(m.words[m.words.length - 1]));
    }
  }
  return out;
}
