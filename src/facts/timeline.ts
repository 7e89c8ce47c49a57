// The timeline: every dated happening of the story, one item per (event or sentence group, date), each with how
// sure the date is and why. Dates come from three places, weakest last:
// - the sentence's own words, read against its article's publication date (or, for an undated article, the
//   days it can be from: see dates/window.ts);
// - for a dateless simple-past report of an event, the time the story is at (dates/narrative.ts).
// A dateless lead is not dated by its publication day: on DUC 2003 newswire such leads were features and
// background ("As each island fell prey to Hurricane Georges..."), and the day would be an upper bound at best.
// An event told by several outlets is one item whose sources are all the sentences that report it.
import type { Article, Certainty, Sentence, Span } from '../types.js';
import type { Story } from '../pipeline.js';
import { supportOf } from '../group/index.js';
import type { ReportedEvent } from './events/index.js';
import { inferAnchor, newDatesContext, type DateAnchor, type Precision, type TemporalMention } from './dates.js';
import { borrowedDate, readArticleDates, referenceBefore, takesNarrativeTime, type SentenceText } from './dates/narrative.js';
import { publicationWindow, readInWindow, type Pin } from './dates/window.js';
import { compareText } from '../text/words.js';

export interface TimelineItem {
  date: string;
  endDate?: string;
  precision: string;
  certainty: Certainty;
  basis: string;
  expression: string;
  text: string;
  sources: string[];
  spans: Span[];
  support: { outlets: number; articles: number };
}

/** The date an event was given on the timeline (aligned with the events passed in). */
export interface EventDate {
  date: string;
  certainty: Certainty;
}

/** Where a reading comes from, strongest first: the sentence's words, the time the story is at. */
type Kind = 'own' | 'narrative';
const KIND_RANK: Record<Kind, number> = { own: 0, narrative: 1 };
const CERTAINTY_RANK: Record<Certainty, number> = { stated: 0, inferred: 1, uncertain: 2 };

interface Reading {
  date: string;
  endDate?: string;
  precision: Precision;
  certainty: Certainty;
  basis: string;
  /** The words that state the date; '' when it is carried over from elsewhere. */
  expression: string;
  kind: Kind;
}

interface Member {
  sentence: Sentence;
  /** How this sentence dates the item; null when it reports the event without a time of its own. */
  reading: Reading | null;
}

const readingOf = (m: TemporalMention): Reading => ({
  date: m.date, ...(m.endDate ? { endDate: m.endDate } : {}), precision: m.precision, certainty: m.certainty, basis: m.basis, expression: m.expression, kind: 'own',
});
const dateKey = (r: Pick<Reading, 'date' | 'endDate' | 'precision'>) => `${r.date}|${r.endDate ?? ''}|${r.precision}`;

/** The date each article's relative expressions are read against: its own, or one inferred from the story. */
/** The anchors of a story's undated articles: the same for every article not among the dated (computed once, not
 *  a sort of the dated articles per undated one). */
interface AnchorMemo {
  ids: ReadonlySet<string>;
  shared?: DateAnchor | null;
}

function anchorOf(a: Article, dated: { id: string; published: string }[], memo: AnchorMemo): DateAnchor | null {
  if (a.published) return { date: a.published, certainty: 'stated', basis: `${a.id}'s publication date ${a.published} (${a.publishedBasis ?? 'metadata'})` };
  if (!memo.ids.has(a.id)) return memo.shared === undefined ? (memo.shared = inferAnchor({ datedArticles: dated })) : memo.shared;
  return inferAnchor({ datedArticles: dated.filter((d) => d.id !== a.id) });
}

/** Stronger first: surer, then read from the sentence's own words, then earlier in the story. */
function compareMembers(order: Map<string, number>) {
  return (a: Member, b: Member) =>
    CERTAINTY_RANK[a.reading?.certainty ?? 'uncertain'] - CERTAINTY_RANK[b.reading?.certainty ?? 'uncertain'] ||
    (a.reading ? KIND_RANK[a.reading.kind] : 9) - (b.reading ? KIND_RANK[b.reading.kind] : 9) ||
    (order.get(a.sentence.id) ?? 0) - (order.get(b.sentence.id) ?? 0);
}

function describeEvent(e: ReportedEvent['event']): string {
  return `the "${e.action}" event (${[e.actor, e.target].filter(Boolean).join(' / ')})`;
}

