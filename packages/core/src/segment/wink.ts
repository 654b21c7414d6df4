import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/** The shared wink-nlp instance, loaded on first use (~100 ms) rather than at import. */
export function wink(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
