// Names in a story (people, organisations, places, other), grouped across articles by alias: the curated
// lexicon (ISIS = Daesh), acronyms (SDF), surnames (Abadi = Haider al-Abadi) and spelling variants (al-/al /Al ).
import type { Article, Sentence, Span, Support } from '../types.js';
import { acronymOf, aliasKey, coreKey, lexiconEntry } from './entities-aliases.js';
import type { OrgAliasEntry } from './entities-lexicon.js';
import { findMentions, type Mention } from './entities-mentions.js';
import { sortSpans, sourcesOf, supportOf } from './entities-provenance.js';
import { prepare, tokensOf } from './entities-tokens.js';

export type EntityType = 'org' | 'person' | 'place' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  /** Other forms the story writes the same name in, sorted. */
  aliases: string[];
  /** A role, e.g. "Prime Minister" or "coalition spokesman". */
  title?: string;
  sources: string[];
  spans: Span[];
  mentions: number;
  support: Support;
  /** Names of the outlets that mention it (articles of unknown outlet left out), sorted. */
  outlets: string[];
}

export interface EntityOptions {
  /** Whether a name is a known place (the gazetteer's answer); the only way an entity becomes a 'place'. */
  isPlace?: (name: string) => boolean;
  /**
   * The place a mention at this position was resolved to, as a key (the places stage's answer): names written
   * differently but resolved to one place ("Deir Ezzor", "Deir al-Zor") are one entity.
   */
  placeAt?: (article: string, start: number) => string | undefined;
}

interface Group {
  key: string;
  lexicon: OrgAliasEntry | null;
  mentions: Mention[];
}

const MIN_ACRONYM_LENGTH = 2;
/** Mentions a word seen only at sentence starts needs before it counts as a name. */
const MIN_INITIAL_ONLY_MENTIONS = 2;

function addTo(groups: Map<string, Group>, key: string, lexicon: OrgAliasEntry | null, m: Mention): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { key, lexicon, mentions: [] }));
  g.mentions.push(m);
}

function merge(groups: Map<string, Group>, from: Group, into: Group): void {
  if (from === into) return;
  into.mentions.push(...from.mentions);
  groups.delete(from.key);
}

const sum = (g: Group, f: (m: Mention) => number) => g.mentions.reduce((n, m) => n + f(m), 0);
/** Title or role evidence, or else speech-verb and particle evidence for a name never written as a place. */
const isPersonLike = (g: Group) => {
  if (g.lexicon) return false;
  const strong = sum(g, (m) => m.person);
  const org = sum(g, (m) => m.org);
  // Written as a place more often than with a title or role: a place ("off Nova Scotia").
  if (strong > 0) return strong >= org && g.mentions.filter((m) => m.locative).length < g.mentions.filter((m) => m.person > 0).length;
  return org === 0 && sum(g, (m) => m.personWeak) > 0 && !g.mentions.some((m) => m.locative);
};
/** Words that only say what kind of place or body a name is: "Euphrates River" is the Euphrates. */
const GENERIC_SUFFIXES = new Set(['River', 'Province', 'Governorate', 'City', 'District', 'Lake', 'Sea', 'Mountains', 'Valley', 'Island', 'Islands', 'Desert', 'Party', 'Movement']);
const isSingleWord = (g: Group) => g.mentions.every((m) => m.words.length === 1 || m.bareTitle);
const isAcronymGroup = (g: Group) => g.mentions.every((m) => /^\p{Lu}{2,}$/u.test(m.text));

