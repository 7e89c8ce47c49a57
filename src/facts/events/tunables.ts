// The events finder's numeric tunables, in one table (as ../places/tunables.ts): how far its token walks reach.

export const EVENTS = {
  /** Longest noun phrase taken as a subject or an object, in tokens: a longer one has run into another clause. */
  maxPhraseTokens: 10,
  /** How far back, in tokens, an aside between commas or dashes before the verb may reach when the subject is walked
   *  back over it (", backed by W,"); a longer stretch between two commas is no aside. */
  maxAsideBackTokens: 15,
  /** Tokens after the verb that may still hold its place and time (asides between dashes or brackets not counted). */
  clauseWindow: 20,
  /** The longest aside between dashes or brackets after the verb, in tokens, left out of the clause window when
   *  looking for the clause's time and place. */
  maxAsideForwardTokens: 15,
  /** Tokens after a verb that always takes an object in which a count ("at least 17", "more than 300") shows that
   *  the object is a number of victims, not that the verb is a participle after its noun. */
  countLookaheadTokens: 4,
} as const;
