// Where outlets give different figures for the same thing: same counted thing, unit, owner and place, different
// intervals, from different articles. Claims stand side by side with a conservative figure (ACLED's rule for
// disputed counts: the lowest credible figure).
import type { Span } from '../../types.js';
import { sortSpans, sourcesOf } from '../mentions/provenance.js';
import { formatInterval, type NumberFact } from './figures.js';
import { NUMBERS } from './tunables.js';

export interface Claim {
  /** The figure, written plainly: "2,300", "2,000-2,500", "more than 60". */
  value: string;
  low: number;
  high: number;
  /** The sentence of the first article that gives it. */
  text: string;
  sources: string[];
  spans: Span[];
  /** The distinct attributions of the articles giving this figure, joined with "; ", or null when none names one. */
  attribution: string | null;
  /** Each article's own words and attribution for this figure. */
  by: { article: string; quantity: string; attribution: string | null }[];
}

export interface Disagreement {
  subject: string;
  unit: string;
  /** The lowest figure any claim allows. */
  conservative: number;
  claims: Claim[];
}

/** Units of facts about one person or moment, never a disputed count. */
const UNCOMPARABLE_UNITS = new Set(['years old']);
const BOUND_WORDS = { 'at-least': 'more than ', 'at-most': 'up to ' } as const;

/** Same thing counted: counted noun, unit and place must match; owners must match when both are known. */
function sameSubject(a: NumberFact, b: NumberFact): boolean {
  return a.key.thing === b.key.thing && a.unit === b.unit && a.key.place === b.key.place &&
    (a.key.owner === null || b.key.owner === null || a.key.owner === b.key.owner);
}

/** Whether two figures cannot both be true: different intervals, unless a bound ("more than X") allows the other. */
function conflict(a: NumberFact, b: NumberFact): boolean {
  if (a.low === b.low && a.high === b.high && a.bound === b.bound) return false;
  const lo = (f: NumberFact) => (f.bound === 'at-most' ? 0 : f.low);
  const hi = (f: NumberFact) => (f.bound === 'at-least' ? Infinity : f.high);
  // A bound is a statement about every value on one side of it: compatible when the other figure lies within it.
  if (a.bound || b.bound) return !(lo(a) <= b.low && b.high <= hi(a)) && !(lo(b) <= a.low && a.high <= hi(b));
  return true;
}

function mostCommonLongest(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1))[0];
}

function claimsOf(group: readonly NumberFact[]): Claim[] {
  const byValue = new Map<string, NumberFact[]>();
  for (const f of group) {
    const k = `${f.low}|${f.high}|${f.bound ?? ''}`;
    byValue.set(k, [...(byValue.get(k) ?? []), f]);
  }
  const claims: Claim[] = [];
  for (const facts of byValue.values()) {
    const spans = sortSpans(facts.flatMap((f) => f.spans));
    const by = facts
      .flatMap((f) => f.sources.map((article) => ({ article, quantity: f.quantity, attribution: f.attribution })))
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
    const attributions = [...new Set(by.map((x) => x.attribution).filter((x): x is string => x !== null))];
    const first = facts[0];
    claims.push({
      value: (first.bound ? BOUND_WORDS[first.bound] : '') + formatInterval(first.low, first.high),
      low: first.low,
      high: first.high,
      text: first.text,
      sources: sourcesOf(spans),
      spans,
      attribution: attributions.length ? attributions.join('; ') : null,
      by,
    });
  }
  return claims.sort((a, b) => a.low - b.low || a.high - b.high || (a.value < b.value ? -1 : 1));
}

export interface DisagreementOptions {
  /** Publication day (ISO) of an article, or null when unknown. */
  published?: (article: string) => string | null;
}

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86400000);

/** The group's figures in time windows: dated figures split where reports are more than maxDaysApart apart. */
function timeWindows(group: NumberFact[], published: DisagreementOptions['published']): NumberFact[][] {
  if (!published) return [group];
  const dated: { f: NumberFact; day: number }[] = [];
  const undated: NumberFact[] = [];
  for (const f of group) {
    const days = f.sources.map((a) => published(a)).filter((d): d is string => !!d).map(dayOf);
    if (days.length === 0) undated.push(f);
    else dated.push({ f, day: Math.min(...days) });
  }
  if (dated.length === 0) return [group];
  dated.sort((a, b) => a.day - b.day);
  const windows: NumberFact[][] = [];
  let last = -Infinity;
  for (const { f, day } of dated) {
    if (day - last > NUMBERS.maxDaysApart || windows.length === 0) windows.push([]);
    windows[windows.length - 1].push(f);
    last = day;
  }
  // Figures that cannot be placed in time are compared within every window (group order kept).
  return windows.map((w) => group.filter((f) => w.includes(f) || undated.includes(f)));
}

/** One disagreement per subject (and time) on which different articles give conflicting figures. */
export function findDisagreements(numbers: readonly NumberFact[], opts: DisagreementOptions = {}): Disagreement[] {
  // Only figures whose subject is pinned down (a place, an owner, or an outcome such as "people killed") are
  // compared: "30 miles" and "45 miles" in one story are usually distances between different things.
  const candidates = numbers.filter((f) => !f.vague && f.unit && !UNCOMPARABLE_UNITS.has(f.unit) &&
    (f.key.place !== null || f.key.owner !== null || f.key.thing !== f.unit));
  // Greedy grouping in a fixed order: a figure joins the first group all of whose members count the same thing.
  const groups: NumberFact[][] = [];
  for (const f of candidates) {
    const home = groups.find((g) => g.every((x) => sameSubject(x, f)));
    if (home) home.push(f);
    else groups.push([f]);
  }
  const out: Disagreement[] = [];
  for (const group of groups.flatMap((g) => timeWindows(g, opts.published))) {
    const conflicting = group.some((a) => group.some((b) => a !== b && conflict(a, b) &&
      a.sources.some((s) => !b.sources.includes(s)) && b.sources.some((s) => !a.sources.includes(s))));
    if (!conflicting) continue;
    // One article giving two conflicting figures for "the same" subject means the subject is several things
    // (two attacks, two tolls): outlets are not disagreeing.
    const selfConflict = group.some((a) => group.some((b) => a !== b && conflict(a, b) && a.sources.some((s) => b.sources.includes(s))));
    if (selfConflict) continue;
    const claims = claimsOf(group);
    out.push({
      subject: mostCommonLongest(group.map((f) => f.subject)),
      unit: group[0].unit,
      conservative: Math.min(...claims.map((c) => c.low)),
      claims,
    });
  }
  return out.sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}
