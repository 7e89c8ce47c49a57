// The JSON contract of a brief (product.md; field by field in docs/brief.md): what `chorus brief --json`, the
// library's `brief()` and `GET /api/stories/:id/brief` return. These types are the API: add fields, never rename
// them. They are written out here, not borrowed from the stages: src/brief.ts maps every stage's internal type to
// them field by field, so a finder that adds or changes a field of its own cannot change the JSON silently (a new
// internal field is left out until it is added here; a renamed or retyped one fails the type check).

/** A half-open character range [start, end) in the `text` of one article. */
export interface Span {
  article: string;
  start: number;
  end: number;
}

/** Support for an item: distinct outlets (an article of unknown outlet counts as its own) and articles. */
export interface Support {
  outlets: number;
  articles: number;
}

/** How sure a date, place or number is. */
export type Certainty = 'stated' | 'inferred' | 'uncertain';

/** A structured message about the input: what went wrong, where, and which rule said so. */
export interface Warning {
  /** The file (or `file:line`) the message is about. */
  file?: string;
  /** The article id, once there is one. */
  article?: string;
  reason: string;
  /** A stable id for the rule that produced it, e.g. `read/empty`, `read/invalid-utf8`. */
  rule: string;
  /** True when the input (or part of it) was skipped because of this. */
  skipped?: boolean;
  /** True when a cap of src/limits.ts cut or bounded part of the input (the CLI then exits with code 3). */
  cut?: boolean;
}

/** Something the cleaner (or the reader) took out of an article, with why. */
export interface Removal {
  text: string;
  /** One of the reasons listed in docs/brief.md (`copyright`, `off-topic`, `advertisement`...). */
  reason: string;
  /** The rule id that fired, e.g. `clean/boilerplate:copyright`. */
  rule: string;
  /** How sure the cleaner is (0-1). */
  confidence: number;
  span: Span;
}

/** One extracted sentence of the headline, summary or digest. */
export interface BriefItem {
  text: string;
  /** Article ids that carry this sentence, sorted. */
  sources: string[];
  /** Outlet names of those articles (null outlets left out), sorted, for credits. */
  outlets: string[];
  spans: Span[];
  support: Support;
  /** Articles that report the same event in other words, sorted; absent when none. */
  corroboratedBy?: string[];
}

/** A figure: what is counted, where, who says so, and its interval. */
export interface BriefNumber {
  kind: 'number';
  text: string;
  quantity: string;
  value: number | [number, number];
  low: number;
  high: number;
  approx: boolean;
  bound?: 'at-least' | 'at-most';
  vague?: boolean;
  unit: string;
  subject: string;
  place?: string;
  attribution: string | null;
  /** The comparable subject: counted thing, owner, place. */
  key: { thing: string; owner: string | null; place: string | null };
  sources: string[];
  spans: Span[];
  quantitySpans: Span[];
  support: Support;
}

export interface BriefClaim {
  value: string;
  low: number;
  high: number;
  text: string;
  sources: string[];
  spans: Span[];
  attribution: string | null;
  by: { article: string; quantity: string; attribution: string | null }[];
}

/** Outlets giving different figures for the same subject, side by side, with the lowest credible one. */
export interface BriefDisagreement {
  subject: string;
  unit: string;
  conservative: number;
  claims: BriefClaim[];
}

/** A dated happening, with how sure the date is and why. */
export interface BriefTimelineItem {
  date: string;
  endDate?: string;
  precision: string;
  certainty: Certainty;
  basis: string;
  expression: string;
  text: string;
  sources: string[];
  spans: Span[];
  support: Support;
}

export interface BriefPlace {
  name: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  kind: 'city' | 'admin' | 'country' | 'river' | 'region' | 'demonym' | 'other';
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  resolved: boolean;
  basis: string;
  geonameId?: number;
  /** The gazetteer entry's own name, when the story writes it otherwise. */
  entryName?: string;
  /** Administrative level of an `admin` place: 1 (state, province) or 2 (county, district). */
  level?: 1 | 2;
  sources: string[];
  mentions: number;
  spans: Span[];
}

export interface BriefEntity {
  name: string;
  type: 'org' | 'person' | 'place' | 'other';
  aliases: string[];
  title?: string;
  sources: string[];
  spans: Span[];
  mentions: number;
  support: Support;
  outlets: string[];
}

/** Who did what to whom, where and when. */
export interface BriefEvent {
  actor: string;
  action: string;
  verb: string;
  target: string | null;
  place: string | null;
  when: string | null;
  date?: string;
  dateCertainty?: Certainty;
  backedBy?: string;
  opponent?: string;
  text: string;
  sources: string[];
  spans: Span[];
  support: Support;
}

export interface BriefArticle {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Where the publication date was read from. */
  publishedBasis: string | null;
  /** Where the outlet was read from, when the article named none: its address's site, or removed furniture (a copyright line...). */
  outletBasis: string | null;
  author: string | null;
  url: string | null;
  /** Sentences kept as story text. */
  kept: number;
  removed: Removal[];
}

export interface Brief {
  version: 1;
  headline: BriefItem | null;
  summary: BriefItem[];
  digest: BriefItem[];
  facts: BriefNumber[];
  disagreements: BriefDisagreement[];
  timeline: BriefTimelineItem[];
  places: BriefPlace[];
  entities: BriefEntity[];
  events: BriefEvent[];
  articles: BriefArticle[];
  warnings: Warning[];
}

/** The facts part of a brief (`chorus facts`, `GET /api/stories/:id/facts`). */
export type BriefFacts = Pick<Brief, 'facts' | 'disagreements' | 'timeline' | 'places' | 'entities' | 'events'>;

/**
 * Copies the fields a contract type names from an internal object, in the object's own order (so the JSON reads
 * as the stage wrote it), leaving out anything else. `fields` must list every field of the contract type.
 */
export function pickFields<T extends object, K extends keyof T>(obj: T, fields: Readonly<Record<K, true>>): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of Object.keys(obj) as (keyof T)[]) {
    if (Object.prototype.hasOwnProperty.call(fields, k) && obj[k] !== undefined) (out as Record<keyof T, unknown>)[k] = obj[k];
  }
  return out as Pick<T, K>;
}
