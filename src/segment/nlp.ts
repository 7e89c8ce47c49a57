// The shared wink-nlp instance, created on first use with only the steps Chorus reads: the whole pipeline also
// runs negation, sentiment and named-entity patterns, at about twice the cost. Sentence bounds and
// part-of-speech tags are the same as the full pipeline's (checked on duc2003).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let taggerInstance: Nlp | null = null;

/** Sentences and part-of-speech tags: the segmenter's instance, whose tags the facts finders reuse (./tags.ts). */
export function tagger(): Nlp {
  if (!taggerInstance) taggerInstance = winkNLP(model, ['sbd', 'pos']);
  return taggerInstance;
}
