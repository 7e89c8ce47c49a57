// The outlet's home country, from the country-code domain of the article's address (cbc.ca -> CA, bbc.co.uk -> GB):
// a local paper's "London" or "Georgia" is first of all the one at home. Generic domains (.com, .news) say nothing.
import type { Article } from '../../types.js';

// Country-code domains sold as generic names ("news.tv", "app.io"): not a sign of where an outlet is.
const GENERIC_CC = new Set(['tv', 'io', 'co', 'me', 'fm', 'am', 'ai', 'ly', 'ws', 'cc', 'to', 'ms', 'gg', 'nu', 'la', 'im', 'is', 'it', 'vc', 'sh']);
// Where the domain differs from the ISO 3166-1 code.
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'GB' };

/** ISO2 of the country-code domain of a URL, or null (no URL, a generic or non-country domain, a bare IP). */
export function urlCountry(url: string | null): string | null {
  if (url === null) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.slice(0, 300));
  if (m === null) return null;
  const tld = m[1].toLowerCase().split('.').pop() ?? '';
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
