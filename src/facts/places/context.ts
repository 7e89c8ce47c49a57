// The context words the passes read a name's surroundings by (data/gazetteer/context-words.json, loaded once), the
// word sets of the code itself, and the word tests several passes share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTHS, SEASONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../dates/lexicon.js';
import { gazetteerDataDir, type PlaceKind } from './gazetteer.js';
import type { Token } from './types.js';
import { speechVerbs } from '../../text/speech-verbs.js';
import { NAME_SUFFIXES, singleWordTitles, titleAbbreviations } from '../../text/titles.js';

export interface ContextWords {
  functionWords: Set<string>;
  /** Common nouns that are also town names somewhere ("Police", "Reading"): never a one-word place. */
  commonWords: Set<string>;
  calendar: Set<string>;
  titles: Set<string>;
  /** The verbs of saying of data/lexicons/speech-verbs.json (one list for places, mentions and figures). */
  speechVerbs: ReadonlySet<string>;
  orgWords: Set<string>;
  directions: Set<string>;
  locatives: Set<string>;
  /** The locatives whose object is a person as often as a place ("a letter from Clinton"): no evidence against a person. */
  personLocatives: Set<string>;
  /** Family words before a name ("his wife, Georgia,"): the name is a person's for sure. */
  kinNouns: Set<string>;
  streetWords: Set<string>;
  /** Words that end a named site's name ("Pearson International Airport", "St. James's Park"): places people go to,
   *  not institutions (a hospital, a university or a church is an organisation as often as a place). */
  facilityWords: Set<string>;
  /** Capitalised words that make a place's region of it ("Southern California", "Greater Toronto"): the compass part
   *  of `directions` (not "Rural", "Downtown", "Occupied", which qualify rather than name). */
  regionWords: Set<string>;
  /** Capitalised landform words that make a place's name the name of a landform ("Salinas Valley", "Danube Delta",
   *  "Swat Valley") or of an area ("Greater Toronto Area"): geography's generic nouns, which a news text capitalises
   *  only as part of such a name. */
  landformWords: Set<string>;
  /** Lowercase nouns for a news outlet ("agency", "newspaper", "broadcaster"): the name right after one is the outlet's,
   *  in apposition ("the official news agency Xinhua reported"), not a place. */
  mediaWords: Set<string>;
  /** Season names (the dates lexicon's SEASONS, one list for both): before a year ("Spring 2002", "Summer 1969") a
   *  season, though "Spring" is also a town. */
  seasons: Set<string>;
  /** A town's own institutions, whose name is the town's ("Danbury police", "Litchfield Superior Court"). */
  civicWords: Set<string>;
  /** Countries and states that are also given names ("Jordan Spieth", "Virginia Woolf", "Indiana Jones"). */
  givenNamePlaces: Set<string>;
  after: Map<string, PlaceKind>;
  before: Map<string, PlaceKind>;
  /** An office after a name's possessive says what kind of place the name is ("Washington's governor": a state;
   *  "Ocala's mayor": a town). */
  officesAfterPossessive: Map<string, PlaceKind>;
  /** The people of a place, before "of" ("residents of Fort Myers", "the mayor of Ocala"): the name after is a place. */
  peopleOf: Set<string>;
  /** People named after their town ("a Falkville woman", "the Lafayette man"): the name before is where they live. */
  residentsAfter: Set<string>;
  /** Words between a locative and a place that keep it one ("in nearby Hartselle", "in neighboring Ohio"). */
  nearbyWords: Set<string>;
  /** Capitalised words that open a landform's, a fort's or (Irish and British usage) a county's name ("Lake
   *  Titicaca", "Mount Kenya", "Fort Detrick", "County Kerry"): a name so opened is a place even where the gazetteer
   *  lacks it. */
  featuresBefore: Map<string, PlaceKind>;
  /** State codes written alone in capitals ("NSW"), lowercased, to the state's country and GeoNames admin1 code
   *  (data/gazetteer/admin-codes.tsv). */
  stateCodes: Map<string, { country: string; admin1: string }>;
}

