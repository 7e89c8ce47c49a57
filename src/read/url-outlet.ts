// The outlet of an article that names none, from its web address: the registrable domain of its host, read with the
// Public Suffix List (npm tldts): "www.latimes.com" -> "latimes.com", "news.bbc.co.uk" -> "bbc.co.uk". A blog host's
// sites are their owners' ("someone.blogspot.com" stays whole: the list's private suffixes count). Crawled pages and
// feed items often carry an address and no source field; without this, each such article counted as an outlet of
// its own, so two pages of one site read as two outlets confirming a figure. An IP address, "localhost" or an
// address that is not the web's names no outlet.
import { getDomain } from 'tldts';

/** Characters of an address read (an address longer than this is not a page's). */
const MAX_URL_CHARS = 2048;

/** The outlet an address names (its registrable domain, lowercase), or null. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  if (u.length > MAX_URL_CHARS || !/^https?:\/\//i.test(u)) return null;
  return getDomain(u, { allowPrivateDomains: true }) ?? null;
}
