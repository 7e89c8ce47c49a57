// Word tokens with article offsets and part-of-speech tags, shared by the names, numbers and events finders.
// Tokens are kept per sentence in the story's context, so the three finders tag a story once between them.
import { tagger } from '../../segment/nlp.js';
import { maskLongTokens } from '../../segment/caps.js';
import type { Sentence } from '../../types.js';
import type { Checkpoint } from '../../budget.js';
import type { FactsContext } from './context.js';
import { NAME_SUFFIXES, titleAbbreviations } from '../../text/titles.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Offsets into the article text (not the sentence). */
  start: number;
  end: number;
  /** Position in the sentence's token list. */
  i: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym such as ISIS, or a shouted headline). */
  allCaps: boolean;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB...), '' when the tagger gave none for this token. */
  pos: string;
}

let tokenPatterns: RegExp | null = null;
/** The token pattern, built once: its abbreviated titles are the titles list's (data, read on first use). */
function tokenPattern(): RegExp {
  return (tokenPatterns ??= new RegExp(
    [
      // Dotted abbreviations (U.S., U.N.) stay one token so they can match the alias lexicon.
      String.raw`\p{Lu}\.(?:\p{Lu}\.)+`,
      // Abbreviated titles and name suffixes keep their period, so "Gen." is a title and not a sentence end.
      String.raw`(?:${[...titleAbbreviations(), ...NAME_SUFFIXES].join('|')})\.(?=\s)`,
      // Words with inner hyphens or apostrophes (al-Rashidi, Shi'ite, EU-funded); a trailing 's is split off below.
      String.raw`[\p{L}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
      // Numbers with thousands separators or decimals: 1,500 and 3.5.
      String.raw`\d+(?:[.,]\d+)*`,
      String.raw`\S`,
    ].join('|'),
    'gu',
  ));
}

const POSSESSIVE = /^(.+?)(['’]s)$/u;
/** Most tokens are plain lowercase words: what makeToken would work out for them is known without its tests. */
const PLAIN_LOWER = /^[a-z]+$/;

/** A capitalised word of ASCII letters ("Baghdad"): a word, capitalised, not all capitals. */
const PLAIN_CAPITALISED = /^[A-Z][a-z]+$/;

/** An ASCII punctuation mark or symbol (`,` `.` `(` `$`...): no letter, no digit, no case. */
function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function makeToken(text: string, start: number, i: number): Token {
  if (PLAIN_LOWER.test(text)) return { text, lower: text, kind: 'word', start, end: start + text.length, i, cap: false, allCaps: false, pos: '' };
  // The other common tokens, also known without the general tests below: one punctuation mark, a capitalised word.
  if (text.length === 1 && isAsciiPunct(text.charCodeAt(0))) return { text, lower: text, kind: 'punct', start, end: start + 1, i, cap: false, allCaps: false, pos: '' };
  if (PLAIN_CAPITALISED.test(text)) return { text, lower: text.toLowerCase(), kind: 'word', start, end: start + text.length, i, cap: true, allCaps: false, pos: '' };
  const first = text.charAt(0);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const kind: TokenKind = /^\d/.test(text) ? 'num' : /^\p{L}/u.test(text) ? 'word' : 'punct';
  return {
    text,
    lower: text.toLowerCase(),
    kind,
    start,
    end: start + text.length,
    i,
    cap: /\p{Lu}/u.test(first),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    pos: '',
  };
}

/** Splits text into tokens; offsets are `base` + position in `text`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // An exec loop over the one pattern (matchAll would copy the pattern and step an iterator for every sentence).
  const pattern = tokenPattern();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = base + m.index;
    // Only a token ending in 's can be a possessive (the test first, the regex only then).
    const possessive = m[0].endsWith('s') ? POSSESSIVE.exec(m[0]) : null;
    if (possessive && /^\p{L}/u.test(m[0]) && !/['’]s['’-]/.test(m[0])) {
      out.push(makeToken(possessive[1], at, out.length));
      out.push(makeToken(possessive[2], at + possessive[1].length, out.length));
    } else {
      out.push(makeToken(m[0], at, out.length));
    }
  }
  return out;
}

// Tags come from the shared tagger instance (src/segment/nlp.ts: sentence bounds and part of speech only).

/** The segmenter's tags of a sentence, carried on it (a sentence the cleaner or reader reshaped has none). */
function segmenterTags(s: Sentence): ReadonlyMap<number, string> | undefined {
  return s.tags;
}

/** Tokenizes and POS-tags every sentence not seen before: with the segmenter's tags when it saw the sentence, else in one tagger pass. */
export function prepare(ctx: FactsContext, sentences: readonly Sentence[], checkpoint: Checkpoint = () => {}): void {
  const cache = ctx.tokens;
  const todo = sentences.filter((s) => !cache.has(s));
  if (todo.length === 0) return;
  const unseen = todo.filter((s) => !segmenterTags(s));
  // One document for all the sentences the segmenter did not tag: the tagger's per-document cost is paid once. A
  // sentence carried verbatim by several articles (wire copies) is tagged once.
  const SEPARATOR = '\n\n';
  const baseOf = new Map<string, number>();
  let joined = '';
  for (const s of unseen) {
    if (baseOf.has(s.text)) continue;
    baseOf.set(s.text, joined.length);
    joined += s.text + SEPARATOR;
  }
  const posAt = new Map<number, string>();
  if (joined) {
    const n = tagger();
    // As the segmenter does (src/segment/caps.ts): a token past LIMITS.segment.maxTokenChars is shown to the tagger only
    // up to the cap (its tokenizer is quadratic on a long one: 3,000 slashes and zeros took 1.4 s). Same length, so
    // the offsets below are the joined text's.
    joined = maskLongTokens(joined);
    const doc = n.readDoc(joined);
    const values = doc.tokens().out();
    const tags = doc.tokens().out(n.its.pos) as string[];
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      const at = joined.indexOf(v, cursor);
      // The tagger may rewrite a token (rare); skip it rather than lose alignment.
      if (at < 0 || at - cursor > 40) continue;
      if (!posAt.has(at)) posAt.set(at, tags[k]);
      cursor = at + v.length;
    }
  }
  for (const s of todo) {
    checkpoint('facts (tokens)');
    const tokens = tokenize(s.text, s.start);
    const known = segmenterTags(s);
    const base = baseOf.get(s.text) ?? 0;
    const tagAt = (offset: number) => (known ? known.get(offset) : posAt.get(base + offset));
    for (const t of tokens) {
      const local = t.start - s.start;
      // A hyphenated compound takes the tag of its last part ("US-backed" is tagged as "backed").
      const lastPart = t.text.lastIndexOf('-');
      t.pos = (lastPart > 0 ? tagAt(local + lastPart + 1) : undefined) ?? tagAt(local) ?? '';
    }
    cache.set(s, tokens);
  }
}

/** The tokens of one sentence (tagged when `prepare` saw it first). */
export function tokensOf(ctx: FactsContext, sentence: Sentence): Token[] {
  let tokens = ctx.tokens.get(sentence);
  if (!tokens) {
    prepare(ctx, [sentence]);
    tokens = ctx.tokens.get(sentence) ?? [];
  }
  return tokens;
}
