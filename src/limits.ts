// Every worst-case bound of Chorus, in one table. Article text is hostile: a web page can be a 10 MB line, a run of
// a million hyphens or a word of 100,000 letters, and every stage must stay linear and bounded on it. Each cap is
// applied once, at the stage named, and when it cuts or skips anything the reader says so with a warning that names
// the file, the place and the cap (rule `read/cap-*` or `read/too-*`), and the CLI exits with code 3.

export const LIMITS = {
  read: {
    /** Largest source read at all, a file or standard input alike, checked before parsing (stdin is read with this
     *  cap and refused past it). News articles are kilobytes; 64 MB is thousands of them. */
    maxSourceBytes: 64 * 1024 * 1024,
    /** Largest single article text kept; longer texts are cut here to bound every later stage. 100,000 characters
     *  is about 16,000 words, beyond long-form journalism (the longest of 666 Multi-News sample articles is 42,480);
     *  the whole brief of one article this long stays within seconds. */
    maxArticleChars: 100_000,
    /** Share of control characters (besides tab, newline, CR, form feed) above which a file is taken as binary. */
    maxControlShare: 0.01,
    /** How many bytes are sniffed to recognise the format of a file with no or an unknown extension. */
    sniffBytes: 4096,
    /** Most articles one brief (or summary) reads. A story is tens of articles, a busy one hundreds; the brief of
     *  10,000 took a minute and a gigabyte. Past this the input is refused at once (before any stage runs) and
     *  pointed to `chorus cluster`, which splits a stream into stories. */
    maxArticles: 2_000,
    /** Most articles any command reads (a command over a whole stream passes this as its own cap). */
    maxStreamArticles: 200_000,
    /** Deepest nesting of a JSON value walked; JSON.parse itself is iterative, our walk is not. */
    maxJsonDepth: 64,
    /** Most files read from one folder tree, and how deep symlinked or nested folders are followed. */
    maxFolderFiles: 100_000,
    maxFolderDepth: 32,
  },
  segment: {
    /** A paragraph (one line) longer than this is handed to the tagger in windows of this size, cut at a space. */
    maxParagraphChars: 10_000,
    /** A "sentence" longer than this (a block with no sentence end) is cut at a space near this length. */
    maxSentenceChars: 2_000,
    /** A token longer than this (a URL, a run of hyphens, a 100 KB word) is shown to the tagger only up to this
     *  length, the rest masked by spaces so offsets stay exact: wink-nlp's e-mail, URL and abbreviation patterns
     *  backtrack on long tokens. The sentence text keeps the whole token. */
    maxTokenChars: 100,
  },
  budget: {
    /** Milliseconds one article may take to be read into the story (segmenting, the tagger included), checked between
     *  the windows handed to the tagger (src/budget.ts). Past it the article is skipped with a warning
     *  (`budget/article`, exit 3) and the rest is briefed. A news article takes milliseconds (the al-qaim example's
     *  longest, 20 ms; a 100,000-character one under a second), so the default skips only pathological input and
     *  changes the output of no normal one. `--budget-ms` sets it per command. */
    articleMs: 2_000,
    /** Milliseconds one run may take: every stage after reading, and in the CLI, for a command that briefs one story,
     *  reading the input and loading the model too (the run starts with the command). While segmenting, past it the articles not yet read
     *  are skipped (`budget/run`, exit 3); each later stage (cleaning, grouping, the facts passes, the headline, the
     *  selection) checks it where it starts and inside its loops and, once it is spent, does the cheaper thing
     *  src/budget.ts's PAST_DEADLINE names (`budget/run-STAGE`, exit 3), so a batch ends near 10 s however large or
     *  slow. A story inside the budget (every normal one: the 30 DUC 2003 clusters take well under a second each) is
     *  the same bytes with or without it. `--run-budget-ms` sets it per command. */
    runMs: 10_000,
    /** Inside a stage's loops (per article, per sentence), the clock is read at every this many checkpoints: often
     *  enough that a stage overruns the deadline by milliseconds, rarely enough to cost nothing. */
    checkEvery: 16,
  },
} as const;
