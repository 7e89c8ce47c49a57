// The names stage's types: the entities it returns, and the groups of mentions its passes join.
import type { Span, Support } from '../../types.js';
import type { Checkpoint } from '../../budget.js';
import type { Mention } from '../mentions/mentions.js';
import type { OrgAliasEntry } from './lexicon.js';

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
  /** The run's deadline check (src/budget.ts), called per sentence and between the passes. */
  checkpoint?: Checkpoint;
}

/** Mentions taken for one name so far. */
export interface Group {
  key: string;
  lexicon: OrgAliasEntry | null;
  mentions: Mention[];
}

/** What the passes work on: the groups by key, and the bare titles waiting for their holder. */
export interface NameState {
  groups: Map<string, Group>;
  bareTitles: Mention[];
  opts: EntityOptions;
}

/** One step of the names stage: joins groups (or attaches mentions) in place. */
export interface NamePass {
  name: string;
  run(state: NameState): void;
}
