/**
 * Text preparation of ROUGE-1.5.5: length limits applied to the raw (lowercased) sentences
 * first (readText / readText_LCS), then the clean-up regexes, then tokens (stopwords, stemming).
 * Inputs are Perl byte strings (one char per byte), so -b counts bytes as the Perl does.
 */
import { ROUGE } from './constants.js';
import { exceptions, stopwords } from './lexicon.js';
import { perlSplitWs } from './perl.js';
import { porterStem } from './porter.js';

/** The Perl's clean-up: "-" becomes a token, any other non [A-Za-z0-9] a space, spaces squeezed. */
export function normalize(s: string): string {
  return s
    .replace(/-/g, ' - ')
    .replace(/[^A-Za-z0-9-]/g, ' ')
    .replace(/^[ \t\n\r\f\x0B]+/, '')
    .replace(/[ \t\n\r\f\x0B]+$/, '')
    .replace(/[ \t\n\r\f\x0B]+/g, ' ');
}

/**
 * readText: the sentences joined into one text, cut at wordLimit words or byteLimit bytes
 * (0 = no limit), then normalized; null where the Perl's text stays undefined (nothing kept
 * under a limit). Sentence lengths are counted on the raw sentence, before clean-up.
 */
export function readText(sentences: readonly string[], wordLimit: number, byteLimit: number): string | null {
  let text: string | null;
  if (wordLimit === 0 && byteLimit === 0) {
    text = sentences.join(' ');
  } else if (wordLimit !== 0) {
    let tmp = '';
    let len = 0;
    for (const s of sentences) {
      const tokens = perlSplitWs(s);
      if (len + tokens.length < wordLimit) {
        tmp += len !== 0 ? ` ${s}` : s;
        len += tokens.length;
      } else {
        if (len > 0) tmp += ' ';
        tmp += tokens.slice(0, wordLimit - len).join(' ');
        break;
      }
    }
    text = tmp.length > 0 ? tmp : null;
  } else {
    let tmp = '';
    let len = 0;
    for (const s of sentences) {
      if (len + s.length < byteLimit) {
        tmp += len !== 0 ? ` ${s}` : s;
        len += s.length;
      } else {
        if (len > 0) tmp += ' ';
        tmp += s.slice(0, byteLimit - len);
        break;
      }
    }
    text = tmp.length > 0 ? tmp : null;
  }
  return text === null ? null : normalize(text);
}

/**
 * readText_LCS: the sentences kept as units for ROUGE-L/W, under the same limits. The Perl's
 * byte-limit branch never advances its byte counter, so each sentence is compared with the
 * limit on its own and the first longer one is cut and ends the text: reproduced as is.
 */
export function readTextLcs(sentences: readonly string[], wordLimit: number, byteLimit: number): string[] {
  const out: string[] = [];
  if (wordLimit === 0 && byteLimit === 0) {
    out.push(...sentences);
  } else if (wordLimit !== 0) {
    let len = 0;
    for (const s of sentences) {
      const tokens = perlSplitWs(s);
      if (len + tokens.length < wordLimit) {
        len += tokens.length;
        out.push(s);
      } else {
        out.push(tokens.slice(0, wordLimit - len).join(' '));
        break;
      }
    }
  } else {
    const len = 0; // never incremented in ROUGE-1.5.5
    for (const s of sentences) {
      if (len + s.length < byteLimit) out.push(s);
      else {
        out.push(s.slice(0, byteLimit - len));
        break;
      }
    }
  }
  return out.map(normalize);
}

export interface TokenizerOptions {
  /** -m: WordNet exceptions, else Porter, for tokens longer than 3 characters. */
  stem: boolean;
  /** -s: drop SMART stopwords (matched before stemming). */
  removeStopwords: boolean;
}

/** Tokens whose stems are remembered before the memo starts over (a pure function's memo: bounded, as a library
 *  that scores corpus after corpus in one process must not keep every token it ever met). */
const STEM_CACHE_MAX = 200_000;
const stemCache = new Map<string, string>();

/** MorphStem: the WordNet 2.0 exception form if there is one, else the Porter stem (cached). */
export function morphStem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = exceptions().get(token) ?? porterStem(token);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(token, s);
  }
  return s;
}

/** The tokens ROUGE counts in a normalized text (createNGram / tokenizeText_LCS). */
export function tokens(text: string, opts: TokenizerOptions): string[] {
  const out: string[] = [];
  if (text.length === 0) return out;
  const stop = opts.removeStopwords ? stopwords() : undefined;
  for (const t of perlSplitWs(text)) {
    if (stop?.has(t)) continue;
    if (!ROUGE.keptToken.test(t)) continue;
    out.push(opts.stem && t.length > ROUGE.stemMinExclusiveLength ? morphStem(t) : t);
  }
  return out;
}
