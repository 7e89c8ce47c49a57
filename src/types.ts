// The data that flows between the stages of the pipeline (see src/pipeline.ts for the order).
// Every item keeps its provenance: the article it came from and a character span into that
// article's `text`, from the reader to the renderer.

/** A half-open character range [start, end) in the `text` of one article. */
export interface Span {
  article: string;
  start: number;
  end: number;
}

/** How sure a date, place or number is. */
export type Certainty = 'stated' | 'inferred' | 'uncertain';

export type InputFormat = 'txt' | 'html' | 'json' | 'sgml';

/** A part of `Article.text` the reader already understood, so later stages do not treat it as prose. */
export interface Region {
  start: number;
  end: number;
  role: 'title' | 'metadata';
  /** Why the reader took it so, in plain words (e.g. `header line "date 2017-10-26 WORLD"`). */
  note: string;
}

/** One news article as the readers deliver it. */
export interface Article {
  /** Stable id: from the file name (`000_ec57...txt` -> `000`), a JSON `id`, or a DOCNO. */
  id: string;
  /** Where it came from: a file path, `-` for standard input, `file.jsonl:12` for a JSON line. */
  path: string;
  format: InputFormat;
  title: string | null;
  /** The article's text as read (BOM removed, line ends normalized to \n). All spans index into it. */
  text: string;
  /** Title and metadata lines found inside `text` by the reader. */
  regions: Region[];
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, or null when the input does not state it. */
  published: string | null;
  /** Where `published` was read from, e.g. `<DATE_TIME>`, `header line`, `meta article:published_time`. */
  publishedBasis: string | null;
  /** The cluster this article belongs to, when the input groups articles (cluster-per-line JSON, folders of DUC files). */
  cluster: string | null;
  /**
   * What the reader dropped before `text` was built (an HTML page's chrome: share buttons, cookie banners, related
   * links). Not in `text`, so each has the zero-width offset in `text` where it stood; the cleaner lists them with
   * its own removals.
   */
  readerRemovals?: ReaderRemoval[];
  /**
   * Where the reader dropped an input character to build `text`, as sorted positions in `text`: a byte-order mark
   * before position 0, the CR of each CRLF line end before its LF. Absent when nothing was dropped. Lets a caller
   * map a span of `text` back onto the input as given (`chorus facts`).
   */
  dropped?: number[];
}

/** A passage a reader dropped from the input, with the offset in the article text where it stood. */
export interface ReaderRemoval {
  text: string;
  reason: RemovalReason;
  rule: string;
  at: number;
}

/** A structured message about the input (one type for the pipeline and the brief's contract: src/contract.ts). */
export type { Warning } from './contract.js';

export interface Paragraph {
  article: string;
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  /** `${article}:${index}` */
  id: string;
  article: string;
  /** Position among the article's sentences (0-based, in reading order, before cleaning). */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  /**
   * Part-of-speech tags the segmenter found, by character offset of each token's start in `text`, so the facts
   * finders need not tag the sentence again. Optional: the finders tag a sentence without them themselves.
   */
  tags?: ReadonlyMap<number, string>;
}

export type RemovalReason =
  | 'repeated-title'
  | 'metadata'
  | 'byline'
  | 'photo-credit'
  | 'caption'
  | 'copyright'
  | 'source-credit'
  | 'section-label'
  | 'related-links'
  | 'teaser'
  | 'plea'
  | 'feed-attribution'
  | 'url'
  | 'blog-chrome'
  | 'off-topic'
  | 'fragment'
  | 'duplicate'
  | 'advertisement'
  | 'page-chrome';

/** Something the cleaner took out of an article, with why. Nothing is dropped without one. */
export interface Removal {
  text: string;
  reason: RemovalReason;
  /** The rule id that fired, e.g. `clean/boilerplate:copyright` or `clean/off-topic`. */
  rule: string;
  /** How sure the cleaner is (0-1): a rule's fixed trust, or the line model's probability. */
  confidence: number;
  span: Span;
}

/** Support for an item, counted as distinct outlets (an article of unknown outlet counts as its own) and as articles. */
export interface Support {
  outlets: number;
  articles: number;
}
