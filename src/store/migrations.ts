// The schema, as an ordered list of migrations: version N is the list's N-th entry. A database records its
// version in `PRAGMA user_version`; opening one runs the entries after it, each in its own transaction. Only
// ever append.
export const MIGRATIONS: readonly string[] = [
  // 1: articles by content, stories as ordered article lists, cached renderings by content key.
  `CREATE TABLE articles (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     hash TEXT NOT NULL UNIQUE,
     json TEXT NOT NULL,
     created INTEGER NOT NULL
   );
   CREATE TABLE stories (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     title TEXT,
     created INTEGER NOT NULL
   );
   CREATE TABLE story_articles (
     story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     PRIMARY KEY (story, position)
   );
   CREATE INDEX story_articles_article ON story_articles(article);
   CREATE TABLE cache (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     created INTEGER NOT NULL
   );`,
];
