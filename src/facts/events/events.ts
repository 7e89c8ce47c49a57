// Who did what to whom, where and when, in the spirit of ACLED and GDELT: a verb lexicon over tagged tokens,
// with active ("X recaptured Y from Z"), passive ("Y was captured by X") and inverse ("Y fell to X") patterns.
// The same event told by several outlets is merged into one with all its sources.
import type { Article, Certainty, Sentence, Span, Support } from '../../types.js';
import { lexiconEntry, phraseKeys } from '../names/aliases.js';
import { createFactsContext, type FactsContext } from '../mentions/context.js';
import { findMentions, type Mention } from '../mentions/mentions.js';
import { sortSpans, sourcesOf, supportOf } from '../mentions/provenance.js';
import { prepare, tokensOf, type Token } from '../mentions/tokens.js';
import { AUXILIARIES, isBoundary, isPossessiveMark, NOUN_TAGS, phraseAfter, PREPOSITIONS, stripDeterminer, subjectBefore } from './clauses.js';
import { verbForms, type VerbForm } from './lexicon.js';
import { EVENTS } from './tunables.js';
import { nearestTime, timePhraseAt } from './when.js';
import { DEMONSTRATIVE_PRONOUNS, INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from '../../text/pronouns.js';

export interface Event {
  actor: string;
  /** Normalized verb class: capture, recapture, enter, launch-offensive, attack, repel, drop-leaflets, kill... */
  action: string;
  /** The verb as written. */
  verb: string;
  target: string | null;
  place: string | null;
  /** The temporal words as written ("on Thursday"); the dates stage resolves them. */
  when: string | null;
  /** `when` (or the time the narrative is at) as an ISO date, set by the timeline; absent when it could not be dated. */
  date?: string;
  dateCertainty?: Certainty;
  /** Supporters named with "backed by". */
  backedBy?: string;
  /** Whom it was taken from ("from the rebel alliance") or who attacked ("an attack by X"). */
  opponent?: string;
  /** The sentence of the first report. */
  text: string;
  sources: string[];
  spans: Span[];
  support: Support;
}

/** How the verb tells the happening: a simple past ("dropped", "was captured"), a perfect ("has dropped", "had
 * besieged"), or anything else (present, future, modal). Only a simple past takes the time the narrative is at. */
export type ReportTense = 'past' | 'perfect' | 'other';

/** One sentence's report of an event, with what the dates stage needs to date it. */
export interface EventReport {
  sentence: Sentence;
  /** The temporal words of the clause, with offsets into the article text; null when the clause has none. */
  when: { text: string; start: number; end: number } | null;
  tense: ReportTense;
}

/** An event with every sentence that reports it. */
export interface ReportedEvent {
  event: Event;
  reports: EventReport[];
}

export interface EventOptions {
  isPlace?: (name: string) => boolean;
}

/** Implicative verbs: "managed to take" reports the taking as done, where "tried to take" (a control verb of
 *  ./clauses.ts that is not here) does not. */
const IMPLICATIVE_VERBS = new Set(['able', 'managed', 'continued', 'continue', 'began', 'begun', 'started']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
/** Words that stand for an actor without naming it: a clause whose subject is one has no actor to report. */
const NOT_ACTORS = new Set<string>([...PERSONAL_PRONOUNS, ...DEMONSTRATIVE_PRONOUNS, ...RELATIVE_PRONOUNS, ...INDEFINITE_PRONOUNS]);
/** The prepositions of PREPOSITIONS (./clauses.ts) whose object is where an event happened ("in", "near", "over"). Not
 *  "from", "to", "into", "toward": their object is where a movement starts or ends (the mentions' locative list has them,
 *  since there any direction marks a place name). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'around', 'over', 'on']);
/** The prepositions whose object is what an attack or an offensive aims at ("strikes on", "an offensive against"). */
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'targeting']);
/** Actions whose target is usually the place where they happened (taking a town happens in the town). */
const PLACE_TARGET_ACTIONS = new Set(['capture', 'recapture', 'enter', 'besiege', 'launch-offensive', 'attack']);

/** Where the clause window after token `v` ends: EVENTS.clauseWindow tokens, not counting asides between dashes or
 * brackets ("began the assault on the valley -- which also holds two dams -- on Monday"). */
