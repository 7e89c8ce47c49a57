// One shared wink-nlp instance: loading the model takes ~60 ms, so it is loaded once, on first use.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function nlp(): Nlp {
  if (!instance) instance = winkNLP(model);
  return instance;
}
