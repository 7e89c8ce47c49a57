// One story as the pipeline holds it while it works: the articles segmented, cleaned and grouped (the data every
// later stage reads), and the story's context (what the stages compute once and share). Both are created per
// brief and dropped with it: nothing here lives at module level.
import type { Article, Sentence, Warning } from './types.js';
import { Deadline, lateStage, segmentWithin, startDeadline, type BudgetOptions } from './budget.js';
import { cleanArticles, type CleanedArticle, type CleanOptions } from './clean/index.js';
import { groupSentences, ungroupedSentences, type SentenceGroup } from './group/index.js';
import { DEFAULT_METHOD, METHODS, type SummaryRequest } from './summarize/index.js';
import { TextMemo } from './summarize/memo.js';
import { countWords } from './text/words.js';

export interface Story {
  /** Articles as read, with metadata the cleaner found (outlet) filled in. */
  articles: Article[];
  cleaned: CleanedArticle[];
  /** Kept sentences of every article, in input order. */
  sentences: Sentence[];
  groups: SentenceGroup[];
  warnings: Warning[];
  /** The run's time budget, started when the story was read in; the later stages check it (src/budget.ts). */
  deadline?: Deadline;
}

/** Per-story state the stages share: created with the story, dropped with it. */
export interface StoryContext {
  readonly story: Story;
  /** Tokens, stems and concepts of the story's sentences, computed once for the headline, summary and digest. */
  readonly memo: TextMemo;
  /** The candidates every summarization method answers from, built on first use. */
  request: Omit<SummaryRequest, 'words'> | null;
}

/** Segment, clean and group: everything a brief and a summary are chosen from. */
export function buildStory(input: Article[], warnings: Warning[] = [], clean: CleanOptions = {}, budget: BudgetOptions | Deadline = {}): Story {
  const deadline = startDeadline(input, budget);
  // An article past its time budget is left out here, with a warning; past the run's, a stage does less (src/budget.ts).
  const segmented = segmentWithin(input, warnings, deadline);
  const cleaned = lateStage(deadline, 'clean', warnings, (checkpoint) => cleanArticles(segmented, { ...clean, checkpoint }), () => cleanArticles(segmented, { ...clean, keepNoise: true }));
  const articles = cleaned.map((c) => c.article);
  const sentences = cleaned.flatMap((c) => c.sentences);
  const groups = lateStage(deadline, 'group', warnings, (checkpoint) => groupSentences(sentences, articles, checkpoint), () => ungroupedSentences(sentences, articles));
  return { articles, cleaned, sentences, groups, warnings, deadline };
}

export function contextOf(story: Story): StoryContext {
  return { story, memo: new TextMemo(), request: null };
}

/**
 * The request every summarization method answers: one candidate per sentence group. Built once per story context,
 * so the headline, summary and digest share candidates, articles and the memo.
 */
export function summaryRequest(ctx: StoryContext, words: number): SummaryRequest {
  ctx.request ??= buildRequest(ctx.story, ctx.memo);
  return { ...ctx.request, words };
}

function buildRequest(story: Story, memo: TextMemo): Omit<SummaryRequest, 'words'> {
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
    memo,
    ...(story.deadline ? { stop: stopAtDeadline(story.deadline, story.warnings) } : {}),
  };
}

/** A search's stop (SummaryRequest.stop): true once the run's budget is spent, with the `search` warning. */
function stopAtDeadline(deadline: Deadline, warnings: Warning[]): () => boolean {
  return () => deadline.spentAt('search', warnings, 'select (search)');
}

/** The lead sentences that fit `words`: candidates in reading order, each taken while it fits. */
export function leadIds(candidates: SummaryRequest['candidates'], words: number): string[] {
  let used = 0;
  const ids: string[] = [];
  for (const c of candidates) {
    if (used + c.words > words) continue;
    ids.push(c.id);
    used += c.words;
  }
  return ids;
}

export class UnknownMethodError extends Error {}

/** The groups a method chooses for a word budget, in reading order. */
export function selectGroups(ctx: StoryContext, words: number, method: string = DEFAULT_METHOD): SentenceGroup[] {
  const run = METHODS[method];
  if (!run) throw new UnknownMethodError(`unknown method "${method}": expected one of ${Object.keys(METHODS).join(', ')}`);
  const byId = new Map(ctx.story.groups.map((g) => [g.id, g]));
  const req = summaryRequest(ctx, words);
  const spent = ctx.story.deadline?.spentAt('select', ctx.story.warnings) ?? false;
  let ids = spent ? [] : run(req);
  // A story of only short sentences (a two-line article, say) still has a summary: when the method, whose
  // sentence-length floor is fitted on full articles, chooses nothing, the lead sentences that fit are taken.
  // So too past the run's time budget.
  if (ids.length === 0) ids = leadIds(req.candidates, words);
  return ids
    .map((id) => byId.get(id))
    .filter((g): g is SentenceGroup => g !== undefined);
}
