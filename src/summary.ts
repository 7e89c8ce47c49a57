// The summary alone: segment, clean, group and select, without the facts stage or the renderers, so that
// `chorus summarize` and evaluation scripts load only what they run. Re-exported by src/pipeline.ts, the entry
// everything else calls.
import type { MethodName } from './summarize/names.js';
import type { Article, Warning } from './types.js';
import type { BudgetOptions } from './budget.js';
import type { SentenceGroup } from './group/index.js';
import type { SummaryRequest } from './summarize/index.js';
import { buildStory, contextOf, selectGroups, summaryRequest } from './story.js';
import { inTextScope } from './text/scope.js';

export interface SummaryOptions {
  /** Word budget, counted as ROUGE counts (whitespace-separated); default 100. */
  words?: number;
  /** The summarization method (METHOD_NAMES; default chorus). */
  method?: MethodName;
  /** Where warnings go (an article past its time budget is left out with one). */
  warnings?: Warning[];
  /** The time budget per article and per run (src/budget.ts). */
  budget?: BudgetOptions;
}

/** The summary alone (no facts stage): the chosen sentence groups, in reading order. */
export function summaryGroupsOf(articles: Article[], options: SummaryOptions = {}): SentenceGroup[] {
  return inTextScope(() => selectGroups(contextOf(buildStory(articles, options.warnings, {}, options.budget)), options.words ?? 100, options.method));
}

/** The summary alone as sentences, whitespace folded (one line each, as ROUGE reads them). */
export function summaryOf(articles: Article[], options: SummaryOptions = {}): string[] {
  return summaryGroupsOf(articles, options).map((g) => g.representative.text.replace(/\s+/g, ' ').trim());
}

/** The request the summarization methods answer, for evaluations and tests that call a method directly. */
export function requestOf(articles: Article[], words: number): SummaryRequest {
  return inTextScope(() => summaryRequest(contextOf(buildStory(articles)), words));
}