// Words that may sit inside a place name between capitalized words ("Rio de Janeiro", "Stratford-upon-Avon",
// "Trinidad and Tobago"). Not the name cues' particles and connectors (data/lexicons/name-cues.json): those join a
// person's name ("Abu", "bint", "Abdel") or an organisation's ("for"); read inside place runs they made places of
// "Research" ("... for Research") and "Ahmad" in the duc2003 facts (measured when the lists were compared).
export const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'des', 'al', 'el', 'ez', 'bin', 'ibn', 'and', 'upon', 'the', 'da', 'do', 'dos', 'das', 'van', 'von', 'y', 'on']);
// Abbreviations whose period does not end a name run ("Gen. Augusto Pinochet", "St. Louis"), lowercase: the titles
// list's abbreviated titles and the name suffixes, and the abbreviations that open a place's name (Saint, Fort, Mount),
// and "Pres." (not a title the mention finder matches: a run "Pres. X" stays one, as before).
export const DOTTED: ReadonlySet<string> = new Set(
  [...titleAbbreviations(), ...NAME_SUFFIXES, 'St', 'Ft', 'Mt', 'Pres'].map((w) => w.toLowerCase()),
);
// Connectors that join two names rather than sit inside one ("Foua and Kfraya", "Idlib on Monday"): "and" and the
// prepositions that put a second place or a time after a name. Not the locatives of context-words.json, which include
// verbs and directions ("near", "toward"), nor CONNECTORS, which may sit inside a place name ("Isle of Man").
export const SPLITTERS = new Set(['and', 'on', 'in', 'at', 'by', 'for', 'with', 'from', 'to']);

let words: ContextWords | null = null;
export function contextWords(): ContextWords {
  if (words !== null) return words;
  const path = join(gazetteerDataDir(), 'context-words.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const list = (name: string): string[] => {
    const v = raw[name];
    if (!Array.isArray(v)) throw new Error(`places: expected a list "${name}" in ${path}, found ${typeof v}`);
    return v as string[];
  };
  const map = (name: string): Map<string, PlaceKind> => new Map(Object.entries(raw[name] as Record<string, PlaceKind>));
  words = {
    functionWords: new Set(list('functionWords')),
    commonWords: new Set(list('commonWords')),
    // Month and weekday words are the dates lexicon's (one list for both); the holidays are single words of their own.
    calendar: new Set([...Object.keys(MONTHS), ...WEEKDAYS.map((d) => d.toLowerCase()), ...WEEKDAY_ABBREVIATIONS, ...list('holidays')]),
    // The one-word titles of the one titles list (data/lexicons/name-cues.json) but those the place finder does not read
    // as titles, and its own title words.
    titles: new Set([...singleWordTitles().filter((t) => !list('notTitleWords').includes(t)), ...list('titleWords')]),
    speechVerbs: speechVerbs().saying,
    orgWords: new Set(list('orgWords')),
    directions: new Set(list('directions')),
    locatives: new Set(list('locatives')),
    personLocatives: new Set(list('personLocatives')),
    kinNouns: new Set(list('kinNouns')),
    streetWords: new Set(list('streetWords')),
    facilityWords: new Set(list('facilityWords')),
    givenNamePlaces: new Set(list('givenNamePlaces')),
    civicWords: new Set(list('civicWords')),
    regionWords: new Set(list('regionWords')),
    landformWords: new Set(list('landformWords')),
    mediaWords: new Set(list('mediaWords')),
    seasons: new Set(Object.keys(SEASONS)),
    after: map('designatorsAfter'),
    before: map('designatorsBefore'),
    officesAfterPossessive: map('officesAfterPossessive'),
    peopleOf: new Set(list('peopleOf')),
    residentsAfter: new Set(list('residentsAfter')),
    nearbyWords: new Set(list('nearbyWords')),
    featuresBefore: map('featuresBefore'),
    stateCodes: stateCodes(join(gazetteerDataDir(), 'admin-codes.tsv')),
  };
  return words;
}

/** The state-code table: lines `CODE<TAB>country<TAB>admin1`, `#` comments. */
function stateCodes(path: string): Map<string, { country: string; admin1: string }> {
  const out = new Map<string, { country: string; admin1: string }>();
  for (const [n, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, country, admin1] = line.split('\t');
    if (!code || !country || !admin1) throw new Error(`places: ${path}:${n + 1}: expected "code<TAB>country<TAB>admin1"`);
    out.set(code.toLowerCase(), { country, admin1: admin1.trim() });
  }
  return out;
}

export function isPlain(t: Token, w: ContextWords): boolean {
  return w.functionWords.has(t.lower) || w.directions.has(t.lower) || CONNECTORS.has(t.lower) || w.calendar.has(t.lower);
}

/** A lowercase locative preposition or "of" ("in", "near", "from", "of"). */
export function isPreposition(t: Token | undefined, w: ContextWords): boolean {
  return t !== undefined && !t.cap && (w.locatives.has(t.lower) || t.lower === 'of');
}
