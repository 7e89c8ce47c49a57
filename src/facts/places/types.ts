// The places stage's types: the public Place, PlaceMention and FindPlacesOptions, and the records its passes hand on
// (a sentence's tokens, a name's match and qualifier, the story's evidence, a name's readings and its resolution).
import type { Checkpoint } from '../../budget.js';
import type { Sentence, Span } from '../../types.js';
import type { GazEntry, PlaceKind } from './gazetteer.js';

export interface FindPlacesOptions {
  /** Also list demonyms and adjectives of a country ("Iraqi", "American") as places of kind `demonym`. */
  demonyms?: boolean;
  /** Also list street, road and site names ("Rest Acres Road", "Highway 403", "Pearson International Airport") as
   *  unresolved places of kind `other`. */
  streets?: boolean;
  /** The run's deadline check (src/budget.ts), called per sentence while matching. */
  checkpoint?: Checkpoint;
}

export interface PlaceMention {
  name: string;
  span: Span;
}

export interface Place {
  name: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  resolved: boolean;
  /** Why this entry, e.g. `gazetteer: Rāwah, Anbar, IQ; story countries IQ, SY; "city of" context`, or `not in gazetteer; ...`. */
  basis: string;
  geonameId?: number;
  /** The gazetteer entry's own name ("United States" for a place written "U.S."), when resolved. */
  entryName?: string;
  /** For an admin area: 1 for a state or province, 2 for a county or district. */
  level?: 1 | 2;
  /** Article ids, in the order of the articles given. */
  sources: string[];
  mentions: number;
  spans: Span[];
}

export interface Token {
  text: string;
  /** Absolute offsets in the article text. */
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  allCaps: boolean;
  /** "Iraq's": the 's is cut off and ends the name. */
  possessive: boolean;
  /** "US-led", "Britain-based": an adjective, country context only. */
  compound: boolean;
  /** A word of lowercase letters only ("police", "café"; not "Police", "2003", "e-mail"): the story's lowercase words. */
  lowercase: boolean;
  /** Text between the previous token and this one. */
  gap: string;
}

/**
 * A name the gazetteer may know, in a sentence. Every pass that makes one writes every field, the optional ones too
 * (false, undefined), in this order: all matches have one shape, so the passes that read them are compiled once.
 */
export interface Match {
  sentence: Sentence;
  tokens: Token[];
  /** Token range [i, j] in the sentence. */
  i: number;
  j: number;
  surface: string;
  key: string;
  hits: { entry: GazEntry; primary: boolean }[];
  demonym: string | null;
  /** Why this is not a place mention (person, organisation, part of a longer name...), or null. */
  notPlace: string | null;
  /** Evidence that the name is a person's (marks the key for the whole story). */
  personLike: boolean;
  /** A title before it, or a speech verb around it: a person for sure, not outvoted by the name's other mentions. */
  personSure?: boolean;
  hint: PlaceKind | null;
  hintText: string | null;
  locative: boolean;
  /** The locative word right before the name ("to" in "sent to Clinton"), when that put it in the story. */
  locativeWord?: string;
  qualifier: Qualifier | null;
  /** Country context without being a place mention ("US-led", "Syrian Democratic Forces"). */
  contextCountry: string | null;
  /** Inside an organisation's name ("Dublin City Council"): a town there needs GATE.orgTown people. */
  inOrg?: boolean;
  /** The landform word the mention ends with ("Salinas Valley"): the landform is placed at the place only when the place
   *  is an admin area, which a district named like its valley covers ("Swat Valley"); a town of that name may be far
   *  from the landform or another town of the name ("San Fernando Valley" is not at San Fernando, Trinidad), and a
   *  river's or a country's point is far from its delta or its coast: listed unresolved. */
  landform?: string;
}

/**
 * Where the text says a place lies: ", Iraq", ", Wyo.", ", in Scott County". `also`: the other states that hold an area
 * of that name ("Scott County" is in Indiana and in Minnesota): any of them will do, and the story chooses.
 */
export interface Qualifier {
  country: string;
  admin1: string | null;
  text: string;
  also?: { country: string; admin1: string | null }[];
}

/** Token index -> the plural designator's kind and word, for the names of the lists it opens. */
export type ListMembers = Map<number, { kind: PlaceKind; word: string }>;

export interface Evidence {
  countries: Map<string, number>;
  /** States and provinces of the story (`US.IA`), each with the keys of the names that put them there. */
  admins: Map<string, Set<string>>;
  /** The countries each article names outright (or by demonym), by article id. */
  articleCountries: Map<string, Set<string>>;
}

export interface KeyEvidence {
  hints: Set<PlaceKind>;
  locative: boolean;
  qualifier: Qualifier | null;
  hintText: string | null;
}

export interface Choice {
  entry: GazEntry;
  score: number;
  reasons: string[];
  /** How many other names of the story lie in the entry's state or province (0 when none, or not counted). */
  stateNames: number;
}

export interface Resolved {
  match: Match;
  choice: Choice | null;
  basis: string;
  unresolvedKind: PlaceKind | null;
  /** A demonym or adjective standing for its country ("Iraqi"): listed apart from the country itself. */
  demonym?: true;
}
