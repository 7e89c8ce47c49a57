// Streets (FindPlacesOptions.streets): street, road and site names ("Rest Acres Road", "Highway 403", "Pearson
// International Airport") as unresolved places of kind `other`, in place of the town names inside them.
import type { Sentence } from '../../../types.js';
import { DOTTED, type ContextWords } from '../context.js';
import { canonicalKey, noHits } from '../gazetteer.js';
import type { Match, Resolved, Token } from '../types.js';

// Words that end a street's or road's name when capitalized ("Falcon Street", "Powerline Road"): the unambiguous part
// of the context words' street list (not "Place", "Square", "Court", "Way", which also end other names).
const STREET_ENDS = new Set(['road', 'street', 'avenue', 'boulevard', 'drive', 'lane', 'highway', 'parkway', 'trail', 'crescent', 'turnpike', 'expressway', 'freeway']);
// Roads named by number: "Highway 403", "Route 66", "Interstate 75".
const NUMBERED_ROADS = new Set(['highway', 'route', 'interstate']);
// The US highways' prefix: "U.S. 231", "US 31" (a number of one to three digits follows).
const US_HIGHWAY = /^U\.?S\.?$/;
// Words before a road's name besides the locatives ("on U.S. 231", "along US 31", "U.S. 72 and U.S. 231").
const ROAD_BEFORE = new Set(['on', 'along', 'of', 'and', 'or']);

/**
 * Street and road names: one to four capitalized words ending in a street word ("Rest Acres Road"), or a numbered road
 * ("Highway 403"). A place mention that no gazetteer places; the words before it must not be an organisation's or a
 * title ("Abbey Road Studios" ends in an organisation word and is skipped with the rest of its run).
 */
function streetNames(s: Sentence, tokens: Token[], w: ContextWords): Match[] {
  const out: Match[] = [];
  const make = (i: number, j: number): Match => {
    const surface = s.text.slice(tokens[i].start - s.start, tokens[j].end - s.start);
    return {
      sentence: s, tokens, i, j, surface, key: canonicalKey(surface), hits: noHits(), demonym: null, notPlace: null, personLike: false,
      hint: 'other', hintText: `"${surface}"`, locative: false, qualifier: null, contextCountry: null, personSure: false, inOrg: false, landform: undefined,
    };
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    // "on U.S. 231": a US highway by its number (the country's abbreviation opens the road's name), after a word that
    // puts something on a road ("The U.S. 23 percent tariff" is no road).
    const before = tokens[k - 1];
    const onRoad = before !== undefined && !before.cap && (ROAD_BEFORE.has(before.lower) || w.locatives.has(before.lower));
    if (onRoad && US_HIGHWAY.test(t.text) && next !== undefined && /^\s$/.test(next.gap) && /^\d{1,3}$/.test(next.text)) {
      out.push(make(k, k + 1));
      k++;
      continue;
    }
    if (!t.cap || t.allCaps) continue;
    if (NUMBERED_ROADS.has(t.lower) && next !== undefined && /^\s$/.test(next.gap) && /^\d{1,4}$/.test(next.text)) {
      out.push(make(k, k + 1));
      k++;
      continue;
    }
    // A site's name may hold a possessive ("St. James's Park"); a street's ends it ("Toronto's Bay Street").
    const site = w.facilityWords.has(t.lower);
    if ((!STREET_ENDS.has(t.lower) && !site) || k === 0) continue;
    // A name continues past the street word ("Main Street Bridge"): not a street.
    if (next !== undefined && next.cap && /^\s+$/.test(next.gap)) continue;
    let i = k;
    while (i - 1 >= 0 && k - (i - 1) <= 4 && tokens[i - 1].cap && !tokens[i - 1].allCaps && (/^\s$/.test(tokens[i].gap) || (site && /^\.\s$/.test(tokens[i].gap) && DOTTED.has(tokens[i - 1].lower))) && !(tokens[i - 1].possessive && (!site || i - 1 === 0 || !tokens[i - 2]?.cap))) {
      const b = tokens[i - 1].lower;
      // An organisation's word ends a street's name; a site's may hold one ("Pearson International Airport").
      if (w.functionWords.has(b) || w.calendar.has(b) || (!site && w.orgWords.has(b))) break;
      // A compass word or a title opens a street's name ("North Jackson Highway", "King Edward Street"): taken when it
      // is the name's first word (no capitalised word before it, no period after it); else the name stops after it.
      if (w.titles.has(b) || w.directions.has(b)) {
        const before = tokens[i - 2];
        if (!site && i - 1 > 0 && (before === undefined || !before.cap) && /^\s$/.test(tokens[i].gap) && !tokens[i - 1].possessive) i--;
        break;
      }
      i--;
    }
    if (i === k) continue;
    // The sentence's first word is capitalized anyway ("Police Road..."): only a name when another word is in it.
    if (i === 0 && k - i < 2) continue;
    out.push(make(i, k));
  }
  return out;
}

/** The readings with the sentences' street names added and the place names inside a street name dropped. */
export function withStreets(readings: Resolved[], designated: Match[], sentences: Sentence[], tokenized: Token[][], w: ContextWords): Resolved[] {
  const resolved = [...readings];
  // A name called a place is not a street's words too; a town's name inside a longer street name ("Rest" in "Rest
  // Acres Road") is the street's.
  const placed = new Set<number>();
  for (const m of designated) for (let k = m.i; k <= m.j; k++) placed.add(m.tokens[k].start);
  const inside = new Map<number, Resolved[]>();
  for (const r of resolved) for (let k = r.match.i; k <= r.match.j; k++) inside.set(r.match.tokens[k].start, [...(inside.get(r.match.tokens[k].start) ?? []), r]);
  const dropped = new Set<Resolved>();
  sentences.forEach((s, si) => {
    for (const m of streetNames(s, tokenized[si], w)) {
      let clash = false;
      const covers: Resolved[] = [];
      for (let k = m.i; k <= m.j; k++) {
        if (placed.has(m.tokens[k].start)) clash = true;
        for (const r of inside.get(m.tokens[k].start) ?? []) {
          if (r.match.tokens[r.match.i].start < m.tokens[m.i].start || r.match.tokens[r.match.j].end > m.tokens[m.j].end) clash = true;
          else covers.push(r);
        }
      }
      if (clash) continue;
      for (const r of covers) dropped.add(r);
      resolved.push({ match: m, choice: null, basis: `street or road name ${m.hintText}`, unresolvedKind: 'other' });
    }
  });
  return resolved.filter((r) => !dropped.has(r));
}