/** The most telling written form: most words, then most frequent, then with a hyphenated particle, then alphabetical. */
function bestForm(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const words = (f: string) => f.split(/[\s-]+/).length;
  return [...counts.keys()].sort((a, b) =>
    words(b) - words(a) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
    Number(/\b\p{Ll}{1,3}-\p{Lu}/u.test(b)) - Number(/\b\p{Ll}{1,3}-\p{Lu}/u.test(a)) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Lowercase words of the story: a capitalized word that also appears lowercase is a common word. */
function lowercaseVocabulary(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of tokensOf(s)) if (t.kind === 'word' && t.text === t.lower) out.add(t.lower);
  return out;
}

/** The order of the names list: most mentioned first, then by name. */
export function compareEntities(a: Entity, b: Entity): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Distinct outlet names of some articles, sorted (unknown outlets left out). */
export function outletNames(sources: readonly string[], articles: readonly Article[]): string[] {
  let outletOf = outletIndex.get(articles);
  if (!outletOf) outletIndex.set(articles, (outletOf = new Map(articles.map((a) => [a.id, a.outlet]))));
  const names = new Set<string>();
  for (const id of sources) {
    const o = outletOf.get(id);
    if (o) names.add(o);
  }
  return [...names].sort();
}
const outletIndex = new WeakMap<readonly Article[], Map<string, string | null>>();

/** Names in the story, grouped by alias, most mentioned first. */
export function findEntities(sentences: readonly Sentence[], articles: readonly Article[], opts: EntityOptions = {}): Entity[] {
  prepare(sentences);
  const mentions = sentences.flatMap((s) => findMentions(s));
  const groups = new Map<string, Group>();
  const bareTitles: Mention[] = [];
  for (const m of mentions) {
    if (m.bareTitle) {
      bareTitles.push(m);
      continue;
    }
    const lexicon = lexiconEntry(m.text);
    addTo(groups, lexicon ? `lex:${lexicon.name}` : `key:${aliasKey(m.text)}`, lexicon, m);
  }

  // Acronyms: "(SDF)" after a name, or an all-caps word equal to a name's initials.
  const acronymGroups = new Map<string, Group>();
  for (const g of groups.values()) if (isAcronymGroup(g)) acronymGroups.set(g.mentions[0].text, g);
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key) || isAcronymGroup(g)) continue;
    const explicit = g.mentions.find((m) => m.acronym)?.acronym;
    const derived = acronymOf(g.mentions[0].text);
    for (const acr of [explicit, derived]) {
      const target = acr && acr.length >= MIN_ACRONYM_LENGTH ? acronymGroups.get(acr) : undefined;
      if (target && groups.has(target.key) && !(target.lexicon && g.lexicon && target.lexicon !== g.lexicon)) {
        if (target.lexicon && !g.lexicon) merge(groups, g, target);
        else merge(groups, target, g);
        break;
      }
    }
  }

  // Surnames: a one-word name joins the only multi-word person whose last name it is, unless written as a place.
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (isSingleWord(g) || !isPersonLike(g)) continue;
    const last = coreKey(g.mentions[0].words[g.mentions[0].words.length - 1]);
    const list = bySurname.get(last);
    if (list) list.push(g);
    else bySurname.set(last, [g]);
  }
  for (const g of [...groups.values()]) {
    if (!isSingleWord(g) || g.lexicon || g.mentions.some((m) => m.locative) || isAcronymGroup(g)) continue;
    const owners = bySurname.get(coreKey(g.mentions[0].text));
    if (owners?.length === 1) merge(groups, g, owners[0]);
  }

  // "Euphrates" and "Euphrates River": a one-word name joins the only longer name that adds just a generic word.
  const byStem = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const words = g.mentions[0].words;
    if (words.length === 2 && GENERIC_SUFFIXES.has(words[1]) && !isPersonLike(g)) {
      const stem = aliasKey(words[0]);
      const list = byStem.get(stem);
      if (list) list.push(g);
      else byStem.set(stem, [g]);
    }
  }
  for (const g of [...groups.values()]) {
    if (!isSingleWord(g) || g.lexicon || isPersonLike(g)) continue;
    const owners = byStem.get(aliasKey(g.mentions[0].text));
    if (owners?.length === 1 && groups.has(owners[0].key)) merge(groups, g, owners[0]);
  }

  // Spellings of one place: groups whose mentions the places stage resolved to the same place join the largest.
  if (opts.placeAt) {
    const byPlace = new Map<string, Group>();
    const ranked = [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1));
    for (const g of ranked) {
      if (g.lexicon && g.lexicon.type !== 'place') continue;
      const at = g.mentions.map((m) => opts.placeAt?.(m.article, m.start)).find((k): k is string => k !== undefined);
      if (at === undefined) continue;
      const owner = byPlace.get(at);
      if (owner && groups.has(owner.key)) merge(groups, g, owner);
      else byPlace.set(at, g);
    }
  }

  // A bare title ("the Prime Minister") belongs to the only person holding it.
  const holdersOf = new Map<string, Set<Group>>();
  for (const g of groups.values()) {
    for (const x of g.mentions) {
      if (!x.title || x.bareTitle) continue;
      const set = holdersOf.get(x.title);
      if (set) set.add(g);
      else holdersOf.set(x.title, new Set([g]));
    }
  }
  for (const m of bareTitles) {
    const holders = m.title ? holdersOf.get(m.title) : undefined;
    if (holders?.size === 1) holders.values().next().value?.mentions.push(m);
  }

  const vocabulary = lowercaseVocabulary(sentences);
  const out: Entity[] = [];
  for (const g of groups.values()) {
    const named = g.mentions.filter((m) => !m.bareTitle);
    if (!named.length) continue;
    const plain = !g.lexicon && isSingleWord(g) && !isAcronymGroup(g) && !g.mentions.some((m) => m.title);
    // A lone capitalized word seen only at the start of sentences is a name only if tagged so, never written
    // lowercase, and repeated: one "Officials said ..." is not a name.
    if (plain && named.every((m) => m.initial) &&
      !(named.length >= MIN_INITIAL_ONLY_MENTIONS && named.some((m) => m.firstPos === 'PROPN' && !vocabulary.has(m.text.toLowerCase())))) continue;
    if (plain && vocabulary.has(named[0].text.toLowerCase())) continue;
    const forms = named.map((m) => m.text);
    const name = g.lexicon?.name ?? bestForm(forms);
    const allForms = new Set(g.mentions.map((m) => m.text));
    const place = opts.isPlace ? [name, ...allForms].some((f) => opts.isPlace?.(f)) : false;
    const strongPerson = sum(g, (m) => m.person) > 0;
    let type: EntityType;
    if (g.lexicon) type = g.lexicon.type === 'place' ? (place ? 'place' : 'other') : g.lexicon.type;
    else if (isPersonLike(g) && (strongPerson || !place)) type = 'person';
    else if (place) type = 'place';
    else if (sum(g, (m) => m.org) > 0) type = 'org';
    else type = 'other';
    const spans = sortSpans(g.mentions.map((m) => ({ article: m.article, start: m.start, end: m.end })));
    const sources = sourcesOf(spans);
    const entity: Entity = {
      name,
      type,
      aliases: [...allForms].filter((f) => f !== name).sort(),
      sources,
      spans,
      mentions: g.mentions.length,
      support: supportOf(sources, articles),
      outlets: outletNames(sources, articles),
    };
    const title = type === 'person' ? mostCommon(g.mentions.filter((m) => m.title).map((m) => m.title as string)) : undefined;
    if (title) entity.title = title;
    out.push(entity);
  }
  return out.sort(compareEntities);
}
