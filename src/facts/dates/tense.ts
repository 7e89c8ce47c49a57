// Tense of a sentence, and of the clause around one date expression, from cheap surface markers.
// News reports events in the simple past ("said Thursday", "was arrested on Friday") and
// plans with modal or scheduling words ("will meet Friday", "is scheduled for Monday").

export type Tense = 'past' | 'future' | 'present';

/** Markers that make a clause future; the scheduling ones bind to a date right after them. */
const FUTURE = /\b(?:will|won't|shall|'ll|going to|gonna|(?:is|are|am)\s+(?:not\s+)?(?:to|due|set|scheduled|expected|slated|likely|planned|poised|about)|scheduled|slated|due to|plans? to|planning to|intends? to|hopes? to|expects? to|likely to|set to|upcoming|next|tomorrow|prepares? to|(?:predicted|forecast|planned|set|slated|scheduled|expected|due)\s+(?:for|on))\b/gi;

/**
 * A plan seen from the past ("was expected to", "had been scheduled", "would") or a modal ("must", "could"):
 * the day may lie on either side of publication, so these read as present (the nearer day). "planned" is PLANNED.
 * A deadline is the same ("extended its deadline until Tuesday" in a Monday story is tomorrow).
 */
const PLAN_IN_PAST = /\b(?:deadlines?(?=\s+(?:until|to|of|for)\b)|would|could|might|may|must|should|can|(?:was|were)\s+(?:not\s+)?(?:to|due|set|scheduled|expected|slated|likely|planned|poised|about)|had\s+been\s+(?:scheduled|expected|due|set|planned|slated))\b/gi;

/**
 * "planned": a plan told in the past. The day in its own clause is the plan's ("planned to leave on Thursday"), on
 * either side of publication; a date in another clause ("On Friday, the government planned to...") dates the
 * planning, a past act.
 */
const PLANNED = /\bplanned\b/gi;

/** Irregular simple-past verbs that newswire uses most (regular ones are caught by "-ed"). */
const PAST_IRREGULAR =
  'said|told|was|were|had|did|went|came|took|made|gave|got|began|left|met|held|found|brought|fell|rose|won|lost|ran|saw|sent|spent|struck|hit|killed|shot|put|set|led|fled|fought|broke|spoke|wrote|thought|felt|kept|paid|sold|bought|built|stood|drove|flew|threw|knew|became|tried|chose|woke|sought|caught|taught|stole|froze|swore|rang|sank|sang|shook|slid|overthrew|withdrew|undertook|upheld|bit|hid|lit|dealt|meant|heard|cut|hurt|bade|ate|drank|swam|wore|tore|bore|swept|slept|wept|crept|leapt|knelt|dug|clung|flung|hung|strung|swung|stung|sprang|shrank|stank|strove|rode|arose|awoke|forgave|forgot|forbade|mistook|overtook|foresaw|underwent|overcame|withheld|wound|ground|bound';

/** A simple past, or a perfect ("has arrested", "had been") with past meaning. */
const PAST = new RegExp(`\\b(?:(?:has|have|had)\\s+(?:been|[a-z]+ed|${PAST_IRREGULAR})|${PAST_IRREGULAR}|[a-z]{2,}ed)\\b`, 'g');
/** A participle after a form of "be" takes its tense from that auxiliary ("was held", "will be held", "is expected"). */
const AFTER_BE = /\b(?:is|are|am|be|been|being|was|were|to)\s+$/;
/** After a modal or "to" a verb is a base form, even when it looks like a past ("will hit", "to set"). */
const AFTER_MODAL = /\b(?:will|would|shall|could|should|can|may|might|must|to|'ll|did|does|do|not)\s+$/i;
/** Words ending in "-ed" that are not verbs, or are mostly adjectives in news ("alleged", "armed"). */
const NOT_PAST_ED = /^(?:need|indeed|speed|proceed|seed|feed|bed|red|shed|hundred|breed|greed|deed|weed|creed|steed|bleed|succeed|exceed|embed|sacred|naked|wicked|kindred|wretched|rugged|ragged|jagged|beloved|aged|alleged|armed|united|based|related|detailed|advanced|limited|concerned|interested|supposed|skilled|experienced|talented|renowned|dedicated)$/i;
/** A determiner or a degree word before an "-ed" word makes it an adjective ("a still unspecified date", "the injured"). */
const ADJECTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these|those|still|newly|so-called)\s+$/i;
/** Present-tense auxiliaries and the reporting verbs news uses in the present. */
const PRESENT = /\b(?:is|are|am|does|do|has|have|remains?|continues?|says|tells|shows)\b/gi;

