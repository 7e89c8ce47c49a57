// The per-story state of the facts stage: what one story's finders share (each sentence's tokens and name mentions,
// the articles by id). Created once per story by buildFacts (or factsOf) and dropped with it: a process that reads
// ten thousand stories keeps nothing of the first, and no cache is keyed by text at module level.
import type { Article, Sentence } from '../../types.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export interface FactsContext {
  articles: readonly Article[];
  articleById: Map<string, Article>;
  /** Each sentence's tokens, tagged once between the names, numbers and events finders. */
  tokens: Map<Sentence, Token[]>;
  /** Each sentence's name mentions (callers must not mutate them). */
  mentions: Map<Sentence, readonly Mention[]>;
}

export function createFactsContext(articles: readonly Article[]): FactsContext {
  return { articles, articleById: new Map(articles.map((a) => [a.id, a])), tokens: new Map(), mentions: new Map() };
}
