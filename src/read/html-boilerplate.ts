// Page-chrome lines that survive article extraction: ad labels, share/print buttons, "skip to
// content", cookie banners. Only whole short paragraphs that are UI strings are taken out, and
// each is returned with its reason so the reader can report it (nothing is dropped silently).
// Article-level boilerplate (bylines, credits, related links) is the cleaner's job, not this one.
import { ALWAYS_DROPPED_KINDS } from './html-chrome.js';
import type { TextBlock } from './html-text.js';
import { phraseAlternation, phraseList } from '../lexicons.js';

export interface DroppedLine {
  text: string;
  reason: string;
  /** How many kept paragraphs came before it: where it stood in the text. */
  at: number;
}

interface LineRule {
  reason: string;
  /** Longest paragraph (characters) the rule may remove: longer text is prose, whatever it says. */
  maxChars: number;
  pattern: RegExp;
}

/** The phrase lists of the rules below: generic template strings in several languages, kept as data. */
const PHRASES = 'read/boilerplate-phrases.json';
/** One list of data/read/boilerplate-phrases.json as a regular-expression alternation, `(?:a|b|...)`. */
const oneOf = (list: string): string => phraseAlternation(PHRASES, list);

const RULES: readonly LineRule[] = [
  // Ad slot labels, in the languages of the evaluation pages.
  { reason: 'ad-label', maxChars: 30, pattern: new RegExp(String.raw`^\*?\s*${oneOf('adLabels')}\s*[:.*]?$`, 'i') },
  // An ad disclosure: the label, a stop, and one short sentence saying what is advertised ("*Werbung. Dieser Beitrag
  // enthält Werbung für ...", "Advertisement: this post is sponsored by ...").
  { reason: 'ad-label', maxChars: 120, pattern: new RegExp(String.raw`^\*?\s*${oneOf('adLabels')}\s*[:.] [^.!?]+[.!?]?$`, 'i') },
  // Accessibility skip links, navigation and loading controls.
  { reason: 'ui', maxChars: 50, pattern: new RegExp(String.raw`^${oneOf('uiControls')}\s*(\.\.\.|…)?$`, 'i') },
  // Toggles that show or hide part of the page ("Quellen ausblenden", "Bild anzeigen Bild schließen", "Show more").
  {
    reason: 'ui',
    maxChars: 60,
    pattern: new RegExp(String.raw`^(?:${oneOf('toggleObjects')}\s+${oneOf('toggleActions')}\s*)+$|^${oneOf('toggleLeadingActions')}\s+${oneOf('toggleTrailingObjects')}$`, 'iu'),
  },
  // A row of the site's legal links ("Impressum | Datenschutz | Copyright ..."): short items between separators, one a legal page.
  { reason: 'ui', maxChars: 200, pattern: new RegExp(String.raw`^(?=.*\b${oneOf('legalPages')}\b)[^|·•]{1,40}(?:[|·•][^|·•]{1,40}){2,}$`, 'iu') },
  // Share/print button rows.
  {
    reason: 'ui',
    maxChars: 80,
    pattern: new RegExp(String.raw`^(?:${oneOf('shareVerbs')}(?: ${oneOf('shareLinks')})?(?: ${oneOf('shareTargets')})*(?: ?:)?(?:\s+|$))+$`, 'i'),
  },
  { reason: 'ui', maxChars: 80, pattern: new RegExp(String.raw`^(${oneOf('shareButtons')}[\s|·•,]*){2,}$`, 'i') },
  // Cookie and consent banners that were marked up as content.
  { reason: 'cookie-banner', maxChars: 400, pattern: new RegExp(String.raw`\b(cookies?)\b.*\b${oneOf('consentVerbs')}\b`, 'i') },
  // Copyright footers: a © or "Copyright" line with a year or a rights notice.
  { reason: 'copyright', maxChars: 250, pattern: new RegExp(String.raw`^(©|\(c\)|copyright\b).*(\b(19|20)\d{2}\b|${oneOf('rightsWords')})`, 'i') },
  // A rights notice wherever it stands in the line ("Material protected by copyright - all rights reserved"); a quoted
  // one is prose about rights.
  { reason: 'copyright', maxChars: 250, pattern: new RegExp(String.raw`(?<![\p{Pi}\p{Ps}"'„«‚]\s?)\b${oneOf('rightsReserved')}\b`, 'iu') },
  // Newsletter and subscription pleas.
  { reason: 'plea', maxChars: 160, pattern: new RegExp(String.raw`^${oneOf('newsletterPleas')}\b`, 'i') },
  // Figure captions and photo credits set as paragraphs: a figure label ("Abbildung 4:", "Fig. 2:"), a credit label
  // ("Photo by", "Foto:"), or a credit at the end ("© Agency / Name", "(Photo: Agency)"; paragraphs are trimmed).
  {
    reason: 'caption-line',
    maxChars: 300,
    pattern: new RegExp(String.raw`^(?:${oneOf('captionLabels')}(?:\s*\d+)?\s*:|${oneOf('creditLabels')})|(?:©[^©]{1,80}|\(${oneOf('creditWords')}s?:[^()]{1,80}\))$`, 'iu'),
  },
  // Disclaimers about the article itself: a line that names "this article/post/text" and says whose opinion it is, or
  // that it earns a commission or carries advertising ("Dieser Beitrag gibt die Meinung des Autors wieder", "This
  // post may contain affiliate links").
  {
    reason: 'disclaimer',
    maxChars: 300,
    pattern: new RegExp(String.raw`^(?=.*\b${oneOf('disclaimerSubjects')}\b)(?=.*\b${oneOf('disclaimerClaims')}\b)`, 'iu'),
  },
  // Source credits: a source label and the source ("Quelle: <agency>", "Source: <agency>").
  { reason: 'source-line', maxChars: 150, pattern: new RegExp(String.raw`^${oneOf('sourceLabels')}\s*:`, 'iu') },
  // A post's own metadata: when it was published or updated, and where it was filed ("Posted by", "Published on",
  // "Erstellt am", "Dieser Beitrag wurde ... veröffentlicht", "Kategorie:", "Tags:").
  {
    reason: 'post-meta',
    maxChars: 250,
    pattern: new RegExp(
      String.raw`^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,? \d{1,2}:\d{2}(?: ?(?:uhr|am|pm))?)? (?:[|·•–-] )?)?(?:${oneOf('postMetaVerbs')}\b|${oneOf('postMetaLabels')}\s*:|${oneOf('postMetaSentences')}\b)`,
      'iu',
    ),
  },
  // Calls to follow the outlet on a channel: a line that opens with a call-to-action verb (an imperative), perhaps
  // after what it is for ("For the latest news ...", "Für mehr ..."), and names a channel: "Follow us on Twitter",
  // "Join our newsletter", "Folgen Sie uns auf Facebook", "Únete a nuestro canal de Telegram". (A sentence that only
  // mentions joining or following, "if you decide to join Facebook", stays.)
  {
    reason: 'plea',
    maxChars: 250,
    pattern: new RegExp(
      String.raw`^(?=.*\b${oneOf('followChannels')}\b)(?:${oneOf('followPurposes')} [^.!?]{1,80}? )?(?:${oneOf('followPrompts')}\s+)?${oneOf('followVerbs')}\b`,
      'iu',
    ),
  },
  // Comment counters and actions: the word for comments with at most a count or a verb ("3 Comments",
  // "Kommentare schreiben", "Kommentare insgesamt: 0", "Commenter").
  { reason: 'blog-chrome', maxChars: 40, pattern: new RegExp(String.raw`^(?:\d+\s+)?${oneOf('commentWords')}\b[^.!?]{0,25}$`, 'iu') },
  // Comment-form and blog chrome (WordPress- and Blogger-style templates).
  { reason: 'blog-chrome', maxChars: 200, pattern: new RegExp(oneOf('commentForm'), 'i') },
];

