// The store behind `chorus serve` (and, later, `chorus cluster`): articles kept by content, stories as ordered
// lists of articles, and briefs cached by the content they were made from. A small interface so a PostgreSQL
// backend can stand beside the SQLite one (sqlite.ts).
import type { Article } from '../types.js';

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

export interface Store {
  /** Stores a batch in one transaction: all or nothing. Content already stored is not stored again. */
  addArticles(articles: readonly Article[]): IngestResult;
  /** The stored articles with these public ids, in the order given; null for an unknown id. */
  getArticles(ids: readonly string[]): (StoredArticle | null)[];
  listArticles(limit: number, offset: number): StoredArticle[];
  countArticles(): number;
  /** Removes an article (and it from every story); false when unknown. */
  deleteArticle(id: string): boolean;
  createStory(articleIds: readonly string[], title: string | null): StoryRecord;
  getStory(id: string): StoryRecord | null;
  listStories(): StoryRecord[];
  /** The ids and content hashes of a story's articles, in order (what a cached brief is keyed by), or null for an unknown story. */
  storyContent(id: string): { id: string; hash: string }[] | null;
  deleteStory(id: string): boolean;
  /** A cached rendering (a brief's JSON) by its content key, or null. */
  cached(key: string): string | null;
  putCached(key: string, value: string): void;
  close(): void;
}
