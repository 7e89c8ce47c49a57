// Finds written names in one sentence by capitalization: runs of capitalized words (with connectors such as
// "of" and particles such as "al"), trimmed of function words and titles, each with cues about its kind.
import type { Sentence } from '../../types.js';
import type { FactsContext } from './context.js';
import { demonymPlace, isDemonymOrPlural, nameCues } from './cues.js';
import { tokensOf, type Token } from './tokens.js';
import { speechVerbs } from '../../text/speech-verbs.js';
import { contextWords } from '../places/context.js';

export interface Mention {
  /** The name as written (title and leading function words removed). */
  text: string;
  article: string;
  start: number;
  end: number;
  sentence: Sentence;
  words: string[];
  /** The name begins the sentence, where every word is capitalized: weak evidence that it is a name. */
  initial: boolean;
  /** POS tag of the first word (PROPN supports a sentence-initial name). */
  firstPos: string;
  title?: string;
  /** Only a title ("the Prime Minister"), to be linked to the one person holding it. */
  bareTitle?: boolean;
  /** Evidence scores for the entity type: titles and role words (strong), speech verbs and particles (weak). */
  person: number;
  personWeak: number;
  org: number;
  /** Written as a place ("the village of X", "X province"): never merged into a person by surname. */
  locative: boolean;
  /** "National Harbour Authority (NHA)": the acronym given in brackets right after. */
  acronym?: string;
}

/** Evidence weights for a mention's kind: strong cues count 2, weak ones 1. */
const WEIGHTS = {
  /** A title before the name ("Gov. X", "Lt. Col. X"): a person. */
  title: 2,
  /** A lowercase role noun before a full name or in apposition after it ("company spokeswoman X", "X, a farmer,"). */
  role: 2,
  /** A speech verb right after a name of two words or more ("X Y said"): a person, weakly (a ministry speaks too). */
  speech: 1,
  /** A name particle in a name of two words or more ("bin", "van", "al-"): a person, weakly (places have them too). */
  particle: 1,
  /** An organisation cue word inside the name ("Ministry", "Council", "Forces"): an organisation. */
  orgCue: 2,
  /** A lowercase word after the name saying an organisation's kind ("X militia", "X group"): organisation, weakly. */
  orgFollower: 1,
};
/** A sentence whose long words are nearly all capitalized is a headline, not prose. */
const HEADLINE = { minLongWords: 4, longWordLength: 4, capitalizedShare: 0.8 };
/** How many lowercase modifiers a role word may carry into a title ("regional border police chief"). */
const MAX_ROLE_MODIFIERS = 3;
/** Lowercase words after a name that make it a place but do not say which kind ("the Homs countryside", "the Rafah
 *  crossing"); the others are the place finder's designators (data/gazetteer/context-words.json designatorsAfter). */
const LOCATIVE_AFTER_EXTRA = ['desert', 'countryside', 'outskirts', 'crossing'];
/** Prepositions of place and direction that make the name after them a place ("near Tal Afar", "toward Hama", "off
 *  Crete"). Not the events' whole list (events/clauses.ts PREPOSITIONS): "at", "on", "by", "with", "for" put a person or
 *  an organisation after them as often ("at Reuters", "by Smith"). */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'into', 'near', 'outside', 'toward', 'towards', 'across', 'around', 'off', 'from']);
const NON_MODIFIERS = new Set(['the', 'a', 'an', 'said', 'says', 'and', 'or', 'of', 'by', 'to', 'from', 'with', 'that', 'who', 'which', 'as', 'on', 'in', 'at', 'for', 'its', 'their', 'his', 'her']);
const PARTICLE_HYPHEN = /^(?:al|el|bin|ibn|abu|abd|ul)-\p{Lu}/u;

