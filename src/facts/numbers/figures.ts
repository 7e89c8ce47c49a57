// Figures in a story ("about 2,300 rebel fighters in Tessit", "80 km", "95%", "hundreds of tents"), each with
// what is counted, where, who says so, and its interval, so disagreements.ts can compare them.
import type { Article, Sentence, Span, Support } from '../../types.js';
import { aliasKey, lexiconEntry } from '../names/aliases.js';
import { createFactsContext, type FactsContext } from '../mentions/context.js';
import { findMentions, type Mention } from '../mentions/mentions.js';
import { sortSpans, sourcesOf, supportOf } from '../mentions/provenance.js';
import { prepare, tokensOf, type Token } from '../mentions/tokens.js';
import { attributionOf } from './attribution.js';
import { numberLexicon } from './lexicon.js';
import { MONTHS as MONTH_WORDS } from '../../text/calendar-words.js';
import { CLAUSE_PUNCTUATION } from '../../text/punctuation.js';
import { NUMBERS } from './tunables.js';

export interface NumberKey {
  /** The counted thing, grouped ("militants" and "fighters" are both "fighters"), with an outcome ("people killed"). */
  thing: string;
  /** Whose: the canonical name before the noun or the sentence's subject ("United Nations" for "UN peacekeepers"). */
  owner: string | null;
  /** Comparable form of the place qualifier. */
  place: string | null;
}

export interface NumberFact {
  kind: 'number';
  /** The sentence. */
  text: string;
  /** The words of the figure as written: "about 2,300", "2,000-2,500", "hundreds". */
  quantity: string;
  value: number | [number, number];
  low: number;
  high: number;
  approx: boolean;
  /** "more than 60%" is at least 60, "up to 20" at most 20; low and high both stay the stated figure. */
  bound?: 'at-least' | 'at-most';
  /** dozens, hundreds, thousands: low and high are the conventional interval of the word. */
  vague?: boolean;
  unit: string;
  subject: string;
  place?: string;
  attribution: string | null;
  key: NumberKey;
  sources: string[];
  /** The sentences that state it. */
  spans: Span[];
  /** The figure's own words in each sentence. */
  quantitySpans: Span[];
  support: Support;
}

export interface NumberOptions {
  isPlace?: (name: string) => boolean;
}

/** Month names and abbreviations, lowercase (a month before or after a number makes it part of a date). */
const MONTHS = new Set(Object.keys(MONTH_WORDS));
const TIME_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'hrs', 'bst', 'est', 'edt', 'cet']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const RANGE_JOINERS = new Set(['-', '–', '—', 'to']);
/** Words that tie a figure's noun to a place or group after it ("civilians near the border", "the area surrounding
 *  the town", "troops of the coalition"): a place is read after a figure only past one of them. Not the events'
 *  prepositions (events/clauses.ts): "of" and "surrounding" qualify here, and "to", "by", "with" head other phrases
 *  ("rose to 40", "killed by"). */
const QUALIFIER_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'surrounding', 'of', 'inside', 'across', 'from', 'outside', 'as']);

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

interface Raw {
  sentence: Sentence;
  quantity: string;
  qStart: number;
  qEnd: number;
  low: number;
  high: number;
  range: boolean;
  hedge: 'approx' | 'at-least' | 'at-most' | null;
  vague: boolean;
  unit: string;
  thing: string;
  modifiers: string[];
  /** Token index after the unit, where qualifiers start. */
  after: number;
}

function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function hedgeBefore(tokens: readonly Token[], i: number): { hedge: Raw['hedge']; from: number } {
  const hedges = numberLexicon().hedges;
  for (const n of [3, 2, 1]) {
    if (i - n < 0) continue;
    const words = tokens.slice(i - n, i).map((t) => t.lower).join(' ');
    const h = hedges[words];
    if (h) return { hedge: h, from: i - n };
  }
  return { hedge: null, from: i };
}

