import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { porterStem } from '../src/eval/rouge/porter.js';
import { nltkPorterStem } from '../src/eval/rouge/porter-nltk.js';
import { rougeScoreTokens } from '../src/eval/rouge/rouge-score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Expected stems below were derived by hand from nltk/stem/porter.py (NLTK_EXTENSIONS branches)
// and then checked against NLTK 3.10.3's PorterStemmer().

function check(cases: Record<string, string>): void {
  for (const [w, s] of Object.entries(cases)) assert.equal(nltkPorterStem(w), s, w);
}

test('irregular forms (NLTK pool) bypass the rules, exact words only', () => {
  check({
    sky: 'sky', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', news: 'news',
    innings: 'inning', inning: 'inning', outings: 'outing', outing: 'outing',
    cannings: 'canning', canning: 'canning', howe: 'howe',
    proceed: 'proceed', exceed: 'exceed', succeed: 'succeed',
  });
  // Inflected forms go through the rules: "-ing" off, then "eed" is not re-examined.
  check({ proceeding: 'proceed', exceeds: 'exce', skying: 'ski' });
  // The original algorithm has none of these.
  assert.equal(porterStem('dying'), 'dy');
  assert.equal(porterStem('news'), 'new');
});

test('words of 1-2 letters are unchanged; "oed" does not crash (NLTK issue 1581)', () => {
  check({ a: 'a', as: 'as', is: 'is', ed: 'ed', oed: 'o' });
});

test('step 1a/1b: 4-letter "-ies"/"-ied" keep "ie", longer ones keep "i"', () => {
  check({
    dies: 'die', ties: 'tie', lies: 'lie', pies: 'pie', died: 'die', tied: 'tie', lied: 'lie',
    flies: 'fli', ponies: 'poni', studies: 'studi', spied: 'spi', denied: 'deni', cried: 'cri',
    studied: 'studi',
  });
  assert.equal(porterStem('ties'), 'ti'); // the paper's own example
  assert.equal(porterStem('died'), 'di');
});

test('step 1c: y -> i only after a consonant that is not the first letter', () => {
  check({
    happy: 'happi', cry: 'cri', spy: 'spi', dry: 'dri', crying: 'cri', trying: 'tri',
    syzygy: 'syzygi',
    // after a vowel y is a consonant and stays
    enjoy: 'enjoy', employ: 'employ', employs: 'employ', annoyed: 'annoy', buying: 'buy',
    destroying: 'destroy', say: 'say', toy: 'toy', boy: 'boy',
    // initial y is a consonant
    yelling: 'yell',
  });
  // The paper turns y after any vowel-bearing stem, and needs a vowel before it.
  assert.equal(porterStem('enjoy'), 'enjoi');
  assert.equal(porterStem('crying'), 'cry');
});

test('step 1b: *o also holds for a 2-letter vowel-consonant stem, w/x/y included', () => {
  check({ owed: 'owe', owing: 'owe', axed: 'axe', aping: 'ape', oping: 'ope' });
  assert.equal(porterStem('owing'), 'ow');
});

test('step 2: "alli" re-run through step 2, "fulli", "logi" measured with its l, "bli"', () => {
  check({
    radically: 'radic', conditionally: 'condit', sensationally: 'sensat', nationally: 'nation',
    finally: 'final', totally: 'total', really: 'realli',
    hopefully: 'hope', carefully: 'care', fully: 'fulli',
    geology: 'geolog', theology: 'theolog', biology: 'biolog', archaeology: 'archaeolog',
    analogy: 'analog', possibly: 'possibl', sensibly: 'sensibl',
  });
  assert.equal(porterStem('hopefully'), 'hopefulli');
  assert.equal(porterStem('geology'), 'geologi');
});

test('step 4: only the first matching suffix is tried ("-ement" failing stops "-ment"/"-ent")', () => {
  check({
    agreement: 'agreement', element: 'element', settlement: 'settlement', comment: 'comment',
    government: 'govern', replacement: 'replac', adjustment: 'adjust',
  });
  assert.equal(porterStem('agreement'), 'agreem'); // ROUGE-1.5.5 tries each in turn
});

test('ordinary words stem as in the original algorithm (examples of Porter 1980, NLTK doctest)', () => {
  // No y, no pool word, no 4-letter -ies/-ied, no alli/fulli/logi, no 2-letter stem, first
  // step-4 suffix decisive: the two algorithms agree by construction on these.
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', caress: 'caress', cats: 'cat', feed: 'feed',
    agreed: 'agre', plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing',
    conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', tanned: 'tan',
    falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file',
    relational: 'relat', conditional: 'condit', rational: 'ration', valenci: 'valenc',
    hesitanci: 'hesit', digitizer: 'digit', conformabli: 'conform', differentli: 'differ',
    vileli: 'vile', analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic',
    operator: 'oper', feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope',
    callousness: 'callous', formaliti: 'formal', sensitiviti: 'sensit', sensibiliti: 'sensibl',
    triplicate: 'triplic', formative: 'form', formalize: 'formal', electriciti: 'electr',
    electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv',
    allowance: 'allow', inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop',
    adjustable: 'adjust', defensible: 'defens', irritant: 'irrit', dependent: 'depend',
    adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ',
    angulariti: 'angular', homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler',
    probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll',
    mules: 'mule', owned: 'own', humbled: 'humbl', meeting: 'meet', stating: 'state',
    siezing: 'siez', itemization: 'item', sensational: 'sensat', traditional: 'tradit',
    reference: 'refer', colonizer: 'colon', plotted: 'plot', generously: 'gener',
  };
  for (const [w, s] of Object.entries(cases)) {
    assert.equal(nltkPorterStem(w), s, w);
    assert.equal(porterStem(w), s, `${w} (original)`);
  }
});

test('fixture: every word stems as NLTK 3.10.3 does', () => {
  const text = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'porter-nltk.tsv'), 'utf8');
  let n = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, stem] = line.split('\t');
    assert.equal(nltkPorterStem(word), stem, word);
    n++;
  }
  assert.ok(n > 1000, `expected over 1000 fixture lines, found ${n}`);
});

test('rouge-score tokens are stemmed with the NLTK variant, only when longer than 3 characters', () => {
  assert.deepEqual(rougeScoreTokens('Dying news: skies, hopefully ties and dies.', true), [
    'die', 'news', 'sky', 'hope', 'tie', 'and', 'die',
  ]);
  assert.deepEqual(rougeScoreTokens('cry dies', true), ['cry', 'die']);
  assert.deepEqual(rougeScoreTokens('Dying news', false), ['dying', 'news']);
});
