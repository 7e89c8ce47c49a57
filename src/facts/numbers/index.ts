// The numbers stage: figures with what they count, and where outlets disagree on them. The passes, in order:
//   1. figures:       each number, number word or vague count with its hedge and unit (./figures.ts, ./lexicon.ts);
//   2. qualifiers:    what is counted, whose, where, and the outcome ("people killed"), from the clause and the
//                     sentence's name mentions (../mentions), and who says so (./attribution.ts);
//   3. merge:         the same figure in the same words from several articles is one fact with all its sources;
//   4. twins:         spans copied to every verbatim copy of a sentence (../twins.ts);
//   5. disagreements: same subject, different intervals, different articles, side by side (./disagreements.ts).
export { findNumbers, formatInterval, type NumberFact, type NumberKey, type NumberOptions } from './figures.js';
export { findDisagreements, type Claim, type Disagreement, type DisagreementOptions } from './disagreements.js';
