// Noun phrases around an event verb: the subject walking back (over auxiliaries, dates and "backed by W"
// asides), the object and the prepositional phrases walking forward.
import { agoPhraseAt, timePhraseAt } from './when.js';
import type { Token } from '../mentions/tokens.js';
import { CLAUSE_PUNCTUATION } from '../../text/punctuation.js';
import { EVENTS } from './tunables.js';
import { speechVerbs } from '../../text/speech-verbs.js';

export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', "'s", "'ve", "'d"]);
const ADVERBS = new Set(['also', 'now', 'still', 'then', 'already', 'again', 'later', 'finally', 'just', 'not', 'never', 'reportedly', 'allegedly', 'apparently', 'recently', 'eventually', 'initially', 'mostly', 'largely', 'swiftly', 'quickly', 'successfully', 'jointly', 'effectively']);
/** "were able to hold", "managed to reach": the verb before "to" does not start the subject. */
const CONTROL_VERBS = new Set(['able', 'managed', 'trying', 'tried', 'sought', 'seeking', 'moved', 'began', 'begun', 'want', 'wanted', 'going', 'set', 'expected', 'poised', 'preparing', 'ready', 'continued', 'continue', 'helped', 'help']);
/** Conjunctions and relatives that open a new clause, and the two gerunds that open an attribution. */
const CLAUSE_WORDS = ['that', 'which', 'who', 'whom', 'when', 'while', 'as', 'after', 'before', 'because', 'since', 'where', 'if', 'although', 'though', 'but', 'once', 'until', 'so', 'whether', 'than', 'saying', 'adding'];
let clauseOpeners: ReadonlySet<string> | null = null;
/** Words that open a new clause, so a noun phrase read across them ends there: CLAUSE_WORDS and the speech verbs'
 *  clause-opening part (data/lexicons/speech-verbs.json), read on first use (static data, not per story). */
