// `chorus facts`: every time expression, place mention and name mention of every article, with exact spans, whether
// or not it made the brief. Mentions in text the cleaner removed are reported too, marked with its reason.
//
// The passes, in order:
//   1. segment and clean the articles as one story (the cleaner's removals say which spans are not story text);
//   2. the text units: every sentence, kept or removed, and every stretch of text outside sentences (./units.ts);
//   3. dates of each article's text, against its publication date, or for an undated article the story's latest one
//      (./dates.ts: the adapter to the dates finder);
//   4. places of the story's units, resolved with the whole story as context (./places.ts);
//   5. names of the story's units, joined across articles by alias (the names finder, told which are places);
//   6. per article: items sorted by position, each marked `removed` where it stands in removed text, with spans
//      mapped back onto the input as given where the reader dropped characters (CRLF line ends, a BOM: ./units.ts).
// Places and names read each verbatim sentence once and copy their findings to its twins (../twins.ts).
import type { Article, Warning } from '../../types.js';
import { Deadline, segmentWithin, startDeadline, type BudgetOptions } from '../../budget.js';
import { cleanArticles } from '../../clean/index.js';
import { FACTS_CONTRACT_VERSION, type ArticleFacts, type DateMention, type FactsReport, type NameMention, type PlaceMentionItem } from '../contract.js';
import { createFactsContext, readMentions } from '../mentions/index.js';
import { findEntities } from '../names/index.js';
import type { Gazetteer } from '../places/index.js';
import { findTwins, withTwins } from '../twins.js';
import { inferAnchor } from '../dates.js';
import { datesOf } from './dates.js';
import { newDatesContext } from '../dates.js';
import { findStoryPlaces, placeItems } from './places.js';
import { removedAt, textUnits, toInputSpan } from './units.js';
import { inTextScope } from '../../text/scope.js';

export type { FactsReport, ArticleFacts, DateMention, PlaceMentionItem, NameMention } from '../contract.js';

export interface FactsOptions {
  /** A gazetteer already loaded (benchmarks, services); loaded once per process otherwise. */
  gazetteer?: Gazetteer;
  /**
   * Read each article as a story of its own: no context across articles (a place is resolved with its own article's
   * countries only; an undated article's relative dates stay unanchored). For unrelated documents, as benchmarks are.
   */
  each?: boolean;
  /** The time budget per article and per run (src/budget.ts): an article past it is left out, with a warning here. */
  budget?: BudgetOptions;
  warnings?: Warning[];
}

/** A fixed comparator (no locale): by start, then end, then a label. */
const byPosition = <T extends { start: number; end: number }>(label: (x: T) => string) => (a: T, b: T) => {
  const la = label(a);
  const lb = label(b);
  return a.start - b.start || a.end - b.end || (la < lb ? -1 : la > lb ? 1 : 0);
};

/** The facts report of some articles, read as one story (or each as its own with `each`). */
export function factsOf(input: readonly Article[], options: FactsOptions = {}): FactsReport {
  // One run, one deadline (src/budget.ts), also when each article is read as its own story.
  const deadline = startDeadline(input, options.budget);
  if (options.each) return { version: FACTS_CONTRACT_VERSION, articles: input.flatMap((a) => inTextScope(() => storyFacts([a], options, deadline))) };
  return { version: FACTS_CONTRACT_VERSION, articles: inTextScope(() => storyFacts(input, options, deadline)) };
}

function storyFacts(input: readonly Article[], options: FactsOptions, deadline: Deadline): ArticleFacts[] {
  const warnings = options.warnings ?? [];
  const segmented = segmentWithin(input, warnings, deadline);
  const cleaned = cleanArticles(segmented, { keepNoise: deadline.spentAt('clean', warnings) });
  const articles = cleaned.map((c) => c.article);
  // The segmenter's sentences, before the cleaner drops any: removed text is read too.
  const units = cleaned.flatMap((c, i) => textUnits(c.article, segmented[i].sentences));
  const ctx = createFactsContext(articles);
  const twins = findTwins(units);
  const once = twins.distinct;
  // Past the run's time budget the places and names of the story are skipped, and the dates of the articles not
  // yet read (each article is still listed).
  const spent = deadline.spentAt('facts', warnings, 'facts (mentions)');
  if (!spent) readMentions(ctx, once);
  const placesOnce = spent ? [] : findStoryPlaces(once, articles, options.gazetteer);
  const placeNames = new Set(placesOnce.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const isPlace = (name: string) => placeNames.has(name.toLowerCase());
  const placeKeyAt = new Map<string, string>();
  for (const p of placesOnce) if (p.resolved) for (const sp of p.spans) placeKeyAt.set(`${sp.article}:${sp.start}`, `${p.kind}:${p.lat},${p.lon}`);
  const placeAt = (article: string, start: number) => placeKeyAt.get(`${article}:${start}`);
  const { places, entities } = withTwins(twins, ctx, {
    places: placesOnce,
    entities: spent ? [] : findEntities(once, articles, { isPlace, placeAt }, ctx),
    numbers: [],
  });

  const placesBy = groupBy(placeItems(places), (p) => p.article);
  const namesBy = groupBy(entities.flatMap((e) => e.spans.map((sp) => ({ article: sp.article, start: sp.start, end: sp.end, entity: e.name, type: e.type }))), (n) => n.article);
  // An undated article reads its relative dates against the story's latest publication date, as the timeline does.
  const storyAnchor = inferAnchor({ datedArticles: articles.flatMap((a) => (a.published ? [{ id: a.id, published: a.published }] : [])) });
  const datesContext = newDatesContext();
  const out: ArticleFacts[] = cleaned.map((c) => {
    const a = c.article;
    const removed = removedAt(c.removed);
    const toInput = toInputSpan(a);
    // Found on the reader's text; reported on the input as given (`removed` looked up before the spans move).
    // Keys in the contract's order: start, end, text, the item's own fields, removed. Each kind is built as one
    // object literal (not by spreading): a 1,000-article report makes tens of thousands of them.
    const dates: DateMention[] = deadline.spentAt('facts', warnings, `facts (dates of ${a.id})`) ? [] : datesOf(a.text, a.published, storyAnchor, datesContext).map((d) => {
      const at = toInput(d.start, d.end);
      return { start: at.start, end: at.end, text: at.text, type: d.type, value: d.value, precision: d.precision, certainty: d.certainty, basis: d.basis, removed: removed(d.start, d.end) };
    });
    const placeList: PlaceMentionItem[] = (placesBy.get(a.id) ?? []).map((p) => {
      const at = toInput(p.start, p.end);
      const r = removed(p.start, p.end);
      const { name, lat, lon, kind, country, resolved } = p;
      // geonameId, where there is one, stands among the item's own fields, before `removed`.
      return p.geonameId === undefined
        ? { start: at.start, end: at.end, text: at.text, name, lat, lon, kind, country, resolved, removed: r }
        : { start: at.start, end: at.end, text: at.text, name, lat, lon, kind, country, resolved, geonameId: p.geonameId, removed: r };
    });
    const names: NameMention[] = (namesBy.get(a.id) ?? []).map((n) => {
      const at = toInput(n.start, n.end);
      return { start: at.start, end: at.end, text: at.text, entity: n.entity, type: n.type, removed: removed(n.start, n.end) };
    });
    return {
      id: a.id,
      published: a.published,
      dates: dates.sort(byPosition((d) => d.value ?? '')),
      places: placeList.sort(byPosition((p) => p.name)),
      names: names.sort(byPosition((n) => n.entity)),
    };
  });
  return out;
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
