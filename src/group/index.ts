// The group stage: the same sentence carried by several articles (verbatim, or with a word changed or a name
// spelled differently) becomes one item listing every source. Candidates come from shared word trigrams, so the
// work stays near-linear in the number of sentences; pairs are confirmed by word-overlap similarity.
import type { Article, Sentence, Span, Support } from '../types.js';
import type { Checkpoint } from '../budget.js';
import { diceOfCounts, termCounts, tokens } from '../text/words.js';

export const GROUP = {
  /** Dice similarity of two sentences' word multisets at or above which they are the same sentence. */
  minSimilarity: 0.8,
  /** Shorter sentence at least this share of the longer one's words (a clause is not its sentence). */
  minLengthRatio: 0.7,
  /** A word trigram shared by more sentences than this is boilerplate-like and not used to find candidates. */
  maxPostings: 60,
  /** Sentences with fewer words are grouped only when identical. */
  minWords: 5,
} as const;

export interface SentenceGroup {
  /** `g` + the id of the representative sentence. */
  id: string;
  /** The sentence shown for the group (its text is a source sentence, verbatim). */
  representative: Sentence;
  members: Sentence[];
  /** Article ids, sorted. */
  sources: string[];
  spans: Span[];
  support: Support;
}

/** Outlet identity for support counting: the outlet's name, or the article itself when unknown. */
export function outletKey(a: Pick<Article, 'id' | 'outlet'>): string {
  return a.outlet ? `outlet:${a.outlet.toLowerCase().replace(/[^a-z0-9]+/g, '')}` : `article:${a.id}`;
}

export function supportOf(articleIds: Iterable<string>, byId: Map<string, Pick<Article, 'id' | 'outlet'>>): Support {
  const ids = [...new Set(articleIds)];
  const outlets = new Set(ids.map((id) => {
    const a = byId.get(id);
    return a ? outletKey(a) : `article:${id}`;
  }));
  return { outlets: outlets.size, articles: ids.length };
}


export function groupSentences(sentences: Sentence[], articles: Article[], checkpoint: Checkpoint = () => {}): SentenceGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Tokens once per distinct text: reprints share them.
  const tokensOfText = new Map<string, string[]>();
  const toks = sentences.map((s) => {
    checkpoint('group (tokens)');
    let t = tokensOfText.get(s.text);
    if (!t) tokensOfText.set(s.text, (t = tokens(s.text)));
    return t;
  });
  // Word bags only for the sentences compared (distinct texts, and members of mixed groups).
  const bags: (Map<string, number> | undefined)[] = [];
  const bagOf = (i: number) => (bags[i] ??= termCounts(toks[i]));
  const parent = sentences.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Identical sentences (same words) join at once; the trigram search then runs over distinct texts only,
  // which matters when a wire story is reprinted many times.
  const firstOfText = new Map<string, number>();
  const keyOf = new Map<string[], string>();
  const distinct: number[] = [];
  toks.forEach((t, i) => {
    let key = keyOf.get(t);
    if (key === undefined) keyOf.set(t, (key = t.join(' ')));
    const first = firstOfText.get(key);
    if (first === undefined) {
      firstOfText.set(key, i);
      distinct.push(i);
    } else union(first, i);
  });
  // Candidate pairs: distinct sentences sharing a word trigram. A trigram is keyed by its words' indices in the
  // story's vocabulary, one number (exact while the vocabulary's cube is a safe integer), not a string per trigram.
  const wordIds = new Map<string, number>();
  const ids = distinct.map((i) => toks[i].map((w) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size));
    return id;
  }));
  const size = wordIds.size;
  const numeric = size ** 3 <= Number.MAX_SAFE_INTEGER;
  // Most trigrams occur in one sentence only: a posting holds that sentence's index, and becomes a list at the second.
  const postings = new Map<number | string, number | number[]>();
  for (let d = 0; d < distinct.length; d++) {
    checkpoint('group (trigrams)');
    const i = distinct[d];
    const t = ids[d];
    if (t.length < GROUP.minWords) continue;
    const seen = new Set<number | string>();
    for (let k = 0; k + 2 < t.length; k++) seen.add(numeric ? (t[k] * size + t[k + 1]) * size + t[k + 2] : `${t[k]} ${t[k + 1]} ${t[k + 2]}`);
    for (const g of seen) {
      const list = postings.get(g);
      if (list === undefined) postings.set(g, i);
      else if (typeof list === 'number') postings.set(g, [list, i]);
      else list.push(i);
    }
  }
  const tried = new Set<number>();
  const n = sentences.length;
  for (const list of postings.values()) {
    if (typeof list === 'number' || list.length > GROUP.maxPostings) continue;
    checkpoint('group (pairs)');
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (find(i) === find(j)) continue;
        const key = i * n + j;
        if (tried.has(key)) continue;
        tried.add(key);
        const li = toks[i].length;
        const lj = toks[j].length;
        if (Math.min(li, lj) / Math.max(li, lj) < GROUP.minLengthRatio) continue;
        if (diceOfCounts(bagOf(i), bagOf(j), li, lj) >= GROUP.minSimilarity) union(i, j);
      }
    }
  }
  const groups = new Map<number, number[]>();
  sentences.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: SentenceGroup[] = [];
  for (const idx of groups.values()) {
    const members = idx.map((i) => sentences[i]);
    // The representative: the member closest to all others; ties go to the first in reading order.
    let best = idx[0];
    // Copies of one text are all equally close to the rest: the first stands for them.
    const oneText = idx.every((i) => toks[i].length === toks[idx[0]].length && sentences[i].text === sentences[idx[0]].text);
    if (idx.length > 2 && !oneText) {
      let bestScore = -1;
      // Overlaps are computed once per pair of distinct texts (a wire sentence reprinted by hundreds of outlets is one
      // text), then summed in the same order as before, so the scores are the same numbers to the last bit.
      const textIdx = new Map<string, number>();
      const d = idx.map((i) => {
        const key = keyOf.get(toks[i])!;
        let k = textIdx.get(key);
        if (k === undefined) textIdx.set(key, (k = textIdx.size));
        return k;
      });
      const firstOf: number[] = [];
      d.forEach((k, x) => { if (firstOf[k] === undefined) firstOf[k] = idx[x]; });
      const m = firstOf.length;
      const dice = new Float64Array(m * m);
      for (let u = 0; u < m; u++) for (let v = 0; v < m; v++) dice[u * m + v] = diceOfCounts(bagOf(firstOf[u]), bagOf(firstOf[v]), toks[firstOf[u]].length, toks[firstOf[v]].length);
      for (let x = 0; x < idx.length; x++) {
        const i = idx[x];
        let s = 0;
        const row = d[x] * m;
        for (let y = 0; y < idx.length; y++) if (x !== y) s += dice[row + d[y]];
        if (s > bestScore + 1e-12) {
          bestScore = s;
          best = i;
        }
      }
    }
    const representative = sentences[best];
    const sources = [...new Set(members.map((m) => m.article))].sort();
    out.push({
      id: `g${representative.id}`,
      representative,
      members,
      sources,
      spans: members.map((m) => ({ article: m.article, start: m.start, end: m.end })),
      support: supportOf(sources, byId),
    });
  }
  return out;
}

/** Each sentence its own group (the group stage's fallback past the run's time budget, src/budget.ts). */
export function ungroupedSentences(sentences: Sentence[], articles: Article[]): SentenceGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return sentences.map((s) => ({
    id: `g${s.id}`,
    representative: s,
    members: [s],
    sources: [s.article],
    spans: [{ article: s.article, start: s.start, end: s.end }],
    support: supportOf([s.article], byId),
  }));
}
