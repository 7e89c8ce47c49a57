// The methods `--method` can name, in one table. `chorus` is the default (see docs/evaluation.md for scores).
import type { Summarizer } from './types.js';
import { coverage } from './coverage.js';
import { lead } from './lead.js';
import { centroid } from './centroid.js';
import { lexrank } from './lexrank.js';
import { textrank } from './textrank.js';
import { chorus } from './chorus.js';
import type { MethodName } from './names.js';

export const METHODS: Record<string, Summarizer> = {
  /** Exact coverage of bigram concepts weighted by a model fitted on DUC 2003 (the default). */
  chorus,
  /** DUC baseline: the first sentences of the newest article. */
  lead,
  /** MEAD (Radev et al. 2004). */
  centroid,
  /** Continuous LexRank (Erkan & Radev 2004). */
  lexrank,
  /** TextRank (Mihalcea & Tarau 2004). */
  textrank,
  /** The first sketch: greedy coverage of unigram and bigram concepts. */
  coverage,
} satisfies Record<MethodName, Summarizer>;

export { DEFAULT_METHOD, METHOD_NAMES } from './names.js';

export { chooseHeadline, chooseHeadlineId } from './headline.js';
export type { Summarizer, SummaryRequest, Candidate, ArticleInfo } from './types.js';
