// Punctuation that ends a clause or a phrase inside a sentence, one list for the finders that walk tokens to a clause's
// edge: the events' noun phrases (src/facts/events/clauses.ts), a figure's qualifier (src/facts/numbers/figures.ts)
// and its speaker (src/facts/numbers/attribution.ts). A hyphen is not here: spaced, it is a dash, and each reader
// tells that from a word's hyphen by the spacing.

/** Stops, commas and colons, quotation marks, brackets and dashes (em and en), as single tokens. */
export const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '.', '?', '!', '"', '“', '”', '(', ')', '[', ']', '—', '–']);
