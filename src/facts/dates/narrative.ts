// Narrative time, the "reference time" of the temporal-anchoring literature (Reichenbach; the TimeML and
// TempEval work on anchoring events in news): a sentence that tells a happening in the simple past without
// naming a day is read at the time the story is at, the date of the nearest sentence before it that names one.
// The same walk gives "a day earlier" or "that same day" at the start of a sentence the day it counts from.
import type { Certainty } from '../../types.js';
import { findDates } from '../dates.js';
import { NARRATIVE_ANTERIOR, NARRATIVE_ASIDE } from './lexicon.js';
import type { DatesContext } from './read.js';
import { DATES } from './tunables.js';
import type { DateAnchor, Precision, TemporalMention } from './types.js';

/** Whether a sentence may take the time the story is at (its event's tense is checked by the caller). */
export function takesNarrativeTime(text: string): boolean {
  return !NARRATIVE_ANTERIOR.test(text) && !NARRATIVE_ASIDE.test(text);
}

/** What a sentence of an article needs for its dates to be read in order. */
export interface SentenceText {
  text: string;
  paragraph: number;
}

/** The date a sentence stands at: the one its event is told with, else its first day-precise date, else its first date; never a plan. */
export function referenceMention(mentions: readonly TemporalMention[], isEventWhen: (m: TemporalMention) => boolean = () => false): TemporalMention | null {
  const usable = mentions.filter((m) => m.date && m.tense !== 'future' && !DATES.narrativeLooseNotes.has(m.note ?? '') && DATES.narrativeCarries.has(m.precision));
  return usable.find(isEventWhen) ?? usable.find((m) => m.precision === 'day' && !m.endDate) ?? usable[0] ?? null;
}

export interface Reference {
  mention: TemporalMention;
  /** How many kept sentences back it stands (1 = the previous sentence). */
  back: number;
}

/**
 * The reference date for the sentence at `at`: the nearest sentence before it that has a date, if it is in the
 * same paragraph or at most DATES.narrativeMaxSentencesBack back. A nearer sentence that dates only a plan ends the
 * walk: the story has moved to what is to come.
 */
export function referenceBefore(
  sentences: readonly SentenceText[],
  mentions: readonly (readonly TemporalMention[])[],
  at: number,
  isEventWhen: (sentence: number, m: TemporalMention) => boolean = () => false,
): Reference | null {
  for (let j = at - 1; j >= 0; j--) {
    const back = at - j;
    if (back > DATES.narrativeMaxSentencesBack && sentences[j].paragraph !== sentences[at].paragraph) return null;
    if (!mentions[j].some((m) => m.date)) continue;
    const mention = referenceMention(mentions[j], (m) => isEventWhen(j, m));
    return mention ? { mention, back } : null;
  }
  return null;
}

/** Every sentence's dates in reading order; "a day earlier", "that same day" count from the reference date before them. */
export function readArticleDates(
  sentences: readonly SentenceText[],
  anchor: DateAnchor | null,
  isEventWhen: (sentence: number, m: TemporalMention) => boolean = () => false,
  context?: DatesContext,
): TemporalMention[][] {
  const out: TemporalMention[][] = [];
  sentences.forEach((s, i) => {
    const ref = referenceBefore(sentences, out, i, isEventWhen);
    const previous = ref && ref.mention.precision === 'day' && !ref.mention.endDate
      ? { date: ref.mention.date, certainty: ref.mention.certainty, expression: ref.mention.expression }
      : undefined;
    out.push(findDates(s.text, anchor, { ...(previous ? { previous } : {}), ...(context ? { context } : {}) }));
  });
  return out;
}

/** One step less sure: a date carried over is at best inferred. */
export function oneStepWeaker(c: Certainty): Certainty {
  return c === 'stated' ? 'inferred' : 'uncertain';
}

/** A date read for a sentence that names none. */
export interface BorrowedDate {
  date: string;
  endDate?: string;
  precision: Precision;
  certainty: Certainty;
  basis: string;
}

export function borrowedDate(ref: Reference): BorrowedDate {
  const m = ref.mention;
  const where = ref.back === 1 ? "the article's previous sentence" : `the article's sentence ${ref.back} back`;
  return {
    date: m.date,
    ...(m.endDate ? { endDate: m.endDate } : {}),
    precision: m.precision,
    certainty: oneStepWeaker(m.certainty),
    basis: `no date in the sentence; ${where} is dated ${m.date}${m.endDate ? ` to ${m.endDate}` : ''} ("${m.expression}"), the time the story is at`,
  };
}
