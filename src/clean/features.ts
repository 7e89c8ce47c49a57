// The shape of a line (paragraph) and the evidence around it, as numbers a small model weighs
// (src/clean/model.ts). Nothing here knows a phrase: only length, punctuation, verbs, capitals, symbols, the
// form of a call to action (a general lexicon of interface verbs and second-person pronouns), link-likeness,
// position, cohesion with the story and repetition. Every feature is linear in the line's length.
import { loadLexicon } from '../lexicons.js';
import type { Sentence } from '../types.js';
import type { LineEvidence } from './evidence.js';
import { ENDS_LIKE_SENTENCE } from './rules.js';
import { countWords, isSpace } from '../text/words.js';

/** Feature names, in the order of the vector (and of the weights in data/clean/line-model.json). */
export const FEATURES = [
  'logWords',
  'short',
  'endsSentence',
  'hasVerb',
  'sentences',
  'capShare',
  'symbolShare',
  'imperative',
  'secondPerson',
  'linkLike',
  'endsColon',
  'position',
  'tail',
  'cohesionStory',
  'cohesionOwn',
  'cohesionAny',
  'cohesionNeighbours',
  'foreignNames',
  'manyForeignNames',
  'bridge',
  'foreignMass',
  'coreWords',
  'relativeStory',
  'relativeAny',
  'noContent',
  'repeatsInInput',
  'repeatsStored',
  'prevFragment',
  'nextFragment',
  'fragmentLowCohesion',
  'sentenceLowCohesion',
] as const;

export type FeatureName = (typeof FEATURES)[number];

interface CtaLexicon {
  verbs: Set<string>;
  pronouns: Set<string>;
}

let lexicon: CtaLexicon | null = null;

function cta(): CtaLexicon {
  if (lexicon) return lexicon;
  const raw = loadLexicon<{ verbs: string[]; pronouns: string[] }>('call-to-action.json');
  lexicon = { verbs: new Set(raw.verbs), pronouns: new Set(raw.pronouns) };
  return lexicon;
}