function windowEnd(tokens: readonly Token[], v: number): number {
  const isDash = (j: number) => tokens[j]?.text === '-' && isBoundary(tokens, j);
  /** The token after a dash mark, a doubled one ("--") included. */
  const afterDash = (j: number) => {
    let k = j + 1;
    while (k < tokens.length && tokens[k].text === '-' && tokens[k - 1].end === tokens[k].start) k++;
    return k;
  };
  let counted = 0;
  let j = v + 1;
  while (j < tokens.length && counted < EVENTS.clauseWindow) {
    const opens = tokens[j].text === '(' ? 'bracket' : isDash(j) ? 'dash' : null;
    if (opens) {
      const inside = opens === 'dash' ? afterDash(j) : j + 1;
      let k = inside;
      while (k < tokens.length && k - inside <= EVENTS.maxAsideForwardTokens && !(opens === 'dash' ? isDash(k) : tokens[k].text === ')')) k++;
      if (k < tokens.length && k - inside <= EVENTS.maxAsideForwardTokens) {
        j = opens === 'dash' ? afterDash(k) : k + 1;
        counted++;
        continue;
      }
    }
    counted++;
    j++;
  }
  return j;
}

function textOf(s: Sentence, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return stripDeterminer(s.text.slice(tokens[from].start - s.start, tokens[to - 1].end - s.start));
}

/** The last name in a token range that is not an organisation; known places first. */
function nameIn(mentions: readonly Mention[], tokens: readonly Token[], from: number, to: number, isPlace?: (n: string) => boolean): string | null {
  if (from >= to) return null;
  const a = tokens[from].start;
  const b = tokens[to - 1].end;
  const inside = mentions.filter((m) => m.start >= a && m.end <= b && !m.bareTitle && lexiconEntry(m.text)?.type !== 'org' && m.org === 0 && m.person === 0);
  const places = isPlace ? inside.filter((m) => isPlace(m.text)) : [];
  if (isPlace && !places.length) return null;
  return (places.length ? places : inside).at(-1)?.text ?? null;
}

interface PrepPhrase {
  prep: string;
  from: number;
  to: number;
}

/** The prepositional phrases after token `i` until the clause ends. */
function prepPhrases(tokens: readonly Token[], i: number): PrepPhrase[] {
  const out: PrepPhrase[] = [];
  let j = i;
  const end = Math.min(tokens.length, i + EVENTS.clauseWindow);
  while (j < end && !isBoundary(tokens, j)) {
    const t = tokens[j];
    if ((PREPOSITIONS.has(t.lower) || t.lower === 'targeting') && t.lower !== 'of') {
      const [from, to] = phraseAfter(tokens, j + 1);
      out.push({ prep: t.lower, from, to });
      j = Math.max(to, j + 1);
    } else j++;
  }
  return out;
}

interface Candidate extends Omit<Event, 'sources' | 'spans' | 'support'> {
  span: Span;
  actorKeys: Set<string>;
  targetKeys: Set<string>;
  report: EventReport;
}

const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", "'d"]);
const SIMPLE_PAST_AUX = new Set(['was', 'were', 'got']);
/** Before these a past-looking form is a base form or a plan ("will hit", "to set", "did take"). */
const NOT_PAST_BEFORE = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'to', 'did', 'does', 'do', "'ll", 'not']);

/** The tense of the event verb at token `v`; `k` is the first token before it that is not an adverb. */
function reportTense(tokens: readonly Token[], v: number, k: number, passive: boolean): ReportTense {
  const before = tokens[k]?.lower ?? '';
  if (passive) {
    if (before !== 'been') return SIMPLE_PAST_AUX.has(before) ? 'past' : 'other';
    let j = k - 1;
    while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].lower === 'also')) j--;
    return PERFECT_AUX.has(tokens[j]?.lower ?? '') ? 'perfect' : 'other';
  }
  if (PERFECT_AUX.has(before)) return 'perfect';
  if (NOT_PAST_BEFORE.has(before)) return 'other';
  return (verbForms().get(tokens[v].lower) ?? []).some((f) => f.past) ? 'past' : 'other';
}

function eventsOf(ctx: FactsContext, sentence: Sentence, opts: EventOptions): Candidate[] {
  const tokens = tokensOf(ctx, sentence);
  const forms = verbForms();
  const mentions = findMentions(ctx, sentence);
  const out: Candidate[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (t.kind !== 'word' || t.cap) continue;
    const options = forms.get(t.lower);
    if (!options) continue;
    for (const form of options) {
      const event = eventFor(sentence, tokens, mentions, v, form, out, opts);
      if (event) {
        out.push(event);
        break;
      }
    }
  }
  return out;
}

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** Whether tokens [from, to) hold a noun, a name, a pronoun or a number: a phrase that can be a verb's object. */
function hasNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NOUN_PHRASE_TAGS.has(tokens[i].pos ?? '')) return true;
  return false;
}