/** Labels of "read also" lines: a pointer to another story, set inside an article between its paragraphs. */
const READ_ALSO = phraseList(PHRASES, 'readAlso');

/**
 * A "read also" line: its label, a separator, then the other story's headline, all in one short paragraph
 * ("Read more: <headline>", "VEA TAMBIÉN: <headline>", "À lire aussi » <headline>").
 */
const READ_ALSO_LINE = {
  reason: 'related-links',
  /** Longest such line (characters): a label and a headline. */
  maxChars: 200,
  pattern: new RegExp(`^(${READ_ALSO.join('|')})\\s*[:»›>|–]\\s*\\S`, 'iu'),
} as const;

/** Headings that open a block of other stories, an author box or comments: the block runs to the end. */
const SECTION_HEADING = {
  reason: 'related-links',
  maxChars: 60,
  pattern: new RegExp(`^(${[...READ_ALSO, ...phraseList(PHRASES, 'sectionHeadings')].join('|')})\\s*[:»›>.…]*$`, 'iu'),
  /** After this share of the text, a heading opens the trailing block: it and everything after go. */
  tailShare: 0.6,
  /** Earlier, it heads an in-article box: it goes with the link-dominated paragraphs right after it. */
  boxLinkDensity: 0.5,
  /**
   * A trailing block of other stories is links and short teasers; when more than this many paragraphs of prose
   * (proseChars or longer, under proseLinkDensity of links) follow the heading, it is not one (an expand button
   * such as "Read more" before the rest of the article) and only the heading and the links right after it go.
   */
  maxTailProse: 2,
  proseChars: 150,
  proseLinkDensity: 0.2,
} as const;

