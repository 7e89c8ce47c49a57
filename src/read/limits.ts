// Tunable limits of the readers, in one place.

export const READ_LIMITS = {
  /** Largest file read at all. News articles are kilobytes; a 2 GB file is a mistake, not a story. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Largest single article text kept; longer texts are cut here (with a warning) to bound every later stage. */
  maxArticleChars: 400_000,
  /** Share of control characters (besides tab, newline, CR, form feed) above which a file is taken as binary. */
  maxControlShare: 0.01,
  /** How many bytes are sniffed to recognise the format of a file with no or an unknown extension. */
  sniffBytes: 4096,
  /** Most articles read from one input (a JSON lines file of clusters can be large). */
  maxArticles: 200_000,
} as const;

/** Extensions read as plain text. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
export const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);
export const SGML_EXTENSIONS = new Set(['.sgml', '.sgm', '.xml']);

/** The generator meta of the HTML briefs Chorus writes: such a page is Chorus's output, not an article. */
export const BRIEF_GENERATOR = 'chorus brief';
