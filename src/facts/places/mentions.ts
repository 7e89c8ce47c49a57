// Every place mention of a story, one row per span, for `chorus facts`: the places the brief keeps (resolved or
// called a place by the text) with their entry's coordinates.
import type { Article, Sentence } from '../../types.js';
import { findPlaces } from './find.js';
import type { FindPlacesOptions, Place } from './types.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';

/** What `chorus facts` lists beyond the brief's places: demonyms (kind `demonym`, so a user can filter them) and
 *  street and site names (unresolved, kind `other`). One definition for the command and for scripts/eval-geo.ts. */
export const MENTION_OPTIONS: Readonly<FindPlacesOptions> = Object.freeze({ demonyms: true, streets: true });

/** A place kind as `chorus facts` reports it: admin areas by level, adjectives of a country as `demonym`. */
export type MentionKind = 'city' | 'admin1' | 'admin2' | 'country' | 'river' | 'region' | 'demonym' | 'other';

export interface PlaceMentionFact {
  article: string;
  /** JS string indices into the article's text. */
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  /** The gazetteer's name of the place ("United States" for "U.S." and "American"), or the text when unresolved. */
  name: string;
  lat: number | null;
  lon: number | null;
  kind: MentionKind;
  country: string | null;
  resolved: boolean;
  /** Why this entry (see Place.basis). */
  basis: string;
}

/**
 * The place mentions of the sentences, in article order then text order; each article's text is read from `articles`.
 * The whole list of sentences is one story: a name's reading is chosen with all of them as context.
 */
export function placeMentionsOf(sentences: Sentence[], articles: Article[], gaz: Gazetteer = loadGazetteer()): PlaceMentionFact[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const out: PlaceMentionFact[] = [];
  for (const p of findPlaces(sentences, articles, gaz, MENTION_OPTIONS)) {
    for (const sp of p.spans) {
      const text = (textOf.get(sp.article) ?? '').slice(sp.start, sp.end);
      out.push({
        article: sp.article, start: sp.start, end: sp.end, text, name: p.resolved ? (p.entryName ?? p.name) : text,
        lat: p.lat, lon: p.lon, kind: mentionKind(p), country: p.country, resolved: p.resolved, basis: p.basis,
      });
    }
  }
  out.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start || a.end - b.end);
  return out;
}

export function mentionKind(p: Place): MentionKind {
  if (p.kind === 'admin') return p.level === 2 ? 'admin2' : 'admin1';
  return p.kind;
}
