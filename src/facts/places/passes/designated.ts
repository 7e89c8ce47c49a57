// Pass 4, designated: names the text calls places ("the village of Al-Obeidi", "Jabbab district", "Lake Titicaca",
// "Pingilikani, Kenya") that the gazetteer lacks: kept, unresolved, as places of the kind the text says.
import type { Sentence } from '../../../types.js';
import { SPLITTERS, isPlain, type ContextWords } from '../context.js';
import { noHits, type Gazetteer } from '../gazetteer.js';
import type { StoryLookups } from '../lookups.js';
import { joins, runs } from '../runs.js';
import { GATE } from '../tunables.js';
import type { ListMembers, Match, Resolved, Token } from '../types.js';

/**
 * "Pingilikani, Kenya", "Greenlane, Auckland": the place that qualifies the run ending at token `re`, when the next
 * run, after a comma, is wholly a country, a state or province or a large city and ends the clause (a stop, a comma,
 * a dash, a bracket, "and"); else null. A name so qualified is a place the gazetteer lacks.
 */
function qualifiedBy(s: Sentence, tokens: Token[], re: number, story: StoryLookups): string | null {
  const first = tokens[re + 1];
  if (first === undefined || !/^,\s*$/.test(first.gap) || !first.cap) return null;
  let k = re + 1;
  while (k + 1 < tokens.length && joins(tokens, k + 1) && tokens[k + 1].cap) k++;
  if (tokens[k].possessive || tokens[k].compound) return null;
  const after = tokens[k + 1];
  if (after !== undefined && !/^\s*[,.;:)\u2014\u2013]/.test(after.gap) && !(after.lower === 'and' && /^\s+$/.test(after.gap))) return null;
  const text = s.text.slice(first.start - s.start, tokens[k].end - s.start);
  const ok = story.hitsOf(story.keyOf(text)).some((h) => h.primary && (h.entry.kind === 'country' || h.entry.featureCode === 'ADM1' || (h.entry.kind === 'city' && h.entry.population >= GATE.bigCity)));
  return ok ? text : null;
}

/** Names called places ("the village of Al-Obeidi", "Jabbab district") that the gazetteer does not know. */
export function unknownDesignated(s: Sentence, tokens: Token[], taken: Set<number>, gaz: Gazetteer, w: ContextWords, story: StoryLookups, members: ListMembers): Match[] {
  const out: Match[] = [];
  // "the villages of A, B and C": a plural designator calls each name of the list after it a place of its kind (members).
  for (const [rs, re] of runs(tokens)) {
    let a = rs;
    while (a <= re && (isPlain(tokens[a], w) || w.titles.has(tokens[a].lower))) a++;
    if (a > re) continue;
    const listed = members.get(a);
    // "Lake Titicaca", "Fort Detrick": the run opens with a landform's or a fort's word and goes on with a name (not a
    // street's or a site's: "Lake Street", "Mount Pleasant Park" are theirs). The opening word alone may be a town's
    // name the gazetteer matched ("Lake"): the run is still the landform's.
    // Not "County" before a name the gazetteer lacks: "County Coroner", "County Clerk" are offices (a county the
    // gazetteer knows is read by annotate.ts).
    const openerWord = a < re && /^ +$/.test(tokens[a + 1].gap) ? w.featuresBefore.get(tokens[a].lower.replace(/\.$/, '')) : undefined;
    const opener = openerWord === 'admin' ? undefined : openerWord;
    const openerOk = opener !== undefined && !w.streetWords.has(tokens[re].lower) && !w.facilityWords.has(tokens[re].lower);
    let covered = false;
    for (let k = rs; k <= re; k++) if (taken.has(tokens[k].start) && !(openerOk && k === a)) covered = true;
    if (covered && listed === undefined) continue;
    let orgOrName = false;
    for (let k = a; k <= re; k++) if (w.orgWords.has(tokens[k].lower) || w.titles.has(tokens[k].lower)) orgOrName = true;
    if (orgOrName || tokens[re].compound) continue;
    // "African state", "Scottish village": an adjective, not a name.
    const firstKey = story.keyOf(tokens[a].text);
    if (a === re && (gaz.demonym(firstKey) !== null || w.commonWords.has(firstKey) || /(?:ish|ese|ian)$/.test(firstKey))) continue;
    if (rs > 0 && w.titles.has(tokens[rs - 1].lower)) continue;
    const surface = s.text.slice(tokens[a].start - s.start, tokens[re].end - s.start);
    // Keys from the story's memo (the same runs recur across its sentences); the match is made once the run is kept.
    const key = story.keyOf(surface);
    if (key.length < 3) continue;
    let hint: Match['hint'] = null;
    let hintText: string | null = null;
    const next = tokens[re + 1];
    const p1 = tokens[a - 1];
    const p2 = tokens[a - 2];
    const nextKind = next !== undefined && /^\s+$/.test(next.gap) && !next.cap ? w.after.get(next.lower) : undefined;
    const beforeKind = p1 !== undefined && p2 !== undefined && p1.lower === 'of' && a === rs ? w.before.get(p2.lower) : undefined;
    if (nextKind !== undefined) {
      hint = nextKind;
      hintText = `"${surface} ${next.text}"`;
    } else if (openerOk) {
      hint = opener;
      hintText = `"${surface}"`;
    } else if (beforeKind !== undefined && beforeKind !== 'country' && p2.lower !== 'edge' && p2.lower !== 'edges' && p2.lower !== 'center' && p2.lower !== 'centre') {
      hint = beforeKind;
      hintText = `"${p2.text} of ${surface}"`;
    } else if (listed !== undefined) {
      hint = listed.kind;
      hintText = `a list after "${listed.word} of"`;
    } else {
      const q = p1 !== undefined && p1.cap ? null : qualifiedBy(s, tokens, re, story);
      if (q === null) continue;
      hint = 'city';
      hintText = `"${surface}, ${q}"`;
    }
    const m: Match = {
      sentence: s, tokens, i: a, j: re, surface, key, hits: noHits(), demonym: null, notPlace: null, personLike: false,
      hint, hintText, locative: false, qualifier: null, contextCountry: null, personSure: false, inOrg: false, landform: undefined,
    };
    // "the villages of Foua and Kfraya": two places, each called a village; "... on Monday" is no part of a name; a
    // part the gazetteer matched is its match's.
    let from = a;
    for (let k = a; k <= re + 1; k++) {
      if (k <= re && !SPLITTERS.has(tokens[k].lower)) continue;
      let partCovered = false;
      for (let c = from; c < k; c++) if (taken.has(tokens[c].start) && !(openerOk && c === a)) partCovered = true;
      if (k - 1 >= from && tokens[k - 1].cap && !(k - 1 === from && isPlain(tokens[from], w)) && !partCovered) {
        const part = from === a && k - 1 === re ? surface : s.text.slice(tokens[from].start - s.start, tokens[k - 1].end - s.start);
        const partKey = story.keyOf(part);
        if (partKey.length >= 3) out.push({ ...m, i: from, j: k - 1, surface: part, key: partKey });
      }
      from = k + 1;
    }
  }
  return out;
}

/** The designated names as unresolved places, but for the names the story uses for persons. */
export function designatedReadings(designated: Match[], personKeys: ReadonlyMap<string, boolean>): Resolved[] {
  const resolved: Resolved[] = [];
  for (const m of designated) {
    if (personKeys.has(m.key)) continue;
    resolved.push({ match: m, choice: null, basis: `not in gazetteer; called a place by ${m.hintText}`, unresolvedKind: m.hint });
  }
  return resolved;
}
