// The last pass of the names stage: each group becomes an entity (its best written form, its type, its title), or
// is dropped when it is not a name after all (a lone capitalized word seen only at sentence starts, a common word).
import type { Sentence } from '../../types.js';
import type { FactsContext } from '../mentions/context.js';
import { outletNames, sortSpans, sourcesOf, supportOf } from '../mentions/provenance.js';
import { tokensOf } from '../mentions/tokens.js';
import { isAcronymGroup, isPersonLike, isSingleWord, sum } from './groups.js';
import { NAMES } from './tunables.js';
import type { Entity, EntityType, NameState } from './types.js';

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
function lowercaseVocabulary(ctx: FactsContext, sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of tokensOf(ctx, s)) if (t.kind === 'word' && t.text === t.lower) out.add(t.lower);
  return out;
}

/** The order of the names list: most mentioned first, then by name. */
export function compareEntities(a: Entity, b: Entity): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The entities of the groups the passes left, most mentioned first. */
export function emitEntities(ctx: FactsContext, sentences: readonly Sentence[], state: NameState): Entity[] {
  const vocabulary = lowercaseVocabulary(ctx, sentences);
  const out: Entity[] = [];
  for (const g of state.groups.values()) {
    const named = g.mentions.filter((m) => !m.bareTitle);
    if (!named.length) continue;
    const plain = !g.lexicon && isSingleWord(g) && !isAcronymGroup(g) && !g.mentions.some((m) => m.title);
    // A lone capitalized word seen only at the start of sentences is a name only if tagged so, never written
    // lowercase, and repeated: one "Officials said ..." is not a name.
    if (plain && named.every((m) => m.initial) &&
      !(named.length >= NAMES.minInitialOnlyMentions && named.some((m) => m.firstPos === 'PROPN' && !vocabulary.has(m.text.toLowerCase())))) continue;
    if (plain && vocabulary.has(named[0].text.toLowerCase())) continue;
    const forms = named.map((m) => m.text);
    const name = g.lexicon?.name ?? bestForm(forms);
    const allForms = new Set(g.mentions.map((m) => m.text));
    const place = state.opts.isPlace ? [name, ...allForms].some((f) => state.opts.isPlace?.(f)) : false;
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
      support: supportOf(sources, ctx),
      outlets: outletNames(sources, ctx),
    };
    const title = type === 'person' ? mostCommon(g.mentions.filter((m) => m.title).map((m) => m.title as string)) : undefined;
    if (title) entity.title = title;
    out.push(entity);
  }
  return out.sort(compareEntities);
}
