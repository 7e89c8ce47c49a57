// The shared layer of the facts stage: each sentence read once into tokens and name mentions, which the names,
// numbers and events finders all use. The passes, in order:
//   1. tokens:   words, numbers and marks with article offsets (./tokens.ts);
//   2. tags:     part-of-speech tags, the segmenter's when it carried them, else one tagger pass (./tokens.ts);
//   3. mentions: capitalized runs trimmed of titles and function words, with cues about their kind (./mentions.ts).
// Results live in the story's context (./context.ts).
import type { Sentence } from '../../types.js';
import type { Checkpoint } from '../../budget.js';
import type { FactsContext } from './context.js';
import { findMentions } from './mentions.js';
import { prepare } from './tokens.js';

export { createFactsContext, type FactsContext } from './context.js';
export { findMentions, isHeadline, type Mention } from './mentions.js';
export { prepare, tokenize, tokensOf, type Token, type TokenKind } from './tokens.js';
export { outletNames, sortSpans, sourcesOf, supportOf } from './provenance.js';

/** Tokens, tags and mentions of every sentence, in one pass over the story. */
export function readMentions(ctx: FactsContext, sentences: readonly Sentence[], checkpoint: Checkpoint = () => {}): void {
  prepare(ctx, sentences, checkpoint);
  for (const s of sentences) {
    checkpoint('facts (mentions)');
    findMentions(ctx, s);
  }
}
