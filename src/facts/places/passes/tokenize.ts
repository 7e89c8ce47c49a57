// Pass 1, tokenize: each sentence into words with absolute spans. A possessive ("Iraq's") and a lowercase tail
// ("US-led") are cut off and marked; a pair of places joined by a hyphen ("Russia-Turkey") is two words.
import type { Sentence } from '../../../types.js';
import type { ContextWords } from '../context.js';
import { canonicalKey, type Gazetteer } from '../gazetteer.js';
import { PAIR_CITY_POPULATION } from '../tunables.js';
import { isSpace } from '../../../text/words.js';
import type { Token } from '../types.js';

// Lowercase Arabic article glued to a capitalized word: "al-Qaim", "el-Arish", "ez-Zor".
const ARTICLE_PREFIX = /^(al|el|ad|ar|as|ash|at|az|ez|an|ed|er|es|et|en|ul|ud)[-‐]\p{Lu}/u;
const PLAIN_WORD = /^[a-z0-9]+$/;
const ASCII_LOWERCASE_WORD = /^[a-z]+$/;
/** A word of lowercase letters only (Token.lowercase). */
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.\-‐][\p{L}\p{N}]+)*/gu;

export function tokenize(s: Sentence, gaz: Gazetteer, w: ContextWords): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  // An exec loop over the one pattern (matchAll would copy the pattern and step an iterator for every sentence).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s.text); m !== null; m = TOKEN.exec(s.text)) {
    let text = m[0];
    const at = m.index;
    // Most words are plain lowercase words or numbers: no name, no possessive, no compound to cut (the fast path).
    const lowercase = ASCII_LOWERCASE_WORD.test(text);
    if (lowercase || PLAIN_WORD.test(text)) {
      out.push({ text, start: s.start + at, end: s.start + at + text.length, lower: text, cap: false, allCaps: false, possessive: false, compound: false, lowercase, gap: s.text.slice(prevEnd, at) });
      prevEnd = at + text.length;
      continue;
    }
    // "mid-Ohio", "made-in-China", "anti-American": a lowercase prefix before a place or a demonym; the place is
    // a mention of its own (only where it is one: "e-Commerce" is none).
    const hyphenated = text.includes('-') || text.includes('‐');
    const prefixed = hyphenated ? PREFIXED_PLACE.exec(text) : null;
    if (prefixed !== null && pairPart(prefixed[2], gaz, w)) {
      const from = at + prefixed[1].length;
      out.push({
        text: prefixed[2], start: s.start + from, end: s.start + from + prefixed[2].length, lower: prefixed[2].toLowerCase(), cap: true,
        allCaps: false, possessive: false, compound: false, lowercase: false, gap: s.text.slice(prevEnd, from),
      });
      prevEnd = at + text.length;
      continue;
    }
    let possessive = false;
    let compound = false;
    if (/['’]s$/i.test(text) && text.length > 2 && !possessiveInName(s, at, text, out, gaz)) {
      text = text.slice(0, -2);
      possessive = true;
    }
    // "U.S.", "B.C.": an abbreviation written with periods keeps its last one (the match stops before it).
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text) && s.text.charAt(at + text.length) === '.') text += '.';
    // "Ky.", "Calif.": a state's abbreviation keeps its period too.
    // Not "Texas." (a state's own name) nor "Man." ending a sentence: a word the gazetteer knows keeps its period only
    // after a comma ("Winnipeg, Man.").
    else if (
      /^\p{Lu}\p{Ll}{1,4}$/u.test(text) && s.text.charAt(at + text.length) === '.' && gaz.qualifier(canonicalKey(text)) !== null &&
      !gaz.lookup(canonicalKey(text)).some((h) => h.entry.featureCode === 'ADM1') &&
      (gaz.lookup(canonicalKey(text)).length === 0 || /,\s*$/.test(s.text.slice(Math.max(0, at - 3), at)))
    ) text += '.';
    // "Russia-Turkey ties", "German-Iraqi boy", "Israeli-Palestinian talks": a pair of places joined by a hyphen is
    // one mention each (not "Guinea-Bissau" or "Winston-Salem", names of their own).
    const pair = !possessive && hyphenated ? placePair(text, gaz, w) : null;
    if (pair) {
      let from = at;
      pair.forEach((part, k) => {
        out.push({
          text: part, start: s.start + from, end: s.start + from + part.length, lower: part.toLowerCase(), cap: true,
          allCaps: part.length >= 2 && part === part.toUpperCase(), possessive: false, compound: false, lowercase: false,
          gap: k === 0 ? s.text.slice(prevEnd, at) : s.text[from - 1],
        });
        from += part.length + 1;
      });
      prevEnd = at + m[0].length;
      continue;
    }
    // A word without a hyphen is one part (not split: most capitalised words).
    const parts = hyphenated ? text.split(/[-‐]/) : null;
    if (parts !== null && parts.length > 1 && /^\p{Ll}/u.test(parts[parts.length - 1]) && !ARTICLE_PREFIX.test(text)) {
      let keep = parts.length - 1;
      while (keep > 0 && /^\p{Ll}/u.test(parts[keep - 1])) keep--;
      if (keep > 0) {
        text = parts.slice(0, keep).join('-');
        compound = true;
      }
    }
    // "Britain -based": only a space or a hyphen right after the word can begin such a tail (tested before slicing).
    const next = s.text.charCodeAt(at + text.length);
    if (!possessive && (next === 45 || next === 0x2010 || isSpace(next)) && /^\s?[-‐]\s?\p{Ll}/u.test(s.text.slice(at + text.length, at + text.length + 4))) compound = true;
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
      lowercase: LOWERCASE_WORD.test(text),
      gap: s.text.slice(prevEnd, at),
    });
    prevEnd = Math.max(at + m[0].length, at + text.length);
  }
  return out;
}

/** A capitalised word at the start of the text after a token, with only spaces before it. */
const NEXT_NAME = /^ +(\p{Lu}[\p{L}]*)/u;
/** A name holding a possessive ("Prince George's County"). */
const POSSESSIVE_NAME = /\p{L}['\u2019]s\b/u;

/**
 * "Prince George's County", "Martha's Vineyard": a possessive that is part of a place's name, as the gazetteer
 * writes it (with the capitalised word before, if any, and the one after); not "Iraq's Anbar".
 */
function possessiveInName(s: Sentence, at: number, word: string, before: readonly Token[], gaz: Gazetteer): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const next = NEXT_NAME.exec(s.text.slice(at + word.length, at + word.length + 40));
  if (next === null) return false;
  const last = before[before.length - 1];
  const prev = last !== undefined && last.cap && /^ +$/.test(s.text.slice(last.end - s.start, at)) ? last : null;
  const candidates = prev !== null ? [`${prev.text} ${word} ${next[1]}`, `${word} ${next[1]}`] : [`${word} ${next[1]}`];
  return candidates.some((c) => {
    const key = canonicalKey(c);
    return gaz.lookup(key).some((h) => h.primary && POSSESSIVE_NAME.test(h.entry.name) && canonicalKey(h.entry.name) === key);
  });
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
