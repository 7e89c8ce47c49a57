// The clean stage: boilerplate and off-topic text out, each removal with its reason, rule and span.
// Order: reader regions (metadata lines) and the dateline are listed; line rules (clean/rules.ts) mark page
// furniture; blocks opened by a heading absorb their link titles; then repeated sentences and off-topic
// sentences (clean/off-topic.ts). What is kept is the article's story text.
import type { Article, Paragraph, Removal, Sentence } from '../types.js';
import type { Segmented } from '../segment/index.js';
import { CLEAN, ENDS_LIKE_SENTENCE, LINE_RULES, normalizeForCompare, type LineContext, type LineRule } from './rules.js';
import { offTopicSentences } from './off-topic.js';
import { outletFromRemovals } from './outlet.js';

export interface CleanedArticle {
  article: Article;
  paragraphs: Paragraph[];
  /** Sentences kept, in reading order. */
  sentences: Sentence[];
  removed: Removal[];
  /** Where the outlet came from, when the cleaner found it in furniture it removed. */
  outletBasis: string | null;
}

function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

/** Headline-style capitals: most longer words capitalized ("Mauritius Commemorates Historic Post Office Building"). */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

interface Mark {
  rule: LineRule;
  ruleId: string;
}

/** Which paragraphs are furniture, and by which rule. */
function markParagraphs(a: Article, paragraphs: Paragraph[]): (Mark | null)[] {
  const title = a.title ? normalizeForCompare(a.title) : '';
  const ctx = (p: Paragraph): LineContext => {
    const text = a.text.slice(p.start, p.end).trim();
    return { text, words: wordCount(text), index: p.index, total: paragraphs.length, title };
  };
  const lines = paragraphs.map(ctx);
  const marks: (Mark | null)[] = lines.map((l) => {
    const rule = LINE_RULES.find((r) => r.test(l));
    return rule ? { rule, ruleId: rule.id } : null;
  });
  // A block heading ("Related Links", "Popular posts from this blog", a plea) takes the short lines after it.
  for (let i = 0; i < lines.length; i++) {
    const m = marks[i];
    if (!m?.rule.opensBlock) continue;
    for (let k = i + 1; k < lines.length && !marks[k]; k++) {
      const l = lines[k];
      const linkTitle = l.words <= CLEAN.blockLineMaxWords && (!ENDS_LIKE_SENTENCE.test(l.text) || isTitleCase(l.text));
      const chromeTail = m.rule.reason === 'blog-chrome' && l.words <= 25 && k > lines.length * 0.5;
      if (!linkTitle && !chromeTail) break;
      marks[k] = { rule: m.rule, ruleId: `${m.rule.id}:block` };
    }
  }
  // A line sandwiched between two lines of the same block is part of it ("Our news coverage takes time..."
  // between two pleas).
  for (let i = 1; i + 1 < lines.length; i++) {
    const before = marks[i - 1];
    const after = marks[i + 1];
    if (!marks[i] && before && after && before.rule.reason === after.rule.reason && before.rule.opensBlock && lines[i].words <= CLEAN.pleaContinuationMaxWords) {
      marks[i] = { rule: before.rule, ruleId: `${before.rule.id}:block` };
    }
  }
  // A teaser's headline is the short line just before its dateline.
  for (let i = 1; i < lines.length; i++) {
    if (marks[i]?.ruleId === 'clean/teaser-dateline' && !marks[i - 1] && lines[i - 1].words <= CLEAN.blockLineMaxWords && !ENDS_LIKE_SENTENCE.test(lines[i - 1].text)) {
      marks[i - 1] = { rule: marks[i]!.rule, ruleId: 'clean/teaser-headline' };
    }
  }
  return marks;
}

export function cleanArticles(segmented: Segmented[]): CleanedArticle[] {
  const staged = segmented.map((seg) => {
    const a = seg.article;
    const removed: Removal[] = (a.readerRemovals ?? []).map((r) => ({ text: r.text, reason: r.reason, rule: r.rule, span: { article: a.id, start: r.at, end: r.at } }));
    for (const r of a.regions) {
      if (r.role === 'metadata') removed.push({ text: a.text.slice(r.start, r.end), reason: 'metadata', rule: 'read/metadata', span: { article: a.id, start: r.start, end: r.end } });
    }
    if (seg.dateline) {
      removed.push({ text: seg.dateline.text, reason: 'metadata', rule: 'segment/dateline', span: { article: a.id, start: seg.dateline.start, end: seg.dateline.end } });
    }
    const marks = markParagraphs(a, seg.paragraphs);
    const title = a.title ? normalizeForCompare(a.title) : '';
    const seen = new Set<string>();
    const kept: Sentence[] = [];
    for (const p of seg.paragraphs) {
      const m = marks[p.index];
      if (m) removed.push({ text: a.text.slice(p.start, p.end), reason: m.rule.reason, rule: m.ruleId, span: { article: a.id, start: p.start, end: p.end } });
    }
    for (const s of seg.sentences) {
      if (marks[s.paragraph]) continue;
      const norm = normalizeForCompare(s.text);
      if (title && norm === title) {
        removed.push({ text: s.text, reason: 'repeated-title', rule: 'clean/repeated-title', span: { article: a.id, start: s.start, end: s.end } });
      } else if (seen.has(norm)) {
        removed.push({ text: s.text, reason: 'duplicate', rule: 'clean/duplicate-sentence', span: { article: a.id, start: s.start, end: s.end } });
      } else {
        seen.add(norm);
        kept.push(s);
      }
    }
    return { seg, removed, kept };
  });

  const offTopic = offTopicSentences(staged.map((x) => ({ article: x.seg.article.id, title: x.seg.article.title, sentences: x.kept })));

  return staged.map(({ seg, removed, kept }) => {
    const a = seg.article;
    const sentences: Sentence[] = [];
    for (const s of kept) {
      if (offTopic.has(s.id)) removed.push({ text: s.text, reason: 'off-topic', rule: 'clean/off-topic', span: { article: a.id, start: s.start, end: s.end } });
      else sentences.push(s);
    }
    removed.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
    let outletBasis: string | null = null;
    let article = a;
    if (!a.outlet) {
      const found = outletFromRemovals(removed);
      if (found) {
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
