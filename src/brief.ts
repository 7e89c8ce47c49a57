// The brief: the stages' results put together as the JSON contract of src/contract.ts. Every internal type is
// mapped to its contract type here, field by field (see pickFields), so the JSON changes only when the contract does.
import type { MethodName } from './summarize/names.js';
import type { SentenceGroup } from './group/index.js';
import { leadIds, selectGroups, summaryRequest, type Story, type StoryContext } from './story.js';
import { chooseHeadlineId } from './summarize/headline.js';
import { buildFacts, type Facts } from './facts/index.js';
import { mainPlace, type Place } from './facts/places/index.js';
import type { Claim, Disagreement } from './facts/numbers/disagreements.js';
import {
  pickFields, type Brief, type BriefArticle, type BriefClaim, type BriefDisagreement, type BriefEntity, type BriefEvent, type BriefFacts,
  type BriefItem, type BriefNumber, type BriefPlace, type BriefTimelineItem,
} from './contract.js';

export type { Brief, BriefItem, BriefArticle } from './contract.js';

export interface BriefOptions {
  /** Summary budget in words (default 100). */
  words?: number;
  /** Digest budget in words (default 250). */
  digestWords?: number;
  /** The summarization method (METHOD_NAMES; default chorus). */
  method?: MethodName;
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

// The fields of each contract type, all of them (the type check says so), copied from the internal objects.
const NUMBER_FIELDS = {
  kind: true, text: true, quantity: true, value: true, low: true, high: true, approx: true, bound: true, vague: true, unit: true,
  subject: true, place: true, attribution: true, key: true, sources: true, spans: true, quantitySpans: true, support: true,
} as const satisfies Record<keyof BriefNumber, true>;
const CLAIM_FIELDS = { value: true, low: true, high: true, text: true, sources: true, spans: true, attribution: true, by: true } as const satisfies Record<keyof BriefClaim, true>;
const TIMELINE_FIELDS = {
  date: true, endDate: true, precision: true, certainty: true, basis: true, expression: true, text: true, sources: true, spans: true, support: true,
} as const satisfies Record<keyof BriefTimelineItem, true>;
const PLACE_FIELDS = {
  name: true, aliases: true, lat: true, lon: true, kind: true, country: true, resolved: true, basis: true, geonameId: true, entryName: true,
  level: true, sources: true, mentions: true, spans: true,
} as const satisfies Record<keyof BriefPlace, true>;
const ENTITY_FIELDS = {
  name: true, type: true, aliases: true, title: true, sources: true, spans: true, mentions: true, support: true, outlets: true,
} as const satisfies Record<keyof BriefEntity, true>;
const EVENT_FIELDS = {
  actor: true, action: true, verb: true, target: true, place: true, when: true, date: true, dateCertainty: true, backedBy: true,
  opponent: true, text: true, sources: true, spans: true, support: true,
} as const satisfies Record<keyof BriefEvent, true>;

const claimOf = (c: Claim): BriefClaim => pickFields(c, CLAIM_FIELDS);
const disagreementOf = (d: Disagreement): BriefDisagreement => {
  const out: BriefDisagreement = { subject: d.subject, unit: d.unit, conservative: d.conservative, claims: d.claims.map(claimOf) };
  return out;
};

/** The facts stage's results as contract types. */
export function contractFacts(f: Facts): BriefFacts {
  return {
    facts: f.facts.map((x): BriefNumber => pickFields(x, NUMBER_FIELDS)),
    disagreements: f.disagreements.map(disagreementOf),
    timeline: f.timeline.map((x): BriefTimelineItem => pickFields(x, TIMELINE_FIELDS)),
    places: f.places.map((x): BriefPlace => pickFields(x, PLACE_FIELDS)),
    entities: f.entities.map((x): BriefEntity => pickFields(x, ENTITY_FIELDS)),
    events: f.events.map((x): BriefEvent => pickFields(x, EVENT_FIELDS)),
  };
}

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
function headlineGroup(ctx: StoryContext, places: Place[]): SentenceGroup | null {
  const story = ctx.story;
  if (story.deadline?.spentAt('headline', story.warnings)) {
    const lead = leadIds(summaryRequest(ctx, BRIEF_DEFAULTS.headlineMaxWords).candidates, BRIEF_DEFAULTS.headlineMaxWords)[0];
    return story.groups.find((g) => g.id === lead) ?? null;
  }
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
  const id = chooseHeadlineId({ ...summaryRequest(ctx, BRIEF_DEFAULTS.headlineMaxWords), focus });
  return story.groups.find((g) => g.id === id) ?? null;
}

/** The brief of one story (the pipeline's last stages: facts, then the choices that read them). */
export function buildBrief(ctx: StoryContext, opts: BriefOptions = {}): Brief {
  const story = ctx.story;
  const words = opts.words ?? BRIEF_DEFAULTS.words;
  const digestWords = opts.digestWords ?? BRIEF_DEFAULTS.digestWords;
  const facts = buildFacts(story);
  const headline = headlineGroup(ctx, facts.places);
  const corroboration = corroborationOf(story, facts.events);
  return {
    version: 1,
    headline: headline ? itemOf(headline, story, corroboration) : null,
    summary: selectGroups(ctx, words, opts.method).map((g) => itemOf(g, story, corroboration)),
    digest: selectGroups(ctx, digestWords, opts.method).map((g) => itemOf(g, story, corroboration)),
    ...contractFacts(facts),
    articles: story.cleaned.map((c): BriefArticle => ({
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
      removed: c.removed.map((r) => ({ text: r.text, reason: r.reason, rule: r.rule, confidence: r.confidence, span: r.span })),
    })),
    warnings: story.warnings,
  };
}
