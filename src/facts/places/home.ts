// The outlet's home, from the article's address: its country from the country-code domain (cbc.ca -> CA, bbc.co.uk
// -> GB), and its town or state from the site's name when that name opens with one (edmontonjournal.com -> Edmonton,
// Alberta; amarillo.com -> Amarillo, Texas; missourifarmertoday.com -> Missouri): a local paper's "London" or
// "Georgia" is first of all the one at home. Generic domains (.com, .news) say nothing of the country by themselves.
import { getDomainWithoutSuffix } from 'tldts';
import type { Article } from '../../types.js';
import { canonicalKey, type GazEntry, type Gazetteer } from './gazetteer.js';
import { HOME } from './tunables.js';

// Country-code domains sold as generic names ("news.tv", "app.io"): not a sign of where an outlet is.
const GENERIC_CC = new Set(['tv', 'io', 'co', 'me', 'fm', 'am', 'ai', 'ly', 'ws', 'cc', 'to', 'ms', 'gg', 'nu', 'la', 'im', 'is', 'it', 'vc', 'sh']);
// Where the domain differs from the ISO 3166-1 code.
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'GB' };

/** The host of an address, lowercase ("www.cbc.ca"), or null. */
function hostOf(url: string | null): string | null {
  if (url === null) return null;
  return /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.slice(0, 300))?.[1].toLowerCase() ?? null;
}

/** ISO2 of the country-code domain of a URL, or null (no URL, a generic or non-country domain, a bare IP). */
export function urlCountry(url: string | null): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  const tld = host.split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CC.has(tld)) return null;
  return DOMAIN_COUNTRY[tld] ?? tld.toUpperCase();
}

/** How many of the articles come from outlets at home in each country. */
export function homeCountries(articles: Article[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of articles) {
    const c = urlCountry(a.url);
    if (c !== null) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

/**
 * The town or state a site's name opens with, as the gazetteer has it: the longest opening of the name (its registrable
 * domain without the suffix) of at least HOME.minNameChars letters that is a place's name, written whole or as two
 * words ("lemarssentinel" -> "le mars"); its most populous town or state reading, in the domain's country when the
 * domain has one, and only when that reading is HOME.dominance times as populous as the next (a name many towns share,
 * "huntington", says nothing). Null when the name opens with no place.
 */
export function siteHome(url: string | null, gaz: Gazetteer): GazEntry | null {
  if (url === null || url.length > 2048 || !/^https?:\/\//i.test(url)) return null;
  const label = (getDomainWithoutSuffix(url, { allowPrivateDomains: true }) ?? '').toLowerCase().replace(/-/g, '');
  if (!/^[a-z]+$/.test(label)) return null;
  const country = urlCountry(url);
  for (let n = Math.min(label.length, HOME.maxNameChars); n >= HOME.minNameChars; n--) {
    const opening = label.slice(0, n);
    for (let cut = 0; cut < n; cut += cut === 0 ? HOME.minWordChars : 1) {
      if (cut > 0 && n - cut < HOME.minWordChars) break;
      const key = canonicalKey(cut === 0 ? opening : `${opening.slice(0, cut)} ${opening.slice(cut)}`);
      const readings = homeReadings(gaz, key, country);
      if (readings.length > 0) return homeOf(readings);
    }
  }
  return null;
}

/** The town or state an outlet's name opens with ("Amarillo Globe-News", "The Macon Telegraph"), as siteHome reads a site. */
export function outletHome(outlet: string | null, gaz: Gazetteer): GazEntry | null {
  if (outlet === null) return null;
  const words = outlet.trim().replace(/^the\s+/i, '').split(/[\s-]+/).slice(0, HOME.maxOutletWords);
  for (let n = words.length; n >= 1; n--) {
    if (!words.slice(0, n).every((w) => /^\p{Lu}/u.test(w))) continue;
    const readings = homeReadings(gaz, canonicalKey(words.slice(0, n).join(' ')), null);
    if (readings.length > 0) return homeOf(readings);
  }
  return null;
}

/** A name's town and state readings under their main name (in `country` when one is given), most populous first. */
function homeReadings(gaz: Gazetteer, key: string, country: string | null): GazEntry[] {
  if (key.length < HOME.minNameChars) return [];
  return gaz.lookup(key)
    .filter((h) => h.primary && (h.entry.kind === 'city' || h.entry.featureCode === 'ADM1') && (country === null || h.entry.country === country))
    .map((h) => h.entry)
    .sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1));
}

/** The home among a name's readings: a big city before a state of its name (washingtonpost.com is the capital's),
 *  else the most populous when it is HOME.dominance times the next; null when the name is too common to tell. */
function homeOf(ranked: GazEntry[]): GazEntry | null {
  const city = ranked.find((e) => e.kind === 'city' && e.population >= HOME.cityOverState);
  if (city !== undefined) return city;
  const [top, next] = ranked;
  return next === undefined || top.population >= HOME.dominance * Math.max(next.population, 1) ? top : null;
}

/** The states (`US.TX`) the story's outlets are at home in. */
export function homeStates(articles: Article[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  // A story's articles come from a few sites again and again: each site and outlet is read once (a site costs a few
  // hundred gazetteer look-ups).
  const sites = new Map<string, GazEntry | null>();
  const outlets = new Map<string, GazEntry | null>();
  const memo = <K>(m: Map<K, GazEntry | null>, k: K, f: () => GazEntry | null): GazEntry | null => {
    if (!m.has(k)) m.set(k, f());
    return m.get(k) ?? null;
  };
  for (const a of articles) {
    const host = hostOf(a.url);
    const home = (host === null ? null : memo(sites, host, () => siteHome(a.url, gaz))) ?? (a.outlet === null ? null : memo(outlets, a.outlet, () => outletHome(a.outlet, gaz)));
    if (home === null || home.country === null || home.admin1 === null) continue;
    out.add(`${home.country}.${home.admin1}`);
  }
  return out;
}
