// The brief: the JSON contract of product.md. These field names are an API: add fields, never rename them.
import type { Removal, Span, Support, Warning } from './types.js';
import type { SentenceGroup } from './group/index.js';
import { selectGroups, summaryRequest, type Story } from './pipeline.js';
import { chooseHeadlineId } from './summarize/headline.js';
import { buildFacts, type Facts } from './facts/index.js';
import { mainPlace, type Place } from './facts/places/index.js';

export interface BriefItem {
  text: string;
  /** Article ids that carry this sentence, sorted. */
  sources: string[];
  /** Outlet names of those articles (null outlets left out), sorted, for credits. */
  outlets: string[];
  spans: Span[];
  support: Support;
  /**
   * Articles that do not carry this sentence but report the same event in other words (the events stage merges
   * paraphrases: "dropped thousands of leaflets" and "has dropped thousands of pamphlets"), sorted; absent when none.
   * Only events whose actor and target are both named count.
   */
  corroboratedBy?: string[];
}

export interface BriefArticle {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Where the publication date was read from. */
  publishedBasis: string | null;
  /** Where the outlet was read from, when the cleaner found it in removed furniture (a copyright line...). */
  outletBasis: string | null;
  author: string | null;
  url: string | null;
  /** Sentences kept as story text. */
  kept: number;
  removed: Removal[];
}

export interface Brief {
  version: 1;
  headline: BriefItem | null;
  summary: BriefItem[];
  digest: BriefItem[];
  facts: Facts['facts'];
  disagreements: Facts['disagreements'];
  timeline: Facts['timeline'];
  places: Facts['places'];
  entities: Facts['entities'];
  events: Facts['events'];
  articles: BriefArticle[];
  warnings: Warning[];
}

export interface BriefOptions {
  /** Summary budget in words (default 100). */
  words?: number;
  /** Digest budget in words (default 250). */
  digestWords?: number;
  method?: string;
}

export const BRIEF_DEFAULTS = {
  words: 100,
  digestWords: 250,
  headlineMaxWords: 45,
  /**
   * The headline must name the story's main place only when nearly every article carries that place: then it is
   * what the story is about. On DUC 2003 (topic clusters over weeks, where the most carried place is often a side
   * one) requiring it always cost 5 points of headline ROUGE-1 precision against the human summaries; from 80% of
   * the articles up it costs 0.4 (docs/evaluation.md).
   */
  headlineFocusShare: 0.8,
} as const;

export function itemOf(g: SentenceGroup, story: Story, corroboration?: Map<string, string[]>): BriefItem {
  const outletOf = new Map(story.articles.map((a) => [a.id, a.outlet]));
  const outlets = [...new Set(g.sources.map((id) => outletOf.get(id)).filter((o): o is string => !!o))].sort();
  const item: BriefItem = { text: g.representative.text, sources: g.sources, outlets, spans: g.spans, support: g.support };
  const others = corroboration?.get(g.id);
  if (others?.length) item.corroboratedBy = others;
  return item;
}

/** Per sentence group, the other articles that report one of its events in other words (see BriefItem). */
function corroborationOf(story: Story, events: Facts['events']): Map<string, string[]> {
  const groupOf = new Map<string, string>();
  for (const g of story.groups) for (const m of g.members) groupOf.set(`${m.article}:${m.start}`, g.id);
  const sourcesOf = new Map(story.groups.map((g) => [g.id, new Set(g.sources)]));
  const out = new Map<string, Set<string>>();
  for (const ev of events) {
    if (!ev.target || ev.sources.length < 2) continue;
    for (const sp of ev.spans) {
      const gid = groupOf.get(`${sp.article}:${sp.start}`);
      if (!gid) continue;
      const own = sourcesOf.get(gid) ?? new Set<string>();
      for (const a of ev.sources) {
        if (own.has(a)) continue;
        const set = out.get(gid) ?? new Set<string>();
        set.add(a);
        out.set(gid, set);
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** The headline: the sentence the headline chooser (summarize/headline.ts) ranks first, naming the main place when the story is about one. */
function headlineGroup(story: Story, places: Place[]): SentenceGroup | null {
  const where = mainPlace(places);
  const focus = new Set<string>();
  if (where && where.sources.length >= BRIEF_DEFAULTS.headlineFocusShare * story.articles.length) {
    // Mention starts per article, sorted: a sentence names the place when a mention starts inside it.
    const starts = new Map<string, number[]>();
    for (const sp of where.spans) {
      const list = starts.get(sp.article);
      if (list) list.push(sp.start);
      else starts.set(sp.article, [sp.start]);
    }
    for (const list of starts.values()) list.sort((a, b) => a - b);
    const names = (article: string, start: number, end: number) => {
      const list = starts.get(article);
      if (!list) return false;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && list[lo] < end;
    };
    for (const g of story.groups) if (g.members.some((m) => names(m.article, m.start, m.end))) focus.add(g.id);
  }
  const id = chooseHeadlineId({ ...summaryRequest(story, BRIEF_DEFAULTS.headlineMaxWords), focus });
  return story.groups.find((g) => g.id === id) ?? null;
}

export function buildBrief(story: Story, opts: BriefOptions = {}): Brief {
  const words = opts.words ?? BRIEF_DEFAULTS.words;
  const digestWords = opts.digestWords ?? BRIEF_DEFAULTS.digestWords;
  const facts = buildFacts(story);
  const headline = headlineGroup(story, facts.places);
  const corroboration = corroborationOf(story, facts.events);
  return {
    version: 1,
    headline: headline ? itemOf(headline, story, corroboration) : null,
    summary: selectGroups(story, words, opts.method).map((g) => itemOf(g, story, corroboration)),
    digest: selectGroups(story, digestWords, opts.method).map((g) => itemOf(g, story, corroboration)),
    ...facts,
    articles: story.cleaned.map((c) => ({
      id: c.article.id,
      path: c.article.path,
      title: c.article.title,
      outlet: c.article.outlet,
      published: c.article.published,
      publishedBasis: c.article.publishedBasis,
      outletBasis: c.outletBasis,
      author: c.article.author,
      url: c.article.url,
      kept: c.sentences.length,
      removed: c.removed,
    })),
    warnings: story.warnings,
  };
}
