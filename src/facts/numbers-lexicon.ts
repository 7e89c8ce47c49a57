// The number words, hedges and units of data/lexicons/number-words.json, indexed for lookup.
import { loadLexicon } from './entities-lexicon.js';

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
}

let lexicon: NumberLexicon | null = null;

export function numberLexicon(): NumberLexicon {
  if (lexicon) return lexicon;
  const file = loadLexicon<NumberWordsFile>('number-words.json');
  const countGroupOf = new Map<string, string>();
  for (const [group, words] of Object.entries(file.countGroups)) for (const w of words) countGroupOf.set(w, group);
  const outcomeOf = new Map<string, string>();
  for (const [outcome, words] of Object.entries(file.outcomes)) for (const w of words) outcomeOf.set(w, outcome);
  return (lexicon = { ...file, countGroupOf, outcomeOf });
}
