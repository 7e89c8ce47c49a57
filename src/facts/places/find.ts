// Places named in a story: find capitalized names in the sentences that the gazetteer knows, drop
// the ones that are people, organisations or common words in context, and resolve each to one
// gazetteer entry using what the whole story says (its countries, its provinces, "the city of X",
// "X, Iraq") with population as the prior. Names a sentence calls a place ("the Jabbab district")
// but the gazetteer lacks stay in the list, unresolved, with no coordinates: never a guess.
// The passes run in order, one file each under ./passes (listed in ./index.ts).

import type { Article, Sentence } from '../../types.js';
import { contextWords } from './context.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { storyLookups } from './lookups.js';
import { listMembers } from './passes/annotate.js';
import { assemble } from './passes/assemble.js';
import { demonymReadings } from './passes/demonyms.js';
import { designatedReadings, unknownDesignated } from './passes/designated.js';
import { storyEvidence, withPlacesFound } from './passes/evidence.js';
import { findMatches } from './passes/match.js';
import { resolveAll } from './passes/resolve.js';
import { withStreets } from './passes/streets.js';
import { tokenize } from './passes/tokenize.js';
import type { FindPlacesOptions, Match, Place } from './types.js';

/** Every place mention in the sentences, resolved against the gazetteer with the whole story as context. */
export function findPlaces(sentences: Sentence[], articles: Article[], gaz: Gazetteer = loadGazetteer(), opts: FindPlacesOptions = {}): Place[] {
  const w = contextWords();
  const matches: Match[] = [];
  const lowercaseWords = new Set<string>();
  const designated: Match[] = [];
  // 1. tokenize
  const tokenized = sentences.map((s) => {
    opts.checkpoint?.('facts (place tokens)');
    return tokenize(s, gaz, w);
  });
  const story = storyLookups(gaz);
  for (const tokens of tokenized) for (const t of tokens) if (t.lowercase) lowercaseWords.add(t.text);
  // 2. match (3. annotate inside), 4. designated: sentence by sentence.
  sentences.forEach((s, si) => {
    opts.checkpoint?.('facts (places)');
    const tokens = tokenized[si];
    const members = listMembers(tokens, w);
    const found = findMatches(s, tokens, gaz, w, lowercaseWords, story, members);
    matches.push(...found);
    // Offsets of this sentence's tokens already in a match (offsets are per article: a set for the whole story
    // would let another article's match at the same offset hide a designated place here).
    const taken = new Set<number>();
    for (const m of found) for (let k = m.i; k <= m.j; k++) taken.add(m.tokens[k].start);
    designated.push(...unknownDesignated(s, tokens, taken, gaz, w, story, members));
  });
  // 5. evidence
  const { ev, personKeys, keyEv } = storyEvidence(matches, articles, gaz);
  // 6. resolve: once, then again knowing the provinces and the countries of the places found.
  let resolved = resolveAll(matches, ev, keyEv, personKeys, lowercaseWords, gaz, false);
  resolved = resolveAll(matches, withPlacesFound(ev, resolved), keyEv, personKeys, lowercaseWords, gaz);
  if (opts.streets) resolved = withStreets(resolved, designated, sentences, tokenized, w);
  resolved = resolved.concat(designatedReadings(designated, personKeys));
  if (opts.demonyms) resolved = resolved.concat(demonymReadings(matches, gaz));
  // 7. assemble
  return assemble(resolved, sentences, articles);
}
