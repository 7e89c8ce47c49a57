// The segment stage: an article's text to paragraphs and sentences, each with its character span.
// Every non-empty line is a paragraph (crawlers and news APIs put one paragraph per line; the SGML and HTML
// readers write paragraphs so). Sentences come from wink-nlp, then three repairs that news text needs: no
// sentence crosses a line, a lowercase start is glued back to what it continues (a split after "army."),
// and a title glued to the first sentence is cut off.
import type { Article, Paragraph, Sentence } from '../types.js';
import { tagger } from './nlp.js';
import { findDateline, type Dateline } from './dateline.js';
import { SEGMENT_LIMITS, cutSentence, maskLongTokens, windows } from './caps.js';
import { textScope, type SentenceBound } from '../text/scope.js';
import type { Deadline } from '../budget.js';
import { sentenceTags } from './tags.js';
import { endsWithTitleAbbreviation } from '../text/titles.js';

export interface Segmented {
  article: Article;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The wire dateline that opened the body, if any (kept out of the first sentence). */
  dateline: (Dateline & { start: number; end: number }) | null;
}

/** Text with the reader's regions (title, metadata) blanked out, offsets kept. */
function blankRegions(article: Article): string {
  if (article.regions.length === 0) return article.text;
  const chars = article.text.split('');
  for (const r of article.regions) for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

/** Longest dateline looked for at the head of the first paragraph. */
const DATELINE_MAX_CHARS = 300;

/** Whitespace only: nothing for the tagger. */
const blank = (s: string) => !/\S/.test(s);

function paragraphsOf(text: string, articleId: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    out.push({ article: articleId, index: out.length, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Where each wink token starts, rebuilt from token values and the whitespace before each (a token ends at its start plus its value's length). */
function tokenStarts(values: string[], spaces: string[]): Int32Array {
  const out = new Int32Array(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i].length;
    out[i] = pos;
    pos += values[i].length;
  }
  return out;
}

/**
 * Sentence bounds (relative offsets) of one paragraph, from wink-nlp. Memoized by paragraph text in the story's text
 * scope: the same wire paragraph is often reprinted by many outlets of one story, and segmenting it once is enough.
 */
function sentenceBounds(paragraph: string): readonly SentenceBound[] {
  const memo = textScope()?.bounds;
  const hit = memo?.get(paragraph);
  if (hit) return hit;
  const winkNlp = tagger();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(paragraph);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts = tokenStarts(values, spaces);
  const out: SentenceBound[] = [];
  for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    if (!(a >= 0 && a < starts.length && b >= 0 && b < starts.length)) continue;
    const start = starts[a];
    // The tags travel on the sentence to the cleaner and the facts finders, which would otherwise run the tagger
    // over the same text again. A view of the paragraph's arrays, not a table per sentence.
    out.push([start, starts[b] + values[b].length, sentenceTags(starts, pos, a, b + 1)]);
  }
  memo?.set(paragraph, out);
  return out;
}

function normalizedTitle(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function segmentArticle(article: Article): Segmented {
  return segmentWithDeadline(article, null);
}

/** `segmentArticle` under a time budget (src/budget.ts): the deadline is checked before each window the tagger sees. */
export function segmentWithDeadline(article: Article, deadline: Deadline | null): Segmented {
  const text = blankRegions(article);
  const paragraphs = paragraphsOf(text, article.id);
  const masked = maskLongTokens(text);
  const ranges: { start: number; end: number; paragraph: number; tags?: ReadonlyMap<number, string> }[] = [];
  let dateline: Segmented['dateline'] = null;

  for (const p of paragraphs) {
    let start = p.start;
    if (p.index === 0) {
      // A dateline is a few words: the pattern never needs more than the paragraph's opening.
      const d = findDateline(text.slice(p.start, Math.min(p.end, p.start + DATELINE_MAX_CHARS)));
      if (d && d.length < p.end - p.start) {
        dateline = { ...d, start: p.start, end: p.start + d.text.length };
        start = p.start + d.length;
      }
    }
    // The tagger sees long tokens cut and long paragraphs in windows (./caps.ts); offsets stay those of the text.
    for (const [ws, we] of windows(masked, start, p.end)) {
      const piece = masked.slice(ws, we);
      if (blank(piece)) continue;
      deadline?.check('segment');
      for (const [a, b, tags] of sentenceBounds(piece)) {
        const cut: (typeof ranges)[number][] = cutSentence(text, { start: ws + a, end: ws + b, paragraph: p.index });
        // Tags are by offset in the tagged sentence: they hold only for a sentence kept whole (cutSentence then
        // returns the range it was given).
        if (cut.length === 1) cut[0].tags = tags;
        ranges.push(...cut);
      }
    }
  }

  // A lowercase start continues the previous sentence of the same paragraph ("for the army. which is ..."); so does a
  // name after an abbreviated title the tagger took for a sentence's end ("said Det. Maria Lund", "Cpl. Ann Reyes").
  const merged: typeof ranges = [];
  // The ranges are this function's own objects, read once in order: the merged list takes them as they are.
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    const first = text.charAt(r.start);
    const prevText = () => text.slice(prev.start, prev.end);
    const continues = prev && prev.paragraph === r.paragraph && ((/^[a-z,;:)\]”’]/.test(first) && !/[?!]["”]?$/.test(prevText())) || (/^\p{Lu}/u.test(first) && endsWithTitleAbbreviation(prevText())));
    if (continues && r.end - prev.start <= SEGMENT_LIMITS.maxSentenceChars) {
      prev.end = r.end;
      delete prev.tags; // reshaped: its tags no longer line up
    }
    else merged.push(r);
  }

  // A title glued to the first sentence ("...in IraqIraqi forces on Thursday...") is split off as its own piece.
  if (article.title && merged.length > 0) {
    const first = merged[0];
    const t = normalizedTitle(article.title);
    const s = text.slice(first.start, first.end);
    if (t.length >= 12 && normalizedTitle(s).startsWith(t) && normalizedTitle(s).length > t.length + 10) {
      // Walk the sentence until its normalized prefix covers the title.
      let cut = first.start;
      for (let i = first.start; i <= first.end; i++) {
        if (normalizedTitle(text.slice(first.start, i)) === t) {
          cut = i;
          break;
        }
      }
      if (cut > first.start) {
        while (cut < first.end && /\s/.test(text[cut])) cut++;
        merged.splice(0, 1, { start: first.start, end: cut, paragraph: first.paragraph }, { start: cut, end: first.end, paragraph: first.paragraph });
      }
    }
  }

  const sentences: Sentence[] = [];
  for (const r of merged) {
    // Trim whitespace that blanked regions may leave at the edges.
    let { start, end } = r;
    while (start < end && /\s/.test(article.text[start])) start++;
    while (end > start && /\s/.test(article.text[end - 1])) end--;
    if (end <= start) continue;
    const index = sentences.length;
    // Trimmed at the start: the tags' offsets no longer line up. Every sentence has the `tags` field, undefined when
    // there are none, so that all have one shape (V8 map): the finders that read them stay optimized.
    const tags = start === r.start && r.tags ? r.tags : undefined;
    sentences.push({ id: `${article.id}:${index}`, article: article.id, index, paragraph: r.paragraph, start, end, text: article.text.slice(start, end), tags });
  }
  return { article, paragraphs, sentences, dateline };
}