export function timelineOf(story: Story, events: readonly ReportedEvent[]): { timeline: TimelineItem[]; eventDates: (EventDate | null)[] } {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const order = new Map(story.sentences.map((s, i) => [s.id, i]));
  const dated = story.articles.filter((a) => a.published).map((a) => ({ id: a.id, published: a.published as string }));
  const anchors: AnchorMemo = { ids: new Set(dated.map((d) => d.id)) };
  const latestDated = dated.map((d) => d.published.slice(0, 10)).sort().at(-1) ?? null;

  // Each article's kept sentences in reading order, and where each sentence stands among them.
  const perArticle = new Map<string, Sentence[]>();
  for (const s of story.sentences) {
    const list = perArticle.get(s.article) ?? [];
    list.push(s);
    perArticle.set(s.article, list);
  }
  const position = new Map<string, number>();
  for (const list of perArticle.values()) {
    list.sort((a, b) => a.index - b.index);
    list.forEach((s, i) => position.set(s.id, i));
  }

  // The clause times of the events, so a sentence's reference date is the one its event is told with.
  const whenRanges = new Map<string, { start: number; end: number }[]>();
  for (const { reports } of events) {
    for (const r of reports) if (r.when) whenRanges.set(r.sentence.id, [...(whenRanges.get(r.sentence.id) ?? []), r.when]);
  }
  const overlapsWhen = (s: Sentence, m: TemporalMention, w: { start: number; end: number }) => s.start + m.start < w.end && s.start + m.end > w.start;
  const eventWhenIn = (list: Sentence[]) => (i: number, m: TemporalMention) => (whenRanges.get(list[i].id) ?? []).some((w) => overlapsWhen(list[i], m, w));

  // One parse per sentence text for the whole story (a wire sentence in many articles, one sentence read on many days).
  const context = newDatesContext();
  // Every sentence's dates, article by article.
  const mentions = new Map<string, TemporalMention[]>();
  const texts = new Map<string, SentenceText[]>();
  for (const [id, list] of perArticle) {
    const a = byId.get(id);
    const sentenceTexts = list.map((s) => ({ text: s.text, paragraph: s.paragraph }));
    texts.set(id, sentenceTexts);
    const read = readArticleDates(sentenceTexts, a ? anchorOf(a, dated, anchors) : null, eventWhenIn(list), context);
    list.forEach((s, i) => mentions.set(s.id, read[i]));
  }
  const ownMention = (r: ReportedEvent['reports'][number]) =>
    r.when ? (mentions.get(r.sentence.id) ?? []).find((m) => overlapsWhen(r.sentence, m, r.when as { start: number; end: number })) : undefined;

  // Undated articles: the days they can be from, from the events they share with dated articles.
  const pins = new Map<string, Pin[]>();
  for (const { event, reports } of events) {
    const known = reports
      .filter((r) => byId.get(r.sentence.article)?.published)
      .map((r) => ({ r, m: ownMention(r) }))
      .filter((x): x is { r: typeof x.r; m: TemporalMention } => !!x.m?.date && x.m.certainty !== 'uncertain' && (x.m.precision === 'day' ? !x.m.endDate : x.m.precision === 'week'))
      .sort((a, b) => CERTAINTY_RANK[a.m.certainty] - CERTAINTY_RANK[b.m.certainty] || (order.get(a.r.sentence.id) ?? 0) - (order.get(b.r.sentence.id) ?? 0));
    if (known.length === 0) continue;
    const { r: by, m: byMention } = known[0];
    for (const r of reports) {
      const a = byId.get(r.sentence.article);
      const m = ownMention(r);
      // A month told for a day says nothing about when the article was written; a different day at the same precision does.
      if (!a || a.published || !m || m.precision !== byMention.precision) continue;
      pins.set(a.id, [...(pins.get(a.id) ?? []), {
        text: r.sentence.text, start: m.start, end: m.end, expression: m.expression, date: byMention.date, precision: byMention.precision,
        by: by.sentence.article, byExpression: byMention.expression, what: describeEvent(event),
      }]);
    }
  }
  for (const [id, list] of pins) {
    const window = publicationWindow(list, latestDated, context);
    const sentences = perArticle.get(id);
    const sentenceTexts = texts.get(id);
    if (!window || !sentences || !sentenceTexts) continue;
    const reread = readInWindow(sentenceTexts, sentences.map((s) => mentions.get(s.id) ?? []), window, eventWhenIn(sentences), context);
    sentences.forEach((s, i) => mentions.set(s.id, reread[i]));
  }

  // Undated articles that no shared happening pins: their days come after the latest happening the story dates in
  // its other articles (the story's narrative order), when that is later than the cluster's latest publication date.
  // A sentence another article also carries keeps its reading: it tells that article's happening.
  const shared = new Set<string>();
  for (const g of story.groups) if (new Set(g.members.map((m) => m.article)).size > 1) for (const m of g.members) shared.add(m.id);
  const asRead = new Map(mentions);
  // Each article's latest happening, once (sentences are in article order): the latest of the others' is then a scan
  // of these, not of every sentence per undated article (quadratic on thousands of articles).
  const latestBy: { article: string; latest: { date: string; basis: string } }[] = [];
  for (const s of story.sentences) {
    const last = latestBy[latestBy.length - 1];
    const one = latestHappening([s], asRead);
    if (!one) continue;
    if (last && last.article === s.article) {
      if (one.date > last.latest.date) last.latest = one;
    } else latestBy.push({ article: s.article, latest: one });
  }
  const latestBesides = (article: string) => {
    let best: { date: string; basis: string } | null = null;
    for (const x of latestBy) if (x.article !== article && (!best || x.latest.date > best.date)) best = x.latest;
    return best;
  };
  for (const a of story.articles) {
    const list = perArticle.get(a.id);
    const sentenceTexts = texts.get(a.id);
    if (a.published || pins.has(a.id) || !list || !sentenceTexts) continue;
    const latest = latestBesides(a.id);
    if (!latest || !latestDated || latest.date <= latestDated) continue;
    const anchor: DateAnchor = {
      date: latest.date,
      certainty: 'inferred',
      relation: 'not-before',
      afterHappening: latest.basis,
      basis: `the article states no date and no happening it tells is dated elsewhere; the latest happening the story dates is ${latest.basis}`,
    };
    const reread = readArticleDates(sentenceTexts, anchor, eventWhenIn(list), context);
    list.forEach((s, i) => {
      if (shared.has(s.id)) return;
      const before = mentions.get(s.id) ?? [];
      // Only days counted from the anchor move; a date the text states stays as it was read.
      mentions.set(s.id, reread[i].map((m) => {
        const old = before.find((b) => b.start === m.start && b.end === m.end);
        return old && (old.certainty === 'stated' || m.precision !== 'day' || m.endDate) ? old : m;
      }));
    });
  }

  const items: Member[][] = [];

  // Sentence groups: the same sentence from several outlets is one item per date.
  const groupOf = new Map<string, string>();
  for (const g of story.groups) for (const m of g.members) groupOf.set(m.id, g.id);
  const byGroupDate = new Map<string, Member[]>();
  for (const s of story.sentences) {
    for (const m of mentions.get(s.id) ?? []) {
      if (!m.date) continue; // an expression that cannot be placed is not put on the timeline
      const key = `${groupOf.get(s.id) ?? s.id}|${dateKey(m)}`;
      const members = byGroupDate.get(key) ?? [];
      if (members.length === 0) {
        byGroupDate.set(key, members);
        items.push(members);
      }
      // A sentence's mentions are read one after another, so a sentence already listed here is the last member
      // (a scan of the members was quadratic in a group reprinted by hundreds of articles).
      if (members[members.length - 1]?.sentence.id !== s.id) members.push({ sentence: s, reading: readingOf(m) });
    }
  }

  // Events: dated by their own words where they have them, else by the time the story is at.
  const eventDates: (EventDate | null)[] = events.map(({ reports }) => {
    const dateless: Member[] = [];
    const withDate: Member[] = [];
    for (const r of reports) {
      const s = r.sentence;
      const own = ownMention(r);
      if (own?.date) {
        withDate.push({ sentence: s, reading: readingOf(own) });
        continue;
      }
      // Time words of its own that cannot be placed, or that belong to another clause: not ours to date.
      if (r.when || (mentions.get(s.id) ?? []).length > 0) continue;
      const list = perArticle.get(s.article) ?? [];
      const ref = r.tense === 'past' && takesNarrativeTime(s.text)
        ? referenceBefore(texts.get(s.article) ?? [], list.map((x) => mentions.get(x.id) ?? []), position.get(s.id) ?? 0, eventWhenIn(list))
        : null;
      if (ref) withDate.push({ sentence: s, reading: { ...borrowedDate(ref), expression: '', kind: 'narrative' } });
      else dateless.push({ sentence: s, reading: null });
    }
    if (withDate.length === 0) return null;
    // Dates the reports state themselves stand; carried-over ones give way to them, and to the best of their own.
    const own = withDate.filter((m) => m.reading?.kind === 'own');
    const counts = new Map<string, number>();
    for (const m of withDate) if (m.reading) counts.set(dateKey(m.reading), (counts.get(dateKey(m.reading)) ?? 0) + 1);
    const count = (m: Member) => counts.get(dateKey(m.reading as Reading)) ?? 0;
    const best = [...(own.length ? own : withDate)].sort((a, b) =>
      CERTAINTY_RANK[(a.reading as Reading).certainty] - CERTAINTY_RANK[(b.reading as Reading).certainty] ||
      KIND_RANK[(a.reading as Reading).kind] - KIND_RANK[(b.reading as Reading).kind] ||
      count(b) - count(a) || (order.get(a.sentence.id) ?? 0) - (order.get(b.sentence.id) ?? 0))[0];
    const primary = dateKey(best.reading as Reading);
    const byDate = new Map<string, Member[]>([[primary, []]]);
    for (const m of own.length ? own : withDate) {
      const key = dateKey(m.reading as Reading);
      if (own.length === 0 && key !== primary) continue;
      byDate.set(key, [...(byDate.get(key) ?? []), m]);
    }
    const primaryMembers = byDate.get(primary) ?? [];
    if (own.length) primaryMembers.push(...withDate.filter((m) => m.reading?.kind !== 'own').map((m) => ({ sentence: m.sentence, reading: null })));
    primaryMembers.push(...dateless);
    for (const members of byDate.values()) items.push(members);
    const r = best.reading as Reading;
    return { date: r.date, certainty: r.certainty };
  });

  return { timeline: mergeItems(items, order, byId), eventDates };
}

