// The clean stage: boilerplate and off-topic text out, each removal with its reason, rule and span.
// Order: reader regions (metadata lines) and the dateline are listed; line rules (clean/rules.ts) mark page
// furniture; blocks opened by a heading absorb their link titles; then repeated sentences and off-topic
// sentences (clean/off-topic.ts). What is kept is the article's story text.
import type { Article, Paragraph, Removal, Sentence } from '../types.js';
import type { Checkpoint } from '../budget.js';
import type { Segmented } from '../segment/index.js';
import { CLEAN, ENDS_LIKE_SENTENCE, LINE_RULES, normalizeForCompare, type LineContext, type LineRule } from './rules.js';
import { offTopicSentences } from './off-topic.js';
import { outletFromRemovals } from './outlet.js';
import { outletFromUrl } from '../read/url-outlet.js';
import { storyEvidence, storyWords, type LineStats, type StoryWords } from './evidence.js';
import { FEATURES, lineFeatures, type FeatureName, type ShapeCache } from './features.js';
import { countWords } from '../text/words.js';
import { loadLineModel, noiseProbability, type LineModels } from './model.js';

export type { LineStats } from './evidence.js';

export interface CleanOptions {
  /** Counts of lines across everything ingested before (a store's), so an outlet's chrome is known on sight. */
  lineStats?: LineStats;
  /** Cleaning off (for comparison): every sentence kept, only what the reader set apart listed. */
  keepNoise?: boolean;
  /** The run's deadline check (src/budget.ts), called between the cleaner's passes and per article inside them. */
  checkpoint?: Checkpoint;
}

export interface CleanedArticle {
  article: Article;
  paragraphs: Paragraph[];
  /** Sentences kept, in reading order. */
  sentences: Sentence[];
  removed: Removal[];
  /** Where the outlet came from, when the cleaner found it in furniture it removed. */
  outletBasis: string | null;
}

/** Headline-style capitals: most longer words capitalized ("Harbour Town Celebrates Historic Lighthouse Reopening"). */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

export interface Mark {
  reason: Removal['reason'];
  ruleId: string;
  confidence: number;
  /** The rule, when a rule (not the model) marked it: block headings take the lines after them. */
  rule?: LineRule;
}

const ruleMark = (rule: LineRule, block = false): Mark => ({ rule, reason: rule.reason, ruleId: block ? `${rule.id}:block` : rule.id, confidence: block ? CLEAN.blockConfidence : CLEAN.ruleConfidence });

/** The rule of LINE_RULES, after the title's, that a line's text alone matches (null for none), per distinct text of a story. */
export type RuleCache = Map<string, LineRule | null>;

const [TITLE_RULE, ...TEXT_RULES] = LINE_RULES;

/** The first rule of LINE_RULES a line matches. Only the first rule reads the title: the others, the text alone (cached). */
function ruleOf(l: LineContext, rules?: RuleCache): LineRule | undefined {
  if (TITLE_RULE.test(l)) return TITLE_RULE;
  if (!rules) return TEXT_RULES.find((r) => r.test(l));
  let rule = rules.get(l.text);
  if (rule === undefined) {
    rule = TEXT_RULES.find((r) => r.test(l)) ?? null;
    rules.set(l.text, rule);
  }
  return rule ?? undefined;
}

/**
 * Which paragraphs are furniture, and by which rule. `rules`: the story's cache of rule matches by line text (a
 * stream reprints its lines), the same marks without it; `texts`: the paragraphs' trimmed texts when the caller has
 * them, and `keys` those texts normalized (normalizeForCompare).
 */
