// The map of Chorus: the stages in the order they run. Each is a plain function from typed data to typed data,
// and `briefOf` / `summaryOf` below are the one place that runs them: the CLI, the library, the service, the
// tests, the benchmarks and the scripts all call these.
//
//   read -> segment -> clean -> group -> facts -> select -> brief -> render
//
// Facts come before select in a brief: the headline is chosen with the story's main place in view. A summary
// (`summaryOf`, `chorus summarize`) runs select without facts.
//
// Per-story state (the memo of tokens and concepts, the summarization candidates) lives in the story's context
// (src/story.ts), and the memo of segmentation and content words in the call's text scope (src/text/scope.ts);
// both are created per call and dropped with it: a process that briefs many stories keeps none of them.
import type { Article, Warning } from './types.js';
import type { CleanOptions } from './clean/index.js';
import type { Brief } from './contract.js';
import { buildStory, contextOf, type StoryContext } from './story.js';
import { buildBrief, type BriefOptions } from './brief.js';
import { inTextScope } from './text/scope.js';
import type { BudgetOptions } from './budget.js';

/** The stages, in order: the folder that holds each and what it does. */
export const STAGES = [
  { name: 'read', folder: 'src/read', does: 'paths to Article[] (txt, html, json/jsonl, NIST SGML), with warnings for bad input' },
  { name: 'segment', folder: 'src/segment', does: 'paragraphs and sentences with character spans' },
  { name: 'clean', folder: 'src/clean', does: 'boilerplate and off-topic text out, each removal with its reason' },
  { name: 'group', folder: 'src/group', does: 'the same sentence from several outlets becomes one item with all its sources' },
  { name: 'facts', folder: 'src/facts', does: 'dates, places, names, numbers, disagreements, events' },
  { name: 'select', folder: 'src/summarize', does: 'headline, summary and digest under word budgets (method table in summarize/index.ts; the headline reads the main place)' },
  { name: 'brief', folder: 'src/brief.ts', does: 'the JSON contract of src/contract.ts' },
  { name: 'render', folder: 'src/render', does: 'Markdown, JSON, HTML' },
] as const;

export type { Story, StoryContext } from './story.js';
export type { BriefOptions } from './brief.js';
export { buildStory, UnknownMethodError } from './story.js';
export { Deadline, BudgetExceeded, segmentWithin, type BudgetOptions } from './budget.js';
export { summaryOf, summaryGroupsOf, requestOf, type SummaryOptions } from './summary.js';

/** Segment, clean and group (the stages every output starts from), in a fresh per-story context. */
/** `budget`: the time budget per article and per run (src/budget.ts); an article past it is left out with a warning. */
export function storyOf(articles: Article[], warnings: Warning[] = [], clean: CleanOptions = {}, budget: BudgetOptions = {}): StoryContext {
  return inTextScope(() => contextOf(buildStory(articles, warnings, clean, budget)));
}

/** The brief of one story: every stage after read. `clean: {keepNoise: true}` turns the cleaner off (for comparison). */
export function briefOf(articles: Article[], options: BriefOptions & { warnings?: Warning[]; clean?: CleanOptions; budget?: BudgetOptions } = {}): Brief {
  return inTextScope(() => buildBrief(storyOf(articles, options.warnings, options.clean, options.budget), options));
}