function isClauseOpener(word: string): boolean {
  clauseOpeners ??= new Set([...CLAUSE_WORDS, ...speechVerbs().clauseOpener]);
  return clauseOpeners.has(word);
}
/** The words that open a relative clause after its noun ("the storm that hit the coast"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** The articles and demonstratives that open a noun phrase. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Prepositions whose phrase, right after a noun, places it ("the bombing at the market", "rebels from the hills"). */
const NOUN_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'from', 'inside', 'outside', 'across', 'along', 'around']);
/** The tags of a noun phrase's head: a noun or a name. */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Whether the token is a possessive's "'s" ("Saturday's blast", "the leader's capture"). */
export const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && /^['\u2019]s$/.test(t.text);
const BACKING = new Set(['backed', 'supported', 'aided', 'assisted', 'helped', 'accompanied', 'joined']);
/** The prepositions that end a noun phrase walking back or forward and open a prepositional phrase: the events' list,
 *  which the place and target tests of ./events.ts take subsets of. Not "of", which stays inside a noun phrase ("the
 *  province of Ninawa"). */
export const PREPOSITIONS = new Set(['from', 'in', 'on', 'at', 'to', 'with', 'after', 'before', 'near', 'toward', 'towards', 'into', 'by', 'for', 'during', 'since', 'as', 'against', 'across', 'inside', 'outside', 'over', 'under', 'through', 'around', 'along', 'amid', 'within', 'without', 'between', 'behind', 'beyond', 'onto', 'upon', 'via', 'despite', 'until']);

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

export function isBoundary(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (CLAUSE_PUNCTUATION.has(t.text)) return true;
  // "--" is a dash.
  if (t.text === '-' && ((tokens[j + 1]?.text === '-' && glued(t, tokens[j + 1])) || (tokens[j - 1]?.text === '-' && glued(tokens[j - 1], t)))) return true;
  // A spaced hyphen is a dash ("forces - a US-backed coalition"); a glued one joins a word ("US -backed"). So is a
  // spaced underscore, the dash of wire copy set on old terminals ("Villagers _ most of them herders _ fled").
  if (t.text === '-' || t.text === '_') return (tokens[j - 1]?.end ?? -1) < t.start && (tokens[j + 1]?.start ?? Infinity) > t.end;
  return false;
}

export interface Subject {
  /** Token range [from, to) of the subject noun phrase; from === to when none was found. */
  from: number;
  to: number;
  /** "backed by W": the supporters named in an aside. */
  backedBy: string[];
  /** Token range of an aside right before the verb that is a name ("The rebels' last town, Kidal, fell"). */
  appositive: [number, number] | null;
  /** The token right before the subject (to tell "X and captured" coordination). */
  stoppedAt: number;
}

function skipBackingPhrase(tokens: readonly Token[], from: number, to: number, backedBy: string[]): boolean {
  const first = tokens[from];
  if (!first || !BACKING.has(first.lower) || tokens[from + 1]?.lower !== 'by') return false;
  backedBy.push(tokens.slice(from + 2, to).map((t) => t.text).join(' '));
  return true;
}

/** The subject of the verb at token `v`. */
export function subjectBefore(tokens: readonly Token[], v: number): Subject {
  const backedBy: string[] = [];
  let appositive: [number, number] | null = null;
  let j = v - 1;
  for (;;) {
    if (j < 0) break;
    const t = tokens[j];
    if (AUXILIARIES.has(t.lower) || ADVERBS.has(t.lower) || (t.pos === 'ADV' && t.lower.endsWith('ly'))) {
      j--;
      continue;
    }
    if (t.lower === 'to' && CONTROL_VERBS.has(tokens[j - 1]?.lower ?? '')) {
      j -= 2;
      continue;
    }
    // A date between subject and verb ("troops on Monday retook", "had for months surrounded").
    let skipped = false;
    for (let k = j; k >= Math.max(0, j - 2); k--) {
      const p = timePhraseAt(tokens, k) ?? agoPhraseAt(tokens, k);
      if (p && p.to === j + 1) {
        j = p.from - 1;
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    if (t.lower === 'years' && tokens[j - 1]?.lower === 'for') {
      j -= 2;
      continue;
    }
    // An aside between commas or dashes: ", backed by W," is skipped; ", Kidal," is remembered as the named subject.
    if (isBoundary(tokens, j) && t.text !== '.' && t.text !== '"') {
      while (j > 0 && t.text === '-' && tokens[j - 1].text === '-' && glued(tokens[j - 1], tokens[j])) j--;
      let k = j - 1;
      while (k >= 0 && j - k <= EVENTS.maxAsideBackTokens && !(isBoundary(tokens, k) && (tokens[k].text === t.text || (t.text === '-' && tokens[k].text === '-')))) k--;
      if (k >= 0 && j - k <= EVENTS.maxAsideBackTokens && k + 1 < j) {
        const asideEnd = j;
        while (k > 0 && tokens[k].text === '-' && tokens[k - 1].text === '-' && glued(tokens[k - 1], tokens[k])) k--;
        j = asideEnd;
        if (!skipBackingPhrase(tokens, k + 1, j, backedBy) && !appositive && tokens.slice(k + 1, j).some((x) => x.cap)) appositive = [k + 1, j];
        j = k - 1;
        continue;
      }
    }
    break;
  }
  let to = j + 1;
  let from = nounPhraseBack(tokens, to);
  // "A cold front that hit the plains on Monday has killed 12": the walk stopped at a relative clause's verb; the
  // subject is the noun phrase before "that".
  const rel = from - 2;
  if (from < to && tokens[from - 1]?.pos === 'VERB' && RELATIVE_OPENERS.has(tokens[rel]?.lower ?? '') && NOUN_TAGS.has(tokens[rel - 1]?.pos ?? '')) {
    const head = nounPhraseBack(tokens, rel);
    if (head < rel) [from, to] = [head, rel];
  }
  // "Saturday's blast": the walk stopped at the date; its possessive is not part of the subject.
  if (from < to && isPossessiveMark(tokens[from])) from++;
  // "Malian troops backed by French helicopters": the actor is what comes before "backed by".
  for (let k = from; k < to - 1; k++) {
    if (BACKING.has(tokens[k].lower) && tokens[k + 1].lower === 'by' && k > from) {
      backedBy.push(tokens.slice(k + 2, to).map((t) => t.text).join(' '));
      return { from, to: k, backedBy, appositive, stoppedAt: from - 1 };
    }
  }
  return { from, to, backedBy, appositive, stoppedAt: from - 1 };
}

/** The start of the noun phrase that ends before token `to`, walking back (a place phrase after a noun, a
 *  coordination of nouns and a hyphenated verb form inside; a clause's edge, a verb or a date ends it). */
function nounPhraseBack(tokens: readonly Token[], to: number): number {
  let from = to;
  while (from - 1 >= 0 && to - (from - 1) <= EVENTS.maxPhraseTokens) {
    const t = tokens[from - 1];
    if (isBoundary(tokens, from - 1) || isClauseOpener(t.lower)) break;
    // "Saturday's blast at the depot killed", "gunmen from the ridge attacked": a place phrase right after a noun
    // belongs to the subject, whose head is that noun; the walk goes on to it. Other prepositions end the subject.
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'by' && !(NOUN_MODIFIER_PREPOSITIONS.has(t.lower) && from < to && NOUN_TAGS.has(tokens[from - 2]?.pos ?? ''))) break;
    const hyphenated = t.text.includes('-') || (tokens[from - 2]?.text === '-' && glued(tokens[from - 2], t));
    if (t.pos === 'VERB' && !(BACKING.has(t.lower) && tokens[from]?.lower === 'by') && !hyphenated) break;
    // "It was the week she won the vote": an auxiliary ends the noun phrase, and a pronoun right before the verb is
    // the whole subject (the clause is a relative one: "the week [that] she won").
    if (t.pos === 'AUX' || (from < to && tokens[from].pos === 'PRON')) break;
    // "at which point the protesters withdrew": a noun phrase opens with its determiner; a noun before it is another's.
    if (NOUN_TAGS.has(t.pos ?? '') && from < to && DETERMINERS.has(tokens[from].lower)) break;
    if (timePhraseAt(tokens, from - 1)) break;
    // "Malian soldiers and local hunters": coordination of nouns, not of clauses.
    if (t.lower === 'and' && !(from < to && NOUN_TAGS.has(tokens[from - 2]?.pos ?? ''))) break;
    from--;
  }
  return from;
}

/** The noun phrase starting at token `i` (with "of" and "'s" inside): [from, to). */
export function phraseAfter(tokens: readonly Token[], i: number): [number, number] {
  let j = i;
  while (j < tokens.length && j - i < EVENTS.maxPhraseTokens) {
    const t = tokens[j];
    if (isBoundary(tokens, j) || isClauseOpener(t.lower) || (PREPOSITIONS.has(t.lower) && t.lower !== 'of')) break;
    const hyphenated = t.text.includes('-') || (tokens[j - 1]?.text === '-' && glued(tokens[j - 1], t));
    if (j > i && (t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated && !/ed$/.test(t.lower)) break;
    if (j > i && t.pos === 'VERB' && !hyphenated && /ed$/.test(t.lower) && !['DET', 'ADJ', 'ADV'].includes(tokens[j - 1].pos)) break;
    if (timeStartsAt(tokens, j)) break;
    if (t.lower === 'and' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX')) break;
    j++;
  }
  // "...'s backwash and will then ...": a conjunction does not end a phrase.
  while (j > i && (tokens[j - 1].pos === 'CCONJ' || tokens[j - 1].lower === 'and' || tokens[j - 1].lower === 'or')) j--;
  return [i, j];
}

/** Whether a temporal phrase ("last week", "on Thursday") begins at token j. */
function timeStartsAt(tokens: readonly Token[], j: number): boolean {
  for (let i = j; i <= j + 2 && i < tokens.length; i++) if (timePhraseAt(tokens, i)?.from === j) return true;
  return false;
}

export const stripDeterminer = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+-(?=\p{L})/gu, '-').trim();