export function markParagraphs(a: Article, paragraphs: Paragraph[], rules?: RuleCache, texts?: readonly string[], keys?: readonly string[]): (Mark | null)[] {
  const title = a.title ? normalizeForCompare(a.title) : '';
  const ctx = (p: Paragraph, i: number): LineContext => {
    const given = texts?.[i];
    const text = given ?? a.text.slice(p.start, p.end).trim();
    return { text, words: countWords(text), index: p.index, total: paragraphs.length, title, normalized: given === undefined ? undefined : keys?.[i] };
  };
  const lines = paragraphs.map(ctx);
  const marks: (Mark | null)[] = lines.map((l) => {
    const rule = ruleOf(l, rules);
    return rule ? ruleMark(rule) : null;
  });
  // A block heading ("Related Links", "Popular posts from this blog", a plea) takes the short lines after it.
  for (let i = 0; i < lines.length; i++) {
    const m = marks[i];
    if (!m?.rule?.opensBlock) continue;
    for (let k = i + 1; k < lines.length && !marks[k]; k++) {
      const l = lines[k];
      const linkTitle = l.words <= CLEAN.blockLineMaxWords && (!ENDS_LIKE_SENTENCE.test(l.text) || isTitleCase(l.text));
      const chromeTail = m.rule.reason === 'blog-chrome' && l.words <= 25 && k > lines.length * 0.5;
      if (!linkTitle && !chromeTail) break;
      marks[k] = ruleMark(m.rule, true);
    }
  }
  // A line sandwiched between two lines of the same block is part of it ("Our news coverage takes time..."
  // between two pleas).
  for (let i = 1; i + 1 < lines.length; i++) {
    const before = marks[i - 1];
    const after = marks[i + 1];
    if (!marks[i] && before?.rule && after?.rule && before.rule.reason === after.rule.reason && before.rule.opensBlock && lines[i].words <= CLEAN.pleaContinuationMaxWords) {
      marks[i] = ruleMark(before.rule, true);
    }
  }
  // A teaser's headline is the short line just before its dateline.
  for (let i = 1; i < lines.length; i++) {
    if (marks[i]?.ruleId === 'clean/teaser-dateline' && !marks[i - 1] && lines[i - 1].words <= CLEAN.blockLineMaxWords && !ENDS_LIKE_SENTENCE.test(lines[i - 1].text)) {
      marks[i - 1] = { ...marks[i]!, ruleId: 'clean/teaser-headline' };
    }
  }
  return marks;
}

/** Each paragraph's text, trimmed. */
function lineTexts(seg: Segmented): string[] {
  return seg.paragraphs.map((p) => seg.article.text.slice(p.start, p.end).trim());
}

/**
 * What markStory computes once per story and both passes share. The same line strings are used throughout, so
 * the caches keyed by line text hash each string once.
 */
export interface StoryLines {
  /** Each paragraph's text, trimmed: texts[article][line]. */
  texts: string[][];
  words: StoryWords;
  shapes: ShapeCache;
}

/**
 * The feature vector of every paragraph of every article (see clean/features.ts), with the story's evidence
 * computed once. Exported for scripts/fit-cleaner.ts, which fits the model on the same vectors.
 */
export function lineFeatureTable(segmented: Segmented[], stats?: LineStats, skip?: boolean[][], wanted?: boolean[][], story?: StoryLines): number[][][] {
  const texts = story?.texts ?? segmented.map(lineTexts);
  const inputs = segmented.map((s, i) => ({ article: s.article.id, lines: texts[i] }));
  const evidence = storyEvidence(inputs, story?.words ?? storyWords(inputs), stats, skip, wanted);
  const shapes = story?.shapes ?? new Map();
  return segmented.map((seg, ai) => {
    const byParagraph = new Map<number, Sentence[]>();
    for (const s of seg.sentences) (byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!).push(s);
    const lines = texts[ai];
    return lines.map((text, li) => {
      const ev = evidence[ai][li];
      if (!ev) return [];
      return lineFeatures({ text, sentences: byParagraph.get(li) ?? [], index: li, total: lines.length }, li > 0 ? lines[li - 1] : null, li + 1 < lines.length ? lines[li + 1] : null, ev, shapes);
    });
  });
}

/** A passage of prose (judged by the passage model, removed as another story) rather than a furniture-shaped line. */
export function isPassage(text: string, minWords: number): boolean {
  return ENDS_LIKE_SENTENCE.test(text) && countWords(text) >= minWords;
}

/**
 * Pass 1 of the model: furniture-shaped lines no rule claimed (headings, link titles, prompts, credits).
 * Returns the marks with the model's added. `passage`: each line's isPassage(), when the caller has it already.
 */
export function markLines(seg: Segmented, marks: (Mark | null)[], features: number[][], model: LineModels = loadLineModel(), passage?: readonly boolean[], lines?: string[]): (Mark | null)[] {
  const texts = lines ?? lineTexts(seg);
  return marks.map((m, i) => {
    if (m || (passage ? passage[i] : isPassage(texts[i], model.passageMinWords))) return m;
    const p = noiseProbability(model.line, features[i]);
    if (p < model.line.threshold) return null;
    // A line that reads as a statement (a verb, no call to action) is another story's headline or lead, not chrome.
    const f = (name: FeatureName) => features[i][FEATURES.indexOf(name)];
    const statement = f('hasVerb') === 1 && countWords(texts[i]) >= CLEAN.statementMinWords && f('imperative') === 0 && f('secondPerson') === 0;
    return { reason: statement ? 'off-topic' : 'page-chrome', ruleId: 'clean/model:line', confidence: p };
  });
}