interface Cues {
  notNames: Set<string>;
  /** Titles as word lists by their first word, longest first (so "Prime Minister" wins over "Minister"). */
  titlesByFirst: Map<string, string[][]>;
  roleNouns: Set<string>;
  orgCues: Set<string>;
  orgFollowers: Set<string>;
  particles: Set<string>;
  connectors: Set<string>;
  locativeBefore: Set<string>;
  /** Words after a name that make it a place ("X province", "the X countryside"). */
  locativeAfter: Set<string>;
  /** Speech verbs that, right after a name, are weak evidence of a person (a named part of the one list). */
  speechVerbs: ReadonlySet<string>;
}
// Derived once from the static lexicon (not per-story state).
let cues: Cues | null = null;
function getCues(): Cues {
  if (cues) return cues;
  const c = nameCues();
  return (cues = {
    notNames: new Set(c.notNames),
    titlesByFirst: titlesByFirstWord(c.titles),
    roleNouns: new Set(c.roleNouns),
    orgCues: new Set(c.orgCues),
    orgFollowers: new Set(c.orgFollowers),
    particles: new Set(c.particles),
    connectors: new Set(c.connectors),
    locativeBefore: new Set(c.locativeBefore),
    locativeAfter: new Set([...contextWords().after.keys(), ...LOCATIVE_AFTER_EXTRA]),
    speechVerbs: speechVerbs().personCue,
  });
}

/** Titles split into words and indexed by their first word, longest first (two of one length cannot both match). */
function titlesByFirstWord(titles: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const words of titles.map((t) => t.split(' ')).sort((a, b) => b.length - a.length)) {
    const list = out.get(words[0]);
    if (list) list.push(words);
    else out.set(words[0], [words]);
  }
  return out;
}

interface Piece {
  text: string;
  start: number;
  end: number;
  /** A hyphenated modifier ("US-backed"): the name part ends the run. */
  modifier: boolean;
  token: Token;
}

/** The name part of a token, or null when the token cannot be part of a name. */
function namePiece(t: Token): Piece | null {
  if (t.kind !== 'word' || /\d/.test(t.text)) return null;
  if (!t.cap && !PARTICLE_HYPHEN.test(t.text)) return null;
  // A word without a hyphen is a piece as it stands (most names: not split).
  if (!t.text.includes('-')) return { text: t.text, start: t.start, end: t.end, modifier: false, token: t };
  const parts = t.text.split('-');
  for (let k = 1; k < parts.length; k++) {
    if (parts.slice(k).every((p) => /^\p{Ll}/u.test(p))) {
      const text = parts.slice(0, k).join('-');
      return { text, start: t.start, end: t.start + text.length, modifier: true, token: t };
    }
  }
  return { text: t.text, start: t.start, end: t.end, modifier: false, token: t };
}

