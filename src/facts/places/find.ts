// Places named in a story: find capitalized names in the sentences that the gazetteer knows, drop
// the ones that are people, organisations or common words in context, and resolve each to one
// gazetteer entry using what the whole story says (its countries, its provinces, "the city of X",
// "X, Iraq") with population as the prior. Names a sentence calls a place ("the Jabbab district")
// but the gazetteer lacks stay in the list, unresolved, with no coordinates: never a guess.

import type { Article, Sentence, Span } from '../../types.js';
import { homeCountries } from './home.js';
import { ARTICLE_WORDS, canonicalKey, loadGazetteer, type GazEntry, type GazHit, type Gazetteer, type PlaceKind } from './gazetteer.js';
import { CONNECTORS, DOTTED, SPLITTERS, contextWords, isPlain, isPreposition, type ContextWords } from './context.js';
import { GATE, MAIN_PLACE_MIN_SHARE, PAIR_CITY_POPULATION, SCORE, STATE_LIST } from './tunables.js';
import type { Choice, Evidence, FindPlacesOptions, KeyEvidence, ListMembers, Match, Place, PlaceMention, Qualifier, Resolved, Token } from './types.js';

export type { FindPlacesOptions, Place, PlaceMention } from './types.js';


// Lowercase Arabic article glued to a capitalized word: "al-Qaim", "el-Arish", "ez-Zor".
const ARTICLE_PREFIX = /^(al|el|ad|ar|as|ash|at|az|ez|an|ed|er|es|et|en|ul|ud)[-‐]\p{Lu}/u;
const PLAIN_WORD = /^[a-z0-9]+$/;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.\-‐][\p{L}\p{N}]+)*/gu;

function tokenize(s: Sentence, gaz: Gazetteer, w: ContextWords): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of s.text.matchAll(TOKEN)) {
    let text = m[0];
    const at = m.index ?? 0;
    // Most words are plain lowercase words or numbers: no name, no possessive, no compound to cut (the fast path).
    if (PLAIN_WORD.test(text)) {
      out.push({ text, start: s.start + at, end: s.start + at + text.length, lower: text, cap: false, allCaps: false, possessive: false, compound: false, gap: s.text.slice(prevEnd, at) });
      prevEnd = at + text.length;
      continue;
    }
    // "mid-Ohio", "made-in-China", "anti-American": a lowercase prefix before a place or a demonym; the place is
    // a mention of its own (only where it is one: "e-Commerce" is none).
    const prefixed = text.includes('-') || text.includes('‐') ? PREFIXED_PLACE.exec(text) : null;
    if (prefixed !== null && pairPart(prefixed[2], gaz, w)) {
      const from = at + prefixed[1].length;
      out.push({
        text: prefixed[2], start: s.start + from, end: s.start + from + prefixed[2].length, lower: prefixed[2].toLowerCase(), cap: true,
        allCaps: false, possessive: false, compound: false, gap: s.text.slice(prevEnd, from),
      });
      prevEnd = at + text.length;
      continue;
    }
    let possessive = false;
    let compound = false;
    if (/['’]s$/i.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    // "U.S.", "B.C.": an abbreviation written with periods keeps its last one (the match stops before it).
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text) && s.text[at + text.length] === '.') text += '.';
    // "Ky.", "Calif.": a state's abbreviation keeps its period too.
    // Not "Texas." (a state's own name) nor "Man." ending a sentence: a word the gazetteer knows keeps its period only
    // after a comma ("Winnipeg, Man.").
    else if (
      /^\p{Lu}\p{Ll}{1,4}$/u.test(text) && s.text[at + text.length] === '.' && gaz.qualifier(canonicalKey(text)) !== null &&
      !gaz.lookup(canonicalKey(text)).some((h) => h.entry.featureCode === 'ADM1') &&
      (gaz.lookup(canonicalKey(text)).length === 0 || /,\s*$/.test(s.text.slice(Math.max(0, at - 3), at)))
    ) text += '.';
    // "Russia-Turkey ties", "German-Iraqi boy", "Israeli-Palestinian talks": a pair of places joined by a hyphen is
    // one mention each (not "Guinea-Bissau" or "Winston-Salem", names of their own).
    const pair = !possessive ? placePair(text, gaz, w) : null;
    if (pair) {
      let from = at;
      pair.forEach((part, k) => {
        out.push({
          text: part, start: s.start + from, end: s.start + from + part.length, lower: part.toLowerCase(), cap: true,
          allCaps: part.length >= 2 && part === part.toUpperCase(), possessive: false, compound: false,
          gap: k === 0 ? s.text.slice(prevEnd, at) : s.text[from - 1],
        });
        from += part.length + 1;
      });
      prevEnd = at + m[0].length;
      continue;
    }
    const parts = text.split(/[-‐]/);
    if (parts.length > 1 && /^\p{Ll}/u.test(parts[parts.length - 1]) && !ARTICLE_PREFIX.test(text)) {
      let keep = parts.length - 1;
      while (keep > 0 && /^\p{Ll}/u.test(parts[keep - 1])) keep--;
      if (keep > 0) {
        text = parts.slice(0, keep).join('-');
        compound = true;
      }
    }
    const after = s.text.slice(at + text.length, at + text.length + 4);
    if (/^\s?[-‐]\s?\p{Ll}/u.test(after) && !possessive) compound = true;
    const letters = text.replace(/[^\p{L}]/gu, '');
    out.push({
      text,
      start: s.start + at,
      end: s.start + at + text.length,
      lower: text.toLowerCase(),
      cap: /^\p{Lu}/u.test(text) || ARTICLE_PREFIX.test(text) || /^\p{N}/u.test(text) === false && /^\p{Lu}/u.test(letters),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      compound,
      gap: s.text.slice(prevEnd, at),
    });
    prevEnd = Math.max(at + m[0].length, at + text.length);
  }
  return out;
}

/**
 * The parts of a hyphenated word that joins places ("Russia-Turkey", "Turkish-Russian", "U.S.-Mexico"), or null:
 * every part capitalised and a country, a state or province, a large city or a demonym (not a compass word) or an
 * acronym beside one ("Canada-EU"), and the whole word no name of its own. A person's double name
 * ("Lloyd-Jackson") has a part that is none of these.
 */
function placePair(text: string, gaz: Gazetteer, w: ContextWords): string[] | null {
  if (!/[-‐]/.test(text)) return null;
  const parts = text.split(/[-‐]/);
  if (parts.length > 3 || parts.some((p) => !/^\p{Lu}[\p{L}.]+$/u.test(p))) return null;
  if (gaz.lookup(canonicalKey(text)).length > 0) return null;
  // An organisation's acronym may stand beside the place ("Canada-EU trade", "EU-Canada deal").
  const places = parts.filter((p) => pairPart(p, gaz, w));
  return places.length > 0 && parts.every((p) => places.includes(p) || /^\p{Lu}{2,5}$/u.test(p)) ? parts : null;
}

/** A word that stands for a place inside a hyphenated word: a country, a state or province, a large city or a
 *  demonym, not a compass word ("Calgary-North West": a compass word names a region only with what follows it). */
function pairPart(p: string, gaz: Gazetteer, w: ContextWords): boolean {
  const key = canonicalKey(p);
  if (w.directions.has(key)) return false;
  return gaz.demonym(key) !== null || gaz.lookup(key).some((h) => h.primary && (h.entry.kind === 'country' || h.entry.featureCode === 'ADM1' ||
    (h.entry.kind === 'city' && h.entry.population >= PAIR_CITY_POPULATION)));
}

/** A lowercase prefix (one to three hyphenated words) and the capitalised word after it: "mid-Ohio", "made-in-China". */
const PREFIXED_PLACE = /^((?:\p{Ll}+[-‐]){1,3})(\p{Lu}[\p{L}.]*)$/u;

/**
 * The civic word a town's name is followed by ("police", "Mayor", "Superior Court", "City Council"), within the next
 * three words when they are capitalised (a name's rest) or the next one when lowercase, or null.
 */
function civicAfter(tokens: Token[], j: number, w: ContextWords): string | null {
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^\s+$/.test(t.gap)) return null;
    if (w.civicWords.has(t.lower)) return t.text;
    if (!t.cap) return null;
  }
  return null;
}

/** What follows a dateline's place (and its state or country, after a comma): an agency in brackets, or a dash. */
const DATELINE_AFTER = /^\s*(,[^()—–]{0,40})?(\(|\s*(?:[—–]|--|-\s))/;

/** Can token i continue the name run that token i-1 is in? */
function joins(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev.possessive || prev.compound) return false;
  const gap = tokens[i].gap;
  if (/^[ \t]*\n?[ \t]*$/.test(gap) && gap.length > 0) return true;
  // "Gen. Augusto", "St. Louis": the period belongs to an abbreviation.
  // A middle initial ("Charles W. Murphy") keeps a person's name in one run.
  return /^\.\s+$/.test(gap) && (DOTTED.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
}

/** The maximal runs of capitalized words (with connectors inside) as [start, end] token indexes. */
function runs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joins(tokens, j + 1) && (tokens[j + 1].cap || CONNECTORS.has(tokens[j + 1].lower))) j++;
    while (j > i && !tokens[j].cap) j--;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/**
 * One story's answers to the questions findMatches asks of every run of capitalized words, kept for the story: a
 * surface's canonical key, and a key's gazetteer hits (misses too, which the gazetteer itself does not keep). A story
 * names its places and people again and again; both answers depend on the string alone.
 */
