// Who a sentence says its figure comes from: "according to the regional health office", "company spokeswoman Lena Ortiz said".
import type { Sentence } from '../../types.js';
import type { Token } from '../mentions/tokens.js';
import { DEMONSTRATIVE_PRONOUNS, PERSONAL_PRONOUNS } from '../../text/pronouns.js';
import { CLAUSE_PUNCTUATION } from '../../text/punctuation.js';
import { speechVerbs } from '../../text/speech-verbs.js';
import { NUMBERS } from './tunables.js';

/** A source that is only a pronoun ("he said", "this shows") names nobody. */
const PRONOUNS = new Set<string>([...PERSONAL_PRONOUNS, ...DEMONSTRATIVE_PRONOUNS]);
const LEADING_NOISE = /^(?:(?:a|an|the)\s+)?(?:(?:statement|report|estimate|figures?|data|count)\s+(?:from|by|of)\s+)?(?:the\s+)?/i;

function phrase(tokens: readonly Token[], sentence: Sentence): string {
  if (!tokens.length) return '';
  return sentence.text.slice(tokens[0].start - sentence.start, tokens[tokens.length - 1].end - sentence.start).replace(LEADING_NOISE, '').trim();
}

/** The source a sentence names for what it says, as written, or null. */
function explicitSource(sentence: Sentence, tokens: readonly Token[]): string | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
      const out: Token[] = [];
      for (let j = i + 2; j < tokens.length && out.length < NUMBERS.maxSpeakerTokens && !CLAUSE_PUNCTUATION.has(tokens[j].text); j++) out.push(tokens[j]);
      const p = phrase(out, sentence);
      if (p) return p;
    }
  }
  const figureVerbs = speechVerbs().figureSource;
  for (let i = 0; i < tokens.length; i++) {
    if (!figureVerbs.has(tokens[i].lower)) continue;
    // Speaker before the verb ("local officials said"), back to a clause boundary.
    const before: Token[] = [];
    for (let j = i - 1; j >= 0 && before.length < NUMBERS.maxSpeakerTokens && !CLAUSE_PUNCTUATION.has(tokens[j].text) && tokens[j].kind !== 'punct'; j--) before.unshift(tokens[j]);
    // Speaker after the verb ("..., said operation commander General X").
    const after: Token[] = [];
    if (!before.length || (i > 0 && CLAUSE_PUNCTUATION.has(tokens[i - 1].text))) {
      for (let j = i + 1; j < tokens.length && after.length < NUMBERS.maxSpeakerTokens && !CLAUSE_PUNCTUATION.has(tokens[j].text); j++) after.push(tokens[j]);
    }
    const p = phrase(before.length ? before : after, sentence);
    if (p) return p;
  }
  return null;
}

/**
 * The attribution of a sentence as written, or null. A pronoun speaker ("She estimated") gives null: resolving it
 * to an earlier speaker picks the wrong one too often in stitched agency copy.
 */
export function attributionOf(sentence: Sentence, tokens: readonly Token[]): string | null {
  const own = explicitSource(sentence, tokens);
  return own && !PRONOUNS.has(own.toLowerCase()) ? own : null;
}
