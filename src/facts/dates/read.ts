// The core of reading a text's time expressions: every parser's matches, the longest kept where they overlap,
// each with the tense of its clause, resolved against the anchor; "a day earlier" counts from the day before it.
import { addDays } from './calendar.js';
import { PREFILTER } from './lexicon.js';
import { weaker } from './resolve.js';
import { tenseIndex, type Tense } from './tense.js';
import { DATES } from './tunables.js';
import type { DateAnchor, Discourse, Found, Parser, Resolved } from './types.js';
import type { Certainty } from '../../types.js';

/** The last day-precise date before the text, for "a day earlier" at the start of a sentence. */
export interface PreviousDay {
  date: string;
  certainty: Certainty;
  expression: string;
}

/**
 * What a caller may share across calls: a wire sentence carried by many articles, or one sentence read against
 * many anchors (dates/window.ts), is parsed once. Owned by the caller (a story's run), never module-level.
 */
export interface DatesContext {
  /** By parser list (ReadOptions.list), then by text: the sentence itself is the key, with nothing joined to it. */
  parsed: Map<string, Map<string, { f: Found; tense: Tense }[]>>;
  /** Entries in `parsed`, all lists together. */
  size: number;
}

export function newDatesContext(): DatesContext {
  return { parsed: new Map(), size: 0 };
}

export interface Reading {
  found: Found;
  tense: Tense;
  resolved: Resolved;
}

export interface ReadOptions {
  year?: number;
  previous?: PreviousDay;
  context?: DatesContext;
  /** Names the parser list in the context's cache (two lists must not share entries). */
  list?: string;
  /** A cheap test a text must pass to be parsed at all (default: the date words of lexicon.ts); null to parse every text. */
  prefilter?: RegExp | null;
  /** The article's TIMEX values so far, for expressions relative to the story's period. */
  discourse?: Discourse;
}

/** Every expression the parsers find in `text`, in reading order, resolved against `anchor`. */
export function readExpressions(text: string, parsers: readonly Parser[], anchor: DateAnchor | null, opts: ReadOptions = {}): Reading[] {
  const prefilter = opts.prefilter === undefined ? PREFILTER : opts.prefilter;
  if (prefilter && !prefilter.test(text)) return [];
  const out: Reading[] = [];
  let previous = opts.previous;
  for (const { f, tense } of parsed(text, parsers, opts)) {
    let resolved = f.resolve({ anchor, year: opts.year, tense, discourse: opts.discourse });
    if (!resolved) continue;
    if (f.fromPrevious !== undefined && previous && previous.date) {
      resolved = {
        date: addDays(previous.date, f.fromPrevious),
        precision: 'day',
        certainty: weaker('inferred', previous.certainty),
        basis: `"${f.expression}": ${f.fromPrevious === 0 ? 'the same day as' : `${Math.abs(f.fromPrevious)} day(s) ${f.fromPrevious < 0 ? 'before' : 'after'}`} "${previous.expression}" (${previous.date})`,
      };
    }
    out.push({ found: f, tense, resolved });
    if (resolved.precision === 'day' && resolved.date && !resolved.endDate) previous = { date: resolved.date, certainty: resolved.certainty, expression: f.expression };
  }
  return out;
}

/** The expressions of a text with their tenses (neither depends on the anchor: cached in the caller's context). */
function parsed(text: string, parsers: readonly Parser[], opts: ReadOptions): { f: Found; tense: Tense }[] {
  // Keyed by the text as it is: a key joined from the list's name and the text was a copy of every sentence read.
  const list = opts.list ?? '';
  const byText = opts.context?.parsed.get(list);
  const hit = byText?.get(text);
  if (hit) return hit;
  const found = pickNonOverlapping(text, parsers);
  // Most sentences hold no expression: read the tenses only when there is one.
  const tenses = found.length > 0 ? tenseIndex(text) : null;
  const result = found.map((f) => ({ f, tense: (tenses as ReturnType<typeof tenseIndex>).at(f.start, f.end) }));
  const ctx = opts.context;
  if (ctx) {
    if (ctx.size >= DATES.contextCacheMax) {
      ctx.parsed.clear();
      ctx.size = 0;
    }
    let texts = ctx.parsed.get(list);
    if (!texts) ctx.parsed.set(list, (texts = new Map()));
    texts.set(text, result);
    ctx.size++;
  }
  return result;
}

/**
 * All parsers' matches, keeping the longest where they overlap (the earlier parser on a tie), in text order.
 * Taken characters are marked in one array, so the check costs the match's length, not the number kept.
 */
export function pickNonOverlapping(text: string, parsers: readonly Parser[]): Found[] {
  const all: { f: Found; order: number }[] = [];
  parsers.forEach((p, order) => {
    if (p.gate && !p.gate.test(text)) return;
    for (const f of p.find(text)) all.push({ f, order });
  });
  all.sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order || a.f.start - b.f.start);
  const taken = new Uint8Array(text.length + 1);
  const kept: Found[] = [];
  for (const { f } of all) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
