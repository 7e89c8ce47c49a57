// Sentence spans of a whole article, for reading tenses clause by clause (the brief reads the segmenter's
// sentences instead). Cheap and linear: a line break, or ". " before a capital unless the word before the
// stop is an abbreviation ("Oct. 26", "8 p.m. Friday", "U.S. officials").
const STOP = /\n|[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g;
/** A word before a full stop that does not end a sentence: a single letter or an initialism ("U.S", "p.m"), a title or a month. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|Mt|Ft)\.$/;

export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(STOP)) {
    const i = m.index ?? 0;
    if (m[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1))) continue;
    const end = m[0] === '\n' ? i : i + 1;
    if (end > from) out.push({ start: from, end });
    from = i + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}
