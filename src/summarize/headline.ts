// The headline: the one source sentence that best says who did what where, in the style of the Wikipedia Current
// Events Portal. Candidates of a plausible length that are not quotes and do not open with a pronoun are scored
// by centrality (the weight of the cluster's concepts they cover, per the default method's model), overlap with
// the articles' titles, position (news leads), and the shape of an event report: a named actor, a past-tense
// verb, a place. When the facts stage knows the story's main place, only candidates that name it compete: a headline
// says where, and a sentence about a side location (one district among many) is not the story's headline.
import { CHORUS, conceptWeights } from './chorus.js';
import { conceptsOf } from './concepts.js';
import { sentenceStats } from './features.js';
import type { TextMemo } from './memo.js';
import type { Candidate, SummaryRequest } from './types.js';
import { DEMONSTRATIVE_PRONOUNS, PERSONAL_PRONOUNS, POSSESSIVE_DETERMINERS } from '../text/pronouns.js';

const HEADLINE = {
  /** Plausible headline length in words (shorter is a fragment, longer a paragraph). */
  minWords: 12,
  maxWords: 40,
  /** Score weights: centrality is in [0, 1] (share of the best candidate's), the others are 0/1 or shares. */
  centrality: 1,
  titleOverlap: 0.5,
  lead: 0.3,
  namedActor: 0.15,
  pastVerb: 0.15,
  place: 0.1,
  /** Concept weight counted per word^lengthExponent, so long sentences do not win by length alone. */
  lengthExponent: 0.5,
} as const;

/** Words that open a sentence continuing the one before ("But", "However", "There"), beside the pronouns. */
const CONNECTIVES = ['there', 'but', 'and', 'also', 'then', 'however'];
/** A sentence leaning on the one before it (a pronoun, a possessive or a connective first): no headline, out of its
 *  context. Wider than the summaries' dangling-pronoun rule (./chorus.ts), which keeps out a pronoun for a person. */
const DEPENDENT_START = new RegExp(
  `^(?:["“'‘(]?\\s*)(?:${[...PERSONAL_PRONOUNS, ...DEMONSTRATIVE_PRONOUNS, ...POSSESSIVE_DETERMINERS, ...CONNECTIVES].join('|')})\\b`,
  'i',
);
const QUOTE = /["“”]|``|''/;
/** Opens in lower case: the tail of a sentence the segmenter split ("asks Margolis, who..."), not a sentence. */
const FRAGMENT_START = /^[\s"“'‘(]*\p{Ll}/u;
/** Regular past tense (-ed) or a common irregular past form. */
const PAST_VERB = /\b(?:[a-z]{3,}ed|took|won|lost|fell|rose|made|gave|said|told|came|went|began|left|met|held|struck|shot|hit|sent|led|fled|built|broke|chose|drove|fought|found|froze|grew|kept|knew|ran|sank|saw|sold|spoke|stood|swept|threw|wrote|set|put|cut|quit|spread)\b/;
/** A capitalized word after a locative preposition, or a dateline. */
const PLACE = /\b(?:in|at|near|from|outside|across)\s+(?:the\s+)?[A-Z][a-z]+|^[A-Z][A-Z .,'-]{2,}\s*(?:\(|—|--|_)/;

function isEligible(c: Candidate): boolean {
  return c.words >= HEADLINE.minWords && c.words <= HEADLINE.maxWords && !DEPENDENT_START.test(c.text) && !QUOTE.test(c.text) && !FRAGMENT_START.test(c.text);
}

/** A capitalized content word that is not the sentence's first: a proper name, likely the actor or a place. */
function hasName(text: string, memo?: TextMemo): boolean {
  const { caps, stop } = sentenceStats(text, memo);
  for (let i = 1; i < caps.length; i++) if (caps[i] && !stop[i]) return true;
  return caps.length > 0 && caps[0] && !stop[0];
}

/**
 * Mean share of each article title's content words that the sentence holds. Computed per word, not per title:
 * sum over titles t of |mine ∩ t| / |t| is the sum over my words w of the weights 1/|t| of the titles holding w,
 * so the cost is linear in the sentence instead of in the number of titles (10,000 articles have 10,000 titles).
 */
function titleWordWeights(titles: Set<string>[]): Map<string, number> {
  const weight = new Map<string, number>();
  for (const t of titles) for (const w of t) weight.set(w, (weight.get(w) ?? 0) + 1 / t.size);
  return weight;
}

function titleOverlap(text: string, weights: Map<string, number>, titleCount: number, memo?: TextMemo): number {
  if (titleCount === 0) return 0;
  const mine = new Set(sentenceStats(text, memo).content);
  let sum = 0;
  for (const w of mine) sum += weights.get(w) ?? 0;
  return sum / titleCount;
}

/** Scores of the eligible candidates (all candidates when none is eligible), for inspection and tests. */
export function headlineScores(req: SummaryRequest): Map<string, number> {
  let pool = req.candidates.filter(isEligible);
  // Fallbacks for stories without a sentence of headline shape; never a "sentence" without a word in it.
  const wordy = (c: Candidate) => c.words > 0 && /\p{L}{2}/u.test(c.text);
  if (pool.length === 0) pool = req.candidates.filter((c) => wordy(c) && c.words <= HEADLINE.maxWords);
  if (pool.length === 0) pool = req.candidates.filter(wordy);
  const focus = req.focus;
  if (focus && pool.some((c) => focus.has(c.id))) pool = pool.filter((c) => focus.has(c.id));
  const weight = conceptWeights(req, CHORUS);
  const central = new Map<string, number>();
  let top = 0;
  for (const c of pool) {
    let v = 0;
    for (const k of conceptsOf(c.text, req.memo)) v += weight.get(k) ?? 0;
    v /= Math.pow(Math.max(1, c.words), HEADLINE.lengthExponent);
    central.set(c.id, v);
    top = Math.max(top, v);
  }
  const titles = req.articles.filter((a) => a.title).map((a) => new Set(sentenceStats(a.title ?? '', req.memo).content));
  const titleWeights = titleWordWeights(titles);
  const out = new Map<string, number>();
  for (const c of pool) {
    let s = HEADLINE.centrality * (top > 0 ? (central.get(c.id) ?? 0) / top : 0);
    s += HEADLINE.titleOverlap * titleOverlap(c.text, titleWeights, titles.length, req.memo);
    s += HEADLINE.lead / (1 + c.index);
    if (hasName(c.text, req.memo)) s += HEADLINE.namedActor;
    if (PAST_VERB.test(c.text)) s += HEADLINE.pastVerb;
    if (PLACE.test(c.text)) s += HEADLINE.place;
    out.set(c.id, s);
  }
  return out;
}

/** The headline sentence (verbatim source text), or null when there is no candidate. */
export function chooseHeadline(req: SummaryRequest): string | null {
  const id = chooseHeadlineId(req);
  return id === null ? null : req.candidates.find((c) => c.id === id)?.text ?? null;
}

/** The candidate id of the headline (for provenance: sources and spans are the group's). */
export function chooseHeadlineId(req: SummaryRequest): string | null {
  const scores = headlineScores(req);
  let best: string | null = null;
  let bestScore = -Infinity;
  // Candidates are in reading order, so ties go to the earlier one.
  for (const c of req.candidates) {
    const s = scores.get(c.id);
    if (s !== undefined && s > bestScore + 1e-12) {
      best = c.id;
      bestScore = s;
    }
  }
  return best;
}
