// Counts written in news English: "3", "2 1/2", "two", "twenty four", "a", "a couple of", "two and a half".
// `COUNT` is a regex alternation (no groups); `countValue` reads a match back, 'X' for a vague count ("several").

/** Number words, one to nineteen, to their values: the dates' one table of them (the figures finder's, which leaves
 *  "one" out, is data/lexicons/number-words.json). */
export const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** The tens, twenty to ninety, to their values. */
export const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** The number words from one to `max`, in order: a regex alternation ("one|two|three"). */
export const wordsUpTo = (max: number): string => Object.keys(UNITS).filter((w) => UNITS[w] <= max).join('|');

/** Words for "some number of": the count is unknown (TimeML's X). */
const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'a number of'];
/** "a couple of" is two (TimeML: P2Y for "a couple of years"). */
const COUPLE = ['a couple of', 'a couple', 'couple of'];

const UNIT_ALT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const TENS_ALT = Object.keys(TENS).join('|');
const WORD = `(?:(?:${TENS_ALT})(?:[\\s-](?:${UNIT_ALT}))?|${UNIT_ALT}|a\\s+hundred|hundred|a\\s+thousand)`;
const HALF = '(?:\\s+and\\s+a\\s+half|\\s+1/2|½)?';

/** A count: digits, words, "a"/"an", a vague quantity. Longest forms first. */
export const COUNT = `(?:\\d{1,4}(?:\\.\\d+)?${HALF}|${WORD}${HALF}|${[...COUPLE, ...VAGUE].join('|').replace(/ /g, '\\s+')}|(?:a|an)(?:\\s+half)?)`;

/** The number a COUNT match stands for; 'X' for a vague one; null if it is not a count. */
export function countValue(words: string): number | 'X' | null {
  let w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  let half = 0;
  const h = /(?: and a half| 1\/2|½)$/.exec(w);
  if (h) {
    half = 0.5;
    w = w.slice(0, h.index).trim();
  }
  if (w === 'a half' || w === 'an half') return 0.5;
  if (VAGUE.includes(w)) return 'X';
  if (COUPLE.includes(w)) return 2;
  if (w === 'a' || w === 'an') return 1 + half;
  if (/^\d/.test(w)) return Number(w) + half;
  if (w === 'hundred' || w === 'a hundred') return 100 + half;
  if (w === 'a thousand') return 1000 + half;
  const parts = w.split(/[\s-]/);
  let n = 0;
  for (const p of parts) {
    if (TENS[p] !== undefined) n += TENS[p];
    else if (UNITS[p] !== undefined) n += UNITS[p];
    else return null;
  }
  return n + half;
}