/**
 * Pass 2: passages of prose whose words belong to another story, judged with the story's evidence once the
 * furniture is set aside. A splice is a minority of its article: keepMostOfArticle (below) drops the cuts when
 * they would be most of it. `passage`: each line's isPassage(), when the caller has it already.
 */
export function markPassages(seg: Segmented, marks: (Mark | null)[], features: number[][], model: LineModels = loadLineModel(), passage?: readonly boolean[], lines?: string[]): (Mark | null)[] {
  const texts = lines ?? lineTexts(seg);
  const out = [...marks];
  for (let i = 0; i < texts.length; i++) {
    if (out[i] || !(passage ? passage[i] : isPassage(texts[i], model.passageMinWords))) continue;
    const p = noiseProbability(model.passage, features[i]);
    if (p < model.passage.threshold) continue;
    out[i] = { reason: 'off-topic', ruleId: 'clean/model:passage', confidence: p };
  }
  return out;
}

/** Rules, then the line model, then the passage model (with evidence recomputed without the furniture). */
export function markStory(segmented: Segmented[], stats?: LineStats, model: LineModels = loadLineModel(), checkpoint: Checkpoint = () => {}): (Mark | null)[][] {
  const minWords = model.passageMinWords;
  const texts = segmented.map(lineTexts);
  checkpoint('clean (story words)');
  const words = storyWords(segmented.map((s, i) => ({ article: s.article.id, lines: texts[i] })));
  const passageByText = new Map<string, boolean>();
  const passageOf = (t: string) => {
    let p = passageByText.get(t);
    if (p === undefined) passageByText.set(t, (p = isPassage(t, minWords)));
    return p;
  };
  const passage = texts.map((ls) => ls.map(passageOf));
  const rules: RuleCache = new Map();
  const ruled = segmented.map((seg, ai) => {
    checkpoint('clean (rules)');
    return markParagraphs(seg.article, seg.paragraphs, rules, texts[ai], words.keys[ai]);
  });
  // Each pass computes features only for the lines it judges (linear work, once per line in all).
  const judged = (marks: (Mark | null)[][], p: boolean) => marks.map((ms, ai) => ms.map((m, li) => !m && passage[ai][li] === p));
  // Both passes share the story's lines, words and text shapes (each computed once per distinct line text).
  const story: StoryLines = { texts, words, shapes: new Map() };
  checkpoint('clean (line features)');
  const first = lineFeatureTable(segmented, stats, undefined, judged(ruled, false), story);
  const furniture = segmented.map((seg, ai) => {
    checkpoint('clean (lines)');
    return markLines(seg, ruled[ai], first[ai], model, passage[ai], texts[ai]);
  });
  checkpoint('clean (passage features)');
  const second = lineFeatureTable(segmented, stats, furniture.map((ms) => ms.map((m) => m !== null)), judged(furniture, true), story);
  return segmented.map((seg, ai) => {
    checkpoint('clean (passages)');
    return keepMostOfArticle(texts[ai], ruled[ai], markPassages(seg, furniture[ai], second[ai], model, passage[ai], texts[ai]));
  });
}

/**
 * Never cut most of an article: when the lines the models call off-topic (by either pass) would be more than
 * CLEAN.offTopicMaxShare of the article's prose (what no rule claimed and no model called chrome), the article is
 * not a host with a splice but a story of its own the evidence misreads (a short article alone, say), and those
 * marks are dropped. Rule marks and chrome stand.
 */
export function keepMostOfArticle(texts: string[], ruled: (Mark | null)[], marks: (Mark | null)[]): (Mark | null)[] {
  let prose = 0;
  let offTopic = 0;
  for (let i = 0; i < texts.length; i++) {
    const m = marks[i];
    if (ruled[i] || m?.reason === 'page-chrome') continue;
    prose += texts[i].length;
    if (m?.reason === 'off-topic') offTopic += texts[i].length;
  }
  if (offTopic === 0 || offTopic <= CLEAN.offTopicMaxShare * prose) return marks;
  return marks.map((m, i) => (m && !ruled[i] && m.reason === 'off-topic' ? null : m));
}

