// Boilerplate rules, in the order they are tried. Each looks at one paragraph (a line of the article) and says
// whether it is page furniture rather than the story. The patterns are families seen across news sites and
// feeds (bylines, credits, pleas, related-link blocks...), never the strings of one page.
import type { RemovalReason } from '../types.js';
import { literalAlternation, loadDataJson, newsOutlets, phraseAlternation } from '../lexicons.js';

export interface LineContext {
  /** The paragraph text, trimmed. */
  text: string;
  /** Whitespace-separated words in it. */
  words: number;
  /** Paragraph index in the article (0 = first body paragraph). */
  index: number;
  /** Number of paragraphs in the article. */
  total: number;
  /** The article's title, normalized (lowercase letters and digits), or ''. */
  title: string;
  /** The text normalized as the title is (normalizeForCompare), when the caller has it already. */
  normalized?: string;
}

export interface LineRule {
  id: string;
  reason: RemovalReason;
  /** Rules that mark a heading start a block: short lines after them share the reason (see clean/index.ts). */
  opensBlock?: boolean;
  test: (l: LineContext) => boolean;
}

export function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Ends like a sentence: final punctuation, possibly inside quotes or brackets. */
export const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** Credit spellings of the wire and picture agencies (data/lexicons/agencies.json). */
const AGENCY_CREDITS = newsOutlets().filter((o) => o.kind === 'wire' || o.kind === 'photo').flatMap((o) => o.credits);
/** Of the wire agencies alone: the agencies that print "(AP Photo/Name)" or stand alone under a story. */
const WIRE_CREDITS = newsOutlets().filter((o) => o.kind === 'wire').flatMap((o) => o.credits);
/** Who a picture credit names: an agency, or a word standing for the source ("Handout", "File", "Archive"). */
const AGENCY = `(?:${literalAlternation([...AGENCY_CREDITS, 'Handout', 'File', 'Archive'])})`;

/** The phrase lists of the plea, related-heading and blog-chrome rules: generic furniture strings, kept as data. */
const PHRASES = 'clean/line-phrases.json';
/** One list of data/clean/line-phrases.json as a regular-expression alternation, `(?:a|b|...)`. */
const oneOf = (list: string): string => phraseAlternation(PHRASES, list);

/** The patterns, one family each. */
export const PATTERNS = {
  /** "© 2019 Valley Courier. All Rights reserved.", "Copyright 2017 Reuters", "(c) AFP 2017". */
  copyright: /^(?:©|\(c\)|copyright\b)|all rights reserved|\bcopyright ©?\s*\d{4}\b/i,
  /** "SOURCE:KTVNews and agencies", "Source: Reuters", "(Reporting by ...; Editing by ...)", "Compiled by". */
  sourceCredit:
    /^(?:source|sources|via|credit|credits)\s*:|^\(?(?:reporting|additional reporting|writing|editing|compiled|translated|produced) by\b|^with (?:agencies|agency inputs|inputs from)|\b(?:and|with) agencies\s*\.?$/i,
  /** A wire credit alone on its line: "(AFP)", "Reuters", "(AP)". Case matters: "Comments" is not a credit. */
  wireCredit: new RegExp(String.raw`^\(?\s*(?:[A-Z]{2,6}|${literalAlternation(WIRE_CREDITS)})\s*\)?$`), // the line is trimmed: no space after the bracket
  /** "By Staff Writer", "By CLIFFORD KRAUSS", "Written by Jane Doe", "Posted by admin". */
  byline: /^(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Ww]ords by|[Ss]tory by|BY)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|al|bin|el|la))*\s*(?:[,|–—-].{0,40})?$/u,
  /** A photo credit at the end of a caption: "... after the flood. (Archive) / AFP", "(AP Photo/Jane Doe)", "Photo: Reuters". */
  photoCredit: new RegExp(
    String.raw`(?:^|\s)(?:\((?:archive|file|photo|handout)\)\s*)?/\s*${AGENCY}\s*$|\((?:${literalAlternation(WIRE_CREDITS)}) Photo[^)]*\)|^(?:photo|image|picture|photograph|video)\s*(?:credit)?\s*:|^(?:image|photo) (?:copyright|caption|source)\b|\b(?:photo|image)\s*:\s*${AGENCY}\b`,
    'i',
  ),
  /** Headings of related-link blocks: "Related Links", "More news:", "Read more", "You may also like". */
  relatedHeading: new RegExp(String.raw`^${oneOf('relatedHeadings')}\s*[:»>|-]?`, 'i'),
  /** A teaser ends in "... read more" / "Continue reading" / "[...]". */
  teaserEnd: /(?:\.{3}|…|\[\.\.\.\]|\s)\s*(?:read more|continue reading|read the full (?:story|article)|full story|more\s*»)\s*[»>.]*\s*$/i,
  /** A dateline standing on its own line inside the body belongs to a teaser of another story: "Marlow, England (AFP) Mar 3, 2019". */
  teaserDateline: new RegExp(
    String.raw`^[\p{Lu}][\p{L}' .-]+(?:,\s*[\p{Lu}][\p{L}' .-]+)?\s*\((?:${AGENCY}|[A-Z]{2,8})\)\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})?\s*$`,
    'u',
  ),
  /** Donation, subscription and ad-block pleas. */
  plea: new RegExp(String.raw`\b${oneOf('plea')}\b`, 'i'),
  /** Feed attributions and bare links: "from Harbour Shipping News ... http://feeds.example.net/x7Qa2", "via shipping News". */
  feedAttribution: /^(?:from\s.{3,120}https?:\/\/\S+|via\s+[\p{L}\s]{2,40})$|^(?:this (?:article|story|post) (?:was|first) (?:originally )?(?:appeared|published)|originally published (?:at|on|by))\b/iu,
  /** Wire-service markup left in newswire text: "(STORY CAN END HERE ...)", "&QL;", "NYT-10-05-98 1735EDT", "nn", "-30-". */
  wireMarkup:
    /^\((?:story can end here|optional (?:material|add|trim)|end optional|more|ends?|endit|end advance|eds?:|editors?:|note to editors|first (?:add|lead)|writethru)[^)]*\)$|&QL;|^[A-Z]{2,4}-\d\d-\d\d-\d\d\b|^(?:nn|-+\s*30\s*-+|#+)$/i,
  url: /^<?(?:https?:\/\/|www\.)\S*(?:\s+<?(?:https?:\/\/|www\.)\S*)*\s*$/i,
  /** Blog and comment chrome: "Comments", "Popular posts from this blog", "Share this", "Labels:", "Leave a comment". */
  blogChrome: new RegExp(String.raw`^${oneOf('blogChrome')}\s*[:.!]?$`, 'i'),
};

