// The JSON contract of `chorus facts --json` (version 1): every time expression, place mention and name mention of
// every article, with exact spans, whether or not it made the brief. These types are the contract: the finders'
// own types are mapped onto them in src/facts/report/, so a finder's internal change cannot change the JSON silently.
// Fixed fields are listed in the issue; fields may be added, never renamed or removed.
import type { Certainty, RemovalReason } from '../types.js';
import type { EntityType } from './names/index.js';
import type { MentionKind } from './places/mentions.js';

export const FACTS_CONTRACT_VERSION = 1;

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * Where a mention stands: JS string indices into the article's text as given (`text.slice(start, end)` is the
 * mention): a .txt file's text (a BOM and CRs included), a JSON article's `text` field, an HTML page's extracted text.
 */
export interface MentionSpan {
  start: number;
  end: number;
  /** Exactly the article's text from `start` to `end`. */
  text: string;
  /** Null, or the cleaner's (or reader's) reason when the mention stands in text the brief does not use. */
  removed: RemovalReason | null;
}

export interface DateMention extends MentionSpan {
  type: TimexType;
  /** TIMEX3 value (`2017-10-26`, `2017-W43`, `2017-10`, `2017-SU`, `2017`, `P3Y`, `PRESENT_REF`...); null when not pinned. */
  value: string | null;
  precision: string;
  certainty: Certainty;
  /** How the value was worked out, in plain words. */
  basis: string;
}

export interface PlaceMentionItem extends MentionSpan {
  /** The place the mention was taken for (its most common written form in the story). */
  name: string;
  lat: number | null;
  lon: number | null;
  kind: MentionKind;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** False when the mention is called a place but the gazetteer lacks it (no coordinates: never a guess). */
  resolved: boolean;
  geonameId?: number;
}

export interface NameMention extends MentionSpan {
  /** The entity the mention belongs to (its canonical name in the story). */
  entity: string;
  type: EntityType;
}

export interface ArticleFacts {
  id: string;
  published: string | null;
  dates: DateMention[];
  places: PlaceMentionItem[];
  names: NameMention[];
}

export interface FactsReport {
  version: typeof FACTS_CONTRACT_VERSION;
  articles: ArticleFacts[];
}
