// The brief: the JSON contract of product.md. These field names are an API: add fields, never rename them.
import type { Removal, Span, Support, Warning } from './types.js';
import type { SentenceGroup } from './group/index.js';
import { selectGroups, summaryRequest, type Story } from './pipeline.js';
import { chooseHeadlineId } from './summarize/headline.js';
import { buildFacts, type Facts } from './facts/index.js';
import { mainPlace, type Place } from './facts/places.js';

export interface BriefItem {
  text: string;
  /** Article ids that carry this sentence, sorted. */
  sources: string[];
  /** Outlet names of those articles (null outlets left out), sorted, for credits. */
  outlets: string[];
  spans: Span[];
  support: Support;
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

export const BRIEF_DEFAULTS = { words: 100, digestWords: 250, headlineMaxWords: 45 } as const;

export function itemOf(g: SentenceGroup, story: Story): BriefItem {
  const outletOf = new Map(story.articles.map((a) => [a.id, a.outlet]));
  const outlets = [...new Set(g.sources.map((id) => outletOf.get(id)).filter((o): o is string => !!o))].sort();
  return { text: g.representative.text, sources: g.sources, outlets, spans: g.spans, support: g.support };
}

/** The headline: the sentence the headline chooser (summarize/headline.ts) ranks first, naming the main place. */
function headlineGroup(story: Story, places: Place[]): SentenceGroup | null {
  const where = mainPlace(places);
  const focus = new Set<string>();
  if (where) {
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
  return {
    version: 1,
    headline: headline ? itemOf(headline, story) : null,
    summary: selectGroups(story, words, opts.method).map((g) => itemOf(g, story)),
    digest: selectGroups(story, digestWords, opts.method).map((g) => itemOf(g, story)),
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
