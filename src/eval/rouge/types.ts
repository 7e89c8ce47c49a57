/** Public types of the ROUGE port. */

/** One summary: its id (system id for peers, model id for references) and its sentences. */
export interface RougeSummary {
  id: string;
  /** Sentences as read (SPL lines, or SEE/ISI units); case and punctuation are handled by ROUGE. */
  sentences: string[];
  /**
   * True when the sentences are already Perl byte strings (one char per byte, e.g. read as
   * latin1); otherwise they are JavaScript strings and are encoded as UTF-8 bytes first, so that
   * -b counts bytes as the Perl does.
   */
  bytes?: boolean;
}

/** One evaluation (a topic): the peers to score and the models to score them against. */
export interface RougeTopic {
  id: string;
  peers: RougeSummary[];
  models: RougeSummary[];
}

/** ROUGE-1.5.5 options, named after the Perl's flags. */
export interface RougeOptions {
  /** -n N: ROUGE-1 .. ROUGE-N (omit for none, as the Perl). */
  maxNgram?: number;
  /** -x: no ROUGE-L. */
  noLcs?: boolean;
  /** -w W: ROUGE-W with this weight; label is how the Perl prints it (the option text, e.g. "1.2"). */
  wlcsWeight?: number;
  wlcsLabel?: string;
  /** -2 K: skip-bigrams with at most K gap words (negative: unlimited, printed S*). */
  skipDistance?: number;
  /** -u: skip-bigrams plus unigrams (ROUGE-SU). */
  skipUnigrams?: boolean;
  /** -U: both ROUGE-S and ROUGE-SU. */
  skipBoth?: boolean;
  /** -l N: keep the first N words of every summary (0: no limit). */
  wordLimit?: number;
  /** -b N: keep the first N bytes of every summary (0: no limit). */
  byteLimit?: number;
  /** -m: stem (WordNet 2.0 exceptions, then Porter). */
  stem?: boolean;
  /** -s: remove SMART stopwords. */
  removeStopwords?: boolean;
  /** -f A (sum hits and counts over models) or B (best model). */
  scoreMode?: 'A' | 'B';
  /** -p ALPHA: F = PR / ((1-alpha)P + alpha R). */
  alpha?: number;
  /** -c CI: confidence level in percent; label as printed. */
  confidence?: number;
  confidenceLabel?: string;
  /** -r N: bootstrap resamples. */
  resamples?: number;
  /** -t 0 (average of per-evaluation scores), 1 (corpus-level token counts), 2 (raw counts). */
  countMode?: 0 | 1 | 2;
  /** -d: keep per-evaluation lines in the text output. */
  perEval?: boolean;
}

/** R, P and F (or, with -t 1/2 per evaluation: model count, peer count, hits). */
export interface RougeTriple {
  R: number;
  P: number;
  F: number;
}

export interface RougeEvalScore extends RougeTriple {
  /** The Perl's test id: "<topic>.<peer>". */
  testId: string;
  topic: string;
}

export interface RougeMetricResult {
  /** As printed: ROUGE-1, ROUGE-L, ROUGE-W-1.2, ROUGE-S4, ROUGE-SU*... */
  metric: string;
  /** Bootstrap mean, as the Perl prints it (-t 0 and 1). */
  average: RougeTriple;
  /** Confidence interval bounds [low, high]. */
  ci: { R: [number, number]; P: [number, number]; F: [number, number] };
  /** Summed counts (-t 2; also filled for -t 1). */
  counts?: { model: number; peer: number; hit: number };
  perEval: RougeEvalScore[];
}

export interface RougeSystemResult {
  peerId: string;
  metrics: RougeMetricResult[];
}

export interface RougeResult {
  systems: RougeSystemResult[];
  /** Messages the Perl prints on stderr (missing peers, empty texts). */
  warnings: string[];
}
