// The number words, hedges and units of data/lexicons/number-words.json, indexed for lookup.
import { loadLexicon } from '../../lexicons.js';

interface NumberWordsFile {
  cardinals: Record<string, number>;
  multipliers: Record<string, number>;
  vague: Record<string, [number, number]>;
  hedges: Record<string, 'approx' | 'at-least' | 'at-most'>;
  units: Record<string, string>;
  currencies: Record<string, string>;
  countGroups: Record<string, string[]>;
  outcomes: Record<string, string[]>;
  measureNouns: string[];
}

export interface NumberLexicon extends NumberWordsFile {
  /** Count noun -> its group ("militants" -> "fighters"). */
  countGroupOf: Map<string, string>;
  /** Outcome word -> outcome ("dead" -> "killed"); multi-word keys are space-joined. */
  outcomeOf: Map<string, string>;
  /** First words of the multi-word cardinals, vague counts and units: only after one is a phrase key built. */
  phraseStarts: Set<string>;
}

/** A copy without a prototype, so a token such as "constructor" is not found in the table. */
function table<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

let lexicon: NumberLexicon | null = null;

export function numberLexicon(): NumberLexicon {
  if (lexicon) return lexicon;
  const file = loadLexicon<NumberWordsFile>('number-words.json');
  const countGroupOf = new Map<string, string>();
  for (const [group, words] of Object.entries(file.countGroups)) for (const w of words) countGroupOf.set(w, group);
  const outcomeOf = new Map<string, string>();
  for (const [outcome, words] of Object.entries(file.outcomes)) for (const w of words) outcomeOf.set(w, outcome);
  const phraseStarts = new Set([file.cardinals, file.vague, file.units].flatMap((r) => Object.keys(r)).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
  return (lexicon = {
    ...file,
    cardinals: table(file.cardinals), multipliers: table(file.multipliers), vague: table(file.vague), hedges: table(file.hedges),
    units: table(file.units), currencies: table(file.currencies), countGroups: table(file.countGroups),
    countGroupOf, outcomeOf, phraseStarts,
  });
}
