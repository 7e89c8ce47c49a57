// The map of Chorus: the stages in the order they run. Each is a plain function from typed data to typed data.
//
//   read -> segment -> clean -> group -> select -> (facts) -> brief -> render
//
// read:     src/read      paths to Article[] (txt, html, json/jsonl, NIST SGML), with warnings for bad input
// segment:  src/segment   paragraphs and sentences with character spans
// clean:    src/clean     boilerplate and off-topic text out, each removal with its reason
// group:    src/group     the same sentence from several outlets becomes one item with all its sources
// select:   src/summarize headline, summary and digest under word budgets (method table in summarize/index.ts)
// facts:    src/facts     dates, places, names, numbers, disagreements, events (see src/brief.ts)
// render:   src/render    Markdown, JSON, HTML
import type { Article, Sentence, Warning } from './types.js';
import { segmentArticle } from './segment/index.js';
import { cleanArticles, type CleanedArticle, type CleanOptions } from './clean/index.js';
import { groupSentences, type SentenceGroup } from './group/index.js';
import { DEFAULT_METHOD, METHODS, type SummaryRequest } from './summarize/index.js';
import { countWords } from './text/words.js';

export interface Story {
  /** Articles as read, with metadata the cleaner found (outlet) filled in. */
  articles: Article[];
  cleaned: CleanedArticle[];
  /** Kept sentences of every article, in input order. */
  sentences: Sentence[];
  groups: SentenceGroup[];
  warnings: Warning[];
}

/** Segment, clean and group: everything a brief and a summary are chosen from. */
export function buildStory(input: Article[], warnings: Warning[] = [], clean: CleanOptions = {}): Story {
  const cleaned = cleanArticles(input.map(segmentArticle), clean);
  const articles = cleaned.map((c) => c.article);
  const sentences = cleaned.flatMap((c) => c.sentences);
  const groups = groupSentences(sentences, articles);
  return { articles, cleaned, sentences, groups, warnings };
}

const requestCache = new WeakMap<Story, Omit<SummaryRequest, 'words'>>();

/**
 * The request every summarization method answers: one candidate per sentence group. Built once per story, so the
 * headline, summary and digest share candidates and articles (and the statistics methods cache on them).
 */
export function summaryRequest(story: Story, words: number): SummaryRequest {
  let base = requestCache.get(story);
  if (!base) requestCache.set(story, (base = buildRequest(story)));
  return { ...base, words };
}

function buildRequest(story: Story): Omit<SummaryRequest, 'words'> {
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  const candidates = story.groups
    .map((g) => ({
      id: g.id,
      text: g.representative.text,
      article: g.representative.article,
      sources: g.sources,
      index: g.representative.index,
      paragraph: g.representative.paragraph,
      words: countWords(g.representative.text),
      support: g.support,
    }))
    .sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.index - b.index);
  return {
    candidates,
    articles: story.cleaned.map((c) => ({
      id: c.article.id,
      title: c.article.title,
      published: c.article.published,
      sentences: c.sentences.map((s) => s.text),
    })),
  };
}

export class UnknownMethodError extends Error {}

/** The groups a method chooses for a word budget, in reading order. */
export function selectGroups(story: Story, words: number, method: string = DEFAULT_METHOD): SentenceGroup[] {
  const run = METHODS[method];
  if (!run) throw new UnknownMethodError(`unknown method "${method}": expected one of ${Object.keys(METHODS).join(', ')}`);
  const byId = new Map(story.groups.map((g) => [g.id, g]));
  return run(summaryRequest(story, words))
    .map((id) => byId.get(id))
    .filter((g): g is SentenceGroup => g !== undefined);
}
