/**
 * NLTK's PorterStemmer in its default mode, NLTK_EXTENSIONS (nltk/stem/porter.py), which Google's
 * rouge-score calls on tokens longer than 3 characters when stemming is on. It is Porter (1980)
 * plus the changes Martin Porter later adopted on tartarus.org (step 2 "bli" and "logi", words of
 * 1-2 letters left alone) plus NLTK's own: a pool of irregular forms, "ies"/"ied" on 4-letter
 * words, step 1c's y -> i only after a consonant that is not the first letter, step 2 "alli"
 * re-run through step 2, "fulli" and a "logi" whose measure counts the l, and a *o test that
 * also accepts a 2-letter vowel-consonant stem.
 *
 * Differences from ROUGE-1.5.5's stemmer (porter.ts) beyond those rules: NLTK classifies y by
 * the consonant definition everywhere, tries only the first step-4 suffix that matches (no
 * second pass for -ment/-ent), and tests step 5b's m>1 on the word minus one l.
 *
 * Input: lowercase [a-z0-9]+ (digits are consonants, as in NLTK).
 */

/** A suffix rule: the first rule whose suffix ends the word decides, whether or not `when` holds. */
interface Rule {
  suffix: string;
  to: string;
  /** Condition on the stem (the word without the suffix). */
  when: (stem: string) => boolean;
  /** Run the step again on the result (NLTK's "alli"). */
  again?: boolean;
}

/** Irregular forms mapped straight to their stem, bypassing the rules (NLTK's pool). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'], ['skies', 'sky'],
  ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'], ['inning', 'inning'],
  ['outings', 'outing'], ['outing', 'outing'],
  ['cannings', 'canning'], ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'], ['exceed', 'exceed'], ['succeed', 'succeed'],
]);

/** Words this short are returned unchanged (tartarus and NLTK; the paper stems them). */
const MAX_UNSTEMMED_LENGTH = 2;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Per letter: consonant? y is a consonant at the start or after a vowel (the paper's definition). */
function consonants(w: string): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    out.push(VOWELS.has(ch) ? false : ch === 'y' ? i === 0 || !out[i - 1] : true);
  }
  return out;
}

/** Porter's m: the number of vowel-consonant transitions in [C](VC)^m[V]. */
function measure(stem: string): number {
  const c = consonants(stem);
  let m = 0;
  for (let i = 1; i < c.length; i++) if (c[i] && !c[i - 1]) m++;
  return m;
}

const mGt0 = (stem: string): boolean => measure(stem) > 0;
const mGt1 = (stem: string): boolean => measure(stem) > 1;

function hasVowel(stem: string): boolean {
  return consonants(stem).some((c) => !c);
}

/** *d: ends with a double consonant. */
function endsDouble(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && consonants(w)[n - 1];
}

/** *o: ends consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a whole 2-letter stem vowel-consonant ("owe"). */
function endsCvc(w: string): boolean {
  const c = consonants(w);
  const n = w.length;
  if (n >= 3 && c[n - 3] && !c[n - 2] && c[n - 1] && !'wxy'.includes(w[n - 1])) return true;
  return n === 2 && !c[0] && c[1];
}

/** Apply the first rule whose suffix matches; later rules are not tried even if its condition fails. */
function applyRules(word: string, rules: readonly Rule[], again: (w: string) => string): string {
  for (const r of rules) {
    if (!word.endsWith(r.suffix)) continue;
    const stem = word.slice(0, word.length - r.suffix.length);
    if (!r.when(stem)) return word;
    return r.again ? again(stem + r.to) : stem + r.to;
  }
  return word;
}

const STEP1A: readonly Rule[] = [
  { suffix: 'sses', to: 'ss', when: () => true },
  { suffix: 'ies', to: 'i', when: () => true },
  { suffix: 'ss', to: 'ss', when: () => true },
  { suffix: 's', to: '', when: () => true },
];

