// A story's memo of the look-ups matching repeats (canonical keys, gazetteer hits): made per story, not kept per process.
import { ARTICLE_WORDS, canonicalKey, type GazHit, type Gazetteer } from './gazetteer.js';

/**
 * One story's answers to the questions findMatches asks of every run of capitalized words, kept for the story: a
 * surface's canonical key, and a key's gazetteer hits (misses too, which the gazetteer itself does not keep). A story
 * names its places and people again and again; both answers depend on the string alone.
 */
export interface StoryLookups {
  keyOf(surface: string): string;
  hitsOf(key: string): GazHit[];
  /** Whether a run whose key so far is `key` can still become a name (Gazetteer.startsKey, with findMatches's "al "). */
  canGrow(key: string): boolean;
}

export function storyLookups(gaz: Gazetteer): StoryLookups {
  const keys = new Map<string, string>();
  const hits = new Map<string, GazHit[]>();
  const grows = new Map<string, boolean>();
  return {
    canGrow(key) {
      let g = grows.get(key);
      if (g === undefined) {
        // A last word such as "ad" becomes "al" once a word follows (canonicalKey): no bound from it. A key with
        // "al " is also looked up without it (findMatches).
        const last = key.slice(key.lastIndexOf(' ') + 1);
        g = ARTICLE_WORDS.has(last) || gaz.startsKey(key) || (key.startsWith('al ') && gaz.startsKey(key.slice(3)));
        grows.set(key, g);
      }
      return g;
    },
    keyOf(surface) {
      let k = keys.get(surface);
      if (k === undefined) keys.set(surface, (k = canonicalKey(surface)));
      return k;
    },
    hitsOf(key) {
      let h = hits.get(key);
      if (h === undefined) hits.set(key, (h = gaz.lookup(key)));
      return h;
    },
  };
}