interface StoryLookups {
  keyOf(surface: string): string;
  hitsOf(key: string): GazHit[];
  /** Whether a run whose key so far is `key` can still become a name (Gazetteer.startsKey, with findMatches's "al "). */
  canGrow(key: string): boolean;
}

function storyLookups(gaz: Gazetteer): StoryLookups {
  const keys = new Map<string, string>();
  const hits = new Map<string, GazHit[]>();
  const grows = new Map<string, boolean>();
  return {
    canGrow(key) {
      let g = grows.get(key);
      if (g === undefined) {
        // A last word such as "ad" becomes "al" once a word follows (canonicalKey): no bound from it. A key with
        // "al " is also looked up without it (findMatches).
        const last = key.slice(key.lastIndexOf(' ') + 1);
        g = ARTICLE_WORDS.has(last) || gaz.startsKey(key) || (key.startsWith('al ') && gaz.startsKey(key.slice(3)));
        grows.set(key, g);
      }
      return g;
    },
    keyOf(surface) {
      let k = keys.get(surface);
      if (k === undefined) keys.set(surface, (k = canonicalKey(surface)));
      return k;
    },
    hitsOf(key) {
      let h = hits.get(key);
      if (h === undefined) hits.set(key, (h = gaz.lookup(key)));
      return h;
    },
  };
}

function findMatches(s: Sentence, tokens: Token[], gaz: Gazetteer, w: ContextWords, lowercaseWords: Set<string>, story: StoryLookups, members: ListMembers): Match[] {
  const out: Match[] = [];
  for (const [rs, re] of runs(tokens)) {
    const inRun: Match[] = [];
    let i = rs;
    while (i <= re) {
      if (!tokens[i].cap) {
        i++;
        continue;
      }
      let found: Match | null = null;
      // The longest run worth trying: lengthened only while its key so far begins some name or demonym (a key that
      // begins none is none, and no longer run's key can be one: it starts with this key). In a run of capitals
      // that names nothing, each start then costs two look-ups, not GATE.maxWords.
      let longest = Math.min(GATE.maxWords, re - i + 1);
      for (let len = 2; len <= longest; len++) {
        if (story.canGrow(story.keyOf(s.text.slice(tokens[i].start - s.start, tokens[i + len - 1].end - s.start)))) continue;
        longest = len - 1;
      }
      for (let len = longest; len >= 1 && found === null; len--) {
        const j = i + len - 1;
        if (!tokens[j].cap) continue;
        let stop = false;
        for (let k = i; k < j; k++) if (tokens[k].possessive || tokens[k].compound) stop = true;
        if (stop) continue;
        const t0 = tokens[i];
        // Nor is a place designator alone ("Westminster City Council", "Camborne Town Council"): it is the rest of a name.
        if (len === 1 && (w.functionWords.has(t0.lower) || w.commonWords.has(t0.lower) || w.orgWords.has(t0.lower) || w.calendar.has(t0.lower) || w.titles.has(t0.lower) || w.directions.has(t0.lower) ||
          w.after.has(t0.lower) || w.before.has(t0.lower))) continue;
        const surface = s.text.slice(tokens[i].start - s.start, tokens[j].end - s.start);
        const key = story.keyOf(surface);
        if (key === '') continue;
        const demonym = gaz.demonym(key);
        let hits = story.hitsOf(key);
        // "al-Ramadi" for "Ramadi"; but "As Iraq makes..." is English "as", not an article.
        if (hits.length === 0 && key.startsWith('al ') && !w.functionWords.has(t0.lower)) hits = story.hitsOf(key.slice(3));
        // Short all-capital words are acronyms unless they are a country's abbreviation.
        if (len === 1 && t0.allCaps && t0.text.length <= GATE.shortAcronym) hits = hits.filter((h) => h.entry.kind === 'country');
        // A state's abbreviation with its period: a mention of the state when dotted inside ("B.C.") or when it
        // qualifies the place before it ("Laurel County, Ky."); elsewhere "Man." or "Wash." may be a word.
        // Without its period only after "Town, ": "EDMONTON, Ky (WBKO)" (elsewhere "Pa" or "Va" may be a word).
        const qualifierSpot = i > 0 && /^,\s*$/.test(t0.gap) && tokens[i - 1].cap;
        const abbr = len === 1 && (t0.text.endsWith('.') || (qualifierSpot && /^\p{Lu}\p{Ll}{1,3}$/u.test(t0.text))) ? gaz.qualifier(key) : null;
        const abbrEntry = abbr !== null && (/\..*\./.test(t0.text) || (i > 0 && /^,\s*$/.test(t0.gap) && tokens[i - 1].cap)) ? gaz.admin(abbr.country, abbr.admin1) : null;
        if (abbrEntry !== null) hits = [{ entry: abbrEntry, primary: true }];
        // "The Philippines" opening a sentence: the article is the sentence's, not the name's, unless the name's own main
        // form holds it ("The Hague"); the name is matched without it.
        if (len > 1 && t0.lower === 'the' && !hits.some((h) => canonicalKey(h.entry.name) === key)) continue;
        if (hits.length === 0 && demonym === null) continue;
        // "Dublin City Council": "Dublin City" is an alternate name of Dublin or a district's name; the mention is
        // "Dublin" (not so for "Mexico City", a city's main name).
        // Not where no organisation's or site's name goes on after it: "Quebec City and Halifax" is the city's name.
        const onward = tokens[j + 1];
        const nameGoesOn = onward !== undefined && /^\s+$/.test(onward.gap) && ((onward.cap && !CONNECTORS.has(onward.lower)) || w.orgWords.has(onward.lower) || w.facilityWords.has(onward.lower));
        if (len > 1 && w.after.get(tokens[j].lower) === 'city' && hits.every((h) => !h.primary || h.entry.kind !== 'city') && nameGoesOn) continue;
        // "Laurel County", "Anbar Province": the name carries its own designator.
        const ownKind = len > 1 ? w.after.get(tokens[j].lower) : undefined;
        const hint: PlaceKind | null = abbrEntry !== null ? 'admin' : ownKind === 'admin' ? 'admin' : null;
        found = {
          sentence: s, tokens, i, j, surface, key, hits: demonym !== null ? [] : hits, demonym, notPlace: null, personLike: false,
          hint, hintText: hint !== null ? `"${surface}"` : null, locative: false, qualifier: null, contextCountry: null,
        };
      }
      if (found === null) {
        i++;
        continue;
      }
      // "Southern California", "North London", "Greater Toronto": a capitalised compass word before the place is
      // part of the mention (the region of the place, placed at the place); its key stays the place's. Not before a
      // country ("Western Canada", "Eastern China"): the part of a country is written as a description of the country,
      // the mention being the country's name (a region that is a name of its own, "South Africa", is matched whole).
      const prev = found.i > rs ? tokens[found.i - 1] : undefined;
      if (prev !== undefined && w.regionWords.has(prev.lower) && /^ +$/.test(tokens[found.i].gap) && (inRun.length === 0 || inRun[inRun.length - 1].j < found.i - 1) &&
        found.demonym === null && !found.hits.some((h) => h.entry.kind === 'country')) {
        found.i--;
        found.surface = s.text.slice(tokens[found.i].start - s.start, tokens[found.j].end - s.start);
      }
      // "Salinas Valley", "Danube Delta": a capitalised landform word after the place names the landform, one mention
      // (its key stays the place's); the text calls it a place (a region).
      const nextWord = found.j < re ? tokens[found.j + 1] : undefined;
      if (nextWord !== undefined && found.demonym === null && w.landformWords.has(nextWord.lower) && /^ +$/.test(nextWord.gap) && !tokens[found.j].possessive && !tokens[found.j].compound) {
        found.j++;
        found.surface = s.text.slice(tokens[found.i].start - s.start, tokens[found.j].end - s.start);
        found.landform = nextWord.text;
        found.hint = 'region';
        found.hintText = `"${found.surface}"`;
      }
      inRun.push(found);
      i = found.j + 1;
    }
    annotateRun(tokens, rs, re, inRun, gaz, w, lowercaseWords);
    out.push(...inRun);
  }
  // "Far North Queensland", "South West England": a name made of compass words alone, right before another place,
  // says which part of that place; it is no place of its own (the gazetteer's "Far North" is a district elsewhere).
  for (let x = 0; x + 1 < out.length; x++) {
    const m = out[x];
    const n = out[x + 1];
    if (m.j + 1 !== n.i || !/^ +$/.test(tokens[n.i].gap) || m.notPlace !== null || n.demonym !== null) continue;
    let compass = true;
    for (let k = m.i; k <= m.j && compass; k++) compass = w.directions.has(tokens[k].lower);
    if (compass) m.notPlace = 'compass words before a place';
  }
  // "the towns of Haris and Varzaqan", "the villages of A, B and C": a plural designator calls each name of the list
  // after it a place of its kind (names the gazetteer lacks are unknownDesignated's).
  for (const m of out) {
    const tag = members.get(m.i);
    if (tag === undefined || m.hint !== null || m.notPlace !== null || m.demonym !== null) continue;
    m.hint = tag.kind;
    m.hintText = `a list after "${tag.word} of"`;
  }
  // "Atlanta, Georgia": the name that qualifies a town as its state is that state, not the country of that name.
  for (const m of out) {
    const q = m.qualifier;
    if (q === null || q.admin1 === null) continue;
    const named = out.find((o) => o.i === m.j + 1 && ((o.notPlace === null && !o.personLike) || o.notPlace === SPEAKER));
    if (named === undefined || !named.hits.some((h) => h.entry.featureCode === 'ADM1' && h.entry.country === q.country && h.entry.admin1 === q.admin1)) continue;
    // "Rockville, Maryland admitted a patient": the state that qualifies a town is a place whatever verb follows it.
    if (named.notPlace === SPEAKER) {
      named.notPlace = null;
      named.personLike = false;
      named.personSure = false;
      named.contextCountry = null;
      named.locative = true;
    }
    named.qualifier ??= { country: q.country, admin1: q.admin1, text: `${m.surface}, ${named.surface}` };
  }
  // "Alaska, Alabama, Arizona, ... Washington, West Virginia and Wyoming": three names or more in a row, each the name
  // of a state (or of a country), are a list of states: each is the state, not a town qualified by the next name.
  for (let x = 0; x < out.length; ) {
    let y = x;
    while (y + 1 < out.length && listedAfter(tokens, out[y], out[y + 1])) y++;
    const seq = y + 1 - x >= STATE_LIST ? out.slice(x, y + 1) : [];
    if (seq.length >= STATE_LIST && seq.every((m) => m.notPlace === null && m.demonym === null && (namesState(m) || namesCountry(m)))) {
      // A list of states or a list of countries, as most of its names read ("Armenia, Georgia and Iraq": countries).
      const states = seq.filter(namesState).length > seq.filter(namesCountry).length;
      for (const m of seq) {
        m.hint = (states && namesState(m)) || !namesCountry(m) ? 'admin' : 'country';
        m.hintText = 'a list of states';
        m.qualifier = null;
        m.locative = true;
      }
    }
    x = y + 1;
  }
  return out;
}

