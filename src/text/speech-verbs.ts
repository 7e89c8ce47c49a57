// The verbs of saying and reporting (data/lexicons/speech-verbs.json), one list read by four uses: the place finder
// (a name right before "said" is a speaker, not a place), the mention finder (a speech verb after a name is weak
// evidence of a person), the figure attribution (who a sentence says its figure comes from) and the event clauses
// (a speech verb opens a new clause: the noun phrase before it ends there).
import { dataPath } from '../data-path.js';
import { loadLexicon } from '../lexicons.js';

const FILE = 'speech-verbs.json';

interface SpeechVerbsFile {
  saying: string[];
  reporting: string[];
  personCue: string[];
  figureSource: string[];
  clauseOpener: string[];
}

export interface SpeechVerbs {
  /** Every verb of the list: saying and reporting. */
  all: ReadonlySet<string>;
  /** Verbs of saying ("said", "told", "asked"), whose subject is a speaker. The place finder reads these only: the
   *  reporting verbs take a country or a town as subject as often ("Mexico reported 40 cases"). */
  saying: ReadonlySet<string>;
  /** The verbs after a name of two words or more that count as weak evidence of a person (mentions.ts). */
  personCue: ReadonlySet<string>;
  /** The verbs whose subject or speaker after a comma is the source of a sentence's figure (numbers/attribution.ts):
   *  verbs of saying and reporting, not of asking, urging or refusing, whose subject is not a figure's source. */
  figureSource: ReadonlySet<string>;
  /** The verbs that end a noun phrase read across them in the event clauses (events/clauses.ts): "the army said",
   *  "officials told". */
  clauseOpener: ReadonlySet<string>;
}

let verbs: SpeechVerbs | null = null;
/** The speech verbs, read once (static data shared by every story). */
export function speechVerbs(): SpeechVerbs {
  if (verbs) return verbs;
  const file = loadLexicon<SpeechVerbsFile>(FILE);
  for (const name of ['saying', 'reporting', 'personCue', 'figureSource', 'clauseOpener'] as const) {
    const list: unknown = file[name];
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w === '')) {
      throw new Error(`expected a list "${name}" of words in ${dataPath(`lexicons/${FILE}`)}, found ${JSON.stringify(list)}`);
    }
  }
  const all = new Set([...file.saying, ...file.reporting]);
  const part = (name: 'personCue' | 'figureSource' | 'clauseOpener'): ReadonlySet<string> => {
    const outside = file[name].filter((w) => !all.has(w));
    if (outside.length) throw new Error(`${dataPath(`lexicons/${FILE}`)}: "${name}" must draw on "saying" and "reporting", found ${outside.join(', ')}`);
    return new Set(file[name]);
  };
  return (verbs = { all, saying: new Set(file.saying), personCue: part('personCue'), figureSource: part('figureSource'), clauseOpener: part('clauseOpener') });
}