const STEP2: readonly Rule[] = [
  // NLTK: "alli" -> "al" comes first and its result goes through step 2 again
  // ("radicalli" -> "radical"; "nationalli" -> "national" -> "nation").
  { suffix: 'alli', to: 'al', when: mGt0, again: true },
  { suffix: 'ational', to: 'ate', when: mGt0 },
  { suffix: 'tional', to: 'tion', when: mGt0 },
  { suffix: 'enci', to: 'ence', when: mGt0 },
  { suffix: 'anci', to: 'ance', when: mGt0 },
  { suffix: 'izer', to: 'ize', when: mGt0 },
  // tartarus departure: "bli" for the paper's "abli" ("possibli" -> "possible").
  { suffix: 'bli', to: 'ble', when: mGt0 },
  { suffix: 'entli', to: 'ent', when: mGt0 },
  { suffix: 'eli', to: 'e', when: mGt0 },
  { suffix: 'ousli', to: 'ous', when: mGt0 },
  { suffix: 'ization', to: 'ize', when: mGt0 },
  { suffix: 'ation', to: 'ate', when: mGt0 },
  { suffix: 'ator', to: 'ate', when: mGt0 },
  { suffix: 'alism', to: 'al', when: mGt0 },
  { suffix: 'iveness', to: 'ive', when: mGt0 },
  { suffix: 'fulness', to: 'ful', when: mGt0 },
  { suffix: 'ousness', to: 'ous', when: mGt0 },
  { suffix: 'aliti', to: 'al', when: mGt0 },
  { suffix: 'iviti', to: 'ive', when: mGt0 },
  { suffix: 'biliti', to: 'ble', when: mGt0 },
  // NLTK: "-fulli" like "-fulness" ("hopefulli" -> "hopeful").
  { suffix: 'fulli', to: 'ful', when: mGt0 },
  // NLTK (Barry Wilkins): the l counts in the measure, so short stems like "geo", "theo"
  // conflate too ("geologi" -> "geolog"; tartarus would need m>0 on "geo" alone).
  { suffix: 'logi', to: 'log', when: (stem) => mGt0(stem + 'l') },
];

const STEP3: readonly Rule[] = [
  { suffix: 'icate', to: 'ic', when: mGt0 },
  { suffix: 'ative', to: '', when: mGt0 },
  { suffix: 'alize', to: 'al', when: mGt0 },
  { suffix: 'iciti', to: 'ic', when: mGt0 },
  { suffix: 'ical', to: 'ic', when: mGt0 },
  { suffix: 'ful', to: '', when: mGt0 },
  { suffix: 'ness', to: '', when: mGt0 },
];

const STEP4: readonly Rule[] = [
  ...['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent'].map(
    (suffix) => ({ suffix, to: '', when: mGt1 }),
  ),
  // (m>1 and (*S or *T)) ION
  { suffix: 'ion', to: '', when: (stem: string) => mGt1(stem) && /[st]$/.test(stem) },
  ...['ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'].map((suffix) => ({ suffix, to: '', when: mGt1 })),
];

const STEP5B: readonly Rule[] = [
  // (m>1 and *d and *L) -> single letter; NLTK measures the word minus one l.
  { suffix: 'll', to: 'l', when: (stem) => mGt1(stem + 'l') },
];

const noAgain = (w: string): string => w;

function step1a(w: string): string {
  // NLTK: a 4-letter "-ies" keeps "ie" ("dies" -> "die", "ties" -> "tie"; "flies" -> "fli").
  if (w.length === 4 && w.endsWith('ies')) return w.slice(0, -1);
  return applyRules(w, STEP1A, noAgain);
}

function step1b(w: string): string {
  // NLTK: "-ied" is settled here like "-ies" ("died" -> "die", "spied" -> "spi").
  if (w.endsWith('ied')) return w.length === 4 ? w.slice(0, -1) : w.slice(0, -2);
  if (w.endsWith('eed')) return mGt0(w.slice(0, -3)) ? w.slice(0, -1) : w;
  let stem: string | undefined;
  for (const suffix of ['ed', 'ing']) {
    if (w.endsWith(suffix) && hasVowel(w.slice(0, -suffix.length))) {
      stem = w.slice(0, -suffix.length);
      break;
    }
  }
  if (stem === undefined) return w;
  // Restore an e the suffix took away, or undouble a final consonant.
  if (/(at|bl|iz)$/.test(stem)) return stem + 'e';
  if (endsDouble(stem)) return /[lsz]$/.test(stem) ? stem : stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  // NLTK: y -> i after a consonant that is not the first letter ("happy" -> "happi",
  // "cry" -> "cri", "enjoy" and "by" unchanged); the paper asks for a vowel anywhere before.
  if (!w.endsWith('y')) return w;
  const stem = w.slice(0, -1);
  return stem.length > 1 && consonants(stem)[stem.length - 1] ? stem + 'i' : w;
}

function step2(w: string): string {
  return applyRules(w, STEP2, step2);
}

function step5a(w: string): string {
  // (m>1) E ->, or (m=1 and not *o) E ->: both conditions are tried, unlike a rule list.
  if (!w.endsWith('e')) return w;
  const stem = w.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : w;
}

/** NLTK PorterStemmer().stem(word) (NLTK_EXTENSIONS mode) of a lowercase [a-z0-9]+ word. */
export function nltkPorterStem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= MAX_UNSTEMMED_LENGTH) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = step2(w);
  w = applyRules(w, STEP3, noAgain);
  w = applyRules(w, STEP4, noAgain);
  w = step5a(w);
  return applyRules(w, STEP5B, noAgain);
}