/** Why a name before a speech verb is not a place ("Smith said"). */
const SPEAKER = 'speaker (followed by a speech verb)';

/**
 * The tokens of the lists that plural designators open ("the villages of A, B and C", "the towns of A and B"), each
 * with the designator's kind and word: the runs of capitalised words after "<designator> of", joined by commas and
 * "and"; a list ends with the name after its "and", or at any other word (a splitter inside a run: "... on Monday").
 */
function listMembers(tokens: Token[], w: ContextWords): ListMembers {
  const out: ListMembers = new Map();
  let any = false;
  for (let k = 2; k < tokens.length && !any; k++) any = tokens[k].cap && pluralDesignator(tokens, k, w) !== null;
  if (!any) return out;
  const rs = runs(tokens);
  for (let r = 0; r < rs.length; r++) {
    const plural = pluralDesignator(tokens, rs[r][0], w);
    if (plural === null) continue;
    const tag = { kind: w.before.get(plural) as PlaceKind, word: tokens[rs[r][0] - 2].text };
    // The list's last name follows its "and".
    let last = false;
    for (let x = r; x < rs.length; x++) {
      const [from, to] = rs[x];
      let k = from;
      for (; k <= to && !(SPLITTERS.has(tokens[k].lower) && tokens[k].lower !== 'and'); k++) {
        out.set(k, tag);
        if (tokens[k].lower === 'and') last = true;
      }
      const next = rs[x + 1];
      if (k <= to || next === undefined || last) break;
      const between = tokens.slice(to + 1, next[0]);
      const joined = between.length === 0 ? /^,\s*$/.test(tokens[next[0]].gap) : between.length === 1 && between[0].lower === 'and' && /^,?\s+$/.test(between[0].gap) && /^\s+$/.test(tokens[next[0]].gap);
      if (!joined) break;
      if (between.length === 1) last = true;
    }
  }
  return out;
}

/** Whether a match is, under its own main name, a state or province (namesState) or a country (namesCountry). */
function namesState(m: Match): boolean {
  return m.hits.some((h) => h.primary && h.entry.featureCode === 'ADM1');
}
function namesCountry(m: Match): boolean {
  return m.hits.some((h) => h.primary && h.entry.kind === 'country');
}

/** Whether match b follows match a in a list: after a comma, "and" or ", and", nothing else between. */
function listedAfter(tokens: Token[], a: Match, b: Match): boolean {
  const between = tokens.slice(a.j + 1, b.i);
  if (between.length === 0) return /^,\s*$/.test(tokens[b.i].gap);
  return between.length === 1 && (between[0].lower === 'and' || between[0].lower === 'or') && /^,?\s+$/.test(between[0].gap) && /^\s+$/.test(tokens[b.i].gap);
}

/** The plural designator of "the villages of X" before token i ("villages"), or null. */
function pluralDesignator(tokens: Token[], i: number, w: ContextWords): string | null {
  const of = tokens[i - 1];
  const word = tokens[i - 2];
  if (of === undefined || word === undefined || of.lower !== 'of') return null;
  const singular = word.lower.replace(/ies$/, 'y').replace(/s$/, '');
  const kind = w.before.get(word.lower);
  return singular !== word.lower && w.before.has(singular) && kind !== undefined && kind !== 'country' && singular !== 'edge' ? word.lower : null;
}

