// Pass 6, resolve: each name to one gazetteer entry. Every reading is scored (scoreEntry: population as the prior, the
// story's countries and provinces, the name's hints and qualifier); the best is shown only when the story supports it
// enough (gate); a name the text calls a place stays in the list, unresolved.
import { contextWords, isPreposition } from '../context.js';
import { isHamlet, type GazEntry, type GazHit, type Gazetteer, type PlaceKind } from '../gazetteer.js';
import { GATE, SCORE } from '../tunables.js';
import type { Choice, Evidence, KeyEvidence, Match, Resolved } from '../types.js';
import { majorReading } from './annotate.js';

/**
 * `townsOnly`: the name's readings are towns and counties, none abroad in a country the mention's own article names.
 * Only then does a state the story places several names in count once per name (SCORE.storyAdminNames): not against
 * a state's or country's own name ("New York City and Florida" is not Florida, N.Y.), nor against a namesake in the
 * article's own country ("consulate in Hamburg" in an article from Germany).
 */
function scoreEntry(h: { entry: GazEntry; primary: boolean }, key: string, ev: Evidence, maxW: number, kev: KeyEvidence, mentionHint: PlaceKind | null, townsOnly: boolean, hits: readonly GazHit[]): Choice {
  const e = h.entry;
  const reasons: string[] = [];
  let s = SCORE.population * Math.log10(Math.max(e.population, 1000));
  if (e.kind === 'country') s += SCORE.country;
  else if (e.featureCode === 'CURATED' || e.featureCode === 'SITE') s += SCORE.curated;
  else if (e.kind === 'admin') s += SCORE.admin;
  else if (e.featureCode === 'PPLC') s += SCORE.capital;
  else if (e.featureCode === 'PPLA') s += SCORE.adminSeat;
  else if (e.featureCode === 'PPLA2') s += SCORE.secondSeat;
  if (h.primary) s += SCORE.primaryName;
  // Only under its own name: Austin is not what "Waterloo" (an old name of it) usually means.
  if (e.kind === 'city' && e.population >= GATE.bigCity && h.primary) s += SCORE.bigCity;
  const cw = e.country !== null ? (ev.countries.get(e.country) ?? 0) : 0;
  if (cw > 0) {
    s += Math.max(SCORE.storyCountryFloor, (SCORE.storyCountry * cw) / maxW);
    reasons.push('story country');
  }
  // Another name must put the state in the story: a reading is not its own evidence ("Plymouth County" read in
  // Massachusetts at first does not make Massachusetts the story's).
  const support = e.country !== null && e.admin1 !== null ? ev.admins.get(`${e.country}.${e.admin1}`) : undefined;
  let stateNames = 0;
  if ((e.kind !== 'admin' || e.featureCode === 'ADM2') && support !== undefined && (support.size > 1 || !support.has(key))) {
    stateNames = support.size - (support.has(key) ? 1 : 0);
    s += (e.kind === 'admin' ? SCORE.storyAdminCounty : SCORE.storyAdmin) * Math.min(townsOnly ? SCORE.storyAdminNames : 1, stateNames);
    reasons.push('province in story');
  } else if (e.featureCode === 'ADM1' && support !== undefined && (support.size > 1 || !support.has(key)) && !hits.some((o) => o.entry !== e && o.entry.country === e.country && o.entry.admin1 === e.admin1)) {
    // A state the story's other places lie in is the state the name means: "Georgia" beside Atlanta and Macon. Not
    // against a town of the name inside that state, which those places support as much ("New York" beside Brooklyn).
    s += SCORE.storyTowns * Math.min(SCORE.storyAdminNames, support.size - (support.has(key) ? 1 : 0));
    reasons.push('towns in story');
  }
  if (kev.qualifier !== null) {
    const ok = inQualifier(e, kev.qualifier);
    s += ok ? SCORE.qualifier : -SCORE.qualifier;
    if (ok) reasons.push(`qualifier "${kev.qualifier.text}"`);
  }
  // The name's hints, then the mention's own when the name has it not (no merged set built per reading).
  for (const hk of kev.hints) s = hintScore(hk, e, mentionHint, s, reasons);
  if (mentionHint !== null && !kev.hints.has(mentionHint)) s = hintScore(mentionHint, e, mentionHint, s, reasons);
  return { entry: e, score: s, reasons, stateNames };
}

