// Pass 2, match: in each run of capitalized words, the longest names the gazetteer knows (or demonyms), left to right.
// Each run's matches are annotated (./annotate.ts) as soon as the run is read, then the sentence's matches together.
import type { Sentence } from '../../../types.js';
import { CONNECTORS, type ContextWords } from '../context.js';
import { canonicalKey, noHits, type Gazetteer, type PlaceKind } from '../gazetteer.js';
import type { StoryLookups } from '../lookups.js';
import { runs } from '../runs.js';
import { GATE } from '../tunables.js';
import type { ListMembers, Match, Token } from '../types.js';
import { annotateRun, annotateSentence } from './annotate.js';

export function findMatches(s: Sentence, tokens: Token[], gaz: Gazetteer, w: ContextWords, lowercaseWords: Set<string>, story: StoryLookups, members: ListMembers): Match[] {
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
        // A state's code alone in capitals ("horses in NSW"): the state, where the word names nothing else here.
        const code = abbrEntry === null && len === 1 && t0.allCaps && hits.length === 0 ? w.stateCodes.get(t0.lower) : undefined;
        const stateEntry = abbrEntry ?? (code !== undefined ? gaz.admin(code.country, code.admin1) : null);
        if (stateEntry !== null) hits = [{ entry: stateEntry, primary: true }];
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
        const hint: PlaceKind | null = stateEntry !== null ? 'admin' : ownKind === 'admin' ? 'admin' : null;
        found = {
          sentence: s, tokens, i, j, surface, key, hits: demonym !== null ? noHits() : hits, demonym, notPlace: null, personLike: false,
          hint, hintText: hint !== null ? `"${surface}"` : null, locative: false, qualifier: null, contextCountry: null, personSure: false, inOrg: false, landform: undefined,
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
  annotateSentence(tokens, out, members, w);
  return out;
}
