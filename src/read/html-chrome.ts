// Page chrome inside the article block Readability chose: elements that a page marks, by tag, ARIA role or
// class/id words, as something other than the article's prose (captions and photo credits, share rows, author
// boxes and bylines, related-story teasers, comment sections, tag lists, newsletter boxes, ads, menus).
// Readability keeps them when they sit inside the article's container. Each is marked, not deleted, so that
// blocksOf reports its text as dropped, with the reason, at the place it stood.
import { type DomElement, walkElements } from './html-dom.js';

/** The attribute blocksOf reads: its value is the chrome kind of the element. */
export const CHROME_ATTR = 'data-chorus-chrome';

const CHROME = {
  /** Tags that are never article prose, whatever their class. */
  tags: { figcaption: 'caption', nav: 'menu', aside: 'aside', footer: 'footer', form: 'form', button: 'menu' } as Record<string, string>,
  /** ARIA roles of chrome. */
  roles: { navigation: 'menu', complementary: 'aside', contentinfo: 'footer', banner: 'menu', search: 'form', dialog: 'form', alert: 'form' } as Record<string, string>,
  /**
   * Class and id words of chrome, each with its kind; matched as whole words of a class or id (split at
   * spaces, hyphens, underscores and camel case), or as the start of one ("sharebar", "socialicons").
   */
  words: [
    ['caption', /^(caption|captions|figcaption|credit|credits|copyright|imagecredit|photocredit|bildunterschrift|bildnachweis|legende?)$/],
    ['share', /^(share|shares|sharing|sharebar|shariff|social|socials|socialmedia|sociallinks|addthis|sharethis|print|printer)/],
    ['related', /^(related|relatedposts|recommended|recommendations|recirculation|morestories|readmore|read|teaser|teasers|outbrain|taboola|promo|promos|trending|popular|mostread)$/],
    ['comments', /^(comment|comments|commentlist|disqus|respond|replies|reply|discussion|kommentare)$/],
    ['byline', /^(byline|bylines|author\w*|autor|autoren|bio|biography|dateline|postmeta|postmetadata|entrymeta|articlemeta|meta|metadata|posted|published|timestamp)$/],
    ['tags', /^(tags|tag|taglist|tagcloud|keywords|categories|category|schlagworte|themen|topics|breadcrumb|breadcrumbs|pagination|pager)$/],
    ['newsletter', /^(newsletter|subscribe|subscription|signup|optin|paywall|abo)$/],
    ['ad', /^(ad|ads|advert|advertisement|advertising|anzeige|werbung|sponsor|sponsored|banner)$/],
    ['menu', /^(nav|navbar|navigation|menu|sidebar|widget|widgets|toolbar|footer|cookie|cookies|consent|gdpr|modal|popup|overlay)$/],
    // A post's or entry's own footer ("entryfooter", "postfooter"): dates, categories, comment links.
    ['footer', /^(entry|post|article)footer$/],
    // Calls to action and disclaimers set apart from the text.
    ['plea', /^(cta|disclaimer|disclosure|donate|donation|spende)$/],
  ] as [string, RegExp][],
  /**
   * Teaser cards of other stories, known by their structure whatever their class: a short element (at most
   * maxChars) around a heading that is a link, one of at least minCards such siblings (a list of other stories:
   * headline, picture, a line of excerpt). Kind "teaser", dropped whatever its length.
   */
  teaser: { headings: new Set(['h2', 'h3', 'h4', 'h5', 'h6']), minHeadingLinkShare: 0.9, minCards: 2, maxChars: 800 },
  /** A marked element holding more than this share of the article block's text is a wrapper ("has-sidebar"), not chrome. */
  maxShare: 0.35,
  /**
   * Entries of a thread (kind "comments": a live ticker's entries classed "comment", a forum's posts) that
   * together hold more than this share of the block's text, at least `minThreadEntries` of them, are the article
   * itself, not the comments under it: none of them is marked. (A comment form alone is a few elements.)
   */
  threadKinds: new Set(['comments']),
  maxThreadShare: 0.5,
  minThreadEntries: 20,
  /**
   * Class and id words of page furniture that never wraps an article: when Readability's chosen block is one of
   * these (a cookie notice, an outdated-browser popup, the site's header), whatever its share of the text, it is
   * not the article (Readability took it because the page had no better-scored block).
   */
  strayBlock: /^(cookie|cookies|consent|gdpr|popup|modal|overlay|header|masthead)$/,
  /** ...when such blocks hold more than this share of the text Readability chose. */
  minStrayShare: 0.5,
} as const;

