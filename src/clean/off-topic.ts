// Off-topic passages spliced into an article (another story pasted in by a scraper or a CMS widget). The
// evidence is the rest of the story: a sentence whose content words the other articles never use is not about
// this event. With a single article, its own other paragraphs and its title are the evidence.
import type { Sentence } from '../types.js';
import { contentWords } from '../text/words.js';
import { CLEAN } from './rules.js';

export interface TopicInput {
  article: string;
  title: string | null;
  sentences: Sentence[];
}

/** Share of each sentence's content words that the evidence also uses, weighted by rarity in the story. */
export function topicOverlap(all: TopicInput[]): Map<string, number> {
  // An article with no text left (only page chrome) is no evidence of what the story is about.
  const inputs = all.filter((a) => a.sentences.length > 0);
  const single = inputs.length === 1;
  // Words per article (title included: it says what the article is about).
  const perArticle = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const a of inputs) {
    const counts = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + weight);
    };
    if (a.title) add(a.title, 1);
    for (const s of a.sentences) add(s.text, 1);
    perArticle.set(a.article, counts);
    for (const w of counts.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const scores = new Map<string, number>();
  for (const a of inputs) {
    const own = perArticle.get(a.article) ?? new Map<string, number>();
    // Words per paragraph, so the single-article case can leave a paragraph's own words out.
    const perParagraph = new Map<number, Map<string, number>>();
    if (single) {
      for (const s of a.sentences) {
        const m = perParagraph.get(s.paragraph) ?? new Map<string, number>();
        for (const w of contentWords(s.text)) m.set(w, (m.get(w) ?? 0) + 1);
        perParagraph.set(s.paragraph, m);
      }
    }
    for (const s of a.sentences) {
      const words = [...new Set(contentWords(s.text))];
      if (words.length === 0) {
        scores.set(s.id, 1);
        continue;
      }
      let total = 0;
      let shared = 0;
      for (const w of words) {
        const weight = 1 / Math.sqrt(df.get(w) ?? 1);
        total += weight;
        const elsewhere = single
          ? (own.get(w) ?? 0) - (perParagraph.get(s.paragraph)?.get(w) ?? 0) > 0
          : (df.get(w) ?? 0) - (own.has(w) ? 1 : 0) > 0;
        if (elsewhere) shared += weight;
      }
      scores.set(s.id, shared / total);
    }
  }
  return scores;
}

/**
 * Sentences judged off-topic: a very low overlap, or a low one beside another low one (splices come in runs). A
 * splice is a minority of its article: when the sentences judged off-topic would be most of it, the article is
 * about something else than the rest of the story (or the evidence is too thin), and none of it is cut.
 */
export function offTopicSentences(inputs: TopicInput[]): Map<string, number> {
  const scores = topicOverlap(inputs);
  const out = new Map<string, number>();
  for (const a of inputs) {
    const found = offTopicOf(a, scores);
    // Confidence: how far below the run threshold the sentence's overlap lies.
    if (found.size <= CLEAN.offTopicMaxShare * a.sentences.length) for (const id of found) out.set(id, 0.5 + 0.5 * Math.max(0, 1 - (scores.get(id) ?? 0) / CLEAN.offTopicRunOverlap));
  }
  return out;
}

function offTopicOf(a: TopicInput, scores: Map<string, number>): Set<string> {
  const out = new Set<string>();
  const ss = a.sentences;
  const low = ss.map((s) => (scores.get(s.id) ?? 1) < CLEAN.offTopicRunOverlap);
  ss.forEach((s, i) => {
    const score = scores.get(s.id) ?? 1;
    const few = contentWords(s.text).length < CLEAN.minContentWords;
    const prevAdjacent = i > 0 && ss[i - 1].index === s.index - 1;
    const nextAdjacent = i + 1 < ss.length && ss[i + 1].index === s.index + 1;
    const neighbourLow = (prevAdjacent && low[i - 1]) || (nextAdjacent && low[i + 1]);
    // A lone low sentence between two on-topic ones is a detail of the story (a quote's second half), not a splice.
    const embedded = prevAdjacent && nextAdjacent && !low[i - 1] && !low[i + 1];
    if (few) {
      // Too short to judge alone: off-topic only inside an off-topic run.
      if (score < CLEAN.offTopicRunOverlap && neighbourLow) out.add(s.id);
    } else if ((score < CLEAN.offTopicMaxOverlap && !embedded) || (score < CLEAN.offTopicRunOverlap && neighbourLow)) {
      out.add(s.id);
    }
  });
  return out;
}
