// One event as a short sentence for people ("Iraqi forces took Al-Qaim on Friday (2017-10-27, uncertain)"), built
// from the structured fields, with the verb in the simple past and "X fell to Y" kept the way round it was written.
// Shared by the Markdown and HTML renderers; the caller escapes it.
import type { Event } from '../facts/events/index.js';
import { simplePast } from '../facts/events/index.js';

/** Extra words after the verb for the classes whose object names what was done, not to whom. */
const AFTER_VERB: Record<string, string> = {
  'launch-offensive': 'an offensive on',
};

export function eventLine(ev: Event): string {
  const form = simplePast(ev.verb, ev.action);
  const verb = form?.past ?? ev.verb;
  const target = ev.target ?? '';
  let clause: string;
  if (form?.inverse && target) clause = `${target} ${verb} to ${ev.actor}`;
  else clause = [ev.actor, verb, target ? [AFTER_VERB[ev.action], target].filter(Boolean).join(' ') : ''].filter(Boolean).join(' ');
  // "took Mosul in Mosul": the place adds nothing when the target names it.
  if (ev.place && !target.toLowerCase().includes(ev.place.toLowerCase())) clause += ` in ${ev.place}`;
  if (ev.when) clause += ` ${ev.when}`;
  if (ev.backedBy) clause += `, backed by ${ev.backedBy}`;
  if (ev.date) clause += ` (${ev.date}${ev.dateCertainty && ev.dateCertainty !== 'stated' ? `, ${ev.dateCertainty}` : ''})`;
  return clause;
}