/** A section label: a short line in capitals ("FLOOD WATCH", "WORLD", "MIDDLE EAST"). */
function isSectionLabel(l: LineContext): boolean {
  return l.words <= 4 && l.text.length <= 40 && /^[\p{Lu}\d][\p{Lu}\d &'/,-]*$/u.test(l.text) && /\p{Lu}{3}/u.test(l.text);
}

/** Words one of which every photo credit holds (or a slash before the agency): a cheap test before the pattern. */
const PHOTO_WORD = /photo|image|picture|video/i;
/** Whether a line can match PATTERNS.photoCredit at all (each of its branches needs a slash or one of these words). */
const mayBePhotoCredit = (text: string): boolean => text.includes('/') || PHOTO_WORD.test(text);

/** The words a teaser's call ends on ("read more", "continue reading", "full story", "read the full article"). */
const TEASER_ENDS = ['more', 'reading', 'story', 'article'];
/**
 * Whether a line can match PATTERNS.teaserEnd at all: with its trailing spaces, dots and guillemets left out, it
 * must end on one of TEASER_ENDS. A test of a few characters before the pattern, which scans the whole line. It reads
 * the line's last characters in place, ASCII letters folded to lower case: the words are ASCII, and no other
 * character's lower case ends in one of their letters (U+0130 lowercases to "i" and a combining dot), so the verdict
 * is the one of lowercasing the line's last characters and comparing.
 */
function mayEndTeaser(text: string): boolean {
  let end = text.length;
  // Dots, guillemets, angle brackets, spaces and control characters: a superset of what the pattern lets trail. No
  // ASCII character above the space is white space, so the pattern for it runs only on wider characters.
  for (let c = text.charCodeAt(end - 1); end > 0 && (c === 46 || c === 187 || c === 62 || c <= 32 || (c > 127 && /\s/.test(text[end - 1]))); c = text.charCodeAt(end - 1)) end--;
  return TEASER_ENDS.some((w) => endsWithFolded(text, end, w));
}

/** Whether `text` up to `end` ends with the lowercase ASCII word `w`, ASCII capitals read as lower case. */
function endsWithFolded(text: string, end: number, w: string): boolean {
  const from = end - w.length;
  if (from < 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = text.charCodeAt(from + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The texts platforms print on every page that embeds them (Twitter's location notice, a video player's controls,
 * the Internet Archive's notice on a captured page), as crawlers copy them with the article: data/clean/
 * platform-notices.json, one pattern per rule id, each opening matched at the start of a line. Read once.
 */
let notices: Map<string, RegExp> | null = null;
function platformNotice(rule: string): RegExp {
  if (notices === null) {
    const raw = loadDataJson<{ notices: { rule: string; openings: string[] }[] }>('clean/platform-notices.json');
    const byRule = new Map<string, string[]>();
    for (const n of raw.notices) byRule.set(n.rule, [...(byRule.get(n.rule) ?? []), ...n.openings]);
    notices = new Map([...byRule].map(([r, o]) => [r, new RegExp(`^(?:${o.join('|')})`, 'i')]));
  }
  const re = notices.get(rule);
  if (re === undefined) throw new Error(`data/clean/platform-notices.json: expected notices for the rule ${rule}, found none`);
  return re;
}

/** The rules in order. Only the first reads the title; the others read the text and its word count alone (clean/index.ts caches their verdict per distinct text). */
export const LINE_RULES: LineRule[] = [
  { id: 'clean/repeated-title', reason: 'repeated-title', test: (l) => l.title !== '' && (l.normalized ?? normalizeForCompare(l.text)) === l.title },
  { id: 'clean/copyright', reason: 'copyright', test: (l) => l.words <= 30 && PATTERNS.copyright.test(l.text) },
  { id: 'clean/source-credit', reason: 'source-credit', test: (l) => l.words <= 20 && (PATTERNS.sourceCredit.test(l.text) || PATTERNS.wireCredit.test(l.text)) },
  { id: 'clean/byline', reason: 'byline', test: (l) => l.words <= 12 && PATTERNS.byline.test(l.text) },
  // The character caps bound the two patterns that are quadratic on a crafted line (a run of spaces between words).
  { id: 'clean/photo-credit', reason: 'photo-credit', test: (l) => l.words <= 60 && l.text.length <= CLEAN.photoCreditMaxChars && mayBePhotoCredit(l.text) && PATTERNS.photoCredit.test(l.text) },
  { id: 'clean/section-label', reason: 'section-label', test: isSectionLabel },
  { id: 'clean/teaser', reason: 'teaser', test: (l) => mayEndTeaser(l.text) && PATTERNS.teaserEnd.test(l.text) },
  { id: 'clean/teaser-dateline', reason: 'teaser', test: (l) => l.words <= 12 && l.text.length <= CLEAN.teaserDatelineMaxChars && PATTERNS.teaserDateline.test(l.text) },
  { id: 'clean/related-links', reason: 'related-links', opensBlock: true, test: (l) => l.words <= 25 && PATTERNS.relatedHeading.test(l.text) && !(l.words > 6 && ENDS_LIKE_SENTENCE.test(l.text) && !/[:»]/.test(l.text)) },
  { id: 'clean/plea', reason: 'plea', opensBlock: true, test: (l) => PATTERNS.plea.test(l.text) },
  { id: 'clean/feed-attribution', reason: 'feed-attribution', test: (l) => l.words <= 40 && PATTERNS.feedAttribution.test(l.text) },
  { id: 'clean/wire-markup', reason: 'metadata', test: (l) => l.words <= 20 && PATTERNS.wireMarkup.test(l.text) },
  { id: 'clean/url', reason: 'url', test: (l) => PATTERNS.url.test(l.text) },
  { id: 'clean/widget-chrome', reason: 'page-chrome', test: (l) => l.words <= 120 && platformNotice('clean/widget-chrome').test(l.text) },
  { id: 'clean/archive-notice', reason: 'page-chrome', test: (l) => l.words <= 120 && platformNotice('clean/archive-notice').test(l.text) },
  { id: 'clean/blog-chrome', reason: 'blog-chrome', opensBlock: true, test: (l) => l.words <= 8 && PATTERNS.blogChrome.test(l.text) },
];

/** Tunables of the block and off-topic passes. */
export const CLEAN = {
  /** Confidence of a removal by a rule of the table (a family of strings seen across sites). */
  ruleConfidence: 0.95,
  /** ... and of a line a block heading took with it (a shorter chain of evidence). */
  blockConfidence: 0.85,
  /** A furniture-shaped line the model removes is listed as off-topic (another story's line) from this many words with a verb. */
  statementMinWords: 6,
  /** A line this short, without sentence punctuation, right after a block heading, is a link title of that block. */
  blockLineMaxWords: 14,
  /** Lines of a plea block (donation forms: "$10 Billed Monthly", "RiverDaily Supporter") can be this short. */
  pleaContinuationMaxWords: 40,
  /**
   * Weighted share of a sentence's content words found in the rest of the story, below which it is off-topic.
   * 0 turns the sentence rule off: the passage model (clean/model.ts) judges whole lines with more evidence, and
   * on noise_dev pool A the sentence rule cut 0.74% of the story text for 0.5% of the noise.
   */
  offTopicMaxOverlap: 0,
  /** ... or below this when its neighbours are off-topic too (spliced stories come in runs); 0 is off, as above. */
  offTopicRunOverlap: 0,
  /** Sentences with fewer content words than this are judged with their paragraph. */
  minContentWords: 4,
  /** Largest share of an article's sentences the off-topic rule may cut: more is not a splice. */
  offTopicMaxShare: 0.5,
  /** Longest line read as a photo credit (60 words of credit and caption at most; the cap bounds its pattern's cost). */
  photoCreditMaxChars: 600,
  /** Longest line read as another story's dateline ("Marlow, England (AFP) Mar 3, 2019": 12 words at most). */
  teaserDatelineMaxChars: 150,
} as const;
