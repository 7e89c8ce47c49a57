// The names stage's numeric tunables, in one table, each with the reason for its value. The words the stage reads
// are data: data/lexicons/name-cues.json (through ../mentions/cues.ts) and data/lexicons/org-aliases.json.

export const NAMES = {
  /**
   * Mentions a lone capitalized word seen only at sentence starts needs before it counts as a name (emit.ts): one
   * "Officials said ..." is not a name; a word tagged as a proper noun, never written lowercase, and repeated is.
   */
  minInitialOnlyMentions: 2,
  /**
   * The fewest capitals an acronym has, for an all-caps group ("NLD"), a name's initials (National League for Democracy)
   * and a bracketed "(NLD)" alike: one capital is an initial or a word ("I", "A"), not an acronym.
   */
  minAcronymLength: 2,
  /**
   * Curated all-caps aliases this short match only in the same case ("IS" the group, never "Is" the verb);
   * longer ones ("NATO") match in any case, as some papers write them ("Nato").
   */
  exactCaseMaxLength: 3,
} as const;
