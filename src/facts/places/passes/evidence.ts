// Pass 5, evidence: what the whole story says of where it is: its countries (named outright, by demonym, inside
// organisation names; the outlets' home countries), the names it uses for persons, and each name's hints, locatives
// and qualifier. After a first reading (./resolve.ts), the provinces and countries of the places it found.
import type { Article } from '../../../types.js';
import type { Gazetteer, PlaceKind } from '../gazetteer.js';
import { homeCountries, homeStates } from '../home.js';
import { GATE } from '../tunables.js';
import type { Evidence, KeyEvidence, Match, Resolved } from '../types.js';

/** The story's evidence, the keys of the names it uses for persons, and each place name's own evidence. */
export interface StoryEvidence {
  ev: Evidence;
  /** Name keys the story uses for persons -> whether surely (a title before one, "Governor Clinton"; a speaker's). */
  personKeys: Map<string, boolean>;
  keyEv: Map<string, KeyEvidence>;
}

export function storyEvidence(matches: Match[], articles: Article[], gaz: Gazetteer): StoryEvidence {
  // The story's countries: named outright or by demonym, also inside organisation names.
  const ev: Evidence = { countries: new Map(), admins: new Map(), articleCountries: new Map() };
  const personKeys = new Map<string, boolean>();
  const personShare = new Map<string, { person: number; all: number; sure: boolean }>();
  const keyEv = new Map<string, KeyEvidence>();
  for (const m of matches) {
    const country = m.notPlace === null ? namedCountry(m) : m.contextCountry;
    if (country !== null) {
      ev.countries.set(country, (ev.countries.get(country) ?? 0) + 1);
      const named = ev.articleCountries.get(m.sentence.article);
      if (named === undefined) ev.articleCountries.set(m.sentence.article, new Set([country]));
      else named.add(country);
    }
    if (m.personLike) personKeys.set(m.key, personKeys.get(m.key) === true || m.personSure === true);
    const pk = personShare.get(m.key) ?? { person: 0, all: 0, sure: false };
    pk.all++;
    if (m.personLike) pk.person++;
    if (m.personSure) pk.sure = true;
    personShare.set(m.key, pk);
    if (m.notPlace !== null) continue;
    const k = keyEv.get(m.key) ?? { hints: new Set<PlaceKind>(), locative: false, qualifier: null, hintText: null };
    if (m.hint !== null) {
      k.hints.add(m.hint);
      k.hintText ??= m.hintText;
    }
    k.locative ||= m.locative;
    k.qualifier ??= m.qualifier;
    keyEv.set(m.key, k);
  }
  // A country's or a state's name used once after a capitalized word ("Environment Canada") in a story that names the
  // country again is the country; a name used mostly as a person's ("Michael Jordan ... Jordan said") stays a person.
  for (const m of matches) {
    const pk = personShare.get(m.key);
    // Only a capitalized word before it ("Environment Canada") may be outvoted; a title or a speech verb may not.
    if (pk === undefined || !personKeys.has(m.key) || m.hits.length === 0 || pk.sure) continue;
    // The name's largest reading must be the country or state ("Toledo" is a district of Belize, but first a city).
    const top = m.hits.reduce((a, b) => (b.entry.population > a.entry.population ? b : a));
    if (top.entry.kind !== 'country' && top.entry.featureCode !== 'ADM1') continue;
    if (pk.person / pk.all < GATE.personShare) personKeys.delete(m.key);
  }
  // The outlets' home countries weigh like GATE.homeCountry mentions each (at most one article's worth per story).
  const home = homeCountries(articles);
  for (const [c, n] of home) ev.countries.set(c, (ev.countries.get(c) ?? 0) + (GATE.homeCountry * n) / articles.length);
  // The states the outlets' sites are named after (amarillo.com: Texas) count as a name the story places there, and
  // their country as the domain's does (once per story, not per article).
  for (const code of homeStates(articles, gaz)) {
    ev.admins.set(code, new Set([HOME_KEY]));
    const c = code.slice(0, 2);
    if (!home.has(c)) ev.countries.set(c, (ev.countries.get(c) ?? 0) + GATE.homeCountry / articles.length);
  }
  return { ev, personKeys, keyEv };
}

/** The pseudo-key that puts an outlet's home state in the story's evidence (no place name is written with '#'). */
const HOME_KEY = '#home';

/**
 * The country a name names outright, as evidence of the story's countries; null when it names none, or when it is
 * also the name of a state of another country with at least GATE.rivalStateShare of the country's people ("Georgia"):
 * then the story's other places choose, and the name is no evidence for either reading of itself.
 */
function namedCountry(m: Match): string | null {
  const c = m.hits.find((h) => h.entry.kind === 'country')?.entry;
  if (c === undefined || c.country === null) return null;
  const rival = m.hits.some((h) => h.entry.featureCode === 'ADM1' && h.entry.country !== c.country && h.entry.population >= GATE.rivalStateShare * c.population);
  return rival ? null : c.country;
}

/** The story's evidence with the provinces and countries of the places a first reading found. */
export function withPlacesFound(ev: Evidence, resolved: Resolved[]): Evidence {
  // The outlets' home states stay (./home.ts); the rest is what the first reading found.
  const ev2: Evidence = { countries: new Map(ev.countries), admins: new Map([...ev.admins].map(([k, v]) => [k, new Set(v)])), articleCountries: ev.articleCountries };
  for (const r of resolved) {
    const e = r.choice?.entry;
    if (e === undefined || e.country === null) continue;
    // A county's or a town's state is the story's too: "Adair County" next to Kentucky towns is Kentucky's.
    if ((e.kind === 'admin' || e.kind === 'city') && e.admin1 !== null) {
      const code = `${e.country}.${e.admin1}`;
      ev2.admins.set(code, (ev2.admins.get(code) ?? new Set<string>()).add(r.match.key));
    }
    if (e.kind !== 'country') ev2.countries.set(e.country, (ev2.countries.get(e.country) ?? 0) + GATE.inferredCountry);
  }
  return ev2;
}