/** Words that deny the verb ("did not enter", "never met"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Auxiliaries of what may or should happen (not "will": a plan announced is still reported). */
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'might', 'may', 'should', 'must', 'can']);

/**
 * "timber seized by forest rangers", "two clerks arrested after the raid": a participle right after its noun
 * with no object of its own. Not "Officials have detained..." (an auxiliary before it), nor "the gale killed at
 * least 17 fishermen" (a count opens the object).
 */
function reducedPassive(tokens: readonly Token[], v: number, oFrom: number, oTo: number): boolean {
  if (!NOUN_TAGS.has(tokens[v - 1]?.pos ?? '') || hasNounPhrase(tokens, oFrom, oTo)) return false;
  for (let i = v + 1; i < tokens.length && i <= v + EVENTS.countLookaheadTokens && !isBoundary(tokens, i); i++) {
    if (tokens[i].pos === 'NUM' && !timePhraseAt(tokens, i)) return false;
  }
  return true;
}

function eventFor(sentence: Sentence, tokens: readonly Token[], mentions: readonly Mention[], v: number, form: VerbForm, earlier: readonly Candidate[], opts: EventOptions): Candidate | null {
  const t = tokens[v];
  // Only words the tagger reads as verbs: "meteor storm", "the attack" are nouns. Classes marked needsVerbTag in
  // the lexicon are those most often nouns; the tag is required of every form, as nouns slip through otherwise.
  if (t.pos !== 'VERB' && (form.needsVerbTag || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) return null;
  // Purposes and wishes did not happen: "launched an offensive to recapture", "try to flee".
  if (tokens[v - 1]?.lower === 'to' && !IMPLICATIVE_VERBS.has(tokens[v - 2]?.lower ?? '')) return null;
  // A participle without an auxiliary modifies a noun ("the hills surrounding the town", "for holding the bridge").
  if (t.lower.endsWith('ing') && !PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '') && !PASSIVE_AUX.has(tokens[v - 2]?.lower ?? '')) return null;
  // Quoted words are speech, often wishes or threats, not reported happenings.
  const quotesBefore = (sentence.text.slice(0, t.start - sentence.start).match(/["“”]/g) ?? []).length;
  if (quotesBefore % 2 === 1) return null;
  // Nouns and adjectives that share a verb's spelling: "the attack", "a captured soldier".
  if (['DET', 'ADJ'].includes(tokens[v - 1]?.pos ?? '') && !PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '')) return null;
  // "the bodies of four kidnapped tourists": between a count and its noun, a participle is an adjective.
  if (tokens[v - 1]?.pos === 'NUM' && NOUN_TAGS.has(tokens[v + 1]?.pos ?? '') && !timePhraseAt(tokens, v - 1)) return null;
  // "the storm could strike again": what may happen is not a reported happening; "did not enter", "never met": what
  // did not happen is not either.
  for (let m = v - 1; m >= 0 && (AUXILIARIES.has(tokens[m].lower) || tokens[m].pos === 'ADV' || tokens[m].pos === 'PART'); m--) {
    if (MODALS.has(tokens[m].lower) || NEGATIONS.has(tokens[m].lower)) return null;
  }
  // "for the rebel leader's capture": after a possessive the word is a noun.
  if (isPossessiveMark(tokens[v - 1])) return null;
  let k = v - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].lower === 'also')) k--;
  // "pulled out", "pulled back": the class's particle must follow the verb (adverbs aside).
  let afterVerb = v + 1;
  while (afterVerb < tokens.length && tokens[afterVerb].pos === 'ADV' && !form.particles?.includes(tokens[afterVerb].lower)) afterVerb++;
  if (form.particles && !form.particles.includes(tokens[afterVerb]?.lower ?? '')) return null;
  // "the town fell to the rebels": the town is a name and "to" follows the verb ("he fell to the floor", "each island
  // fell prey to the storm" are no captures).
  if (form.inverse && (tokens[afterVerb]?.lower !== 'to' || !tokens.slice(Math.max(0, v - EVENTS.maxPhraseTokens), v).some((x) => x.cap && x.pos === 'PROPN'))) return null;
  let passive = form.participle && PASSIVE_AUX.has(tokens[k]?.lower ?? '');
  let objStart = v + 1;
  while (objStart < tokens.length && (['off', 'up', 'back'].includes(tokens[objStart].lower) || form.particles?.includes(tokens[objStart].lower))) objStart++;
  const whenHere = nearestTime(tokens, v, objStart, objStart + 3);
  if (whenHere && whenHere.from === objStart) objStart = whenHere.to;
  let [oFrom, oTo] = passive || form.inverse ? [objStart, objStart] : phraseAfter(tokens, objStart);
  // "timber seized by forest rangers", "miners killed or hurt in the flood": a verb that always takes an object,
  // written with none, is a participle after its noun, a passive (its actor the phrase after "by", if any).
  const reduced = !passive && form.transitive === true && form.participle && reducedPassive(tokens, v, oFrom, oTo);
  if (reduced) {
    passive = true;
    [oFrom, oTo] = [objStart, objStart];
  }
  const objectWords = tokens.slice(oFrom, oTo).map((x) => x.lower);
  if (form.object && !form.object.some((w) => objectWords.join(' ').split(/[\s-]+/).includes(w) || objectWords.includes(w))) return null;
  // "withdrew its troops" is a retreat, "withdrew his support" is not.
  if (form.objectIfAny && hasNounPhrase(tokens, oFrom, oTo) && !form.objectIfAny.some((w) => objectWords.includes(w))) return null;
  // "took part", "took advantage of the lapse": idioms, not captures.
  const objectHead = tokens.slice(oFrom, oTo).find((x) => NOUN_TAGS.has(x.pos ?? ''));
  if (form.notObjectHeads && objectHead && form.notObjectHeads.includes(objectHead.lower)) return null;
  if (form.namedObject && !tokens.slice(oFrom, oTo).some((x) => x.cap)) return null;
  const pps = prepPhrases(tokens, passive || form.inverse ? objStart : oTo);
  // A passive's subject is read back from its auxiliary; a participle after its noun has none.
  const subject = subjectBefore(tokens, passive && !reduced ? k : v);
  let subjectText = textOf(sentence, tokens, subject.from, subject.to);
  // "The rebels' last town, Kidal, fell": the named aside is the better subject.
  if (subject.appositive && (subject.from === subject.to || form.inverse || passive)) subjectText = textOf(sentence, tokens, subject.appositive[0], subject.appositive[1]);
  let actor: string;
  let actorRange: [number, number] | null = [subject.from, subject.to];
  let target: string | null;
  if (form.inverse) {
    const to = pps.find((p) => p.prep === 'to');
    if (!to) return null;
    actorRange = [to.from, to.to];
    actor = textOf(sentence, tokens, to.from, to.to);
    target = subjectText || null;
  } else if (passive) {
    // "indicted after an inquiry found they had done it by planting a bomb": a "by" that opens a gerund is a means.
    const by = pps.find((p) => p.prep === 'by' && hasNounPhrase(tokens, p.from, p.to) && tokens[p.from]?.pos !== 'VERB');
    if (!by) return null;
    actorRange = [by.from, by.to];
    actor = textOf(sentence, tokens, by.from, by.to);
    target = subjectText || null;
  } else {
    actor = subjectText;
    // "X captured A and besieged B": the second verb shares the first one's actor.
    if (!actor && tokens[subject.stoppedAt]?.lower === 'and' && earlier.length) {
      actor = earlier[earlier.length - 1].actor;
      actorRange = null;
    }
    // "met privately", "met on Monday and Tuesday": words after the verb that hold no noun are no target.
    target = hasNounPhrase(tokens, oFrom, oTo) ? textOf(sentence, tokens, oFrom, oTo) || null : null;
    if (form.object) {
      const on = pps.find((p) => TARGET_PREPOSITIONS.has(p.prep) && !nearestTime(tokens, p.from, p.from, p.to));
      if (form.action === 'launch-offensive' || form.action === 'attack') target = on ? textOf(sentence, tokens, on.from, on.to) : null;
    }
  }
  if (!actor || NOT_ACTORS.has(actor.toLowerCase())) return null;
  // An actor is a noun phrase: it holds a noun or a name and does not open with a conjunction or preposition.
  if (actorRange) {
    const actorTokens = tokens.slice(actorRange[0], actorRange[1]).filter((x) => !['the', 'a', 'an'].includes(x.lower));
    if (!actorTokens.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') || (!actorTokens[0]?.text.includes('-') && ['CCONJ', 'SCONJ', 'ADP', 'VERB', 'AUX', 'PART'].includes(actorTokens[0]?.pos ?? ''))) return null;
  }
  const placePhrase = pps.find((p) => PLACE_PREPOSITIONS.has(p.prep) && nameIn(mentions, tokens, p.from, p.to, opts.isPlace));
  let place = placePhrase ? nameIn(mentions, tokens, placePhrase.from, placePhrase.to, opts.isPlace) : null;
  if (!place && target && PLACE_TARGET_ACTIONS.has(form.action)) {
    const targetRange = form.inverse || passive ? [subject.appositive?.[0] ?? subject.from, subject.appositive?.[1] ?? subject.to] : [oFrom, oTo];
    const on = pps.find((p) => TARGET_PREPOSITIONS.has(p.prep));
    place = nameIn(mentions, tokens, targetRange[0], targetRange[1], opts.isPlace) ?? (on && form.object ? nameIn(mentions, tokens, on.from, on.to, opts.isPlace) : null);
  }
  const when = nearestTime(tokens, v, Math.max(0, subject.from - 3), windowEnd(tokens, v));
  const from = pps.find((p) => p.prep === 'from' && p.from < p.to);
  const by = form.action === 'repel' ? pps.find((p) => p.prep === 'by') : undefined;
  const opponentRange = (form.action === 'capture' || form.action === 'recapture') ? from : by;
  const whenAt = when ? { text: when.text, start: tokens[when.from].start, end: tokens[when.to - 1].end } : null;
  const c: Candidate = {
    actor, action: form.action, verb: t.text, target, place, when: when?.text ?? null, text: sentence.text,
    span: { article: sentence.article, start: sentence.start, end: sentence.end },
    actorKeys: phraseKeys(actor), targetKeys: target ? phraseKeys(target) : new Set(),
    report: { sentence, when: whenAt, tense: reportTense(tokens, v, k, passive && !reduced) },
  };
  if (subject.backedBy.length) c.backedBy = subject.backedBy.map(stripDeterminer).join('; ');
  if (opponentRange) c.opponent = textOf(sentence, tokens, opponentRange.from, opponentRange.to);
  return c;
}