function isExcluded(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Glued to a letter or a hyphenated word: an identifier (T2, F-16), not a count.
  if (prev && prev.end === t.start && (prev.kind === 'word' || (prev.text === '-' && tokens[i - 2]?.kind === 'word' && tokens[i - 2].end === prev.start))) return true;
  if (next && next.start === t.end && ORDINAL_SUFFIXES.has(next.lower)) return true;
  if ((prev && MONTHS.has(prev.lower)) || (next && MONTHS.has(next.lower))) return true;
  if (next?.text === ':' && tokens[i + 2]?.kind === 'num') return true;
  if (prev?.text === ':' && tokens[i - 2]?.kind === 'num') return true;
  if (next && TIME_WORDS.has(next.lower)) return true;
  // A list number at the start of a line ("1762. Mauritius ...").
  if (i === 0 && (next?.text === '.' || next?.text === ')') && sentence.text.trimStart().startsWith(t.text)) return true;
  const value = parseNumber(t.text);
  if (/^\d{4}$/.test(t.text) && value >= NUMBERS.yearFrom && value <= NUMBERS.yearTo) {
    const after = next?.kind === 'word' ? next.lower : '';
    if (!numberLexicon().countGroupOf.has(after) && !numberLexicon().measureNouns.includes(after)) return true;
  }
  return false;
}

/** The unit of a figure whose last number word is at token `i`: a unit word, a currency, or a count noun. */
function unitAfter(tokens: readonly Token[], i: number): { unit: string; thing: string; modifiers: string[]; after: number } | null {
  const lex = numberLexicon();
  const next = tokens[i + 1];
  if (!next) return null;
  if (next.text === '%') return { unit: '%', thing: '%', modifiers: [], after: i + 2 };
  const two = lex.phraseStarts.has(next.lower) && tokens[i + 2] ? `${next.lower} ${tokens[i + 2].lower}` : '';
  if (lex.units[two]) return { unit: lex.units[two], thing: lex.units[two], modifiers: [], after: i + 3 };
  if (lex.units[next.lower]) return { unit: lex.units[next.lower], thing: lex.units[next.lower], modifiers: [], after: i + 2 };
  if (lex.currencies[next.lower] && next.kind === 'word') return { unit: lex.currencies[next.lower], thing: lex.currencies[next.lower], modifiers: [], after: i + 2 };
  // "-year-old", "82-year-old": an age.
  if (next.text === '-' && /^years?-old$/.test(tokens[i + 2]?.lower ?? '')) return { unit: 'years old', thing: 'age', modifiers: [], after: i + 3 };
  const modifiers: string[] = [];
  let j = i + 1;
  if (tokens[j]?.lower === 'of') j++; // "hundreds of tents"
  for (; j < tokens.length && modifiers.length <= NUMBERS.maxModifiers; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return null;
    const isCountNoun = lex.countGroupOf.has(t.lower) || lex.measureNouns.includes(t.lower) || (!t.cap && t.pos === 'NOUN');
    if (isCountNoun) {
      const group = lex.countGroupOf.get(t.lower);
      return { unit: group ?? t.lower, thing: group ?? t.lower, modifiers, after: j + 1 };
    }
    if (t.cap || t.pos === 'ADJ') modifiers.push(t.text);
    else return null;
  }
  return null;
}

function outcomeNear(tokens: readonly Token[], from: number, to: number): string | null {
  const lex = numberLexicon();
  for (let j = Math.max(0, from); j < Math.min(tokens.length, to); j++) {
    const two = tokens[j + 1] ? `${tokens[j].lower} ${tokens[j + 1].lower}` : '';
    const hit = lex.outcomeOf.get(two) ?? lex.outcomeOf.get(tokens[j].lower);
    if (hit) return hit;
  }
  return null;
}