/** Whether the entry lies in the country or state the name's qualifier says ("Laramie, Wyo."). */
function inQualifier(e: GazEntry, q: NonNullable<KeyEvidence['qualifier']>): boolean {
  const inside = (w: { country: string; admin1: string | null }) => e.country === w.country && (w.admin1 === null || e.admin1 === w.admin1);
  return inside(q) || (q.also ?? []).some(inside);
}

/** The score `s` with one hint's weight for or against the entry (its reason added to `reasons`). */
function hintScore(hk: PlaceKind, e: GazEntry, mentionHint: PlaceKind | null, s: number, reasons: string[]): number {
  if (hk === 'country' || hk === 'region') return s;
  if (hk === e.kind) {
    reasons.push(`${hk} context`);
    return s + (mentionHint === hk ? SCORE.hint * 1.5 : SCORE.hint);
  }
  if (hk === 'admin' && e.kind === 'city' && mentionHint === 'admin') return s - SCORE.hint;
  if (hk === 'city' && e.kind === 'admin' && mentionHint === 'city') return s - SCORE.hint;
  return s;
}

/** Is the best entry supported enough to show as a fact? Returns the reason, or null. */
function gate(c: Choice, ev: Evidence, kev: KeyEvidence, primary: boolean, lead: number): string | null {
  const e = c.entry;
  const inStory = e.country !== null && (ev.countries.get(e.country) ?? 0) > 0;
  if (kev.qualifier !== null && c.reasons.some((r) => r.startsWith('qualifier'))) return 'qualifier';
  if (e.kind === 'country' || e.featureCode === 'CURATED') return e.kind;
  // A site whose name stands for its occupant as often ("the White House said") is the site only where the text puts
  // something in it ("at the White House"); elsewhere the name is no place, and no town of that name either.
  if (e.featureCode === 'SITE') return kev.locative ? 'site' : null;
  // A hamlet needs its state in the story (two other names placed there) and the text putting something in it.
  if (isHamlet(e)) return primary && (kev.locative || kev.hints.size > 0) && c.stateNames >= SCORE.storyAdminNames ? 'hamlet, province in story' : null;
  // A local story that never names its country ("police in Regina", "RCMP in Manitoba"): a name the text puts
  // something in, whose reading by its own name far outweighs every other, is that reading.
  if (primary && (kev.locative || kev.hints.size > 0) && e.population >= GATE.storyCity && lead >= GATE.dominantLead) return 'dominant reading';
  if (e.kind === 'admin') {
    if (inStory || e.population >= GATE.bigAdmin || kev.hints.has('admin')) return 'admin area';
    return null;
  }
  const context = kev.locative || kev.hints.size > 0;
  // A town known here only by one of its alternate spellings needs the text to call it a place, or its country in the
  // story; a large city too (GeoNames lists given names and nicknames among big cities' alternate names: alone, such
  // a word is a person's; "Peking" in a story that names China, or "in Peking", is the city).
  if (!primary) {
    if (e.population >= GATE.bigCity && (context || inStory)) return 'large city, alternate name';
    return inStory && (context || e.population >= GATE.storyCity) ? 'alternate name, story country' : null;
  }
  if (e.population >= GATE.bigCity) return 'large city';
  if (inStory && (e.population >= GATE.storyCity || context)) return 'story country';
  // A town the text puts something in, in a state or province the story places two other names in ("James Kitchens,
  // of Edmonton" in a story of Metcalfe County, Ky.).
  if (inStory && context && c.stateNames >= SCORE.storyAdminNames) return 'province in story';
  return null;
}