function isProse(b: TextBlock): boolean {
  return b.text.length >= SECTION_HEADING.proseChars && b.linkChars < SECTION_HEADING.proseLinkDensity * b.text.length;
}

/**
 * Paragraphs from marked chrome elements (html-chrome.ts) go unless they read as prose: a class word like
 * "teaser" or "comment" also names article bodies on some sites, so a long paragraph that is not a list of
 * links stays. Measured on the tuning half of trafilatura-eval: such paragraphs of related, comment, ad, menu,
 * tag and newsletter boxes held 17 wanted snippets and 3 unwanted ones.
 */
const CHROME_BLOCK = {
  /** Other chrome paragraphs up to this length (characters) go. */
  maxProseChars: 100,
  /** Longer ones go only when more than this share of them is link text. */
  minLinkDensity: 0.5,
} as const;

/**
 * Link lines at the tail of the article block: after its last paragraph of prose, a paragraph that is mostly
 * link text ("Read more: <other story>", lists of other stories, tag links) is navigation, whatever its words.
 * (The same rule at the head, before the first prose paragraph, was tried on the tuning half: it lost 3 wanted
 * snippets and removed no unwanted one, so it is not applied.)
 */
const LINK_EDGE = {
  /** Share of a paragraph in link text from which it is a link line. */
  minLinkDensity: 0.5,
  /**
   * Tail link lines are only taken while the rest keeps at least this share of the block's text: a list of other
   * stories is small beside its article, while a long run of linked lines (references, a link roundup) is content.
   */
  minKeptShare: 0.8,
} as const;

/** Indices of the link lines at the tail of the blocks (LINK_EDGE), each with its reason. */
function linkEdges(blocks: readonly TextBlock[], total: number): Map<number, string> {
  const edges = new Map<number, string>();
  const isLinkLine = (b: TextBlock): boolean => !isProse(b) && b.linkChars >= LINK_EDGE.minLinkDensity * b.text.length;
  const first = blocks.findIndex(isProse);
  if (first < 0) return edges;
  let last = blocks.length - 1;
  while (last > first && !isProse(blocks[last])) last--;
  let cut = 0;
  const take = (i: number, reason: string): boolean => {
    if (blocks[i].chrome) return true;
    if (!isLinkLine(blocks[i])) return false;
    if (total - cut - blocks[i].text.length < LINK_EDGE.minKeptShare * total) return false;
    cut += blocks[i].text.length;
    edges.set(i, reason);
    return true;
  };
  for (let i = blocks.length - 1; i > last && take(i, 'link-tail'); i--);
  return edges;
}

/**
 * A call to action at the very end of the article: the outlet addressing its reader ("Sign up here", "Get the latest
 * news with our app", "Tell us in the comments", "Join our Telegram channel", "Find more here"), not the story. It
 * has three signs, each a concept word list in the languages of the evaluation pages: the reader addressed in the
 * second person, a call-to-action verb, and a place to go (a channel, a web address, "here"). A short paragraph in
 * the last 5% of the text that shows two of them goes (reported as a plea); one that opens with a quotation mark is dialogue.
 * Tuning half of trafilatura-eval: 8 unwanted snippets fewer, 1 wanted lost (from 0.9 of the text on: 11 fewer, 5
 * lost; the last paragraph also counted as the tail, whatever its place: 12 fewer, 2 lost, and more of
 * readability-pages' expected text lost, 0.9833 -> 0.9829). Word edges are letters and digits of any script, not
 * `\b` (ASCII only: "tú" and "únete" were never words to it): 1 unwanted fewer, none lost.
 */