export function isHeadline(tokens: readonly Token[]): boolean {
  // A title does not end like a sentence; "On Tuesday, Jane Holt left for Geneva." is a sentence full of names.
  let last: Token | undefined;
  for (let k = tokens.length - 1; k >= 0 && last === undefined; k--) if (!/^["'”’)\]]$/.test(tokens[k].text)) last = tokens[k];
  if (last && /^[.!?]$/.test(last.text)) return false;
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length >= HEADLINE.longWordLength);
  if (long.length < HEADLINE.minLongWords) return false;
  return long.filter((t) => t.cap).length / long.length >= HEADLINE.capitalizedShare;
}

/** Runs of name pieces joined by connectors ("Institute for Coastal Studies") or particles ("Omar al Rashidi"). */
function runs(tokens: readonly Token[]): Piece[][] {
  const c = getCues();
  const out: Piece[][] = [];
  let j = 0;
  while (j < tokens.length) {
    const first = namePiece(tokens[j]);
    if (!first) {
      j++;
      continue;
    }
    const run = [first];
    let k = j + 1;
    let hasOf = false;
    while (!run[run.length - 1].modifier && k < tokens.length) {
      const next = namePiece(tokens[k]);
      if (next) {
        run.push(next);
        k++;
        continue;
      }
      // Up to two lowercase connectors may join two capitalized parts ("of the", "al").
      let m = k;
      const joiners: Token[] = [];
      while (m < tokens.length && joiners.length < 2 && tokens[m].kind === 'word' && tokens[m].text === tokens[m].lower &&
        (c.connectors.has(tokens[m].lower) || c.particles.has(tokens[m].lower))) {
        joiners.push(tokens[m]);
        m++;
      }
      const after = m < tokens.length ? namePiece(tokens[m]) : null;
      const andWithoutOf = joiners.some((t) => t.lower === 'and') && !hasOf;
      if (!joiners.length || !after || andWithoutOf || c.notNames.has(after.text) || demonymPlace(after.text)) break;
      if (joiners.some((t) => t.lower === 'of' || t.lower === 'for')) hasOf = true;
      for (const t of joiners) run.push({ text: t.text, start: t.start, end: t.end, modifier: false, token: t });
      k = m;
    }
    out.push(run);
    j = k;
  }
  return out;
}

function matchTitle(pieces: readonly Piece[], at: number): number {
  const first = pieces[at]?.text;
  if (first === undefined) return 0;
  for (const title of getCues().titlesByFirst.get(first) ?? []) {
    if (title.every((w, q) => pieces[at + q]?.text === w)) return title.length;
  }
  return 0;
}

/** "company spokeswoman Lena Ortiz": the role phrase right before a name, or null. */
function roleBefore(tokens: readonly Token[], at: number): string | null {
  const c = getCues();
  const role = tokens[at - 1];
  if (!role || role.kind !== 'word' || !c.roleNouns.has(role.lower) || role.cap) return null;
  const words = [role.text];
  for (let q = at - 2; q >= 0 && words.length <= MAX_ROLE_MODIFIERS; q--) {
    const t = tokens[q];
    if (t.kind !== 'word' || t.cap || NON_MODIFIERS.has(t.lower)) break;
    words.unshift(t.text);
  }
  return words.join(' ');
}

/** "Lena Ortiz, a company spokeswoman,": the role phrase of an apposition right after a name, or null. */
function roleAfter(tokens: readonly Token[], after: number): string | null {
  const c = getCues();
  if (tokens[after]?.text !== ',') return null;
  let q = after + 1;
  if (['the', 'a', 'an'].includes(tokens[q]?.lower ?? '')) q++;
  const words: string[] = [];
  while (q < tokens.length && words.length <= MAX_ROLE_MODIFIERS && tokens[q].kind === 'word' && !tokens[q].cap) {
    words.push(tokens[q].text);
    if (c.roleNouns.has(tokens[q].lower)) return words.join(' ');
    q++;
  }
  return null;
}

/** Every name mention in a sentence, in order (computed once per sentence of the story; callers must not mutate). */
export function findMentions(ctx: FactsContext, sentence: Sentence): readonly Mention[] {
  let hit = ctx.mentions.get(sentence);
  if (!hit) ctx.mentions.set(sentence, (hit = mentionsOf(tokensOf(ctx, sentence), sentence)));
  return hit;
}

function mentionsOf(tokens: readonly Token[], sentence: Sentence): Mention[] {
  const c = getCues();
  if (isHeadline(tokens)) return [];
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length > 1 && words.every((t) => t.allCaps)) return [];
  const firstWord = tokens.find((t) => t.kind !== 'punct');
  const out: Mention[] = [];
  for (const run of runs(tokens)) {
    let pieces = run;
    while (pieces.length && (c.notNames.has(pieces[0].text) || c.connectors.has(pieces[0].text) || pieces[0].text === pieces[0].text.toLowerCase())) pieces = pieces.slice(1);
    while (pieces.length && pieces[pieces.length - 1].text === pieces[pieces.length - 1].text.toLowerCase()) pieces = pieces.slice(0, -1);
    if (!pieces.length || (pieces.length === 1 && pieces[0].text.replace(/[^\p{L}]/gu, '').length < 2)) continue;
    // A leading demonym before a title belongs to the title ("Chilean Foreign Minister Rojas").
    let titleAt = 0;
    if (demonymPlace(pieces[0].text) && matchTitle(pieces, 1)) titleAt = 1;
    const titleLength = matchTitle(pieces, titleAt);
    const rest = pieces.slice(titleAt + titleLength);
    const hasOrgCue = (ps: readonly Piece[]) => ps.some((p) => c.orgCues.has(p.text));
    let title: string | undefined;
    const titlePieces = pieces.slice(titleAt, titleAt + titleLength);
    if (titleLength && !hasOrgCue(rest)) {
      title = titlePieces.map((p) => p.text).join(' ');
      pieces = rest;
    }
    const firstTok = run[0].token;
    const lastTok = run[run.length - 1].token;
    const initial = firstTok === firstWord && pieces.length > 0 && pieces[0].token === firstTok;
    const firstPos = pieces.length ? pieces[0].token.pos : firstTok.pos;
    // Each mention is built as one object literal, keys in one order: a spread of shared fields was the hottest
    // line of this function in a profile of 1,000 articles. The optional fields are written too (undefined, false) so
    // that a title or an acronym set later changes a value, not the object's shape (V8 map): the name passes that
    // read mentions are then compiled once, not again for each shape met.
    if (!pieces.length) {
      if (title) {
        const titleStart = titlePieces[0].start;
        const titleEnd = titlePieces[titlePieces.length - 1].end;
        out.push({ article: sentence.article, sentence, initial, firstPos, person: 0, personWeak: 0, org: 0, locative: false, text: title, start: titleStart, end: titleEnd, words: title.split(' '), title, bareTitle: true, acronym: undefined });
      }
      continue;
    }
    // Adjectives of nationality or faith alone are not names ("Kenyan officials", "Catholic bishops").
    if (pieces.every((p) => isDemonymOrPlural(p.text))) continue;
    const start = pieces[0].start;
    const end = pieces[pieces.length - 1].end;
    // Wrapped lines put newlines inside names ("Air\nForce"): the written form keeps single spaces.
    const text = sentence.text.slice(start - sentence.start, end - sentence.start).replace(/\s+/g, ' ');
    const m: Mention = { article: sentence.article, sentence, initial, firstPos, person: 0, personWeak: 0, org: 0, locative: false, text, start, end, words: pieces.map((p) => p.text), title: undefined, bareTitle: false, acronym: undefined };
    if (title) {
      m.title = title;
      m.person += WEIGHTS.title;
    }
    const before = roleBefore(tokens, firstTok.i);
    const after = roleAfter(tokens, lastTok.i + 1);
    // A lowercase role word is evidence for a person only next to a full name, not a place ("China, the leader,").
    if (!hasOrgCue(pieces) && (before || after) && pieces.length >= 2) {
      m.title ??= (before ?? after) as string;
      m.person += WEIGHTS.role;
    }
    if (hasOrgCue(pieces)) m.org += WEIGHTS.orgCue;
    const follower = tokens.slice(lastTok.i + 1, lastTok.i + 3).find((t) => t.kind === 'word' && !t.cap && c.orgFollowers.has(t.lower));
    if (follower && !run[run.length - 1].modifier) m.org += WEIGHTS.orgFollower;
    const next = tokens[lastTok.i + 1];
    if (pieces.length >= 2 && next && c.speechVerbs.has(next.lower)) m.personWeak += WEIGHTS.speech;
    if (pieces.length >= 2 && pieces.some((p) => c.particles.has(p.text.toLowerCase()) || PARTICLE_HYPHEN.test(p.text))) m.personWeak += WEIGHTS.particle;
    const prev = tokens[firstTok.i - 1];
    const prev2 = tokens[firstTok.i - 2];
    if ((prev?.lower === 'of' && prev2 && c.locativeBefore.has(prev2.lower)) || (prev && LOCATIVE_PREPOSITIONS.has(prev.lower))) m.locative = true;
    if (next && !next.cap && c.locativeAfter.has(next.lower)) m.locative = true;
    const bracketed = tokens[lastTok.i + 2];
    // Only initials that begin like the name count: "Tromso, Norway (AFP)" names a source, not Norway.
    if (tokens[lastTok.i + 1]?.text === '(' && bracketed?.allCaps && tokens[lastTok.i + 3]?.text === ')' &&
      pieces.length >= 2 && bracketed.text.charAt(0) === pieces[0].text.charAt(0).toUpperCase()) m.acronym = bracketed.text;
    out.push(m);
  }
  return out;
}
