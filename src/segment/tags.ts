// Part-of-speech tags the segmenter got for free: it runs the tagger over each paragraph to find sentence bounds,
// so it keeps each sentence's tags (by character offset in the sentence) for the facts finders, which would
// otherwise run the tagger over the same text again. Keyed by sentence text; a sentence the cleaner later
// reshaped (merged, split, trimmed) is simply not found and gets tagged on its own.
const byText = new Map<string, Map<number, string>>();
/** Bounds the memo (entries are small; a 1,000-article stream has about 25,000 sentences, most of them repeats). */
const TAGS_MAX = 60_000;

export function rememberTags(sentence: string, tags: Map<number, string>): void {
  if (byText.has(sentence)) return;
  if (byText.size >= TAGS_MAX) byText.clear();
  byText.set(sentence, tags);
}

/** The tags of a sentence the segmenter saw, by character offset of each token's start; undefined if unseen. */
export function knownTags(sentence: string): ReadonlyMap<number, string> | undefined {
  return byText.get(sentence);
}