const overlaps = (a: Set<string>, b: Set<string>) => a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x));

/** Who did what to whom in the story; one event per happening, with every article that reports it. */
export function findEvents(sentences: readonly Sentence[], articles: readonly Article[], opts: EventOptions = {}, ctx: FactsContext = createFactsContext(articles)): Event[] {
  return findReportedEvents(sentences, articles, opts, ctx).map((r) => r.event);
}

/** The events of findEvents, each with the sentences that report it (for the timeline to date them). */
export function findReportedEvents(sentences: readonly Sentence[], articles: readonly Article[], opts: EventOptions = {}, ctx: FactsContext = createFactsContext(articles)): ReportedEvent[] {
  prepare(ctx, sentences);
  type Merged = { head: Candidate; spans: Span[]; reports: EventReport[] };
  const merged: Merged[] = [];
  // Only events of the same action can merge: searched per action, so a long stream does not compare all pairs.
  const byAction = new Map<string, Merged[]>();
  for (const s of sentences) {
    for (const c of eventsOf(ctx, s, opts)) {
      // Same action by an overlapping actor on an overlapping target (an unknown side matches any).
      const same = byAction.get(c.action) ?? [];
      const home = same.find((m) => overlaps(m.head.actorKeys, c.actorKeys) &&
        overlaps(m.head.targetKeys, c.targetKeys) && (m.head.actorKeys.size > 0 || c.actorKeys.size > 0 || m.head.actor === c.actor));
      if (!home) {
        const m = { head: c, spans: [c.span], reports: [c.report] };
        merged.push(m);
        if (same.length === 0) byAction.set(c.action, [m]);
        else same.push(m);
        continue;
      }
      home.spans.push(c.span);
      home.reports.push(c.report);
      home.head.target ??= c.target;
      home.head.place ??= c.place;
      home.head.when ??= c.when;
      if (home.head.targetKeys.size === 0) home.head.targetKeys = c.targetKeys;
    }
  }
  return merged
    .map(({ head, spans, reports }) => {
      const sorted = sortSpans(spans);
      const sources = sourcesOf(sorted);
      const { span: _span, actorKeys: _a, targetKeys: _t, report: _r, ...rest } = head;
      return { event: { ...rest, sources, spans: sorted, support: supportOf(sources, ctx) }, reports };
    })
    .sort(({ event: a }, { event: b }) => (a.spans[0].article < b.spans[0].article ? -1 : a.spans[0].article > b.spans[0].article ? 1 : a.spans[0].start - b.spans[0].start));
}