/** The latest day a past-tense report of these sentences dates (a plan, a range or an undated mention does not count). */
function latestHappening(sentences: readonly Sentence[], mentions: ReadonlyMap<string, TemporalMention[]>): { date: string; basis: string } | null {
  let best: { date: string; basis: string } | null = null;
  for (const s of sentences) {
    for (const m of mentions.get(s.id) ?? []) {
      if (!m.date || m.precision !== 'day' || m.endDate || m.tense !== 'past') continue;
      if (!best || m.date > best.date) best = { date: m.date, basis: `${m.date} ("${m.expression}" in ${s.article})` };
    }
  }
  return best;
}

/** Items that share a sentence and a date are one: the union of their sentences, told by the surest of them. */
function mergeItems(items: Member[][], order: Map<string, number>, byId: Map<string, Article>): TimelineItem[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const dateOf = (members: Member[]) => members.map((m) => m.reading).filter((r): r is Reading => !!r).sort((a, b) => CERTAINTY_RANK[a.certainty] - CERTAINTY_RANK[b.certainty])[0];
  const seen = new Map<string, number>();
  items.forEach((members, i) => {
    const d = dateOf(members);
    if (!d) return;
    for (const m of members) {
      const key = `${m.sentence.id}|${dateKey(d)}`;
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const merged = new Map<number, Member[]>();
  items.forEach((members, i) => merged.set(find(i), [...(merged.get(find(i)) ?? []), ...members]));
  const out: TimelineItem[] = [];
  for (const all of merged.values()) {
    const members = [...all].sort(compareMembers(order));
    const head = members[0];
    if (!head?.reading) continue;
    const unique = members.filter((m, i) => members.findIndex((x) => x.sentence.id === m.sentence.id) === i);
    const sources = [...new Set(unique.map((m) => m.sentence.article))].sort();
    const spans = unique
      .map((m) => ({ article: m.sentence.article, start: m.sentence.start, end: m.sentence.end }))
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
    const r = head.reading;
    out.push({
      date: r.date, ...(r.endDate ? { endDate: r.endDate } : {}), precision: r.precision, certainty: r.certainty, basis: r.basis,
      expression: r.expression, text: head.sentence.text, sources, spans, support: supportOf(sources, byId),
    });
  }
  return out.sort((a, b) => compareText(a.date, b.date) || compareText(a.text, b.text));
}