export function cleanArticles(segmented: Segmented[], opts: CleanOptions = {}): CleanedArticle[] {
  const storyMarks = opts.keepNoise ? [] : markStory(segmented, opts.lineStats, undefined, opts.checkpoint);
  // Sentences normalized once per distinct text of the story (reprints repeat them).
  const normalized = new Map<string, string>();
  const normalize = (text: string) => {
    let norm = normalized.get(text);
    if (norm === undefined) normalized.set(text, (norm = normalizeForCompare(text)));
    return norm;
  };
  const staged = segmented.map((seg, ai) => {
    const a = seg.article;
    const removed: Removal[] = (a.readerRemovals ?? []).map((r) => ({ text: r.text, reason: r.reason, rule: r.rule, confidence: CLEAN.ruleConfidence, span: { article: a.id, start: r.at, end: r.at } }));
    for (const r of a.regions) {
      if (r.role === 'metadata') removed.push({ text: a.text.slice(r.start, r.end), reason: 'metadata', rule: 'read/metadata', confidence: 1, span: { article: a.id, start: r.start, end: r.end } });
    }
    // A wire dateline ("LONDON (AP) _") is read, not thrown away: the story's opening words, kept out of the first
    // sentence by the segmenter, its agency the outlet when none is stated (below). It is not listed as removed.
    if (opts.keepNoise) return { seg, removed, kept: seg.sentences };
    const marks = storyMarks[ai];
    const title = a.title ? normalizeForCompare(a.title) : '';
    const seen = new Set<string>();
    const kept: Sentence[] = [];
    for (const p of seg.paragraphs) {
      const m = marks[p.index];
      if (m) removed.push({ text: a.text.slice(p.start, p.end), reason: m.reason, rule: m.ruleId, confidence: round(m.confidence), span: { article: a.id, start: p.start, end: p.end } });
    }
    for (const s of seg.sentences) {
      if (marks[s.paragraph]) continue;
      const norm = normalize(s.text);
      if (title && norm === title) {
        removed.push({ text: s.text, reason: 'repeated-title', rule: 'clean/repeated-title', confidence: 1, span: { article: a.id, start: s.start, end: s.end } });
      } else if (seen.has(norm)) {
        removed.push({ text: s.text, reason: 'duplicate', rule: 'clean/duplicate-sentence', confidence: 1, span: { article: a.id, start: s.start, end: s.end } });
      } else {
        seen.add(norm);
        kept.push(s);
      }
    }
    return { seg, removed, kept };
  });

  // The sentence rule is off when its thresholds are 0 (see CLEAN): then its statistics are not computed.
  const sentenceRuleOff = opts.keepNoise || (CLEAN.offTopicMaxOverlap === 0 && CLEAN.offTopicRunOverlap === 0);
  const offTopic = sentenceRuleOff ? new Map<string, number>() : offTopicSentences(staged.map((x) => ({ article: x.seg.article.id, title: x.seg.article.title, sentences: x.kept })));

  return staged.map(({ seg, removed, kept }) => {
    const a = seg.article;
    const sentences: Sentence[] = [];
    for (const s of kept) {
      const c = offTopic.get(s.id);
      if (c !== undefined) removed.push({ text: s.text, reason: 'off-topic', rule: 'clean/off-topic', confidence: round(c), span: { article: a.id, start: s.start, end: s.end } });
      else sentences.push(s);
    }
    removed.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
    let outletBasis: string | null = null;
    let article = a;
    if (!a.outlet) {
      // The site's address first: every page of one site then reads as one outlet, whatever furniture it kept.
      const host = outletFromUrl(a.url);
      const found = host === null ? outletFromRemovals(removed) : null;
      if (host !== null) {
        article = { ...a, outlet: host };
        outletBasis = `address "${a.url}"`;
      } else if (found) {
        article = { ...a, outlet: found.outlet };
        outletBasis = found.basis;
      } else if (seg.dateline?.agency) {
        article = { ...a, outlet: seg.dateline.agency };
        outletBasis = `dateline "${seg.dateline.text}"`;
      }
    }
    return { article, paragraphs: seg.paragraphs, sentences, removed, outletBasis };
  });
}

/** Confidences are printed with three decimals (byte-stable JSON). */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
