// Concepts for the coverage model: stemmed word bigrams (ROUGE tokens, Porter stems), leaving out bigrams of two
// stopwords, counted per article (document frequency) as Gillick & Favre's ICSI summarizer does, with the
// statistics the concept weights are made of.
import { sentenceStats } from './features.js';
import type { TextMemo } from './memo.js';

export interface ConceptUse {
  key: string;
  /** A token of the bigram is written with a capital and is not the sentence's first word (a name). */
  named: boolean;
  /** One of the two words is a stopword. */
  stop: boolean;
}

/** The distinct concepts of one sentence (memoized in the story's memo when given, as `conceptsOf`; callers must not mutate). */
export function conceptUses(text: string, memo?: TextMemo): ConceptUse[] {
  let hit = memo?.uses.get(text);
  if (!hit) {
    hit = computeUses(text, memo);
    memo?.uses.set(text, hit);
  }
  return hit;
}

function computeUses(text: string, memo?: TextMemo): ConceptUse[] {
  const { stems, stop, caps } = sentenceStats(text, memo);
  const out = new Map<string, ConceptUse>();
  for (let i = 0; i + 1 < stems.length; i++) {
    if (stop[i] && stop[i + 1]) continue;
    const key = `${stems[i]} ${stems[i + 1]}`;
    const named = (i > 0 && caps[i] && !stop[i]) || (caps[i + 1] && !stop[i + 1]);
    const u = out.get(key);
    if (u) u.named ||= named;
    else out.set(key, { key, named, stop: stop[i] || stop[i + 1] });
  }
  return [...out.values()];
}

/** The distinct concept keys of a sentence (memoized in the story's memo when given; callers must not mutate the array). */
export function conceptsOf(text: string, memo?: TextMemo): string[] {
  const hit = memo?.concepts.get(text);
  if (hit) return hit;
  const keys = conceptUses(text, memo).map((u) => u.key);
  memo?.concepts.set(text, keys);
  return keys;
}

export interface ConceptStat {
  /** Number of articles using the concept. */
  df: number;
  /** Sentences using it, over the cluster. */
  count: number;
  /** Sentences where it is part of a name. */
  named: number;
  /** One of the two words is a stopword. */
  stop: boolean;
  /** For each article using it, the position (0 = first kept sentence) of its first use there. */
  positions: number[];
}

export function conceptStats(articles: readonly (readonly string[])[], memo?: TextMemo): Map<string, ConceptStat> {
  // Each entry remembers the last article that used it, so document frequency needs no set per article; the entries
  // are the statistics returned (a story of 1,000 articles has some 300,000 concepts: one object and one map each).
  const seen = new Map<string, ConceptStat & { last: number }>();
  // A reprinted sentence is one text with one memoized list of uses: its entries are looked up by key once per
  // text, not once per copy (the entries are made in the same first-seen order either way).
  const entriesOf = new Map<readonly ConceptUse[], (ConceptStat & { last: number })[]>();
  const entry = (u: ConceptUse) => {
    let st = seen.get(u.key);
    if (!st) seen.set(u.key, (st = { df: 0, count: 0, named: 0, stop: u.stop, positions: [], last: -1 }));
    return st;
  };
  articles.forEach((sents, a) => {
    sents.forEach((s, i) => {
      const uses = conceptUses(s, memo);
      let entries = entriesOf.get(uses);
      if (!entries) {
        entries = uses.map(entry);
        if (memo) entriesOf.set(uses, entries);
      }
      for (let k = 0; k < uses.length; k++) {
        const u = uses[k];
        const st = entries[k];
        st.count++;
        if (u.named) st.named++;
        if (st.last === a) continue;
        st.last = a;
        st.df++;
        st.positions.push(i);
      }
    });
  });
  return seen;
}
