// Page-chrome lines that survive article extraction: ad labels, share/print buttons, "skip to
// content", cookie banners. Only whole short paragraphs that are UI strings are taken out, and
// each is returned with its reason so the reader can report it (nothing is dropped silently).
// Article-level boilerplate (bylines, credits, related links) is the cleaner's job, not this one.

export interface DroppedLine {
  text: string;
  reason: string;
}

interface LineRule {
  reason: string;
  /** Longest paragraph (characters) the rule may remove: longer text is prose, whatever it says. */
  maxChars: number;
  pattern: RegExp;
}

const RULES: readonly LineRule[] = [
  // Ad slot labels, in the languages of the evaluation pages.
  { reason: 'ad-label', maxChars: 30, pattern: /^(advertisement|advertisements|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reklama|ogłoszenie)$/i },
  // Accessibility skip links and share/print button rows.
  { reason: 'ui', maxChars: 40, pattern: /^(skip to (main )?content|zum inhalt springen|springe zum inhalt|aller au contenu)$/i },
  { reason: 'ui', maxChars: 80, pattern: /^((share|teilen|partager|udostępnij)( (this|on|auf|sur|via))?( (article|story|post|page|artikel|facebook|twitter|x|whatsapp|e-?mail|linkedin))*\s*:?\s*)+$/i },
  { reason: 'ui', maxChars: 80, pattern: /^((facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|xing|telegram|e-?mail|print|drucken|imprimer|drukuj|tweet|pin it|copy link|link kopieren)[\s|·•,]*){2,}$/i },
  // Cookie and consent banners that were marked up as content.
  { reason: 'cookie-banner', maxChars: 400, pattern: /\b(cookies?)\b.*\b(accept|agree|consent|akzeptier\w*|zustimm\w*|einverstanden|accepter|acceptez|zgod\w*|akceptuj\w*)\b/i },
];

/** Keep the paragraphs that are not page chrome; return what was dropped and why. */
export function splitBoilerplate(paragraphs: readonly string[]): { kept: string[]; dropped: DroppedLine[] } {
  const kept: string[] = [];
  const dropped: DroppedLine[] = [];
  for (const p of paragraphs) {
    const rule = RULES.find((r) => p.length <= r.maxChars && r.pattern.test(p));
    if (rule) dropped.push({ text: p, reason: rule.reason });
    else kept.push(p);
  }
  return { kept, dropped };
}