/** Context of each match in one name run: what surrounds it inside and just outside the run. */
function annotateRun(tokens: Token[], rs: number, re: number, matches: Match[], gaz: Gazetteer, w: ContextWords, lowercaseWords: Set<string>): void {
  const covered = new Set<number>();
  for (const m of matches) for (let k = m.i; k <= m.j; k++) covered.add(k);
  let org = false;
  for (let k = rs; k <= re; k++) {
    if (covered.has(k)) continue;
    if (w.orgWords.has(tokens[k].lower)) org = true;
  }
  for (const m of matches) {
    const country = m.hits.find((h) => h.entry.kind === 'country')?.entry.country ?? m.demonym;
    // "President Clinton", "Gen. Pinochet": a title right before the name (not "President of Brazil").
    const title = m.i > 0 && w.titles.has(tokens[m.i - 1].lower) && (m.i - 1 >= rs || /^\s+$/.test(tokens[m.i].gap));
    // A sentence's first word is capitalized anyway: "Although Brazil", "Putting Brazil" are no names.
    const firstIsWord = m.i - 1 === 0 && (lowercaseWords.has(tokens[0].lower) || /(?:ing|ly|ed)$/.test(tokens[0].lower));
    const before = m.i > rs && !firstIsWord ? tokens[m.i - 1] : null;
    const after = m.j < re ? tokens[m.j + 1] : null;
    // Two names back to back with nothing between ("Michael Jordan", "Paris Hilton") are one longer name.
    const adjacentBefore = before !== null && covered.has(m.i - 1) && !CONNECTORS.has(before.lower);
    const nameBefore = before !== null && before.cap && (!covered.has(m.i - 1) || adjacentBefore) && !isPlain(before, w) && !w.titles.has(before.lower);
    // "US$30 billion", "$US 1.5 billion", "NZ$500": a country's code joined to a dollar sign names a currency.
    const nextToken = tokens[m.j + 1];
    if ((nextToken !== undefined && nextToken.gap.startsWith('$')) || tokens[m.i].gap.endsWith('$')) {
      m.notPlace = 'currency';
      continue;
    }
    // "the news agency Xinhua reported", "the newspaper Le Monde": the outlet's name in apposition; so is a name
    // before "news agency" ("Xinhua news agency said"). Like a person's, the name is the outlet's throughout the story
    // unless the story puts something in it ("Xinhua reported" later).
    const lead = m.i > 0 ? tokens[m.i - 1] : undefined;
    const trail = tokens[m.j + 1];
    const newsAgencyAfter = trail !== undefined && trail.lower === 'news' && tokens[m.j + 2]?.lower === 'agency' && /^ +$/.test(trail.gap) && /^ +$/.test(tokens[m.j + 2].gap);
    if (m.demonym === null && !tokens[m.j].possessive && ((lead !== undefined && !lead.cap && w.mediaWords.has(lead.lower) && /^ +$/.test(tokens[m.i].gap)) || (newsAgencyAfter && (m.i === rs || (m.i === rs + 1 && isPlain(tokens[rs], w)))))) {
      m.notPlace = 'name of a news outlet';
      m.personLike = true;
      continue;
    }
    if (m.i === m.j && w.seasons.has(tokens[m.i].lower) && nextToken !== undefined && /^ +$/.test(nextToken.gap) && /^\d{4}$/.test(nextToken.text)) {
      m.notPlace = 'season';
      continue;
    }
    // "Rest Acres Road", "Church Street": a street's name, not the town of that name.
    if (after !== null && w.streetWords.has(after.lower)) {
      m.notPlace = 'part of a street name';
      continue;
    }
    const afterIsDesignator = after !== null && (w.after.has(after.lower) || after.lower === 'river' || after.lower === 'city');
    // "Texas Senator Ted Cruz", "U.S. Secretary of State": a title after the place names its official.
    const nameAfter = after !== null && after.cap && !isPlain(after, w) && !afterIsDesignator && !w.titles.has(after.lower);
    // A country or a state keeps its sense after another capitalized word ("Environment Canada", "Original Texas
    // Playboys"), but not before one ("Vladimir Putin", "Jordan Spieth").
    const distinctive = m.hits.some((h) => h.entry.kind === 'country' || h.entry.featureCode === 'ADM1');
    const last = tokens[m.j];
    const next = tokens[m.j + 1];
    const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
    // "Smith said": a name right before a speech verb is its speaker; not after a preposition ("the Mayor of Boston
    // declared", "a man from Tyler said", "officials in the Gaza Strip confirmed"): the object of a preposition is
    // never the verb's subject.
    const afterPreposition = /^\s+$/.test(tokens[m.i].gap) && (isPreposition(prev, w) || (prev !== undefined && prev.lower === 'the' && !prev.cap && isPreposition(tokens[m.i - 2], w)));
    const speech = next !== undefined && /^\s+$/.test(next.gap) && w.speechVerbs.has(next.lower) && !afterPreposition;
    // "..., said Georgia." / "said Georgia, noting": a speaker after the verb, ending the clause, is a person even where
    // the name is also a country's (a country "says" before its verb: "Russia said").
    const clauseEnd = next === undefined || /^[.,;:!?]/.test(next.gap);
    const saidName = prev !== undefined && !prev.cap && w.speechVerbs.has(prev.lower) && /^\s+$/.test(tokens[m.i].gap) && clauseEnd && m.i === m.j;
    if (m.demonym !== null) {
      m.notPlace = 'demonym';
      m.contextCountry = m.demonym;
      // "Kate French", "John English": after a given name the word is a surname, not the country's adjective.
      m.personLike = before !== null && before.cap && !covered.has(m.i - 1) && !isPlain(before, w) && !w.orgWords.has(before.lower) && !lowercaseWords.has(before.lower);
      continue;
    }
    // "U.S.-led", "London-based": the place is mentioned (and is story context) inside the adjective.
    if (last.compound) m.contextCountry = country;
    // A place inside an organisation's name ("Dublin City Council", "University of Kentucky") is a mention of the
    // place; the organisation is a name (the names stage's). Only a title before it makes it a person's.
    // An acronym next to the name ("CBC Toronto", "Calgary MLA", "Texas DPS") is an organisation's or an office's: the
    // place is mentioned in it. So is a name that carries its own designator or more than one word ("Metcalfe County
    // Sheriff's Office", "Costa Rica Star"): no given name or surname looks like that.
    const acronymNext = (before !== null && before.allCaps && !covered.has(m.i - 1)) || (after !== null && after.allCaps);
    const selfEvident = m.j > m.i && (distinctive || m.hits.some((h) => h.entry.kind === 'admin' || h.entry.population >= GATE.orgTown));
    if (org || (!title && (acronymNext || selfEvident) && (nameBefore || nameAfter))) {
      m.inOrg = true;
      if (title && m.i <= re) m.notPlace = 'person (title)';
    } else if (title && m.i <= re) m.notPlace = 'person (title)';
    else if (nameBefore && !distinctive) m.notPlace = 'part of a longer name';
    // A country or a state opening an organisation's or an office's name is its place ("Quebec Health Minister",
    // "U.S. Transportation Secretary", "France Football"): the name goes on for two more words, or the next is a
    // word the story writes in lowercase too or an organisation's word. Not a person's given name: "Jordan Spieth"
    // (a given name of its own), "Vladimir Putin" (a surname follows that is no word).
    // A country written as its abbreviation ("U.S. Embassy", "UK Chinook helicopters") is the country before any name:
    // no given name is written in capitals or with periods.
    else if (nameAfter && !countryAbbreviation(m) && !(distinctive && !nameBefore && !w.givenNamePlaces.has(m.key) && opensOrgName(tokens, m.j, re, lowercaseWords, w))) m.notPlace = 'part of a longer name';
    else if (speech && country === null) m.notPlace = SPEAKER;
    // The word before marks a person only if it is a name, not an ordinary word ("Air Philippines").
    // A given name is written like one ("Charles", "W."), not in capitals ("CBC Toronto") nor a place itself.
    const givenName =
      nameBefore && /^\p{Lu}\p{Ll}*$/u.test(before.text) && !lowercaseWords.has(before.lower) && !gaz.demonym(canonicalKey(before.text)) && !w.orgWords.has(before.lower);
    m.personLike = title || givenName || (speech && country === null) || saidName;
    m.personSure = title || saidName || (speech && country === null);
    if (m.notPlace !== null) {
      m.contextCountry = country;
      continue;
    }
    annotateHints(tokens, m, gaz, w);
  }
}

/** A one-word match in capitals that stands for a country under another name: "U.S.", "UK", "UAE" (not "CHAD", the
 *  country's own name in capitals). */
function countryAbbreviation(m: Match): boolean {
  const t = m.tokens[m.i];
  return m.i === m.j && t.allCaps && m.hits.some((h) => h.entry.kind === 'country' && canonicalKey(h.entry.name) !== m.key);
}

/** Whether the capitalised words after token j (up to the run's end re) read as the rest of an organisation's or an
 *  office's name: two words or more, or one that is an ordinary word of the story or an organisation's word. */
function opensOrgName(tokens: Token[], j: number, re: number, lowercaseWords: Set<string>, w: ContextWords): boolean {
  // Capitalised words right after it, a space apart (not across "and": "Putin and Jordan Spieth").
  let k = j + 1;
  while (k <= re && tokens[k].cap && /^\s+$/.test(tokens[k].gap) && !CONNECTORS.has(tokens[k].lower)) k++;
  if (k - j - 1 >= 2) return true;
  const next = tokens[j + 1];
  return next !== undefined && (lowercaseWords.has(next.lower) || w.orgWords.has(next.lower));
}

/** Do these words name a state or province first (their most populous reading is one)? */
function topIsState(gaz: Gazetteer, words: Token[]): boolean {
  const hits = gaz.lookup(canonicalKey(words.map((t) => t.text).join(' ')));
  if (hits.length === 0) return false;
  const top = hits.reduce((a, b) => (b.entry.population > a.entry.population ? b : a));
  return top.entry.featureCode === 'ADM1';
}

