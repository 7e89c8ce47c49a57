// The dates stage's tunables, in one table, each with the reason for its value. The words and patterns the parsers
// match are in lexicon.ts (the calendar's names in src/text/calendar-words.ts); the character reaches of single
// patterns ("the 24 characters before a year") stay beside the pattern they bound.

export const DATES = {
  // --- Which numbers are years (parsers/year.ts, parsers/explicit.ts, parsers/quarter.ts) ---

  /**
   * The span of plausible years for a bare four-digit number: a wider span takes more numbers that are counts or
   * codes for years ("1500 troops"); an older year needs a time preposition (historicYearMin).
   */
  yearMin: 1900,
  yearMax: 2099,
  /** The earliest four-digit number still a year after a time preposition ("in 1898", "the War of 1812"). */
  historicYearMin: 1000,
  /** Two-digit years ("Oct. 3, '98", "fiscal '05") at or above this are 19xx, below it 20xx: news of 1950-2049. */
  twoDigitYearPivot: 50,

  // --- Placing a day, weekday or month the text gives without its year (resolve.ts, parsers/) ---

  /**
   * How many days a yearless day may lie on the "wrong" side of the anchor and still be in the anchor's year.
   * News omits the year for dates of the current year (AP style), and past-tense sentences often report plans
   * ("was to be announced Oct. 20" in an Oct. 16 story), so only a day about two months past the anchor moves a
   * year back.
   */
  yearlessDaySlackDays: 62,
  /**
   * How many months after publication a past-tense "until <month>" or a reported plan's month may still lie: "gave
   * it until mid-November" in an October story is ahead; "remained chief until March" in it is the March before.
   */
  untilAheadMonths: 3,
  /** "last Thursday" in a Friday story is a week ago Thursday, not yesterday: the day is at least this many days back. */
  lastMinDaysBack: 2,
  /** Characters before a date read for "effective", "takes effect" (lexicon EFFECTIVE_BEFORE): the phrase and an "on". */
  effectiveReach: 32,
  /** Characters before a month read for a reported plan's infinitive ("agreed to purchase the line in February"). */
  planReach: 90,

  // --- Narrative time (narrative.ts) ---

  /**
   * How many kept sentences back a date still holds outside its own paragraph. News paragraphs hold one or two
   * sentences, and a dateless sentence (a quote, "he said in a statement") often stands between the dated
   * lead and the next reported happening. Two reaches over one of those; on DUC 2003 newswire, dates taken
   * from three sentences back were mostly background told out of order ("The blast killed 250.").
   */
  narrativeMaxSentencesBack: 2,
  /** Only a day or a week is the time a story is "at"; a month or year before is background, told out of order. */
  narrativeCarries: new Set(['day', 'week']) as ReadonlySet<string>,
  /** Qualifiers that make a date too loose to carry over to the next sentence ("recent weeks", "1973-90"). */
  narrativeLooseNotes: new Set(['vague', 'range']) as ReadonlySet<string>,

  // --- Dating an undated article from a happening a dated article dates (window.ts) ---

  /** How many days after the shared happening the undated article is looked for (a month covers "last month"). */
  windowSearchDays: 31,
  /** The widest span still used to re-read the article: a week, in which a bare weekday names one day. */
  windowMaxDays: 7,

  // --- Memory (read.ts) ---

  /** Bound on a context's parse cache, in sentences: past it the cache starts again (memory stays bounded on any input). */
  contextCacheMax: 50000,
} as const;
