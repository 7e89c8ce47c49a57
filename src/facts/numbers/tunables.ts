// The numbers finder's numeric tunables, in one table (as ../places/tunables.ts): the figures, their speakers and the
// disagreements between outlets.

export const NUMBERS = {
  /** Four-digit numbers from `yearFrom` to `yearTo`, written without a comma, are years unless a count noun follows. */
  yearFrom: 1500,
  yearTo: 2100,
  /** Nouns a figure may carry before its unit noun ("2,300 stranded travellers", "40 French bombers"). */
  maxModifiers: 2,
  /** Longest speaker phrase kept, in tokens: a longer one is a clause, not a name. */
  maxSpeakerTokens: 12,
  /** Reports published more than this many days apart speak of different times: a death toll that rises over a week,
   *  a team that grows, are not outlets disagreeing. Figures of undated articles are compared with all. */
  maxDaysApart: 2,
} as const;