function annotateHints(tokens: Token[], m: Match, gaz: Gazetteer, w: ContextWords): void {
  const next = tokens[m.j + 1];
  if (next !== undefined && /^\s+$/.test(next.gap)) {
    const kind = w.after.get(next.lower);
    if (kind !== undefined) {
      m.hint = kind;
      m.hintText = `"${m.surface} ${next.text}"`;
    }
  }
  // "Danbury police", "Litchfield Superior Court", "Beaconsfield Mayor": a town's own institution names the town.
  const civic = civicAfter(tokens, m.j, w);
  if (m.hint === null && civic !== null) {
    m.hint = 'city';
    m.hintText = `"${m.surface} ${civic}"`;
  }
  const p1 = tokens[m.i - 1];
  const p2 = tokens[m.i - 2];
  if (m.hint === null && p1 !== undefined && p2 !== undefined && p1.lower === 'of') {
    const kind = w.before.get(p2.lower);
    if (kind !== undefined) {
      m.hint = kind;
      m.hintText = `"${p2.text} of ${m.surface}"`;
    }
  }
  // "Montana and Wyoming", "Ohio or Indiana": a name joined to a state's name is a state, when it can be one (not the town
  // of that name in a state the story names). Longer lists of states are read as lists when matched (findMatches).
  if (m.hint === null && p1 !== undefined && (p1.lower === 'and' || p1.lower === 'or') && /^\s+$/.test(tokens[m.i].gap) && m.hits.some((h) => h.entry.featureCode === 'ADM1')) {
    const state = [1, 2].map((n) => tokens.slice(Math.max(0, m.i - 1 - n), m.i - 1)).find((ws) => ws.length > 0 && ws.every((t) => t.cap) && topIsState(gaz, ws));
    if (state !== undefined) {
      m.hint = 'admin';
      m.hintText = `"${state.map((t) => t.text).join(' ')} ${p1.text} ${m.surface}"`;
    }
  }
  // "According to Xinhua": the name after "according to" is a source, not a destination.
  const source = p1 !== undefined && p1.lower === 'to' && p2 !== undefined && p2.lower === 'according';
  // Not a possessive ("to Georgia's credit"): what the text puts in or brings to is the thing the name owns.
  if (p1 !== undefined && !source && !tokens[m.j].possessive && (w.locatives.has(p1.lower) || (p1.lower === 'the' && p2 !== undefined && w.locatives.has(p2.lower)))) m.locative = true;
  // "Vernon Adkins, 40, of McKee": where a person named in the news lives.
  if (p1 !== undefined && p1.lower === 'of' && /,\s*$/.test(p1.gap) && !tokens[m.j].possessive) m.locative = true;
  // A dateline: "LONDON (AP) _", "Habbaniyah, Iraq (AFP)", "TORRINGTON — Mayor...", "LOUISVILLE, KY--(Marketwire".
  // A dateline names the town the story was filed from: listed even when the gazetteer's readings tie.
  if (m.i === 0 && DATELINE_AFTER.test(m.sentence.text.slice(tokens[m.j].end - m.sentence.start, tokens[m.j].end - m.sentence.start + 50))) {
    m.locative = true;
    if (m.hint === null) {
      m.hint = 'city';
      m.hintText = `the dateline "${m.surface}"`;
    }
  }
  // A qualifier: ", Iraq" or ", Wyo." right after the name.
  // Also an appositive: "Austin, in Scott County, Indiana," says which Austin as surely.
  const q = tokens[m.j + 1];
  const inside = q !== undefined && q.lower === 'in' && /^,\s*$/.test(q.gap) && tokens[m.j + 2]?.cap === true && /^\s+$/.test(tokens[m.j + 2].gap);
  const qs = inside ? m.j + 2 : m.j + 1;
  if (q !== undefined && /^,\s*$/.test(q.gap) && (q.cap || inside)) {
    let k = qs;
    while (k + 1 < tokens.length && k - qs < 3 && joins(tokens, k + 1) && tokens[k + 1].cap) k++;
    for (let e = k; e >= qs; e--) {
      const text = m.sentence.text.slice(tokens[qs].start - m.sentence.start, tokens[e].end - m.sentence.start);
      const key = canonicalKey(text);
      const abbr = gaz.qualifier(canonicalKey(text + '.')) ?? gaz.qualifier(key);
      if (abbr !== null) {
        m.qualifier = { country: abbr.country, admin1: abbr.admin1, text };
        break;
      }
      // "Atlanta, Georgia": of the qualifier's readings (the country, the state), the one a reading of the name lies in.
      const areas = gaz.lookup(key).filter((h) => h.entry.kind === 'country' || h.entry.kind === 'admin');
      const within = (a: GazEntry, e: GazEntry): boolean => a.country === e.country && (a.kind === 'country' || a.admin1 === e.admin1);
      // The largest such area: "Puerto Rico" is the island, not a district of that name where another San Juan lies.
      const holding = areas.filter((a) => m.hits.some((h) => h.entry !== a.entry && within(a.entry, h.entry)));
      // "Russia, Turkey and Iran", "Texas, California and Florida": a country, a state or a region followed by another
      // place that does not hold it is a list or the next clause ("In Asia, Canada remains..."), not a qualifier; named
      // among places, it is a place as surely as after "in".
      if (holding.length === 0 && m.hits.some((h) => h.entry.kind === 'country' || h.entry.kind === 'region' || h.entry.featureCode === 'ADM1')) {
        m.locative = true;
        break;
      }
      const hit = holding.sort((a, b) => b.entry.population - a.entry.population || (a.entry.id < b.entry.id ? -1 : 1))[0] ?? areas[0];
      if (hit !== undefined && hit.entry.country !== null) {
        const where = (a: GazEntry) => ({ country: a.country ?? '', admin1: a.kind === 'admin' ? a.admin1 : null });
        const also = hit.entry.featureCode === 'ADM2' ? holding.filter((a) => a !== hit && a.entry.featureCode === 'ADM2' && a.entry.country !== null).map((a) => where(a.entry)) : [];
        m.qualifier = { ...where(hit.entry), text, ...(also.length > 0 ? { also } : {}) };
        break;
      }
    }
  }
}

/**
 * `townsOnly`: the name's readings are towns and counties, none abroad in a country the mention's own article names.
 * Only then does a state the story places several names in count once per name (SCORE.storyAdminNames): not against
 * a state's or country's own name ("New York City and Florida" is not Florida, N.Y.), nor against a namesake in the
 * article's own country ("consulate in Hamburg" in an article from Germany).
 */
function scoreEntry(h: { entry: GazEntry; primary: boolean }, key: string, ev: Evidence, maxW: number, kev: KeyEvidence, mentionHint: PlaceKind | null, townsOnly: boolean): Choice {
  const e = h.entry;
  const reasons: string[] = [];
  let s = SCORE.population * Math.log10(Math.max(e.population, 1000));
  if (e.kind === 'country') s += SCORE.country;
  else if (e.featureCode === 'CURATED') s += SCORE.curated;
  else if (e.kind === 'admin') s += SCORE.admin;
  else if (e.featureCode === 'PPLC') s += SCORE.capital;
  else if (e.featureCode === 'PPLA') s += SCORE.adminSeat;
  else if (e.featureCode === 'PPLA2') s += SCORE.secondSeat;
  if (h.primary) s += SCORE.primaryName;
  // Only under its own name: Austin is not what "Waterloo" (an old name of it) usually means.
  if (e.kind === 'city' && e.population >= GATE.bigCity && h.primary) s += SCORE.bigCity;
  const cw = e.country !== null ? (ev.countries.get(e.country) ?? 0) : 0;
  if (cw > 0) {
    s += Math.max(SCORE.storyCountryFloor, (SCORE.storyCountry * cw) / maxW);
    reasons.push('story country');
  }
  // Another name must put the state in the story: a reading is not its own evidence ("Plymouth County" read in
  // Massachusetts at first does not make Massachusetts the story's).
  const support = e.country !== null && e.admin1 !== null ? ev.admins.get(`${e.country}.${e.admin1}`) : undefined;
  let stateNames = 0;
  if ((e.kind !== 'admin' || e.featureCode === 'ADM2') && support !== undefined && (support.size > 1 || !support.has(key))) {
    stateNames = support.size - (support.has(key) ? 1 : 0);
    s += (e.kind === 'admin' ? SCORE.storyAdminCounty : SCORE.storyAdmin) * Math.min(townsOnly ? SCORE.storyAdminNames : 1, stateNames);
    reasons.push('province in story');
  }
  if (kev.qualifier !== null) {
    const q = kev.qualifier;
    const inside = (w: { country: string; admin1: string | null }) => e.country === w.country && (w.admin1 === null || e.admin1 === w.admin1);
    const ok = inside(q) || (q.also ?? []).some(inside);
    s += ok ? SCORE.qualifier : -SCORE.qualifier;
    if (ok) reasons.push(`qualifier "${q.text}"`);
  }
  const hints = new Set(kev.hints);
  if (mentionHint !== null) hints.add(mentionHint);
  for (const hk of hints) {
    if (hk === 'country' || hk === 'region') continue;
    if (hk === e.kind) {
      s += mentionHint === hk ? SCORE.hint * 1.5 : SCORE.hint;
      reasons.push(`${hk} context`);
    } else if (hk === 'admin' && e.kind === 'city' && mentionHint === 'admin') s -= SCORE.hint;
    else if (hk === 'city' && e.kind === 'admin' && mentionHint === 'city') s -= SCORE.hint;
  }
  return { entry: e, score: s, reasons, stateNames };
}

/** Is the best entry supported enough to show as a fact? Returns the reason, or null. */
function gate(c: Choice, ev: Evidence, kev: KeyEvidence, primary: boolean, lead: number): string | null {
  const e = c.entry;
  const inStory = e.country !== null && (ev.countries.get(e.country) ?? 0) > 0;
  if (kev.qualifier !== null && c.reasons.some((r) => r.startsWith('qualifier'))) return 'qualifier';
  if (e.kind === 'country' || e.featureCode === 'CURATED') return e.kind;
  // A local story that never names its country ("police in Regina", "RCMP in Manitoba"): a name the text puts
  // something in, whose reading by its own name far outweighs every other, is that reading.
  if (primary && (kev.locative || kev.hints.size > 0) && e.population >= GATE.storyCity && lead >= GATE.dominantLead) return 'dominant reading';
  if (e.kind === 'admin') {
    if (inStory || e.population >= GATE.bigAdmin || kev.hints.has('admin')) return 'admin area';
    return null;
  }
  const context = kev.locative || kev.hints.size > 0;
  // A town known here only by one of its alternate spellings needs the text to call it a place.
  if (e.population >= GATE.bigCity) return 'large city';
  if (!primary) return inStory && (context || e.population >= GATE.storyCity) ? 'alternate name, story country' : null;
  if (inStory && (e.population >= GATE.storyCity || context)) return 'story country';
  // A town the text puts something in, in a state or province the story places two other names in ("James Kitchens,
  // of Edmonton" in a story of Metcalfe County, Ky.).
  if (inStory && context && c.stateNames >= SCORE.storyAdminNames) return 'province in story';
  return null;
}

