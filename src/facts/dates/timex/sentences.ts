// Sentence spans of a whole article, for reading tenses clause by clause (the brief reads the segmenter's
// sentences instead). Cheap and linear: a line break, or ". " before a capital unless the word before the
// stop is an abbreviation ("Oct. 26", "8 p.m. Friday", "U.S. officials").
import { NAME_SUFFIXES, titleAbbreviations } from '../../../text/titles.js';

const STOP = /\n|[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g;
let abbreviation: RegExp | null = null;
/** A word before a full stop that does not end a sentence: a single letter or an initialism ("U.S", "p.m"), a title
 *  (the abbreviations of the one titles list, data/lexicons/name-cues.json) or a name suffix, or another abbreviation
 *  (a company's, a month's, a place's). Built once, on first use. */
function abbreviationPattern(): RegExp {
  if (abbreviation) return abbreviation;
  const titles = [...titleAbbreviations(), ...NAME_SUFFIXES].join('|');
  return (abbreviation = new RegExp(String.raw`(?:^|[\s(])(?:[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|${titles}|St|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|Mt|Ft)\.$`));
}

export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(STOP)) {
    const i = m.index ?? 0;
    if (m[0] !== '\n' && abbreviationPattern().test(text.slice(Math.max(0, i - 12), i + 1))) continue;
    const end = m[0] === '\n' ? i : i + 1;
    if (end > from) out.push({ start: from, end });
    from = i + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}
