// The places stage's numeric tunables, in one table: SCORE weighs a name's gazetteer readings against each other,
// GATE says when the best reading is shown as a fact; the rest are the thresholds of single passes.

// Candidate scoring: each term is a reason to prefer one gazetteer entry for a name.
export const SCORE = {
  // Per power of ten of population (log10 of max(population, 1000)): the prior.
  population: 1,
  // Feature kind: a country or capital is the usual sense of a bare name.
  country: 4,
  curated: 6,
  capital: 1.5,
  adminSeat: 1,
  secondSeat: 0.5,
  // An admin area loses to a city of the same name unless the text says "province".
  admin: -1.5,
  // The name is the entry's main name, not one of its many alternate spellings.
  primaryName: 1,
  // A city of GATE.bigCity people or more is what its bare name usually means, even in a story that names a
  // province of another country with a small town of that name (Hamburg, not Hamburg, New York).
  bigCity: 2,
  // The entry's country is one the story talks about: up to `storyCountry` for the most-mentioned one,
  // at least `storyCountryFloor` for any.
  storyCountry: 4,
  storyCountryFloor: 1.5,
  // The entry lies in a province or state the story names (or where its other places are): local news stays home.
  // A county more so (a name like "Plymouth County" has no other way to choose); a big city's name still wins
  // for a town (Hamburg, not Hamburg, New York, in a story that names New York).
  storyAdmin: 1.5,
  storyAdminCounty: 3,
  // A town's `storyAdmin` counts once per other name the story places in that state, up to this many: a Kentucky story
  // naming "Metcalfe County" and "Ky." means Edmonton, Ky., not Edmonton, Alberta, where one passing "New York" does
  // not make Hamburg the New York town.
  storyAdminNames: 2,
  // A state's reading gains this much per other name the story places in it (up to storyAdminNames): "Georgia" in a
  // story that names Atlanta is the US state, not the country.
  storyTowns: 1.5,
  // "Laramie, Wyo.", "Tessit, Mali": the text says which one.
  qualifier: 10,
  // "X province", "the city of X", "X River" agreeing with the entry's kind (against it: minus).
  hint: 4,
};

// When a resolution is shown as a fact: cities need support beyond their name.
export const GATE = {
  // A city this large is known by its name alone (Paris, Mosul).
  bigCity: 300_000,
  // In a story about its country, a town this large needs no further context.
  storyCity: 20_000,
  // An admin area outside the story's countries needs this many people to be taken on its name alone.
  bigAdmin: 1_000_000,
  // Weight of the outlet's home country (from its web domain) in a story of its articles alone, as mentions.
  homeCountry: 1,
  // Score lead over the next reading that makes a located name's reading stand alone (2 = a hundred times the people).
  dominantLead: 2,
  // Inside an organisation's name a town needs this many people ("Dublin City Council", not "Campbell Soup").
  orgTown: 50_000,
  // Longest name tried, in words ("Bosnia and Herzegovina", "Democratic Republic of the Congo").
  maxWords: 6,
  // All-capital tokens this short are acronyms (IS, NATO, PKK) unless they name a country (US, UK).
  shortAcronym: 4,
  // A country's or state's name is a person's throughout the story when at least this share of its mentions look like
  // one ("Michael Jordan", "Jordan said"); below it only those mentions are.
  personShare: 0.5,
  // Weight of a country known only through a resolved town, against one named outright.
  inferredCountry: 0.5,
  // A country's name that is also a state of another country holding this share of the country's people or more
  // ("Georgia") is no evidence of the country by itself: the story's other places choose (Atlanta, or Tbilisi).
  rivalStateShare: 0.5,
  // A town of fewer people than this that seats no division above the fourth level (GeoNames' cities500 rows of
  // 500-999 people, and its seats of fourth-level divisions of unknown population) is a hamlet (gazetteer.ts, isHamlet):
  // a reading of last resort, never chosen over a country, a state or a big city of the same name, no rival to another
  // reading's lead, and shown only when the text qualifies it ("Laramie, Wyo.") or the story places two other names in
  // its state and puts something in it ("a barn burned near X" in a story of two other towns of its state). Local news
  // names such places; elsewhere their names are mostly persons' and words'.
  hamlet: 1_000,
};

/** Reading an outlet's home town from its site's name (./home.ts, siteHome). */
export const HOME = {
  // The shortest and longest opening of a site's name tried as a place's name ("amarillo" in amarillo.com; not "ctv").
  minNameChars: 5,
  maxNameChars: 24,
  // Each word of an opening read as two words ("le mars" in lemarssentinel.com) has at least this many letters.
  minWordChars: 2,
  // The most populous reading must have this many times the people of the next to be the home.
  dominance: 5,
  // A city of this many people is the home before a state of the same name.
  cityOverState: 100_000,
  // Words of an outlet's name read for its town ("Corpus Christi Caller-Times": two).
  maxOutletWords: 3,
};

/** A city this large is what its bare name means even inside a hyphenated pair ("Paris-Orly" aside, pairs are rare). */
export const PAIR_CITY_POPULATION = 100_000;

/** Names in a row that make a list of states ("Alaska, Alabama and Arizona"): this many or more. */
export const STATE_LIST = 3;

/** A finer place must be carried by at least this share of the articles of the most widely carried place to be the story's main place. */
export const MAIN_PLACE_MIN_SHARE = 0.5;