/** The story's countries, most mentioned first (at most five, for the basis text). */
function countryList(ev: Evidence): string {
  const all = [...ev.countries.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  return all.length > 5 ? `${all.slice(0, 5).join(', ')}...` : all.join(', ');
}

/** Why a name was resolved to its entry, in plain words (the place's `basis`). */
function basisOf(m: Match, best: Choice, kev: KeyEvidence, countries: string, runnerUp: number, gaz: Gazetteer): string {
  const e = best.entry;
  const adminName = e.kind === 'city' && e.country && e.admin1 ? gaz.admin(e.country, e.admin1)?.name : undefined;
  const parts = [`gazetteer: ${e.name}${adminName ? `, ${adminName}` : ''}${e.country && e.kind !== 'country' ? `, ${e.country}` : ''}`];
  if (e.population > 0 && e.kind === 'city') parts.push(`population ${e.population}`);
  if (countries) parts.push(`story countries ${countries}`);
  const hintText = m.hintText ?? kev.hintText ?? '';
  for (const r of best.reasons) if (r !== 'story country') parts.push(r.endsWith(' context') ? `${r} ${hintText}`.trim() : r);
  if (runnerUp > 0) parts.push(`${runnerUp} other candidate${runnerUp > 1 ? 's' : ''}`);
  return parts.join('; ');
}

/**
 * Each match's reading. `explain` false leaves the resolved readings' basis empty: the first of the two passes is read
 * only for the entries it picks.
 */
function resolveAll(matches: Match[], ev: Evidence, keyEv: Map<string, KeyEvidence>, personKeys: Set<string>, lowercaseWords: Set<string>, gaz: Gazetteer, explain = true): Resolved[] {
  const out: Resolved[] = [];
  // Keys the story also writes after a preposition inside a sentence ("the resort of Acapulco").
  const words = contextWords();
  const namedInside = new Set<string>();
  for (const m of matches) if (m.notPlace === null && m.i > 0 && isPreposition(m.tokens[m.i - 1], words)) namedInside.add(m.key);
  // The story's evidence is fixed while resolving: its strongest country weight and country list are computed once.
  let maxW = 0;
  for (const w of ev.countries.values()) maxW = Math.max(maxW, w);
  const countries = ev.countries.size > 0 ? countryList(ev) : '';
  for (const m of matches) {
    if (m.notPlace !== null) continue;
    const kev = keyEv.get(m.key) as KeyEvidence;
    const strong = kev.qualifier !== null || kev.hints.size > 0;
    const isCountry = m.hits.some((h) => h.entry.kind === 'country');
    // A name used for a person elsewhere in the story ("Gov. Bush", "Charles W. Murphy") is that person, unless the
    // story also puts something "in" it or calls it a place.
    if (personKeys.has(m.key) && !strong && !kev.locative) continue;
    // A one-word name also used as a lowercase word in the story ("Police said", "reading") is that word.
    if (m.i === m.j && !isCountry && !strong && lowercaseWords.has(m.tokens[m.i].lower)) continue;
    let best: Choice | null = null;
    let runnerUp = 0;
    let secondScore = -Infinity;
    const named = ev.articleCountries.get(m.sentence.article);
    const townsOnly = m.hits.every((h) => h.entry.kind === 'city' || h.entry.featureCode === 'ADM2');
    for (const h of m.hits) {
      const rivalAbroad = named !== undefined && m.hits.some((o) => o.entry !== h.entry && o.entry.country !== null && o.entry.country !== h.entry.country && named.has(o.entry.country));
      const c = scoreEntry(h, m.key, ev, maxW, kev, m.hint, townsOnly && !rivalAbroad);
      if (best === null || c.score > best.score || (c.score === best.score && c.entry.id < best.entry.id)) {
        if (best !== null) {
          runnerUp++;
          secondScore = Math.max(secondScore, best.score);
        }
        best = c;
      } else {
        runnerUp++;
        secondScore = Math.max(secondScore, c.score);
      }
    }
    const primary = best !== null && m.hits.some((h) => h.entry === best?.entry && h.primary);
    // "the White House": after "the", a name that is only a translation or old name of a town is something else.
    if (best !== null && !primary && !strong && m.i > 0 && m.tokens[m.i - 1].lower === 'the' && !m.tokens[m.i - 1].cap) continue;
    // A capital at the start of a sentence says nothing; an alternate spelling there needs context, or the story to
    // write the name after a preposition elsewhere ("the resort of Acapulco ... Acapulco, population 600,000").
    if (best !== null && !primary && m.i === 0 && m.i === m.j && !strong && !kev.locative && !namedInside.has(m.key)) continue;
    // "Campbell Soup Company", "Edwards Cancer Center": inside an organisation's name a small town's name is more
    // often a founder's; only a town of GATE.orgTown people or more is taken there.
    // Nor is a town short of a large city known only by an alternate spelling ("Xinhua News Agency"; not "New York Times").
    if (best !== null && m.inOrg && best.entry.kind === 'city' && (best.entry.population < GATE.orgTown || (!primary && best.entry.population < GATE.bigCity)) && kev.qualifier === null && !kev.hints.has('city')) continue;
    // "Churchill, Man.": the text says which state; when no reading lies there (the town is not in the gazetteer), the
    // name is a place the gazetteer does not know, not the namesake elsewhere.
    if (best !== null && kev.qualifier !== null && !best.reasons.some((r) => r.startsWith('qualifier'))) {
      const q = kev.qualifier;
      out.push({ match: m, choice: null, basis: `not in gazetteer as a place in "${q.text}"; ${m.hits.length} reading${m.hits.length > 1 ? 's' : ''} elsewhere`, unresolvedKind: 'city' });
      continue;
    }
    const why = best !== null ? gate(best, ev, kev, primary, best.score - secondScore) : null;
    if (best !== null && why !== null && m.landform !== undefined && best.entry.kind !== 'admin') {
      out.push({ match: m, choice: null, basis: `a landform named after ${best.entry.name} (${best.entry.kind}), not at its point; called a place by ${m.hintText}`, unresolvedKind: 'region' });
    } else if (best !== null && why !== null) {
      out.push({ match: m, choice: best, basis: explain ? basisOf(m, best, kev, countries, runnerUp, gaz) : '', unresolvedKind: null });
    } else if (m.hint !== null && m.hint !== 'country') {
      const basis =
        m.hits.length === 0
          ? `not in gazetteer; called a place by ${m.hintText}`
          : `ambiguous: ${m.hits.length} gazetteer entr${m.hits.length > 1 ? 'ies' : 'y'}, none supported by the story; called a place by ${m.hintText}`;
      out.push({ match: m, choice: null, basis, unresolvedKind: m.hint });
    } else if (best !== null && primary && kev.locative && m.hits.every((h) => h.entry.kind === 'city')) {
      // "Police in Gainesville": the text puts something in a town the gazetteer knows several of, and the story
      // does not say which. A place, unresolved (never dropped).
      const basis = `ambiguous: ${m.hits.length} towns of this name, none supported by the story; a place by "in"-like context`;
      out.push({ match: m, choice: null, basis, unresolvedKind: 'city' });
    }
  }
  return out;
}

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
function unknownDesignated(s: Sentence, tokens: Token[], taken: Set<number>, gaz: Gazetteer, w: ContextWords, story: StoryLookups, members: ListMembers): Match[] {
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
    const opener = a < re && /^ +$/.test(tokens[a + 1].gap) ? w.featuresBefore.get(tokens[a].lower.replace(/\.$/, '')) : undefined;
    const openerOk = opener !== undefined && !w.streetWords.has(tokens[re].lower) && !w.facilityWords.has(tokens[re].lower);
    let covered = false;
    for (let k = rs; k <= re; k++) if (taken.has(tokens[k].start) && !(openerOk && k === a)) covered = true;
    if (covered && listed === undefined) continue;
    let orgOrName = false;
    for (let k = a; k <= re; k++) if (w.orgWords.has(tokens[k].lower) || w.titles.has(tokens[k].lower)) orgOrName = true;
    if (orgOrName || tokens[re].compound) continue;
    // "African state", "Scottish village": an adjective, not a name.
    const firstKey = canonicalKey(tokens[a].text);
    if (a === re && (gaz.demonym(firstKey) !== null || w.commonWords.has(firstKey) || /(?:ish|ese|ian)$/.test(firstKey))) continue;
    if (rs > 0 && w.titles.has(tokens[rs - 1].lower)) continue;
    const surface = s.text.slice(tokens[a].start - s.start, tokens[re].end - s.start);
    const m: Match = {
      sentence: s, tokens, i: a, j: re, surface, key: canonicalKey(surface), hits: [], demonym: null, notPlace: null, personLike: false,
      hint: null, hintText: null, locative: false, qualifier: null, contextCountry: null,
    };
    if (m.key.length < 3) continue;
    const next = tokens[re + 1];
    const p1 = tokens[a - 1];
    const p2 = tokens[a - 2];
    const nextKind = next !== undefined && /^\s+$/.test(next.gap) && !next.cap ? w.after.get(next.lower) : undefined;
    const beforeKind = p1 !== undefined && p2 !== undefined && p1.lower === 'of' && a === rs ? w.before.get(p2.lower) : undefined;
    if (nextKind !== undefined) {
      m.hint = nextKind;
      m.hintText = `"${surface} ${next.text}"`;
    } else if (openerOk) {
      m.hint = opener;
      m.hintText = `"${surface}"`;
    } else if (beforeKind !== undefined && beforeKind !== 'country' && p2.lower !== 'edge' && p2.lower !== 'edges' && p2.lower !== 'center' && p2.lower !== 'centre') {
      m.hint = beforeKind;
      m.hintText = `"${p2.text} of ${surface}"`;
    } else if (listed !== undefined) {
      m.hint = listed.kind;
      m.hintText = `a list after "${listed.word} of"`;
    } else {
      const q = p1 !== undefined && p1.cap ? null : qualifiedBy(s, tokens, re, story);
      if (q === null) continue;
      m.hint = 'city';
      m.hintText = `"${surface}, ${q}"`;
    }
    // "the villages of Foua and Kfraya": two places, each called a village; "... on Monday" is no part of a name; a
    // part the gazetteer matched is its match's.
    let from = a;
    for (let k = a; k <= re + 1; k++) {
      if (k <= re && !SPLITTERS.has(tokens[k].lower)) continue;
      let partCovered = false;
      for (let c = from; c < k; c++) if (taken.has(tokens[c].start) && !(openerOk && c === a)) partCovered = true;
      if (k - 1 >= from && tokens[k - 1].cap && !(k - 1 === from && isPlain(tokens[from], w)) && !partCovered) {
        const part = from === a && k - 1 === re ? surface : s.text.slice(tokens[from].start - s.start, tokens[k - 1].end - s.start);
        if (canonicalKey(part).length >= 3) out.push({ ...m, i: from, j: k - 1, surface: part, key: canonicalKey(part) });
      }
      from = k + 1;
    }
  }
  return out;
}

