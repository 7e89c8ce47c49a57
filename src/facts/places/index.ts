// Places: which capitalized names in a story are places, and where they are. findPlaces (./find.ts) runs the passes,
// in order, one file each under ./passes:
//   1. tokenize      each sentence into words with absolute spans (possessives and "US-led" compounds cut off);
//   2. match         the longest gazetteer names (and demonyms) inside runs of capitalized words (./runs.ts);
//   3. annotate      each match's context: titles and given names (a person), organisation words, designators
//                    ("X County", "the city of X"), locatives ("in X"), qualifiers ("X, Iraq", "X, Wyo."); run by
//                    match on each run of capitalized words, then on the sentence's matches together;
//   4. designated    names the text calls places ("Jabbab district") that the gazetteer lacks: kept unresolved;
//   5. evidence      the story's countries and provinces, named outright, by demonym or inside organisation names;
//   6. resolve       each name to one gazetteer entry (population prior, story countries, home region, hints),
//                    twice: the second time knowing the provinces and countries of the places found the first;
//                    then, as FindPlacesOptions asks, street and site names (streets) and demonyms (demonyms);
//   7. assemble      one Place per entry with every span; placeMentionsOf (./mentions.ts) lists them per span.
// Beside them: ./types.ts (the records the passes hand on), ./tunables.ts (SCORE, GATE and the passes' thresholds),
// ./context.ts (the context words), ./lookups.ts (a story's memo of gazetteer look-ups), ./place-list.ts (the list's
// order and main place), ./gazetteer.ts (the gazetteer) and ./home.ts (an outlet's home country).
export { findPlaces } from './find.js';
export { placeMentions, comparePlaces, mainPlace } from './place-list.js';
export type { Place, PlaceMention, FindPlacesOptions } from './types.js';
export { placeMentionsOf, type PlaceMentionFact, type MentionKind } from './mentions.js';
export { GAZETTEER_FILE, encodeGazetteer, bufferSource, fileSource, loadGazetteer, parseGazetteer, gazetteerDataDir, canonicalKey, type Gazetteer, type GazetteerSource, type GazetteerSections, type GazEntry, type GazHit, type PlaceKind } from './gazetteer.js';