/**
 * Kinds whose text goes whatever its length (html-boilerplate.ts): captions and credits, bylines and author boxes,
 * share rows, pleas, teaser cards of other stories, and the stray blocks Readability chose (markStrayBlocks). Marked
 * even inside an element of another kind (an author box in a section classed "ads", whose prose stays), so that
 * they go there too.
 */
export const ALWAYS_DROPPED_KINDS: ReadonlySet<string> = new Set(['caption', 'byline', 'share', 'plea', 'teaser', 'stray']);

function hasItemprop(el: DomElement, name: string): boolean {
  const value = el.getAttribute('itemprop');
  return value !== null && value.toLowerCase().split(/\s+/).includes(name);
}

function wordsOf(label: string): string[] {
  return label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

/** The chrome kind of one element by its own markup, or null. */
export function chromeKind(el: DomElement): string | null {
  const tag = CHROME.tags[el.localName];
  if (tag) return tag;
  const role = CHROME.roles[(el.getAttribute('role') ?? '').toLowerCase()];
  if (role) return role;
  // An element the page marks as the article's author (schema.org itemprop) is a byline or an author box.
  if (hasItemprop(el, 'author')) return 'byline';
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!label.trim()) return null;
  const words = wordsOf(label);
  for (const [kind, pattern] of CHROME.words) if (words.some((w) => pattern.test(w))) return kind;
  return null;
}

/**
 * Mark the chrome inside an article block (not the block itself), outermost first: inside a marked element
 * nothing more is marked. Returns the marked elements.
 */
export function markChrome(root: DomElement): DomElement[] {
  // A mark already on the block or above it (a page may carry the attribute itself) leaves nothing to mark.
  if (root.closest(`[${CHROME_ATTR}]`)) return [];
  const total = (root.textContent ?? '').length;
  const found = findChrome(root, total, null);
  // A thread whose entries are most of the block is its content: look again without its kind.
  const content = new Set<string>();
  for (const kind of CHROME.threadKinds) {
    const entries = found.filter((f) => f.kind === kind);
    const chars = entries.reduce((sum, f) => sum + f.chars, 0);
    if (entries.length >= CHROME.minThreadEntries && chars > CHROME.maxThreadShare * total) content.add(kind);
  }
  const marks = content.size > 0 ? findChrome(root, total, content) : found;
  for (const { el, kind } of marks) el.setAttribute(CHROME_ATTR, kind);
  return marks.map((m) => m.el);
}

/** The chrome elements of a block, outermost first, with their kind and text length; kinds in `skip` are not chrome. */
function findChrome(root: DomElement, total: number, skip: Set<string> | null): { el: DomElement; kind: string; chars: number }[] {
  const found: { el: DomElement; kind: string; chars: number }[] = [];
  const cards = teaserCards(root);
  // One walk in document order that steps over a marked element's subtree. (Asking `closest` for a marked
  // ancestor at every element compiled a selector per element: 1.4% of extraction time.)
  walkElements(root, (el) => {
    if (el.hasAttribute(CHROME_ATTR)) return false;
    const kind = chromeKind(el) ?? (cards.has(el) ? 'teaser' : null);
    if (!kind || skip?.has(kind)) return true;
    const chars = (el.textContent ?? '').length;
    if (chars > CHROME.maxShare * total) return true;
    found.push({ el, kind, chars });
    if (!ALWAYS_DROPPED_KINDS.has(kind)) found.push(...innerDropped(el));
    return false;
  });
  return found;
}