/** All figures of one sentence, in order. */
function figuresOf(sentence: Sentence, tokens: readonly Token[]): Raw[] {
  const lex = numberLexicon();
  const out: Raw[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let low: number;
    let high: number;
    let last = i;
    let vague = false;
    let currency: string | null = null;
    // Multi-word keys ("tens of thousands", "a dozen") are built only after a word that can open one.
    const phrase = lex.phraseStarts.has(t.lower);
    const two = phrase && tokens[i + 1] ? `${t.lower} ${tokens[i + 1].lower}` : '';
    const three = phrase && tokens[i + 2] ? `${two} ${tokens[i + 2].lower}` : '';
    if (t.kind === 'num') {
      if (isExcluded(tokens, i, sentence)) continue;
      low = high = parseNumber(t.text);
      const sym = tokens[i - 1];
      if (sym && sym.end === t.start && lex.currencies[sym.text]) currency = lex.currencies[sym.text];
    } else if (lex.vague[three] && tokens[i + 3]?.lower === 'of') {
      [low, high] = lex.vague[three];
      last = i + 2;
      vague = true;
    } else if (lex.vague[t.lower] && tokens[i + 1]?.lower === 'of') {
      [low, high] = lex.vague[t.lower];
      vague = true;
    } else if (lex.cardinals[two] !== undefined) {
      low = high = lex.cardinals[two];
      last = i + 1;
    } else if (lex.cardinals[t.lower] !== undefined && t.text === t.lower) {
      low = high = lex.cardinals[t.lower];
    } else continue;
    if (!vague) {
      const mult = tokens[last + 1];
      if (mult && lex.multipliers[mult.lower] && (mult.lower !== 'm' || currency)) {
        low *= lex.multipliers[mult.lower];
        high = low;
        last++;
      }
    }
    let range = false;
    const joiner = tokens[last + 1];
    const second = tokens[last + 2];
    if (!vague && joiner && RANGE_JOINERS.has(joiner.lower) && second?.kind === 'num' && !isExcluded(tokens, last + 2, sentence)) {
      const v = parseNumber(second.text) * (low !== parseNumber(t.text) && t.kind === 'num' ? low / parseNumber(t.text) : 1);
      if (v > low) {
        high = v;
        range = true;
        last += 2;
      }
    }
    const { hedge, from } = hedgeBefore(tokens, currency ? i - 1 : i);
    let unit = currency ? { unit: currency, thing: currency, modifiers: [], after: last + 1 } : unitAfter(tokens, last);
    // "Vargas, 82," : a bare number in commas after a name is an age.
    if (!unit && tokens[i - 1]?.text === ',' && tokens[i - 2]?.cap && tokens[last + 1]?.text === ',') unit = { unit: 'years old', thing: 'age', modifiers: [], after: last + 1 };
    // "200-300 families in Gao and 400-500 in Kidal": the second figure counts the same thing.
    if (!unit && out.length && ['in', 'at', 'for', 'near', 'inside', 'outside', 'across'].includes(tokens[last + 1]?.lower ?? '')) {
      const p = out[out.length - 1];
      unit = { unit: p.unit, thing: p.thing, modifiers: p.modifiers, after: last + 1 };
    }
    if (!unit) continue;
    const startTok = tokens[currency ? Math.min(from, i - 1) : from];
    const qStart = startTok.start;
    const qEnd = tokens[last].end;
    out.push({
      sentence, quantity: sentence.text.slice(qStart - sentence.start, qEnd - sentence.start), qStart, qEnd,
      low, high, range, hedge, vague, unit: unit.unit, thing: unit.thing, modifiers: unit.modifiers, after: unit.after,
    });
    i = Math.max(i, unit.after - 1);
  }
  return out;
}

/** The last name after the figure within its clause, preferring known places: "in the hills surrounding Tessit". */
function placeAfter(raw: Raw, tokens: readonly Token[], mentions: readonly Mention[], isPlace?: (name: string) => boolean): string | null {
  let end = tokens.length;
  let hasPreposition = false;
  for (let j = raw.after; j < tokens.length; j++) {
    const t = tokens[j];
    const spacedDash = t.text === '-' && tokens[j - 1]?.end < t.start && (tokens[j + 1]?.start ?? Infinity) > t.end;
    if (CLAUSE_PUNCTUATION.has(t.text) || spacedDash || (t.lower === 'and' && tokens[j + 1]?.kind === 'num') || (t.kind === 'num' && j > raw.after)) {
      end = j;
      break;
    }
    if (QUALIFIER_PREPOSITIONS.has(t.lower)) hasPreposition = true;
  }
  if (!hasPreposition) return null;
  const from = tokens[raw.after]?.start ?? Infinity;
  const to = end < tokens.length ? tokens[end].start : raw.sentence.end;
  const inClause = mentions.filter((m) => m.start >= from && m.end <= to && !lexiconEntry(m.text)?.type.match(/org/));
  const places = isPlace ? inClause.filter((m) => isPlace(m.text)) : [];
  const pick = (places.length ? places : inClause).at(-1);
  return pick ? pick.text : null;
}

