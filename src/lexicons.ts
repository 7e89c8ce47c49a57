// Loads the curated data files (the lexicons of data/lexicons/, the phrase lists of data/read/ and data/clean/) once
// (static data shared by every story, not per-story state), from the package's data folder as every data file is
// found (./data-path.ts), from src/, dist/ and the CLI bundle alike. The one loader for the facts stages' word lists,
// the cleaner's call-to-action words and platform notices, the HTML reader's chrome phrases and the table of news
// agencies (datelines, credit lines and LDC DOCNOs read it); a file that is not valid JSON is named in the error.
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

const cache = new Map<string, unknown>();

/** The parsed JSON of data/<relative> (a word or phrase list kept apart from code), read once. */
export function loadDataJson<T>(relative: string): T {
  const hit = cache.get(relative);
  if (hit !== undefined) return hit as T;
  const path = dataPath(relative);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`expected the data file ${path}, which could not be read: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`expected valid JSON in ${path}, found: ${(err as Error).message}`);
  }
  cache.set(relative, parsed);
  return parsed as T;
}

/** The parsed JSON of data/lexicons/<file>, read once. */
export function loadLexicon<T>(file: string): T {
  return loadDataJson<T>(`lexicons/${file}`);
}

/** A news outlet of data/lexicons/agencies.json: how wire copy names it (see the file's `format`). */
export interface NewsOutlet {
  /** The outlet as Chorus prints it. */
  name: string;
  kind: 'wire' | 'photo' | 'broadcaster' | 'newspaper' | 'government';
  /** Codes as printed in a dateline's parentheses ("AP", "Reuters"), compared without regard to case. */
  dateline: readonly string[];
  /** Spellings of a credit line, as printed ("AFP", "Getty Images"). */
  credits: readonly string[];
  /** The whole run of capital letters that opens an LDC DOCNO ("APW", "NYT"). */
  docno: readonly string[];
}

/** The kinds of outlet an agency table may name. */
const OUTLET_KINDS: readonly NewsOutlet['kind'][] = ['wire', 'photo', 'broadcaster', 'newspaper', 'government'];

/** The one table of news agencies and outlets (datelines, credit lines, LDC DOCNOs), read once. */
export function newsOutlets(): readonly NewsOutlet[] {
  return checkOutlets(loadLexicon<unknown>('agencies.json'), dataPath('lexicons/agencies.json'));
}

/**
 * The outlets of an agency table as read from `file`, each with a name and a kind, and no dateline code or DOCNO
 * letters claimed by two of them (the outlet of an article would then hang on the table's order).
 */
export function checkOutlets(raw: unknown, file: string): NewsOutlet[] {
  const list = (raw as { outlets?: unknown } | null)?.outlets;
  if (!Array.isArray(list)) throw new Error(`expected an "outlets" array in ${file}, found none`);
  const owner = new Map<string, string>();
  return list.map((entry: Partial<NewsOutlet>, i) => {
    if (typeof entry?.name !== 'string' || typeof entry.kind !== 'string' || !OUTLET_KINDS.includes(entry.kind)) {
      throw new Error(`expected a name and a kind in ${file}, outlet ${i + 1} (a kind of ${OUTLET_KINDS.join(', ')}), found ${JSON.stringify(entry)}`);
    }
    const strings = (field: 'dateline' | 'credits' | 'docno'): readonly string[] => {
      const v: unknown = entry[field] ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) {
        throw new Error(`expected "${field}" to be a list of non-empty strings in ${file}, outlet ${i + 1} (${entry.name}), found ${JSON.stringify(v)}`);
      }
      return v as string[];
    };
    const o: NewsOutlet = { name: entry.name, kind: entry.kind, dateline: strings('dateline'), credits: strings('credits'), docno: strings('docno') };
    for (const key of [...o.dateline.map((c) => `dateline code ${c.toUpperCase()}`), ...o.docno.map((d) => `DOCNO letters ${d}`)]) {
      const other = owner.get(key);
      if (other !== undefined && other !== o.name) throw new Error(`expected each dateline code and DOCNO prefix once in ${file}, found the ${key} for ${other} and ${o.name}`);
      owner.set(key, o.name);
    }
    return o;
  });
}

/** A regular-expression alternation that matches any of the strings literally, longest first. */
export function literalAlternation(strings: readonly string[]): string {
  return [...strings]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * One named list of a phrase file (`{"lists": {"<name>": {"source": ..., "phrases": [...]}}}`, e.g.
 * data/read/boilerplate-phrases.json): its phrases, fragments of regular expressions the caller puts in its pattern.
 */
export function phraseList(relative: string, name: string): readonly string[] {
  const raw = loadDataJson<{ lists?: Record<string, { phrases?: unknown }> }>(relative);
  const phrases = raw.lists?.[name]?.phrases;
  if (!Array.isArray(phrases) || phrases.length === 0 || phrases.some((p) => typeof p !== 'string' || p === '')) {
    throw new Error(`expected a list "${name}" of non-empty phrases in ${dataPath(relative)}, found ${JSON.stringify(phrases)}`);
  }
  // Each phrase is a fragment of a pattern: one that does not compile alone is named here, not in the caller's pattern.
  for (const p of phrases as string[]) {
    try {
      new RegExp(p, 'u');
    } catch (err) {
      throw new Error(`expected list "${name}" of ${dataPath(relative)} to hold regular-expression fragments, found "${p}": ${(err as Error).message}`);
    }
  }
  return phrases as string[];
}

/** One phrase list of a data file as a regular-expression alternation, `(?:a|b|...)`, to put inside a rule's pattern. */
export function phraseAlternation(relative: string, name: string): string {
  return `(?:${phraseList(relative, name).join('|')})`;
}
