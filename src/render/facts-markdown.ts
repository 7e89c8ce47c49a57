// `chorus facts` as Markdown for a person: per article, its dates, places and names with where they stand.
// Every piece of article text is escaped and put on one line: no control characters reach the terminal.
import type { ArticleFacts, FactsReport } from '../facts/contract.js';
import { escapeMarkdown } from './escape.js';

/** One line of article text, safe for Markdown and a terminal (C0, C1 and bidi controls out). */
export function safeLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeMarkdown(s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim());
}

const removedNote = (r: string | null) => (r ? ` *(removed: ${r})*` : '');
const at = (m: { start: number; end: number }) => `${m.start}-${m.end}`;

function articleSection(a: ArticleFacts): string {
  const lines = [`## ${safeLine(a.id)}${a.published ? ` (published ${a.published})` : ''}`, ''];
  lines.push(`### Dates (${a.dates.length})`, '');
  for (const d of a.dates) lines.push(`- ${at(d)} "${safeLine(d.text)}": ${d.type} ${safeLine(d.value ?? 'not pinned')} (${d.precision}, ${d.certainty})${removedNote(d.removed)}`);
  lines.push('', `### Places (${a.places.length})`, '');
  for (const p of a.places) {
    const where = p.resolved && p.lat !== null && p.lon !== null ? `${p.kind}, ${p.country ?? '?'}, ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : `${p.kind}, unresolved`;
    lines.push(`- ${at(p)} "${safeLine(p.text)}": ${safeLine(p.name)} (${where})${removedNote(p.removed)}`);
  }
  lines.push('', `### Names (${a.names.length})`, '');
  for (const n of a.names) lines.push(`- ${at(n)} "${safeLine(n.text)}": ${safeLine(n.entity)} (${n.type})${removedNote(n.removed)}`);
  lines.push('');
  return lines.join('\n');
}

export function renderFactsMarkdown(report: FactsReport): string {
  return `# Facts\n\nEvery date, place and name of each article, with its character span; *removed* marks text the brief does not use.\n\n${report.articles.map(articleSection).join('\n')}`;
}
