// Places for `chorus facts`: every span of every place the places finder returns, as contract items. One small
// adapter, so the finder behind it can change (demonyms, admin levels, organisation names) without touching the rest.
import type { Article, Sentence } from '../../types.js';
import type { PlaceMentionItem } from '../contract.js';
import { findPlaces, type Gazetteer, type Place } from '../places/index.js';
import { MENTION_OPTIONS, mentionKind } from '../places/mentions.js';

export type PlaceItem = Omit<PlaceMentionItem, 'removed' | 'text' | 'start' | 'end'> & { article: string; start: number; end: number };

/** The places of a story's sentences (resolved with the whole story as context), one item per mention. */
export function findStoryPlaces(sentences: Sentence[], articles: Article[], gaz?: Gazetteer): Place[] {
  // Demonyms ("Iraqi troops") and street names are places here (kinds `demonym` and `other`), so a user can filter
  // them; the brief leaves them out.
  return findPlaces(sentences, articles, gaz, MENTION_OPTIONS);
}

/** One item per span of each place. */
export function placeItems(places: readonly Place[]): PlaceItem[] {
  return places.flatMap((p) => p.spans.map((sp) => {
    const item: PlaceItem = {
      article: sp.article, start: sp.start, end: sp.end, name: p.resolved ? (p.entryName ?? p.name) : p.name,
      lat: p.lat, lon: p.lon, kind: mentionKind(p), country: p.country, resolved: p.resolved,
    };
    if (p.geonameId !== undefined) item.geonameId = p.geonameId;
    return item;
  }));
}
