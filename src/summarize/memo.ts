// What the summarization methods compute once per story and ask for again: stems of tokens, each sentence's
// tokens and concepts, and the cluster's concept statistics. One memo belongs to one story (the pipeline creates
// it with the story's context), so a process that summarizes many stories holds nothing of the earlier ones.
import type { SentenceStats } from './features.js';
import type { ConceptStat, ConceptUse } from './concepts.js';

export class TextMemo {
  readonly stems = new Map<string, string>();
  readonly stats = new Map<string, SentenceStats>();
  readonly uses = new Map<string, ConceptUse[]>();
  readonly concepts = new Map<string, string[]>();
  /** Concept statistics of the story's articles (chorus.ts), computed on first use. */
  conceptStats: Map<string, ConceptStat> | null = null;
  /** Concept weights under the shipped model, by the parameters that shape them (chorus.ts): the headline, the
   *  summary and the digest ask for the same ones. */
  readonly weights = new Map<string, Map<string, number>>();
}
