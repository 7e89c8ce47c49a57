// Places: which capitalized names in a story are places, and where they are. The passes, in order (./find.ts):
//   1. tokenize      each sentence into words with absolute spans (possessives and "US-led" compounds cut off);
//   2. match         the longest gazetteer names (and demonyms) inside runs of capitalized words;
//   3. annotate      each match's context: titles and given names (a person), organisation words, designators
//                    ("X County", "the city of X"), locatives ("in X"), qualifiers ("X, Iraq", "X, Wyo.");
//   4. designated    names the text calls places ("Jabbab district") that the gazetteer lacks: kept unresolved;
//   5. evidence      the story's countries and provinces, named outright, by demonym or inside organisation names;
//   6. resolve       each name to one gazetteer entry (population prior, story countries, home region, hints),
//                    twice: the second time knowing the provinces and countries of the places found the first;
//   7. assemble      one Place per entry with every span; placeMentionsOf (./mentions.ts) lists them per span.
export { findPlaces, placeMentions, comparePlaces, mainPlace, type Place, type PlaceMention, type FindPlacesOptions } from './find.js';
export { placeMentionsOf, type PlaceMentionFact, type MentionKind } from './mentions.js';
export { GAZETTEER_FILE, encodeGazetteer, bufferSource, fileSource, loadGazetteer, parseGazetteer, gazetteerDataDir, canonicalKey, type Gazetteer, type GazetteerSource, type GazetteerSections, type GazEntry, type GazHit, type PlaceKind } from './gazetteer.js';
