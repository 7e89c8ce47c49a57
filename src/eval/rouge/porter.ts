/**
 * The Porter (1980) stemmer exactly as ROUGE-1.5.5 ships it (Porter.pm "Release 1", with
 * Chin-Yew Lin's 2004 change to step 4 and the tartarus additions "bli" and "logi" in step 2).
 * Its quirks are kept on purpose: step 4 tries "ement", then "ment", then "ent" in turn; step 5b
 * tests m>1 on the whole word; y counts as a vowel in the vowel class but as a consonant in the
 * consonant class.
 */
const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence

const MGR0 = new RegExp(`^(${C})?${V}${C}`); // [C]VC... is m>0
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // [C]VC[V] is m=1
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // [C]VCVC... is m>1
const HAS_V = new RegExp(`^(${C})?${v}`); // vowel in stem
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate',
  ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al',
  iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP2_RE =
  /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_RE = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Porter stem of a lowercase word. */
export function porterStem(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const firstY = w[0] === 'y';
  if (firstY) w = 'Y' + w.slice(1); // initial y is a consonant
  let m: RegExpExecArray | null;
  let stem: string;

  // Step 1a
  if ((m = /(ss|i)es$/.exec(w))) w = w.slice(0, m.index) + m[1];
  else if ((m = /([^s])s$/.exec(w))) w = w.slice(0, m.index) + m[1];
  // Step 1b
  if ((m = /eed$/.exec(w))) {
    if (MGR0.test(w.slice(0, m.index))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    stem = w.slice(0, m.index);
    if (HAS_V.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((m = /y$/.exec(w))) {
    stem = w.slice(0, m.index);
    if (HAS_V.test(stem)) w = stem + 'i';
  }
  // Step 2
  if ((m = STEP2_RE.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR0.test(stem)) w = stem + STEP2[m[1]];
  }
  // Step 3
  if ((m = STEP3_RE.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR0.test(stem)) w = stem + STEP3[m[1]];
  }
  // Step 4 (CYL 2004: -ement is tried before -ment and -ent, each in turn)
  if ((m = STEP4_RE.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ment$/.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ent$/.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR1.test(stem)) w = stem;
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    stem = w.slice(0, m.index) + m[1];
    if (MGR1.test(stem)) w = stem;
  }
  // Step 5
  if ((m = /e$/.exec(w))) {
    stem = w.slice(0, m.index);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);

  if (firstY) w = 'y' + w.slice(1);
  return w;
}
