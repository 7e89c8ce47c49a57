// The store behind `chorus serve`, `chorus cluster --db` and `chorus worker`: articles kept by content, stories as
// ordered lists of articles, briefs cached by the content they were made from, and what the clusterer learned.
// Async, one implementation (./store.ts) over SQLite or PostgreSQL (./db.ts).
import type { Article } from '../types.js';
import type { Db } from './db.js';

export interface StoredArticle {
  /** The article as the pipeline reads it; `article.id` is its public id, unique in the store. */
  article: Article;
  /** sha256 of the article's content fields (./hash.ts): the same content is stored once. */
  hash: string;
  /** Milliseconds since the epoch. */
  created: number;
}

export interface IngestResult {
  /** Public ids of the articles given, in order (existing ones for content already stored). */
  ids: string[];
  /** How many of them were new. */
  added: number;
}

export interface StoryRecord {
  id: string;
  title: string | null;
  /** Public ids of its articles, in the story's order. */
  articles: string[];
  created: number;
}

/** A story `chorus cluster --db` or `chorus worker` made (the cluster_* tables), as `chorus serve` lists it. */
export interface ClusterStoryRecord {
  id: string;
  headline: string;
  /** Articles assigned to it, as the clusterer counts them (stored or not). */
  size: number;
  outlets: string[];
  /** ISO days of its first and last article, or null. */
  first: string | null;
  last: string | null;
}

export interface Store {
  /** The database underneath (for the job queue and the cluster tables, which share its transactions). */
  readonly db: Db;
  /** The schema version the database was at before opening (0: a new database). */
  readonly versionBefore: number;
  /** Stores a batch in one transaction: all or nothing. Content already stored is not stored again. */
  addArticles(articles: readonly Article[]): Promise<IngestResult>;
  /** The stored articles with these public ids, in the order given; null for an unknown id. */
  getArticles(ids: readonly string[]): Promise<(StoredArticle | null)[]>;
  listArticles(limit: number, offset: number): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  /** Removes an article (and it from every story); false when unknown. */
  deleteArticle(id: string): Promise<boolean>;
  createStory(articleIds: readonly string[], title: string | null): Promise<StoryRecord>;
  getStory(id: string): Promise<StoryRecord | null>;
  listStories(): Promise<StoryRecord[]>;
  /** Stories the clusterer made, largest first (then by id); merged-away stories are left out. */
  listClusterStories(): Promise<ClusterStoryRecord[]>;
  /**
   * The ids and content hashes of a story's articles, in order (what a cached brief is keyed by), or null for an
   * unknown story. A clusterer's story (when no story of the API has the id) gives its latest stored articles,
   * at most STORE.clusterBriefArticles, in assignment order: the articles `chorus worker` briefs it from.
   */
  storyContent(id: string): Promise<{ id: string; hash: string }[] | null>;
  deleteStory(id: string): Promise<boolean>;
  /** A cached rendering (a brief's JSON) by its content key, or null. */
  cached(key: string): Promise<string | null>;
  putCached(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
