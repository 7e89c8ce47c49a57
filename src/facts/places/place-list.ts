// The story's list of places as callers read it: its order (comparePlaces), its mentions flat (placeMentions) and its
// main place (mainPlace).
import { MAIN_PLACE_MIN_SHARE } from './tunables.js';
import type { Place, PlaceMention } from './types.js';

/** The mentions of places, one per span, for callers that want them flat. */
export function placeMentions(places: Place[]): PlaceMention[] {
  return places.flatMap((p) => p.spans.map((span) => ({ name: p.name, span })));
}

/** The order of the places list: most mentioned first, then by name (and basis, for two entries of one name). */
export function comparePlaces(a: Place, b: Place): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.basis < b.basis ? -1 : a.basis > b.basis ? 1 : 0);
}

/**
 * The story's main place, the "where" a headline names: the resolved place below country level carried by the most
 * articles (then mentions), unless it is a side location (carried by under half as many articles as the most widely
 * carried place, usually the country); then that place. Null when nothing resolved.
 */
export function mainPlace(places: Place[]): Place | null {
  const better = (a: Place, b: Place | null) => !b || a.sources.length > b.sources.length || (a.sources.length === b.sources.length && a.mentions > b.mentions);
  let any: Place | null = null;
  let finer: Place | null = null;
  for (const p of places) {
    if (!p.resolved) continue;
    if (better(p, any)) any = p;
    if (p.kind !== 'country' && p.kind !== 'region' && better(p, finer)) finer = p;
  }
  if (finer && any && finer.sources.length >= MAIN_PLACE_MIN_SHARE * any.sources.length) return finer;
  return any;
}
