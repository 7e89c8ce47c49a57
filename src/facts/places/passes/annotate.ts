// Pass 3, annotate: each match's context. Per run of capitalized words (annotateRun): a title or a given name before
// it (a person), a speech verb after it (a speaker), an organisation's words around it; for a place, its hints
// (annotateHints): designators ("X County", "the city of X"), locatives ("in X"), a dateline, a qualifier ("X, Iraq",
// "X, Wyo."). Per sentence (annotateSentence): compass words before a place, the lists plural designators open
// (listMembers), the state that qualifies a town, lists of states.
import { CONNECTORS, SPLITTERS, isPlain, isPreposition, type ContextWords } from '../context.js';
import { canonicalKey, isHamlet, type GazEntry, type Gazetteer, type PlaceKind } from '../gazetteer.js';
import { joins, runs } from '../runs.js';
import { GATE, STATE_LIST } from '../tunables.js';
import type { ListMembers, Match, Token } from '../types.js';

/** Why a name before a speech verb is not a place ("Smith said"). */
const SPEAKER = 'speaker (followed by a speech verb)';

/** What follows a dateline's place (and its state or country, after a comma): an agency in brackets, or a dash. */
const DATELINE_AFTER = /^\s*(,[^()—–]{0,40})?(\(|\s*(?:[—–]|--|-\s))/;

/** Context of each match in one name run: what surrounds it inside and just outside the run. */
export function annotateRun(tokens: Token[], rs: number, re: number, matches: Match[], gaz: Gazetteer, w: ContextWords, lowercaseWords: Set<string>): void {
  const covered = new Set<number>();
  for (const m of matches) for (let k = m.i; k <= m.j; k++) covered.add(k);
  // The run's organisation words; a street's word after "on" does not make the run an organisation's name ("in
  // Cullman on Main Street": the town, then where in it).
  const orgAt: number[] = [];
  for (let k = rs; k <= re; k++) if (!covered.has(k) && w.orgWords.has(tokens[k].lower)) orgAt.push(k);
  for (const m of matches) {
    // "County Kerry", "County Antrim": Irish and British usage puts the county's designator first. The mention is the
    // county, designator and all, as "Laurel County" is; the name's key stays the county's. It reads only as an
    // area: a county the gazetteer lacks is listed unresolved, never as a town of its name.
    const opener = m.i > rs && !covered.has(m.i - 1) && /^ +$/.test(tokens[m.i].gap) ? w.featuresBefore.get(tokens[m.i - 1].lower) : undefined;
    if (opener === 'admin' && m.demonym === null) {
      m.hits = m.hits.filter((h) => h.entry.kind === 'admin');
      m.i--;
      covered.add(m.i);
      m.surface = m.sentence.text.slice(tokens[m.i].start - m.sentence.start, tokens[m.j].end - m.sentence.start);
      m.hint = 'admin';
      m.hintText = `"${m.surface}"`;
    }
    const org = orgAt.some((k) => !(k > m.j && w.streetWords.has(tokens[k].lower) && tokens.slice(m.j + 1, k).some((t) => t.lower === 'on' && !t.cap)));
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
    // A name in capitals is not continued by one in lowercase letters: "WASHINGTON Barack Obama pardoned" is a dateline
    // and a person.
    const capsDateline = tokens[m.j].allCaps && tokens[m.j].text.length > GATE.shortAcronym && after !== null && !after.allCaps;
    const nameAfter = after !== null && after.cap && !isPlain(after, w) && !afterIsDesignator && !w.titles.has(after.lower) && !capsDateline;
    // A country or a state keeps its sense after another capitalized word ("Environment Canada", "Original Texas
    // Playboys"), but not before one ("Vladimir Putin", "Jordan Spieth").
    const distinctive = m.hits.some((h) => h.entry.kind === 'country' || h.entry.featureCode === 'ADM1');
    const last = tokens[m.j];
    // "Smith said": a name right before a speech verb is its speaker; not after a preposition ("the Mayor of Boston
    // declared", "a man from Tyler said", "officials in the Gaza Strip confirmed"): the object of a preposition is
    // never the verb's subject.
    const afterPreposition = prepositionObject(tokens, m.i, w);
    const spoken = speechAround(tokens, m.i, m.j, w);
    const speech = spoken.after && !afterPreposition;
    // "..., said Georgia." / "said Georgia, noting": a speaker after the verb, ending the clause, is a person even where
    // the name is also a country's (a country "says" before its verb: "Russia said").
    const saidName = spoken.before && m.i === m.j;
    // "Stade de France", "Ballon d'Or", "Place du Tertre": a name going on past a French, Spanish or Italian particle
    // is one name, and its first word no town of its own (a country, a state or a big city inside it still is).
    const particle = after !== null && (/^d['\u2019]\p{Lu}/u.test(after.text) || (NAME_PARTICLES.has(after.lower) && tokens[m.j + 2]?.cap === true && /^ +$/.test(tokens[m.j + 2].gap)));
    if (particle && m.demonym === null && !m.hits.some((h) => majorReading(h.entry))) {
      m.notPlace = 'part of a longer name';
      continue;
    }
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
    // "his wife, Georgia,", "and son Austin": a family word right before a one-word name that ends there (a comma, "and",
    // or the person's surname after it), not a place used before a noun ("his son, New York attorney Mark Reed").
    // A country's, a state's or a big city's name so used is this mention's person only ("his son, Jordan").
    const kin = kinBefore(tokens, m, re, w);
    if (kin && m.notPlace === null) m.notPlace = 'person (a family word before it)';
    const kinName = kin && !m.hits.some((h) => majorReading(h.entry));
    m.personLike = title || givenName || (speech && country === null) || saidName || kinName || speakingFullName(tokens, m, re, w, lowercaseWords, covered);
    // Sure only where nothing else reads the words: a title written as one (capitalised: "President Clinton", not "the
    // general Baghdad area") before the name's last word ("Mayor Lynn Hayes" leaves "Lynn" unsure), a speaker, a family
    // word. A name with a country's, a state's or a big city's reading is never made sure here (resolve.ts).
    const titleSure = title && tokens[m.i - 1].cap && m.j === re;
    m.personSure = titleSure || saidName || (speech && country === null) || kinName;
    if (m.notPlace !== null) {
      m.contextCountry = country;
      continue;
    }
    annotateHints(tokens, m, gaz, w);
  }
}

/** Whether a family word stands right before a one-word name that ends there ("his wife, Nina,", "son Austin Reed"). */
function kinBefore(tokens: Token[], m: Match, re: number, w: ContextWords): boolean {
  const kinWord = m.i > 0 ? tokens[m.i - 1] : undefined;
  if (kinWord === undefined || kinWord.cap || !w.kinNouns.has(kinWord.lower) || !/^,?\s+$/.test(tokens[m.i].gap) || m.i !== m.j) return false;
  const next = tokens[m.j + 1];
  // Then a comma or the sentence's end, "and", or the surname ending the run.
  return next === undefined || /^\s*[,.;:!?)]/.test(next.gap) || (!next.cap && next.lower === 'and') || (next.cap && m.j + 1 === re);
}

/**
 * Whether the match opens a two-word name that speaks ("Lynn Brantner says", "says Conrad Veldkamp."): a given name and
 * a surname, so the first word is this story's given name, and where it stands alone later ("Lynn and Bob", "According
 * to Conrad") it is the person, not the town. The second word is written like a surname: one capital, no place, no
 * organisation's word, not a word the story writes in lowercase; nothing capitalized follows it; and no article
 * before the name ("the Dallas Cowboys said" is a team).
 */
function speakingFullName(tokens: Token[], m: Match, re: number, w: ContextWords, lowercaseWords: Set<string>, covered: Set<number>): boolean {
  // Not a big city's, a state's or a country's name: "Tulsa World said", "Phoenix Suns said" are a paper and a team.
  if (m.i !== m.j || m.j + 1 !== re || m.demonym !== null || m.hits.some((h) => majorReading(h.entry))) return false;
  const surname = tokens[m.j + 1];
  if (!/^ +$/.test(surname.gap) || !/^\p{Lu}\p{Ll}+$/u.test(surname.text) || covered.has(m.j + 1) || w.orgWords.has(surname.lower) || lowercaseWords.has(surname.lower)) return false;
  if (m.i > 0 && tokens[m.i - 1].lower === 'the') return false;
  const spoken = speechAround(tokens, m.i, m.j + 1, w);
  return (spoken.after && !tokens[m.j + 2].cap) || spoken.before;
}

/**
 * The speech verbs around the name of tokens i..j: one right after it ("Smith said"), or one right before it with the
 * clause ending after the name ("..., said Smith.").
 */
function speechAround(tokens: Token[], i: number, j: number, w: ContextWords): { after: boolean; before: boolean } {
  const next = tokens[j + 1];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const after = next !== undefined && /^\s+$/.test(next.gap) && w.speechVerbs.has(next.lower);
  const clauseEnd = next === undefined || /^[.,;:!?]/.test(next.gap);
  const before = prev !== undefined && !prev.cap && w.speechVerbs.has(prev.lower) && /^\s+$/.test(tokens[i].gap) && clauseEnd;
  return { after, before };
}

/** Puts the name in the story as a place by other words than a locative before it ("in nearby X", "X residents"). */
function putInPlace(m: Match): void {
  m.locative = true;
  m.locativeWord = undefined;
}

/** Members of a list stepped back over to find what opens it ("from Tyler, Marion, Ocala and Gainesville"). */
const LIST_HOPS = 6;

/**
 * The first token of the list a name opening at token `i` ends ("Gainesville" for "Ocala" in "from Gainesville and
 * Ocala", "Tyler" in "from Tyler, Longview and Marshall"): back over its "and"/"or", then over commas and the
 * capitalized words of each member before it; `i` itself when the name does not close a list with "and" or "or" (a
 * comma alone is no list: "near Colorado Springs, Colo., Kelly helps run..." names a person after a qualified town).
 */
function listStart(tokens: Token[], i: number): number {
  let k = i;
  for (let hop = 0; hop < LIST_HOPS; hop++) {
    const prev = k > 0 ? tokens[k - 1] : undefined;
    if (prev === undefined) return k;
    let j: number;
    if (/^\s+$/.test(tokens[k].gap) && !prev.cap && (prev.lower === 'and' || prev.lower === 'or') && hop === 0) j = k - 2;
    else if (/^,\s+$/.test(tokens[k].gap) && hop > 0) j = k - 1;
    else return k;
    if (j < 0 || !tokens[j].cap) return k;
    while (j > 0 && tokens[j - 1].cap && /^\s+$/.test(tokens[j].gap)) j--;
    k = j;
  }
  return k;
}

/**
 * Whether the name opening at token `i` is the object of a preposition, or a later member of a list that is ("a man
 * from Tyler said", "the Mayor of Boston declared", "crews from Gainesville and Ocala responded"): the object of a
 * preposition is never the verb's subject.
 */
function prepositionObject(tokens: Token[], i: number, w: ContextWords): boolean {
  const after = (k: number): boolean => {
    const prev = k > 0 ? tokens[k - 1] : undefined;
    return prev !== undefined && /^\s+$/.test(tokens[k].gap) && (isPreposition(prev, w) || (prev.lower === 'the' && !prev.cap && isPreposition(tokens[k - 2], w)));
  };
  if (after(i)) return true;
  const head = listStart(tokens, i);
  return head !== i && after(head);
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
  // A city that is its own state ("Beijing", "Moscow") is read as the city: "Beijing and Washington" are capitals.
  return top.entry.featureCode === 'ADM1' && !hits.some((h) => h.entry.kind === 'city' && h.entry.population >= GATE.bigCity);
}

/** Particles inside French, Spanish, Italian and Portuguese names ("Stade de France", "Place du Tertre"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'das']);

function annotateHints(tokens: Token[], m: Match, gaz: Gazetteer, w: ContextWords): void {
  const next = tokens[m.j + 1];
  if (next !== undefined && /^\s+$/.test(next.gap)) {
    const kind = w.after.get(next.lower);
    if (kind !== undefined) {
      m.hint = kind;
      m.hintText = `"${m.surface} ${next.text}"`;
    }
  }
  // "Washington's governor", "Ocala's mayor": the office of the name's possessive says what kind of place it is.
  if (m.hint === null && next !== undefined && tokens[m.j].possessive) {
    const kind = w.officesAfterPossessive.get(next.lower);
    if (kind !== undefined) {
      m.hint = kind;
      m.hintText = `"${m.surface}'s ${next.text}"`;
    }
  }
  // "Danbury police", "Litchfield Superior Court", "Beaconsfield Mayor": a town's own institution names the town. Not
  // a state's or a country's name: "Florida police", "University of Georgia police" are the state's (a town of the
  // name does not take them over; a big city of the name does: "New York police").
  const civic = civicAfter(tokens, m.j, w);
  const stateOrCountry = m.hits.some((h) => h.entry.kind === 'country' || h.entry.featureCode === 'ADM1');
  const bigCity = m.hits.some((h) => h.entry.kind === 'city' && h.entry.population >= GATE.bigCity);
  if (m.hint === null && civic !== null && (!stateOrCountry || bigCity)) {
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
  // of that name in a state the story names). Longer lists of states are read as lists with the sentence's matches
  // (annotateSentence).
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
  if (p1 !== undefined && !source && !tokens[m.j].possessive && (w.locatives.has(p1.lower) || (p1.lower === 'the' && p2 !== undefined && w.locatives.has(p2.lower)))) {
    m.locative = true;
    m.locativeWord = w.locatives.has(p1.lower) ? p1.lower : p2?.lower;
  }

  // "in nearby Hartselle", "in downtown Decatur", "north of Cullman": a locative with a word of place between, or a
  // direction "of" the name, puts it somewhere as "in" does.
  if (p1 !== undefined && p2 !== undefined && !tokens[m.j].possessive && !p1.cap && (w.nearbyWords.has(p1.lower) || w.directions.has(p1.lower)) && w.locatives.has(p2.lower)) putInPlace(m);
  if (p1 !== undefined && p2 !== undefined && p1.lower === 'of' && !p2.cap && w.directions.has(p2.lower) && /^\s+$/.test(p1.gap)) putInPlace(m);
  // "a Falkville woman", "the Lafayette man": people named after where they live.
  const n1 = tokens[m.j + 1];
  if (n1 !== undefined && !n1.cap && /^\s+$/.test(n1.gap) && w.residentsAfter.has(n1.lower) && !tokens[m.j].possessive) putInPlace(m);
  // "residents of Fort Myers", "the mayor of Ocala": the people of a place put it in the story as surely as "in".
  if (p1 !== undefined && p1.lower === 'of' && p2 !== undefined && w.peopleOf.has(p2.lower) && !tokens[m.j].possessive) putInPlace(m);
  // "Vernon Adkins, 40, of McKee": where a person named in the news lives.
  if (p1 !== undefined && p1.lower === 'of' && /,\s*$/.test(p1.gap) && !tokens[m.j].possessive) putInPlace(m);
  // A dateline: "LONDON (AP) _", "Marlow, England (AFP)", "TORRINGTON — Mayor...", "LOUISVILLE, KY--(Marketwire".
  // A dateline names the town the story was filed from: listed even when the gazetteer's readings tie.
  if (m.i === 0 && DATELINE_AFTER.test(m.sentence.text.slice(tokens[m.j].end - m.sentence.start, tokens[m.j].end - m.sentence.start + 50))) {
    putInPlace(m);
    if (m.hint === null) {
      m.hint = 'city';
      m.hintText = `the dateline "${m.surface}"`;
    }
  }
  // A qualifier: ", Iraq" or ", Wyo." right after the name.
  // Also an appositive: "Austin, in Scott County, Indiana," says which Austin as surely.
  // Not after "according to": the name is a source, and the comma ends the phrase ("According to Reyes, Mexico has...").
  if (source) return;
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
      // Not a hamlet where the name is also a country, a state or a big city ("in Egypt, U.N. officials said": not a
      // village named Egypt in the United States), nor a town where the name is a country and the next name another
      // ("Peru, Chile and Bolivia": not a town named Peru in Chile).
      const major = m.hits.some((h) => majorReading(h.entry));
      const country = m.hits.some((h) => h.entry.kind === 'country');
      const holding = areas.filter((a) => m.hits.some((h) => h.entry !== a.entry && within(a.entry, h.entry) && !(major && isHamlet(h.entry)) && !(country && a.entry.kind === 'country' && h.entry.kind === 'city')));
      // "Russia, Turkey and Iran", "Texas, California and Florida": a country, a state or a region followed by another
      // place that does not hold it is a list or the next clause ("In Asia, Canada remains..."), not a qualifier; named
      // among places, it is a place as surely as after "in".
      // The next name must be such an area too: "Rivera, Denise Ortega and ..." is a list of persons.
      if (holding.length === 0 && areas.length > 0 && m.hits.some((h) => h.entry.kind === 'country' || h.entry.kind === 'region' || h.entry.featureCode === 'ADM1')) {
        putInPlace(m);
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
 * The civic word a town's name is followed by ("police", "Mayor", "Superior Court", "City Council"), within the next
 * three words when they are capitalised (a name's rest) or the next one when lowercase, or null.
 */
function civicAfter(tokens: Token[], j: number, w: ContextWords): string | null {
  // Up to three capitalized words, or a coordination of names ("Hartselle and Priceville schools"), before the word.
  for (let k = j + 1, words = 0; words < CIVIC_REACH && k < tokens.length; k++, words++) {
    const t = tokens[k];
    if (!/^\s+$/.test(t.gap)) return null;
    if (w.civicWords.has(t.lower)) return t.text;
    if (!t.cap && !((t.lower === 'and' || t.lower === 'or') && tokens[k + 1]?.cap === true)) return null;
  }
  return null;
}

/** Words looked at after a name for its town's institution ("Danbury police", "Hartselle and Priceville schools"). */
const CIVIC_REACH = 5;

/** Context of a sentence's matches read together (after annotateRun): what one name says of the next. */
export function annotateSentence(tokens: Token[], matches: Match[], members: ListMembers, w: ContextWords): void {
  // "Far North Queensland", "South West England": a name made of compass words alone, right before another place,
  // says which part of that place; it is no place of its own (the gazetteer's "Far North" is a district elsewhere).
  for (let x = 0; x + 1 < matches.length; x++) {
    const m = matches[x];
    const n = matches[x + 1];
    if (m.j + 1 !== n.i || !/^ +$/.test(tokens[n.i].gap) || m.notPlace !== null || n.demonym !== null) continue;
    let compass = true;
    for (let k = m.i; k <= m.j && compass; k++) compass = w.directions.has(tokens[k].lower);
    if (compass) m.notPlace = 'compass words before a place';
  }
  // "the towns of Haris and Varzaqan", "the villages of A, B and C": a plural designator calls each name of the list
  // after it a place of its kind (names the gazetteer lacks are unknownDesignated's).
  for (const m of matches) {
    const tag = members.get(m.i);
    if (tag === undefined || m.hint !== null || m.notPlace !== null || m.demonym !== null) continue;
    m.hint = tag.kind;
    m.hintText = `a list after "${tag.word} of"`;
  }
  // "Atlanta, Georgia": the name that qualifies a town as its state is that state, not the country of that name.
  for (const m of matches) {
    const q = m.qualifier;
    if (q === null || q.admin1 === null) continue;
    const named = matches.find((o) => o.i === m.j + 1 && ((o.notPlace === null && !o.personLike) || o.notPlace === SPEAKER));
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
  // A later member of a list whose first member a locative puts somewhere ("from Gainesville and Ocala") is put there
  // as surely; not after "between", which pairs people as often as places ("talks between Clinton and Hale").
  for (const m of matches) {
    const head = listStart(tokens, m.i);
    if (head === m.i || m.locative || m.notPlace !== null || tokens[m.j].possessive || tokens[head - 1]?.lower === 'between') continue;
    const first = matches.find((o) => o.i === head);
    if (first !== undefined && first.locative && first.notPlace === null && !first.personLike) {
      m.locative = true;
      m.locativeWord = first.locativeWord;
    }
  }
  // "Alaska, Alabama, Arizona, ... Washington, West Virginia and Wyoming": three names or more in a row, each the name
  // of a state (or of a country), are a list of states: each is the state, not a town qualified by the next name.
  for (let x = 0; x < matches.length; ) {
    let y = x;
    while (y + 1 < matches.length && listedAfter(tokens, matches[y], matches[y + 1])) y++;
    const seq = y + 1 - x >= STATE_LIST ? matches.slice(x, y + 1) : [];
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

/**
 * The tokens of the lists that plural designators open ("the villages of A, B and C", "the towns of A and B"), each
 * with the designator's kind and word: the runs of capitalised words after "<designator> of", joined by commas and
 * "and"; a list ends with the name after its "and", or at any other word (a splitter inside a run: "... on Monday").
 */
export function listMembers(tokens: Token[], w: ContextWords): ListMembers {
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

/** The plural designator of "the villages of X" before token i ("villages"), or null. */
function pluralDesignator(tokens: Token[], i: number, w: ContextWords): string | null {
  const of = tokens[i - 1];
  const word = tokens[i - 2];
  if (of === undefined || word === undefined || of.lower !== 'of') return null;
  const singular = word.lower.replace(/ies$/, 'y').replace(/s$/, '');
  const kind = w.before.get(word.lower);
  return singular !== word.lower && w.before.has(singular) && kind !== undefined && kind !== 'country' && singular !== 'edge' ? word.lower : null;
}

/** A reading a person's name seldom hides: a country, a state or province, a big city. */
export function majorReading(e: GazEntry): boolean {
  return e.kind === 'country' || e.featureCode === 'ADM1' || (e.kind === 'city' && e.population >= GATE.bigCity);
}