/** Whose figure it is: a name among the modifiers ("UN peacekeepers"), or the name that opens the sentence ("The FLN is down to ..."). */
function ownerOf(raw: Raw, tokens: readonly Token[], mentions: readonly Mention[]): { written: string; canonical: string } | null {
  for (const m of raw.modifiers) {
    const entry = lexiconEntry(m);
    if (entry && entry.type !== 'place') return { written: m, canonical: entry.name };
  }
  // Only counts of people take the sentence's subject as owner: "IS ... lasted nine months" are not IS's months.
  if (!numberLexicon().countGroups[raw.thing]) return null;
  const first = mentions[0];
  if (first && first.start === tokens.find((t) => t.kind !== 'punct')?.start && first.end < raw.qStart) {
    const entry = lexiconEntry(first.text);
    if (entry && entry.type !== 'place') return { written: first.text, canonical: entry.name };
  }
  return null;
}

function mergeKey(f: NumberFact): string {
  return JSON.stringify([f.key, f.low, f.high, f.bound ?? '', f.quantity.toLowerCase(), f.unit]);
}

/** Every figure of the story; the same figure in the same words from several articles is one fact with all its sources. */
export function findNumbers(sentences: readonly Sentence[], articles: readonly Article[], opts: NumberOptions = {}, ctx: FactsContext = createFactsContext(articles)): NumberFact[] {
  prepare(ctx, sentences);
  const facts = new Map<string, NumberFact>();
  for (const sentence of sentences) {
    const tokens = tokensOf(ctx, sentence);
    const raws = figuresOf(sentence, tokens);
    if (!raws.length) continue;
    const mentions = findMentions(ctx, sentence);
    const attribution = attributionOf(sentence, tokens);
    for (const raw of raws) {
      const place = placeAfter(raw, tokens, mentions, opts.isPlace);
      const owner = ownerOf(raw, tokens, mentions);
      const qIndex = tokens.findIndex((t) => t.start === raw.qStart);
      const outcome = ['people', 'civilians', 'fighters', 'troops', 'children', 'refugees'].includes(raw.thing)
        ? outcomeNear(tokens, qIndex - 3, raw.after + 3) : null;
      const thing = outcome ? `${raw.thing} ${outcome}` : raw.thing;
      const modifiers = raw.modifiers.filter((m) => !owner || m !== owner.written);
      const unitWords = raw.unit === '%' || raw.unit === raw.thing && !/^[a-z]/.test(raw.unit) ? raw.unit : tokens.find((t) => t.start >= raw.qEnd && t.kind === 'word' && (numberLexicon().countGroupOf.get(t.lower) ?? t.lower) === raw.thing)?.lower ?? raw.unit;
      const subject = [owner?.written, ...modifiers, unitWords, outcome, place ? `in ${place}` : null].filter(Boolean).join(' ').replace(/\s+/g, ' ');
      const span: Span = { article: sentence.article, start: sentence.start, end: sentence.end };
      const fact: NumberFact = {
        kind: 'number', text: sentence.text, quantity: raw.quantity,
        value: raw.range ? [raw.low, raw.high] : raw.low, low: raw.low, high: raw.high,
        approx: raw.hedge !== null || raw.vague, unit: raw.unit, subject, attribution,
        key: { thing, owner: owner?.canonical ?? null, place: place ? aliasKey(place) : null },
        sources: [sentence.article], spans: [span],
        quantitySpans: [{ article: sentence.article, start: raw.qStart, end: raw.qEnd }],
        support: { outlets: 1, articles: 1 },
      };
      if (raw.hedge === 'at-least' || raw.hedge === 'at-most') fact.bound = raw.hedge;
      if (raw.vague) fact.vague = true;
      if (place) fact.place = place;
      const k = mergeKey(fact);
      const same = facts.get(k);
      if (same) {
        same.spans = sortSpans([...same.spans, span]);
        same.quantitySpans = sortSpans([...same.quantitySpans, ...fact.quantitySpans]);
        same.attribution ??= attribution;
      } else facts.set(k, fact);
    }
  }
  const out = [...facts.values()];
  for (const f of out) {
    f.sources = sourcesOf(f.spans);
    f.support = supportOf(f.sources, ctx);
  }
  return out.sort((a, b) => (a.spans[0].article < b.spans[0].article ? -1 : a.spans[0].article > b.spans[0].article ? 1 : a.quantitySpans[0].start - b.quantitySpans[0].start));
}

/** "2,300" or "2,000-2,500": a figure's interval written plainly. */
export function formatInterval(low: number, high: number): string {
  return low === high ? fmt(low) : `${fmt(low)}-${fmt(high)}`;
}
