// A page's or a feed's title often ends with the site's name (and a wire's often opens with the desk's flags, below):
// "Storm hits coast - Reuters", "Storm hits coast | The Guardian". Left in, the name is a rare word that every headline
// of that outlet shares, whatever its story: on a stream of headlines alone it reads as a story of its own (the fit
// headlines stream with an outlet's name after every title: pairwise F1 0.80 -> 0.14). The name is cut off where it is
// the article's outlet, or where the stream has already seen it end other titles: a title's last words recur at its end
// only when they are no headline's own. The same name inside an outlet's own texts ("Follow the Lakeport Tribune on
// Facebook") is taken out too. The counts are the stream's state: they live in the engine that owns this table and
// travel in its snapshot.

import { fnv1a } from './hash.js';

/**
 * The desk's flags a wire or a site puts before a headline ("UPDATE 2-", "RPT-", "EXCLUSIVE-", "BREAKING:", "WATCH:"):
 * the same few words before the headlines of every story (a stress copy of the fit leads stream with them before
 * half its titles: 0.707 -> 0.611). One or more, each a flag word (with an update's number) and a dash or a colon.
 */
const DESK_FLAGS = /^(?:(?:(?:update|wrapup)(?:\s*\d{1,2})?|refile|corrected|correction|rpt|repeat|exclusive|analysis|insight|factbox|timeline|preview|breaking(?: news)?|watch|video|photos?|live|updated)\s*[-–:]\s*)+/i;

/** The separators a title puts before a site's name, with a space either side (a hyphen inside a word is none). */
const SEPARATOR = / (?:-|–|—|\||::|·|•|») /g;

export const SITE_NAMES = {
  /** Titles (this one included) a trailing part must end before it counts as a site's name without an outlet. */
  minTitles: 2,
  /** Longest trailing part taken for a name, in words: a site's name is a few words, a clause is more. */
  maxWords: 5,
  /** Outlet names shorter than this are not taken out of texts ("AP" is also a word's part of many a line). */
  minOutletChars: 3,
  /** Nor longer ones (a field holding a sentence is no name). */
  maxOutletChars: 80,
  /** Distinct trailing parts counted before the table starts over (bounded memory and snapshot on any stream). */
  maxKeys: 10_000,
} as const;

/** The comparable form of a site's name: lowercase letters and digits, a leading "the" dropped. */
export function siteKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** The title's last part after a separator, when it could be a name: a few words, starting with a capital or a digit. */
function trailingPart(title: string): { head: string; part: string } | null {
  let at = -1;
  let sepEnd = -1;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    at = m.index;
    sepEnd = m.index + m[0].length;
  }
  if (at <= 0) return null;
  const part = title.slice(sepEnd).trim();
  const head = title.slice(0, at).trim();
  // A name starts with a capital or a digit and has no clause punctuation ("Talks stall - Again, Sources Say" ends a
  // headline, not a site).
  if (part === '' || head === '' || !/^[\p{Lu}\p{N}]/u.test(part) || /[,;:?!]/.test(part)) return null;
  if (part.split(/\s+/).length > SITE_NAMES.maxWords) return null;
  return { head, part };
}

/** How many titles each trailing part has ended, and the last of their heads (hashed). */
export class SiteNames {
  private readonly seen = new Map<string, { titles: number; head: number }>();
  /** Each outlet's name as a pattern (derived from the name alone: not part of the snapshot). */
  private readonly outletPatterns = new Map<string, RegExp>();

  /**
   * The title without the site's name at its end, or the title as it is. Titles count towards a name only with a
   * head other than the last one counted: a reprinted headline, the same title twice, makes no name of its last words.
   */
  strip(title: string, outlet: string | null): string {
    const flags = DESK_FLAGS.exec(title);
    if (flags && flags[0].length < title.length) title = title.slice(flags[0].length);
    const t = trailingPart(title);
    if (!t) return title;
    const key = siteKey(t.part);
    if (key === '') return title;
    // A head is only compared with the last one, so its hash stands for it (a small snapshot).
    const head = fnv1a(t.head);
    let entry = this.seen.get(key);
    if (!entry) {
      if (this.seen.size >= SITE_NAMES.maxKeys) this.seen.clear();
      this.seen.set(key, (entry = { titles: 1, head }));
    } else if (entry.head !== head) {
      entry.titles++;
      entry.head = head;
    }
    return entry.titles >= SITE_NAMES.minTitles || (outlet !== null && siteKey(outlet) === key) ? t.head : title;
  }

  /**
   * The text without the outlet's own name ("Follow the Lakeport Tribune on Facebook", "Copyright Lakeport Tribune"):
   * in its own pages the name is furniture, and a rare word that all of them share.
   */
  withoutOutlet(text: string, outlet: string | null): string {
    const name = outlet?.trim() ?? '';
    if (name.length < SITE_NAMES.minOutletChars || name.length > SITE_NAMES.maxOutletChars) return text;
    let re = this.outletPatterns.get(name);
    if (re === undefined) {
      if (this.outletPatterns.size >= SITE_NAMES.maxKeys) this.outletPatterns.clear();
      // Word-bounded where the name starts and ends with a word character; white space inside it may vary.
      const body = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      re = new RegExp(`${/^\w/.test(name) ? '\\b' : ''}${body}${/\w$/.test(name) ? '\\b' : ''}`, 'gi');
      this.outletPatterns.set(name, re);
    }
    re.lastIndex = 0;
    return re.test(text) ? text.replace(re, ' ') : text;
  }

  /** The counts, as JSON-safe data (the engine's snapshot). */
  entries(): [string, number, number][] {
    return [...this.seen].map(([k, e]) => [k, e.titles, e.head]);
  }

  static from(entries: readonly [string, number, number][] = []): SiteNames {
    const s = new SiteNames();
    for (const [k, titles, head] of entries) s.seen.set(k, { titles, head });
    return s;
  }
}
