// Shared wink-nlp instances, each created on first use and only with the steps its users need: the whole
// pipeline also runs negation, sentiment and named-entity patterns, which Chorus does not read, at about twice
// the cost. Sentence bounds and part-of-speech tags are the same as the full pipeline's (checked on duc2003).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let splitter: Nlp | null = null;
let taggerInstance: Nlp | null = null;

/** Sentence boundary detection only: the segmenter's instance. */
export function sentenceSplitter(): Nlp {
  if (!splitter) splitter = winkNLP(model, ['sbd']);
  return splitter;
}

/** Sentences and part-of-speech tags: the facts finders' instance. */
export function tagger(): Nlp {
  if (!taggerInstance) taggerInstance = winkNLP(model, ['sbd', 'pos']);
  return taggerInstance;
}