/** The story's countries, most mentioned first (at most five, for the basis text). */
function countryList(ev: Evidence): string {
  const all = [...ev.countries.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  return all.length > 5 ? `${all.slice(0, 5).join(', ')}...` : all.join(', ');
}

/** Why a name was resolved to its entry, in plain words (the place's `basis`). */
function basisOf(m: Match, best: Choice, kev: KeyEvidence, countries: string, runnerUp: number, gaz: Gazetteer): string {
  const e = best.entry;
  const adminName = e.kind === 'city' && e.country && e.admin1 ? gaz.admin(e.country, e.admin1)?.name : undefined;
  const parts = [`gazetteer: ${e.name}${adminName ? `, ${adminName}` : ''}${e.country && e.kind !== 'country' ? `, ${e.country}` : ''}`];
  if (e.population > 0 && e.kind === 'city') parts.push(`population ${e.population}`);
  if (countries) parts.push(`story countries ${countries}`);
  const hintText = m.hintText ?? kev.hintText ?? '';
  for (const r of best.reasons) if (r !== 'story country') parts.push(r.endsWith(' context') ? `${r} ${hintText}`.trim() : r);
  if (runnerUp > 0) parts.push(`${runnerUp} other candidate${runnerUp > 1 ? 's' : ''}`);
  return parts.join('; ');
}

/** A name's best reading in one pass, with what the gate and the basis read of the others. */
interface Reading {
  best: Choice | null;
  /** How many other readings there are. */
  runnerUp: number;
  /** Whether the best reading is under one of the entry's main names. */
  primary: boolean;
  /** The gate's reason to show the best reading, or null. */
  why: string | null;
}

/** The countries of the name's readings that the mention's own article names (only for a name of towns and counties). */
function namedCountries(m: Match, townsOnly: boolean, ev: Evidence): Set<string> {
  const namedThere = new Set<string>();
  const named = townsOnly ? ev.articleCountries.get(m.sentence.article) : undefined;
  if (named !== undefined) for (const h of m.hits) if (h.entry.country !== null && named.has(h.entry.country)) namedThere.add(h.entry.country);
  return namedThere;
}

/** Every reading of the name scored; the best, and whether the gate lets it show. */
function readName(m: Match, kev: KeyEvidence, ev: Evidence, maxW: number, townsOnly: boolean, namedThere: Set<string>): Reading {
  let best: Choice | null = null;
  let runnerUp = 0;
  let secondScore = -Infinity;
  // A hamlet never beats a country, a state or a big city of its name, not even after a comma and a state: "in Egypt,
  // U.N. officials said" is not a qualified hamlet of the United States.
  const major = m.hits.some((h) => majorReading(h.entry));
  for (const h of m.hits) {
    if (major && isHamlet(h.entry)) continue;
    // A reading elsewhere than this one's country lies in a country the article names.
    let rivalAbroad = false;
    for (const country of namedThere) if (country !== h.entry.country) rivalAbroad = true;
    const c = scoreEntry(h, m.key, ev, maxW, kev, m.hint, townsOnly && !rivalAbroad, m.hits);
    // A hamlet is no rival to a reading's lead: a county the text puts something in keeps its lead over a village of
    // its name abroad.
    if (best === null || c.score > best.score || (c.score === best.score && c.entry.id < best.entry.id)) {
      if (best !== null) {
        runnerUp++;
        if (!isHamlet(best.entry)) secondScore = Math.max(secondScore, best.score);
      }
      best = c;
    } else {
      runnerUp++;
      if (!isHamlet(c.entry)) secondScore = Math.max(secondScore, c.score);
    }
  }
  const primary = best !== null && m.hits.some((h) => h.entry === best?.entry && h.primary);
  const why = best !== null ? gate(best, ev, kev, primary, best.score - secondScore) : null;
  return { best, runnerUp, primary, why };
}

/**
 * Each match's reading. `explain` false leaves the resolved readings' basis empty: the first of the two passes is read
 * only for the entries it picks.
 */
export function resolveAll(matches: Match[], ev: Evidence, keyEv: Map<string, KeyEvidence>, personKeys: ReadonlyMap<string, boolean>, lowercaseWords: Set<string>, gaz: Gazetteer, explain = true): Resolved[] {
  const out: Resolved[] = [];
  // Keys the story also writes after a preposition inside a sentence ("the resort of Acapulco").
  const words = contextWords();
  const namedInside = new Set<string>();
  for (const m of matches) if (m.notPlace === null && m.i > 0 && isPreposition(m.tokens[m.i - 1], words)) namedInside.add(m.key);
  // The story's evidence is fixed while resolving: its strongest country weight and country list are computed once.
  let maxW = 0;
  for (const w of ev.countries.values()) maxW = Math.max(maxW, w);
  const countries = ev.countries.size > 0 ? countryList(ev) : '';
  const readings = new Map<GazHit[], { townsOnly: boolean; byName: Map<string, Reading> }>();
  for (const m of matches) {
    if (m.notPlace !== null) continue;
    const kev = keyEv.get(m.key) as KeyEvidence;
    const strong = kev.qualifier !== null || kev.hints.size > 0;
    const isCountry = m.hits.some((h) => h.entry.kind === 'country');
    // A name used for a person elsewhere in the story ("Charles W. Murphy") is that person, unless the story also puts
    // something "in" it or calls it a place. Used surely for a person ("Governor Clinton", "his wife, Nina,"), only this
    // mention's own locative counts, and not one that takes persons as often ("a letter from Clinton", "talks between
    // Clinton and Hale"): "in Clinton" elsewhere does not make "Clinton's spokeswoman" a town's.
    const person = personKeys.get(m.key);
    const sure = person === true && !m.hits.some((h) => majorReading(h.entry));
    const ownPlaceLocative = m.locative && (m.locativeWord === undefined || !words.personLocatives.has(m.locativeWord));
    if (person !== undefined && !strong && !(sure ? ownPlaceLocative : kev.locative)) continue;
    // A one-word name also used as a lowercase word in the story ("Police said", "reading") is that word.
    if (m.i === m.j && !isCountry && !strong && lowercaseWords.has(m.tokens[m.i].lower)) continue;
    // Every mention of the name with the same readings, hint and countries its article names reads alike: the readings
    // are scored once per pass for them all (a story names its places again and again).
    let byHits = readings.get(m.hits);
    if (byHits === undefined) readings.set(m.hits, (byHits = { townsOnly: m.hits.every((h) => h.entry.kind === 'city' || h.entry.featureCode === 'ADM2'), byName: new Map() }));
    const namedThere = namedCountries(m, byHits.townsOnly, ev);
    const readingKey = `${m.key}\u0000${m.hint ?? ''}\u0000${[...namedThere].join(',')}`;
    let reading = byHits.byName.get(readingKey);
    if (reading === undefined) byHits.byName.set(readingKey, (reading = readName(m, kev, ev, maxW, byHits.townsOnly, namedThere)));
    const { best, primary } = reading;
    // "the White House": after "the", a name that is only a translation or old name of a town is something else.
    if (best !== null && !primary && !strong && m.i > 0 && m.tokens[m.i - 1].lower === 'the' && !m.tokens[m.i - 1].cap) continue;
    // A capital at the start of a sentence says nothing; an alternate spelling there needs context, or the story to
    // write the name after a preposition elsewhere ("the resort of Acapulco ... Acapulco, population 600,000").
    if (best !== null && !primary && m.i === 0 && m.i === m.j && !strong && !kev.locative && !namedInside.has(m.key)) continue;
    // "Campbell Soup Company", "Edwards Cancer Center": inside an organisation's name a small town's name is more
    // often a founder's; only a town of GATE.orgTown people or more is taken there.
    // Nor is a town short of a large city known only by an alternate spelling ("Xinhua News Agency"; not "New York Times").
    if (best !== null && m.inOrg && best.entry.kind === 'city' && (best.entry.population < GATE.orgTown || (!primary && best.entry.population < GATE.bigCity)) && kev.qualifier === null && !kev.hints.has('city')) continue;
    // "Churchill, Man.": the text says which state; when no reading lies there (the town is not in the gazetteer), the
    // name is a place the gazetteer does not know, not the namesake elsewhere.
    if (best !== null && kev.qualifier !== null && !best.reasons.some((r) => r.startsWith('qualifier'))) {
      const q = kev.qualifier;
      out.push({ match: m, choice: null, basis: `not in gazetteer as a place in "${q.text}"; ${m.hits.length} reading${m.hits.length > 1 ? 's' : ''} elsewhere`, unresolvedKind: 'city' });
      continue;
    }
    const why = reading.why;
    if (best !== null && why !== null && m.landform !== undefined && best.entry.kind !== 'admin') {
      out.push({ match: m, choice: null, basis: `a landform named after ${best.entry.name} (${best.entry.kind}), not at its point; called a place by ${m.hintText}`, unresolvedKind: 'region' });
    } else if (best !== null && why !== null) {
      out.push({ match: m, choice: best, basis: explain ? basisOf(m, best, kev, countries, reading.runnerUp, gaz) : '', unresolvedKind: null });
    } else if (m.hint !== null && m.hint !== 'country') {
      const basis =
        m.hits.length === 0
          ? `not in gazetteer; called a place by ${m.hintText}`
          : `ambiguous: ${m.hits.length} gazetteer entr${m.hits.length > 1 ? 'ies' : 'y'}, none supported by the story; called a place by ${m.hintText}`;
      out.push({ match: m, choice: null, basis, unresolvedKind: m.hint });
    } else if (best !== null && primary && kev.locative && m.hits.every((h) => h.entry.kind === 'city') && !m.hits.every((h) => isHamlet(h.entry))) {
      // "Police in Gainesville": the text puts something in a town the gazetteer knows several of, and the story
      // does not say which. A place, unresolved (never dropped).
      const basis = `ambiguous: ${m.hits.length} towns of this name, none supported by the story; a place by "in"-like context`;
      out.push({ match: m, choice: null, basis, unresolvedKind: 'city' });
    }
  }
  return out;
}