/** Separators of link lists and menus: pipes, guillemets, arrows, bullets. */
const LINK_MARKS = /[|»«›‹→←↗•·▸►]|>>|<<|\s[-–—]\s*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface LineShape {
  text: string;
  /** The sentences the segmenter found in the line (for their tags). */
  sentences: readonly Partial<Pick<Sentence, 'tags'>>[];
  index: number;
  total: number;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A short line with no sentence punctuation: a heading, a link title, a menu item. */
export function isFragment(text: string): boolean {
  return words(text).length <= 14 && !ENDS_LIKE_SENTENCE.test(text.trim());
}

function hasVerb(sentences: readonly Partial<Pick<Sentence, 'tags'>>[]): boolean {
  for (const s of sentences) {
    const tags = s.tags;
    if (!tags) continue;
    for (const t of tags.values()) if (t === 'VERB' || t === 'AUX') return true;
  }
  return false;
}

/**
 * What a line's features take from its text alone (not from its place or the story's evidence). A stream reprints
 * wire copy, so a story's lines repeat: a per-story cache (`ShapeCache`, made by the caller for one story) computes
 * each distinct text once.
 */
export interface TextShape {
  /** Words (letter or digit runs). */
  words: number;
  endsSentence: boolean;
  /** A short line with no sentence punctuation (isFragment). */
  fragment: boolean;
  capShare: number;
  symbolShare: number;
  imperative: boolean;
  secondPerson: boolean;
  linkLike: boolean;
  endsColon: boolean;
}

/** Shapes of a story's distinct line texts (trimmed), keyed by the text. */
export type ShapeCache = Map<string, TextShape>;

/** A word opening with a letter; with a capital. One object each, not one per word (a literal in the loop would be). */
const LETTER_START = /^\p{L}/u;
const CAPITAL_START = /^\p{Lu}/u;

function textShape(text: string): TextShape {
  const ws = words(text);
  const n = ws.length;
  const lex = cta();
  let lettered = 0;
  let caps = 0;
  let secondPerson = false;
  for (const w of ws) {
    if (LETTER_START.test(w)) {
      lettered++;
      if (CAPITAL_START.test(w)) caps++;
    }
    if (!secondPerson && lex.pronouns.has(w.toLowerCase())) secondPerson = true;
  }
  let visible = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) visible++;
  const symbols = text.match(/[^\p{L}\s.,'’"“”]/gu)?.length ?? 0;
  const ends = ENDS_LIKE_SENTENCE.test(text);
  return {
    words: n,
    endsSentence: ends,
    fragment: n <= 14 && !ends,
    capShare: lettered ? caps / lettered : 0,
    symbolShare: visible ? symbols / visible : 0,
    imperative: n > 0 && lex.verbs.has(ws[0].toLowerCase()),
    secondPerson,
    linkLike: LINK_MARKS.test(text),
    endsColon: /:\s*$/.test(text),
  };
}

/** The shape of a line's text (trimmed here), from the story's cache when it has one. */
function shapeOf(raw: string, cache?: ShapeCache): TextShape {
  const text = raw.trim();
  if (!cache) return textShape(text);
  let shape = cache.get(text);
  if (!shape) {
    shape = textShape(text);
    cache.set(text, shape);
  }
  return shape;
}

/**
 * The feature vector of one line, given its neighbours' texts and its evidence. `shapes`: the story's cache of
 * text shapes (the same vector without it).
 */
export function lineFeatures(line: LineShape, prev: string | null, next: string | null, ev: LineEvidence, shapes?: ShapeCache): number[] {
  const shape = shapeOf(line.text, shapes);
  const n = shape.words;
  const lowStory = 1 - ev.cohesionStory;
  // The vector in FEATURES order, each value beside its name: one array of plain numbers per line (a record keyed by
  // name, then mapped to the order, cost a boxed number per feature for every line of a story, in both passes).
  return [
    Math.log1p(n), // logWords
    n <= 4 ? 1 : 0, // short
    shape.endsSentence ? 1 : 0, // endsSentence
    hasVerb(line.sentences) ? 1 : 0, // hasVerb
    Math.min(line.sentences.length, 4), // sentences
    shape.capShare, // capShare
    shape.symbolShare, // symbolShare
    shape.imperative ? 1 : 0, // imperative
    shape.secondPerson ? 1 : 0, // secondPerson
    shape.linkLike ? 1 : 0, // linkLike
    shape.endsColon ? 1 : 0, // endsColon
    line.total > 1 ? line.index / (line.total - 1) : 0, // position
    line.index >= line.total - 2 ? 1 : 0, // tail
    ev.cohesionStory, // cohesionStory
    ev.cohesionOwn, // cohesionOwn
    ev.cohesionAny, // cohesionAny
    ev.cohesionNeighbours, // cohesionNeighbours
    ev.foreignNames, // foreignNames
    Math.log1p(ev.foreignNames * ev.names), // manyForeignNames
    ev.bridge, // bridge
    ev.foreignMass, // foreignMass
    ev.coreWords, // coreWords
    ev.relativeStory, // relativeStory
    ev.relativeAny, // relativeAny
    ev.contentWords === 0 ? 1 : 0, // noContent
    Math.log1p(ev.repeatsInInput), // repeatsInInput
    Math.log1p(ev.repeatsStored), // repeatsStored
    prev !== null && shapeOf(prev, shapes).fragment ? 1 : 0, // prevFragment
    next !== null && shapeOf(next, shapes).fragment ? 1 : 0, // nextFragment
    shape.fragment ? lowStory : 0, // fragmentLowCohesion
    !shape.fragment ? lowStory * Math.min(1, n / 20) : 0, // sentenceLowCohesion
  ];
}
