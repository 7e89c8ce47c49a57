// The outlet named by the furniture the cleaner removes: a source credit ("SOURCE: TRTWorld and agencies"), a
// copyright line ("© 2015 Leader Call. All Rights reserved."), a feed attribution ("from Military Space News,
// ... http://..."). Read before it is thrown away, so metadata is not lost with the noise.
import type { Removal } from '../types.js';

/** "TRTWorld" -> "TRT World", "SpaceDaily" stays (a brand written as one word is left alone unless it opens in capitals). */
function splitGluedAcronym(name: string): string {
  return name.replace(/\b([A-Z]{2,})([A-Z][a-z]{2,})\b/g, '$1 $2');
}

/** Punctuation and spaces that edge a name in a credit line ("Source: Reuters -"). */
const EDGE = new Set([...' \t\n,.;:|–—-']);

/** The text without edging punctuation, by a scan from each end (a regex anchored at the end rescans each start). */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a])) a++;
  while (b > a && EDGE.has(s[b - 1])) b--;
  return s.slice(a, b);
}

function tidy(name: string): string | null {
  const n = splitGluedAcronym(trimEdges(name.replace(/\s+/g, ' ')));
  if (n.length < 2 || n.length > 60 || !/\p{Lu}/u.test(n) || n.split(' ').length > 6) return null;
  return n;
}

const FROM_LINE: Partial<Record<Removal['reason'], (text: string) => string | null>> = {
  'source-credit': (t) => {
    const m = /^(?:source|sources|credit)\s*:\s*(.+?)(?:\s+(?:and|with|&)\s+(?:agencies|agency|wires?)\b.*)?$/i.exec(t.trim());
    return m ? tidy(m[1]) : null;
  },
  copyright: (t) => {
    const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)?\s*(.+?)(?:[.,]?\s*all rights reserved.*)?$/i.exec(t.trim());
    return m ? tidy(m[1].replace(/^by\s+/i, '')) : null;
  },
  'feed-attribution': (t) => {
    // The name stops at a comma or before the feed's URL; tidy() trims the space the lazy group may keep.
    const m = /^from\s([^,]{3,60}?)(?:,|\shttps?:)/i.exec(t.trim());
    return m ? tidy(m[1]) : null;
  },
};

/** Order of trust: a source credit names the publisher, a copyright the site, a feed the channel it came through. */
const PRIORITY: Removal['reason'][] = ['source-credit', 'copyright', 'feed-attribution'];

export function outletFromRemovals(removed: Removal[]): { outlet: string; basis: string } | null {
  for (const reason of PRIORITY) {
    for (const r of removed) {
      if (r.reason !== reason) continue;
      const name = FROM_LINE[reason]?.(r.text);
      if (name) return { outlet: name, basis: `${reason} line "${r.text.trim().slice(0, 80)}"` };
    }
  }
  return null;
}