// Words that end a street's or road's name when capitalized ("Falcon Street", "Powerline Road"): the unambiguous part
// of the context words' street list (not "Place", "Square", "Court", "Way", which also end other names).
const STREET_ENDS = new Set(['road', 'street', 'avenue', 'boulevard', 'drive', 'lane', 'highway', 'parkway', 'trail', 'crescent', 'turnpike', 'expressway', 'freeway']);
// Roads named by number: "Highway 403", "Route 66", "Interstate 75".
const NUMBERED_ROADS = new Set(['highway', 'route', 'interstate']);

/**
 * Street and road names: one to four capitalized words ending in a street word ("Rest Acres Road"), or a numbered road
 * ("Highway 403"). A place mention that no gazetteer places; the words before it must not be an organisation's or a
 * title ("Abbey Road Studios" ends in an organisation word and is skipped with the rest of its run).
 */
function streetNames(s: Sentence, tokens: Token[], w: ContextWords): Match[] {
  const out: Match[] = [];
  const make = (i: number, j: number): Match => {
    const surface = s.text.slice(tokens[i].start - s.start, tokens[j].end - s.start);
    return {
      sentence: s, tokens, i, j, surface, key: canonicalKey(surface), hits: [], demonym: null, notPlace: null, personLike: false,
      hint: 'other', hintText: `"${surface}"`, locative: false, qualifier: null, contextCountry: null,
    };
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || t.allCaps) continue;
    const next = tokens[k + 1];
    if (NUMBERED_ROADS.has(t.lower) && next !== undefined && /^\s$/.test(next.gap) && /^\d{1,4}$/.test(next.text)) {
      out.push(make(k, k + 1));
      k++;
      continue;
    }
    // A site's name may hold a possessive ("St. James's Park"); a street's ends it ("Toronto's Bay Street").
    const site = w.facilityWords.has(t.lower);
    if ((!STREET_ENDS.has(t.lower) && !site) || k === 0) continue;
    // A name continues past the street word ("Main Street Bridge"): not a street.
    if (next !== undefined && next.cap && /^\s+$/.test(next.gap)) continue;
    let i = k;
    while (i - 1 >= 0 && k - (i - 1) <= 4 && tokens[i - 1].cap && !tokens[i - 1].allCaps && (/^\s$/.test(tokens[i].gap) || (site && /^\.\s$/.test(tokens[i].gap) && DOTTED.has(tokens[i - 1].lower))) && !(tokens[i - 1].possessive && (!site || i - 1 === 0 || !tokens[i - 2]?.cap))) {
      const b = tokens[i - 1].lower;
      // An organisation's word ends a street's name; a site's may hold one ("Pearson International Airport").
      if (w.functionWords.has(b) || w.calendar.has(b) || (!site && w.orgWords.has(b))) break;
      // A compass word or a title opens a street's name ("North Jackson Highway", "King Edward Street"): taken when it
      // is the name's first word (no capitalised word before it, no period after it); else the name stops after it.
      if (w.titles.has(b) || w.directions.has(b)) {
        const before = tokens[i - 2];
        if (!site && i - 1 > 0 && (before === undefined || !before.cap) && /^\s$/.test(tokens[i].gap) && !tokens[i - 1].possessive) i--;
        break;
      }
      i--;
    }
    if (i === k) continue;
    // The sentence's first word is capitalized anyway ("Police Road..."): only a name when another word is in it.
    if (i === 0 && k - i < 2) continue;
    out.push(make(i, k));
  }
  return out;
}

/** The article order, for sorting sources and spans. */
function articleOrder(articles: Article[], sentences: Sentence[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const a of articles) if (!order.has(a.id)) order.set(a.id, order.size);
  for (const s of sentences) if (!order.has(s.article)) order.set(s.article, order.size);
  return order;
}

