// The methods `--method` can name, in one table. `coverage` is the default.
import type { Summarizer } from './types.js';
import { coverage } from './coverage.js';
import { lead } from './lead.js';
import { centroid } from './centroid.js';
import { lexrank } from './lexrank.js';
import { textrank } from './textrank.js';
import { chorus } from './chorus.js';

export const METHODS: Record<string, Summarizer> = {
  coverage,
  lead,
  centroid,
  lexrank,
  textrank,
  chorus,
};

export const DEFAULT_METHOD = 'coverage';

export type { Summarizer, SummaryRequest, Candidate, ArticleInfo } from './types.js';
