// Comparing two wink taggers (the package's loader, the fast one, the one on the binary copy): the same sentences,
// tags and token features on the example's articles and on words the lexicon lacks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { tagger } from '../../src/segment/nlp.js';

type Nlp = ReturnType<typeof tagger>;

/** The example's articles, and odd tokens and unknown words (added to the lexicon as they are met). */
export function tagTexts(): string[] {
  const example = 'examples/al-qaim';
  const texts = readdirSync(example).map((f) => readFileSync(join(example, f), 'utf8'));
  texts.push('Zorblaxian officials met in Qwertyville on 3 Jan. 2024 at 10:30 a.m.; U.S.-led talks ended :) #peace @un e-mail: a@b.co', 'Dr. Smith\'s co-workers didn\'t say "no" -- they said 1,250.75 USD!');
  return texts;
}

function view(nlp: Nlp, text: string) {
  const d = nlp.readDoc(text);
  const its = nlp.its;
  return {
    sentences: d.sentences().out(),
    pos: d.tokens().out(its.pos),
    type: d.tokens().out(its.type),
    normal: d.tokens().out(its.normal),
    shape: d.tokens().out(its.shape),
    spaces: d.tokens().out(its.precedingSpaces),
  };
}

/** Asserts both taggers read every text alike; returns how many tokens were compared. */
export function assertSameTags(a: Nlp, b: Nlp): number {
  let tokens = 0;
  for (const text of tagTexts()) {
    const va = view(a, text);
    assert.deepEqual(va, view(b, text));
    tokens += va.pos.length;
  }
  return tokens;
}