/** A heading whose text is a link (to another page): the headline of a teaser. */
function isLinkedHeading(el: DomElement): boolean {
  if (!CHROME.teaser.headings.has(el.localName)) return false;
  const text = (el.textContent ?? '').trim().length;
  if (text === 0) return false;
  let linked = 0;
  walkElements(el, (a) => {
    if (a.localName !== 'a' || !a.hasAttribute('href')) return true;
    linked += (a.textContent ?? '').trim().length;
    return false;
  });
  return linked >= CHROME.teaser.minHeadingLinkShare * text;
}

/**
 * Teaser cards in a block (CHROME.teaser): for each linked heading, the nearest element around it (not the heading
 * itself) whose parent holds at least `minCards` children with a linked heading, when it is short.
 */
function teaserCards(root: DomElement): Set<DomElement> {
  const headings: DomElement[] = [];
  walkElements(root, (el) => {
    if (!isLinkedHeading(el)) return true;
    headings.push(el);
    return false;
  });
  const cards = new Set<DomElement>();
  if (headings.length < CHROME.teaser.minCards) return cards;
  // Children of each element that hold a linked heading.
  const holders = new Map<DomElement, Set<DomElement>>();
  for (const h of headings) {
    for (let child = h, parent = h.parentElement; parent && child !== root; child = parent, parent = parent.parentElement) {
      let set = holders.get(parent);
      if (!set) holders.set(parent, (set = new Set()));
      set.add(child);
    }
  }
  for (const h of headings) {
    for (let card = h.parentElement; card && card !== root && card.parentElement; card = card.parentElement) {
      if ((holders.get(card.parentElement)?.size ?? 0) < CHROME.teaser.minCards) continue;
      if ((card.textContent ?? '').trim().length <= CHROME.teaser.maxChars) cards.add(card);
      break;
    }
  }
  return cards;
}

/** Elements of a dropped kind (ALWAYS_DROPPED_KINDS) inside a chrome element of another kind, outermost first. */
function innerDropped(outer: DomElement): { el: DomElement; kind: string; chars: number }[] {
  const found: { el: DomElement; kind: string; chars: number }[] = [];
  walkElements(outer, (el) => {
    const kind = chromeKind(el);
    if (!kind || !ALWAYS_DROPPED_KINDS.has(kind)) return true;
    found.push({ el, kind, chars: (el.textContent ?? '').length });
    return false;
  });
  return found;
}

/**
 * Mark the blocks Readability put at the top of its result (the chosen block and the siblings it joined) that are
 * page furniture by their own markup (CHROME.strayBlock), as chrome of kind "stray" (dropped whatever its length): a page with nothing else
 * scored then reads as having no article text, and the container or fallback is tried. Returns the marked ones.
 */
export function markStrayBlocks(root: DomElement): DomElement[] {
  const marked: DomElement[] = [];
  // Readability wraps its blocks in one or two plain <div>s (`readability-content`, `readability-page-1`).
  const isWrapper = (el: DomElement): boolean => /^readability-(content|page-\d+)$/.test(el.getAttribute('id') ?? '');
  if (!isWrapper(root)) return marked;
  let top: DomElement = root;
  while (top.children.length === 1 && isWrapper(top.children[0])) top = top.children[0];
  const stray: DomElement[] = [];
  let strayChars = 0;
  for (let i = 0; i < top.children.length; i++) {
    const el = top.children[i];
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.hasAttribute(CHROME_ATTR) || !wordsOf(label).some((w) => CHROME.strayBlock.test(w))) continue;
    stray.push(el);
    strayChars += (el.textContent ?? '').length;
  }
  // A header or popup Readability joined to a real article (a title block beside the body) is left to the line
  // filter: only a choice made mostly of furniture is a wrong choice.
  if (strayChars <= CHROME.minStrayShare * (top.textContent ?? '').length) return marked;
  for (const el of stray) {
    el.setAttribute(CHROME_ATTR, 'stray');
    marked.push(el);
  }
  return marked;
}
