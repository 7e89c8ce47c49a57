/**
 * Tunables and patterns of the ROUGE-1.5.5 port, in one place. Every value mirrors the Perl
 * (ROUGE-1.5.5.pl, Chin-Yew Lin, 2005) so that figures match the official script to the last
 * printed digit; change one only to deliberately depart from the reference.
 */
export const ROUGE = {
  /** Perl prints every score with sprintf("%7.5f"): 5 decimals. */
  decimals: 5,
  /** Default -c: 95% confidence interval. */
  defaultConfidence: 95,
  /** Default -r: bootstrap resamples. */
  defaultResamples: 1000,
  /** Default -p: equal weight of recall and precision in F. */
  defaultAlpha: 0.5,
  /** Stemming (-m) only touches tokens longer than this many characters (Perl: length($stem)>3). */
  stemMinExclusiveLength: 3,
  /**
   * Order in which buildExceptionDB.pl's readdir() met the WordNet exception files; later files
   * overwrite earlier ones for the 4 keys they share (best, better, is, testes). Checked against
   * the official sample outputs (see test/rouge.test.ts).
   */
  exceptionFiles: ['adj.exc', 'adv.exc', 'noun.exc', 'verb.exc'] as readonly string[],
  /** Perl's \s on byte strings: ASCII whitespace only (not U+00A0 as in JavaScript). */
  perlSpace: /[ \t\n\r\f\x0B]+/,
  /** Only tokens starting with these characters are kept (Perl: /^[a-z0-9\$]/). */
  keptToken: /^[a-z0-9$]/,
  /** SEE format sentence lines (two variants, as in readText). */
  seeLine: [
    /^<a size="[0-9]+" name="[0-9]+">\[([0-9]+)\]<\/a>\s+<a href="#[0-9]+" id=[0-9]+>([^<]+)/,
    /^<a name="[0-9]+">\[([0-9]+)\]<\/a>\s+<a href="#[0-9]+" id=[0-9]+>([^<]+)/,
  ] as readonly RegExp[],
  /** ISI format sentence lines. */
  isiLine: /^<S SNTNO="[0-9a-z,]+">([^<]+)<\/S>/,
  /** Separator lines of the Perl's text output. */
  dashes: '-'.repeat(45),
  dots: '.'.repeat(45),
} as const;