const TAIL_CTA = {
  reason: 'call-to-action',
  /** Longest such paragraph (characters): one or two sentences. */
  maxChars: 250,
  /** Only paragraphs starting after this share of the article's text. */
  tailShare: 0.95,
  /** How many of the three signs make a call to action. */
  minSigns: 2,
  /** The reader addressed: second-person pronouns (the German polite forms in capitals, not as the first word). */
  secondPerson: new RegExp(String.raw`(?<![\p{L}\d])${oneOf('ctaSecondPerson')}(?![\p{L}\d])`, 'iu'),
  politeSecondPerson: /\s(?:Sie|Ihnen|Ihre[nmrs]?|Ihr)\b/u,
  /** Verbs of an outlet's calls to action, as imperatives or infinitives. */
  verb: new RegExp(String.raw`(?<![\p{L}\d])${oneOf('ctaVerbs')}(?![\p{L}\d])`, 'iu'),
  /** Where the reader is sent: a channel, the comments, a web address, or "here". */
  place: new RegExp(String.raw`(?:(?<![\p{L}\d])${oneOf('ctaPlaces')}(?![\p{L}\d])|www\.|https?:\/\/|(?<![\p{L}\d-])[\p{L}\d-]{1,63}\.(?:com|de|org|net|pl|es|fr|at|ch)\b)`, 'iu'),
  /** A paragraph opening with a quotation mark or a footnote caret is dialogue or a reference, not the outlet speaking. */
  quoted: /^[\p{Pi}\p{Ps}"'^„«»‚]/u,
} as const;

function isTailCallToAction(p: string): boolean {
  if (p.length > TAIL_CTA.maxChars || TAIL_CTA.quoted.test(p)) return false;
  const signs = [TAIL_CTA.secondPerson.test(p) || TAIL_CTA.politeSecondPerson.test(p), TAIL_CTA.verb.test(p), TAIL_CTA.place.test(p)];
  return signs.filter(Boolean).length >= TAIL_CTA.minSigns;
}

/** Headings left at the very end of the text, after everything they headed was dropped. */
const TAIL_HEADING = { reason: 'related-links' } as const;

/**
 * Every pattern of this filter that is built at load from data/read/boilerplate-phrases.json, for
 * test/safe-regex.test.ts: its scan of the source sees literals only.
 */
export const BUILT_PATTERNS: readonly RegExp[] = [
  ...RULES.map((r) => r.pattern),
  READ_ALSO_LINE.pattern,
  SECTION_HEADING.pattern,
  ...Object.values(TAIL_CTA).filter((v): v is RegExp => v instanceof RegExp),
];

/** Keep the paragraphs that are not page chrome; return what was dropped and why. */
export function splitBoilerplate(blocks: readonly TextBlock[]): { kept: string[]; dropped: DroppedLine[] } {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const kept: string[] = [];
  /** Whether each kept paragraph is a heading (TextBlock.heading). */
  const keptHeading: boolean[] = [];
  const dropped: DroppedLine[] = [];
  const edges = linkEdges(blocks, total);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i].text;
    const chrome = blocks[i].chrome;
    const edge = edges.get(i);
    if (edge) {
      dropped.push({ text: p, reason: edge, at: kept.length });
      before += p.length;
      continue;
    }
    if (chrome && (ALWAYS_DROPPED_KINDS.has(chrome) || p.length <= CHROME_BLOCK.maxProseChars || blocks[i].linkChars > CHROME_BLOCK.minLinkDensity * p.length)) {
      dropped.push({ text: p, reason: `chrome-${chrome}`, at: kept.length });
      before += p.length;
      continue;
    }
    if (i > 0 && p.length <= SECTION_HEADING.maxChars && SECTION_HEADING.pattern.test(p)) {
      if (before >= SECTION_HEADING.tailShare * total && blocks.slice(i + 1).filter(isProse).length <= SECTION_HEADING.maxTailProse) {
        for (const rest of blocks.slice(i)) dropped.push({ text: rest.text, reason: SECTION_HEADING.reason, at: kept.length });
        break;
      }
      dropped.push({ text: p, reason: SECTION_HEADING.reason, at: kept.length });
      before += p.length;
      while (i + 1 < blocks.length && blocks[i + 1].linkChars > SECTION_HEADING.boxLinkDensity * blocks[i + 1].text.length) {
        i++;
        dropped.push({ text: blocks[i].text, reason: SECTION_HEADING.reason, at: kept.length });
        before += blocks[i].text.length;
      }
      continue;
    }
    if (before >= TAIL_CTA.tailShare * total && isTailCallToAction(p)) {
      dropped.push({ text: p, reason: TAIL_CTA.reason, at: kept.length });
      before += p.length;
      continue;
    }
    before += p.length;
    if (p.length <= READ_ALSO_LINE.maxChars && READ_ALSO_LINE.pattern.test(p)) {
      dropped.push({ text: p, reason: READ_ALSO_LINE.reason, at: kept.length });
      continue;
    }
    const rule = RULES.find((r) => p.length <= r.maxChars && r.pattern.test(p));
    if (rule) dropped.push({ text: p, reason: rule.reason, at: kept.length });
    else {
      kept.push(p);
      keptHeading.push(blocks[i].heading === true);
    }
  }
  // Headings that end the text head nothing: the block they opened (other stories, a shop, comments) was dropped
  // or is not in the page's text. (A text of headings alone is left as it is.)
  while (keptHeading.includes(false) && keptHeading[keptHeading.length - 1]) {
    keptHeading.pop();
    const text = kept.pop() as string;
    const at = kept.length;
    for (const d of dropped) if (d.at > at) d.at--;
    const place = dropped.findIndex((d) => d.at > at);
    dropped.splice(place < 0 ? dropped.length : place, 0, { text, reason: TAIL_HEADING.reason, at });
  }
  return { kept, dropped };
}
