// What every summarization method sees and returns. A method picks whole source sentences (candidates) under a
// word budget; it never writes text of its own.
import type { Support } from '../types.js';
import type { TextMemo } from './memo.js';

export interface Candidate {
  /** The sentence group id (see src/group). */
  id: string;
  /** The representative sentence, verbatim. */
  text: string;
  /** Article of the representative sentence. */
  article: string;
  /** Every article that carries this sentence. */
  sources: string[];
  /** Sentence index in its article (0 = first kept sentence) and paragraph index. */
  index: number;
  paragraph: number;
  /** Whitespace-separated words, as the budget counts them. */
  words: number;
  support: Support;
}

export interface ArticleInfo {
  id: string;
  title: string | null;
  published: string | null;
  /** Kept sentences, in order: the full text a method may use for its statistics. */
  sentences: string[];
}

export interface SummaryRequest {
  candidates: Candidate[];
  articles: ArticleInfo[];
  /** Word budget (whitespace-separated words). */
  words: number;
  /**
   * Candidate ids that name the story's main place (the facts stage finds it). The headline says where: when any
   * eligible candidate names that place, the headline is one of them. Absent: no such constraint.
   */
  focus?: ReadonlySet<string>;
  /**
   * The story's memo of tokens, stems and concepts (src/summarize/memo.ts), shared by the headline, summary and
   * digest of one story. Absent: nothing is memoized.
   */
  memo?: TextMemo;
  /**
   * True once the run's time budget is spent (src/budget.ts): a search then keeps the best selection it has found
   * (never worse than greedy). Absent: searches run to their own caps.
   */
  stop?: () => boolean;
}

/** Returns the chosen candidate ids, in the order they should be read. */
export type Summarizer = (req: SummaryRequest) => string[];
