// The events stage: who did what to whom, where and when (in the spirit of ACLED and GDELT). The passes, in order:
//   1. verbs:     each lexicon verb the tagger reads as a verb, in a clause that reports a happening (./lexicon.ts);
//   2. roles:     actor, target, place and opponent by the active, passive ("was captured by") and inverse ("fell to")
//                 patterns over the clause (./clauses.ts), with the temporal words nearest the verb (./when.ts);
//   3. merge:     the same action by an overlapping actor on an overlapping target is one event with all its reports;
//   4. twins:     each verbatim copy of a reporting sentence becomes a report of its own (../twins.ts);
//   5. dating:    the timeline dates each event from its reports (../timeline.ts).
// Passes 1-3 are ./events.ts; tokens and name mentions come from the shared layer (../mentions).
export { findEvents, findReportedEvents, type Event, type EventOptions, type EventReport, type ReportedEvent, type ReportTense } from './events.js';
export { simplePast } from './lexicon.js';
