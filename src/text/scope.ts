// The memo of one story's text work. The same paragraph is segmented once per story even when many outlets
// reprint it, and the same sentence's content words are read by the cleaner, the grouper and the summarizer:
// both are memoized here, for the length of one pipeline call (a brief, a summary, a facts report), and dropped
// with it. Outside a scope nothing is remembered, so a long-running process (`chorus serve`, `summarize --each`)
// keeps no text of the stories it has finished.
//
// The scope is dynamic rather than a parameter because the stages that read it (segment, clean, group,
// summarize) are synchronous and many layers deep; `inTextScope` sets it for a synchronous call and always
// unsets it, so it cannot outlive the call or leak into another story.

/** A sentence's bounds in its paragraph and the tagger's part-of-speech tags, by character offset in the sentence. */
export type SentenceBound = readonly [start: number, end: number, tags: ReadonlyMap<number, string>];

export class TextScope {
  /** Paragraph text -> its sentence bounds (src/segment). */
  readonly bounds = new Map<string, readonly SentenceBound[]>();
  /** Sentence text -> its stemmed content words (src/text/words.ts). */
  readonly contentWords = new Map<string, readonly string[]>();
}

let current: TextScope | null = null;

/** The scope of the pipeline call in progress, or null outside one. */
export function textScope(): TextScope | null {
  return current;
}

/** Run `fn` with a fresh text memo (or inside the caller's, when one is already open); the memo ends with the call. */
export function inTextScope<T>(fn: () => T): T {
  if (current) return fn();
  current = new TextScope();
  try {
    return fn();
  } finally {
    current = null;
  }
}