/** Where a clause ends: punctuation, quotes and the conjunctions that start a new finite clause. */
const CLAUSE_BREAK = /[;:()]|,|\s_\s|--|—|``|''|"|\b(?:that|but|while|whereas|although|because|after|before|when|as|which|who|where|and then)\b/gi;

interface Marker {
  index: number;
  end: number;
  tense: Tense;
  /** The tense the marker gives a date outside its clause, when not `tense` (PLANNED). */
  remote?: Tense;
}

function markers(text: string): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(PLAN_IN_PAST)) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tense: 'present' });
  for (const m of text.matchAll(FUTURE)) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tense: 'future' });
  for (const m of text.matchAll(PLANNED)) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tense: 'present', remote: 'past' });
  for (const m of text.matchAll(PAST)) {
    const index = m.index ?? 0;
    const word = m[0];
    const lead = text.slice(Math.max(0, index - 8), index);
    if (AFTER_MODAL.test(lead) || (!/\s/.test(word) && AFTER_BE.test(lead))) continue;
    if (/^[a-z]+ed$/.test(word) && (NOT_PAST_ED.test(word) || ADJECTIVE_BEFORE.test(lead))) continue;
    if (word === 'planned') continue; // PLANNED reads it
    found.push({ index, end: index + word.length, tense: 'past' });
  }
  for (const m of text.matchAll(PRESENT)) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tense: 'present' });
  // The longest marker at a position wins and hides the ones inside it ("is scheduled" is not "is").
  found.sort((a, b) => a.index - b.index || b.end - a.end || rank(a.tense) - rank(b.tense));
  const kept: Marker[] = [];
  for (const m of found) if (kept.length === 0 || m.index >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/** On the same position a future marker ("is scheduled") outranks the present or past it contains. */
function rank(t: Tense): number {
  return t === 'future' ? 0 : t === 'past' ? 1 : 2;
}

/**
 * The tense of a whole sentence: future if it says so anywhere, else past if any past verb, else present. A plan
 * told in the past ("planned") counts as the past act it is.
 */
export function sentenceTense(text: string): Tense {
  const all = markers(text);
  if (all.some((m) => m.tense === 'future')) return 'future';
  if (all.some((m) => (m.remote ?? m.tense) === 'past')) return 'past';
  return 'present';
}

/** "Monday's upcoming trial", "Friday's scheduled vote": a plan named right after the date. */
const PLAN_AFTER = /^(?:'s)?\s+(?:upcoming|scheduled|planned|expected|proposed|forthcoming)\b/i;

/** Tenses of many expressions of one text, read from one pass over it (linear in the text, log per expression). */
export interface TenseIndex {
  /** A plan word right after the words ("Monday's upcoming trial"), else `clause`. */
  at(start: number, end: number): Tense;
  /**
   * The nearest marker before the words in their clause, else the first one after them in their clause, else
   * (a clause without a verb: "In Friday's attack") the nearest verb of the text, before it first.
   */
  clause(start: number, end: number): Tense;
}

export function tenseIndex(text: string): TenseIndex {
  const all = markers(text);
  // Clause breaks in text order; matchAll's matches do not overlap, so their ends are increasing too.
  const breakStarts: number[] = [];
  const breakEnds: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    breakStarts.push(m.index ?? 0);
    breakEnds.push((m.index ?? 0) + m[0].length);
  }
  const markerEnds = all.map((m) => m.end);
  const markerStarts = all.map((m) => m.index);
  const clause = (start: number, end: number): Tense => {
    const b = lastAtMost(breakEnds, start);
    const from = b >= 0 ? breakEnds[b] : 0;
    const n = firstAtLeast(breakStarts, end);
    const to = n < breakStarts.length ? breakStarts[n] : text.length;
    const before = lastAtMost(markerEnds, start);
    if (before >= 0 && markerStarts[before] >= from) return all[before].tense;
    const after = firstAtLeast(markerStarts, end);
    if (after < all.length && all[after].end <= to) return all[after].tense;
    if (before >= 0) return all[before].remote ?? all[before].tense;
    if (after < all.length) return all[after].remote ?? all[after].tense;
    return 'present';
  };
  return {
    clause,
    at: (start, end) => (PLAN_AFTER.test(text.slice(end, end + 20)) ? 'future' : clause(start, end)),
  };
}

/** Index of the last element <= x in an increasing array, -1 if none. */
function lastAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first element >= x in an increasing array, length if none. */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
