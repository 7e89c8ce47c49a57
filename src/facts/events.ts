// Kept only so ./timeline.ts (owned by the dates work in this round) still finds the events' types at its import
// path; the events stage lives in ./events/. Remove when timeline.ts imports './events/index.js'.
export type { Event, EventReport, ReportedEvent, ReportTense } from './events/index.js';
