// Titles written before a name, from the one list of them (data/lexicons/name-cues.json `titles`, which the mention
// finder matches whole): here the abbreviated ones ("Gen.", "Lt. Col.", "Mrs."), whose period ends no sentence and no
// name, for the tokenizer of the facts stage, the timex sentence splitter and the place finder's name runs; and the
// one-word titles, for the place finder's title words.
import { loadLexicon } from '../lexicons.js';

/** Name suffixes that are abbreviated like titles but follow the name ("John Smith Jr."). */
export const NAME_SUFFIXES = ['Jr', 'Sr'] as const;

interface TitlesFile {
  titles: string[];
  honorifics: string[];
}

let abbreviations: readonly string[] | null = null;
/** The abbreviated titles without their period, as written ("Sen", "Gen", "Lt", "Mrs"), in the list's order, once
 *  each. Static data, read once. */
export function titleAbbreviations(): readonly string[] {
  if (abbreviations) return abbreviations;
  const words = loadLexicon<TitlesFile>('name-cues.json').titles.flatMap((t) => t.split(' '));
  return (abbreviations = [...new Set(words.filter((w) => /^\p{Lu}\p{Ll}*\.$/u.test(w)).map((w) => w.slice(0, -1)))]);
}

/** The titles and honorifics of one word, lowercase and without their period ("president", "gen", "mrs"): the place
 *  finder's title words, beside words of its own that only begin a title ("prime") or name a role ("coach"). */
export function singleWordTitles(): readonly string[] {
  const file = loadLexicon<TitlesFile>('name-cues.json');
  return [...new Set([...file.titles, ...file.honorifics].filter((t) => !t.includes(' ')).map((t) => t.toLowerCase().replace(/\.$/, '')))];
}

let abbreviationSet: ReadonlySet<string> | null = null;
/**
 * Whether a text ends with an abbreviated title ("... said Det."): its period ends no sentence, the name follows. Reads
 * only the last word (the segmenter asks it of every sentence boundary).
 */
export function endsWithTitleAbbreviation(text: string): boolean {
  const dot = text.length - 1;
  if (dot < 1 || text.charCodeAt(dot) !== 46) return false;
  let start = dot;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  if (start === dot || (start > 0 && !/[\s(“"']/u.test(text[start - 1]))) return false;
  abbreviationSet ??= new Set(titleAbbreviations());
  return abbreviationSet.has(text.slice(start, dot));
}