/** Every place mention in the sentences, resolved against the gazetteer with the whole story as context. */
export function findPlaces(sentences: Sentence[], articles: Article[], gaz: Gazetteer = loadGazetteer(), opts: FindPlacesOptions = {}): Place[] {
  const w = contextWords();
  const matches: Match[] = [];
  const lowercaseWords = new Set<string>();
  const designated: Match[] = [];
  const tokenized = sentences.map((s) => {
    opts.checkpoint?.('facts (place tokens)');
    return tokenize(s, gaz, w);
  });
  const story = storyLookups(gaz);
  for (const tokens of tokenized) for (const t of tokens) if (/^\p{Ll}+$/u.test(t.text)) lowercaseWords.add(t.text);
  sentences.forEach((s, si) => {
    opts.checkpoint?.('facts (places)');
    const tokens = tokenized[si];
    const members = listMembers(tokens, w);
    const found = findMatches(s, tokens, gaz, w, lowercaseWords, story, members);
    matches.push(...found);
    // Offsets of this sentence's tokens already in a match (offsets are per article: a set for the whole story
    // would let another article's match at the same offset hide a designated place here).
    const taken = new Set<number>();
    for (const m of found) for (let k = m.i; k <= m.j; k++) taken.add(m.tokens[k].start);
    designated.push(...unknownDesignated(s, tokens, taken, gaz, w, story, members));
  });

  // The story's countries: named outright or by demonym, also inside organisation names.
  const ev: Evidence = { countries: new Map(), admins: new Map(), articleCountries: new Map() };
  const personKeys = new Set<string>();
  const personShare = new Map<string, { person: number; all: number; sure: boolean }>();
  const keyEv = new Map<string, KeyEvidence>();
  for (const m of matches) {
    const country = m.notPlace === null ? (m.hits.find((h) => h.entry.kind === 'country')?.entry.country ?? null) : m.contextCountry;
    if (country !== null) {
      ev.countries.set(country, (ev.countries.get(country) ?? 0) + 1);
      const named = ev.articleCountries.get(m.sentence.article);
      if (named === undefined) ev.articleCountries.set(m.sentence.article, new Set([country]));
      else named.add(country);
    }
    if (m.personLike) personKeys.add(m.key);
    const pk = personShare.get(m.key) ?? { person: 0, all: 0, sure: false };
    pk.all++;
    if (m.personLike) pk.person++;
    if (m.personSure) pk.sure = true;
    personShare.set(m.key, pk);
    if (m.notPlace !== null) continue;
    const k = keyEv.get(m.key) ?? { hints: new Set<PlaceKind>(), locative: false, qualifier: null, hintText: null };
    if (m.hint !== null) {
      k.hints.add(m.hint);
      k.hintText ??= m.hintText;
    }
    k.locative ||= m.locative;
    k.qualifier ??= m.qualifier;
    keyEv.set(m.key, k);
  }
  // A country's or a state's name used once after a capitalized word ("Environment Canada") in a story that names the
  // country again is the country; a name used mostly as a person's ("Michael Jordan ... Jordan said") stays a person.
  for (const m of matches) {
    const pk = personShare.get(m.key);
    // Only a capitalized word before it ("Environment Canada") may be outvoted; a title or a speech verb may not.
    if (pk === undefined || !personKeys.has(m.key) || m.hits.length === 0 || pk.sure) continue;
    // The name's largest reading must be the country or state ("Toledo" is a district of Belize, but first a city).
    const top = m.hits.reduce((a, b) => (b.entry.population > a.entry.population ? b : a));
    if (top.entry.kind !== 'country' && top.entry.featureCode !== 'ADM1') continue;
    if (pk.person / pk.all < GATE.personShare) personKeys.delete(m.key);
  }
  // The outlets' home countries weigh like GATE.homeCountry mentions each (at most one article's worth per story).
  const home = homeCountries(articles);
  for (const [c, n] of home) ev.countries.set(c, (ev.countries.get(c) ?? 0) + (GATE.homeCountry * n) / articles.length);
  // Resolve once, then again knowing the provinces and the countries of the places found.
  let resolved = resolveAll(matches, ev, keyEv, personKeys, lowercaseWords, gaz, false);
  const ev2: Evidence = { countries: new Map(ev.countries), admins: new Map(), articleCountries: ev.articleCountries };
  for (const r of resolved) {
    const e = r.choice?.entry;
    if (e === undefined || e.country === null) continue;
    // A county's or a town's state is the story's too: "Adair County" next to Kentucky towns is Kentucky's.
    if ((e.kind === 'admin' || e.kind === 'city') && e.admin1 !== null) {
      const code = `${e.country}.${e.admin1}`;
      ev2.admins.set(code, (ev2.admins.get(code) ?? new Set<string>()).add(r.match.key));
    }
    if (e.kind !== 'country') ev2.countries.set(e.country, (ev2.countries.get(e.country) ?? 0) + GATE.inferredCountry);
  }
  resolved = resolveAll(matches, ev2, keyEv, personKeys, lowercaseWords, gaz);
  if (opts.streets) {
    // A name called a place is not a street's words too; a town's name inside a longer street name ("Rest" in "Rest
    // Acres Road") is the street's.
    const placed = new Set<number>();
    for (const m of designated) for (let k = m.i; k <= m.j; k++) placed.add(m.tokens[k].start);
    const inside = new Map<number, Resolved[]>();
    for (const r of resolved) for (let k = r.match.i; k <= r.match.j; k++) inside.set(r.match.tokens[k].start, [...(inside.get(r.match.tokens[k].start) ?? []), r]);
    const dropped = new Set<Resolved>();
    sentences.forEach((s, si) => {
      for (const m of streetNames(s, tokenized[si], w)) {
        let clash = false;
        const covers: Resolved[] = [];
        for (let k = m.i; k <= m.j; k++) {
          if (placed.has(m.tokens[k].start)) clash = true;
          for (const r of inside.get(m.tokens[k].start) ?? []) {
            if (r.match.tokens[r.match.i].start < m.tokens[m.i].start || r.match.tokens[r.match.j].end > m.tokens[m.j].end) clash = true;
            else covers.push(r);
          }
        }
        if (clash) continue;
        for (const r of covers) dropped.add(r);
        resolved.push({ match: m, choice: null, basis: `street or road name ${m.hintText}`, unresolvedKind: 'other' });
      }
    });
    resolved = resolved.filter((r) => !dropped.has(r));
  }
  for (const m of designated) {
    if (personKeys.has(m.key)) continue;
    resolved.push({ match: m, choice: null, basis: `not in gazetteer; called a place by ${m.hintText}`, unresolvedKind: m.hint });
  }
  if (opts.demonyms) {
    for (const m of matches) {
      if (m.demonym === null || m.personLike) continue;
      // An adjective modifies the next word ("Turkish officials"); alone it is a language or a people ("in
      // Turkish", "the French"), and a plural is the people ("Americans"): not a mention of the country.
      const next = m.tokens[m.j + 1];
      // A line break inside a paragraph is a space ("Cuban\n    people"); a blank line is not.
      // The first of a hyphenated pair ("Turkish-Russian relations") modifies the word after the pair too.
      const inPair = next !== undefined && /^[-‐]$/.test(next.gap) && next.cap;
      if (next === undefined || (!inPair && (!/^\s+$/.test(next.gap) || /\n\s*\n/.test(next.gap))) || m.tokens[m.j].possessive) continue;
      if (m.key.endsWith('s') && !m.key.endsWith('ss')) continue;
      const e = gaz.country(m.demonym);
      if (e !== null) resolved.push({ match: m, choice: { entry: e, score: 0, reasons: [], stateNames: 0 }, basis: `demonym of ${e.name}`, unresolvedKind: null, demonym: true });
    }
  }
  return assemble(resolved, sentences, articles);
}

function stripArticle(key: string): string {
  return key.startsWith('al ') ? key.slice(3) : key;
}

function assemble(resolved: Resolved[], sentences: Sentence[], articles: Article[]): Place[] {
  const order = articleOrder(articles, sentences);
  const groups = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const id = r.choice !== null ? `${r.demonym ? 'D:' : ''}${r.choice.entry.id}` : `U:${stripArticle(r.match.key)}`;
    const g = groups.get(id) ?? [];
    g.push(r);
    groups.set(id, g);
  }
  const places: Place[] = [];
  for (const g of groups.values()) {
    const seen = new Set<string>();
    const spans: Span[] = [];
    const forms = new Map<string, { n: number; first: number }>();
    for (const r of g) {
      const m = r.match;
      const span: Span = { article: m.sentence.article, start: m.tokens[m.i].start, end: m.tokens[m.j].end };
      const sk = `${span.article}:${span.start}:${span.end}`;
      if (seen.has(sk)) continue;
      seen.add(sk);
      spans.push(span);
    }
    spans.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start);
    for (const r of g) {
      const f = forms.get(r.match.surface);
      const pos = (order.get(r.match.sentence.article) ?? 0) * 1e9 + r.match.tokens[r.match.i].start;
      if (f === undefined) forms.set(r.match.surface, { n: 1, first: pos });
      else {
        f.n++;
        f.first = Math.min(f.first, pos);
      }
    }
    const ranked = [...forms.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
    const head = g[0];
    const e = head.choice?.entry;
    const sources = [...new Set(spans.map((s) => s.article))];
    const place: Place = {
      name: ranked[0][0],
      aliases: ranked.slice(1).map(([s]) => s),
      lat: e ? e.lat : null,
      lon: e ? e.lon : null,
      kind: head.demonym ? 'demonym' : e ? e.kind : (head.unresolvedKind ?? 'other'),
      country: e ? e.country : null,
      resolved: e !== undefined,
      basis: head.basis,
      sources,
      mentions: spans.length,
      spans,
    };
    if (e?.geonameId !== undefined) place.geonameId = e.geonameId;
    if (e !== undefined) place.entryName = e.name;
    if (e?.kind === 'admin') place.level = e.featureCode === 'ADM2' ? 2 : 1;
    places.push(place);
  }
  places.sort(comparePlaces);
  return places;
}

/** The mentions of places, one per span, for callers that want them flat. */
export function placeMentions(places: Place[]): PlaceMention[] {
  return places.flatMap((p) => p.spans.map((span) => ({ name: p.name, span })));
}

/** The order of the places list: most mentioned first, then by name (and basis, for two entries of one name). */
export function comparePlaces(a: Place, b: Place): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.basis < b.basis ? -1 : a.basis > b.basis ? 1 : 0);
}

/**
 * The story's main place, the "where" a headline names: the resolved place below country level carried by the most
 * articles (then mentions), unless it is a side location (carried by under half as many articles as the most widely
 * carried place, usually the country); then that place. Null when nothing resolved.
 */
export function mainPlace(places: Place[]): Place | null {
  const better = (a: Place, b: Place | null) => !b || a.sources.length > b.sources.length || (a.sources.length === b.sources.length && a.mentions > b.mentions);
  let any: Place | null = null;
  let finer: Place | null = null;
  for (const p of places) {
    if (!p.resolved) continue;
    if (better(p, any)) any = p;
    if (p.kind !== 'country' && p.kind !== 'region' && better(p, finer)) finer = p;
  }
  if (finer && any && finer.sources.length >= MAIN_PLACE_MIN_SHARE * any.sources.length) return finer;
  return any;
}
